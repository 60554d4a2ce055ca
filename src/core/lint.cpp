// IKU quality lint (see lint.h): what SAKIP evaluators catch, located by JSON pointer, with the indicator's code
// and name in every message.
#include "lint.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

#include "achievement.h"
#include "evidence.h"
#include "formula.h"

namespace tolok {

namespace {

std::string lower_ascii(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
}

bool starts_with_word(const std::string& name, const char* word) {
    std::string l = lower_ascii(name);
    std::string w = word;
    return l.rfind(w, 0) == 0 && (l.size() == w.size() || l[w.size()] == ' ');
}

// The unit the formula produces: "%" when it multiplies by 100 and ends in %, "" when unknown.

struct TargetKinds {
    int percent = 0, number = 0, grade = 0, text = 0, total = 0;
    int money = 0;  // of `number`: amounts in Rupiah
    std::set<std::string> units;
};

TargetKinds target_kinds(const Plan& plan, const Indicator& ind) {
    TargetKinds k;
    for (const auto& [year, e] : ind.years) {
        const Value t = on_grade_scale(plan, ind, e.target);
        if (t.empty() || t.shape == ValueShape::Missing) continue;
        ++k.total;
        switch (t.shape) {
            case ValueShape::Percent: ++k.percent; break;
            case ValueShape::Grade: ++k.grade; break;
            case ValueShape::Number:
                // An amount written with its word rather than "Rp": "12,5 miliar", "1.250.000.000 rupiah" (a bare
                // number is no amount here: "Nilai SAKIP" 70 is a score).
                ++k.number;
                if (!t.unit.empty() && rupiah_amount(t)) ++k.money;
                break;
            case ValueShape::Money: ++k.number; ++k.money; break;
            default: ++k.text; break;
        }
        // A bare number is in the indicator's satuan ("2" of an indicator in pasar is 2 pasar, as the capaian reads
        // it): no unit of its own to differ from the others.
        if (t.shape == ValueShape::Percent) k.units.insert("%");
        else if ((t.shape == ValueShape::Number || t.shape == ValueShape::Money) && !t.unit.empty()) k.units.insert(normalize_unit(t.unit));
    }
    return k;
}

// A reduplicated word written with spaces ("pemahaman pemahaman", "pemahaman - pemahaman", "masing- masing"):
// Indonesian writes it with a hyphen and no spaces. Returns {as written, as it should be}, or empty strings.
std::pair<std::string, std::string> spaced_reduplication(const std::string& name) {
    struct Word { size_t begin, end; };
    std::vector<Word> words;
    for (size_t i = 0; i < name.size();) {
        while (i < name.size() && (name[i] == ' ' || name[i] == '-')) ++i;
        size_t b = i;
        while (i < name.size() && name[i] != ' ' && name[i] != '-') ++i;
        if (i > b) words.push_back({b, i});
    }
    for (size_t k = 0; k + 1 < words.size(); ++k) {
        const Word& a = words[k];
        const Word& b = words[k + 1];
        std::string sep = name.substr(a.end, b.begin - a.end);
        if (sep == "-" || sep.find(' ') == std::string::npos) continue;
        if (sep != " " && sep.find('-') == std::string::npos) continue;
        std::string wa = lower_ascii(name.substr(a.begin, a.end - a.begin));
        std::string wb = lower_ascii(name.substr(b.begin, b.end - b.begin));
        bool letters = wa.size() >= 2;
        for (char c : wa) letters = letters && ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80);
        if (letters && wa == wb)
            return {name.substr(a.begin, b.end - a.begin), name.substr(a.begin, a.end - a.begin) + "-" + name.substr(b.begin, b.end - b.begin)};
    }
    return {};
}

// Capaian outside these bounds (percent, uncapped) is taken for a typo in the realisasi: 300 % is three times the
// target (or, lower-is-better, a third of it); below -100 % the realisasi is more than three times a
// lower-is-better target. Real results this far off are rare enough that a question is worth it.
constexpr double kImplausibleAbove = 300.0;
constexpr double kImplausibleBelow = -100.0;

// "indikator 7 \"Nama\"", or without a code "indikator \"Nama\"" (not two spaces).
std::string who(const Indicator& ind) { return "indikator " + (ind.code.empty() ? "" : ind.code + " ") + "\"" + ind.name + "\""; }
std::string who_en(const Indicator& ind) { return "indicator " + (ind.code.empty() ? "" : ind.code + " ") + "\"" + ind.name + "\""; }

}  // namespace

