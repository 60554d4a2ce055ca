// The UI font's atlas: its configuration (Inter at 16 CSS pixels times the device pixel ratio, the glyph ranges the
// UI draws), and the atlas baked at build time. src/tools/bake_ui_font.cpp builds the atlas with ImGui's own
// builder for the common pixel ratios and writes it with bake_font_atlas(); the app loads it with
// use_baked_font_atlas(), which skips rasterising some 250 glyphs with stb_truetype while the app starts.
#pragma once

#include <string>

struct ImFontAtlas;

namespace tolok::platform {

constexpr float kUiFontSize = 16.0f;  // CSS pixels

// Adds the UI font from the TrueType file at `ttf_path`, sized for `pixel_ratio`, to an empty atlas. False when the
// file cannot be read.
bool add_ui_font(ImFontAtlas& atlas, float pixel_ratio, const char* ttf_path);

// The built atlas (texture, white pixel and line rectangles, glyphs) as bytes.
std::string bake_font_atlas(const ImFontAtlas& atlas);

// Makes the atlas's next Build() take the baked bytes instead of rasterising. `baked` must stay alive until then.
// False (atlas unchanged) when the bytes were not baked from an atlas with the same font configuration and ImGui
// version.
bool use_baked_font_atlas(ImFontAtlas& atlas, const std::string* baked);

// The baked atlas's file name for a pixel ratio: "ui-font-atlas-<ratio x 100>.bin".
std::string baked_font_atlas_name(float pixel_ratio);

}  // namespace tolok::platform
