// The regency view over many plans for one year (issue 5, "consolidation and cascading"): per office and per
// objective (sasaran) the number of indicators in each category band, those not computable, the indicators below
// target, totals; and the pohon kinerja (performance tree) with achievement rolled up.
//
// Every number comes from the one achievement rule (core/achievement.h `compute_achievement`) with the plan's own
// settings (bands, cap, minimize rule); nothing is re-derived here.
// - An indicator is "not computable" when compute_achievement gives no percent (no target, no realisasi, text,
//   n/a ...); it is counted apart and in no band.
// - "Below target" means an uncapped capaian < 100 %.
// - Averages are of the capped capaian (the plan's cap when set) over the computable indicators, as in
//   summarize_categories.
// - Offices may use different bands: an office's counts follow its own bands (zeros included, in band order); the
//   totals add counts by band label, labels in the order they are first met.
// - A plan whose period does not include the year is listed (in_period = false) but none of its indicators is
//   counted; an Info diagnostic "consolidation.year_outside_period" says so.
//
// Cascading: an indicator supports a higher-level indicator through Indicator::supports = "planId/indicatorId"
// (split at the last '/'), usually an office indicator supporting a regency-level (RPJMD) one. The rolled-up
// achievement of an indicator is the plain average of the capped capaian of its DIRECT supporters that are
// computable (its own capaian, not its own roll-up, is what its parent averages); the rolled-up category uses
// the supported indicator's plan bands. Supporters that are not computable are counted and left out of the
// average. Problems: "consolidation.link_invalid" (no '/'), "consolidation.link_not_found" (no such plan or
// indicator in the set), "consolidation.link_cycle" (an indicator supports itself through a chain),
// "consolidation.link_too_deep" (a chain deeper than 64 levels); location "planId/indicatorId". Also
// "consolidation.same_office" (two plans of one office counted in the year, each named as tell_apart names it),
// "consolidation.numbered_copy" (two
// plans counted in the year, of one period, offices named otherwise, one id the other's with the "-N" the app's
// import adds: maybe one office twice), "consolidation.maybe_same_office" (two plans counted, of one period, whose
// office names are nearly the same or whose indicators are the same: core/office_twice.h) and
// "consolidation.duplicate_plan_id" (two plans under one id), located at
// the plan id.
//
// Streaming: Consolidator takes one plan at a time (plans may be dropped after add), so a summary of many files
// never needs all plans in memory; it keeps one small record per indicator for the tree.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "diagnostic.h"
#include "model.h"

namespace tolok {

struct CategoryCount {
    std::string label;
    std::string color;
    int count = 0;
};

struct CategoryTally {
    std::vector<CategoryCount> counts;  // band label -> number of indicators
    int indicators = 0;                 // every indicator looked at (computable or not)
    int not_computable = 0;
    int below_target = 0;               // capaian < 100 %
    int computable = 0;
    double capped_sum = 0;              // sum of capped capaian over computable indicators
    std::optional<double> average() const;  // capped_sum / computable; none when nothing is computable
    int count(const std::string& label) const;  // 0 when the label is absent
};

struct ObjectiveTally {
    std::string id, code, name;
    CategoryTally tally;
};

struct OfficeTally {
    std::string plan_id;
    std::string office;      // office name, or the plan id when unnamed, told apart from its office's other plans (plan_shown)
    std::string government;
    bool in_period = true;   // false: the year is outside the plan's period; nothing counted
    std::vector<ObjectiveTally> objectives;
    CategoryTally tally;
};

struct BelowTarget {
    std::string plan_id, office /* as OfficeTally's */, objective_id, objective, indicator_id, code, indicator;
    std::string target, actual;  // as used by the achievement rule
    double percent = 0;          // uncapped capaian
    std::string category;
};

struct CascadeNode {
    std::string plan_id, office /* as OfficeTally's */, indicator_id, code, name;
    std::optional<double> percent;         // own capaian (uncapped); none when not computable
    std::optional<double> capped_percent;  // own capped capaian
    std::string category;                  // own category
    int supporters = 0;                    // direct supporters
    int supporters_computable = 0;         // of which computable (the ones averaged)
    std::optional<double> rolled_up;       // average capped capaian of the computable direct supporters
    std::string rolled_up_category;        // category of rolled_up on this indicator's plan bands
    std::vector<CascadeNode> children;
};

struct Consolidation {
    int year = 0;
    std::vector<OfficeTally> offices;    // in the order the plans were added
    CategoryTally totals;                // over every office in period
    std::vector<BelowTarget> below_target;
    std::vector<CascadeNode> cascade;    // roots: supported indicators that support nothing (or a missing one)
    Diagnostics problems;
};

class Consolidator {
public:
    explicit Consolidator(int year);
    ~Consolidator();
    Consolidator(Consolidator&&) noexcept;
    Consolidator& operator=(Consolidator&&) noexcept;

