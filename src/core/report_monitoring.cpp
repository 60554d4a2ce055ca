// The Laporan Monitoring Capaian Kinerja Triwulan: for one year and quarter (TW I-IV), landscape, per sasaran and
// indicator the quarter's target, realisasi, capaian and category (in its band colour), and in Keterangan the working
// or why the capaian cannot be computed, with the analysis written with the quarter's realisasi; then the quarter's
// category summary, signed by the head of office. Cumulative quarter targets ("s.d. TW") are marked, their realisasi
// being TW I up to the quarter, as the Capaian tab says. Every number comes from compute_achievement /
// summarize_categories (achievement.h).
#include "report_common.h"

namespace tolok::report {

namespace {

// "Triwulan II" (the quarter as a title writes it in Indonesian), "Q2" in English.
std::string quarter_title(int quarter, Lang lang) {
    if (lang == Lang::En) return quarter_name(quarter, lang);
    return std::string("Triwulan ") + (quarter_name(quarter, Lang::Id) + 3);  // "TW II" -> "II"
}

}  // namespace

std::string render_monitoring(const Plan& plan, const ReportOptions& options) {
    const Lang lang = options.lang;
    const int year = options.year, quarter = options.quarter;
    const std::string y = std::to_string(year), tw = quarter_name(quarter, lang);
    HtmlWriter w;
    begin_document(w, std::string(tr(lang, "Monitoring Capaian Kinerja ", "Performance Monitoring ")) + tw + " " + y + " - " +
                          office_full_name(plan), lang);
    w.open("section", {{"class", "sheet landscape"}});
    w.open("h1", {{"class", "upper"}});
    w.text(std::string(tr(lang, "Laporan Monitoring Capaian Kinerja ", "Quarterly Performance Monitoring Report ")) +
           quarter_title(quarter, lang) + tr(lang, " Tahun ", " ") + y);
    w.empty_element("br");
    w.text(office_full_name(plan));
    w.close("h1").raw("\n");

    w.open("table", {{"class", "monitoring"}}).raw("\n");
    w.open("colgroup");
    for (const char* width : {"4%", "14%", "19%", "10%", "10%", "8%", "9%", "26%"}) w.empty_element("col", {{"style", std::string("width:") + width}});
    w.close("colgroup");
    w.open("thead").open("tr");
    w.element("th", "No");
    w.element("th", tr(lang, "Sasaran", "Objective (Sasaran)"));
    w.element("th", tr(lang, "Indikator Kinerja", "Performance indicator"));
    // "TW II" kept whole where a narrow header wraps: "Target" above "TW II", never "Target TW" above "II".
    std::string tw_whole = tw;
    if (const size_t space = tw_whole.find(' '); space != std::string::npos) tw_whole.replace(space, 1, "\xC2\xA0");
    w.element("th", "Target " + tw_whole);
    w.element("th", std::string(tr(lang, "Realisasi ", "Actual (realisasi) ")) + tw_whole);
    w.element("th", tr(lang, "Capaian (%)", "Achievement (%)"));
    w.element("th", tr(lang, "Kategori", "Category"));
    w.element("th", tr(lang, "Keterangan", "Remarks"));
    w.close("tr").open("tr", {{"class", "colnum"}});
    for (int i = 1; i <= 8; ++i) w.element("th", std::to_string(i));
    w.close("tr").close("thead").raw("\n");
    bool any_cumulative = false;
    sasaran_rows(w, plan, true, 6, [&](const Indicator& ind) {
        const Achievement a = compute_achievement(plan, ind, year, quarter);
        // Against a cumulative target the realisasi used is TW I up to this quarter (compute_achievement): both say so.
        const bool cumulative = !a.target.empty() && cumulative_quarter_targets(ind, year);
        any_cumulative = any_cumulative || cumulative;
        const std::string mark = cumulative ? cumulative_target_mark(lang) : "";
        const std::string actual = text_with_unit(shown_actual(plan, ind, year, a, quarter), ind.unit);
        w.element("td", ind.name);
        value_cell(w, text_with_unit(a.target, ind.unit) + (a.target.empty() ? "" : mark), lang);
        value_cell(w, actual.empty() ? actual : actual + mark, lang);
        w.element("td", percent_text(a, lang), {{"class", "r capaian"}});
        category_cell(w, a.category, a.color);
        w.open("td", {{"class", "working"}});
        working_text(w, a.explanation.in(lang));
        auto it = ind.years.find(year);
        const std::string& note = it == ind.years.end() ? std::string() : it->second.quarter_actuals[quarter - 1].note;
        if (!note.empty()) {
            w.empty_element("br");
            w.element("em", tr(lang, "Analisis: ", "Analysis: "));
            w.text(note);
        }
        w.close("td");
    });
    w.close("table").raw("\n");
    if (any_cumulative)
        w.element("p", tr(lang, "(s.d. TW): target triwulan kumulatif; realisasi dan capaiannya dihitung dari TW I sampai triwulan ini.",
                          "(to date): cumulative quarter target; its actual and achievement count from Q1 up to this quarter."),
                  {{"class", "note muted"}});
    category_summary(w, plan, year, quarter, lang);
    signature(w, plan.signatory, place_date_line(plan, options, year));
    w.close("section").raw("\n");
    end_document(w);
    return w.take();
}

}  // namespace tolok::report
