// Category band colours made legible, by the WCAG contrast ratio: text drawn in a band's colour on the app's light
// background (darkened, hue kept, until it reads at 4.5:1), and the text colour on a band-coloured cell in the
// printed documents (black or white, whichever reads better).
#pragma once

#include <string>

namespace tolok {

struct Rgb {
    float r = 0, g = 0, b = 0;  // 0..1
};

// "#rrggbb" or "#rgb" as a colour; `fallback` for anything else.
Rgb rgb_of_hex(const std::string& hex, Rgb fallback);

// A colour as "#rrggbb" (each channel rounded, clamped to 0..1), the form plans keep band colours in.
std::string hex_of(Rgb color);

// WCAG 2 contrast ratio of two colours (1 .. 21).
double contrast_ratio(Rgb a, Rgb b);

// `color` as it is when it reads on `background` with `min_ratio`, else scaled towards black (hue kept) until it does.
Rgb readable_on(Rgb color, Rgb background, double min_ratio = 4.5);

// "#000" or "#fff", whichever reads better on `background`.
const char* text_on(Rgb background);

}  // namespace tolok
