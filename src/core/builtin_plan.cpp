// The built-in plan (IKU Setda Tanggamus 2018-2023): the embedded asset read through the normal strict reader.
#include "builtin_plan.h"

#include <cassert>

#include "plan_json.h"

namespace tolok {

Plan builtin_plan() {
    static const Plan plan = [] {
        PlanReadResult r = read_plans(builtin_plan_json());
        assert(r.ok() && "the built-in plan must read without errors");
        return r.ok() ? r.plans.front() : Plan{};
    }();
    return plan;
}

}  // namespace tolok
