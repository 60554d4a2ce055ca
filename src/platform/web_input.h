// Input fixes for Emscripten 3.1.6's GLFW with Dear ImGui 1.86 (see docs notes): pointer position in CSS pixels
// (HiDPI), touch taps as clicks, a press and release within one frame kept as a click, wheel at a normal speed,
// clipboard through the browser (Ctrl+C/V with other programs), HiDPI canvas sizing.
#pragma once

struct GLFWwindow;

namespace tolok::platform {

// Installs the clipboard functions on ImGui's IO (call after the GLFW backend is initialised).
void install_clipboard();
// Routes GLFW key events through a filter that holds back a release when the key went down since the last frame,
// until one frame has seen the key down, so quick taps (Esc, Backspace, Ctrl+V) are not lost; and keys and characters
// typed after a key that moves the focus (Tab, Enter, Esc) wait for the next frame, so they reach the field focused
// next instead of the one being left. Call after the backend installed its callbacks.
void install_key_filter(GLFWwindow* window);
// Applies the releases held back for the frame that just ran (call at the start of each frame, before NewFrame).
void release_deferred_keys();
// Applies the pointer state gathered by web/index.html since the last frame (call after ImGui_ImplGlfw_NewFrame).
void apply_pointer_input();
// Hands pasted/composed text to ImGui once no Ctrl key is held (call before ImGui::NewFrame).
void deliver_text();
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
