// The LKjIP for one year: BAB I, II and IV (report_lkjip_chapters.cpp) around the measurement tables of BAB III
// Akuntabilitas Kinerja: per sasaran, each indicator's target,
// realisasi, capaian and category (with the band colour); the realisasi and capaian of the earlier plan years; the
// realisasi against the end-of-period target; an SVG chart per indicator; and the count of indicators per category.
// Every number comes from compute_achievement / summarize_categories (achievement.h).
#include <algorithm>

#include "report_common.h"
#include "value.h"

namespace tolok::report {

namespace {

void measurement_table(HtmlWriter& w, const Plan& plan, const Objective& o, int year, Lang lang) {
    const std::string y = std::to_string(year);
    w.open("table", {{"class", "measure"}}).open("thead").open("tr");
    w.element("th", "No");
    w.element("th", tr(lang, "Indikator Kinerja", "Performance indicator"));
    w.element("th", "Target " + y);
    w.element("th", std::string(tr(lang, "Realisasi ", "Actual (realisasi) ")) + y);
    w.element("th", tr(lang, "Capaian (%)", "Achievement (%)"));
    w.element("th", tr(lang, "Kategori", "Category"));
    w.close("tr").open("tr", {{"class", "colnum"}});
    for (int i = 1; i <= 6; ++i) w.element("th", std::to_string(i));
    w.close("tr").close("thead").open("tbody").raw("\n");
    for (const auto& ind : o.indicators) {
        Achievement a = compute_achievement(plan, ind, year);
        w.open("tr", {{"data-indicator", ind.id}});
        w.element("td", ind.code, {{"class", "c"}});
        w.element("td", ind.name);
        value_cell(w, text_with_unit(a.target, ind.unit), lang);
        value_cell(w, text_with_unit(shown_actual(plan, ind, year, a), ind.unit), lang);
        w.element("td", percent_text(a, lang), {{"class", "r capaian"}});
        category_cell(w, a.category, a.color);
        w.close("tr").raw("\n");
    }
    w.close("tbody").close("table").raw("\n");
    // The working of each capaian, and the analysis written with the realisasi.
    for (const auto& ind : o.indicators) {
        Achievement a = compute_achievement(plan, ind, year);
        auto it = ind.years.find(year);
        const std::string& note = it == ind.years.end() ? std::string() : it->second.actual.note;
        w.open("p", {{"class", "note"}});
        w.element("strong", ind.code + ". ");
        working_text(w, a.explanation.in(lang));
        if (!note.empty()) {
            w.empty_element("br");
            w.element("em", tr(lang, "Analisis: ", "Analysis: "));
            w.text(note);
        }
        w.close("p").raw("\n");
    }
}

// The most years side by side in one table of the earlier-years comparison. With the indicator and row-label
// columns taking 34 % of A4 portrait's 165 mm, each year column is then at least 18 mm, which holds a capaian
// such as "1.250,00" or a realisasi such as "1.250.000" on one line at the table's 8.5 pt (a longer word wraps
// rather than being cut); a longer period is split into several tables of balanced size.
constexpr int kYearsPerTable = 6;

// The text of a realisasi in the comparison: as the document writes it, "-" when there is none.
std::string compared_actual(const Plan& plan, const Indicator& ind, int year, const Achievement& a, Lang lang) {
    const std::string actual = numbers_in(text_with_unit(shown_actual(plan, ind, year, a), ind.unit), lang);
    return actual.empty() ? std::string("-") : actual;
}

// How many years a comparison table holds when its widest amount, which never breaks (unbroken_amounts), is
// `amount_chars` long: kYearsPerTable, fewer for amounts wider than their column ("Rp 1.187.500.000" overlapped the
// next year's). Estimated as the tests do: 0.64 em a character (DejaVu Serif's digits) at 8.5 pt, 3 pt of padding
// either side, in the year columns' 66 % of 165 mm.
int years_per_table(size_t amount_chars) {
    const double column_mm = (static_cast<double>(amount_chars) * 0.64 * 8.5 + 2 * 3) * 25.4 / 72;
    return std::max(1, std::min(kYearsPerTable, static_cast<int>(0.66 * 165 / column_mm)));
}

// The characters of the widest amount kept on one line in `text` (a span.nw of unbroken_amounts).
size_t widest_amount(const std::string& text) {
    HtmlWriter w;
    unbroken_amounts(w, text);
    const std::string& html = w.str();
    size_t widest = 0;
    const std::string open = "<span class=\"nw\">";
    for (size_t at = html.find(open); at != std::string::npos; at = html.find(open, at + 1)) {
        const size_t from = at + open.size(), to = html.find("</span>", from);
        size_t chars = 0;
        for (size_t i = from; i < to; ++i) chars += (static_cast<unsigned char>(html[i]) & 0xC0) != 0x80;
        widest = std::max(widest, chars);
    }
    return widest;
}

void comparison_years_table(HtmlWriter& w, const Plan& plan, const Objective& o, int from, int to, Lang lang) {
    const int years = to - from + 1;
    w.open("table", {{"class", "compare"}});
    w.open("colgroup").empty_element("col", {{"style", "width:26%"}}).empty_element("col", {{"style", "width:8%"}});
    for (int y = from; y <= to; ++y) w.empty_element("col", {{"style", "width:" + format_number(66.0 / years, 2, Lang::En) + "%"}});
    w.close("colgroup");
    w.open("thead").open("tr");
    w.element("th", tr(lang, "Indikator Kinerja", "Performance indicator"), {{"colspan", "2"}});
    for (int y = from; y <= to; ++y) w.element("th", std::to_string(y));
    w.close("tr").close("thead").raw("\n");
    // Per indicator two rows, its realisasi and its capaian per year, in their own tbody kept on one page.
    for (const auto& ind : o.indicators) {
        std::vector<Achievement> a;
        for (int y = from; y <= to; ++y) a.push_back(compute_achievement(plan, ind, y));
        w.open("tbody").open("tr", {{"data-indicator", ind.id}, {"class", "real"}});
        w.element("td", ind.code + ". " + ind.name, {{"rowspan", "2"}});
        w.element("td", tr(lang, "Real.", "Actual"), {{"class", "k"}});
        for (int y = from; y <= to; ++y) {
            w.open("td", {{"class", "c"}});
            unbroken_amounts(w, compared_actual(plan, ind, y, a[y - from], lang));
            w.close("td");
        }
        w.close("tr").open("tr", {{"data-indicator", ind.id}, {"class", "cap"}});
        w.element("td", tr(lang, "Cap. %", "Ach. %"), {{"class", "k"}});
        for (int y = from; y <= to; ++y) {
            const Achievement& ay = a[y - from];
            w.element("td", ay.percent ? format_number(*ay.percent, 2, lang) : std::string("-"), {{"class", "r"}});
        }
        w.close("tr").close("tbody").raw("\n");
    }
    w.close("table").raw("\n");
}

void comparison_years(HtmlWriter& w, const Plan& plan, const Objective& o, int year, Lang lang) {
    w.element("h4", tr(lang, "Perbandingan realisasi dan capaian dengan tahun-tahun sebelumnya",
                       "Actual and achievement compared with earlier years"));
    const int count = year - plan.start_year + 1;
    size_t widest = 0;
    for (const auto& ind : o.indicators)
        for (int y = plan.start_year; y <= year; ++y)
            widest = std::max(widest, widest_amount(compared_actual(plan, ind, y, compute_achievement(plan, ind, y), lang)));
    const int per_table = years_per_table(widest);
    const int tables = (count + per_table - 1) / per_table;
    for (int t = 0, from = plan.start_year; t < tables; ++t) {
        const int n = (year + 1 - from + (tables - t) - 1) / (tables - t);  // the years left, shared evenly
        comparison_years_table(w, plan, o, from, from + n - 1, lang);
        from += n;
    }
    w.element("p", tr(lang, "Real. = realisasi; Cap. % = capaian terhadap target tahun itu.",
                      "Actual = realisasi; Ach. % = achievement against that year's target."), {{"class", "note muted"}});
}

void comparison_end(HtmlWriter& w, const Plan& plan, const Objective& o, int year, Lang lang) {
    const std::string end = std::to_string(plan.end_year);
    w.element("h4", std::string(tr(lang, "Perbandingan realisasi dengan target akhir periode (", "Actual compared with the end-of-period target (")) + end + ")");
    w.open("table", {{"class", "compare-end"}}).open("thead").open("tr");
    w.element("th", tr(lang, "Indikator Kinerja", "Performance indicator"));
    w.element("th", std::string(tr(lang, "Realisasi ", "Actual ")) + std::to_string(year));
    w.element("th", "Target " + end);
    w.element("th", std::string(tr(lang, "Capaian terhadap target ", "Achievement against the target ")) + end);
    w.close("tr").close("thead").open("tbody").raw("\n");
    for (const auto& ind : o.indicators) {
        // The year's realisasi measured against the last year's target: the same rule on a copy whose target for
        // this year is the end-of-period one.
        Indicator against_end = ind;
        auto end_it = ind.years.find(plan.end_year);
        YearEntry& entry = against_end.years[year];
        entry.target = end_it == ind.years.end() ? Value{} : end_it->second.target;
        Achievement a = compute_achievement(plan, against_end, year);
        Achievement own = compute_achievement(plan, ind, year);
        std::string actual = text_with_unit(shown_actual(plan, ind, year, own), ind.unit);
        w.open("tr", {{"data-indicator", ind.id}});
        w.element("td", ind.code + ". " + ind.name);
        value_cell(w, actual, lang);
        value_cell(w, text_with_unit(entry.target, ind.unit), lang);
        w.element("td", percent_text(a, lang), {{"class", "r"}});
        w.close("tr").raw("\n");
    }
    w.close("tbody").close("table").raw("\n");
}

}  // namespace

std::string render_lkjip(const Plan& plan, const ReportOptions& options) {
    const Lang lang = options.lang;
    const int year = options.year;
    HtmlWriter w;
    begin_document(w, "LKjIP " + std::to_string(year) + " - " + office_full_name(plan), lang);
    w.open("section", {{"class", "sheet"}});
    w.open("h1", {{"class", "upper"}});
    w.text(tr(lang, "Laporan Kinerja Instansi Pemerintah (", "Government Performance Report ("));
    w.element("span", "LKjIP", {{"class", "keep-case"}});  // the abbreviation as written, not "LKJIP"
    w.text(")");
    w.empty_element("br");
    w.text(office_full_name(plan) + " " + std::string(tr(lang, "Tahun ", "")) + std::to_string(year));
    w.close("h1").raw("\n");
    lkjip_introduction(w, plan, year, lang);
    lkjip_planning(w, plan, year, lang);
    w.element("h2", tr(lang, "BAB III AKUNTABILITAS KINERJA - PENGUKURAN KINERJA", "CHAPTER III PERFORMANCE ACCOUNTABILITY - MEASUREMENT"),
              {{"class", "new-page"}});
    category_summary(w, plan, year, 0, lang);
    int n = 0;
    for (const auto& o : plan.objectives) {
        ++n;
        w.open("div", {{"class", "objective"}});
        w.element("h3", std::string(tr(lang, "Sasaran ", "Objective (sasaran) ")) + std::to_string(n) + ": " + o.name);
        if (o.indicators.empty()) {
            w.element("p", tr(lang, "Sasaran ini belum memiliki indikator.", "This objective has no indicators yet."), {{"class", "note"}});
            w.close("div");
            continue;
        }
        measurement_table(w, plan, o, year, lang);
        comparison_years(w, plan, o, year, lang);
        comparison_end(w, plan, o, year, lang);
        w.element("h4", tr(lang, "Grafik target dan realisasi", "Target and actual charts"));
        for (const auto& ind : o.indicators) indicator_chart(w, plan, ind, year, lang);
        w.close("div").raw("\n");
    }
    lkjip_closing(w, plan, year, lang);
    signature(w, plan.signatory, place_date_line(plan, options, year + 1));  // the LKjIP of a year is signed early the next
    w.close("section").raw("\n");
    end_document(w);
    return w.take();
}

}  // namespace tolok::report
