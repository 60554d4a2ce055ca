// The printed regency recap (regency_recap.h), A4 landscape: per office (perangkat daerah) the number of indicators,
// how many fall in each category band, not computable, below target and the average capaian, with the regency total;
// the notes the Kabupaten tab shows (what the averages are over, pooled rules, offices outside the year's period,
// plans that may be one office twice, broken links); the indicators below target; the pohon kinerja with rolled-up
// capaian; the signature. Every number is the consolidation's (consolidation.h); nothing is computed here.
#include <cctype>
#include <functional>

#include "regency_recap.h"
#include "report_common.h"
#include "value.h"

namespace tolok {

namespace {

using report::tr;

std::string percent_or_dash(const std::optional<double>& v, Lang lang) {
    return v ? format_number(*v, 2, lang) + " %" : std::string("-");
}

// A percentage cell: right-aligned, or "-" centred when there is none.
void percent_cell(HtmlWriter& w, const std::optional<double>& v, Lang lang) {
    w.element("td", percent_or_dash(v, lang), {{"class", v ? "r" : "c"}});
}

std::string sentence(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    if (!s.empty() && s.back() != '.') s += '.';
    return s;
}

void offices_table(HtmlWriter& w, const Consolidation& c, Lang lang) {
    const auto& bands = c.totals.counts;
    const int columns = 3 + static_cast<int>(bands.size()) + 3;
    w.open("table", {{"class", "recap"}}).raw("\n");
    w.open("thead").open("tr");
    w.element("th", "No", {{"rowspan", "2"}});
    w.element("th", tr(lang, "Perangkat Daerah", "Regional office (perangkat daerah)"), {{"rowspan", "2"}});
    w.element("th", tr(lang, "Jumlah indikator", "Indicators"), {{"rowspan", "2"}});
    if (!bands.empty())
        w.element("th", tr(lang, "Jumlah indikator per kategori capaian", "Indicators per achievement category"),
                  {{"colspan", std::to_string(bands.size())}});
    w.element("th", tr(lang, "Tidak dapat dihitung", "Not computable"), {{"rowspan", "2"}});
    w.element("th", tr(lang, "Di bawah target", "Below target"), {{"rowspan", "2"}});
    w.element("th", tr(lang, "Rata-rata capaian", "Average achievement"), {{"rowspan", "2"}});
    w.close("tr").open("tr");
    for (const auto& b : bands) report::category_cell(w, b.label, b.color);
    w.close("tr").open("tr", {{"class", "colnum"}});
    for (int i = 1; i <= columns; ++i) w.element("th", std::to_string(i));
    w.close("tr").close("thead").raw("\n").open("tbody").raw("\n");
    auto tally_cells = [&](const CategoryTally& t) {
        w.element("td", std::to_string(t.indicators), {{"class", "c"}});
        for (const auto& b : bands) w.element("td", std::to_string(t.count(b.label)), {{"class", "c"}});
        w.element("td", std::to_string(t.not_computable), {{"class", "c"}});
        w.element("td", std::to_string(t.below_target), {{"class", "c"}});
        percent_cell(w, t.average(), lang);
    };
    int n = 0;
    for (const auto& o : c.offices) {
        w.open("tr");
        w.element("td", std::to_string(++n), {{"class", "c"}});
        w.open("td").text(o.office);
        if (!o.in_period) {
            w.empty_element("br");
            w.element("em", tr(lang, "(tahun di luar periode rencana; tidak dihitung)", "(year outside the plan period; not counted)"),
                      {{"class", "muted"}});
        }
        w.close("td");
        if (o.in_period) tally_cells(o.tally);
        else
            for (int i = 2; i < columns; ++i) w.element("td", "-", {{"class", "c"}});
        w.close("tr").raw("\n");
    }
    w.open("tr", {{"class", "total"}});
    w.element("td", "");
    w.element("td", tr(lang, "Jumlah kabupaten", "Regency total"));
    tally_cells(c.totals);
    w.close("tr").raw("\n").close("tbody").close("table").raw("\n");
}

// What the totals are to be read with, in plain words: what the averages are over, pooled rules, offices outside
// the year's period, and the consolidation's warnings (one office twice, links that do not resolve).
void notes(HtmlWriter& w, const RegencyRecap& r, Lang lang) {
    const Consolidation& c = r.consolidation;
    std::vector<std::string> items;
    items.push_back(tr(lang,
                       "Rata-rata capaian adalah rata-rata semua indikator yang capaiannya dapat dihitung, tiap capaian dengan "
                       "rumus dan batas capaian rencananya; jumlah kabupaten merata-ratakan semua indikator, bukan rata-rata "
                       "perangkat daerah. Di bawah target: capaian kurang dari 100 %.",
                       "The average achievement is the mean over every indicator whose achievement can be computed, each with "
                       "its plan's rule and cap; the regency total averages all indicators, not the offices' averages. Below "
                       "target: achievement under 100 %."));
    if (r.basis.same_for_all) {
        for (const auto& b : r.basis.offices)
            if (b) { items.push_back(sentence(b->in(lang))); break; }
    } else {
        for (size_t i = 0; i < r.basis.offices.size() && i < c.offices.size(); ++i)
            if (r.basis.offices[i]) items.push_back(c.offices[i].office + ": " + r.basis.offices[i]->in(lang) + ".");
    }
    if (r.basis.pooled_note) items.push_back(sentence(r.basis.pooled_note->in(lang)));
    std::string outside;
    for (const auto& o : c.offices)
        if (!o.in_period) outside += (outside.empty() ? "" : ", ") + o.office;
    if (!outside.empty())
        items.push_back(std::string(tr(lang, "Tahun ", "The year ")) + std::to_string(c.year) +
                        tr(lang, " di luar periode rencana perangkat daerah berikut; indikatornya tidak dihitung: ",
                           " is outside the plan period of these offices; their indicators are not counted: ") +
                        outside + ".");
    for (size_t i = 0; i < c.problems.size(); ++i) {
        const Diagnostic& p = c.problems[i];
        if (p.severity == Severity::Info) continue;  // the year outside a period: said above
        const std::string place = i < r.problem_places.size() ? r.problem_places[i].in(lang) : p.location;
        items.push_back((place.empty() ? std::string() : place + ": ") + sentence(p.text(lang)));
    }
    w.element("h3", tr(lang, "Catatan", "Notes"));
    w.open("ol", {{"class", "notes"}});
    for (const auto& item : items) w.element("li", item);
    w.close("ol").raw("\n");
}

void below_target_table(HtmlWriter& w, const Consolidation& c, Lang lang) {
    w.element("h3", std::string(tr(lang, "Indikator di bawah target (capaian < 100 %): ", "Indicators below target (achievement < 100 %): ")) +
                        std::to_string(c.below_target.size()));
    if (c.below_target.empty()) {
        w.element("p", tr(lang, "Tidak ada indikator di bawah target.", "No indicator is below target."), {{"class", "plain"}});
        return;
    }
    w.open("table", {{"class", "recap below"}}).raw("\n");
    w.open("colgroup");
    for (const char* width : {"5%", "22%", "35%", "10%", "10%", "9%", "9%"}) w.empty_element("col", {{"style", std::string("width:") + width}});
    w.close("colgroup");
    w.open("thead").open("tr");
    w.element("th", "No");
    w.element("th", tr(lang, "Perangkat Daerah", "Regional office"));
    w.element("th", tr(lang, "Indikator Kinerja", "Performance indicator"));
    w.element("th", "Target");
    w.element("th", tr(lang, "Realisasi", "Actual (realisasi)"));
    w.element("th", tr(lang, "Capaian (%)", "Achievement (%)"));
    w.element("th", tr(lang, "Kategori", "Category"));
    w.close("tr").close("thead").raw("\n").open("tbody").raw("\n");
    int n = 0;
    for (const auto& b : c.below_target) {
        w.open("tr");
        w.element("td", std::to_string(++n), {{"class", "c"}});
        w.element("td", b.office);
        w.element("td", (b.code.empty() ? "" : b.code + ". ") + b.indicator);
        report::value_cell(w, b.target, lang);
        report::value_cell(w, b.actual, lang);
        w.element("td", format_number(b.percent, 2, lang) + " %", {{"class", "r"}});
        report::category_cell(w, b.category, category_color(c, b.category));
        w.close("tr").raw("\n");
    }
    w.close("tbody").close("table").raw("\n");
}

void cascade_table(HtmlWriter& w, const Consolidation& c, Lang lang) {
    if (c.cascade.empty()) return;
    w.element("h3", tr(lang, "Pohon kinerja", "Performance tree (pohon kinerja)"));
    w.element("p", tr(lang, "Capaian gabungan: rata-rata capaian (dengan batasnya) indikator pendukung langsung yang dapat dihitung.",
                      "Rolled-up achievement: the mean of the (capped) achievement of the direct supporting indicators that can be computed."),
              {{"class", "note"}});
    w.open("table", {{"class", "recap tree"}}).raw("\n");
    w.open("colgroup");
    for (const char* width : {"38%", "18%", "10%", "9%", "9%", "16%"}) w.empty_element("col", {{"style", std::string("width:") + width}});
    w.close("colgroup");
    w.open("thead").open("tr");
    w.element("th", tr(lang, "Indikator Kinerja", "Performance indicator"));
    w.element("th", tr(lang, "Perangkat Daerah", "Regional office"));
    w.element("th", tr(lang, "Capaian (%)", "Achievement (%)"));
    w.element("th", tr(lang, "Kategori", "Category"));
    w.element("th", tr(lang, "Capaian gabungan (%)", "Rolled up (%)"));
    w.element("th", tr(lang, "Kategori gabungan (pendukung dihitung / semua)", "Rolled-up category (supporters computed / all)"));
    w.close("tr").close("thead").raw("\n").open("tbody").raw("\n");
    std::function<void(const CascadeNode&, int)> row = [&](const CascadeNode& node, int depth) {
        w.open("tr");
        w.open("td", {{"style", "padding-left:" + std::to_string(4 + 14 * depth) + "pt"}});
        w.text((depth ? "\xE2\x86\xB3 " : "") + (node.code.empty() ? "" : node.code + ". ") + node.name);
        w.close("td");
        w.element("td", node.office);
        percent_cell(w, node.percent, lang);
        report::category_cell(w, node.category, category_color(c, node.category));
        if (node.supporters) {
            percent_cell(w, node.rolled_up, lang);
            w.element("td", (node.rolled_up_category.empty() ? std::string("-") : node.rolled_up_category) + " (" +
                                std::to_string(node.supporters_computable) + " / " + std::to_string(node.supporters) + ")",
                      {{"class", "c"}});
        } else {
            w.element("td", "-", {{"class", "c"}}).element("td", "-", {{"class", "c"}});
        }
        w.close("tr").raw("\n");
        for (const auto& child : node.children) row(child, depth + 1);
    };
    for (const auto& root : c.cascade) row(root, 0);
    w.close("tbody").close("table").raw("\n");
}

}  // namespace

std::string render_regency_recap(const RegencyRecap& r, const ReportOptions& options) {
    const Lang lang = options.lang;
    const Consolidation& c = r.consolidation;
    const std::string year = std::to_string(c.year);
    // "Kabupaten Tanggamus Tahun 2024"; "Tahun 2024" when no plan names its government (not a guessed "Kabupaten":
    // it may be a Kota).
    const std::string when = lang == Lang::En ? (r.region.empty() ? year : r.region + ", " + year)
                                              : (r.region.empty() ? "" : r.region + " ") + "Tahun " + year;
    const std::string heading = tr(lang, "Rekapitulasi Capaian Kinerja Perangkat Daerah",
                                   "Recap of the Performance Achievement of the Regional Offices");
    HtmlWriter w;
    report::begin_document(w, heading + (lang == Lang::En ? ", " : " ") + when, lang);
    w.open("section", {{"class", "sheet landscape"}});
    w.open("h1", {{"class", "upper"}});
    w.text(heading).empty_element("br").text(when);
    w.close("h1").raw("\n");
    int counted = 0;
    for (const auto& o : c.offices) counted += o.in_period;
    w.element("p",
              lang == Lang::En ? std::to_string(counted) + " office(s) counted for " + year + ", " + std::to_string(c.totals.indicators) +
                                     " indicator(s), of which " + std::to_string(c.totals.computable) + " computable."
                               : std::to_string(counted) + " perangkat daerah dihitung untuk tahun " + year + ", " +
                                     std::to_string(c.totals.indicators) + " indikator, " + std::to_string(c.totals.computable) +
                                     " di antaranya dapat dihitung capaiannya.",
              {{"class", "plain"}});
    offices_table(w, c, lang);
    notes(w, r, lang);
    below_target_table(w, c, lang);
    cascade_table(w, c, lang);
    report::signature(w, r.signatory, report::place_date_line(r.place, options, c.year));
    w.close("section").raw("\n");
    report::end_document(w);
    return w.take();
}

}  // namespace tolok
