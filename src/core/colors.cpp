// Legible band colours (see colors.h).
#include "colors.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace tolok {

namespace {
double linear(float channel) { return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4); }
double luminance(Rgb c) { return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b); }
}  // namespace

Rgb rgb_of_hex(const std::string& hex, Rgb fallback) {
    if ((hex.size() != 7 && hex.size() != 4) || hex[0] != '#') return fallback;
    for (size_t i = 1; i < hex.size(); ++i)
        if (!std::isxdigit(static_cast<unsigned char>(hex[i]))) return fallback;
    const unsigned long v = std::strtoul(hex.c_str() + 1, nullptr, 16);
    if (hex.size() == 4)  // "#f90" is "#ff9900"
        return Rgb{((v >> 8) & 15) * 17 / 255.0f, ((v >> 4) & 15) * 17 / 255.0f, (v & 15) * 17 / 255.0f};
    return Rgb{((v >> 16) & 255) / 255.0f, ((v >> 8) & 255) / 255.0f, (v & 255) / 255.0f};
}

std::string hex_of(Rgb color) {
    auto channel = [](float v) { return static_cast<unsigned>(std::min(1.0f, std::max(0.0f, v)) * 255.0f + 0.5f); };
    char hex[8];
    std::snprintf(hex, sizeof hex, "#%02x%02x%02x", channel(color.r), channel(color.g), channel(color.b));
    return hex;
}

double contrast_ratio(Rgb a, Rgb b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const char* text_on(Rgb background) {
    return contrast_ratio(Rgb{0, 0, 0}, background) >= contrast_ratio(Rgb{1, 1, 1}, background) ? "#000" : "#fff";
}

Rgb readable_on(Rgb color, Rgb background, double min_ratio) {
    Rgb out = color;
    for (int step = 0; step < 100 && contrast_ratio(out, background) < min_ratio; ++step) {
        out.r *= 0.95f;
        out.g *= 0.95f;
        out.b *= 0.95f;
    }
    return out;
}

}  // namespace tolok
