// Where a realisasi comes from (see actual_sources.h): typed, the formula over its components, the evidence log,
// or the year's quarters (sum, average, last, cumulative to date), each with a note on its source.
#include "actual_sources.h"

#include <array>
#include <limits>

#include "evidence.h"
#include "formula.h"

namespace tolok {

const Value& money_written_like(const YearEntry& entry, int quarter) {
    if (quarter >= 1 && quarter <= 4 && entry.quarter_targets[quarter - 1].shape == ValueShape::Money) return entry.quarter_targets[quarter - 1];
    return entry.target;
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
            // 83,33 % shown, 83,333... used
            out.value = computed_value(*fr.value, percent ? "%" : indicator.unit, money_written_like(entry, quarter));
            out.source = {"dihitung dari komponen rumus", "computed from the formula's components"};
        } else {
            out.source = {"komponen rumus: " + fr.reason.id, "formula components: " + fr.reason.en};
        }
        return out;
    }
    if (actual.from_evidence != EvidenceRule::None) {  // follows the evidence log, recomputed as rows are added
        const EvidenceSummary log = summarize_evidence(actual.evidence, year, quarter, indicator.unit, actual.from_evidence);
        EvidenceValue ev = evidence_value(log, actual.from_evidence, indicator, money_written_like(entry, quarter));
        if (ev.unfit) {  // six rows are not 6 %: no realisasi, and why
            out.source = {"bukti dukung: " + ev.what.id + " tidak dapat menjadi realisasi (" + ev.unfit->id + ")",
                          "evidence: the " + ev.what.en + " cannot be the actual (" + ev.unfit->en + ")"};
            return out;
        }
        out.value = std::move(ev.value);
        std::string rows_id = std::to_string(log.count) + " baris", rows_en = std::to_string(log.count) + " rows";
        if (actual.from_evidence == EvidenceRule::Sum && log.not_summed > 0) {  // what the sum left out, said beside it
            rows_id += ", " + std::to_string(log.not_summed) + " tidak dijumlahkan";
            rows_en += ", " + std::to_string(log.not_summed) + " not summed";
        }
        out.source = {"dari bukti dukung: " + ev.what.id + " (" + rows_id + ")", "from the evidence: " + ev.what.en + " (" + rows_en + ")"};
        if (out.value.empty()) out.source = {"bukti dukung: " + ev.what.id + " belum ada", "evidence: no " + ev.what.en + " yet"};
        return out;
    }
    if (quarter != 0) return out;
    return actual_from_quarters(plan, indicator, year);
}

std::optional<ResolvedActual> quarters_contradicting_year(const Plan& plan, const Indicator& indicator, int year) {
    auto it = indicator.years.find(year);
    if (it == indicator.years.end()) return std::nullopt;
    const YearEntry& e = it->second;
    if ((e.actual.value.empty() && e.actual.components.empty()) || !e.quarter_actuals.allocated()) return std::nullopt;
    ResolvedActual own = resolve_actual(plan, indicator, year), quarters = actual_from_quarters(plan, indicator, year);
    std::optional<double> a = single_number(own.value), b = single_number(quarters.value);
    if (!a || !b || std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*a))) return std::nullopt;
    return quarters;
}

// A quarter target that plans nothing for its quarter when no realisasi is entered there: none, or 0 (Rencana Aksi
// write 0, 0, 0, 2 ranperda for a year whose whole target falls in TW IV). Such a quarter is neither missing from the
// year's sum nor a step of cumulative targets.
static bool target_plans_nothing(const Value& target) {
    if (target.empty()) return true;
    const std::optional<double> n = single_number(target);
    return n && *n == 0;
}
static bool no_realisasi(const Value& v) { return v.empty() || v.shape == ValueShape::Missing; }
// The same for a quarter as entered (cumulative_quarter_targets has no plan to resolve components or evidence by):
// nothing typed, no components, not following the evidence log.
static bool quarter_plans_nothing(const YearEntry& e, int q) {
    const Actual& a = e.quarter_actuals[q];
    return target_plans_nothing(e.quarter_targets[q]) && no_realisasi(a.value) && a.components.empty() && a.from_evidence == EvidenceRule::None;
}