bool capaian_implausible(double percent) { return percent > kImplausibleAbove || percent < kImplausibleBelow; }

bool actual_fraction_of_percent(const Value& typed, const Value& target) {
    return typed.shape == ValueShape::Number && typed.unit.empty() && typed.number && *typed.number > 0 && *typed.number <= 1.5 &&
           target.shape == ValueShape::Percent && target.number && *target.number > 1.5;
}

Diagnostics lint_plan(const Plan& plan) {
    Diagnostics out;
    auto add = [&](Severity s, std::string id, std::string loc, std::string msg_id, std::string msg_en) {
        out.push_back(Diagnostic{s, std::move(id), std::move(loc), {std::move(msg_id), std::move(msg_en)}});
    };
    std::map<std::string, std::string> seen_names;  // normalised name -> the code of the indicator that has it first
    // A cap below 100 % (cap_allowed): the app refuses one, a file may carry it.
    const std::string cap_below_id = " % di bawah 100 %: target yang tercapai penuh pun dihitung kurang; batas biasanya 100 % atau 120 %";
    const std::string cap_below_en = " % is below 100 %: even a target fully met is counted short; caps are usually 100 % or 120 %";
    if (plan.settings.cap && !cap_allowed(*plan.settings.cap))
        add(Severity::Warning, "lint.cap_below_target", "/settings/cap",
            "batas capaian rencana " + format_number_short(*plan.settings.cap, Lang::Id) + cap_below_id,
            "the plan's achievement cap " + format_number_short(*plan.settings.cap, Lang::En) + cap_below_en);
    Achievement achievement;  // reused for every realisasi checked (lint.actual_implausible)
    // lint.actual_implausible for one year (quarter 0) or quarter, when something was entered for it; true when
    // found. A year computed from its quarters is left alone when one of them was found (`quarter_flagged`).
    auto implausible = [&](const Indicator& ind, const std::string& loc, int year, int quarter, bool quarter_flagged = false) {
        const YearEntry& e = ind.years.at(year);
        const Actual& act = quarter ? e.quarter_actuals[quarter - 1] : e.actual;
        const std::string at = loc + "/years/" + std::to_string(year) + (quarter ? "/quarter_actuals/" + std::to_string(quarter - 1) : "/actual");
        std::string field;  // where the realisasi was entered
        if (!act.value.empty()) field = at + "/value";
        else if (!act.components.empty()) field = at + "/components";
        else if (act.from_evidence != EvidenceRule::None && !act.evidence.empty())
            field = at + "/evidence/" + std::to_string(act.evidence.size() - 1) + "/value";
        else if (!quarter && !quarter_flagged && e.quarter_actuals.allocated())
            for (int q = 0; q < 4 && field.empty(); ++q)
                if (!e.quarter_actuals[q].value.empty()) field = loc + "/years/" + std::to_string(year) + "/quarter_actuals/" + std::to_string(q) + "/value";
        if (field.empty()) return false;
        compute_achievement_into(achievement, plan, ind, year, quarter);
        const Achievement& a = achievement;
        const std::string when_id = quarter ? std::string(quarter_name(quarter, Lang::Id)) + " " + std::to_string(year) : std::to_string(year);
        const std::string when_en = quarter ? std::to_string(year) + " " + quarter_name(quarter, Lang::En) : std::to_string(year);
        // A percent target and a realisasi typed as a bare fraction ("0,8" for 80 %: how Excel keeps a percentage):
        // computed as 0,8 %, so said even when the capaian is not implausible by itself.
        const Value& typed = act.value;
        if (actual_fraction_of_percent(typed, a.target)) {
            const std::string meant_id = format_number_short(*typed.number * 100, Lang::Id) + " %";
            const std::string meant_en = format_number_short(*typed.number * 100, Lang::En) + " %";
            add(Severity::Warning, "lint.actual_fraction_of_percent", field,
                who(ind) + ": realisasi " + when_id + " " + typed.text + " tanpa tanda % terhadap target " + a.target.text +
                    " dihitung sebagai " + format_number_short(*typed.number, Lang::Id) + " %; bila maksudnya " + meant_id +
                    " (Excel menyimpan persen sebagai pecahan), ketik " + meant_id,
                who_en(ind) + ": the " + when_en + " actual " + typed.text + " has no % against the target " + a.target.text +
                    " and counts as " + format_number_short(*typed.number, Lang::En) + " %; if " + meant_en +
                    " is meant (Excel keeps percentages as fractions), type " + meant_en);
            return true;
        }
        if (!a.percent || !capaian_implausible(*a.percent)) return false;
        add(Severity::Warning, "lint.actual_implausible", field,
            who(ind) + ": realisasi " + when_id + " " + a.actual.text + " memberi capaian " + format_number(*a.percent, 2, Lang::Id) +
                " % terhadap target " + a.target.text + "; periksa apakah salah ketik (mis. 1.250 untuk 1,250 atau 12,50)",
            who_en(ind) + ": the " + when_en + " actual " + a.actual.text + " gives an achievement of " +
                format_number(*a.percent, 2, Lang::En) + " % against the target " + a.target.text +
                "; check it for a typo (e.g. 1.250, which is 1250, for 1,250 or 12,50)");
        return true;
    };
    for (size_t o = 0; o < plan.objectives.size(); ++o) {
        for (size_t i = 0; i < plan.objectives[o].indicators.size(); ++i) {
            const Indicator& ind = plan.objectives[o].indicators[i];
            const std::string loc = "/objectives/" + std::to_string(o) + "/indicators/" + std::to_string(i);
            TargetKinds k = target_kinds(plan, ind);
            std::string first_unit = k.units.empty() ? "" : *k.units.begin();

            // The formula's unit against the targets'. Without an expression, the one derivable from the printed
            // rumus ("A / B × 100 %") is used, and suggested.
            std::optional<Formula> derived;
            if (ind.formula.expression.empty() && !ind.formula.text.empty()) derived = derive_formula(ind.formula.text);
            const std::string& expression = derived ? derived->expression : ind.formula.expression;
            bool percent_formula = false;
            if (!expression.empty()) {
                ParsedFormula f = parse_formula(expression);
                if (!f.ok()) {
                    add(Severity::Error, "lint.formula_invalid", loc + "/formula/expression",
                        who(ind) + ": ekspresi rumus tidak sah: " + f.errors.front().message.id,
                        who_en(ind) + ": the formula expression is invalid: " + f.errors.front().message.en);
                } else {
                    percent_formula = f.percent_result;
                }
            }
            // Against the targets that are counts or grades (text targets have their own finding below).
            if (percent_formula && (k.number > 0 || k.grade > 0)) {
                std::string other_unit;
                for (const auto& u : k.units)
                    if (u != "%" && other_unit.empty()) other_unit = u;
                std::string in_id = k.number == 0 ? "berupa predikat"
                                    : other_unit.empty() ? "berupa angka tanpa persen"
                                                         : "dalam \"" + other_unit + "\"" + (k.grade ? " / predikat" : "");
                std::string in_en = k.number == 0 ? "are grades"
                                    : other_unit.empty() ? "are numbers, not percentages"
                                                         : "are in \"" + other_unit + "\"" + (k.grade ? " / grades" : "");
                add(Severity::Warning, "lint.formula_unit_mismatch", loc + (ind.formula.expression.empty() ? "/formula/text" : "/formula/expression"),
                    who(ind) + ": rumusnya menghasilkan persen (x 100 %), tetapi targetnya " + in_id,
                    who_en(ind) + ": the formula gives a percentage (x 100 %), but the targets " + in_en);
            }
            if (derived)
                add(Severity::Info, "lint.formula_not_computable", loc + "/formula/expression",
                    who(ind) + ": rumus \"" + ind.formula.text + "\" belum punya ekspresi; dapat dihitung sebagai \"" + derived->expression + "\"",
                    who_en(ind) + ": the formula \"" + ind.formula.text + "\" has no expression yet; it can be computed as \"" +
                        derived->expression + "\"");
            // A predikat (B, BB, A...) is awarded by an evaluator, not computed from components: no expression to ask for.
            else if (ind.formula.expression.empty() && !ind.formula.text.empty() && !(k.total > 0 && k.grade == k.total))
                add(Severity::Info, "lint.formula_not_computable", loc + "/formula/expression",
                    who(ind) + ": rumus \"" + ind.formula.text + "\" hanya teks; tambahkan ekspresi agar realisasi dapat dihitung dari komponennya",
                    who_en(ind) + ": the formula \"" + ind.formula.text + "\" is text only; add an expression so the actual can be computed from its components");

            // The name's kind against the targets' kind.
            if (k.total > 0) {
                bool named_percent = starts_with_word(ind.name, "persentase") || starts_with_word(ind.name, "presentase");
                bool named_count = starts_with_word(ind.name, "jumlah");
                bool named_index = starts_with_word(ind.name, "indeks") || lower_ascii(ind.name).find("indeks") != std::string::npos;
                bool named_score = starts_with_word(ind.name, "nilai");
                if (named_percent && k.percent < k.total)
                    add(Severity::Warning, "lint.name_kind_mismatch", loc + "/name",
                        who(ind) + ": namanya \"Persentase\" tetapi targetnya bukan persen",
                        who_en(ind) + ": named a percentage but its targets are not percentages");
                else if (named_count && k.percent > 0)
                    add(Severity::Warning, "lint.name_kind_mismatch", loc + "/name",
                        who(ind) + ": namanya \"Jumlah\" (hitungan) tetapi targetnya persen",
                        who_en(ind) + ": named a count (\"Jumlah\") but its targets are percentages");
                else if (named_index && k.percent > 0)
                    add(Severity::Warning, "lint.name_kind_mismatch", loc + "/name",
                        who(ind) + ": sebuah indeks (mis. IKM 25-100) dengan target persen; tulis target sebagai nilai indeks",
                        who_en(ind) + ": an index (e.g. IKM 25-100) with percentage targets; write the targets as index scores");
                // (A plain number, "Nilai SAKIP" 70, is a score, and an amount, "Nilai omzet UMKM" Rp 12.500.000.000,
                // a value: only a count with its unit word is asked about.)
                else if (named_score && !named_index && k.number > k.money && k.grade == 0 && !first_unit.empty() && first_unit != "%" &&
                         ind.kind != ValueKind::Index)
                    add(Severity::Warning, "lint.name_kind_mismatch", loc + "/name",
                        who(ind) + ": namanya \"Nilai\" (skor) tetapi targetnya hitungan \"" + first_unit + "\"",
                        who_en(ind) + ": named a score (\"Nilai\") but its targets are counts in \"" + first_unit + "\"");
            }

            // A target written as text among targets that are values: that year's capaian cannot be computed.
            if (k.text > 0 && k.text < k.total)
                for (const auto& [year, e] : ind.years)
                    if (e.target.shape == ValueShape::Text && on_grade_scale(plan, ind, e.target).shape == ValueShape::Text)
                        add(Severity::Warning, "lint.target_text", loc + "/years/" + std::to_string(year) + "/target",
                            who(ind) + ": target " + std::to_string(year) + " \"" + e.target.text +
                                "\" bukan angka, persen atau predikat; capaian tahun itu tidak dapat dihitung",
                            who_en(ind) + ": the " + std::to_string(year) + " target \"" + e.target.text +
                                "\" is not a number, percentage or grade; that year's achievement cannot be computed");

            // A bound that says the opposite of the polarity: "≥ 80%" on a lower-is-better indicator, "≤ 5%" on a
            // higher-is-better one. The capaian follows the polarity, so one of the two is wrong.
            for (const auto& [year, e] : ind.years) {
                const Value::Bound b = e.target.bound;
                const bool at_least = b == Value::Bound::AtLeast, at_most = b == Value::Bound::AtMost;
                if ((at_least && ind.polarity == Polarity::Minimize) || (at_most && ind.polarity == Polarity::Maximize))
                    add(Severity::Warning, "lint.bound_polarity", loc + "/years/" + std::to_string(year) + "/target",
                        who(ind) + ": target " + std::to_string(year) + " \"" + e.target.text + "\" berarti " +
                            (at_least ? "paling sedikit" : "paling banyak") + ", tetapi polaritasnya \"" +
                            (at_least ? "semakin rendah semakin baik" : "semakin tinggi semakin baik") + "\"; periksa salah satunya",
                        who_en(ind) + ": the " + std::to_string(year) + " target \"" + e.target.text + "\" means " +
                            (at_least ? "at least" : "at most") + ", but the polarity is \"" +
                            (at_least ? "lower is better" : "higher is better") + "\"; check one of them");
            }

            // Summed quarters ("jumlah"): the four quarter targets, when all are written, should add up to the year's.
            if (ind.aggregation == Aggregation::Sum)
                for (const auto& [year, e] : ind.years) {
                    std::optional<double> yearly = single_number(e.target);
                    if (!yearly || !e.quarter_targets.allocated() || cumulative_quarter_targets(ind, year)) continue;
                    double sum = 0;
                    bool all = true;
                    for (const Value& q : e.quarter_targets) {
                        std::optional<double> n = single_number(q);
                        all = all && n && (q.unit.empty() || e.target.unit.empty() || normalize_unit(q.unit) == normalize_unit(e.target.unit));
                        if (n) sum += *n;
                    }
                    if (all && std::abs(sum - *yearly) > 1e-9 * std::max(1.0, std::abs(*yearly)))
                        add(Severity::Warning, "lint.quarter_targets_sum", loc + "/years/" + std::to_string(year) + "/target",
                            who(ind) + ": target TW I-IV " + std::to_string(year) + " berjumlah " + format_number_short(sum) +
                                ", target tahunannya " + e.target.text + " (triwulan dijumlahkan untuk indikator ini)",
                            who_en(ind) + ": the " + std::to_string(year) + " Q1-Q4 targets add up to " + format_number_short(sum, Lang::En) +
                                ", the yearly target is " + e.target.text + " (this indicator sums its quarters)");
                }

            for (const auto& year_entry : ind.years) {
                const int year = year_entry.first;  // a plain variable: the lambda below uses it (C++17)
                const YearEntry& e = year_entry.second;
                const std::string y = std::to_string(year);
                // A realisasi entered for the year that its quarters contradict: the year's own value is used.
                if (const auto quarters = quarters_contradicting_year(plan, ind, year)) {
                    const Value own = resolve_actual(plan, ind, year).value;
                    add(Severity::Warning, "lint.actual_quarters_differ",
                        loc + "/years/" + y + (e.actual.value.empty() ? "/actual/components" : "/actual/value"),
                        who(ind) + ": realisasi " + y + " " + own.text + ", tetapi " + quarters->source.id + " = " +
                            quarters->value.text + "; capaian tahunan memakai " + own.text,
                        who_en(ind) + ": the " + y + " actual is " + own.text + ", but the " + quarters->source.en + " = " +
                            quarters->value.text + "; the yearly achievement uses " + own.text);
                }
                // A realisasi typed beside the formula's components that give another number: the typed one is used.
                if (!e.actual.value.empty() && !e.actual.components.empty()) {
                    const FormulaResult fr = evaluate_formula(ind.formula, e.actual.components);
                    const std::optional<double> typed = single_number(e.actual.value);
                    if (fr.computable() && typed && std::abs(*fr.value - *typed) > 0.005 * std::max(1.0, std::abs(*typed))) {
                        const std::string from = format_number_short(*fr.value, Lang::Id), from_en = format_number_short(*fr.value, Lang::En);
                        add(Severity::Warning, "lint.actual_components_differ", loc + "/years/" + y + "/actual/value",
                            who(ind) + ": realisasi " + y + " diketik " + e.actual.value.text + ", tetapi komponen rumusnya memberi " + from +
                                "; capaian memakai yang diketik (kosongkan agar dihitung dari komponen)",
                            who_en(ind) + ": the " + y + " actual is typed as " + e.actual.value.text + ", but its formula components give " +
                                from_en + "; the achievement uses the typed one (clear it to compute from the components)");
                    }
                }
                // A realisasi whose capaian is far beyond anything plausible: most often a typo (1.250 for 1,250 or
                // 12,50, a count typed in thousands), which would otherwise lift the averages silently. Whatever the
                // realisasi comes from (typed, components, the evidence log, the quarters), the year's and each
                // quarter's, located at what was typed.
                // Quarter realisasi typed as running totals against cumulative quarter targets, which Tolok adds up.
                if (const std::vector<int> running = quarters_typed_cumulatively(ind, year); !running.empty()) {
                    std::string typed_id, typed_en;
                    double sum = 0;
                    for (int q = 1; q <= 4; ++q) {
                        const Value& v = e.quarter_actuals[q - 1].value;
                        if (const std::optional<double> n = single_number(v)) sum += *n;
                        if (v.empty()) continue;
                        typed_id += (typed_id.empty() ? "" : ", ") + std::string(quarter_name(q, Lang::Id)) + " " + v.text;
                        typed_en += (typed_en.empty() ? "" : ", ") + std::string(quarter_name(q, Lang::En)) + " " + v.text;
                    }
                    const int first = running.front();
                    add(Severity::Warning, "lint.quarter_actuals_cumulative",
                        loc + "/years/" + y + "/quarter_actuals/" + std::to_string(first - 1) + "/value",
                        who(ind) + ": realisasi triwulan " + y + " tampak diketik sebagai jumlah berjalan (" + typed_id +
                            "), padahal target triwulannya kumulatif dan Tolok sendiri menjumlahkan realisasi tiap triwulan (" +
                            format_number_short(sum, Lang::Id) + "); bila begitu, ketik realisasi triwulan itu saja",
                        who_en(ind) + ": the " + y + " quarter actuals look typed as running totals (" + typed_en +
                            "), but the quarter targets are cumulative and Tolok adds each quarter's actual itself (" +
                            format_number_short(sum, Lang::En) + "); if so, type each quarter's own actual");
                }
                bool quarter_flagged = false;
                for (int q = 1; q <= 4 && e.quarter_actuals.allocated(); ++q)
                    quarter_flagged = implausible(ind, loc, year, q) || quarter_flagged;
                implausible(ind, loc, year, 0, quarter_flagged);
                // The evidence log's problems (a date missing or not a date, outside the year, a value not a number,
                // a row repeating another, a place missing from distinct places), located at the row's field; and a
                // realisasi following an aggregate that can be none of the indicator (six rows are not 6 %).
                auto evidence = [&](const Actual& act, int quarter, const std::string& where, const std::string& when_id,
                                    const std::string& when_en) {
                    if (act.evidence.empty()) return;
                    const EvidenceSummary summary = summarize_evidence(act.evidence, year, quarter, ind.unit, act.from_evidence);
                    if (act.value.empty() && act.components.empty())  // what is typed wins: the aggregate is unused then
                        if (const EvidenceValue ev = evidence_value(summary, act.from_evidence, ind); ev.unfit)
                            add(Severity::Warning, "evidence.aggregate_unfit", loc + "/years/" + y + where + "/from_evidence",
                                who(ind) + ": realisasi " + when_id + " mengikuti bukti dukung (" + ev.what.id + "), yang tidak dapat menjadi realisasinya: " +
                                    ev.unfit->id,
                                who_en(ind) + ": the " + when_en + " actual follows the evidence (" + ev.what.en + "), which cannot be its actual: " +
                                    ev.unfit->en);
                    for (const Diagnostic& d : summary.problems) {
                        const size_t row = std::strtoul(d.location.c_str() + 4, nullptr, 10);  // "row N", 1-based
                        const char* field = d.id == "evidence.value_not_number" || d.id == "evidence.value_other_unit" ? "/value"
                                            : d.id == "evidence.place_missing"                                           ? "/place"
                                                                                                                         : "/date";
                        add(d.severity, d.id, loc + "/years/" + y + where + "/evidence/" + std::to_string(row - 1) + field,
                            who(ind) + ": bukti dukung realisasi " + when_id + ", baris " + std::to_string(row) + ": " + d.message.id,
                            who_en(ind) + ": evidence of the " + when_en + " actual, row " + std::to_string(row) + ": " + d.message.en);
                    }
                };
                evidence(e.actual, 0, "/actual", y, y);
                if (e.quarter_actuals.allocated())
                    for (int q = 0; q < 4; ++q)
                        evidence(e.quarter_actuals[q], q + 1, "/quarter_actuals/" + std::to_string(q),
                                 std::string(quarter_name(q + 1, Lang::Id)) + " " + y, y + " " + quarter_name(q + 1, Lang::En));
            }

            if (ind.cap.rule == IndicatorCap::Rule::At && !cap_allowed(ind.cap.at))
                add(Severity::Warning, "lint.cap_below_target", loc + "/cap",
                    who(ind) + ": batas capaian " + format_number_short(ind.cap.at, Lang::Id) + cap_below_id,
                    who_en(ind) + ": achievement cap " + format_number_short(ind.cap.at, Lang::En) + cap_below_en);

            // Grades placed on a scale the plan does not have (an id from a file): their capaian cannot be computed.
            if (uses_grade_scale(ind) && !find_grade_scale(plan, ind.grade_scale))
                add(Severity::Error, "lint.grade_scale_unknown", loc + "/grade_scale",
                    who(ind) + ": skala predikat \"" + ind.grade_scale + "\" tidak dikenal; pilih skala di penyunting indikator",
                    who_en(ind) + ": unknown grade scale \"" + ind.grade_scale + "\"; choose a scale in the indicator editor");

            // A year of the period without a target.
            for (int y = plan.start_year; y <= plan.end_year && plan.start_year > 0; ++y) {
                auto it = ind.years.find(y);
                if (it == ind.years.end() || it->second.target.empty())
                    add(Severity::Warning, "lint.missing_target", loc + "/years/" + std::to_string(y) + "/target",
                        who(ind) + ": belum ada target untuk " + std::to_string(y),
                        who_en(ind) + ": no target for " + std::to_string(y));
            }

            if (k.units.size() > 1) {
                int first_unit_year = 0;  // the finding points at the first target written with a unit
                for (const auto& [year, e] : ind.years)
                    if (!first_unit_year && !e.target.unit.empty()) first_unit_year = year;
                std::string list;
                for (const auto& u : k.units) list += (list.empty() ? "" : ", ") + std::string("\"") + u + "\"";
                add(Severity::Warning, "lint.mixed_target_units", loc + "/years/" + std::to_string(first_unit_year) + "/target",
                    who(ind) + ": target ditulis dalam satuan berbeda: " + list, who_en(ind) + ": targets written in different units: " + list);
            }

            if (lower_ascii(ind.name).find("presentase") != std::string::npos)
                add(Severity::Info, "lint.spelling", loc + "/name", who(ind) + ": \"Presentase\" seharusnya \"Persentase\"",
                    who_en(ind) + ": \"Presentase\" should be \"Persentase\"");
            for (const auto& [text, where, what_id, what_en] :
                 {std::tuple<const std::string&, const char*, const char*, const char*>{ind.name, "/name", "nama", "name"},
                  {ind.formula.text, "/formula/text", "rumus", "formula"}}) {
                auto [written, proper] = spaced_reduplication(text);
                if (!written.empty())
                    add(Severity::Info, "lint.spelling", loc + where,
                        who(ind) + ": pada " + what_id + ", kata ulang \"" + written +
                            "\" seharusnya ditulis dengan tanda hubung tanpa spasi: \"" + proper + "\"",
                        who_en(ind) + ": in the " + what_en + ", the reduplicated word \"" + written +
                            "\" should be written with a hyphen and no spaces: \"" + proper + "\"");
            }

            auto [it, inserted] = seen_names.emplace(name_key(ind.name), ind.code);
            if (!inserted)
                add(Severity::Warning, "lint.duplicate_indicator", loc + "/name",
                    who(ind) + ": nama yang sama sudah dipakai indikator " + (it->second.empty() ? "lain" : it->second),
                    who_en(ind) + ": the same name is already used by " + (it->second.empty() ? "another indicator" : "indicator " + it->second));
        }
    }
    // Indicator codes: one number twice (after a deletion and an addition, or typed), then codes that are not the
    // numbers 1..N in order (the IKU documents print them as the list's numbers: "1, 8, 3"). Both are put right
    // with Rencana > Nomori ulang (renumber_codes).
    {
        std::map<std::string, size_t> first_with_code;
        size_t n = 0;
        bool in_order = true;
        std::string out_of_order_loc, out_of_order_code;
        size_t expected_at = 0;
        for (size_t o = 0; o < plan.objectives.size(); ++o)
            for (size_t i = 0; i < plan.objectives[o].indicators.size(); ++i) {
                const Indicator& ind = plan.objectives[o].indicators[i];
                const std::string loc = "/objectives/" + std::to_string(o) + "/indicators/" + std::to_string(i) + "/code";
                ++n;
                if (in_order && ind.code != std::to_string(n)) {
                    in_order = false;
                    out_of_order_loc = loc;
                    out_of_order_code = ind.code;
                    expected_at = n;
                }
                if (ind.code.empty()) continue;
                if (!first_with_code.emplace(ind.code, n).second)
                    add(Severity::Warning, "lint.duplicate_code", loc,
                        who(ind) + ": nomor " + ind.code + " sudah dipakai indikator lain; Rencana > Nomori ulang sasaran dan indikator memberi nomor urut",
                        who_en(ind) + ": number " + ind.code + " is already used by another indicator; Plans > Renumber objectives and indicators numbers them in order");
            }
        std::set<std::string> objective_codes;  // a sasaran's number twice too
        for (size_t o = 0; o < plan.objectives.size(); ++o) {
            const Objective& ob = plan.objectives[o];
            if (!ob.code.empty() && !objective_codes.insert(ob.code).second)
                add(Severity::Warning, "lint.duplicate_code", "/objectives/" + std::to_string(o) + "/code",
                    "sasaran " + ob.code + " \"" + ob.name + "\": nomor " + ob.code +
                        " sudah dipakai sasaran lain; Rencana > Nomori ulang sasaran dan indikator memberi nomor urut",
                    "objective " + ob.code + " \"" + ob.name + "\": number " + ob.code +
                        " is already used by another objective; Plans > Renumber objectives and indicators numbers them in order");
        }
        const bool all_numbers = std::all_of(plan.objectives.begin(), plan.objectives.end(), [](const Objective& ob) {
            return std::all_of(ob.indicators.begin(), ob.indicators.end(), [](const Indicator& ind) {
                return !ind.code.empty() && ind.code.size() <= 9 && ind.code[0] != '0' &&
                       std::all_of(ind.code.begin(), ind.code.end(), [](char c) { return c >= '0' && c <= '9'; });
            });
        });
        if (!in_order && all_numbers)
            add(Severity::Info, "lint.code_order", out_of_order_loc,
                "indikator ke-" + std::to_string(expected_at) + " bernomor " + out_of_order_code +
                    ": nomor indikator tidak urut 1, 2, 3, ... (dokumen IKU mencetaknya sebagai nomor daftar); Rencana > Nomori ulang sasaran dan indikator",
                "the indicator in place " + std::to_string(expected_at) + " is numbered " + out_of_order_code +
                    ": the indicator numbers do not run 1, 2, 3, ... (the IKU documents print them as the list's numbers); Plans > Renumber objectives and indicators");
    }
    // The plan's own grade scales: grades unnamed or twice, score ranges empty, with gaps or overlapping.
    for (size_t g = 0; g < plan.grade_scales.size(); ++g)
        for (Diagnostic d : check_grade_scale(plan.grade_scales[g], g)) out.push_back(std::move(d));
    // Both signatories' NIP, each message saying whose (the Pihak Kedua signs the Perjanjian Kinerja).
    for (const auto& [sig, where, whose_id, whose_en] :
         {std::tuple<const Signatory&, const char*, const char*, const char*>{plan.signatory, "/signatory/nip", "Pihak Pertama", "first party"},
          {plan.superior, "/superior/nip", "Pihak Kedua", "second party"}}) {
        for (Diagnostic d : check_nip(sig.nip, where)) {
            d.id = "lint.nip_invalid";
            const std::string name_id = sig.name.empty() ? "" : " (" + sig.name + ")";
            d.message.id = std::string("penandatangan ") + whose_id + name_id + ": " + d.message.id;
            d.message.en = std::string("the ") + whose_en + " signatory" + name_id + ": " + d.message.en;
            out.push_back(std::move(d));
        }
    }
    return out;
}

}  // namespace tolok
