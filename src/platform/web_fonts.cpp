// Implementation of the UI font at the device pixel ratio (see web_fonts.h).
#include "platform/web_fonts.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <cstdio>
#include <string>

#include "platform/ui_font.h"

namespace {

constexpr char kFontPath[] = "/fonts/Inter-Regular.ttf";
float g_loaded_ratio = 0.0f;
std::string g_baked_atlas;  // the atlas baked for g_loaded_ratio, read by the atlas's next Build()

// The atlas baked at build time for this ratio (cmake/wasm-app.cmake embeds them under /fonts), or "".
std::string read_baked_atlas(float pixel_ratio) {
    std::string bytes;
    if (std::FILE* f = std::fopen(("/fonts/" + tolok::platform::baked_font_atlas_name(pixel_ratio)).c_str(), "rb")) {
        char buffer[16384];
        for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) bytes.append(buffer, n);
        std::fclose(f);
    }
    return bytes;
}

}  // namespace

namespace tolok::platform {

void load_fonts(float pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->FontBuilderIO = nullptr;
    if (add_ui_font(*io.Fonts, pixel_ratio, kFontPath)) {
        io.FontGlobalScale = 1.0f / pixel_ratio;
        g_baked_atlas = read_baked_atlas(pixel_ratio);
        use_baked_font_atlas(*io.Fonts, &g_baked_atlas);  // otherwise ImGui rasterises the glyphs
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