// Why a quarter's realisasi cannot go into a sum: "TW II belum diisi", "TW II tidak tersedia (n/a)", "TW II bukan angka".
static BiText quarter_gap(int quarter, const Value& v) {
    const char* id = v.empty() ? " belum diisi" : v.shape == ValueShape::Missing ? " tidak tersedia (" : " bukan angka";
    const char* en = v.empty() ? " not entered" : v.shape == ValueShape::Missing ? " not available (" : " not a number";
    const std::string close = v.shape == ValueShape::Missing ? v.text + ")" : "";
    return {quarter_name(quarter, Lang::Id) + std::string(id) + close, quarter_name(quarter, Lang::En) + std::string(en) + close};
}

// The places of the quarters' evidence logs, each counted once over the quarters `counted`, when every one of them
// takes its realisasi from its distinct places (nothing typed or computed over it); none otherwise.
static std::optional<size_t> distinct_places_over(const YearEntry& entry, int year, const std::array<bool, 4>& counted) {
    std::vector<Evidence> log;
    bool any = false;
    for (int q = 1; q <= 4; ++q) {
        if (!counted[q - 1]) continue;
        const Actual& qa = entry.quarter_actuals[q - 1];
        if (!qa.value.empty() || !qa.components.empty() || qa.from_evidence != EvidenceRule::DistinctPlaces) return std::nullopt;
        log.insert(log.end(), qa.evidence.begin(), qa.evidence.end());
        any = true;
    }
    if (!any) return std::nullopt;
    return summarize_evidence(log, year).distinct_places;
}

// Whether a quarter's number can be added to the first quarter's: both percentages or neither, in one unit.
static bool same_quarter_unit(const Value& first, const Value& other) {
    return (first.shape == ValueShape::Percent) == (other.shape == ValueShape::Percent) && units_compatible(first, other);
}

// Why quarters are not added up: two of them in different units (a TW I of 50 % from components, then 1 keg a
// quarter made 54 keg, 1.080 %; 3 kali after 11 keg made 14 keg).
static BiText quarter_units_differ(int first_quarter, const Value& first, int other_quarter, const Value& other) {
    return {std::string("satuan triwulan berbeda: ") + quarter_name(first_quarter, Lang::Id) + " \"" + first.text + "\", " +
                quarter_name(other_quarter, Lang::Id) + " \"" + other.text + "\"; samakan satuannya",
            std::string("the quarters' units differ: ") + quarter_name(first_quarter, Lang::En) + " \"" + first.text + "\", " +
                quarter_name(other_quarter, Lang::En) + " \"" + other.text + "\"; write them in one unit"};
}

