// Implementation of the UI font's atlas configuration and the baked atlas (see ui_font.h).
#include "platform/ui_font.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace tolok::platform {
namespace {

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

constexpr char kMagic[8] = {'T', 'O', 'L', 'O', 'K', 'F', 'A', '1'};

// Everything the atlas depends on, so a baked atlas is only used for the configuration it was baked from.
struct Signature {
    std::uint32_t imgui_version = 0;
    std::uint32_t atlas_flags = 0;
    std::int32_t glyph_padding = 0;
    std::int32_t desired_width = 0;
    float size_pixels = 0;
    std::int32_t oversample_h = 0;
    std::int32_t oversample_v = 0;
    std::int32_t pixel_snap_h = 0;
    float rasterizer_multiply = 0;
    std::uint32_t ranges_hash = 0;
    std::uint32_t font_data_size = 0;
    std::uint32_t font_data_hash = 0;

    bool operator==(const Signature& o) const { return std::memcmp(this, &o, sizeof *this) == 0; }
};

std::uint32_t fnv1a(const void* data, std::size_t size, std::uint32_t h = 2166136261u) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) h = (h ^ p[i]) * 16777619u;
    return h;
}

// The signature of an atlas holding exactly one font; false for any other atlas.
bool signature_of(const ImFontAtlas& atlas, Signature& s) {
    if (atlas.ConfigData.Size != 1) return false;
    const ImFontConfig& cfg = atlas.ConfigData[0];
    s = Signature{};
    s.imgui_version = IMGUI_VERSION_NUM;
    s.atlas_flags = static_cast<std::uint32_t>(atlas.Flags);
    s.glyph_padding = atlas.TexGlyphPadding;
    s.desired_width = atlas.TexDesiredWidth;
    s.size_pixels = cfg.SizePixels;
    s.oversample_h = cfg.OversampleH;
    s.oversample_v = cfg.OversampleV;
    s.pixel_snap_h = cfg.PixelSnapH ? 1 : 0;
    s.rasterizer_multiply = cfg.RasterizerMultiply;
    std::size_t ranges = 0;
    if (cfg.GlyphRanges)
        while (cfg.GlyphRanges[ranges]) ++ranges;
    s.ranges_hash = fnv1a(cfg.GlyphRanges, ranges * sizeof(ImWchar));
    s.font_data_size = static_cast<std::uint32_t>(cfg.FontDataSize);
    s.font_data_hash = fnv1a(cfg.FontData, static_cast<std::size_t>(cfg.FontDataSize));
    return true;
}

template <typename T>
void put(std::string& out, const T& value) {
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

struct Reader {
    const std::string& bytes;
    std::size_t at = 0;
    template <typename T>
    bool get(T& value) {
        if (bytes.size() - at < sizeof value) return false;
        std::memcpy(&value, bytes.data() + at, sizeof value);
        at += sizeof value;
        return true;
    }
};

struct BakedGlyph {
    std::uint32_t codepoint_and_flags;  // codepoint | visible << 30 | colored << 31
    float advance_x, x0, y0, x1, y1, u0, v0, u1, v1;
};

const std::string* g_baked = nullptr;

// The baked atlas, read and checked before anything is applied.
struct BakedAtlas {
    std::int32_t width = 0, height = 0;
    std::vector<std::uint16_t> rect_xy;
    float ascent = 0, descent = 0, surface = 0;
    std::vector<BakedGlyph> glyphs;
    const char* pixels = nullptr;
};

bool read_baked(const std::string& bytes, BakedAtlas& a) {
    Reader r{bytes, sizeof kMagic + sizeof(Signature)};
    std::int32_t rect_count = 0;
    std::uint32_t glyph_count = 0;
    if (!r.get(a.width) || !r.get(a.height) || !r.get(rect_count) || rect_count < 0 || rect_count > 64) return false;
    a.rect_xy.resize(static_cast<std::size_t>(rect_count) * 2);
    for (std::uint16_t& v : a.rect_xy)
        if (!r.get(v)) return false;
    if (!r.get(a.ascent) || !r.get(a.descent) || !r.get(a.surface) || !r.get(glyph_count) || glyph_count > 0x10000) return false;
    a.glyphs.resize(glyph_count);
    for (BakedGlyph& g : a.glyphs)
        if (!r.get(g)) return false;
    if (a.width <= 0 || a.height <= 0 || a.width > 16384 || a.height > 16384) return false;
    if (bytes.size() - r.at != static_cast<std::size_t>(a.width) * static_cast<std::size_t>(a.height)) return false;
    a.pixels = bytes.data() + r.at;
    return true;
}

// An ImFontBuilderIO that fills the atlas from g_baked (its signature checked by use_baked_font_atlas) the way
// ImFontAtlasBuildWithStbTruetype leaves it, without rasterising; ImGui's own builder when the bytes do not read.
bool build_from_baked(ImFontAtlas* atlas) {
    BakedAtlas a;
    ImFontAtlasBuildInit(atlas);  // registers the white-pixel and line rectangles, as the builder does
    if (!g_baked || !read_baked(*g_baked, a) || a.rect_xy.size() != static_cast<std::size_t>(atlas->CustomRects.Size) * 2)
        return ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(atlas);
    for (int i = 0; i < atlas->CustomRects.Size; ++i) {
        atlas->CustomRects[i].X = a.rect_xy[static_cast<std::size_t>(i) * 2];
        atlas->CustomRects[i].Y = a.rect_xy[static_cast<std::size_t>(i) * 2 + 1];
    }
    ImFontConfig& cfg = atlas->ConfigData[0];
    ImFont* font = cfg.DstFont;
    ImFontAtlasBuildSetupFont(atlas, font, &cfg, a.ascent, a.descent);
    font->Glyphs.reserve(static_cast<int>(a.glyphs.size()));
    for (const BakedGlyph& b : a.glyphs) {
        ImFontGlyph g;
        g.Codepoint = b.codepoint_and_flags & 0x3FFFFFFFu;
        g.Visible = (b.codepoint_and_flags >> 30) & 1u;
        g.Colored = (b.codepoint_and_flags >> 31) & 1u;
        g.AdvanceX = b.advance_x;
        g.X0 = b.x0, g.Y0 = b.y0, g.X1 = b.x1, g.Y1 = b.y1;
        g.U0 = b.u0, g.V0 = b.v0, g.U1 = b.u1, g.V1 = b.v1;
        font->Glyphs.push_back(g);
    }
    font->MetricsTotalSurface = static_cast<int>(a.surface);
    font->DirtyLookupTables = true;
    const std::size_t pixels = static_cast<std::size_t>(a.width) * static_cast<std::size_t>(a.height);
    atlas->TexID = nullptr;
    atlas->ClearTexData();
    atlas->TexWidth = a.width;
    atlas->TexHeight = a.height;
    atlas->TexUvScale = ImVec2(1.0f / static_cast<float>(a.width), 1.0f / static_cast<float>(a.height));
    atlas->TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(pixels));
    std::memcpy(atlas->TexPixelsAlpha8, a.pixels, pixels);
    ImFontAtlasBuildFinish(atlas);  // white pixel, line UVs, lookup tables
    return true;
}

}  // namespace

