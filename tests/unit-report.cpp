// Tests of the printed SAKIP documents (core/report_html.h). The IKU Lampiran is checked cell by cell against the
// seed markdown read independently here (names, rumus fractions, the 90 targets, the rowspans); hostile text
// never becomes markup in any document; the LKjIP numbers equal the core's achievement rule and hand-worked
// values; the quarterly monitoring report's numbers worked by hand on a small plan; the year and quarter checks.
#include <doctest/doctest.h>

#include <array>
#include <cctype>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "html_text.h"
#include "core/achievement.h"
#include "core/builtin_plan.h"
#include "core/plan_edit.h"
#include "core/html_writer.h"
#include "core/report_common.h"
#include "core/report_html.h"
#include "core/value.h"

#include "seed_fixture.h"

using namespace tolok;
using tolok::testing::text_of;

namespace {



struct Cell {
    std::string tag, attrs, inner;
    std::string text() const { return text_of(inner); }
    int rowspan() const {
        size_t p = attrs.find("rowspan=\"");
        return p == std::string::npos ? 1 : std::stoi(attrs.substr(p + 9));
    }
};
struct Row {
    std::string attrs;
    std::vector<Cell> cells;
};

// Rows of the first <table class="CLASS" ...> (cells not nested in tables, as in these documents).
std::vector<Row> table_rows(const std::string& html, const std::string& table_class) {
    size_t start = html.find("<table class=\"" + table_class + "\"");
    REQUIRE(start != std::string::npos);
    // The table's rows up to its end, or to the signature written as its last body (report_common.h).
    size_t end = std::min(html.find("</table>", start), html.find("<tbody class=\"sign-row\"", start));
    std::string t = html.substr(start, end - start);
    std::vector<Row> rows;
    for (size_t p = t.find("<tr"); p != std::string::npos; p = t.find("<tr", p + 1)) {
        size_t open_end = t.find('>', p);
        size_t row_end = t.find("</tr>", p);
        Row r;
        r.attrs = t.substr(p + 3, open_end - p - 3);
        std::string body = t.substr(open_end + 1, row_end - open_end - 1);
        for (size_t c = 0; c < body.size();) {
            size_t td = body.find("<td", c), th = body.find("<th", c);
            size_t q = std::min(td, th);
            if (q == std::string::npos) break;
            std::string tag = q == td ? "td" : "th";
            size_t attrs_end = body.find('>', q);
            size_t close = body.find("</" + tag + ">", attrs_end);
            r.cells.push_back(Cell{tag, body.substr(q + 3, attrs_end - q - 3), body.substr(attrs_end + 1, close - attrs_end - 1)});
            c = close + 5;
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

std::vector<Row> body_rows(const std::vector<Row>& rows) {
    std::vector<Row> out;
    for (const auto& r : rows)
        if (!r.cells.empty() && r.cells[0].tag == "td") out.push_back(r);
    return out;
}

const Row* row_for(const std::vector<Row>& rows, const std::string& indicator_id) {
    for (const auto& r : rows)
        if (r.attrs.find("data-indicator=\"" + indicator_id + "\"") != std::string::npos) return &r;
    return nullptr;
}

// The capaian row of an indicator in the LKjIP's earlier-years table (the row under its realisasi row).
const Row* capaian_row_for(const std::vector<Row>& rows, const std::string& indicator_id) {
    for (const auto& r : rows)
        if (r.attrs.find("data-indicator=\"" + indicator_id + "\"") != std::string::npos &&
            r.attrs.find("class=\"cap\"") != std::string::npos)
            return &r;
    return nullptr;
}

// Value of attribute `name` in the attribute text of an element ("" when absent).
std::string attr(const std::string& attrs, const std::string& name) {
    size_t p = attrs.find(" " + name + "=\"");
    if (p == std::string::npos) return {};
    p += name.size() + 3;
    return attrs.substr(p, attrs.find('"', p) - p);
}

// The declarations of every rule of the document's stylesheet whose selector list holds `selector`.
std::string css_for(const std::string& html, const std::string& selector) {
    size_t a = html.find("<style>"), b = html.find("</style>");
    REQUIRE(a != std::string::npos);
    std::string css = html.substr(a + 7, b - a - 7), out;
    for (size_t p = 0; p < css.size();) {
        size_t open = css.find('{', p), close = css.find('}', p);
        if (open == std::string::npos || close == std::string::npos) break;
        std::stringstream selectors(css.substr(p, open - p));
        for (std::string one; std::getline(selectors, one, ',');) {
            size_t s0 = one.find_first_not_of(" \n"), s1 = one.find_last_not_of(" \n");
            if (s0 != std::string::npos && one.substr(s0, s1 - s0 + 1) == selector) out += css.substr(open + 1, close - open - 1);
        }
        p = close + 1;
    }
    return out;
}

bool valid_utf8(const std::string& s) {
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > s.size() || (n == 2 && c < 0xC2)) return false;
        for (size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Self-contained and printable: charset, A4 pages, no reference to anything outside the file.
void check_self_contained(const std::string& html) {
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(html.find("size: A4 portrait") != std::string::npos);
    CHECK(html.find("display: table-header-group") != std::string::npos);
    CHECK(valid_utf8(html));
    std::string l = lower(html);
    for (std::string bad : {"http:", "https:", " src=\"", " href=\"", "url(", "<link", "@import", "<script", "<img", "<iframe"}) {
        CAPTURE(bad);
        CHECK(l.find(bad) == std::string::npos);
    }
}

ReportOptions options(ReportKind kind, int year = 0, Lang lang = Lang::Id) {
    ReportOptions o;
    o.kind = kind;
    o.year = year;
    o.lang = lang;
    return o;
}

// The value labels of an LKjIP chart (those with their own font-size: targets and realisasi; not the axis or the
// years), each with its box estimated at 0.6 em a character (DejaVu Sans), baseline to 2 px below it.
struct ChartLabel {
    std::string text;
    double x0, x1, y0, y1;
};
std::vector<ChartLabel> value_labels(const std::string& chart) {
    std::vector<ChartLabel> labels;
    for (size_t t = chart.find("<text"); t != std::string::npos; t = chart.find("<text", t + 1)) {
        const size_t open_end = chart.find('>', t);
        const std::string attrs = chart.substr(t + 5, open_end - t - 5), size = attr(attrs, "font-size");
        if (size.empty()) continue;
        const std::string text = text_of(chart.substr(open_end + 1, chart.find("</text>", t) - open_end - 1));
        const double h = std::stod(size), w = static_cast<double>(text.size()) * 0.6 * h;
        const double x = std::stod(attr(attrs, "x")), y = std::stod(attr(attrs, "y"));
        const std::string anchor = attr(attrs, "text-anchor");
        const double from = anchor == "end" ? x - w : anchor == "middle" ? x - w / 2 : x;
        labels.push_back({text, from, from + w, y - h, y + 2});
    }
    return labels;
}

Plan plan_with_realisasi() {
    Plan p = builtin_plan();
    find_indicator(p, "i6")->years[2022].actual.value = parse_value("19 prd");
    find_indicator(p, "i6")->years[2023].actual.value = parse_value("18 prd");
    find_indicator(p, "i6")->years[2023].actual.note = "2 rancangan tertunda";
    find_indicator(p, "i5")->years[2023].actual.components = {{"jumlah_type_opd", 14}, {"jumlah_opd", 20}};
    find_indicator(p, "i2")->years[2020].actual.value = parse_value("B");
    find_indicator(p, "i2")->years[2023].actual.value = parse_value("B");
    find_indicator(p, "i10")->years[2023].actual.value = parse_value("2 pasar");
    return p;
}

// A small plan for the monitoring report, 2024, default bands (Sangat Rendah <= 50, Rendah (50;65], Sedang (65;75],
// Tinggi (75;90], Sangat Tinggi > 90) and rule (2 - R/T) for minimize:
//  m1 cumulative quarter targets 5, 10, 15, 20 of 20 dok (summed), typed TW I 4 dok, TW II 7 dok;
//  m2 each quarter its own target, 25 keg of 100, TW II 20 keg;
//  m3 minimize, 10 kasus a quarter, TW II 13 kasus;
//  m4 a yearly target and a TW II realisasi (2 dok) but no quarter targets;
//  m5 a TW II target (3 prd) and no realisasi.
Plan monitoring_plan() {
    Plan p;
    p.id = "monitoring";
    p.start_year = p.end_year = 2024;
    p.office.name = "Dinas Contoh";
    p.office.government = "Pemerintah Kabupaten Tanggamus";
    p.office.place = "Kota Agung";
    p.signatory.name = "Kepala Contoh";
    p.signatory.title = "KEPALA DINAS CONTOH";
    auto indicator = [](const char* id, const char* name, const char* unit, Polarity polarity) {
        Indicator i;
        i.id = i.code = id;
        i.name = name;
        i.unit = unit;
        i.polarity = polarity;
        i.aggregation = Aggregation::Sum;
        return i;
    };
    Indicator m1 = indicator("m1", "Jumlah dokumen perencanaan", "dok", Polarity::Maximize);
    m1.years[2024].target = parse_value("20 dok");
    m1.years[2024].quarter_targets = {parse_value("5 dok"), parse_value("10 dok"), parse_value("15 dok"), parse_value("20 dok")};
    m1.years[2024].quarter_actuals[0].value = parse_value("4 dok");
    m1.years[2024].quarter_actuals[1].value = parse_value("7 dok");
    m1.years[2024].quarter_actuals[1].note = "dua dokumen menunggu tanda tangan";
    Indicator m2 = indicator("m2", "Jumlah kegiatan pembinaan", "keg", Polarity::Maximize);
    m2.years[2024].target = parse_value("100 keg");
    for (int q = 0; q < 4; ++q) m2.years[2024].quarter_targets[q] = parse_value("25 keg");
    m2.years[2024].quarter_actuals[1].value = parse_value("20 keg");
    Indicator m3 = indicator("m3", "Jumlah pengaduan", "kasus", Polarity::Minimize);
    m3.years[2024].target = parse_value("40 kasus");
    for (int q = 0; q < 4; ++q) m3.years[2024].quarter_targets[q] = parse_value("10 kasus");
    m3.years[2024].quarter_actuals[1].value = parse_value("13 kasus");
    Indicator m4 = indicator("m4", "Jumlah kajian", "dok", Polarity::Maximize);
    m4.years[2024].target = parse_value("5 dok");
    m4.years[2024].quarter_actuals[1].value = parse_value("2 dok");
    Indicator m5 = indicator("m5", "Jumlah produk hukum", "prd", Polarity::Maximize);
    m5.years[2024].target = parse_value("12 prd");
    for (int q = 0; q < 4; ++q) m5.years[2024].quarter_targets[q] = parse_value("3 prd");
    p.objectives = {{"s1", "1", "Meningkatnya kualitas perencanaan", {m1, m2}},
                    {"s2", "2", "Menurunnya pengaduan layanan", {m3, m4, m5}},
                    {"s3", "3", "Sasaran tanpa indikator", {}}};
    return p;
}

// The cells of an indicator's row (the last six: indicator, target, realisasi, capaian, category, keterangan) in the
// monitoring table, found by the indicator's name.
std::vector<Cell> monitoring_cells(const std::vector<Row>& rows, const std::string& name) {
    for (const auto& r : rows)
        for (size_t c = 0; c < r.cells.size(); ++c)
            if (r.cells[c].text() == name && r.cells.size() - c == 6) return {r.cells.begin() + static_cast<long>(c), r.cells.end()};
    return {};
}

}  // namespace

TEST_SUITE("report") {

TEST_CASE("report: a word over 24 characters gets a break chance (<wbr>, no hidden character) every 12, so a table cell can wrap it") {
    const std::string wbr = "<wbr>";
    const std::string twenty_four(24, 'a'), forty_five(45, 'b');
    HtmlWriter w;
    w.element("td", twenty_four + " " + forty_five + " x");
    CHECK(w.str() == "<td>" + twenty_four + " " + std::string(12, 'b') + wbr + std::string(12, 'b') + wbr + std::string(12, 'b') + wbr +
                         std::string(9, 'b') + " x</td>");
    // characters, not bytes: 24 "é" (48 bytes) are left alone; 25 get breaks after the 12th and the 24th; an escaped
    // "&" is one character, never cut
    HtmlWriter accents;
    std::string e24, e25;
    for (int i = 0; i < 24; ++i) e24 += "\xC3\xA9";
    for (int i = 0; i < 25; ++i) e25 += i == 24 ? "&" : "\xC3\xA9";
    accents.text(e24 + " " + e25);
    std::string expected = e24 + " ";
    for (int i = 0; i < 24; ++i) expected += std::string(i == 12 ? wbr : "") + "\xC3\xA9";
    CHECK(accents.str() == expected + wbr + "&amp;");
    HtmlWriter ampersands;
    ampersands.text(std::string(11, 'a') + "&&" + std::string(15, 'c'));
    CHECK(ampersands.str() == std::string(11, 'a') + "&amp;" + wbr + "&amp;" + std::string(11, 'c') + wbr + std::string(4, 'c'));
}

TEST_CASE("report: html_escape escapes the five characters and repairs invalid UTF-8") {
    CHECK(html_escape("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f");
    CHECK(html_escape("Rp 1.250.000 – 20 kec.") == "Rp 1.250.000 – 20 kec.");
    CHECK(html_escape("x\xFFy") == "x\xEF\xBF\xBDy");
    CHECK(html_escape("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
    CHECK(valid_utf8(html_escape(std::string("a\xE2\x82", 3))));
}

TEST_CASE("report: IKU document of the built-in plan: the Lampiran is the seed's, cell by cell") {
    Plan plan = builtin_plan();
    std::string html = render_report(plan, options(ReportKind::Iku));
    check_self_contained(html);
    CHECK(html.find("@page landscape") != std::string::npos);
    CHECK(html.find("size: A4 landscape") != std::string::npos);
    CHECK(html.find("page: landscape") != std::string::npos);
    CHECK(html.find("class=\"sheet landscape\"") != std::string::npos);

    auto seed = seed_lampiran_rows();
    REQUIRE(seed.size() == 15);
    auto rows = table_rows(html, "lampiran");
    // header: years row and the column-number row 1..9
    bool numbers = false, years = false;
    for (const auto& r : rows) {
        std::vector<std::string> t;
        for (const auto& c : r.cells) t.push_back(c.text());
        if (t == std::vector<std::string>{"1", "2", "3", "4", "5", "6", "7", "8", "9"}) numbers = r.cells[0].tag == "th";
        if (t == std::vector<std::string>{"2018", "2019", "2020", "2021", "2022", "2023"}) years = true;
    }
    CHECK(numbers);
    CHECK(years);

    auto body = body_rows(rows);
    REQUIRE(body.size() == 15);
    const std::regex frac(R"(\\frac\{\\text\{([^}]*)\}\}\{\\text\{([^}]*)\}\})");
    int targets = 0, fractions = 0;
    for (size_t i = 0; i < 15; ++i) {
        CAPTURE(i + 1);
        const auto& s = seed[i];
        const auto& cells = body[i].cells;
        size_t k = 0;
        if (!s[0].empty()) {
            // the Sasaran cell spans as many rows as the seed gives this sasaran
            int span = 1;
            while (i + span < seed.size() && seed[i + span][0].empty()) ++span;
            REQUIRE(cells.size() == 9);
            CHECK(cells[0].text() == s[0]);
            CHECK(cells[0].rowspan() == span);
            k = 1;
        } else {
            REQUIRE(cells.size() == 8);
        }
        CHECK(cells[k].text() == s[1]);
        std::smatch m;
        if (std::regex_search(s[2], m, frac)) {  // a printed fraction: stacked, numerator over denominator
            ++fractions;
            const std::string& cell = cells[k + 1].inner;
            CHECK(cell.find("<span class=\"frac\"><span class=\"num\">" + html_escape(m[1].str()) + "</span><span class=\"den\">" +
                            html_escape(m[2].str()) + "</span></span>") != std::string::npos);
            CHECK(cells[k + 1].text().find("× 100 %") != std::string::npos);
        } else {
            CHECK(cells[k + 1].text() == s[2]);
        }
        for (int y = 0; y < 6; ++y) {
            CHECK(cells[k + 2 + y].text() == s[3 + y]);
            ++targets;
        }
    }
    CHECK(targets == 90);
    CHECK(fractions == 4);

    // every indicator name (from the model) and the signatory
    for (const auto& o : plan.objectives)
        for (const auto& ind : o.indicators) CHECK(text_of(html).find(ind.name) != std::string::npos);
    CHECK(html.find("Drs. HAMID HERIANSYAH LUBIS, M.SI.") != std::string::npos);
    CHECK(html.find("NIP. 19750308 199403 1 003") != std::string::npos);
    CHECK(html.find("Pembina Utama Muda") != std::string::npos);
    // the chapters, as printed
    for (const auto& c : plan.chapters) CHECK(text_of(html).find(text_of(html_escape(c.text.substr(0, 60)))) != std::string::npos);
}

TEST_CASE("report: IKU without chapters lists the indicators itself; Sasaran without indicators keeps its row") {
    Plan plan = builtin_plan();
    plan.chapters.clear();
    plan.objectives.push_back(Objective{"s9", "", "Sasaran tanpa indikator", {}});
    std::string html = render_report(plan, options(ReportKind::Iku));
    size_t list = html.find("<ol>");
    REQUIRE(list != std::string::npos);
    CHECK(html.find("<li value=\"15\">Presentase sanggah banding dari penyedia terhadap proses pelelangan</li>", list) !=
          std::string::npos);
    auto body = body_rows(table_rows(html, "lampiran"));
    REQUIRE(body.size() == 16);
    CHECK(body.back().cells[0].text() == "Sasaran tanpa indikator");
    CHECK(body.back().cells.size() == 9);
    CHECK(html.find(">L A M P I R A N</h2>") != std::string::npos);
    const std::string en = render_report(plan, options(ReportKind::Iku, 0, Lang::En));
    CHECK(en.find(">A N N E X</h2>") != std::string::npos);
    // An English document says on its first page that it is a translation; the Indonesian one does not.
    CHECK(en.find("<p class=\"translation-note\">Reference translation.") < en.find("A N N E X"));
    CHECK(render_report(builtin_plan(), options(ReportKind::Iku)).find("translation-note\">") == std::string::npos);
    CHECK(en.find("L A M P I R A N") == std::string::npos);
}

TEST_CASE("report: the IKU list keeps the indicators' codes, as the app and the LKjIP do, after a deletion") {
    Plan plan = builtin_plan();
    plan.chapters.clear();
    REQUIRE(remove_indicator(plan, "i4"));
    std::string html = render_report(plan, options(ReportKind::Iku));
    CHECK(html.find("<li value=\"3\">") != std::string::npos);
    CHECK(html.find("<li value=\"4\">") == std::string::npos);
    CHECK(html.find("<li value=\"5\">" + html_escape(find_indicator(plan, "i5")->name)) != std::string::npos);
    CHECK(html.find("<li value=\"15\">") != std::string::npos);
    find_indicator(plan, "i6")->code = "5a";  // not a whole number: follows on
    html = render_report(plan, options(ReportKind::Iku));
    CHECK(html.find("<li value=\"6\">" + html_escape(find_indicator(plan, "i6")->name)) != std::string::npos);
}

TEST_CASE("report: BAB II 2.1 lists the indicators as they are now, in place of the list typed into the chapter") {
    Plan plan = builtin_plan();
    find_indicator(plan, "i3")->name = "Nilai LPPD Kabupaten Tanggamus";
    Indicator added = *find_indicator(plan, "i15");
    added.id = "i16";
    added.code = "16";
    added.name = "Persentase arsip yang dikelola sesuai standar";
    plan.objectives.back().indicators.push_back(added);
    const std::string html = render_report(plan, options(ReportKind::Iku));
    const size_t intro = html.find("Indikator Kinerja Utama Sekretariat Daerah Kabupaten Tanggamus terdiri atas :");
    REQUIRE(intro != std::string::npos);  // the chapter's own words stay
    const size_t list = html.find("<ol>", intro);
    REQUIRE(list != std::string::npos);
    const std::string items = html.substr(list, html.find("</ol>", list) - list);
    CHECK(items.find("<li value=\"3\">Nilai LPPD Kabupaten Tanggamus</li>") != std::string::npos);
    CHECK(items.find("<li value=\"16\">Persentase arsip yang dikelola sesuai standar</li>") != std::string::npos);
    CHECK(html.find("<li>Nilai LPPD</li>") == std::string::npos);  // the typed list is gone, not shown twice
    CHECK(html.find("masing- masing") == std::string::npos);
    size_t listed = 0;  // the first indicator, once
    for (size_t at = html.find("Nilai Evaluasi AKIP Sekretariat Daerah</li>"); at != std::string::npos;
         at = html.find("Nilai Evaluasi AKIP Sekretariat Daerah</li>", at + 1))
        ++listed;
    CHECK(listed == 1);
    // Lists written "a.", "(1)" or with bullets, and an item wrapped onto an indented line: replaced too.
    for (const char* list : {"a. Nilai LPPD\nb. Indikator lama", "(1) Nilai LPPD\n(2) Indikator lama", "- Nilai LPPD\n- Indikator lama",
                             "1. Nilai LPPD yang\n   Indikator lama\n2. Indikator lama dua", "A. Nilai LPPD\nB. Indikator lama",
                             "1.Nilai LPPD\n2.Indikator lama", "\xEF\x82\xB7\tNilai LPPD\n\xEF\x82\xB7\tIndikator lama",
                             "\xE2\x80\x93 Nilai LPPD\n\xE2\x80\x93 Indikator lama", "* Nilai LPPD\n* Indikator lama"}) {
        CAPTURE(list);
        Plan shaped = plan;
        for (auto& c : shaped.chapters)
            if (c.id == "bab2_iku") c.text = std::string("Terdiri atas :\n\n") + list + "\n\nDemikian daftar ini.";
        const std::string out = render_report(shaped, options(ReportKind::Iku));
        CHECK(out.find("Indikator lama") == std::string::npos);
        CHECK(out.find("Demikian daftar ini.") != std::string::npos);
    }
    // Not items: decimals and abbreviations at the start of lines, so nothing is taken out.
    {
        Plan prose = plan;
        for (auto& c : prose.chapters)
            if (c.id == "bab2_iku") c.text = "Terdiri atas :\n1.5 persen dari target\n2.5 persen lainnya\na.n. Bupati\nb.n. Sekda";
        const std::string out = render_report(prose, options(ReportKind::Iku));
        CHECK(out.find("1.5 persen dari target") != std::string::npos);
        CHECK(out.find("a.n. Bupati") != std::string::npos);
    }
    // A list of sasaran before the list of indicators: the indicators' list is the one replaced, the sasaran's kept.
    {
        Plan two = plan;
        for (auto& c : two.chapters)
            if (c.id == "bab2_iku")
                c.text = "Sasaran:\n\na. Meningkatnya kinerja aparatur\nb. Meningkatnya koordinasi\n\nIndikator:\n\n1. Nilai Evaluasi AKIP "
                         "Sekretariat Daerah\n2. Nilai LPPD LAMA\n3. Laju pertumbuhan ekonomi";
        const std::string out = render_report(two, options(ReportKind::Iku));
        CHECK(out.find("a. Meningkatnya kinerja aparatur") != std::string::npos);
        CHECK(out.find("LAMA") == std::string::npos);
    }
    // The closing sentence on the line right after the list, and Windows line breaks: still replaced, once.
    for (const char* eol : {"\n", "\r\n"}) {
        Plan crlf = plan;
        for (auto& c : crlf.chapters)
            if (c.id == "bab2_iku") c.text = std::string("Terdiri atas :") + eol + eol + "1. Nilai LPPD" + eol + "2. Indikator lama" + eol +
                                             "Demikian daftar ini.";
        const std::string out = render_report(crlf, options(ReportKind::Iku));
        CHECK(out.find("Indikator lama") == std::string::npos);
        CHECK(out.find("Demikian daftar ini.") != std::string::npos);
        CHECK(out.find("<li value=\"16\">Persentase arsip yang dikelola sesuai standar</li>") != std::string::npos);
    }
}

TEST_CASE("report: a long target wraps (one wide value made Chromium shrink every page); a missing one prints \"-\"") {
    Plan p = plan_with_realisasi();
    find_indicator(p, "i1")->years[2023].target = parse_value("Opini WTP dari BPK RI");
    find_indicator(p, "i2")->years[2023].target = parse_value("Rp 25.000.000.000");
    find_indicator(p, "i3")->years.erase(2023);
    find_indicator(p, "i4")->years[2023].target = parse_value("110 per 100.000 KH");
    const std::string iku = render_report(p, options(ReportKind::Iku, 2023));
    CHECK(iku.find("<td class=\"c\">Opini WTP dari BPK RI</td>") != std::string::npos);
    // a number is never broken, the value wraps at its spaces ("100." / "000" was printed); an amount is not broken
    // from its currency either ("Rp 1." / "500.000." / "000" was printed): its column grows
    CHECK(iku.find("<td class=\"c\">110 per <span class=\"nw\">100.000</span> KH</td>") != std::string::npos);
    CHECK(iku.find("<td class=\"c\"><span class=\"nw\">Rp 25.000.000.000</span></td>") != std::string::npos);
    CHECK(iku.find("<td class=\"c t\">20 prd</td>") != std::string::npos);  // short: kept on one line
    for (ReportKind kind : {ReportKind::Iku, ReportKind::PerjanjianKinerja, ReportKind::RencanaAksi}) {
        CAPTURE(to_string(kind));
        const std::string html = render_report(p, options(kind, 2023));
        CHECK(html.find("<td class=\"c t\"></td>") == std::string::npos);
        CHECK(html.find("<td class=\"c\"></td>") == std::string::npos);
    }
}

TEST_CASE("report: hostile text is printed as text in all five documents") {
    const std::string evil = "<script>alert(1)</script> \"kutip\" 'tunggal' & dan";
    Plan p = builtin_plan();
    p.title = evil;
    p.office.name = evil;
    p.office.government = evil;
    p.office.place = evil;
    for (Signatory* s : {&p.signatory, &p.superior}) s->title = s->name = s->rank = s->nip = evil;
    p.chapters[0].title = evil;
    p.chapters[1].text = evil + "\n\n1. " + evil;
    p.settings.scale_name = evil;
    p.settings.bands = default_category_bands();
    p.settings.bands[3].label = evil;
    p.settings.bands[3].color = "red;background:url(http://example.invalid/x.png)";
    Objective& o = p.objectives[2];
    o.name = evil;
    Indicator& ind = o.indicators[1];  // i6
    ind.id = "i6\"><img src=x onerror=alert(1)>";
    ind.code = evil;
    ind.name = evil;
    ind.owner = evil;
    ind.formula.text = evil;
    ind.formula.expression = "[<script>alert(1)</script>] / [b & \"c\"] x 100 %";
    ind.formula.components = {{"a", "<script>alert(1)</script>", ""}, {"b", "b & \"c\"", ""}};
    ind.years[2023].target = parse_value("20 prd");
    ind.years[2023].actual.value = parse_value("18 prd");  // 90 % -> the band relabelled above
    ind.years[2023].actual.note = evil + " \xFF";
    ind.years[2023].quarter_targets[0] = parse_value(evil);
    for (ReportKind kind : {ReportKind::Iku, ReportKind::PerjanjianKinerja, ReportKind::RencanaAksi, ReportKind::Lkjip, ReportKind::Monitoring}) {
        std::string kind_name = to_string(kind);
        CAPTURE(kind_name);
        ReportOptions opt = options(kind, 2023);
        opt.quarter = 1;  // TW I, whose target is the hostile text (the monitoring report's; the others ignore it)
        opt.place_date = evil;
        std::string html = render_report(p, opt);
        check_self_contained(html);
        CHECK(lower(html).find("<script") == std::string::npos);
        // (a "word" of 25 characters: a break chance after its 12th and 24th)
        CHECK(html.find("&lt;script&gt;aler<wbr>t(1)&lt;/script<wbr>&gt; &quot;kutip&quot; &#39;tunggal&#39; &amp; dan") != std::string::npos);
        CHECK(html.find("example.invalid") == std::string::npos);  // the band colour is not a plain colour: dropped
        CHECK(html.find("data-indicator=\"i6\"") == std::string::npos);
    }
    std::string lkjip = render_report(p, options(ReportKind::Lkjip, 2023));
    CHECK(lkjip.find("&lt;script&gt;aler<wbr>t(1)&lt;/script<wbr>&gt; &quot;kutip&quot; &#39;tunggal&#39; &amp; dan \xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("report: LKjIP: capaian, category, earlier years and the end-of-period target come from the achievement rule") {
    Plan p = plan_with_realisasi();
    std::string html = render_report(p, options(ReportKind::Lkjip, 2023));
    check_self_contained(html);
    std::vector<Row> measure;
    for (size_t pos = html.find("<table class=\"measure\""); pos != std::string::npos;
         pos = html.find("<table class=\"measure\"", pos + 1)) {
        auto rows = body_rows(table_rows(html.substr(pos), "measure"));
        measure.insert(measure.end(), rows.begin(), rows.end());
    }
    REQUIRE(measure.size() == indicator_count(p));
    struct Expect { const char* id; const char* target; const char* actual; const char* percent; const char* category; };
    // worked by hand: 18/20 = 90 %; (14/20 x 100 = 70 %) / 80 % = 87,5 %; B (rank 4) / BB (rank 5) = 80 %;
    // 2 / 3 pasar = 66,67 % (Sedang (65, 75]); i3 has no realisasi ("-", as an empty target)
    for (const Expect& e : {Expect{"i6", "20 prd", "18 prd", "90,00 %", "Tinggi"}, Expect{"i5", "80%", "70 %", "87,50 %", "Tinggi"},
                            Expect{"i2", "BB", "B", "80,00 %", "Tinggi"}, Expect{"i10", "3 pasar", "2 pasar", "66,67 %", "Sedang"},
                            Expect{"i3", "B", "-", "-", "-"}}) {
        CAPTURE(e.id);
        const Row* r = row_for(measure, e.id);
        REQUIRE(r);
        REQUIRE(r->cells.size() == 6);
        CHECK(r->cells[2].text() == e.target);
        CHECK(r->cells[3].text() == e.actual);
        CHECK(r->cells[4].text() == e.percent);
        CHECK(r->cells[5].text() == e.category);
        Achievement a = compute_achievement(p, *find_indicator(p, e.id), 2023);
        CHECK(r->cells[4].text() == (a.percent ? format_number(*a.percent, 2) + " %" : std::string("-")));
        if (!a.color.empty()) CHECK(r->cells[5].attrs.find("background:" + a.color) != std::string::npos);
    }
    // earlier years: 2022 realisasi 19 prd against 20 prd = 95 %; per indicator a realisasi row (name, label,
    // 2018..2023) and a capaian row (label, 2018..2023)
    auto compare = body_rows(table_rows(html.substr(html.find("<table class=\"compare\"", html.find("data-indicator=\"i6\""))), "compare"));
    const Row* r6 = row_for(compare, "i6");
    const Row* c6 = capaian_row_for(compare, "i6");
    REQUIRE(r6);
    REQUIRE(c6);
    REQUIRE(r6->cells.size() == 2 + 6);
    REQUIRE(c6->cells.size() == 1 + 6);
    CHECK(r6->cells[0].rowspan() == 2);
    CHECK(r6->cells[1].text() == "Real.");
    CHECK(c6->cells[0].text() == "Cap. %");
    CHECK(r6->cells[2 + 4].text() == "19 prd");
    CHECK(c6->cells[1 + 4].text() == "95,00");
    {  // a bare number typed for an indicator in % is printed with its unit here too, as in the year's table
        Plan bare = p;
        find_indicator(bare, "i4")->years[2022].actual.value = parse_value("82,45");
        const std::string out = render_report(bare, options(ReportKind::Lkjip, 2023));
        auto rows = body_rows(table_rows(out.substr(out.find("<table class=\"compare\"", out.find("data-indicator=\"i4\""))), "compare"));
        REQUIRE(row_for(rows, "i4"));
        CHECK(row_for(rows, "i4")->cells[2 + 4].text() == "82,45%");
    }
    CHECK(r6->cells[2 + 5].text() == "18 prd");
    CHECK(c6->cells[1 + 5].text() == "90,00");
    CHECK(c6->cells[1 + 3].text() == "-");
    // the analysis note and the working
    CHECK(html.find("2 rancangan tertunda") != std::string::npos);
    CHECK(text_of(html).find(compute_achievement(p, *find_indicator(p, "i6"), 2023).explanation.id) != std::string::npos);
    // one chart per indicator
    size_t charts = 0;
    for (size_t pos = html.find("<svg"); pos != std::string::npos; pos = html.find("<svg", pos + 1)) ++charts;
    CHECK(charts == indicator_count(p));
    // the category summary equals summarize_categories; hand count: Tinggi = i2, i5, i6; Sedang = i10
    auto summary = body_rows(table_rows(html, "summary"));
    CategorySummary sum = summarize_categories(p, 2023);
    REQUIRE(summary.size() == sum.counts.size() + 2);
    for (size_t i = 0; i < sum.counts.size(); ++i) {
        CHECK(summary[i].cells[0].text() == sum.counts[i].first);
        CHECK(summary[i].cells[2].text() == std::to_string(sum.counts[i].second));
        if (sum.counts[i].first == "Tinggi") CHECK(sum.counts[i].second == 3);
        if (sum.counts[i].first == "Sedang") CHECK(sum.counts[i].second == 1);
    }
    CHECK(summary[sum.counts.size()].cells[1].text() == std::to_string(indicator_count(p) - 4));
    // What the average is: the scale, computable indicators only, and the cap once one is set.
    CHECK(text_of(html).find("Kategori menurut Permendagri 86/2017; rata-rata atas indikator yang dapat dihitung.") != std::string::npos);
    p.settings.cap = 100;
    CHECK(text_of(render_report(p, options(ReportKind::Lkjip, 2023))).find("capaian di atas 100 % dihitung 100 %.") != std::string::npos);
    p.settings.cap.reset();

    // English numbers
    std::string en = render_report(p, options(ReportKind::Lkjip, 2023, Lang::En));
    CHECK(en.find(">90.00 %<") != std::string::npos);
    CHECK(en.find("Performance indicator") != std::string::npos);
}

TEST_CASE("report: LKjIP 2020: realisasi against the year's target and against the end-of-period target") {
    Plan p = plan_with_realisasi();
    std::string html = render_report(p, options(ReportKind::Lkjip, 2020));
    auto measure = body_rows(table_rows(html, "measure"));
    const Row* r = row_for(measure, "i2");
    REQUIRE(r);
    CHECK(r->cells[4].text() == "100,00 %");  // B against B
    auto end = body_rows(table_rows(html, "compare-end"));
    const Row* e = row_for(end, "i2");
    REQUIRE(e);
    CHECK(e->cells[1].text() == "B");
    CHECK(e->cells[2].text() == "BB");        // the 2023 target
    CHECK(e->cells[3].text() == "80,00 %");   // B (rank 4) against BB (rank 5)
    // the earlier-years table stops at the report year
    auto compare = body_rows(table_rows(html, "compare"));
    REQUIRE(!compare.empty());
    CHECK(compare[0].cells.size() == 2 + 3);
    CHECK(compare[1].cells.size() == 1 + 3);
}

TEST_CASE("report: Perjanjian Kinerja: the year's targets, both parties") {
    Plan p = builtin_plan();
    p.superior.name = "Hj. DEWI HANDAJANI, S.E., M.M.";
    std::string html = render_report(p, options(ReportKind::PerjanjianKinerja, 2021));
    check_self_contained(html);
    auto body = body_rows(table_rows(html, "pk"));
    REQUIRE(body.size() == indicator_count(p));
    size_t i = 0;
    int n = 0;
    for (const auto& o : p.objectives) {
        ++n;
        for (size_t k = 0; k < o.indicators.size(); ++k, ++i) {
            const auto& cells = body[i].cells;
            size_t c = 0;
            if (k == 0) {
                REQUIRE(cells.size() == 4);
                CHECK(cells[0].text() == std::to_string(n));
                CHECK(cells[1].text() == o.name);
                CHECK(cells[1].rowspan() == static_cast<int>(o.indicators.size()));
                c = 2;
            }
            CHECK(cells[c].text() == o.indicators[k].name);
            CHECK(cells[c + 1].text() == o.indicators[k].years.at(2021).target.text);
        }
    }
    CHECK(html.find("PIHAK PERTAMA") != std::string::npos);
    CHECK(html.find("PIHAK KEDUA") != std::string::npos);
    CHECK(html.find("BUPATI TANGGAMUS,") != std::string::npos);
    CHECK(html.find("Hj. DEWI HANDAJANI, S.E., M.M.") != std::string::npos);
    CHECK(html.find("SEKRETARIS DAERAH KABUPATEN TANGGAMUS,") != std::string::npos);
    CHECK(html.find("Kota Agung,") != std::string::npos);
}

TEST_CASE("report: the Perjanjian Kinerja lists the programs with the year's budget and their total") {
    Plan p = builtin_plan();
    CHECK(render_report(p, options(ReportKind::PerjanjianKinerja, 2023)).find("table class=\"pk programs\"") == std::string::npos);
    p.programs = {{"p1", "Program Penataan Peraturan Perundang-undangan", {{2023, parse_value("Rp 150.000.000")}, {2022, parse_value("Rp 9")}}},
                  {"p2", "Program Pemerintahan dan Kesejahteraan Rakyat", {{2023, parse_value("Rp 1.250.500.000")}}},
                  {"p3", "Program Tanpa Anggaran", {}}};
    const std::string html = render_report(p, options(ReportKind::PerjanjianKinerja, 2023));
    auto rows = body_rows(table_rows(html, "pk programs"));
    REQUIRE(rows.size() == 4);
    auto texts = [](const Row& r) {
        std::vector<std::string> t;
        for (const auto& c : r.cells) t.push_back(c.text());
        return t;
    };
    CHECK(texts(rows[0]) == std::vector<std::string>{"1", "Program Penataan Peraturan Perundang-undangan", "Rp 150.000.000"});
    CHECK(texts(rows[1]) == std::vector<std::string>{"2", "Program Pemerintahan dan Kesejahteraan Rakyat", "Rp 1.250.500.000"});
    CHECK(texts(rows[2]) == std::vector<std::string>{"3", "Program Tanpa Anggaran", "-"});
    CHECK(texts(rows[3]) == std::vector<std::string>{"", "Jumlah", "Rp 1.400.500.000"});  // 150.000.000 + 1.250.500.000
    CHECK(html.find("<th>Anggaran 2023</th>") != std::string::npos);
    // A budget that is not an amount is shown as written and left out of the total, which says so.
    p.programs[2].budget[2023] = parse_value("menunggu APBD-P");
    auto rows2 = body_rows(table_rows(render_report(p, options(ReportKind::PerjanjianKinerja, 2023, Lang::En)), "pk programs"));
    REQUIRE(rows2.size() == 4);
    CHECK(texts(rows2[2])[2] == "menunggu APBD-P");
    CHECK(texts(rows2[3]) == std::vector<std::string>{"", "Total (budgets that are not amounts left out)", "Rp 1,400,500,000"});
    // Amounts written with words count as what they say ("Rp 2 miliar", "1,5 M" is 1,5 miliar, not 1,5 rupiah), a
    // percentage never; sen are kept.
    p.programs[2].budget[2023] = parse_value("1,5 M");
    p.programs[0].budget[2023] = parse_value("Rp 150.000.000,50");
    p.programs.push_back({"p4", "Program Persen", {{2023, parse_value("75%")}}});
    p.programs.push_back({"p5", "Program Miliar", {{2023, parse_value("Rp 2 miliar")}}});
    auto rows3 = body_rows(table_rows(render_report(p, options(ReportKind::PerjanjianKinerja, 2023)), "pk programs"));
    REQUIRE(rows3.size() == 6);
    // 150.000.000,50 + 1.250.500.000 + 1.500.000.000 + 2.000.000.000
    CHECK(texts(rows3[5]) == std::vector<std::string>{"", "Jumlah (anggaran yang bukan angka tidak dijumlahkan)", "Rp 4.900.500.000,50"});
}

TEST_CASE("report: a target typed without its unit is printed with the indicator's satuan (the PK has no Satuan column)") {
    Plan p = builtin_plan();
    Indicator* i5 = find_indicator(p, "i5");
    REQUIRE(i5->unit == "%");
    i5->years[2023].target = parse_value("82");
    find_indicator(p, "i6")->years[2023].quarter_targets = {parse_value("5"), parse_value("10"), parse_value("15"), parse_value("20")};
    for (ReportKind kind : {ReportKind::PerjanjianKinerja, ReportKind::RencanaAksi, ReportKind::Lkjip}) {
        const std::string html = render_report(p, options(kind, 2023));
        CAPTURE(static_cast<int>(kind));
        CHECK(html.find(">82%</td>") != std::string::npos);
        CHECK(html.find(">82</td>") == std::string::npos);
    }
    CHECK(render_report(p, options(ReportKind::Iku)).find(">82%</td>") != std::string::npos);
    CHECK(render_report(p, options(ReportKind::RencanaAksi, 2023)).find(">10 prd") != std::string::npos);
}

TEST_CASE("report: Rencana Aksi: annual and quarterly targets, the year's kegiatan and the penanggung jawab") {
    Plan p = builtin_plan();
    Indicator* i6 = find_indicator(p, "i6");
    i6->owner = "Bagian Hukum";
    i6->years[2022].quarter_targets = {parse_value("3 prd"), parse_value("5 prd"), parse_value("5 prd"), parse_value("7 prd")};
    i6->years[2022].activities = "Rapat harmonisasi ranperda\r\n\n  \nKonsultasi <ke> Kanwil Kemenkumham";
    i6->years[2023].activities = "Kegiatan tahun lain";
    std::string html = render_report(p, options(ReportKind::RencanaAksi, 2022));
    check_self_contained(html);
    auto body = body_rows(table_rows(html, "renaksi"));
    REQUIRE(body.size() == indicator_count(p));
    // signed in the table's last body, after every indicator: kept with the last rows on one page
    const size_t signed_at = html.find("<tbody class=\"sign-row\"><tr><td colspan=\"9\"><div class=\"sign-block single\">");
    REQUIRE(signed_at != std::string::npos);
    CHECK(signed_at > html.rfind(find_indicator(p, "i15")->name));
    CHECK(signed_at < html.find("</table>", html.find("<table class=\"renaksi\"")));
    const Row* row = nullptr;
    for (const auto& r : body)
        for (const auto& c : r.cells)
            if (c.text() == i6->name) row = &r;
    REQUIRE(row);
    std::vector<std::string> t;
    for (const auto& c : row->cells) t.push_back(c.text());
    CHECK(t == std::vector<std::string>{i6->name, "20 prd", "3 prd", "5 prd", "5 prd", "7 prd",
                                        "Rapat harmonisasi ranperda Konsultasi <ke> Kanwil Kemenkumham", "Bagian Hukum"});
    // one kegiatan a line, blank lines left out, the text escaped; another year's kegiatan not here
    CHECK(html.find("Rapat harmonisasi ranperda<br>Konsultasi &lt;ke&gt; Kanwil Kemenkumham</td>") != std::string::npos);
    CHECK(html.find("Kegiatan tahun lain") == std::string::npos);
    CHECK(html.find("<th rowspan=\"2\">Kegiatan</th>") != std::string::npos);
    // The quarters' headers as the interface writes them in each language.
    CHECK(html.find("<th>TW III</th>") != std::string::npos);
    const std::string en = render_report(p, options(ReportKind::RencanaAksi, 2022, Lang::En));
    CHECK(en.find("<th>Q3</th>") != std::string::npos);
    CHECK(en.find("TW III") == std::string::npos);
    // Cumulative quarter targets (5, 10, 15, 20 of 20, summed) are marked as such, from TW II on.
    Indicator* i9 = find_indicator(p, "i9");
    i9->aggregation = Aggregation::Sum;
    i9->years[2022].target = parse_value("20 kec.");
    i9->years[2022].quarter_targets = {parse_value("5 kec."), parse_value("10 kec."), parse_value("15 kec."), parse_value("20 kec.")};
    REQUIRE(cumulative_quarter_targets(*i9, 2022));
    const std::string cumulative = render_report(p, options(ReportKind::RencanaAksi, 2022));
    CHECK(cumulative.find(">5 kec.</td>") != std::string::npos);
    CHECK(cumulative.find(">10 kec. (s.d. TW)</td>") != std::string::npos);
    CHECK(cumulative.find(">20 kec. (s.d. TW)</td>") != std::string::npos);
    CHECK(cumulative.find(">7 prd</td>") != std::string::npos);  // i6's own quarters: unmarked
}

TEST_CASE("report: the year is required for pk, renaksi and lkjip, and must be inside the period") {
    Plan p = builtin_plan();
    for (ReportKind kind : {ReportKind::PerjanjianKinerja, ReportKind::RencanaAksi, ReportKind::Lkjip}) {
        auto problem = validate_report(p, options(kind));
        REQUIRE(problem);
        CHECK(problem->id == "report.year_required");
        std::string html = render_report(p, options(kind));
        CHECK(html.find("class=\"error\"") != std::string::npos);
        CHECK(html.find("<table") == std::string::npos);
    }
    auto outside = validate_report(p, options(ReportKind::PerjanjianKinerja, 2030));
    REQUIRE(outside);
    CHECK(outside->id == "report.year_outside_period");
    CHECK(outside->message.en.find("2018-2023") != std::string::npos);
    CHECK(!validate_report(p, options(ReportKind::Iku)));
    CHECK(!validate_report(p, options(ReportKind::Lkjip, 2018)));
    Plan backwards = p;
    backwards.end_year = 2017;
    auto bad = validate_report(backwards, options(ReportKind::Iku));
    REQUIRE(bad);
    CHECK(bad->id == "report.bad_period");
    CHECK(report_kind_from_string("pk") == ReportKind::PerjanjianKinerja);
    CHECK(report_kind_from_string("renaksi") == ReportKind::RencanaAksi);
    CHECK(!report_kind_from_string("PK"));
}

TEST_CASE("report: LKjIP earlier years: at most six years a table, each year column wide enough for 1.250,00 on A4") {
    // A4 portrait less the stylesheet's 25 + 20 mm side margins
    CHECK(lower(render_report(builtin_plan(), options(ReportKind::Lkjip, 2023))).find("@page { size: a4 portrait; margin: 20mm 20mm 20mm 25mm;") !=
          std::string::npos);
    const double text_mm = 210 - 25 - 20;
    // "1.250,00" at the table's 8.5 pt: 8 characters of up to 0.64 em (DejaVu Serif's digits, wider than Times
    // New Roman's 0.5 em), plus 3 pt of padding either side
    const double needed_mm = (8 * 0.64 * 8.5 + 2 * 3) * 25.4 / 72;
    Plan p = plan_with_realisasi();
    p.end_year = 2030;  // a 13-year period
    Indicator* i6 = find_indicator(p, "i6");
    i6->years[2030].target = parse_value("2 prd");
    i6->years[2030].actual.value = parse_value("25 prd");  // 1.250,00 %
    for (Lang lang : {Lang::Id, Lang::En}) {
        for (int year : {2023, 2030}) {
            CAPTURE(year);
            std::string html = render_report(p, options(ReportKind::Lkjip, year, lang));
            CHECK(css_for(html, "table.compare").find("table-layout: fixed") != std::string::npos);
            // the tables of the first sasaran: before its end-of-period table
            std::vector<int> years;
            const size_t stop = html.find("<table class=\"compare-end\"");
            for (size_t pos = html.find("<table class=\"compare\""); pos < stop; pos = html.find("<table class=\"compare\"", pos + 1)) {
                std::string table = html.substr(pos, html.find("</table>", pos) - pos);
                auto rows = table_rows(table, "compare");
                REQUIRE(!rows.empty());
                size_t n = rows[0].cells.size() - 1;  // "Indikator Kinerja" spans the name and label columns
                CHECK(n >= 1);
                CHECK(n <= 6);
                for (size_t c = 1; c < rows[0].cells.size(); ++c) years.push_back(std::stoi(rows[0].cells[c].text()));
                std::vector<double> widths;
                for (size_t c = table.find("<col "); c != std::string::npos; c = table.find("<col ", c + 1)) {
                    std::string style = attr(table.substr(c, table.find('>', c) - c), "style");
                    REQUIRE(style.rfind("width:", 0) == 0);
                    widths.push_back(std::stod(style.substr(6)));
                }
                REQUIRE(widths.size() == 2 + n);  // every column's width is set
                double sum = 0;
                for (double x : widths) sum += x;
                CHECK(sum <= 100.01);
                for (size_t c = 2; c < widths.size(); ++c) {
                    CAPTURE(c);
                    CHECK(widths[c] / 100 * text_mm >= needed_mm);
                }
            }
            std::vector<int> expected;
            for (int y = p.start_year; y <= year; ++y) expected.push_back(y);
            CHECK(years == expected);  // every year once, in order
        }
        std::string html = render_report(p, options(ReportKind::Lkjip, 2030, lang));
        auto compare = body_rows(table_rows(html.substr(html.rfind("<table class=\"compare\"", html.find("<table class=\"compare-end\"", html.find("data-indicator=\"i6\"")))), "compare"));
        const Row* c6 = capaian_row_for(compare, "i6");
        REQUIRE(c6);
        CHECK(c6->cells.back().text() == (lang == Lang::Id ? "1.250,00" : "1,250.00"));
    }
}

TEST_CASE("report: an earlier year's LKjIP charts show no realisasi of the years after it") {
    Plan p = builtin_plan();
    find_indicator(p, "i6")->years[2021].actual.value = parse_value("17 prd");
    find_indicator(p, "i6")->years[2023].actual.value = parse_value("19 prd");
    auto chart_of_six = [&](int year) {
        std::string html = render_report(p, options(ReportKind::Lkjip, year, Lang::Id));
        // (the unit said once in the caption, the labels the numbers)
        const size_t at = html.rfind("<svg ", html.find("Target dan realisasi 2018-2023 (prd): Jumlah penyusunan rancangan produk hukum daerah"));
        return html.substr(at, html.find("</svg>", at) - at);
    };
    const std::string in_2023 = chart_of_six(2023), in_2022 = chart_of_six(2022), in_2020 = chart_of_six(2020);
    const std::string actual_label = "paint-order=\"stroke\">", target_label = "fill=\"#444\" font-size=\"10.0\">";
    CHECK(in_2023.find(actual_label + "17</text>") != std::string::npos);
    CHECK(in_2023.find(actual_label + "19</text>") != std::string::npos);
    CHECK(in_2022.find(actual_label + "17</text>") != std::string::npos);
    CHECK(in_2022.find(actual_label + "19</text>") == std::string::npos);  // 2023 had not happened at the end of 2022
    CHECK(in_2020.find("<circle") == std::string::npos);
    CHECK(in_2020.find(target_label + "20</text>") != std::string::npos);  // the targets of every year stay
}

TEST_CASE("report: pages are numbered at their foot; each sasaran's rows are one group kept on a page") {
    for (ReportKind kind : {ReportKind::Iku, ReportKind::PerjanjianKinerja, ReportKind::RencanaAksi}) {
        const std::string html = render_report(builtin_plan(), options(kind, 2023));
        CHECK(html.find("@bottom-center { content: counter(page);") != std::string::npos);
        size_t groups = 0;
        for (size_t at = html.find("<tbody class=\"sasaran-group\">"); at != std::string::npos; at = html.find("<tbody class=\"sasaran-group\">", at + 1)) ++groups;
        CHECK(groups == builtin_plan().objectives.size());
        CHECK(html.find("tbody.sasaran-group { break-inside: avoid") != std::string::npos);
    }
}

TEST_CASE("report: the LKjIP has BAB I-IV: the plan's own chapters or a standard text, the year's targets, a computed summary") {
    Plan p = builtin_plan();
    find_indicator(p, "i6")->years[2023].actual.value = parse_value("18 prd");     // 90 %, Tinggi
    find_indicator(p, "i10")->years[2023].actual.value = parse_value("2 pasar");   // 66,67 %, Sedang
    std::string html = render_report(p, options(ReportKind::Lkjip, 2023));
    const size_t bab1 = html.find("<h2>BAB I PENDAHULUAN</h2>"), bab2 = html.find("<h2>BAB II PERENCANAAN KINERJA</h2>"),
                 bab3 = html.find("BAB III AKUNTABILITAS KINERJA"), bab4 = html.find("<h2>BAB IV PENUTUP</h2>");
    REQUIRE(bab1 != std::string::npos);
    REQUIRE(bab2 != std::string::npos);
    REQUIRE(bab3 != std::string::npos);
    REQUIRE(bab4 != std::string::npos);
    CHECK(bab1 < bab2);
    CHECK(bab2 < bab3);
    CHECK(bab3 < bab4);
    CHECK(html.find("Peraturan Presiden Nomor 29 Tahun 2014") != std::string::npos);  // the standard introduction
    // BAB II: the year's targets as in the Perjanjian Kinerja
    auto targets = body_rows(table_rows(html.substr(bab2, bab3 - bab2), "pk"));
    CHECK(targets.size() == indicator_count(p));
    // BAB IV: the summary computed from the data: 2 of 15 measured, average (90 + 66,67) / 2 = 78,33 %
    const std::string closing = html.substr(bab4);
    CHECK(closing.find("Dari 15 indikator kinerja utama Sekretariat Daerah Kabupaten Tanggamus tahun 2023, 2 dapat diukur capaiannya "
                       "dengan rata-rata capaian 78,33 % (1 Sedang, 1 Tinggi).") != std::string::npos);
    CHECK(closing.find("Sebanyak 13 indikator belum dapat diukur") != std::string::npos);

    // The plan's own chapters replace the standard texts, and the IKU document leaves them out.
    p.chapters.push_back({kLkjipIntroductionId, "LKjIP - BAB I", "Tugas pokok Sekretariat Daerah: membantu Bupati."});
    p.chapters.push_back({kLkjipClosingId, "LKjIP - BAB IV", "Faktor penghambat: anggaran terbatas."});
    html = render_report(p, options(ReportKind::Lkjip, 2023));
    CHECK(html.find("Tugas pokok Sekretariat Daerah: membantu Bupati.") != std::string::npos);
    CHECK(html.find("Peraturan Presiden Nomor 29 Tahun 2014") == std::string::npos);
    CHECK(html.find("Faktor penghambat: anggaran terbatas.") != std::string::npos);
    const std::string iku = render_report(p, options(ReportKind::Iku));
    CHECK(iku.find("membantu Bupati") == std::string::npos);
    CHECK(iku.find("anggaran terbatas") == std::string::npos);
    CHECK(lkjip_chapter_templates(Lang::Id).size() == 2);
    CHECK(lkjip_chapter_templates(Lang::Id)[1].id == kLkjipClosingId);
}

TEST_CASE("report: the LKjIP of a year is dated the next year, and its title keeps 'LKjIP' as written") {
    const std::string html = render_report(builtin_plan(), options(ReportKind::Lkjip, 2023, Lang::Id));
    CHECK(html.find("Kota Agung,  .................... 2024") != std::string::npos);
    CHECK(html.find("Kota Agung,  .................... 2023") == std::string::npos);
    CHECK(html.find("Laporan Kinerja Instansi Pemerintah (<span class=\"keep-case\">LKjIP</span>)") != std::string::npos);
    CHECK(html.find(".keep-case { text-transform: none; }") != std::string::npos);
}

TEST_CASE("report: LKjIP charts: a negative realisasi goes below 0; a chart that cannot be drawn says for which indicator") {
    Plan p = builtin_plan();
    Indicator* growth = find_indicator(p, "i11");
    for (auto& [y, e] : growth->years) e.target = parse_value("5 %");
    growth->years[2021].actual.value = parse_value("-2,4 %");
    growth->years[2022].actual.value = parse_value("3,1 %");
    const std::string html = render_report(p, options(ReportKind::Lkjip, 2023));
    const size_t at = html.rfind("<svg ", html.find("Target dan realisasi 2018-2023: Laju pertumbuhan ekonomi"));
    REQUIRE(at != std::string::npos);
    const std::string chart = html.substr(at, html.find("</svg>", at) - at);
    const size_t zero_line = chart.find("stroke=\"#000\"");
    REQUIRE(zero_line != std::string::npos);
    const double zero_y = std::stod(attr(chart.substr(chart.rfind("<line", zero_line)), "y1"));
    std::vector<double> points;
    for (size_t c = chart.find("<circle"); c != std::string::npos; c = chart.find("<circle", c + 1))
        points.push_back(std::stod(attr(chart.substr(c), "cy")));
    REQUIRE(points.size() == 2);
    CHECK(points[0] > zero_y + 5);  // -2,4 % below the 0 line (it was drawn on it, as 0)
    CHECK(points[1] < zero_y - 5);
    CHECK(chart.find(">-2,4 %</text>") != std::string::npos);
    CHECK(chart.find(">-") != std::string::npos);  // a tick below 0

    Plan bare = builtin_plan();
    find_indicator(bare, "i3")->years.clear();
    const std::string none = render_report(bare, options(ReportKind::Lkjip, 2023));
    CHECK(none.find("Grafik tidak tersedia untuk 3. Nilai LPPD: target dan realisasinya belum diisi.") != std::string::npos);
    const std::string none_en = render_report(bare, options(ReportKind::Lkjip, 2023, Lang::En));
    CHECK(none_en.find("No chart for 3. Nilai LPPD: no targets or actuals are entered.") != std::string::npos);
}

TEST_CASE("report: LKjIP charts: every label lies inside the chart, at both edges") {
    Plan p = builtin_plan();
    // the realisasi of a user test, long labels in the last year's slot; and targets in millions (wide tick labels)
    find_indicator(p, "i1")->years[2023].actual.value = parse_value("B (63,11)");
    find_indicator(p, "i8")->years[2023].actual.value = parse_value("1 ranperda");
    for (auto& [y, e] : find_indicator(p, "i10")->years) e.target = parse_value("1.500.000 pasar");
    find_indicator(p, "i10")->years[2023].actual.value = parse_value("1.250.000 pasar");
    // realisasi just under their targets, every year: their labels and the targets' meet
    for (int y = 2018; y <= 2023; ++y) find_indicator(p, "i6")->years[y].actual.value = parse_value(y % 2 ? "21 prd" : "19 prd");
    for (int y = 2018; y <= 2022; ++y) find_indicator(p, "i10")->years[y].actual.value = parse_value("1.550.000 pasar");
    for (Lang lang : {Lang::Id, Lang::En}) {
        std::string html = render_report(p, options(ReportKind::Lkjip, 2023, lang));
        CHECK(html.find(lang == Lang::Id ? ">B (63,11)</text>" : ">B (63.11)</text>") != std::string::npos);
        CHECK(html.find(">1</text>") != std::string::npos);  // 1 ranperda, the unit in the caption
        CHECK(html.find(lang == Lang::Id ? ">1,25 jt</text>" : ">1.25 m</text>") != std::string::npos);  // 1.250.000 pasar
        CHECK(html.find(lang == Lang::Id ? "(pasar; jt = juta, M = miliar, T = triliun): Jumlah pasar"
                                         : "(pasar; m = million, bn = billion, tn = trillion): Jumlah pasar") != std::string::npos);
        int labels = 0;
        for (size_t svg = html.find("<svg "); svg != std::string::npos; svg = html.find("<svg ", svg + 1)) {
            std::string chart = html.substr(svg, html.find("</svg>", svg) - svg);
            REQUIRE(attr(chart, "viewBox") == "0 0 400 200");
            const double chart_w = 400, svg_font = std::stod(attr(chart, "font-size"));
            std::vector<std::array<double, 4>> value_boxes;
            for (size_t t = chart.find("<text"); t != std::string::npos; t = chart.find("<text", t + 1)) {
                size_t open_end = chart.find('>', t);
                std::string attrs = chart.substr(t + 5, open_end - t - 5);
                std::string label = text_of(chart.substr(open_end + 1, chart.find("</text>", t) - open_end - 1));
                if (label.empty()) continue;
                ++labels;
                // about 0.6 em per character in a sans-serif font ("B (63,11)" is 5.2 em in DejaVu Sans Bold)
                size_t chars = 0;
                for (unsigned char c : label) chars += (c & 0xC0) != 0x80;
                std::string size = attr(attrs, "font-size");
                double w = chars * 0.6 * (size.empty() ? svg_font : std::stod(size));
                double x = std::stod(attr(attrs, "x"));
                std::string anchor = attr(attrs, "text-anchor");
                double from = anchor == "end" ? x - w : anchor == "middle" ? x - w / 2 : x;
                CAPTURE(label);
                CAPTURE(x);
                CHECK(from >= 0);
                CHECK(from + w <= chart_w);
                // Value labels (targets, realisasi) never cover each other.
                if (!size.empty()) {
                    const double y = std::stod(attr(attrs, "y")), h = std::stod(size);
                    for (const auto& [x0, x1, y0, y1] : value_boxes) {
                        const bool overlap = from < x1 && x0 < from + w && y - h < y1 && y0 < y + 2;
                        CHECK_FALSE(overlap);
                    }
                    value_boxes.push_back({from, from + w, y - h, y + 2});
                }
            }
        }
        CHECK(labels > 15 * 10);
    }
}

TEST_CASE("report: LKjIP chart: a realisasi label is never right against a target's label (\"5\" and \"6\" read \"56\")") {
    Plan p = builtin_plan();
    Indicator& ind = *find_indicator(p, "i12");
    for (int y = 2018; y <= 2023; ++y) ind.years[y].target = parse_value("5 keg");
    ind.years[2023].actual.value = parse_value("6 keg");
    const std::string html = render_report(p, options(ReportKind::Lkjip, 2023));
    const size_t at = html.rfind("<svg ", html.find(ind.name + "</figcaption>"));
    const std::string chart = html.substr(at, html.find("</svg>", at) - at);
    const std::vector<ChartLabel> labels = value_labels(chart);
    bool six = false;
    for (const ChartLabel& a : labels) {
        six = six || a.text == "6";
        for (const ChartLabel& b : labels) {
            if (&a == &b || !(a.y0 < b.y1 && b.y0 < a.y1)) continue;  // not side by side
            CAPTURE(a.text);
            CAPTURE(b.text);
            CHECK((a.x1 + 4 <= b.x0 || b.x1 + 4 <= a.x0));
        }
    }
    CHECK(six);
}

TEST_CASE("report: a new plan given the IKU chapters to start from prints Kata Pengantar, BAB I-III with its office and its indicators") {
    Plan p;
    p.id = "dinkes";
    p.office.name = "Dinas Kesehatan";
    p.office.government = "Pemerintah Kabupaten Tanggamus";
    p.start_year = 2025;
    p.end_year = 2029;
    Objective o;
    o.id = "s1";
    o.code = "1";
    o.name = "Meningkatnya derajat kesehatan masyarakat";
    Indicator ind;
    ind.id = "i1";
    ind.code = "1";
    ind.name = "Angka kematian ibu";
    o.indicators.push_back(ind);
    p.objectives.push_back(o);
    const std::string bare = render_report(p, options(ReportKind::Iku, 0));
    CHECK(bare.find("KATA PENGANTAR") == std::string::npos);
    p.chapters = iku_chapter_templates(p);
    const std::string html = render_report(p, options(ReportKind::Iku, 0));
    const std::string text = text_of(html);
    for (const char* heading : {"KATA PENGANTAR", "BAB I PENDAHULUAN", "1.1 Latar Belakang", "1.2 Maksud dan Tujuan",
                                "BAB II PENETAPAN INDIKATOR KINERJA UTAMA", "2.1 Indikator Kinerja Utama", "BAB III PENUTUP"})
        CHECK(text.find(heading) != std::string::npos);
    CHECK(text.find("Dinas Kesehatan Kabupaten Tanggamus menetapkan Indikator Kinerja Utama (IKU) Tahun 2025-2029") != std::string::npos);
    // BAB II 2.1 lists the plan's indicators (from the plan), once
    const size_t list = html.find("<li value=\"1\">Angka kematian ibu</li>");
    CHECK(list != std::string::npos);
    CHECK(html.find("<li value=\"1\">Angka kematian ibu</li>", list + 1) == std::string::npos);
    CHECK(html.find("2.1 Indikator Kinerja Utama") < list);
    // the LKjIP's chapters are not among them
    for (const Chapter& c : p.chapters) CHECK(c.id.rfind("lkjip_", 0) != 0);
}

TEST_CASE("report: an English document writes the values' numbers the English way, as its capaian; Indonesian as typed") {
    Plan p = builtin_plan();
    Indicator& five = *find_indicator(p, "i5");
    five.years[2023].target = parse_value("92,5%");
    five.years[2023].actual.value = parse_value("87,35 %");
    const std::string en = render_report(p, options(ReportKind::Lkjip, 2023, Lang::En));
    CHECK(en.find(">92.5%<") != std::string::npos);
    CHECK(en.find(">87.35 %<") != std::string::npos);
    CHECK(en.find("92,5%") == std::string::npos);
    const std::string id = render_report(p, options(ReportKind::Lkjip, 2023, Lang::Id));
    CHECK(id.find(">92,5%<") != std::string::npos);
    CHECK(id.find(">87,35 %<") != std::string::npos);
}

TEST_CASE("report: an office named with its region already is not followed by the region again") {
    Plan p = builtin_plan();
    p.office.name = "Dinas Kesehatan Kabupaten  Tanggamus";
    p.office.government = "Pemerintah Kabupaten Tanggamus";
    for (ReportKind kind : {ReportKind::Iku, ReportKind::PerjanjianKinerja, ReportKind::RencanaAksi, ReportKind::Lkjip}) {
        CAPTURE(to_string(kind));
        const std::string html = render_report(p, options(kind, 2023));
        CHECK(html.find("Tanggamus Kabupaten Tanggamus") == std::string::npos);
        CHECK(html.find("TANGGAMUS KABUPATEN TANGGAMUS") == std::string::npos);
        CHECK(html.find("Dinas Kesehatan Kabupaten  Tanggamus") != std::string::npos);
    }
    // the IKU cover: the name on its line, no region line under it
    const std::string iku = render_report(p, options(ReportKind::Iku, 0));
    CHECK(iku.find("<div class=\"office\"><div>Dinas Kesehatan Kabupaten  Tanggamus</div></div>") != std::string::npos);
    Plan seed = builtin_plan();
    CHECK(render_report(seed, options(ReportKind::Iku, 0)).find("<div class=\"office\"><div>Sekretariat Daerah</div><div>Kabupaten Tanggamus</div></div>") != std::string::npos);
    // the region abbreviated in the name ("Kab.", "Kab"): not followed by the region either
    for (const char* abbreviated : {"Dinas Sosial Kab. Tanggamus", "Dinas Sosial Kab Tanggamus", "Dinas Sosial KAB. TANGGAMUS"}) {
        p.office.name = abbreviated;
        CHECK(report::office_full_name(p) == abbreviated);
    }
    // a name that only ends like the region's last word still gets the region
    p.office.name = "Dinas Pariwisata Tanggamus";
    CHECK(render_report(p, options(ReportKind::PerjanjianKinerja, 2023)).find("Dinas Pariwisata Tanggamus Kabupaten Tanggamus") != std::string::npos);
}

TEST_CASE("report: LKjIP chart of a one-year plan: the realisasi just above its target is labelled and no label covers a point") {
    Plan p = builtin_plan();
    p.start_year = p.end_year = 2023;
    Indicator& ind = *find_indicator(p, "i6");
    ind.years[2023].target = parse_value("85%");
    ind.years[2023].actual.value = parse_value("88,5%");
    const std::string html = render_report(p, options(ReportKind::Lkjip, 2023, Lang::Id));
    const size_t caption = html.find("Target dan realisasi 2023: " + ind.name);
    REQUIRE(caption != std::string::npos);
    CHECK(html.find("Target dan realisasi 2023-2023") == std::string::npos);
    for (ReportKind kind : {ReportKind::Iku, ReportKind::PerjanjianKinerja, ReportKind::RencanaAksi, ReportKind::Lkjip})
        CHECK(render_report(p, options(kind, 2023)).find("2023-2023") == std::string::npos);  // cover, Lampiran: "2023"
    const size_t at = html.rfind("<svg ", caption);
    const std::string chart = html.substr(at, html.find("</svg>", at) - at);
    const size_t c = chart.find("<circle");
    REQUIRE(c != std::string::npos);
    const double px = std::stod(attr(chart.substr(c), "cx")), py = std::stod(attr(chart.substr(c), "cy"));
    const std::vector<ChartLabel> labels = value_labels(chart);
    for (const ChartLabel& l : labels) {
        CAPTURE(l.text);
        const bool covers_point = l.x0 < px + 3.5 && px - 3.5 < l.x1 && l.y0 < py + 3.5 && py - 3.5 < l.y1;
        CHECK_FALSE(covers_point);
    }
    CHECK(labels.size() == 2);
    CHECK(chart.find(">85%</text>") != std::string::npos);
    CHECK(chart.find(">88,5%</text>") != std::string::npos);
}

TEST_CASE("report: Perjanjian Kinerja: both signature blocks share their rows and stay with what comes before") {
    Plan p = builtin_plan();
    p.superior.name = "Hj. DEWI HANDAJANI";
    for (Lang lang : {Lang::Id, Lang::En}) {
        std::string html = render_report(p, options(ReportKind::PerjanjianKinerja, 2023, lang));
        // kept on one page, and on the page of what is before it (the annex table's last rows)
        std::string block_css = css_for(html, ".sign-block");
        CHECK(block_css.find("break-inside: avoid") != std::string::npos);
        CHECK(block_css.find("break-before: avoid") != std::string::npos);
        // the names at the bottom of their row, so that their last lines share a baseline however they wrap
        CHECK(css_for(html, "table.signs tr.name td").find("vertical-align: bottom") != std::string::npos);
        CHECK(css_for(html, "table.signs tr.space td").find("height:") != std::string::npos);
        // on the agreement page and after the annex table, right after it
        CHECK(html.find("</table>\n<div class=\"sign-block\">") != std::string::npos);
        int blocks = 0;
        for (size_t pos = html.find("<div class=\"sign-block\">"); pos != std::string::npos;
             pos = html.find("<div class=\"sign-block\">", pos + 1)) {
            ++blocks;
            std::string block = html.substr(pos, html.find("</div>", pos) - pos);
            CHECK(block.find("<col style=\"width:50%\"><col style=\"width:50%\">") != std::string::npos);
            auto rows = table_rows(block, "signs");
            std::vector<std::string> kinds;
            std::map<std::string, std::vector<std::string>> cells;
            for (const auto& r : rows) {
                kinds.push_back(attr(r.attrs, "class"));
                for (const auto& c : r.cells) cells[kinds.back()].push_back(c.text());
            }
            // one row per line, in order; the place and date, rank and NIP over the right-hand block only
            CHECK(kinds == std::vector<std::string>{"place", "role", "title", "space", "name", "rank", "nip"});
            CHECK(cells["place"] == std::vector<std::string>{"", "Kota Agung, .................... 2023"});
            CHECK(cells["role"] == (lang == Lang::Id ? std::vector<std::string>{"PIHAK KEDUA", "PIHAK PERTAMA"}
                                                     : std::vector<std::string>{"PIHAK KEDUA (second party)", "PIHAK PERTAMA (first party)"}));
            CHECK(cells["title"] == std::vector<std::string>{"BUPATI TANGGAMUS,", "SEKRETARIS DAERAH KABUPATEN TANGGAMUS,"});
            CHECK(cells["space"] == std::vector<std::string>{"", ""});
            CHECK(cells["name"] == std::vector<std::string>{"Hj. DEWI HANDAJANI", "Drs. HAMID HERIANSYAH LUBIS, M.SI."});
            CHECK(cells["rank"] == std::vector<std::string>{"", "Pembina Utama Muda"});
            CHECK(cells["nip"] == std::vector<std::string>{"", "NIP. 19750308 199403 1 003"});
        }
        CHECK(blocks == 2);
    }
}


TEST_CASE("report: monitoring TW II: the quarter's target, realisasi, capaian and category per indicator, worked by hand") {
    const Plan p = monitoring_plan();
    ReportOptions o = options(ReportKind::Monitoring, 2024);
    o.quarter = 2;
    const std::string html = render_report(p, o);
    check_self_contained(html);
    CHECK(html.find("class=\"sheet landscape\"") != std::string::npos);
    CHECK(text_of(html).find("Laporan Monitoring Capaian Kinerja Triwulan II Tahun 2024 Dinas Contoh Kabupaten Tanggamus") != std::string::npos);
    const auto rows = body_rows(table_rows(html, "monitoring"));
    // five indicators and the sasaran without any (its row kept, empty)
    REQUIRE(rows.size() == 6);
    struct Expect { const char* name; const char* target; const char* actual; const char* percent; const char* category; const char* colour; };
    // m1: cumulative, TW I + TW II = 4 + 7 = 11 dok against 10 dok: 11 / 10 x 100 = 110,00 % (> 90: Sangat Tinggi)
    // m2: 20 / 25 x 100 = 80,00 % ((75;90]: Tinggi); m3: (2 - 13/10) x 100 = 70,00 % ((65;75]: Sedang)
    // m4: no TW II target, its realisasi shown; m5: no realisasi
    for (const Expect& e : {Expect{"Jumlah dokumen perencanaan", "10 dok (s.d. TW)", "11 dok (s.d. TW)", "110,00 %", "Sangat Tinggi", "#1565c0"},
                            Expect{"Jumlah kegiatan pembinaan", "25 keg", "20 keg", "80,00 %", "Tinggi", "#2e7d32"},
                            Expect{"Jumlah pengaduan", "10 kasus", "13 kasus", "70,00 %", "Sedang", "#f9a825"},
                            Expect{"Jumlah kajian", "-", "2 dok", "-", "-", ""},
                            Expect{"Jumlah produk hukum", "3 prd", "-", "-", "-", ""}}) {
        CAPTURE(e.name);
        const std::vector<Cell> c = monitoring_cells(rows, e.name);
        REQUIRE(c.size() == 6);
        CHECK(c[1].text() == e.target);
        CHECK(c[2].text() == e.actual);
        CHECK(c[3].text() == e.percent);
        CHECK(c[4].text() == e.category);
        if (*e.colour) CHECK(c[4].attrs.find(std::string("background:") + e.colour) != std::string::npos);
    }
    // Keterangan: the working, or why not computable
    const std::string m1 = monitoring_cells(rows, "Jumlah dokumen perencanaan")[5].text();
    CHECK(m1.find("kumulatif TW I s.d. TW II") != std::string::npos);
    CHECK(m1.find("110,00 %") != std::string::npos);
    CHECK(m1.find("Analisis: dua dokumen menunggu tanda tangan") != std::string::npos);
    CHECK(monitoring_cells(rows, "Jumlah pengaduan")[5].text().find("13 kasus") != std::string::npos);
    CHECK(monitoring_cells(rows, "Jumlah kajian")[5].text() == "Tidak dapat dihitung: target TW II 2024 belum diisi");
    CHECK(monitoring_cells(rows, "Jumlah produk hukum")[5].text() == "Tidak dapat dihitung: realisasi belum diisi");
    CHECK(text_of(html).find("(s.d. TW): target triwulan kumulatif") != std::string::npos);
    // the TW II summary: one indicator in each of Sangat Tinggi, Tinggi, Sedang; two not computable;
    // average (110 + 80 + 70) / 3 = 86,67 %
    const auto summary = body_rows(table_rows(html, "summary"));
    REQUIRE(summary.size() == 5 + 2);
    CHECK(text_of(html).find("Ringkasan kategori capaian TW II 2024") != std::string::npos);
    std::vector<std::string> counts;
    for (size_t i = 0; i < 5; ++i) counts.push_back(summary[i].cells[0].text() + "=" + summary[i].cells[2].text());
    CHECK(counts == std::vector<std::string>{"Sangat Rendah=0", "Rendah=0", "Sedang=1", "Tinggi=1", "Sangat Tinggi=1"});
    CHECK(summary[5].cells[1].text() == "2");
    CHECK(summary[6].cells[1].text() == "86,67 %");
    CHECK(text_of(html).find("Kategori menurut Permendagri 86/2017; rata-rata atas indikator yang dapat dihitung.") != std::string::npos);
    // signed by the head of office after the summary, dated in the year
    const size_t signed_at = html.find("<div class=\"sign-block single\">");
    REQUIRE(signed_at != std::string::npos);
    CHECK(signed_at > html.find("<table class=\"summary\""));
    CHECK(text_of(html.substr(signed_at)).find("Kota Agung, .................... 2024 KEPALA DINAS CONTOH, Kepala Contoh") != std::string::npos);
}

TEST_CASE("report: monitoring TW I and in English: the quarter's own numbers, the quarter's words") {
    const Plan p = monitoring_plan();
    ReportOptions o = options(ReportKind::Monitoring, 2024);
    o.quarter = 1;
    const std::string tw1 = render_report(p, o);
    const auto rows = body_rows(table_rows(tw1, "monitoring"));
    // m1 TW I: 4 / 5 x 100 = 80,00 %; m2 has no TW I realisasi
    const std::vector<Cell> m1 = monitoring_cells(rows, "Jumlah dokumen perencanaan");
    REQUIRE(m1.size() == 6);
    CHECK(m1[1].text() == "5 dok (s.d. TW)");
    CHECK(m1[3].text() == "80,00 %");
    CHECK(m1[4].text() == "Tinggi");
    CHECK(monitoring_cells(rows, "Jumlah kegiatan pembinaan")[3].text() == "-");
    // the quarter kept whole in the header ("TW" and "I" joined by a no-break space)
    CHECK(tw1.find("<th>Target TW\xC2\xA0I</th>") != std::string::npos);
    CHECK(tw1.find("<th>Realisasi TW\xC2\xA0I</th>") != std::string::npos);
    CHECK(tw1.find("Analisis:") == std::string::npos);  // the TW II note is not TW I's

    o.quarter = 2;
    o.lang = Lang::En;
    const std::string en = render_report(p, o);
    const auto en_rows = body_rows(table_rows(en, "monitoring"));
    const std::vector<Cell> m1_en = monitoring_cells(en_rows, "Jumlah dokumen perencanaan");
    REQUIRE(m1_en.size() == 6);
    CHECK(m1_en[1].text() == "10 dok (to date)");
    CHECK(m1_en[3].text() == "110.00 %");
    CHECK(monitoring_cells(en_rows, "Jumlah kajian")[5].text() == "Not computable: no target for Q2 2024");
    CHECK(en.find("<th>Target Q2</th>") != std::string::npos);
    CHECK(text_of(en).find("Quarterly Performance Monitoring Report Q2 2024") != std::string::npos);
    CHECK(text_of(en).find("Achievement categories Q2 2024") != std::string::npos);
    CHECK(en.find("TW II") == std::string::npos);
    CHECK(en.find(">86.67 %<") != std::string::npos);
}

TEST_CASE("report: the monitoring report needs a quarter 1-4 as well as a year") {
    const Plan p = monitoring_plan();
    CHECK(report_kind_from_string("monitoring") == ReportKind::Monitoring);
    CHECK(std::string(to_string(ReportKind::Monitoring)) == "monitoring");
    ReportOptions o = options(ReportKind::Monitoring, 2024);
    for (int quarter : {0, 5, -1}) {
        CAPTURE(quarter);
        o.quarter = quarter;
        auto problem = validate_report(p, o);
        REQUIRE(problem);
        CHECK(problem->id == "report.quarter_required");
        CHECK(render_report(p, o).find("<table") == std::string::npos);
    }
    o.quarter = 4;
    CHECK(!validate_report(p, o));
    o.year = 0;
    REQUIRE(validate_report(p, o));
    CHECK(validate_report(p, o)->id == "report.year_required");
    // the other kinds ignore the quarter
    CHECK(!validate_report(p, options(ReportKind::RencanaAksi, 2024)));
}

}  // TEST_SUITE

TEST_CASE("report: LKjIP chart: a range target is a bar from its lower bound to its upper; a realisasi in another unit is not drawn") {
    Plan p = builtin_plan();
    Indicator* days = find_indicator(p, "i11");  // charted in the LKjIP (a count of "prd" is not)
    days->kind = ValueKind::Number;
    days->unit = "hari";
    days->polarity = Polarity::Minimize;
    for (auto& [y, e] : days->years) e.target = parse_value("10 hari");
    days->years[2020].target = parse_value("10-12 hari");
    days->years[2020].actual.value = parse_value("13 hari");
    days->years[2021].actual.value = parse_value("9 hari");
    days->years[2022].actual.value = parse_value("3 unit");  // not computable: another unit
    const std::string html = render_report(p, options(ReportKind::Lkjip, 2023));
    const size_t at = html.rfind("<svg ", html.find("Target dan realisasi 2018-2023 (hari): " + days->name));
    REQUIRE(at != std::string::npos);
    const std::string chart = html.substr(at, html.find("</svg>", at) - at);
    // The bars, in year order, then the legend's box (the last rect).
    std::vector<std::pair<double, double>> bars;  // top y, bottom y
    for (size_t r = chart.find("<rect"); r != std::string::npos; r = chart.find("<rect", r + 1)) {
        const std::string rect = chart.substr(r);
        const double y = std::stod(attr(rect, "y")), h = std::stod(attr(rect, "height"));
        bars.emplace_back(y, y + h);
    }
    REQUIRE(bars.size() == 7);
    const double bottom_of_10 = bars[0].second;  // 2018: "10 hari", from 0
    const double top_of_10 = bars[0].first;
    CHECK(bars[2].second < bottom_of_10 - 20);         // 2020's range starts at 10, not at 0 ...
    CHECK(bars[2].second == doctest::Approx(top_of_10));  // ... exactly where the 10 of 2018 ends
    CHECK(bars[2].first < top_of_10 - 5);               // and reaches 12
    CHECK(chart.find(">10-12</text>") != std::string::npos);
    // Two realisasi drawn (13 in 2020, 9 in 2021); "3 unit" of 2022 neither as a point nor as a label.
    size_t circles = 0;
    for (size_t c = chart.find("<circle"); c != std::string::npos; c = chart.find("<circle", c + 1)) ++circles;
    CHECK(circles == 2);
    CHECK(chart.find(">3</text>") == std::string::npos);
    CHECK(chart.find("3 unit") == std::string::npos);
}

TEST_CASE("report: the working's arrow cannot be broken across lines (\"66,67 % -\" / \"> Sedang\" in a narrow cell)") {
    Plan p = builtin_plan();
    Indicator* six = find_indicator(p, "i6");
    six->years[2023].quarter_targets[1] = parse_value("10 prd");
    six->years[2023].quarter_actuals[1].value = parse_value("7 prd");
    six->years[2023].actual.value = parse_value("15 prd");
    for (const ReportKind kind : {ReportKind::Monitoring, ReportKind::Lkjip}) {
        ReportOptions o = options(kind, 2023);
        o.quarter = kind == ReportKind::Monitoring ? 2 : 0;
        const std::string html = render_report(p, o);
        CAPTURE(static_cast<int>(kind));
        CHECK(html.find("<span class=\"nw\">-&gt;</span> ") != std::string::npos);
        CHECK(html.find("% -&gt;") == std::string::npos);  // no arrow left breakable
    }
}

TEST_CASE("report: amounts of money are never broken, nor cut from their Rp; a sum of quarters in rupiah is written Rp first") {
    Plan p = plan_with_realisasi();
    Indicator& rp = *find_indicator(p, "i1");
    rp.unit = "Rp";
    rp.kind = ValueKind::Number;
    rp.aggregation = Aggregation::Sum;
    for (int y = p.start_year; y < 2023; ++y) {
        rp.years[y].target = parse_value("Rp 1.250.000.000");
        rp.years[y].actual.value = parse_value("Rp 1.187.500.000");
    }
    YearEntry& e = rp.years[2023];
    e.target = parse_value("Rp 1.500.000.000");
    const char* targets[] = {"Rp 300.000.000", "Rp 400.000.000", "Rp 400.000.000", "Rp 400.000.000"};
    const char* actuals[] = {"Rp 350.000.000", "Rp 400.000.000", "Rp 400.000.000", "400.000.000,-"};
    for (int q = 0; q < 4; ++q) {
        e.quarter_targets[q] = parse_value(targets[q]);
        e.quarter_actuals[q].value = parse_value(actuals[q]);
    }
    for (ReportKind kind : {ReportKind::PerjanjianKinerja, ReportKind::RencanaAksi, ReportKind::Lkjip, ReportKind::Monitoring}) {
        CAPTURE(to_string(kind));
        ReportOptions o = options(kind, 2023);
        o.quarter = kind == ReportKind::Monitoring ? 2 : 0;
        const std::string html = render_report(p, o);
        if (kind != ReportKind::Monitoring) CHECK(text_of(html).find("Rp 1.500.000.000") != std::string::npos);
        CHECK(html.find("000.000 Rp") == std::string::npos);  // "1.550.000.000 Rp" in a cell
        // every amount written in a table or a paragraph (the charts' SVG text never wraps) is one unbreakable span
        size_t amounts = 0;
        for (size_t at = html.find("Rp "); at != std::string::npos; at = html.find("Rp ", at + 1)) {
            if (!std::isdigit(static_cast<unsigned char>(html[at + 3]))) continue;
            if (html.rfind("<svg", at) != std::string::npos && html.rfind("<svg", at) > html.rfind("</svg>", at)) continue;
            CAPTURE(html.substr(at - 30, 60));
            CHECK(html.compare(at - 17, 17, "<span class=\"nw\">") == 0);
            CHECK(html.substr(at, html.find('<', at) - at).find("wbr") == std::string::npos);
            ++amounts;
        }
        CHECK(amounts >= 1);
    }
    const std::string lkjip = render_report(p, options(ReportKind::Lkjip, 2023));
    CHECK(text_of(lkjip).find("Rp 1.500.000.000 Rp 1.550.000.000 103,33 %") != std::string::npos);  // BAB III
    CHECK(lkjip.find("<span class=\"nw\">Rp 1.550.000.000</span>") != std::string::npos);
    // The earlier-years comparison: its columns are made for "1.250,00"; an amount that does not break needs wider
    // ones, so fewer years go into a table (six overlapped each other's amounts), every year still once.
    const double text_mm = 210 - 25 - 20;
    const double needed_mm = (16 * 0.64 * 8.5 + 2 * 3) * 25.4 / 72;  // "Rp 1.187.500.000"
    std::vector<int> years;
    const size_t stop = lkjip.find("<table class=\"compare-end\"");
    for (size_t pos = lkjip.find("<table class=\"compare\""); pos < stop; pos = lkjip.find("<table class=\"compare\"", pos + 1)) {
        const std::string table = lkjip.substr(pos, lkjip.find("</table>", pos) - pos);
        CHECK(table.find("<span class=\"nw\">Rp 1.187.500.000</span>") != std::string::npos);
        auto rows = table_rows(table, "compare");
        REQUIRE(!rows.empty());
        for (size_t c = 1; c < rows[0].cells.size(); ++c) years.push_back(std::stoi(rows[0].cells[c].text()));
        std::vector<double> widths;
        for (size_t c = table.find("<col "); c != std::string::npos; c = table.find("<col ", c + 1))
            widths.push_back(std::stod(attr(table.substr(c, table.find('>', c) - c), "style").substr(6)));
        for (size_t c = 2; c < widths.size(); ++c) CHECK(widths[c] / 100 * text_mm >= needed_mm);
    }
    std::vector<int> expected;
    for (int y = p.start_year; y <= 2023; ++y) expected.push_back(y);
    CHECK(years == expected);
}
