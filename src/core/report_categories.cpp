// The achievement categories as the documents print them (see report_common.h): a category cell in its band colour,
// and the table of how many indicators fall in each band for a year or a quarter, with the average capaian and what
// it is over (summarize_categories, summary_basis: achievement.h). The LKjIP and the monitoring report share them.
#include <cctype>

#include "colors.h"
#include "report_common.h"
#include "value.h"

namespace tolok::report {

namespace {

// A band's range as "[76 ; 90] %". The lowest band also takes every capaian below it (a negative one from
// (2 - R/T)), so it reads "<= 50 %"; the highest without an end "> 90 %".
std::string band_range(const CategoryBand& b, bool lowest, Lang lang) {
    if (lowest && b.max) return std::string(b.max_inclusive ? "\xE2\x89\xA4 " : "< ") + format_number_short(*b.max, lang) + " %";
    if (!b.max) return std::string(b.min_inclusive ? "\xE2\x89\xA5 " : "> ") + format_number_short(b.min, lang) + " %";
    std::string s = b.min_inclusive ? "[" : "(";
    s += format_number_short(b.min, lang) + " ; ";
    s += b.max ? format_number_short(*b.max, lang) : std::string("∞");
    s += b.max && b.max_inclusive ? "]" : ")";
    return s + " %";
}

}  // namespace

// A band colour is used only when it is a plain "#rgb" / "#rrggbb" (it goes into a style attribute); the text on
// it is black or white, whichever reads better (colors.h).
void category_cell(HtmlWriter& w, const std::string& label, const std::string& colour) {
    if (label.empty()) { w.element("td", "-", {{"class", "c"}}); return; }
    const Rgb none{-1, -1, -1};
    const Rgb background = rgb_of_hex(colour, none);
    if (background.r < 0) { w.element("td", label, {{"class", "cat"}}); return; }
    w.element("td", label, {{"class", "cat"}, {"style", "background:" + colour + ";color:" + text_on(background)}});
}

void category_summary(HtmlWriter& w, const Plan& plan, int year, int quarter, Lang lang) {
    CategorySummary sum = summarize_categories(plan, year, quarter);
    const std::vector<CategoryBand>& bands = bands_in_force(plan.settings);
    const std::string when = (quarter ? std::string(quarter_name(quarter, lang)) + " " : std::string()) + std::to_string(year);
    w.element("h3", std::string(tr(lang, "Ringkasan kategori capaian ", "Achievement categories ")) + when);
    w.open("table", {{"class", "summary"}, {"style", "width:70%"}}).open("thead").open("tr");
    w.element("th", tr(lang, "Kategori", "Category"));
    w.element("th", tr(lang, "Rentang capaian", "Achievement range"));
    w.element("th", tr(lang, "Jumlah indikator", "Indicators"));
    w.close("tr").close("thead").open("tbody");
    for (const auto& [label, count] : sum.counts) {
        std::string range, colour;
        for (const auto& b : bands) {
            bool lowest = true;
            for (const auto& other : bands) lowest = lowest && other.min >= b.min;
            if (b.label == label) { range = band_range(b, lowest, lang); colour = b.color; }
        }
        w.open("tr");
        category_cell(w, label, colour);
        w.element("td", range, {{"class", "c"}});
        w.element("td", std::to_string(count), {{"class", "c"}});
        w.close("tr");
    }
    w.open("tr").element("td", tr(lang, "Tidak dapat dihitung", "Not computable"), {{"colspan", "2"}})
        .element("td", std::to_string(sum.not_computable), {{"class", "c"}}).close("tr");
    w.open("tr").element("td", tr(lang, "Rata-rata capaian", "Average achievement"), {{"colspan", "2"}})
        .element("td", sum.average ? format_number(*sum.average, 2, lang) + " %" : std::string("-"), {{"class", "c"}}).close("tr");
    w.close("tbody").close("table").raw("\n");
    std::string basis = summary_basis(plan).in(lang);
    basis[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(basis[0])));
    w.element("p", basis + ".", {{"class", "note"}});
}

}  // namespace tolok::report
