// The one achievement (capaian) rule (see achievement.h): polarity, the plan's minimize rule, ranges, grades,
// cap and category bands, each result with a working a person can check.
#include "achievement.h"

#include <cmath>

#include "formula.h"

namespace tolok {

namespace {

const std::vector<CategoryBand>& bands_of(const AchievementSettings& settings) {
    static const std::vector<CategoryBand> defaults = default_category_bands();
    return settings.bands.empty() ? defaults : settings.bands;
}

Achievement not_computable(const Value& target, const Value& actual, BiText reason) {
    Achievement a;
    a.target = target;
    a.actual = actual;
    a.comparison = Comparison::NotComputable;
    a.explanation = {"Tidak dapat dihitung: " + reason.id, "Not computable: " + reason.en};
    return a;
}

// A bound of a range shown as number + unit ("80 %").
std::string shown(double number, const std::string& unit, Lang lang) {
    std::string s = format_number_short(number, lang);
    if (!unit.empty()) s += " " + unit;
    return s;
}

bool units_compatible(const Value& t, const Value& r) {
    if (t.unit.empty() || r.unit.empty()) return true;
    if (t.shape == ValueShape::Percent && r.shape == ValueShape::Percent) return true;
    return normalize_unit(t.unit) == normalize_unit(r.unit);
}

int grade_rank(const GradeScale& scale, const std::string& grade) {
    for (size_t i = 0; i < scale.steps.size(); ++i)
        if (scale.steps[i].label == grade) return static_cast<int>(i) + 1;
    return 0;
}

std::string grade_for_score(const GradeScale& scale, double score) {
    for (size_t i = 0; i < scale.steps.size(); ++i) {
        const GradeStep& s = scale.steps[i];
        bool above_min = i == 0 ? score >= s.min_score : score > s.min_score;
        if (above_min && score <= s.max_score) return s.label;
    }
    return {};
}

// Finishes a computable result: cap, category, and the working followed by "= 90,00 % -> Tinggi".
Achievement finish(const Value& target, const Value& actual, double percent, Comparison comparison, const BiText& working,
                   const AchievementSettings& settings) {
    Achievement a;
    a.target = target;
    a.actual = actual;
    a.comparison = comparison;
    a.percent = percent;
    a.capped_percent = settings.cap && percent > *settings.cap ? *settings.cap : percent;
    const CategoryBand* band = category_for(settings, *a.capped_percent);
    if (band) {
        a.category = band->label;
        a.color = band->color;
    }
    std::string id = working.id, en = working.en;
    id.reserve(id.size() + 40);
    en.reserve(en.size() + 40);
    id += " = ";
    id += format_number(percent, 2, Lang::Id);
    id += " %";
    en += " = ";
    en += format_number(percent, 2, Lang::En);
    en += " %";
    if (*a.capped_percent != percent) {
        id += ", dibatasi menjadi " + format_number(*a.capped_percent, 2, Lang::Id) + " %";
        en += ", capped at " + format_number(*a.capped_percent, 2, Lang::En) + " %";
    }
    if (band) {
        id += " -> " + band->label;
        en += " -> " + band->label;
    }
    a.explanation = {std::move(id), std::move(en)};
    return a;
}

// R/T, (2 - R/T) or T/R for one target number; `t_text` is the target as shown in the working.
Achievement ratio(const Value& target, const Value& actual, double t, double r, const std::string& t_text_id,
                  const std::string& t_text_en, bool lower_is_better, const AchievementSettings& settings,
                  const std::string& prefix_id = {}, const std::string& prefix_en = {}) {
    const std::string& r_id = actual.text;
    if (!lower_is_better) {
        if (t == 0) return not_computable(target, actual, {"target bernilai nol", "the target is zero"});
        return finish(target, actual, r / t * 100.0, Comparison::Ratio,
                      {prefix_id + "Realisasi " + r_id + " / Target " + t_text_id + " x 100",
                       prefix_en + "Actual " + r_id + " / Target " + t_text_en + " x 100"},
                      settings);
    }
    if (settings.minimize_rule == MinimizeRule::InverseRatio) {
        if (r == 0)
            return not_computable(target, actual, {"realisasi nol: Target / Realisasi tidak terdefinisi",
                                                   "the actual is zero: Target / Actual is undefined"});
        return finish(target, actual, t / r * 100.0, Comparison::InverseRatio,
                      {prefix_id + "Target " + t_text_id + " / Realisasi " + r_id + " x 100",
                       prefix_en + "Target " + t_text_en + " / Actual " + r_id + " x 100"},
                      settings);
    }
    if (t == 0) return not_computable(target, actual, {"target bernilai nol", "the target is zero"});
    return finish(target, actual, (2.0 - r / t) * 100.0, Comparison::TwoMinusRatio,
                  {prefix_id + "(2 - Realisasi " + r_id + " / Target " + t_text_id + ") x 100",
                   prefix_en + "(2 - Actual " + r_id + " / Target " + t_text_en + ") x 100"},
                  settings);
}

Achievement achieve_grades(const Value& target, const Value& actual, const AchievementSettings& settings,
                           const GradeScale* scale) {
    // Scores behind both grades (or a plain score on either side): compare the scores.
    bool t_score = target.number.has_value(), r_score = actual.number.has_value();
    if (t_score && r_score) {
        double t = *target.number, r = *actual.number;
        if (t == 0) return not_computable(target, actual, {"nilai target nol", "the target score is zero"});
        return finish(target, actual, r / t * 100.0, Comparison::GradeScore,
                      {"Nilai realisasi " + format_number_short(r) + " / Nilai target " + format_number_short(t) + " x 100",
                       "Actual score " + format_number_short(r, Lang::En) + " / Target score " + format_number_short(t, Lang::En) + " x 100"},
                      settings);
    }
    if (!scale || scale->steps.empty())
        return not_computable(target, actual, {"skala predikat tidak dikenal", "unknown grade scale"});
    std::string t_grade = target.grade.empty() && t_score ? grade_for_score(*scale, *target.number) : target.grade;
    std::string r_grade = actual.grade.empty() && r_score ? grade_for_score(*scale, *actual.number) : actual.grade;
    int tr = grade_rank(*scale, t_grade), rr = grade_rank(*scale, r_grade);
    if (tr == 0)
        return not_computable(target, actual, {"predikat target \"" + target.text + "\" tidak ada pada skala " + scale->id,
                                               "target grade \"" + target.text + "\" is not on the " + scale->id + " scale"});
    if (rr == 0)
        return not_computable(target, actual, {"predikat realisasi \"" + actual.text + "\" tidak ada pada skala " + scale->id,
                                               "actual grade \"" + actual.text + "\" is not on the " + scale->id + " scale"});
    std::string n = std::to_string(scale->steps.size());
    return finish(target, actual, 100.0 * rr / tr, Comparison::GradeOrdinal,
                  {"Peringkat realisasi " + r_grade + " (" + std::to_string(rr) + " dari " + n + ") / peringkat target " + t_grade +
                       " (" + std::to_string(tr) + " dari " + n + ") x 100",
                   "Actual grade rank " + r_grade + " (" + std::to_string(rr) + " of " + n + ") / target grade rank " + t_grade + " (" +
                       std::to_string(tr) + " of " + n + ") x 100"},
                  settings);
}

BiText value_problem(const Value& v, bool is_target) {
    const char* what_id = is_target ? "target" : "realisasi";
    const char* what_en = is_target ? "target" : "actual";
    switch (v.shape) {
        case ValueShape::Empty: return {std::string(what_id) + " belum diisi", std::string("no ") + what_en + " yet"};
        case ValueShape::Missing:
            return {std::string(what_id) + " tidak tersedia (" + v.text + ")", std::string(what_en) + " not available (" + v.text + ")"};
        case ValueShape::Text:
            return {std::string(what_id) + " \"" + v.text + "\" berupa teks, bukan angka",
                    std::string(what_en) + " \"" + v.text + "\" is text, not a number"};
        default: return {};
    }
}

}  // namespace

Achievement achieve(const Value& target, const Value& actual, Polarity polarity, const AchievementSettings& settings,
                    const GradeScale* scale) {
    for (const Value* v : {&target, &actual}) {
        if (v->shape == ValueShape::Empty || v->shape == ValueShape::Missing || v->shape == ValueShape::Text)
            return not_computable(target, actual, value_problem(*v, v == &target));
    }
    if (target.shape == ValueShape::Grade || actual.shape == ValueShape::Grade) return achieve_grades(target, actual, settings, scale);
    if (!target.number || !actual.number) return not_computable(target, actual, {"nilai bukan angka", "the value is not a number"});
    if (!units_compatible(target, actual))
        return not_computable(target, actual, {"satuan berbeda: target \"" + target.unit + "\", realisasi \"" + actual.unit + "\"",
                                               "different units: target \"" + target.unit + "\", actual \"" + actual.unit + "\""});
    if (actual.is_range())
        return not_computable(target, actual, {"realisasi berupa rentang; isi satu nilai", "the actual is a range; enter one value"});
    double r = *actual.number;
    if (target.is_range()) {
        double low = *target.number, high = *target.upper;
        if (r >= low && r <= high) {
            return finish(target, actual, 100.0, Comparison::RangeInside,
                          {"Realisasi " + actual.text + " di dalam rentang target " + target.text + ": 100",
                           "Actual " + actual.text + " within the target range " + target.text + ": 100"},
                          settings);
        }
        bool above = r > high;
        double bound = above ? high : low;
        bool lower_is_better = polarity == Polarity::Minimize || (polarity == Polarity::Stabilize && above);
        std::string prefix_id = std::string("Realisasi di ") + (above ? "atas" : "bawah") + " rentang " + target.text + ", batas " +
                                (above ? "atas" : "bawah") + " dipakai: ";
        std::string prefix_en = std::string("Actual ") + (above ? "above" : "below") + " the range " + target.text + ", " +
                                (above ? "upper" : "lower") + " bound used: ";
        return ratio(target, actual, bound, r, shown(bound, target.unit, Lang::Id), shown(bound, target.unit, Lang::En),
                     lower_is_better, settings, prefix_id, prefix_en);
    }
    double t = *target.number;
    bool lower_is_better = polarity == Polarity::Minimize || (polarity == Polarity::Stabilize && r > t);
    return ratio(target, actual, t, r, target.text, target.text, lower_is_better, settings);
}

ResolvedActual resolve_actual(const Plan& plan, const Indicator& indicator, int year, int quarter) {
    ResolvedActual out;
    auto it = indicator.years.find(year);
    if (it == indicator.years.end()) return out;
    const YearEntry& entry = it->second;
    const Actual& actual = quarter >= 1 && quarter <= 4 ? entry.quarter_actuals[quarter - 1] : entry.actual;
    if (!actual.value.empty()) {
        out.value = actual.value;
        out.source = {"diisi langsung", "entered"};
        return out;
    }
    if (!actual.components.empty()) {
        FormulaResult fr = evaluate_formula(indicator.formula, actual.components);
        if (fr.computable()) {
            bool percent = indicator.unit == "%" || parse_formula(indicator.formula.expression).percent_result;
            std::string text = format_number_short(*fr.value, Lang::Id) + (percent ? " %" : indicator.unit.empty() ? "" : " " + indicator.unit);
            out.value = parse_value(text);
            out.source = {"dihitung dari komponen rumus", "computed from the formula's components"};
        } else {
            out.source = {"komponen rumus: " + fr.reason.id, "formula components: " + fr.reason.en};
        }
        return out;
    }
    if (quarter != 0) return out;
    // The year from its quarters, by the indicator's aggregation rule.
    double sum = 0;
    int count = 0, last_quarter = 0;
    Value last;
    std::string unit;
    bool percent = false;
    for (int q = 1; q <= 4; ++q) {
        ResolvedActual qa = resolve_actual(plan, indicator, year, q);
        if (qa.value.empty() || qa.value.shape == ValueShape::Missing) continue;
        last = qa.value;
        last_quarter = q;
        if (qa.value.number) {
            sum += *qa.value.number;
            ++count;
            unit = qa.value.unit;
            percent = qa.value.shape == ValueShape::Percent;
        }
    }
    if (last_quarter == 0) return out;
    static const char* roman[] = {"", "I", "II", "III", "IV"};
    if (indicator.aggregation == Aggregation::Last || count == 0) {
        out.value = last;
        out.source = {std::string("TW terakhir yang terisi (TW ") + roman[last_quarter] + ")",
                      std::string("last quarter entered (Q") + std::to_string(last_quarter) + ")"};
        return out;
    }
    double v = indicator.aggregation == Aggregation::Sum ? sum : sum / count;
    std::string text = format_number_short(v, Lang::Id) + (percent ? " %" : unit.empty() ? "" : " " + unit);
    out.value = parse_value(text);
    if (indicator.aggregation == Aggregation::Sum)
        out.source = {"jumlah TW I-IV (" + std::to_string(count) + " triwulan terisi)", "sum of quarters (" + std::to_string(count) + " entered)"};
    else
        out.source = {"rata-rata TW (" + std::to_string(count) + " triwulan terisi)", "average of quarters (" + std::to_string(count) + " entered)"};
    return out;
}

Achievement compute_achievement(const Plan& plan, const Indicator& indicator, int year, int quarter) {
    Value target;
    auto it = indicator.years.find(year);
    if (it != indicator.years.end())
        target = quarter >= 1 && quarter <= 4 ? it->second.quarter_targets[quarter - 1] : it->second.target;
    if (target.empty()) {
        Value none;
        return not_computable(target, none,
                              quarter ? BiText{"target TW " + std::to_string(quarter) + " " + std::to_string(year) + " belum diisi",
                                               "no target for Q" + std::to_string(quarter) + " " + std::to_string(year)}
                                      : BiText{"target " + std::to_string(year) + " belum diisi", "no target for " + std::to_string(year)});
    }
    ResolvedActual actual = resolve_actual(plan, indicator, year, quarter);
    const GradeScale* scale = indicator.kind == ValueKind::Grade || target.shape == ValueShape::Grade || actual.value.shape == ValueShape::Grade
                                  ? find_grade_scale(plan, indicator.grade_scale)
                                  : nullptr;
    Achievement a = achieve(target, actual.value, indicator.polarity, plan.settings, scale);
    if (actual.value.empty() && !actual.source.id.empty())
        a.explanation = {"Tidak dapat dihitung: " + actual.source.id, "Not computable: " + actual.source.en};
    return a;
}

const CategoryBand* category_for(const AchievementSettings& settings, double percent) {
    const auto& bands = bands_of(settings);
    for (const auto& b : bands) {
        bool above_min = b.min_inclusive ? percent >= b.min : percent > b.min;
        bool below_max = !b.max || (b.max_inclusive ? percent <= *b.max : percent < *b.max);
        if (above_min && below_max) return &b;
    }
    // Below the lowest band (a negative capaian from (2 - R/T)): the lowest band.
    if (!bands.empty() && percent < bands.front().min) return &bands.front();
    return nullptr;
}

Diagnostics validate_bands(const std::vector<CategoryBand>& bands) {
    Diagnostics out;
    auto add = [&](const char* id, size_t i, std::string msg_id, std::string msg_en) {
        out.push_back(Diagnostic{Severity::Error, id, "/settings/bands/" + std::to_string(i), {std::move(msg_id), std::move(msg_en)}});
    };
    auto num = [](double v) { return format_number_short(v); };
    auto num_en = [](double v) { return format_number_short(v, Lang::En); };
    for (size_t i = 0; i < bands.size(); ++i) {
        const CategoryBand& b = bands[i];
        if (b.label.empty()) add("settings.band_empty", i, "pita kategori ke-" + std::to_string(i + 1) + " tidak berlabel",
                                 "category band " + std::to_string(i + 1) + " has no label");
        if (b.max && (*b.max < b.min || (*b.max == b.min && !(b.min_inclusive && b.max_inclusive))))
            add("settings.band_order", i, "pita \"" + b.label + "\": batas atas " + num(*b.max) + " tidak di atas batas bawah " + num(b.min),
                "band \"" + b.label + "\": upper bound " + num_en(*b.max) + " is not above the lower bound " + num_en(b.min));
        if (!b.max && i + 1 < bands.size())
            add("settings.band_order", i, "pita \"" + b.label + "\" tanpa batas atas harus menjadi pita terakhir",
                "band \"" + b.label + "\" without an upper bound must be the last band");
    }
    if (!bands.empty()) {
        if (bands.front().min > 0 || (bands.front().min == 0 && !bands.front().min_inclusive))
            add("settings.band_gap", 0, "pita kategori tidak mencakup capaian mulai 0", "the category bands do not cover achievement from 0");
        if (bands.back().max)
            add("settings.band_gap", bands.size() - 1, "pita terakhir harus tanpa batas atas (mencakup capaian di atas " + num(*bands.back().max) + ")",
                "the last band must have no upper bound (to cover achievement above " + num_en(*bands.back().max) + ")");
    }
    for (size_t i = 1; i < bands.size(); ++i) {
        const CategoryBand& prev = bands[i - 1];
        const CategoryBand& b = bands[i];
        if (!prev.max) continue;
        double end = *prev.max;
        if (b.min > end || (b.min == end && !prev.max_inclusive && !b.min_inclusive))
            add("settings.band_gap", i, "celah antara pita \"" + prev.label + "\" dan \"" + b.label + "\" (" + num(end) + " - " + num(b.min) + ")",
                "gap between bands \"" + prev.label + "\" and \"" + b.label + "\" (" + num_en(end) + " - " + num_en(b.min) + ")");
        else if (b.min < end || (b.min == end && prev.max_inclusive && b.min_inclusive))
            add("settings.band_overlap", i, "pita \"" + prev.label + "\" dan \"" + b.label + "\" bertumpang tindih di " + num(b.min),
                "bands \"" + prev.label + "\" and \"" + b.label + "\" overlap at " + num_en(b.min));
    }
    return out;
}

CategorySummary summarize_categories(const Plan& plan, int year) {
    CategorySummary s;
    for (const auto& b : bands_of(plan.settings)) s.counts.emplace_back(b.label, 0);
    double total = 0;
    int computable = 0;
    for (const auto& o : plan.objectives)
        for (const auto& ind : o.indicators) {
            Achievement a = compute_achievement(plan, ind, year);
            if (!a.computable()) {
                ++s.not_computable;
                continue;
            }
            ++computable;
            total += *a.capped_percent;
            for (auto& [label, count] : s.counts)
                if (label == a.category) { ++count; break; }
        }
    if (computable > 0) s.average = total / computable;
    return s;
}

}  // namespace tolok
