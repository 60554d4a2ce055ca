// Implementation of the UI font at the device pixel ratio (see web_fonts.h).
#include "platform/web_fonts.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

namespace {

constexpr float kFontSize = 16.0f;  // CSS pixels
// Latin-1 plus the punctuation and maths signs that plans contain (en dash in the seed, quotes, ellipsis, minus,
// comparison signs, arrows); other characters show as '?'.
// cmake/wasm-app.cmake subsets the embedded font to these same ranges: keep the two lists equal.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1 Supplement (× included)
    0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
    0x2030, 0x2030,  // per mille
    0x2190, 0x2193,  // arrows
    0x2212, 0x2212,  // minus sign
    0x2260, 0x2265,  // not equal, less/greater or equal
    0,
};
float g_loaded_ratio = 0.0f;

}  // namespace

namespace tolok::platform {

void load_fonts(float pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // The atlas texture is as tall as its glyphs need (WebGL2 takes any size): less to convert to RGBA and upload.
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    if (io.Fonts->AddFontFromFileTTF("/fonts/Inter-Regular.ttf", kFontSize * pixel_ratio, nullptr, kGlyphRanges)) {
        io.FontGlobalScale = 1.0f / pixel_ratio;
    } else {
        io.Fonts->AddFontDefault();
        io.FontGlobalScale = 1.0f;
    }
    g_loaded_ratio = pixel_ratio;
}

void refresh_fonts(float pixel_ratio) {
    if (pixel_ratio == g_loaded_ratio || pixel_ratio <= 0.0f) return;
    load_fonts(pixel_ratio);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

}  // namespace tolok::platform