ResolvedActual actual_from_quarters(const Plan& plan, const Indicator& indicator, int year) {
    ResolvedActual out;
    // The year from its quarters, by the indicator's aggregation rule.
    double sum = 0;
    int count = 0, last_quarter = 0;
    Value last;
    std::string unit;
    bool percent = false;
    std::array<ResolvedActual, 4> quarters;
    int first_number = 0, mismatch = 0;  // the first quarter with a number; the first whose unit differs from it
    for (int q = 1; q <= 4; ++q) {
        ResolvedActual& qa = quarters[q - 1] = resolve_actual(plan, indicator, year, q);
        if (qa.value.empty() || qa.value.shape == ValueShape::Missing) continue;
        last = qa.value;
        last_quarter = q;
        if (qa.value.number) {
            sum += *qa.value.number;
            ++count;
            if (!qa.value.unit.empty()) unit = qa.value.unit;  // a quarter typed bare ("400.000.000,-") keeps the others'
            percent = qa.value.shape == ValueShape::Percent;
            const Value& first = quarters[first_number ? first_number - 1 : q - 1].value;
            if (!first_number) first_number = q;
            else if (!mismatch && !same_quarter_unit(first, qa.value)) mismatch = q;
        }
    }
    if (last_quarter == 0) return out;
    // Quarters in different units are never added up.
    if (mismatch && indicator.aggregation != Aggregation::Last) {
        out.source = quarter_units_differ(first_number, quarters[first_number - 1].value, mismatch, quarters[mismatch - 1].value);
        return out;
    }
    if (indicator.aggregation == Aggregation::Last || count == 0) {  // the last known value
        out.value = value_in_unit(last, indicator.unit);  // quarters typed bare ("12"): the year in the Satuan too
        out.source = {std::string("TW terakhir yang terisi (") + quarter_name(last_quarter, Lang::Id) + ")",
                      std::string("last quarter entered (") + quarter_name(last_quarter, Lang::En) + ")"};
        return out;
    }
    const bool sum_rule = indicator.aggregation == Aggregation::Sum;
    // A sum or an average of the year needs every quarter the year is measured in: those with a quarter target when
    // some have one (an indicator measured twice a year), else all four. Without one of them the year is not known
    // yet: not computable, saying which quarter is missing and why, never a part of the year taken for the whole.
    // A quarter target of 0 with no realisasi counts as none (0, 0, 0, 2 ranperda: the year is TW IV's).
    const auto it = indicator.years.find(year);
    const auto plans_nothing = [&](int q) {
        return target_plans_nothing(it->second.quarter_targets[q - 1]) && no_realisasi(quarters[q - 1].value);
    };
    bool any_quarter_target = false;
    for (int q = 1; q <= 4; ++q)
        any_quarter_target = any_quarter_target || (!it->second.quarter_targets[q - 1].empty() && !plans_nothing(q));
    std::string gaps_id, gaps_en;
    for (int q = 1; q <= 4; ++q) {
        const Value& v = quarters[q - 1].value;
        if (v.number || (any_quarter_target && (it->second.quarter_targets[q - 1].empty() || plans_nothing(q)))) continue;
        const BiText gap = quarter_gap(q, v);
        gaps_id += (gaps_id.empty() ? "" : ", ") + gap.id;
        gaps_en += (gaps_en.empty() ? "" : ", ") + gap.en;
    }
    if (!gaps_id.empty()) {
        out.source = {std::string(sum_rule ? "jumlah" : "rata-rata") + " setahun belum lengkap: " + gaps_id,
                      std::string("the year's ") + (sum_rule ? "sum" : "average") + " is incomplete: " + gaps_en};
        return out;
    }
    // Places visited, counted per quarter from the evidence log (kecamatan monitored): the year counts each place once
    // over all its quarters, not once per quarter (Kota Agung in every quarter was counted four times).
    std::array<bool, 4> counted{};
    for (int q = 1; q <= 4; ++q) counted[q - 1] = quarters[q - 1].value.number.has_value();
    const std::optional<size_t> places = sum_rule ? distinct_places_over(it->second, year, counted) : std::nullopt;
    if (places) {
        out.value = value_in_unit(computed_value(static_cast<double>(*places), unit), indicator.unit);
        out.source = {"tempat berbeda dalam bukti dukung TW I-IV, tiap tempat dihitung sekali",
                      "distinct places in the Q1-Q4 evidence, each place counted once"};
        return out;
    }
    double v = sum_rule ? sum : sum / count;
    // 4,67 prd shown, 14 / 3 used; quarters typed bare ("12") give the year in the indicator's Satuan ("38 keg")
    out.value = value_in_unit(computed_value(v, percent ? "%" : unit, it->second.target), indicator.unit);
    std::string used_id, used_en;
    for (int q = 1; q <= 4; ++q) {
        if (!quarters[q - 1].value.number) continue;
        used_id += (used_id.empty() ? "" : ", ") + std::string(quarter_name(q, Lang::Id));
        used_en += (used_en.empty() ? "" : ", ") + std::string(quarter_name(q, Lang::En));
    }
    if (count == 4)
        out.source = sum_rule ? BiText{"jumlah TW I-IV", "sum of Q1-Q4"} : BiText{"rata-rata TW I-IV", "average of Q1-Q4"};
    else
        out.source = {std::string(sum_rule ? "jumlah " : "rata-rata ") + used_id, std::string(sum_rule ? "sum of " : "average of ") + used_en};
    return out;
}

bool cumulative_quarter_targets(const Indicator& indicator, int year) {
    if (indicator.aggregation != Aggregation::Sum) return false;
    const auto it = indicator.years.find(year);
    if (it == indicator.years.end() || !it->second.quarter_targets.allocated()) return false;
    const YearEntry& e = it->second;
    const std::optional<double> yearly = single_number(e.target);
    if (!yearly) return false;
    // The quarters with a target (a quarter may have none: 5, -, 15, 20), TW IV's being the year's.
    std::optional<double> first;
    double before = -std::numeric_limits<double>::infinity();
    int written = 0;
    for (int i = 0; i < 4; ++i) {
        const Value& q = e.quarter_targets[i];
        if (q.empty() || quarter_plans_nothing(e, i)) continue;  // 0, 0, 0, 2 of 2: one target, TW IV's
        const std::optional<double> n = single_number(q);
        if (!n || *n < before) return false;
        if (!first) first = n;
        before = *n;
        ++written;
    }
    const std::optional<double> last = single_number(e.quarter_targets[3]);
    const auto same = [&](double a) { return std::abs(a - *yearly) <= 1e-9 * std::max(1.0, std::abs(*yearly)); };
    return written >= 2 && last && same(*last) && !same(*first);
}