    void add(const Plan& plan);
    // The result; the Consolidator is empty afterwards.
    Consolidation finish();

private:
    struct State;
    std::unique_ptr<State> s_;
};

// Telling plans of one office apart where the regency view shows them side by side (a plan duplicated, an office's
// plans of two periods): an office with one plan in the set is named as it is; an office with more (the same name as
// name_key compares them; the plan id for an unnamed one) has each plan named by its period ("2018-2023") when no
// other plan of the office has that period, else by its title when no other has that title, else by its id.
struct PlanTag {
    std::string id, office, title;  // office: its name, or the plan id when unnamed
    int start_year = 0, end_year = 0;
};
PlanTag plan_tag(const Plan& plan);
struct PlanDistinction {
    enum class By { Nothing, Period, Title, Id } by = By::Nothing;
    std::string text;  // "2018-2023", the title, or the id; empty for Nothing
};
// One per plan of `plans`, in order.
std::vector<PlanDistinction> tell_apart(const std::vector<PlanTag>& plans);
// "Sekretariat Daerah — Indikator Kinerja Utama (IKU) Tahun 2018-2023 (salinan)"; the office alone for Nothing.
std::string plan_shown(const std::string& office, const PlanDistinction& d);
// The plan in a sentence: "periode 2018-2023" / "period 2018-2023", its title in quotes, or its id.
BiText plan_named(const PlanDistinction& d);
// How many offices the plans are of (as tell_apart groups them).
size_t office_count(const std::vector<PlanTag>& plans);

// All at once: Consolidator over `plans` in order.
Consolidation consolidate(const std::vector<Plan>& plans, int year);

// The colour of a category label as the totals list it ("" for a label no counted office uses): offices may keep
// their own bands, so a label is coloured as the regency's totals colour it, on screen and in the printed recap.
std::string category_color(const Consolidation& c, const std::string& label);

// A consolidation problem's location ("planId" or "planId/indicatorId") read out with the plans it was made from:
// the office's name (told apart from its other plans, plan_shown) and, for an indicator, its code and name, e.g. "Dinas Kesehatan, indikator 5 Angka kematian
// ibu" / "Dinas Kesehatan, indicator 5 ...". The location itself when no plan (or indicator) of the set has it.
BiText consolidation_place(const std::vector<Plan>& plans, const std::string& location);

// The names consolidation_place reads a location out with, kept per plan so that a summary of many files may drop
// each plan after adding it (the regency recap, core/regency_recap.h).
struct PlanNames {
    std::string plan_id, office;                                  // office: its name, or the plan id when unnamed
    PlanTag tag;                                                  // to tell the office's plans apart (plan_shown)
    std::vector<std::pair<std::string, std::string>> indicators;  // id, "code name"
};
PlanNames plan_names(const Plan& plan);
BiText consolidation_place(const std::vector<PlanNames>& plans, const std::string& location);

}  // namespace tolok
