// The UI font (Inter, embedded at /fonts/Inter-Regular.ttf by cmake/wasm-app.cmake), rasterised at the device
// pixel ratio and scaled back to CSS pixels, so text stays sharp on HiDPI screens and after a browser zoom.
#pragma once

namespace tolok::platform {

// Loads the font for `pixel_ratio` (call once, after ImGui::CreateContext and before the first frame).
void load_fonts(float pixel_ratio);
// Rebuilds the font atlas and its texture when the ratio changed (browser zoom, another screen). Call between
// frames, before ImGui_ImplOpenGL3_NewFrame.
void refresh_fonts(float pixel_ratio);

}  // namespace tolok::platform
