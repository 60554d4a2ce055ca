// Rencana > Buka rencana bawaan: opening the shipped Tanggamus plan without ever replacing, unasked, the copy the
// user has worked in (the menu item replaced it by id, realisasi typed for a year gone with no question).
#include "app/state.h"
#include "core/builtin_plan.h"
#include "core/plan_json.h"

namespace tolok::app {

namespace {

// The index of the plan held under the shipped plan's id, or npos.
size_t held_builtin(const AppState& s, const Plan& shipped) {
    for (size_t i = 0; i < s.plans.size(); ++i)
        if (s.plans[i].id == shipped.id) return i;
    return std::string::npos;
}

}  // namespace

void open_builtin_plan(AppState& s) {
    const Plan shipped = builtin_plan();
    const size_t held = held_builtin(s, shipped);
    if (held == std::string::npos) {
        apply_plans(s, {shipped}, BiText{"Buka rencana bawaan", "Open the built-in plan"});
        return;
    }
    if (write_plan(s.plans[held]) == write_plan(shipped)) {
        s.current = held;  // nothing to replace: only shown
        return;
    }
    s.confirm_builtin_replace = true;
}

void show_held_builtin_plan(AppState& s) {
    const size_t held = held_builtin(s, builtin_plan());
    if (held != std::string::npos) s.current = held;
}

void replace_with_builtin_plan(AppState& s) {
    apply_plans(s, {builtin_plan()}, BiText{"Ganti dengan rencana bawaan", "Replace with the built-in plan"});
    say(s, BiText{"Rencana Tanggamus diganti dengan rencana bawaan; Ctrl+Z mengembalikan perubahan Anda.",
                  "The Tanggamus plan replaced with the built-in one; Ctrl+Z brings your changes back."});
}

}  // namespace tolok::app
