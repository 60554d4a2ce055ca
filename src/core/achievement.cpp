// The one achievement (capaian) rule (see achievement.h): polarity, the plan's minimize rule, ranges, grades,
// cap and category bands, each result with a working a person can check.
#include "achievement.h"

#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <set>
#include <string_view>

#include "evidence.h"
#include "formula.h"

namespace tolok {

const std::vector<CategoryBand>& bands_in_force(const AchievementSettings& settings) {
    static const std::vector<CategoryBand> defaults = default_category_bands();
    return settings.bands.empty() ? defaults : settings.bands;
}

namespace {

// Text built in a stack buffer and copied out once (spills to the heap only for unusually long values).
class TextBuffer {
public:
    void append(std::string_view s) {
        if (s.empty()) return;
        if (!spilled_ && size_ + s.size() <= sizeof small_) {
            std::memcpy(small_ + size_, s.data(), s.size());
            size_ += s.size();
            return;
        }
        if (!spilled_) {
            big_.assign(small_, size_);
            spilled_ = true;
        }
        big_.append(s.data(), s.size());
    }
    char* tail(size_t n) { return !spilled_ && size_ + n <= sizeof small_ ? small_ + size_ : nullptr; }
    void grow(size_t n) { size_ += n; }
    // Into `out`, reusing its capacity (no allocation when a reused result already holds a text this long).
    void store(std::string& out) {
        if (spilled_) out = std::move(big_);
        else out.assign(small_, size_);
    }

private:
    char small_[240];
    size_t size_ = 0;
    bool spilled_ = false;
    std::string big_;
};

// The working text in both languages. This runs for millions of indicator-years, so the pieces are appended
// into stack buffers and each language becomes one string at the end.
struct Working {
    TextBuffer id, en;
    Working& both(std::string_view s) {
        id.append(s);
        en.append(s);
        return *this;
    }
    Working& add(std::string_view s_id, std::string_view s_en) {
        id.append(s_id);
        en.append(s_en);
        return *this;
    }
    Working& number(double v) {  // shortest form, e.g. "63,11" / "63.11"
        char buffer[kFormatNumberMax];
        return localized(std::string_view(buffer, format_number_short_to(buffer, v, Lang::Id)));
    }
    Working& fixed2(double v) {  // "90,00" / "90.00"
        char buffer[kFormatNumberMax];
        return localized(std::string_view(buffer, format_number_to(buffer, v, 2, Lang::Id)));
    }
    Working& typed(std::string_view text) {  // a value as written: its numbers in each language's style
        id.append(text);
        if (text.find_first_of(".,") == std::string_view::npos) en.append(text);
        else en.append(numbers_in(text, Lang::En));
        return *this;
    }
    void store(BiText& out) {
        id.store(out.id);
        en.store(out.en);
    }

private:
    // Appends an Indonesian-formatted number, and its English form (separators swapped).
    Working& localized(std::string_view number_id) {
        id.append(number_id);
        if (char* out = en.tail(number_id.size())) {
            for (char c : number_id) *out++ = c == '.' ? ',' : c == ',' ? '.' : c;
            en.grow(number_id.size());
        } else {
            std::string swapped(number_id);
            for (char& c : swapped) c = c == '.' ? ',' : c == ',' ? '.' : c;
            en.append(swapped);
        }
        return *this;
    }
};

void not_computable(Achievement& a, std::string_view reason_id, std::string_view reason_en) {
    a.percent.reset();
    a.capped_percent.reset();
    a.category.clear();
    a.color.clear();
    a.comparison = Comparison::NotComputable;
    Working w;
    w.add("Tidak dapat dihitung: ", "Not computable: ").add(reason_id, reason_en);
    w.store(a.explanation);
}
void not_computable(Achievement& a, const BiText& reason) { not_computable(a, reason.id, reason.en); }

// A bound of a range shown as number + unit ("80 %").
void shown_bound(Working& w, double number, const std::string& unit) {
    w.number(number);
    if (!unit.empty()) w.both(" ").both(unit);
}

}  // namespace

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

namespace {

// The rule one computation follows: the plan's settings and the cap in force for the indicator.
struct Rule {
    const AchievementSettings& settings;
    std::optional<double> cap;
    bool own_cap = false;  // the cap is the indicator's own ("Konversi 120"), not the plan's
};

// Finishes a computable result: cap, category, and the working followed by "= 90,00 % -> Tinggi".
void finish(Achievement& a, double percent, Comparison comparison, Working& w, const Rule& rule) {
    if (!std::isfinite(percent)) {  // cannot happen with finite inputs and non-zero divisors; never show inf/NaN
        not_computable(a, "hasil tidak terhingga", "the result is not finite");
        return;
    }
    a.comparison = comparison;
    a.percent = percent;
    a.capped_percent = rule.cap && percent > *rule.cap ? *rule.cap : percent;
    const CategoryBand* band = category_for(rule.settings, *a.capped_percent);
    if (band) {
        a.category = band->label;
        a.color = band->color;
    } else {
        a.category.clear();
        a.color.clear();
    }
    w.both(" = ").fixed2(percent).both(" %");
    if (*a.capped_percent != percent) {
        w.add(", dibatasi menjadi ", ", capped at ").fixed2(*a.capped_percent).both(" %");
        if (rule.own_cap) w.add(" (batas indikator ini)", " (this indicator's cap)");
    }
    if (band) w.both(" -> ").both(band->label);
    w.store(a.explanation);
}

// How a target number is shown in the working: the target as written, or a range's bound with its unit.
struct TargetShown {
    const std::string* text = nullptr;  // as written
    double bound = 0;                   // else this bound with the target's unit
};

void target_text(Working& w, const Value& target, const TargetShown& shown) {
    if (shown.text) w.typed(*shown.text);
    else shown_bound(w, shown.bound, target.unit);
}

// The one comparison by polarity, R / T x 100, or where lower is better the plan's minimize rule, (2 - R / T) x 100
// or T / R x 100, for numbers, grade scores and grade ranks alike. The two sides write themselves into the working
// (`first`: whether the side opens the sentence), in the order the formula reads; `w` holds any prefix already
// (ranges). `grades`: the comparison reported for every form (GradeScore, GradeOrdinal), else Ratio, InverseRatio
// or TwoMinusRatio by form.
template <typename ActualSide, typename TargetSide>
void by_polarity(Achievement& a, double t, double r, bool lower_is_better, const Rule& rule, Working& w, ActualSide actual_side,
                 TargetSide target_side, std::optional<Comparison> grades = std::nullopt) {
    if (!lower_is_better) {
        actual_side(w, true);
        w.both(" / ");
        target_side(w, false);
        w.both(" x 100");
        return finish(a, r / t * 100.0, grades.value_or(Comparison::Ratio), w, rule);
    }
    if (rule.settings.minimize_rule == MinimizeRule::InverseRatio) {
        if (r == 0)
            return not_computable(a, "realisasi nol: Target / Realisasi tidak terdefinisi", "the actual is zero: Target / Actual is undefined");
        // Below zero T / R turns over: a realisasi of -1 % against 5 % would be -500 %, -0,1 % would be -5.000 %.
        if (r < 0)
            return not_computable(a, "realisasi negatif: Target / Realisasi tidak bermakna", "the actual is negative: Target / Actual has no meaning");
        target_side(w, true);
        w.both(" / ");
        actual_side(w, false);
        w.both(" x 100");
        return finish(a, t / r * 100.0, grades.value_or(Comparison::InverseRatio), w, rule);
    }
    w.both("(2 - ");
    actual_side(w, false);
    w.both(" / ");
    target_side(w, false);
    w.both(") x 100");
    finish(a, (2.0 - r / t) * 100.0, grades.value_or(Comparison::TwoMinusRatio), w, rule);
}

// R/T, (2 - R/T) or T/R for one target number; `w` holds any prefix already (ranges).
void ratio(Achievement& a, double t, double r, const TargetShown& shown, bool lower_is_better,
           const Rule& rule, Working& w) {
    // A zero target gives no ratio (T / R would give 0 % for any realisasi); a negative one (a fall of 2 %) gives
    // one that reads backwards: a smaller fall would score 50 % against a higher-is-better target, a larger one
    // 150 % against a lower-is-better one.
    if (t == 0) return not_computable(a, "target bernilai nol", "the target is zero");
    if (t < 0)
        return not_computable(a, "target negatif: capaian sebagai persen dari target tidak bermakna",
                              "the target is negative: an achievement as a percentage of it has no meaning");
    by_polarity(
        a, t, r, lower_is_better, rule, w, [&](Working& out, bool) { out.add("Realisasi ", "Actual ").typed(a.actual.text); },
        [&](Working& out, bool) {
            out.both("Target ");
            target_text(out, a.target, shown);
        });
}

// Grades. With a score on both sides (a grade's written score or a plain number), the scores are compared:
// R / T x 100 (GradeScore). Otherwise both sides are placed on the scale (a plain score becomes the grade whose
// score range holds it) and compared by rank, 1 for the lowest step .. N for the highest:
// rank(R) / rank(T) x 100 (GradeOrdinal); on the AKIP scale (D=1 .. AA=7) B against BB is 4/5 = 80 %. Where lower
// is better (a risk level), the plan's minimize rule on the scores or ranks (by_polarity).
void achieve_grades(Achievement& a, const Rule& rule, const GradeScale* scale, bool lower_is_better) {
    const Value& target = a.target;
    const Value& actual = a.actual;
    bool t_score = target.number.has_value(), r_score = actual.number.has_value();
    if (t_score && r_score) {
        double t = *target.number, r = *actual.number;
        if (t == 0) return not_computable(a, "nilai target nol", "the target score is zero");
        // Each score with its grade (as written, or the scale's step that holds it): 63,11 is B on the AKIP scale.
        auto grade_of = [&](const Value& v) -> std::string {
            if (!v.grade.empty()) return v.grade;
            return scale && !scale->steps.empty() ? grade_for_score(*scale, *v.number) : std::string();
        };
        const std::string r_grade = grade_of(actual), t_grade = grade_of(target);
        auto side = [](const char* what_id, const char* what_en, double v, const std::string& grade) {
            return [=](Working& w, bool) {
                w.add(what_id, what_en).number(v);
                if (!grade.empty()) w.both(" (").both(grade).both(")");
            };
        };
        Working w;
        return by_polarity(a, t, r, lower_is_better, rule, w, side("Nilai realisasi ", "Actual score ", r, r_grade),
                           side("Nilai target ", "Target score ", t, t_grade), Comparison::GradeScore);
    }
    if (!scale || scale->steps.empty()) return not_computable(a, "skala predikat tidak dikenal", "unknown grade scale");
    // A plain score is placed on the scale; a written grade is used as it is.
    std::string t_placed, r_placed;
    if (target.grade.empty() && t_score) t_placed = grade_for_score(*scale, *target.number);
    if (actual.grade.empty() && r_score) r_placed = grade_for_score(*scale, *actual.number);
    const std::string& t_grade = target.grade.empty() && t_score ? t_placed : target.grade;
    const std::string& r_grade = actual.grade.empty() && r_score ? r_placed : actual.grade;
    int tr = grade_rank(*scale, t_grade), rr = grade_rank(*scale, r_grade);
    if (tr == 0)
        return not_computable(a, "predikat target \"" + target.text + "\" tidak ada pada skala \"" + scale->name + "\"",
                              "target grade \"" + target.text + "\" is not on the scale \"" + scale->name + "\"");
    if (rr == 0)
        return not_computable(a, "predikat realisasi \"" + actual.text + "\" tidak ada pada skala \"" + scale->name + "\"",
                              "actual grade \"" + actual.text + "\" is not on the scale \"" + scale->name + "\"");
    const double n = static_cast<double>(scale->steps.size());
    // A score placed on the scale says so: "63,11 -> B".
    // Labels as the sentence needs them: opening it ("Peringkat realisasi") or inside it ("peringkat target").
    struct Label {
        const char *id_first, *id, *en_first, *en;
    };
    auto side = [&](Label label, const std::string& placed, const Value& v, const std::string& grade, int rank) {
        return [&, label, rank](Working& w, bool first) {
            w.add(first ? label.id_first : label.id, first ? label.en_first : label.en);
            if (!placed.empty()) w.number(*v.number).both(" -> ");
            w.both(grade).both(" (").number(rank).add(" dari ", " of ").number(n).both(")");
        };
    };
    Working w;
    by_polarity(a, tr, rr, lower_is_better, rule, w,
                side({"Peringkat realisasi ", "peringkat realisasi ", "Actual grade rank ", "actual grade rank "}, r_placed, actual, r_grade, rr),
                side({"Peringkat target ", "peringkat target ", "Target grade rank ", "target grade rank "}, t_placed, target, t_grade, tr),
                Comparison::GradeOrdinal);
}

void value_problem(Achievement& a, const Value& v, bool is_target) {
    const std::string what_id = is_target ? "target" : "realisasi";
    const std::string what_en = is_target ? "target" : "actual";
    switch (v.shape) {
        case ValueShape::Empty: return not_computable(a, what_id + " belum diisi", "no " + what_en + " yet");
        case ValueShape::Missing:
            return not_computable(a, what_id + " tidak tersedia (" + v.text + ")", what_en + " not available (" + v.text + ")");
        default:
            return not_computable(a, what_id + " \"" + v.text + "\" berupa teks, bukan angka",
                                  what_en + " \"" + v.text + "\" is text, not a number");
    }
}

bool unusable(const Value& v) {
    return v.shape == ValueShape::Empty || v.shape == ValueShape::Missing || v.shape == ValueShape::Text;
}

// The rule on a.target and a.actual (already set); fills the rest of `a`.
void achieve_into(Achievement& a, Polarity polarity, const Rule& rule, const GradeScale* scale) {
    const Value& target = a.target;
    const Value& actual = a.actual;
    if (unusable(target)) return value_problem(a, target, true);
    // Text typed against a predikat target is an unknown grade, not a missing number: name the scale's grades.
    if (actual.shape == ValueShape::Text && target.shape == ValueShape::Grade && scale && !scale->steps.empty()) {
        std::string grades;
        for (const auto& step : scale->steps) grades += (grades.empty() ? "" : ", ") + step.label;
        return not_computable(a, "realisasi \"" + actual.text + "\" bukan predikat pada skala \"" + scale->name + "\" (" + grades + ")",
                              "actual \"" + actual.text + "\" is not a grade of the scale \"" + scale->name + "\" (" + grades + ")");
    }
    if (unusable(actual)) return value_problem(a, actual, false);
    if (target.shape == ValueShape::Grade || actual.shape == ValueShape::Grade) {
        // A grade is compared with another grade or a plain score ("63,11"), never with a count or a percentage:
        // "B" against "5 keg" once placed 5 on the AKIP scale (D) and gave 400 %.
        const Value& other = target.shape == ValueShape::Grade ? actual : target;
        if (other.shape != ValueShape::Grade && (other.shape != ValueShape::Number || !other.unit.empty()))
            return not_computable(a, "target \"" + target.text + "\" dan realisasi \"" + actual.text + "\" berbeda jenis (predikat dan angka)",
                                  "the target \"" + target.text + "\" and the actual \"" + actual.text + "\" are of different kinds (a grade and a number)");
        return achieve_grades(a, rule, scale, polarity == Polarity::Minimize);
    }
    if (!target.number || !actual.number) return not_computable(a, "nilai bukan angka", "the value is not a number");
    if (!std::isfinite(*target.number) || !std::isfinite(*actual.number) || (target.upper && !std::isfinite(*target.upper)))
        return not_computable(a, "nilai tidak terhingga", "the value is not finite");
    // Two amounts of money are compared as amounts in rupiah, however written: "Rp 1.250.000.000" and "1,25 miliar"
    // (rupiah_amount) are one amount, not the units "Rp" and "miliar".
    const std::optional<double> target_rupiah = rupiah_amount(target), actual_rupiah = rupiah_amount(actual);
    const bool money = target_rupiah && actual_rupiah;
    if (!money && !units_compatible(target, actual))
        return not_computable(a, "satuan berbeda: target \"" + target.unit + "\", realisasi \"" + actual.unit + "\"",
                              "different units: target \"" + target.unit + "\", actual \"" + actual.unit + "\"");
    if (actual.is_range())
        return not_computable(a, "realisasi berupa rentang; isi satu nilai", "the actual is a range; enter one value");
    double r = money ? *actual_rupiah : *actual.number;
    Working w;
    if (target.is_range()) {
        double low = *target.number, high = *target.upper;
        if (r >= low && r <= high) {
            w.add("Realisasi ", "Actual ").typed(actual.text).add(" di dalam rentang target ", " within the target range ");
            w.typed(target.text).both(": 100");
            return finish(a, 100.0, Comparison::RangeInside, w, rule);
        }
        // Outside the range: measured against the nearer bound with the polarity's formula; for a stabilize
        // indicator above the range counts as lower-is-better, below it as higher-is-better.
        bool above = r > high;
        double bound = above ? high : low;
        bool lower_is_better = polarity == Polarity::Minimize || (polarity == Polarity::Stabilize && above);
        w.add(above ? "Realisasi di atas rentang " : "Realisasi di bawah rentang ",
              above ? "Actual above the range " : "Actual below the range ")
            .typed(target.text)
            .add(above ? ", batas atas dipakai: " : ", batas bawah dipakai: ",
                 above ? ", upper bound used: " : ", lower bound used: ");
        TargetShown shown;
        shown.bound = bound;
        return ratio(a, bound, r, shown, lower_is_better, rule, w);
    }
    double t = money ? *target_rupiah : *target.number;
    // A bound on a stabilize indicator is a range open on one side (">= 80 %" is 80 % and up): met, 100; else measured
    // against the bound as a range's nearer bound is, higher-is-better below ">=", lower-is-better above "<=".
    if (polarity == Polarity::Stabilize && target.bound != Value::Bound::None) {
        const bool at_least = target.bound == Value::Bound::AtLeast;
        if (at_least ? r >= t : r <= t) {
            w.add("Realisasi ", "Actual ").typed(actual.text).add(" memenuhi batas target ", " meets the target bound ");
            w.typed(target.text).both(": 100");
            return finish(a, 100.0, Comparison::RangeInside, w, rule);
        }
        w.add("Realisasi di luar batas target ", "Actual outside the target bound ").typed(target.text).both(": ");
        TargetShown shown;
        shown.bound = t;
        return ratio(a, t, r, shown, !at_least, rule, w);
    }
    bool lower_is_better = polarity == Polarity::Minimize || (polarity == Polarity::Stabilize && r > t);
    TargetShown shown;
    shown.text = &target.text;
    ratio(a, t, r, shown, lower_is_better, rule, w);
}

}  // namespace

Achievement achieve(const Value& target, const Value& actual, Polarity polarity, const AchievementSettings& settings,
                    const GradeScale* scale) {
    Achievement a;
    a.target = target;
    a.actual = actual;
    achieve_into(a, polarity, Rule{settings, settings.cap}, scale);
    return a;
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
            out.value = computed_value(*fr.value, percent ? "%" : indicator.unit);  // 83,33 % shown, 83,333... used
            out.source = {"dihitung dari komponen rumus", "computed from the formula's components"};
        } else {
            out.source = {"komponen rumus: " + fr.reason.id, "formula components: " + fr.reason.en};
        }
        return out;
    }
    if (actual.from_evidence != EvidenceRule::None) {  // follows the evidence log, recomputed as rows are added
        const EvidenceSummary log = summarize_evidence(actual.evidence, year, quarter, indicator.unit);
        EvidenceValue ev = evidence_value(log, actual.from_evidence, indicator.unit);
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
            unit = qa.value.unit;
            percent = qa.value.shape == ValueShape::Percent;
            const Value& first = quarters[first_number ? first_number - 1 : q - 1].value;
            if (!first_number) first_number = q;
            else if (!mismatch && ((first.shape == ValueShape::Percent) != percent || !units_compatible(first, qa.value))) mismatch = q;
        }
    }
    if (last_quarter == 0) return out;
    // Quarters in different units (a TW I of 50 % from components, then 1 keg a quarter) are never added up: 50 + 4
    // made 54 keg, 1.080 %.
    if (mismatch && indicator.aggregation != Aggregation::Last) {
        const Value& a = quarters[first_number - 1].value;
        const Value& b = quarters[mismatch - 1].value;
        out.source = {std::string("satuan triwulan berbeda: ") + quarter_name(first_number, Lang::Id) + " \"" + a.text + "\", " +
                          quarter_name(mismatch, Lang::Id) + " \"" + b.text + "\"; samakan satuannya",
                      std::string("the quarters' units differ: ") + quarter_name(first_number, Lang::En) + " \"" + a.text + "\", " +
                          quarter_name(mismatch, Lang::En) + " \"" + b.text + "\"; write them in one unit"};
        return out;
    }
    if (indicator.aggregation == Aggregation::Last || count == 0) {  // the last known value
        out.value = last;
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
        out.value = computed_value(static_cast<double>(*places), unit);
        out.source = {"tempat berbeda dalam bukti dukung TW I-IV, tiap tempat dihitung sekali",
                      "distinct places in the Q1-Q4 evidence, each place counted once"};
        return out;
    }
    double v = sum_rule ? sum : sum / count;
    out.value = computed_value(v, percent ? "%" : unit);  // 4,67 prd shown, 14 / 3 used
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
                running.push_back(q + 1);
            }
        }
        if (target) target_before = target;
    }
    int typed = 0;
    for (const Actual& a : e.quarter_actuals) typed += single_number(a.value) ? 1 : 0;
    return typed >= 2 ? running : std::vector<int>{};
}

