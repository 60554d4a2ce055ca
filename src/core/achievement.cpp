// The one achievement (capaian) rule (see achievement.h): polarity, the plan's minimize rule, ranges, grades,
// cap and category bands, each result with a working a person can check.
#include "achievement.h"

#include <cmath>
#include <cstring>
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
        else {
            thread_local std::string english;  // its capacity kept from value to value: nothing allocated per row
            numbers_in(text, Lang::En, english);
            en.append(english);
        }
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

// A realisasi in the working. One Tolok computed (an average of quarters, a formula over components) is shown
// rounded ("8,38 %") but computed on exactly (8,375): the working gives the exact number, up to 4 decimals, so it
// can be redone by hand ((2 - 8,38 / 7) x 100 is 80,29, the capaian 80,36). A value as typed is as typed.
void actual_text(Working& w, const Value& actual) {
    if (actual.number && !actual.is_range()) {
        // Two decimals or fewer to 4 places (most rows): the number rounded to 2 is written the same, nothing to add.
        // Decided on the scaled integers format_number writes (exact below 1e11, where they stay under 2^53).
        const double magnitude = std::fabs(*actual.number);
        if (magnitude < 1e11 && round_scaled(magnitude * 1e4) == round_scaled(magnitude * 1e2) * 100) {
            w.typed(actual.text);
            return;
        }
        char shown[kFormatNumberMax], exact[kFormatNumberMax];
        const std::string_view precise(exact, format_number_short_to(exact, *actual.number, Lang::Id, 4));
        const std::string_view rounded(shown, format_number_short_to(shown, *actual.number, Lang::Id, 2));
        const std::string_view text = actual.text;
        if (rounded != precise && text.substr(0, rounded.size()) == rounded &&
            (text.size() == rounded.size() || !(text[rounded.size()] >= '0' && text[rounded.size()] <= '9'))) {
            std::string written(precise);
            written += text.substr(rounded.size());
            w.typed(written);
            return;
        }
    }
    w.typed(actual.text);
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
        a, t, r, lower_is_better, rule, w, [&](Working& out, bool) { actual_text(out.add("Realisasi ", "Actual "), a.actual); },
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
    if (!units_comparable(target, actual))
        return not_computable(a, "satuan berbeda: target \"" + target.unit + "\", realisasi \"" + actual.unit + "\"",
                              "different units: target \"" + target.unit + "\", actual \"" + actual.unit + "\"");
    // Two amounts of money are compared as amounts in rupiah, however written: "Rp 1.250.000.000" and "1,25 miliar"
    // (rupiah_amount) are one amount, not the units "Rp" and "miliar".
    const std::optional<double> target_rupiah = rupiah_amount(target), actual_rupiah = rupiah_amount(actual);
    const bool money = target_rupiah && actual_rupiah;
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
        put_in_unit(a.target, indicator.unit);
        put_in_unit(a.actual, indicator.unit);
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
