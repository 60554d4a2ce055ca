// Records each ImGui item's label and rectangle per frame (ImGui 1.86 test-engine hooks), so browser tests and
// automation can find widgets by label: window.tolok.widgets(); and the text a frame draws (screenText()).
#pragma once

#include <string>

namespace tolok::platform {

void widgets_begin_frame();        // call before ImGui::NewFrame()
std::string widgets_json();        // [{"label","id","x","y","w","h"}] of the last complete frame, CSS pixels
// The text a frame draws, line by line (ImGui's text logging, no tree node opened by it): what a user reads on the
// screen, for tests (window.tolok.screenText()). Call begin right after ImGui::NewFrame() and end before Render().
void screen_text_begin();
std::string screen_text_end();

}  // namespace tolok::platform
