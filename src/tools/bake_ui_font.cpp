// Build tool (compiled with Emscripten, run with node by cmake/wasm-app.cmake): bakes the UI font's atlas for the
// given device pixel ratios with Dear ImGui's own builder, checks that the app's baked-atlas builder
// (src/platform/ui_font.cpp) gives back the very same atlas, and writes one file per ratio.
//   node tolok_bake_ui_font.js FONT.ttf OUT_DIR RATIO...
#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "platform/ui_font.h"

namespace {

bool same_vec(ImVec2 a, ImVec2 b) { return a.x == b.x && a.y == b.y; }
bool same_vec(ImVec4 a, ImVec4 b) { return a.x == b.x && a.y == b.y && a.z == b.z && a.w == b.w; }

// Every output of the two builds that the app reads: texture, UVs, font metrics, glyphs and lookup tables.
std::string difference(const ImFontAtlas& a, const ImFontAtlas& b) {
    if (a.TexWidth != b.TexWidth || a.TexHeight != b.TexHeight) return "texture size";
    if (std::memcmp(a.TexPixelsAlpha8, b.TexPixelsAlpha8, static_cast<std::size_t>(a.TexWidth) * a.TexHeight) != 0)
        return "texture pixels";
    if (!same_vec(a.TexUvScale, b.TexUvScale) || !same_vec(a.TexUvWhitePixel, b.TexUvWhitePixel)) return "white pixel";
    for (int i = 0; i <= IM_DRAWLIST_TEX_LINES_WIDTH_MAX; ++i)
        if (!same_vec(a.TexUvLines[i], b.TexUvLines[i])) return "line UVs";
    if (a.Fonts.Size != 1 || b.Fonts.Size != 1) return "font count";
    const ImFont& fa = *a.Fonts[0];
    const ImFont& fb = *b.Fonts[0];
    if (fa.FontSize != fb.FontSize || fa.Ascent != fb.Ascent || fa.Descent != fb.Descent) return "font metrics";
    if (fa.FallbackChar != fb.FallbackChar || fa.EllipsisChar != fb.EllipsisChar || fa.DotChar != fb.DotChar ||
        fa.FallbackAdvanceX != fb.FallbackAdvanceX)
        return "fallback glyphs";
    if (fa.Glyphs.Size != fb.Glyphs.Size) return "glyph count";
    for (int i = 0; i < fa.Glyphs.Size; ++i)
        if (std::memcmp(&fa.Glyphs[i], &fb.Glyphs[i], sizeof(ImFontGlyph)) != 0) return "glyph " + std::to_string(i);
    if (fa.IndexAdvanceX.Size != fb.IndexAdvanceX.Size || fa.IndexLookup.Size != fb.IndexLookup.Size ||
        std::memcmp(fa.IndexAdvanceX.Data, fb.IndexAdvanceX.Data, sizeof(float) * fa.IndexAdvanceX.Size) != 0 ||
        std::memcmp(fa.IndexLookup.Data, fb.IndexLookup.Data, sizeof(ImWchar) * fa.IndexLookup.Size) != 0)
        return "lookup tables";
    return {};
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: bake_ui_font FONT.ttf OUT_DIR RATIO...\n");
        return 2;
    }
    ImGui::CreateContext();  // ImGui's allocator and the atlas builder need a context
    for (int i = 3; i < argc; ++i) {
        const float ratio = std::strtof(argv[i], nullptr);
        ImFontAtlas reference;
        if (ratio <= 0.0f || !tolok::platform::add_ui_font(reference, ratio, argv[1]) || !reference.Build()) {
            std::fprintf(stderr, "bake_ui_font: cannot build the atlas of %s at ratio %s\n", argv[1], argv[i]);
            return 1;
        }
        const std::string baked = tolok::platform::bake_font_atlas(reference);
        ImFontAtlas rebuilt;
        tolok::platform::add_ui_font(rebuilt, ratio, argv[1]);
        if (baked.empty() || !tolok::platform::use_baked_font_atlas(rebuilt, &baked) || !rebuilt.Build()) {
            std::fprintf(stderr, "bake_ui_font: the baked atlas at ratio %s does not load\n", argv[i]);
            return 1;
        }
        const std::string diff = difference(reference, rebuilt);
        if (!diff.empty()) {
            std::fprintf(stderr, "bake_ui_font: the baked atlas at ratio %s differs from ImGui's in: %s\n", argv[i], diff.c_str());
            return 1;
        }
        const std::string path = std::string(argv[2]) + "/" + tolok::platform::baked_font_atlas_name(ratio);
        std::FILE* f = std::fopen(path.c_str(), "wb");
        if (!f || std::fwrite(baked.data(), 1, baked.size(), f) != baked.size() || std::fclose(f) != 0) {
            std::fprintf(stderr, "bake_ui_font: cannot write %s\n", path.c_str());
            return 1;
        }
        std::printf("%s: %dx%d texture, %d glyphs, %zu bytes\n", path.c_str(), reference.TexWidth, reference.TexHeight,
                    reference.Fonts[0]->Glyphs.Size, baked.size());
    }
    ImGui::DestroyContext();
    return 0;
}
