// The one achievement (capaian) rule: per indicator polarity, the plan's minimize rule, grades, ranges, cap,
// and the category band scale. Every result carries a working a person can check, e.g.
// "Realisasi 18 prd / Target 20 prd x 100 = 90,00 % -> Tinggi".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "actual_sources.h"
#include "diagnostic.h"
#include "model.h"

namespace tolok {

enum class Comparison {
    Ratio,          // R / T x 100
    TwoMinusRatio,  // (2 - R/T) x 100
    InverseRatio,   // T / R x 100
    RangeInside,    // inside a range, or a stabilize indicator's bound met (">= 80 %" with 90 %): 100
    GradeScore,     // grades compared by the scores behind them: score(R) / score(T) x 100. Used when both sides
                    // carry a score: "B (63,11)" against "70" or "BB (Nilai 75)" (a plain number next to a grade is
                    // read as a score)
    GradeOrdinal,   // grades compared by their rank on the scale: rank(R) / rank(T) x 100, ranks 1 (lowest step)
                    // .. N (highest); AKIP D=1 .. AA=7, so B against BB = 4/5 = 80 %. A plain score facing a grade
                    // without one is first placed on the scale (63,11 -> B), never a midpoint guess
    NotComputable
};

struct Achievement {
    std::optional<double> percent;         // uncapped capaian; none when not computable
    std::optional<double> capped_percent;  // percent after the cap in force, the indicator's or the plan's (== percent when none)
    std::string category;                  // band label ("" when not computable)
    std::string color;                     // band colour
    Comparison comparison = Comparison::NotComputable;
    Value target;   // the target used (after quarter/year resolution)
    Value actual;   // the realisasi used (typed, computed from components, or aggregated from quarters)
    BiText explanation;  // the working, or why it is not computable
    bool computable() const { return percent.has_value(); }
};

// Capaian of one indicator for a year (quarter 0) or a quarter (1..4).
// The realisasi is, in order: the typed value; the formula evaluated over the entered components; for the
// year, the quarters aggregated by the indicator's Aggregation rule.
Achievement compute_achievement(const Plan& plan, const Indicator& indicator, int year, int quarter = 0);

// The same into an existing result, for loops over many indicator-years: `out` is overwritten entirely, and the
// memory of its texts is reused, so a loop that keeps one Achievement allocates almost nothing per row.
void compute_achievement_into(Achievement& out, const Plan& plan, const Indicator& indicator, int year, int quarter = 0);

// Rank of a grade on its scale: 1 for the lowest step .. N for the highest; 0 when not on the scale.
int grade_rank(const GradeScale& scale, const std::string& grade);
// The grade of the step a score falls in: above the step's lowest score (the lowest step from its lowest score on) up
// to its highest, so on the AKIP scale 70 is B (>60-70) and 70,01 BB; "" when no step holds it. Capaian places a plain
// score on the scale by it, and the LKjIP chart draws grades by it.
std::string grade_for_score(const GradeScale& scale, double score);

// Core rule on two values, for tests and other callers.
Achievement achieve(const Value& target, const Value& actual, Polarity polarity, const AchievementSettings& settings,
                    const GradeScale* scale);

// A capaian as it is shown and judged, rounded to 2 decimals: 99.9999 is shown "100,00" and is not below target;
// (2 - 6,6/6) x 100 = 90.00000000000001 in binary is 90,00. Categories and "below target" both use it.
double capaian_as_shown(double exact_percent);

// The cap in force for an indicator: its own ("Konversi 120"), none when it says so, else the plan's.
std::optional<double> cap_for(const AchievementSettings& settings, const Indicator& indicator);
// Whether a cap can be one: 100 % or more. A cap trims capaian above the target; one below 100 % would count a target
// fully met short (80 % under a cap of 50 in the category of 50 %). The app refuses it; lint.cap_below_target.
bool cap_allowed(double cap);

// The category bands in force: the plan's own, or the default ones (default_category_bands) when it has none. Every
// place that shows or counts categories takes them from here.
const std::vector<CategoryBand>& bands_in_force(const AchievementSettings& settings);

// Category of a percent on the plan's bands (default bands when the plan has none); nullptr if none matches. The
// percent is placed as shown, rounded to 2 decimals, so a capaian shown "90,00" is in the band that ends at 90.
const CategoryBand* category_for(const AchievementSettings& settings, double percent);

// Checks that bands cover [0, inf) with no gap or overlap; diagnostics "settings.band_gap",
// "settings.band_overlap", "settings.band_order", "settings.band_empty", "settings.band_duplicate" (two bands of one
// name) located at "/settings/bands/N".
Diagnostics validate_bands(const std::vector<CategoryBand>& bands);
// Whether two sets of bands put every capaian in the same category (labels and bounds; colours do not count).
bool same_bands(const std::vector<CategoryBand>& a, const std::vector<CategoryBand>& b);

// Checks a grade scale of the plan's own (the `index`-th), its steps from lowest to highest: each named, no name
// twice (as on_grade_scale compares names: "Informatif" and "informatif" are one), each step's score range not
// empty and starting where the one below ends. Warnings "scale.step_unnamed", "scale.step_duplicate",
// "scale.step_range", "scale.step_gap", "scale.step_overlap" at "/grade_scales/I/steps/N"; "scale.empty" (no step)
// and "scale.unnamed" (no name) at "/grade_scales/I".
// Whether another grade of the scale than step `step` is named `name` (as name_key compares: "Informatif" and
// "informatif" are one grade, as check_grade_scale's scale.step_duplicate says): the editor refuses a rename to it.
bool grade_name_taken(const GradeScale& scale, size_t step, const std::string& name);
Diagnostics check_grade_scale(const GradeScale& scale, size_t index);

// How many indicators fall in each band (and not computable) for a year, or one of its quarters (1-4).
struct CategorySummary {
    std::vector<std::pair<std::string, int>> counts;  // band label -> count, in band order
    int not_computable = 0;
    std::optional<double> average;  // average of capped percents over computable indicators
};
CategorySummary summarize_categories(const Plan& plan, int year, int quarter = 0);

// How a summary's average is to be read, for every place that prints one (app, CLI, documents): the rule behind the
// categories and, when a cap is set, that capaian above it count as the cap. E.g. "kategori menurut Permendagri
// 86/2017; rata-rata atas indikator yang dapat dihitung, capaian di atas 100 % dihitung 100 %".
BiText summary_basis(const AchievementSettings& settings);
// True when some capaian of the plan may be capped: the plan has a cap, or an indicator its own.
bool any_cap(const Plan& plan);
// The same for one plan, also counting its indicators with their own cap or none ("Konversi 120").
BiText summary_basis(const Plan& plan);

}  // namespace tolok