bool add_ui_font(ImFontAtlas& atlas, float pixel_ratio, const char* ttf_path) {
    // The texture is as tall as its glyphs need (WebGL2 takes any size): less to convert to RGBA and upload.
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    return atlas.AddFontFromFileTTF(ttf_path, kUiFontSize * pixel_ratio, nullptr, kGlyphRanges) != nullptr;
}

std::string bake_font_atlas(const ImFontAtlas& atlas) {
    Signature signature;
    if (!signature_of(atlas, signature) || !atlas.TexPixelsAlpha8 || atlas.Fonts.Size != 1) return {};
    std::string out(kMagic, sizeof kMagic);
    put(out, signature);
    put(out, static_cast<std::int32_t>(atlas.TexWidth));
    put(out, static_cast<std::int32_t>(atlas.TexHeight));
    put(out, static_cast<std::int32_t>(atlas.CustomRects.Size));
    for (const ImFontAtlasCustomRect& rect : atlas.CustomRects) {
        put(out, static_cast<std::uint16_t>(rect.X));
        put(out, static_cast<std::uint16_t>(rect.Y));
    }
    const ImFont& font = *atlas.Fonts[0];
    put(out, font.Ascent);
    put(out, font.Descent);
    put(out, static_cast<float>(font.MetricsTotalSurface));
    put(out, static_cast<std::uint32_t>(font.Glyphs.Size));
    for (const ImFontGlyph& g : font.Glyphs) {
        BakedGlyph b{g.Codepoint | (g.Visible << 30) | (static_cast<std::uint32_t>(g.Colored) << 31),
                     g.AdvanceX, g.X0, g.Y0, g.X1, g.Y1, g.U0, g.V0, g.U1, g.V1};
        put(out, b);
    }
    out.append(reinterpret_cast<const char*>(atlas.TexPixelsAlpha8),
               static_cast<std::size_t>(atlas.TexWidth) * static_cast<std::size_t>(atlas.TexHeight));
    return out;
}

bool use_baked_font_atlas(ImFontAtlas& atlas, const std::string* baked) {
    Signature want, got;
    if (!baked || baked->size() < sizeof kMagic + sizeof got || std::memcmp(baked->data(), kMagic, sizeof kMagic) != 0)
        return false;
    std::memcpy(&got, baked->data() + sizeof kMagic, sizeof got);
    if (!signature_of(atlas, want) || !(want == got)) return false;
    static ImFontBuilderIO builder;
    builder.FontBuilder_Build = build_from_baked;
    g_baked = baked;
    atlas.FontBuilderIO = &builder;
    return true;
}

std::string baked_font_atlas_name(float pixel_ratio) {
    return "ui-font-atlas-" + std::to_string(static_cast<int>(std::lround(pixel_ratio * 100.0f))) + ".bin";
}

}  // namespace tolok::platform