// The realisasi of TW I up to `quarter`, added (cumulative_quarter_targets); empty, with the quarter missing named,
// when one of them is no number.
ResolvedActual cumulative_actual(const Plan& plan, const Indicator& indicator, int year, int quarter) {
    ResolvedActual out;
    double sum = 0;
    std::string unit;
    const YearEntry& entry = indicator.years.at(year);
    std::array<bool, 4> counted{};
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
        sum += *v.number;
        counted[q - 1] = true;
        if (unit.empty()) unit = v.shape == ValueShape::Percent ? "%" : v.unit;
    }
    // Distinct places: each place once from TW I up to this quarter, as the year counts them (so s.d. TW IV and the
    // year, with one target, agree).
    if (const std::optional<size_t> places = distinct_places_over(entry, year, counted)) sum = static_cast<double>(*places);
    out.value = computed_value(sum, unit);
    out.source = {std::string("kumulatif TW I") + (quarter > 1 ? std::string(" s.d. ") + quarter_name(quarter, Lang::Id) : "") +
                      " (target triwulan kumulatif)",
                  std::string("cumulative Q1") + (quarter > 1 ? std::string(" to ") + quarter_name(quarter, Lang::En) : "") +
                      " (cumulative quarter targets)"};
    return out;
}

void compute_achievement_into(Achievement& a, const Plan& plan, const Indicator& indicator, int year, int quarter) {
    // Every field is (re)set on every path: `a` may hold an earlier result, whose string capacity is reused.
    static const Value kNone;
    a.percent.reset();
    a.capped_percent.reset();
    a.category.clear();
    a.color.clear();
    a.comparison = Comparison::NotComputable;
    auto it = indicator.years.find(year);
    const YearEntry* entry = it != indicator.years.end() ? &it->second : nullptr;
    a.target = !entry ? kNone : quarter >= 1 && quarter <= 4 ? entry->quarter_targets[quarter - 1] : entry->target;
    if (a.target.empty()) {
        // Not computable, but a realisasi entered is still shown.
        a.actual = entry ? resolve_actual(plan, indicator, year, quarter).value : kNone;
        const std::string y = std::to_string(year);
        if (quarter) {
            not_computable(a, std::string("target ") + quarter_name(quarter, Lang::Id) + " " + y + " belum diisi",
                           std::string("no target for ") + quarter_name(quarter, Lang::En) + " " + y);
        } else {
            not_computable(a, "target " + y + " belum diisi", "no target for " + y);
        }
        return;
    }
    // The typed realisasi, the common case, is taken directly; otherwise components or quarters (resolve_actual).
    const Actual& typed = quarter >= 1 && quarter <= 4 ? entry->quarter_actuals[quarter - 1] : entry->actual;
    ResolvedActual actual;
    if (quarter >= 1 && quarter <= 4 && cumulative_quarter_targets(indicator, year)) {
        actual = cumulative_actual(plan, indicator, year, quarter);
        a.actual = actual.value;
    } else if (!typed.value.empty()) {
        a.actual = typed.value;
    } else {
        actual = resolve_actual(plan, indicator, year, quarter);
        a.actual = std::move(actual.value);
    }
    // Grades named by words on the indicator's scale ("Menuju Informatif" against "Informatif").
    if (a.target.shape == ValueShape::Text) a.target = on_grade_scale(plan, indicator, a.target);
    if (a.actual.shape == ValueShape::Text) a.actual = on_grade_scale(plan, indicator, a.actual);
    const bool grades =
        indicator.kind == ValueKind::Grade || a.target.shape == ValueShape::Grade || a.actual.shape == ValueShape::Grade;
    const GradeScale* scale = grades ? find_grade_scale(plan, indicator.grade_scale) : nullptr;
    // A number written without a unit is in the indicator's satuan ("20" of an indicator in prd against "90 %" is not
    // computable, not 450 %). A grade and the plain score facing it keep their own rule.
    if (!grades) {
        a.target = value_in_unit(std::move(a.target), indicator.unit);
        a.actual = value_in_unit(std::move(a.actual), indicator.unit);
    }
    achieve_into(a, indicator.polarity, Rule{plan.settings, cap_for(plan.settings, indicator), indicator.cap.rule == IndicatorCap::Rule::At}, scale);
    if (a.actual.empty() && !actual.source.id.empty()) not_computable(a, actual.source);
    else if (!actual.source.id.empty())  // a realisasi not typed says where it came from
        a.explanation = {"Realisasi: " + actual.source.id + ". " + a.explanation.id,
                         "Actual: " + actual.source.en + ". " + a.explanation.en};
}

