// What the regency summary's averages are over (`tolok summary` and the app's Kabupaten tab): per office the core's
// summary_basis of its plan (the category scale, computable indicators only, the cap when set), and a note when the
// regency total pools plans whose cap or category scale differ (their averages and category counts are then not
// fully comparable).
#pragma once

#include <optional>
#include <vector>

#include "diagnostic.h"
#include "model.h"

namespace tolok {

struct SummaryBasis {
    std::vector<std::optional<BiText>> offices;  // per office in the order added; none for an office outside the period
    bool same_for_all = true;                    // every counted office has the same basis text
    std::optional<BiText> pooled_note;           // set when the counted offices differ in cap or category scale
};

// `settings[i]` and `in_period[i]` belong to the i-th office (plan) added to the consolidation.
SummaryBasis summary_basis_of(const std::vector<AchievementSettings>& settings, const std::vector<bool>& in_period);

}  // namespace tolok
