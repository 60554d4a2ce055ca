// Input fixes for Emscripten 3.1.6's GLFW with Dear ImGui 1.86 (see docs notes): pointer position in CSS pixels
// (HiDPI), touch taps as clicks, keys queued so no fast press is lost, wheel at a normal speed,
// clipboard through the browser (Ctrl+C/V with other programs), HiDPI canvas sizing.
#pragma once

struct GLFWwindow;

namespace tolok::platform {

// Installs the clipboard functions on ImGui's IO (call after the GLFW backend is initialised).
void install_clipboard();
// Routes GLFW key and character events (and text pasted or composed in the page, tolok_paste) into a queue that
// deliver_key_events hands to ImGui frame by frame, so fast typing loses nothing and lands in order, in the field it
// was typed for. Call after the backend installed its callbacks.
void install_key_filter(GLFWwindow* window);
// Hands the queued key events to ImGui, in order, up to the first key ImGui acts on (editing and moving keys,
// shortcuts); after a key that moves the focus (Tab, Enter, Esc), waits until the focus has moved. Call at the start
// of each frame, before NewFrame.
void deliver_key_events();
// Applies the pointer state gathered by web/index.html since the last frame (call after ImGui_ImplGlfw_NewFrame).
void apply_pointer_input();
// Drops the frame's input (clicks, wheel, keys, typed and pasted text): the app takes none until its saved data is
// known (src/platform/web_main.cpp). Call after the input above and before ImGui::NewFrame.
void hold_input();
// Places the hidden text input (which receives IME text) at ImGui's text cursor, in CSS pixels.
void install_ime_position();
// Gives the hidden text input the focus while an ImGui text field is active (call after ImGui::Render).
void sync_text_focus();
// Sizes the canvas to the window at the device pixel ratio; returns the CSS size and the ratio.
void fit_canvas(int& css_width, int& css_height, float& pixel_ratio);

}  // namespace tolok::platform
