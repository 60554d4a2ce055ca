// The Rencana Aksi (action plan) for one year, landscape: Sasaran | Indikator | Target tahunan | TW I | TW II |
// TW III | TW IV | Kegiatan | Penanggung Jawab, each Sasaran cell spanning its indicators; signed by the head of
// office. The kegiatan are the year's, one per line. Cumulative quarter targets are marked "(s.d. TW)".
#include <algorithm>

#include "report_common.h"

namespace tolok::report {

std::string render_renaksi(const Plan& plan, const ReportOptions& options) {
    const Lang lang = options.lang;
    const int year = options.year;
    HtmlWriter w;
    begin_document(w, std::string(tr(lang, "Rencana Aksi ", "Action Plan ")) + std::to_string(year) + " - " + office_full_name(plan), lang);
    w.open("section", {{"class", "sheet landscape"}});
    w.open("h1", {{"class", "upper"}});
    w.text(std::string(tr(lang, "Rencana Aksi Tahun ", "Action Plan (Rencana Aksi) ")) + std::to_string(year));
    w.empty_element("br");
    w.text(office_full_name(plan));
    w.close("h1").raw("\n");

    w.open("table", {{"class", "renaksi"}}).raw("\n");
    w.open("colgroup").empty_element("col", {{"style", "width:17%"}}).empty_element("col", {{"style", "width:19%"}});
    for (int i = 0; i < 5; ++i) w.empty_element("col", {{"style", "width:7%"}});
    w.empty_element("col", {{"style", "width:18%"}}).empty_element("col", {{"style", "width:11%"}}).close("colgroup");
    w.open("thead").open("tr");
    w.element("th", tr(lang, "Sasaran", "Objective (Sasaran)"), {{"rowspan", "2"}});
    w.element("th", tr(lang, "Indikator", "Indicator"), {{"rowspan", "2"}});
    w.element("th", std::string(tr(lang, "Target Tahunan ", "Annual target ")) + std::to_string(year), {{"rowspan", "2"}});
    w.element("th", tr(lang, "Target Triwulan", "Quarterly targets"), {{"colspan", "4"}});
    w.element("th", tr(lang, "Kegiatan", "Activities (kegiatan)"), {{"rowspan", "2"}});
    w.element("th", tr(lang, "Penanggung Jawab", "Responsible (PJ)"), {{"rowspan", "2"}});
    w.close("tr").open("tr");
    // Quarters as the interface writes them: TW I-IV (triwulan), Q1-Q4 in English.
    for (int q = 1; q <= 4; ++q) w.element("th", quarter_name(q, lang));
    w.close("tr").open("tr", {{"class", "colnum"}});
    for (int i = 1; i <= 9; ++i) w.element("th", std::to_string(i));
    w.close("tr").close("thead").raw("\n");
    sasaran_rows(w, plan, false, 8, [&](const Indicator& ind) {
        auto it = ind.years.find(year);
        w.element("td", ind.name);
        value_cell(w, it == ind.years.end() ? std::string() : text_with_unit(it->second.target, ind.unit), lang);
        // Cumulative quarter targets (5, 10, 15, 20 of 20) say so, as the app does: a reader tells them from each
        // quarter's own.
        const bool cumulative = it != ind.years.end() && cumulative_quarter_targets(ind, year);
        for (size_t q = 0; q < 4; ++q) {
            std::string text = it == ind.years.end() ? std::string() : text_with_unit(it->second.quarter_targets[q], ind.unit);
            if (cumulative && q > 0 && !text.empty()) text += cumulative_target_mark(lang);
            value_cell(w, text, lang);
        }
        w.open("td", {{"class", "activities"}});
        if (it != ind.years.end()) {  // one kegiatan per line, each on its own line in the cell
            bool first = true;
            size_t from = 0;
            const std::string& all = it->second.activities;
            while (from <= all.size() && !all.empty()) {
                const size_t end = std::min(all.find('\n', from), all.size());
                std::string line = all.substr(from, end - from);
                if (!line.empty() && line.back() == '\r') line.pop_back();
                if (line.find_first_not_of(" \t") != std::string::npos) {
                    if (!first) w.empty_element("br");
                    w.text(line);
                    first = false;
                }
                from = end + 1;
            }
        }
        w.close("td");
        w.element("td", ind.owner);
    });
    signature_in_table(w, 9, plan.signatory, place_date_line(plan, options, year));
    w.close("table").raw("\n");
    w.close("section").raw("\n");
    end_document(w);
    return w.take();
}

}  // namespace tolok::report