std::vector<int> quarters_typed_cumulatively(const Indicator& indicator, int year) {
    if (!cumulative_quarter_targets(indicator, year)) return {};
    const YearEntry& e = indicator.years.at(year);
    if (!e.quarter_actuals.allocated()) return {};
    std::vector<int> running;
    bool clearly = true;  // every quarter judged lies within a quarter of the way from its cumulative target to its own part
    std::optional<double> target_before;  // the last cumulative target written before this quarter
    double actual_before = -std::numeric_limits<double>::infinity();
    for (int q = 0; q < 4; ++q) {
        const std::optional<double> target = single_number(e.quarter_targets[q]);
        const std::optional<double> actual = single_number(e.quarter_actuals[q].value);
        if (actual) {
            if (*actual < actual_before) return {};
            actual_before = *actual;
            if (target && target_before) {
                const double own_part = *target - *target_before;
                if (!(std::abs(*actual - *target) < std::abs(*actual - own_part))) return {};
                clearly = clearly && std::abs(*actual - *target) <= 0.25 * std::abs(*target - own_part);
                running.push_back(q + 1);
            }
        }
        if (target) target_before = target;
    }
    int typed = 0;
    for (const Actual& a : e.quarter_actuals) typed += single_number(a.value) ? 1 : 0;
    // One quarter judged alone (TW I and TW II typed) is taken only when clearly so: TW II 5 after TW I 4 against
    // 3, 6, 9, 12 is as likely a quarter done better than planned, and told to type 5 - 4 = 1 the user would have
    // spoilt a right figure.
    if (running.size() == 1 && !clearly) return {};
    return typed >= 2 ? running : std::vector<int>{};
}

ResolvedActual cumulative_actual(const Plan& plan, const Indicator& indicator, int year, int quarter) {
    ResolvedActual out;
    double sum = 0;
    std::string unit;
    const YearEntry& entry = indicator.years.at(year);
    std::array<bool, 4> counted{};
    Value first;  // the first quarter's number, whose unit the others must have
    int first_quarter = 0;
    for (int q = 1; q <= quarter; ++q) {
        const Value v = resolve_actual(plan, indicator, year, q).value;
        // A quarter without a target (5, -, 15, 20), or with a target of 0, and without a realisasi planned nothing:
        // not a missing quarter.
        if (!v.number && target_plans_nothing(entry.quarter_targets[q - 1]) && no_realisasi(v)) continue;
        if (!v.number) {
            const BiText gap = quarter_gap(q, v);
            out.source = {std::string("realisasi kumulatif s.d. ") + quarter_name(quarter, Lang::Id) + " belum lengkap: " + gap.id,
                          std::string("the cumulative actual to ") + quarter_name(quarter, Lang::En) + " is incomplete: " + gap.en};
            return out;
        }
        if (!first_quarter) {
            first = v;
            first_quarter = q;
        } else if (!same_quarter_unit(first, v)) {
            out.source = quarter_units_differ(first_quarter, first, q, v);
            return out;
        }
        sum += *v.number;
        counted[q - 1] = true;
        if (unit.empty()) unit = v.shape == ValueShape::Percent ? "%" : v.unit;
    }
    // Distinct places: each place once from TW I up to this quarter, as the year counts them (so s.d. TW IV and the
    // year, with one target, agree).
    if (const std::optional<size_t> places = distinct_places_over(entry, year, counted)) sum = static_cast<double>(*places);
    out.value = value_in_unit(computed_value(sum, unit, money_written_like(entry, quarter)), indicator.unit);
    out.source = {std::string("kumulatif TW I") + (quarter > 1 ? std::string(" s.d. ") + quarter_name(quarter, Lang::Id) : "") +
                      " (target triwulan kumulatif)",
                  std::string("cumulative Q1") + (quarter > 1 ? std::string(" to ") + quarter_name(quarter, Lang::En) : "") +
                      " (cumulative quarter targets)"};
    return out;
}

}  // namespace tolok
