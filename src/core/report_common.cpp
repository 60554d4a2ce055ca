// Shared pieces of the printed documents (see report_common.h): the page shell with its A4 print stylesheet
// (portrait pages, landscape sections, bordered tables with repeated headers), names, the signature block.
#include "report_common.h"

#include <algorithm>
#include <cmath>

#include <cctype>
#include <cstring>

#include "value.h"

namespace tolok::report {

namespace {

// Print stylesheet. Screen view shows sheets on a grey desk; print uses @page sizes and margins, and numbers the
// pages at their foot (@page margin boxes; browsers without them print no number).
constexpr const char* kStyle = R"CSS(
@page { size: A4 portrait; margin: 20mm 20mm 20mm 25mm;
        @bottom-center { content: counter(page); font-family: "Times New Roman", "Liberation Serif", serif; font-size: 10pt; } }
@page landscape { size: A4 landscape; margin: 15mm 15mm 15mm 15mm;
                  @bottom-center { content: counter(page); font-family: "Times New Roman", "Liberation Serif", serif; font-size: 10pt; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; font-family: "Times New Roman", "Liberation Serif", "Tinos", "DejaVu Serif", serif;
       font-size: 12pt; line-height: 1.45; }
.sheet + .sheet { break-before: page; page-break-before: always; }
.landscape { page: landscape; }
h1, h2, h3, h4 { font-weight: bold; margin: 0 0 8pt; break-after: avoid; page-break-after: avoid; break-inside: avoid;
                 page-break-inside: avoid; }
h1 { font-size: 16pt; text-align: center; }
h2 { font-size: 13pt; text-align: center; }
h3 { font-size: 12pt; margin-top: 12pt; }
h4 { font-size: 11.5pt; margin-top: 10pt; }
.upper { text-transform: uppercase; }
.keep-case { text-transform: none; }
h2.new-page { break-before: page; page-break-before: always; }
.center { text-align: center; }
p { text-align: justify; text-indent: 1.25cm; margin: 0 0 8pt; }
p.plain, .center p { text-indent: 0; }
p.translation-note { text-indent: 0; text-align: center; font-family: sans-serif; font-size: 9pt; border: 1px solid #888;
                     padding: 2pt 6pt; margin: 0 0 6pt; }
ol { margin: 0 0 8pt; padding-left: 1.25cm; }
li { margin: 0 0 2pt; }
table { border-collapse: collapse; width: calc(100% - 2px); font-size: 10.5pt; line-height: 1.25; margin: 6pt 0 12pt; }
th, td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { background: #e8e8e8; text-align: center; vertical-align: middle; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
tr, .sign-block, figure, svg, tbody.sasaran-group { break-inside: avoid; page-break-inside: avoid; }
tr.colnum th { background: #d4d4d4; font-weight: normal; font-size: 9pt; padding: 1pt 2pt; }
td.c, th.c { text-align: center; }
td.r { text-align: right; white-space: nowrap; }
table.programs { margin-top: 12pt; break-inside: avoid; page-break-inside: avoid; }
table.programs tr.total td { font-weight: bold; }
table.programs caption { caption-side: top; text-align: left; font-weight: bold; font-size: 11pt; padding: 0 0 4pt; }
td.t { white-space: nowrap; padding-left: 2pt; padding-right: 2pt; }
table.lampiran, table.renaksi, table.monitoring { font-size: 10pt; }
table.recap { font-size: 10pt; }
table.recap tr.total td { font-weight: bold; background: #f0f0f0; }
ol.notes { font-size: 10.5pt; }
td.working { font-size: 9pt; }
span.nw { white-space: nowrap; }
td.sasaran { vertical-align: top; }
table.meta { width: auto; border: 0; margin: 4pt 0 10pt 1.25cm; font-size: 12pt; }
table.meta td { border: 0; padding: 1pt 6pt 1pt 0; }
.formula { display: inline-flex; align-items: center; flex-wrap: nowrap; max-width: 100%; }
.frac { display: inline-block; vertical-align: middle; text-align: center; margin: 1pt 2pt; min-width: 0; }
.frac > span { display: block; padding: 0 3pt; }
.frac > .num { border-bottom: 1px solid #000; }
.cover { display: flex; flex-direction: column; justify-content: space-between; align-items: center;
         text-align: center; min-height: 235mm; padding: 20mm 0; }
.cover .title { font-size: 20pt; font-weight: bold; }
.cover .office { font-size: 18pt; font-weight: bold; text-transform: uppercase; }
.cover .year { font-size: 16pt; font-weight: bold; }
.emblem { width: 36mm; height: 36mm; border: 2px solid #000; border-radius: 50%; display: flex;
          align-items: center; justify-content: center; font-size: 9pt; color: #555; }
.spaced { letter-spacing: 0.4em; }
.sign-block { margin-top: 18pt; break-before: avoid; page-break-before: avoid; }
.sign-block.single { width: 62%; margin-left: 38%; }
tbody.sign-row { break-before: avoid; page-break-before: avoid; }
tbody.sign-row > tr > td { border: 0; padding: 0; background: none; }
table.signs { width: 100%; table-layout: fixed; margin: 0; font-size: 12pt; line-height: 1.45; }
table.signs td { border: 0; padding: 0 3pt; text-align: center; vertical-align: top; text-wrap: balance; }
table.signs tr.role td, table.signs tr.title td { font-weight: bold; }
table.signs tr.space td { height: 62pt; }
table.signs tr.name td { vertical-align: bottom; font-weight: bold; text-decoration: underline; }
.cat { font-weight: bold; text-align: center; }
.swatch { display: inline-block; width: 10pt; height: 10pt; border: 1px solid #000; vertical-align: middle;
          margin-right: 4pt; }
figure { display: inline-block; width: 49%; margin: 2pt 0 8pt; vertical-align: top; }
figure svg { width: 100%; height: auto; }
table.compare { table-layout: fixed; font-size: 8.5pt; }
table.compare td { padding: 2pt 3pt; }
table.compare td.c, table.compare td.r { white-space: normal; overflow-wrap: anywhere; }
table.compare td.k { font-size: 8pt; color: #333; white-space: nowrap; }
table.compare tbody { break-inside: avoid; page-break-inside: avoid; }
table.compare th { font-size: 8pt; padding: 2pt 1pt; }
figcaption { font-size: 8.5pt; font-style: italic; line-height: 1.2; }
.note { font-size: 10.5pt; margin: 0 0 6pt; text-indent: 0; }
.muted { color: #444; font-size: 10pt; }
p.error { color: #a00; font-weight: bold; text-indent: 0; }
@media screen {
  body { background: #d9d9d9; }
  .sheet { background: #fff; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 20mm 20mm 20mm 25mm;
           box-shadow: 0 1px 4px rgba(0, 0, 0, 0.35); }
  .sheet.landscape { width: 297mm; min-height: 210mm; padding: 15mm; }
}
)CSS";

std::string trim(const std::string& s) {
    size_t a = s.find_first_not_of(" \t");
    if (a == std::string::npos) return {};
    size_t b = s.find_last_not_of(" \t");
    return s.substr(a, b - a + 1);
}

}  // namespace

void begin_document(HtmlWriter& w, const std::string& title, Lang lang) {
    w.raw("<!DOCTYPE html>\n");
    w.open("html", {{"lang", lang == Lang::En ? "en" : "id"}}).raw("\n");
    w.open("head").raw("\n");
    w.empty_element("meta", {{"charset", "utf-8"}}).raw("\n");
    w.empty_element("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}}).raw("\n");
    w.element("title", title).raw("\n");
    w.open("style").raw(kStyle).close("style").raw("\n");
    w.close("head").raw("\n");
    w.open("body").raw("\n");
    // An English document is a translation: said on its first page, printed too, so it is never taken for the
    // official (Indonesian) SAKIP document.
    if (lang == Lang::En)
        w.element("p", "Reference translation. The official SAKIP document is in Indonesian (Bahasa Indonesia).",
                  {{"class", "translation-note"}})
            .raw("\n");
}

void end_document(HtmlWriter& w) { w.close("body").raw("\n").close("html").raw("\n"); }

std::string region_name(const Plan& plan) {
    std::string g = trim(plan.office.government);
    const std::string prefix = "pemerintah ";
    if (g.size() > prefix.size()) {
        bool match = true;
        for (size_t i = 0; i < prefix.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(g[i])) != prefix[i]) match = false;
        if (match) g = trim(g.substr(prefix.size()));
    }
    return g;
}

namespace {

// Whether `name` ends with the words `tail` (both as name_key compares: case and spacing aside).
bool ends_with_words(const std::string& name, const std::string& tail) {
    const std::string n = name_key(name), t = name_key(tail);
    return !t.empty() && n.size() >= t.size() && n.compare(n.size() - t.size(), t.size(), t) == 0 &&
           (n.size() == t.size() || n[n.size() - t.size() - 1] == ' ');
}

}  // namespace

std::string office_full_name(const Plan& plan) {
    std::string region = region_name(plan);
    std::string name = trim(plan.office.name);
    if (region.empty()) return name;
    if (name.empty()) return region;
    // An office named with its region already ("Dinas Kesehatan Kabupaten Tanggamus", or abbreviated "... Kab.
    // Tanggamus"): not twice.
    if (ends_with_words(name, region)) return name;
    const std::string kabupaten = "kabupaten ";
    if (name_key(region).rfind(kabupaten, 0) == 0) {
        const std::string place = name_key(region).substr(kabupaten.size());
        if (ends_with_words(name, "kab. " + place) || ends_with_words(name, "kab " + place)) return name;
    }
    return name + " " + region;
}

std::string period_text(const Plan& plan) {
    return plan.start_year == plan.end_year ? std::to_string(plan.start_year)
                                            : std::to_string(plan.start_year) + "-" + std::to_string(plan.end_year);
}

std::string place_date_line(const Plan& plan, const ReportOptions& options, int year) {
    return place_date_line(plan.office.place, options, year);
}

std::string place_date_line(const std::string& office_place, const ReportOptions& options, int year) {
    if (!trim(options.place_date).empty()) return trim(options.place_date);
    std::string place = trim(office_place);
    std::string line = place.empty() ? std::string("....................") : place;
    line += ",  ....................";
    if (year > 0) line += " " + std::to_string(year);
    return line;
}

void signatures(HtmlWriter& w, const std::vector<SignatureColumn>& columns, const std::string& place_date) {
    if (columns.empty()) return;
    const size_t n = columns.size();
    // One row per line of the blocks, so that the names, ranks and NIPs of blocks side by side share a line
    // whatever the length of their titles; a row is left out when no block has that line.
    auto row = [&](const char* cls, const std::function<std::string(const SignatureColumn&)>& text) {
        bool any = false;
        for (const auto& c : columns) any = any || !text(c).empty();
        if (!any) return;
        w.open("tr", {{"class", cls}});
        for (const auto& c : columns) w.element("td", text(c));
        w.close("tr").raw("\n");
    };
    w.open("div", {{"class", n == 1 ? "sign-block single" : "sign-block"}});
    w.open("table", {{"class", "signs"}}).open("colgroup");
    for (size_t i = 0; i < n; ++i) w.empty_element("col", {{"style", "width:" + std::to_string(100 / n) + "%"}});
    w.close("colgroup").open("tbody").raw("\n");
    // the place and date above the last block (the signatory's, on the right)
    row("place", [&](const SignatureColumn& c) { return &c == &columns.back() ? place_date : std::string(); });
    row("role", [](const SignatureColumn& c) { return c.role; });
    row("title", [](const SignatureColumn& c) { return c.person->title.empty() ? std::string() : c.person->title + ","; });
    w.open("tr", {{"class", "space"}});
    for (size_t i = 0; i < n; ++i) w.raw("<td></td>");
    w.close("tr").raw("\n");
    w.open("tr", {{"class", "name"}});
    for (const auto& c : columns)
        w.element("td", c.person->name.empty() ? std::string("(..............................)") : c.person->name);
    w.close("tr").raw("\n");
    row("rank", [](const SignatureColumn& c) { return c.person->rank; });
    row("nip", [](const SignatureColumn& c) { return c.person->nip.empty() ? std::string() : "NIP. " + c.person->nip; });
    w.close("tbody").close("table").close("div").raw("\n");
}

void signature(HtmlWriter& w, const Signatory& s, const std::string& place_date) { signatures(w, {{&s, ""}}, place_date); }

void signature_in_table(HtmlWriter& w, int columns, const Signatory& s, const std::string& place_date) {
    w.open("tbody", {{"class", "sign-row"}}).open("tr").open("td", {{"colspan", std::to_string(columns)}});
    signature(w, s, place_date);
    w.close("td").close("tr").close("tbody").raw("\n");
}

Value shown_actual(const Plan& plan, const Indicator& indicator, int year, const Achievement& a, int quarter) {
    if (!a.target.empty()) return a.actual;  // compute_achievement resolved it
    return resolve_actual(plan, indicator, year, quarter).value;
}

std::string percent_text(const Achievement& a, Lang lang) {
    if (!a.percent) return "-";
    return format_number(*a.percent, 2, lang) + " %";
}

void sasaran_rows(HtmlWriter& w, const Plan& plan, bool numbered, int cells_per_indicator,
                  const std::function<void(const Indicator&)>& indicator_cells) {
    int n = 0;
    for (const auto& o : plan.objectives) {
        ++n;
        // One tbody per sasaran, kept on one page when it fits: a page break inside the group would leave the
        // next page's rows with empty No and Sasaran cells (the spanning cell is printed once).
        w.open("tbody", {{"class", "sasaran-group"}}).raw("\n");
        size_t rows = std::max<size_t>(1, o.indicators.size());
        for (size_t i = 0; i < rows; ++i) {
            w.open("tr");
            if (i == 0) {
                if (numbered) w.element("td", std::to_string(n), {{"class", "c"}, {"rowspan", std::to_string(rows)}});
                w.element("td", o.name, {{"class", "sasaran"}, {"rowspan", std::to_string(rows)}});
            }
            if (o.indicators.empty()) {
                for (int k = 0; k < cells_per_indicator; ++k) w.raw("<td></td>");
            } else {
                indicator_cells(o.indicators[i]);
            }
            w.close("tr").raw("\n");
        }
        w.close("tbody").raw("\n");
    }
}

void year_targets_table(HtmlWriter& w, const Plan& plan, int year, Lang lang) {
    w.open("table", {{"class", "pk"}}).raw("\n");
    w.open("colgroup").empty_element("col", {{"style", "width:6%"}}).empty_element("col", {{"style", "width:36%"}})
        .empty_element("col", {{"style", "width:40%"}}).empty_element("col", {{"style", "width:18%"}}).close("colgroup");
    w.open("thead").open("tr");
    w.element("th", "No");
    w.element("th", tr(lang, "Sasaran", "Objective (Sasaran)"));
    w.element("th", tr(lang, "Indikator Kinerja", "Performance indicator"));
    w.element("th", "Target");
    w.close("tr").open("tr", {{"class", "colnum"}});
    for (int i = 1; i <= 4; ++i) w.element("th", std::to_string(i));
    w.close("tr").close("thead").raw("\n");
    sasaran_rows(w, plan, true, 2, [&](const Indicator& ind) {
        auto it = ind.years.find(year);
        w.element("td", ind.name);
        value_cell(w, it == ind.years.end() ? std::string() : text_with_unit(it->second.target, ind.unit), lang);
    });
    w.close("table").raw("\n");
}

void working_text(HtmlWriter& w, const std::string& working) {
    size_t from = 0;
    for (size_t at = working.find("->"); at != std::string::npos; at = working.find("->", from)) {
        unbroken_amounts(w, working.substr(from, at - from));
        w.element("span", "->", {{"class", "nw"}});
        from = at + 2;
    }
    unbroken_amounts(w, working.substr(from));
}

void value_cell(HtmlWriter& w, const std::string& typed, Lang lang) {
    const std::string text = numbers_in(typed, lang);  // an English document writes its numbers the English way
    constexpr size_t kOneLine = 12;  // characters ("Rp 1.250.000" and longer may wrap, between words)
    size_t chars = 0;
    for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
    if (text.empty()) {
        w.element("td", "-", {{"class", "c"}});
    } else if (chars <= kOneLine) {
        w.element("td", text, {{"class", "c t"}});
    } else {
        w.open("td", {{"class", "c"}});
        unbroken_amounts(w, text);
        w.close("td");
    }
}

void unbroken_amounts(HtmlWriter& w, const std::string& text) {
    auto digit = [&](size_t k) { return k < text.size() && std::isdigit(static_cast<unsigned char>(text[k])); };
    auto letter = [&](size_t k) { return k < text.size() && std::isalpha(static_cast<unsigned char>(text[k])); };
    auto word_at = [&](size_t k, const char* word) {  // a whole word, any case
        const size_t n = std::strlen(word);
        if (k + n > text.size() || (k > 0 && letter(k - 1))) return false;
        for (size_t i = 0; i < n; ++i)
            if (std::tolower(static_cast<unsigned char>(text[k + i])) != word[i]) return false;
        return true;
    };
    // Where the currency before a number at k starts, with the space between: "Rp ", "Rp. ", "Rp", "IDR "; k if none.
    auto currency_start = [&](size_t k) {
        size_t before = k;
        if (before > 0 && text[before - 1] == ' ') --before;
        if (before >= 3 && text[before - 1] == '.' && word_at(before - 3, "rp")) return before - 3;
        if (before >= 2 && word_at(before - 2, "rp")) return before - 2;
        if (before >= 3 && word_at(before - 3, "idr")) return before - 3;
        return k;
    };
    size_t from = 0;
    for (size_t k = 0; k < text.size();) {
        // A number starts at a digit that does not continue a word or another number ("TW2", "B2"; "Rp1.250" does).
        const size_t begin = digit(k) && !digit(k - 1) ? std::max(from, currency_start(k)) : k;
        if (!digit(k) || (k > 0 && digit(k - 1)) || (k > 0 && letter(k - 1) && begin == k)) {
            ++k;
            continue;
        }
        size_t end = k;
        bool breakable = false;  // a run of digits alone never breaks (unless a table lets any word break: the
                                 // earlier-years comparison, where it is short); a separator may be taken for a break
        while (digit(end) || ((text[end] == '.' || text[end] == ',') && digit(end + 1))) breakable |= !digit(end++);
        const size_t number_end = end;
        if (text.compare(end, 2, ",-") == 0) end += 2;  // "350.000.000,-"
        if (text.compare(end, 1, "%") == 0) end += 1;
        else if (text.compare(end, 2, " %") == 0) end += 2;
        if (!breakable && begin == k && end == number_end) {
            k = end;
            continue;
        }
        w.text(text.substr(from, begin - from));
        w.element("span", text.substr(begin, end - begin), {{"class", "nw"}});
        from = k = end;
    }
    w.text(text.substr(from));
}

// The programs with their budget for the year, and the total of the amounts (a budget that is not an amount is
// shown as written and left out of the total, which then says so). Nothing when the plan lists no programs.
void programs_table(HtmlWriter& w, const Plan& plan, int year, Lang lang) {
    if (plan.programs.empty()) return;
    w.open("table", {{"class", "pk programs"}}).raw("\n");
    // Named above the table: after a page break it started a page as a bare table.
    w.element("caption", std::string(tr(lang, "Program dan anggaran tahun ", "Programs and budget, ")) + std::to_string(year));
    w.open("colgroup").empty_element("col", {{"style", "width:6%"}}).empty_element("col", {{"style", "width:64%"}})
        .empty_element("col", {{"style", "width:30%"}}).close("colgroup");
    w.open("thead").open("tr");
    w.element("th", "No");
    w.element("th", "Program");
    w.element("th", std::string(tr(lang, "Anggaran ", "Budget (anggaran) ")) + std::to_string(year));
    w.close("tr").close("thead").raw("\n").open("tbody").raw("\n");
    double total = 0;
    bool all_amounts = true;
    int n = 0;
    for (const auto& program : plan.programs) {
        auto it = program.budget.find(year);
        const Value* budget = it == program.budget.end() ? nullptr : &it->second;
        // An amount in rupiah ("Rp 1.250.000.000", "Rp 2 miliar", "1,5 M", a bare number: rupiah_amount); a
        // percentage or a count is shown as written and left out of the total, which says so.
        if (budget && !budget->empty()) {
            if (const auto n = rupiah_amount(*budget)) total += *n;
            else all_amounts = false;
        }
        w.open("tr");
        w.element("td", std::to_string(++n), {{"class", "c"}});
        w.element("td", program.name);
        w.element("td", budget && !budget->empty() ? budget->text : std::string("-"), {{"class", "r"}});
        w.close("tr").raw("\n");
    }
    w.open("tr", {{"class", "total"}});
    w.element("td", "");
    w.element("td", all_amounts ? tr(lang, "Jumlah", "Total")
                                : tr(lang, "Jumlah (anggaran yang bukan angka tidak dijumlahkan)", "Total (budgets that are not amounts left out)"));
    const bool whole = std::abs(total - std::round(total)) < 0.005;
    w.element("td", "Rp " + format_number(total, whole ? 0 : 2, lang), {{"class", "r"}});  // sen kept: 999,50
    w.close("tr").raw("\n");
    w.close("tbody").close("table").raw("\n");
}

}  // namespace tolok::report