Achievement compute_achievement(const Plan& plan, const Indicator& indicator, int year, int quarter) {
    Achievement a;
    compute_achievement_into(a, plan, indicator, year, quarter);
    return a;
}

std::optional<double> cap_for(const AchievementSettings& settings, const Indicator& indicator) {
    switch (indicator.cap.rule) {
        case IndicatorCap::Rule::None: return std::nullopt;
        case IndicatorCap::Rule::At: return indicator.cap.at;
        default: return settings.cap;
    }
}

bool cap_allowed(double cap) { return cap >= 100; }

double capaian_as_shown(double exact_percent) { return round_scaled(exact_percent * 100.0) / 100.0; }

const CategoryBand* category_for(const AchievementSettings& settings, double exact_percent) {
    const double percent = capaian_as_shown(exact_percent);
    const auto& bands = bands_in_force(settings);
    for (const auto& b : bands) {
        bool above_min = b.min_inclusive ? percent >= b.min : percent > b.min;
        bool below_max = !b.max || (b.max_inclusive ? percent <= *b.max : percent < *b.max);
        if (above_min && below_max) return &b;
    }
    // Below the lowest band (a negative capaian from (2 - R/T)): the lowest band.
    if (!bands.empty() && percent < bands.front().min) return &bands.front();
    return nullptr;
}

