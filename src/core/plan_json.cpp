// STUB (being replaced by the data work): the JSON mapping. See plan_json.h.
#include "plan_json.h"
namespace tolok {
PlanReadResult read_plans(const std::string&) { return {}; }
std::string write_plan(const Plan&) { return "{}\n"; }
std::string write_plans(const std::vector<Plan>&) { return "{}\n"; }
}  // namespace tolok
