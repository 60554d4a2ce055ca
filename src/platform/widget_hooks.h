// Records each ImGui item's label and rectangle per frame (ImGui 1.86 test-engine hooks), so browser tests and
// automation can find widgets by label: window.tolok.widgets().
#pragma once

#include <string>

namespace tolok::platform {

void widgets_begin_frame();        // call before ImGui::NewFrame()
std::string widgets_json();        // [{"label","id","x","y","w","h"}] of the last complete frame, CSS pixels

}  // namespace tolok::platform