bool grade_name_taken(const GradeScale& scale, size_t step, const std::string& name) {
    if (name.empty()) return false;
    const std::string key = name_key(name);
    for (size_t k = 0; k < scale.steps.size(); ++k)
        if (k != step && name_key(scale.steps[k].label) == key) return true;
    return false;
}

Diagnostics check_grade_scale(const GradeScale& scale, size_t index) {
    Diagnostics out;
    const std::string at = "/grade_scales/" + std::to_string(index);
    const std::string name = "\"" + (scale.name.empty() ? scale.id : scale.name) + "\"";
    auto add = [&](const char* id, const std::string& where, std::string msg_id, std::string msg_en) {
        out.push_back(Diagnostic{Severity::Warning, id, where, {"skala " + name + ": " + std::move(msg_id), "scale " + name + ": " + std::move(msg_en)}});
    };
    if (scale.steps.empty()) add("scale.empty", at, "belum ada predikat", "no grades yet");
    if (scale.name.empty()) add("scale.unnamed", at, "belum bernama", "has no name");
    std::set<std::string> seen;
    auto num = [](double v) { return format_number_short(v); };
    for (size_t i = 0; i < scale.steps.size(); ++i) {
        const GradeStep& st = scale.steps[i];
        const std::string where = at + "/steps/" + std::to_string(i);
        const std::string n = std::to_string(i + 1);
        if (st.label.empty()) add("scale.step_unnamed", where, "predikat ke-" + n + " belum bernama", "grade " + n + " has no name");
        else if (!seen.insert(name_key(st.label)).second)  // "Informatif" and "informatif" are one grade
            add("scale.step_duplicate", where, "predikat \"" + st.label + "\" tertulis dua kali", "grade \"" + st.label + "\" appears twice");
        if (st.max_score <= st.min_score)
            add("scale.step_range", where, "nilai predikat ke-" + n + " (" + num(st.min_score) + " - " + num(st.max_score) + ") kosong",
                "the scores of grade " + n + " (" + num(st.min_score) + " - " + num(st.max_score) + ") are empty");
        if (i == 0) continue;
        const double below = scale.steps[i - 1].max_score;
        if (st.min_score > below)
            add("scale.step_gap", where, "celah antara " + num(below) + " dan " + num(st.min_score) + " sebelum predikat ke-" + n,
                "a gap between " + num(below) + " and " + num(st.min_score) + " before grade " + n);
        else if (st.min_score < below)
            add("scale.step_overlap", where, "predikat ke-" + n + " mulai dari " + num(st.min_score) + ", di bawah akhir predikat sebelumnya (" + num(below) + ")",
                "grade " + n + " starts at " + num(st.min_score) + ", below the end of the one before (" + num(below) + ")");
    }
    return out;
}

