// Colours for text drawn in a category band's colour: the band's hue, darkened until it reads on the light
// background (WCAG contrast of at least 4.5:1), so "Sedang" in its yellow and "Rendah" in its orange stay legible.
#pragma once

#include <string>

namespace tolok::app {

struct Rgb {
    float r = 0, g = 0, b = 0;  // 0..1
};

// "#rrggbb" as a colour; `fallback` for anything else.
Rgb rgb_of_hex(const std::string& hex, Rgb fallback);

// WCAG 2 contrast ratio of two colours (1 .. 21).
double contrast_ratio(Rgb a, Rgb b);

// `color` as it is when it reads on `background` with `min_ratio`, else scaled towards black (hue kept) until it does.
Rgb readable_on(Rgb color, Rgb background, double min_ratio = 4.5);

}  // namespace tolok::app
