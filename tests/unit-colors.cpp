// Tests of the legible band colours (core/colors.h): contrast ratios as WCAG computes them, the default bands'
// yellow and orange darkened to 4.5:1 on the light background with their hue kept, dark colours untouched, and the
// text on a band-coloured cell of the documents.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/colors.h"
#include "core/achievement.h"

using namespace tolok;

TEST_SUITE("colors") {

TEST_CASE("band colours used as text read on the light background, their hue kept") {
    const Rgb white{1, 1, 1}, black{0, 0, 0}, background{0.94f * 0.95f, 0.94f * 0.95f, 0.94f * 0.95f};
    CHECK(contrast_ratio(white, black) == doctest::Approx(21));
    CHECK(contrast_ratio(white, white) == doctest::Approx(1));
    CHECK(contrast_ratio(rgb_of_hex("#767676", black), white) == doctest::Approx(4.54).epsilon(0.01));  // WCAG's grey
    // Written back as a plan keeps it: "#rrggbb", read the same; "#f90" comes back long.
    for (const char* hex : {"#4caf50", "#000000", "#ffffff", "#f9a825"}) CHECK(hex_of(rgb_of_hex(hex, black)) == hex);
    CHECK(hex_of(rgb_of_hex("#f90", black)) == "#ff9900");
    CHECK(hex_of(Rgb{1.5f, -0.2f, 0.5f}) == "#ff0080");

    for (const auto& band : default_category_bands()) {
        CAPTURE(band.label);
        const Rgb given = rgb_of_hex(band.color, black);
        const Rgb shown = readable_on(given, background);
        CHECK(contrast_ratio(shown, background) >= 4.5);
        // the hue: the channels keep their proportions
        const float max_given = std::max({given.r, given.g, given.b}), max_shown = std::max({shown.r, shown.g, shown.b});
        CHECK(shown.r / max_shown == doctest::Approx(given.r / max_given).epsilon(0.01));
        CHECK(shown.g / max_shown == doctest::Approx(given.g / max_given).epsilon(0.01));
    }
    const Rgb yellow = rgb_of_hex("#f9a825", black);  // "Sedang" by default: 1.9:1 as given
    CHECK(contrast_ratio(yellow, background) < 3);
    const Rgb dark_blue = rgb_of_hex("#1f5fa8", black);
    const Rgb kept = readable_on(dark_blue, background);
    CHECK(kept.r == dark_blue.r);
    CHECK(kept.b == dark_blue.b);
    CHECK(rgb_of_hex("kuning", white).r == 1.0f);  // not a colour: the fallback
    CHECK(rgb_of_hex("#12345z", white).g == 1.0f);
    CHECK(rgb_of_hex("#f90", black).g == doctest::Approx(0x99 / 255.0));  // the short form
    // On a band-coloured cell: white on the red and the blue, black on the orange, yellow and green.
    CHECK(std::string(text_on(rgb_of_hex("#c62828", black))) == "#fff");
    CHECK(std::string(text_on(rgb_of_hex("#1565c0", black))) == "#fff");
    CHECK(std::string(text_on(rgb_of_hex("#ef6c00", black))) == "#000");
    CHECK(std::string(text_on(rgb_of_hex("#f9a825", black))) == "#000");
}

}