bool same_bands(const std::vector<CategoryBand>& a, const std::vector<CategoryBand>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].label != b[i].label || a[i].min != b[i].min || a[i].min_inclusive != b[i].min_inclusive || a[i].max != b[i].max ||
            a[i].max_inclusive != b[i].max_inclusive)
            return false;
    return true;
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
        // Two bands of one name: a capaian of 50 % and one of 75 % would both read "Rendah".
        for (size_t k = 0; k < i && !b.label.empty(); ++k)
            if (name_key(bands[k].label) == name_key(b.label)) {
                add("settings.band_duplicate", i, "pita \"" + b.label + "\" bernama sama dengan pita ke-" + std::to_string(k + 1),
                    "band \"" + b.label + "\" has the same name as band " + std::to_string(k + 1));
                break;
            }
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

BiText summary_basis(const AchievementSettings& settings) {
    // Bands of the plan's own under the default scale's name (edited, the name left as it was): not called that.
    const bool default_bands = settings.bands.empty() || same_bands(settings.bands, default_category_bands());
    const bool own = settings.scale_name.empty() || (!default_bands && settings.scale_name == AchievementSettings{}.scale_name);
    BiText out{std::string("kategori menurut ") + (own ? "pita kategori rencana sendiri" : settings.scale_name) +
                   "; rata-rata atas indikator yang dapat dihitung",
               std::string("categories by ") + (own ? "the plan's own bands" : settings.scale_name) + "; average over the computable indicators"};
    if (settings.cap) {
        out.id += ", capaian di atas " + format_number_short(*settings.cap, Lang::Id) + " % dihitung " +
                  format_number_short(*settings.cap, Lang::Id) + " %";
        out.en += ", achievement above " + format_number_short(*settings.cap, Lang::En) + " % counted as " +
                  format_number_short(*settings.cap, Lang::En) + " %";
    }
    return out;
}

