// The indicator editor's moves through the one change path (see indicator_moves.h).
#include "app/logic/indicator_moves.h"

#include "core/plan_edit.h"

namespace tolok::app {

namespace {

std::string place_key(const Plan& plan, const std::string& indicator_id, const std::string& objective_id) {
    return plan.id + "\n" + indicator_id + "\n" + objective_id;
}

// Remembers where the indicator stands before it leaves its sasaran (AppState::places_left), one place per sasaran
// left: a trip through two other sasaran and back still finds it.
void remember_place(AppState& s, const Plan& plan, const std::string& indicator_id) {
    const IndicatorPlace here = place_of(plan, indicator_id);
    s.places_left[place_key(plan, indicator_id, here.objective_id)] = here;
}

}  // namespace

bool move_to_objective(AppState& s, const std::string& indicator_id, const std::string& objective_id) {
    const Plan* plan = current_plan(s);
    if (!plan) return false;
    const Indicator* ind = find_indicator(*plan, indicator_id);
    const Objective* from = objective_of(*plan, indicator_id);
    const OrderPlace to = objective_order(*plan, objective_id);
    if (!ind || !from || to.count == 0 || from->id == objective_id) return false;
    // Back to the sasaran it left: in front of the indicator it stood before (if that one is still there).
    std::string before;
    if (auto it = s.places_left.find(place_key(*plan, indicator_id, objective_id)); it != s.places_left.end())
        before = it->second.before_id;
    const std::string& to_code = plan->objectives[to.index].code;
    const BiText name{"Pindahkan indikator " + ind->code + " ke sasaran " + to_code, "Move indicator " + ind->code + " to objective " + to_code};
    remember_place(s, *plan, indicator_id);
    return move_indicator(change(s, name), indicator_id, objective_id, before);
}

std::string move_to_new_objective(AppState& s, const std::string& indicator_id) {
    const Plan* plan = current_plan(s);
    const Indicator* ind = plan ? find_indicator(*plan, indicator_id) : nullptr;
    if (!ind) return "";
    remember_place(s, *plan, indicator_id);
    Plan& p = change(s, BiText{"Sasaran baru untuk indikator " + ind->code, "New objective for indicator " + ind->code});
    const std::string objective_id = add_objective(p, "Sasaran baru");  // plan data: Indonesian in either language
    move_indicator(p, indicator_id, objective_id);
    return objective_id;
}

bool move_indicator_up_down(AppState& s, const std::string& indicator_id, int step) {
    const Plan* plan = current_plan(s);
    const Indicator* ind = plan ? find_indicator(*plan, indicator_id) : nullptr;
    if (!ind) return false;
    const OrderPlace place = indicator_order(*plan, indicator_id);
    if ((step != -1 && step != 1) || (step < 0 ? place.first() : place.last())) return false;
    const BiText name = step < 0 ? BiText{"Naikkan indikator " + ind->code, "Move indicator " + ind->code + " up"}
                                 : BiText{"Turunkan indikator " + ind->code, "Move indicator " + ind->code + " down"};
    return move_indicator_step(change(s, name), indicator_id, step);
}

bool move_objective_up_down(AppState& s, const std::string& objective_id, int step) {
    const Plan* plan = current_plan(s);
    if (!plan) return false;
    const OrderPlace place = objective_order(*plan, objective_id);
    if (place.count == 0 || (step != -1 && step != 1) || (step < 0 ? place.first() : place.last())) return false;
    const std::string& code = plan->objectives[place.index].code;
    const BiText name = step < 0 ? BiText{"Naikkan sasaran " + code, "Move objective " + code + " up"}
                                 : BiText{"Turunkan sasaran " + code, "Move objective " + code + " down"};
    return move_objective_step(change(s, name), objective_id, step);
}

}  // namespace tolok::app
