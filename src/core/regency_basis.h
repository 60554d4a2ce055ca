// What the regency summary's averages are over (`tolok summary` and the app's Kabupaten tab): per office the core's
// summary_basis of its plan (the category scale, computable indicators only, the cap when set, indicators with a cap
// of their own), and a note when the regency total pools plans whose cap, category scale or lower-is-better rule
// differ (their averages and category counts are then not fully comparable). When the lower-is-better rules differ,
// each office's basis also names its rule.
#pragma once

#include <optional>
#include <vector>

#include "diagnostic.h"
#include "model.h"

namespace tolok {

struct SummaryBasis {
    std::vector<std::optional<BiText>> offices;  // per office in the order added; none for an office outside the period
    bool same_for_all = true;                    // every counted office has the same basis text
    std::optional<BiText> pooled_note;           // set when the counted offices differ in cap, category scale or rule
};

// What one plan's part of the basis depends on, kept small so a summary of many files may drop the plan after it.
struct PlanBasis {
    AchievementSettings settings;
    BiText text;                   // summary_basis(plan), or of the settings alone
    int own_caps = 0;              // indicators capped otherwise than the plan: a cap of their own, or none under a plan cap
    bool lower_is_better = true;   // some indicator is minimize or stabilize (the minimize rule may apply)
};
PlanBasis plan_basis(const Plan& plan);

// `plans[i]` and `in_period[i]` belong to the i-th office (plan) added to the consolidation.
SummaryBasis summary_basis_of(const std::vector<PlanBasis>& plans, const std::vector<bool>& in_period);
// From the settings alone (no indicator caps known; every plan taken to have lower-is-better indicators).
SummaryBasis summary_basis_of(const std::vector<AchievementSettings>& settings, const std::vector<bool>& in_period);

}  // namespace tolok