bool any_cap(const Plan& plan) {
    if (plan.settings.cap) return true;
    for (const auto& o : plan.objectives)
        for (const auto& ind : o.indicators)
            if (ind.cap.rule == IndicatorCap::Rule::At) return true;
    return false;
}

BiText summary_basis(const Plan& plan) {
    BiText out = summary_basis(plan.settings);
    int own = 0, none = 0;
    for (const auto& o : plan.objectives)
        for (const auto& ind : o.indicators) {
            own += ind.cap.rule == IndicatorCap::Rule::At;
            none += ind.cap.rule == IndicatorCap::Rule::None && plan.settings.cap;
        }
    if (own) {
        out.id += "; " + std::to_string(own) + " indikator dengan batas capaian sendiri";
        out.en += "; " + std::to_string(own) + " indicator(s) with their own cap";
    }
    if (none) {
        out.id += "; " + std::to_string(none) + " indikator tanpa batas";
        out.en += "; " + std::to_string(none) + " indicator(s) without a cap";
    }
    return out;
}

CategorySummary summarize_categories(const Plan& plan, int year, int quarter) {
    CategorySummary s;
    for (const auto& b : bands_in_force(plan.settings)) s.counts.emplace_back(b.label, 0);
    double total = 0;
    int computable = 0;
    Achievement a;  // reused indicator after indicator
    for (const auto& o : plan.objectives)
        for (const auto& ind : o.indicators) {
            compute_achievement_into(a, plan, ind, year, quarter);
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
