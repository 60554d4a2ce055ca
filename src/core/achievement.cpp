// STUB (being replaced by the engine work): the achievement rule. See achievement.h.
#include "achievement.h"
namespace tolok {
Achievement compute_achievement(const Plan&, const Indicator&, int, int) { return {}; }
ResolvedActual resolve_actual(const Plan&, const Indicator&, int, int) { return {}; }
Achievement achieve(const Value&, const Value&, Polarity, const AchievementSettings&, const GradeScale*) { return {}; }
const CategoryBand* category_for(const AchievementSettings&, double) { return nullptr; }
Diagnostics validate_bands(const std::vector<CategoryBand>&) { return {}; }
CategorySummary summarize_categories(const Plan&, int) { return {}; }
}  // namespace tolok
