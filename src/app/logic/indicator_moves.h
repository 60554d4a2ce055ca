// The indicator editor's moves, each one undoable step through change() with its name in both languages: an
// indicator to another sasaran (back to the place it left when it returns to the sasaran it came from), to a new
// sasaran, one place up or down within its sasaran, and its sasaran one place up or down in the plan.
#pragma once

#include <string>

#include "app/state.h"

namespace tolok::app {

// Moves the indicator of the plan shown to the sasaran `objective_id` ("Pindahkan indikator 6 ke sasaran 1"): in
// front of the indicator it stood before when it left that sasaran in this session (5, 6, 7, 8 again after a trip to
// another sasaran, not 5, 7, 8, 6), else at its end. False (no step) when nothing would move.
bool move_to_objective(AppState& s, const std::string& indicator_id, const std::string& objective_id);
// Moves it to a new sasaran, added at the end of the plan and named "Sasaran baru"; returns the new sasaran's id
// (empty when the indicator is unknown).
std::string move_to_new_objective(AppState& s, const std::string& indicator_id);
// One place up (`step` -1) or down (+1) within its sasaran ("Naikkan indikator 6" / "Move indicator 6 up"); its
// code stays. False (no step) at the end it would leave.
bool move_indicator_up_down(AppState& s, const std::string& indicator_id, int step);
// The sasaran one place up or down in the plan, with its indicators ("Turunkan sasaran 3" / "Move objective 3 down").
bool move_objective_up_down(AppState& s, const std::string& objective_id, int step);

}  // namespace tolok::app
