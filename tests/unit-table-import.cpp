// Tests of the table import (core/table_import.h): the seed's Lampiran pasted as text, the same table as CSV,
// holes and garbage reported by row, single-year tables, polarity words, English headers; rows that are not full
// indicator rows (notes, rows with too few cells, empty or "-" targets, spreadsheet formulas, a sasaran left
// without indicators) each named with their row and column. Long tables: a Tahun and a Triwulan column give each
// row's year and quarter; a cell that is neither is said at its row and column.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "core/builtin_plan.h"
#include "core/plan_json.h"
#include "core/table_import.h"
#include "core/text_check.h"

using namespace tolok;

namespace {
std::string read_fixture(const std::string& name) {
    std::ifstream f(std::string(TOLOK_SOURCE_DIR) + "/tests/fixtures/" + name);
    REQUIRE(f.good());
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}
size_t target_count(const Plan& p) {
    size_t n = 0;
    for (const auto& o : p.objectives)
        for (const auto& i : o.indicators)
            for (const auto& [y, e] : i.years) n += !e.target.empty();
    return n;
}
bool has(const Diagnostics& ds, const std::string& id, const std::string& location) {
    for (const auto& d : ds)
        if (d.id == id && d.location == location) return true;
    return false;
}
// The seed's Lampiran rebuilt as CSV with `sep`, quoting every cell.
std::string as_csv(const std::string& tsv, char sep) {
    std::stringstream in(tsv), out;
    std::string line;
    while (std::getline(in, line)) {
        std::stringstream cells(line);
        std::string cell;
        bool first = true;
        while (std::getline(cells, cell, '\t')) {
            if (!first) out << sep;
            first = false;
            std::string q;
            for (char c : cell) q += c == '"' ? std::string("\"\"") : std::string(1, c);
            out << '"' << q << '"';
        }
        out << "\n";
    }
    return out.str();
}
}  // namespace

TEST_SUITE("table_import") {

TEST_CASE("the seed's Lampiran pasted as text gives the built-in plan's indicators and targets") {
    TableImportResult r = import_table(read_fixture("seed-lampiran.txt"), {"Sekretariat Daerah", 0, Lang::Id});
    REQUIRE(r.plan.has_value());
    CHECK_FALSE(has_errors(r.problems));
    CHECK(r.separator == '\t');
    const Plan& p = *r.plan;
    const Plan b = builtin_plan();
    CHECK(p.objectives.size() == 7);
    CHECK(indicator_count(p) == 15);
    CHECK(target_count(p) == 90);
    CHECK(p.start_year == 2018);
    CHECK(p.end_year == 2023);
    for (size_t o = 0; o < 7; ++o) {
        CHECK(p.objectives[o].name == b.objectives[o].name);
        REQUIRE(p.objectives[o].indicators.size() == b.objectives[o].indicators.size());
        for (size_t i = 0; i < p.objectives[o].indicators.size(); ++i) {
            const Indicator& a = p.objectives[o].indicators[i];
            const Indicator& e = b.objectives[o].indicators[i];
            CAPTURE(e.code);
            CHECK(a.name == e.name);
            CHECK(a.code == e.code);
            CHECK(a.formula.text == e.formula.text);
            CHECK(a.formula.expression == e.formula.expression);
            for (int y = 2018; y <= 2023; ++y) CHECK(a.years.at(y).target.text == e.years.at(y).target.text);
        }
    }
    int headers = 0, numbers = 0;
    for (const auto& row : r.rows) {
        headers += row.kind == ImportedRow::Kind::Header;
        numbers += row.kind == ImportedRow::Kind::ColumnNumbers;
        CHECK(row.kind != ImportedRow::Kind::Rejected);
    }
    CHECK(numbers == 1);
    CHECK(headers >= 2);
    for (const auto& d : r.problems) {  // only the titles above the table are noted; nothing to warn about
        CAPTURE(d.id);
        CHECK(d.severity == Severity::Info);
        CHECK(d.id == "table.before_header");
    }
}

// Text as UTF-16 with its mark, as Excel's "Unicode Text" writes it.
static std::string utf16(const std::string& utf8, bool little) {
    std::string out = little ? "\xFF\xFE" : "\xFE\xFF";
    for (size_t i = 0; i < utf8.size();) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        unsigned cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        i += len;
        std::vector<unsigned> units;
        if (cp >= 0x10000) units = {0xD800 + ((cp - 0x10000) >> 10), 0xDC00 + ((cp - 0x10000) & 0x3FF)};
        else units = {cp};
        for (unsigned u : units) {
            const char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
            out += little ? std::string{lo, hi} : std::string{hi, lo};
        }
    }
    return out;
}

TEST_CASE("a table saved as Unicode Text (UTF-16) from Excel reads as the same table") {
    const std::string tsv = read_fixture("seed-lampiran.txt");
    for (bool little : {true, false}) {
        const std::string decoded = as_utf8_text(utf16(tsv, little));
        CHECK(decoded == tsv);
        TableImportResult r = import_table(decoded, {"Sekretariat Daerah", 0, Lang::Id});
        REQUIRE(r.plan.has_value());
        CHECK(indicator_count(*r.plan) == 15);
        CHECK(target_count(*r.plan) == 90);
    }
    // Letters beyond the BMP survive; a lone surrogate and an odd last byte become U+FFFD; UTF-8 is left alone.
    CHECK(as_utf8_text(utf16("Caf\xC3\xA9 \xF0\x9F\x93\x88", true)) == "Caf\xC3\xA9 \xF0\x9F\x93\x88");
    CHECK(as_utf8_text(std::string("\xFF\xFE" "A\0\x00\xD8" "B\0", 8)) == "A\xEF\xBF\xBD" "B");
    CHECK(as_utf8_text(std::string("\xFF\xFE" "A\0" "B", 5)) == "A\xEF\xBF\xBD");
    CHECK(as_utf8_text("Sasaran\tIndikator") == "Sasaran\tIndikator");
    CHECK_FALSE(utf16_with_bom_to_utf8("\xEF\xBB\xBFSasaran").has_value());
}

TEST_CASE("a cell with line breaks, as Word copies a table as text, is one row again") {
    std::string tsv = read_fixture("seed-lampiran.txt");
    auto split = [&](const std::string& whole, const std::string& broken) {
        REQUIRE(tsv.find(whole) != std::string::npos);
        tsv.replace(tsv.find(whole), whole.size(), broken);
    };
    split("\tNilai Evaluasi AKIP Kabupaten Tanggamus\t", "\tNilai Evaluasi AKIP\nKabupaten Tanggamus\t");   // one break
    split("\tNilai Hasil Evaluasi LPPD oleh Kemendagri\t", "\tNilai Hasil\r\nEvaluasi LPPD oleh\r\nKemendagri\t");  // two
    TableImportResult r = import_table(tsv, {"Sekretariat Daerah", 0, Lang::Id});
    REQUIRE(r.plan.has_value());
    CHECK_FALSE(has_errors(r.problems));
    const Plan b = builtin_plan();
    CHECK(indicator_count(*r.plan) == 15);
    CHECK(target_count(*r.plan) == 90);
    CHECK(r.plan->objectives[0].indicators[1].name == b.objectives[0].indicators[1].name);
    CHECK(r.plan->objectives[0].indicators[2].formula.text == b.objectives[0].indicators[2].formula.text);
    int joined = 0, warnings = 0;
    for (const auto& d : r.problems) {
        joined += d.id == "table.joined_lines";
        warnings += d.severity == Severity::Warning;
    }
    CHECK(joined == 2);
    CHECK(warnings == 0);

    // A note line above a full row is not joined to it (the row is whole). A break in a row's first cell looks the
    // same and is not joined either: its pieces are warned about, never glued to another row unasked.
    std::string noted = read_fixture("seed-lampiran.txt");
    const size_t at = noted.find("Meningkatnya penatausahaan");
    noted.insert(at, "Catatan: target disesuaikan\n");
    TableImportResult n = import_table(noted, {"Sekretariat Daerah", 0, Lang::Id});
    REQUIRE(n.plan.has_value());
    CHECK(n.plan->objectives[1].name == b.objectives[1].name);
    for (const auto& d : n.problems) CHECK(d.id != "table.joined_lines");
}

TEST_CASE("the same table as CSV with ';' and with ','") {
    std::string tsv = read_fixture("seed-lampiran.txt");
    for (char sep : {';', ','}) {
        CAPTURE(sep);
        TableImportResult r = import_table(as_csv(tsv, sep));
        REQUIRE(r.plan.has_value());
        CHECK(r.separator == sep);
        CHECK(indicator_count(*r.plan) == 15);
        CHECK(target_count(*r.plan) == 90);
        CHECK(r.plan->objectives[1].indicators[0].name == "Persentase kerjasama (MoU,Peraturan Bersama,PKS/Agreement) yang diimplementasi");
    }
}

TEST_CASE("a CSV saved by Excel on Windows (Windows-1252) reads right, and says how it was read; binary stays refused") {
    TableImportResult r = import_table("No;Indikator;Target 2023\n1;Jumlah caf\xe9 \x96 pasar;5 keg\n");
    REQUIRE(r.plan.has_value());
    CHECK(r.plan->objectives[0].indicators[0].name == "Jumlah caf\xC3\xA9 \xE2\x80\x93 pasar");  // é and an en dash
    CHECK(has(r.problems, "table.windows_1252", "row 1"));
    CHECK(windows1252_to_utf8("plain UTF-8 caf\xC3\xA9") == std::nullopt);  // already UTF-8: left to the reader
    CHECK(windows1252_to_utf8(std::string("PK\x03\x04\x00\x81", 6)) == std::nullopt);  // a NUL, an unassigned byte
    TableImportResult binary = import_table(std::string("No;Indikator\n1;\x01\x02\xff", 18));  // control bytes: no text
    CHECK(has(binary.problems, "table.not_text", "byte 18"));
}

TEST_CASE("a quote never closed is an error at the cell it opened, not rows swallowed into that cell") {
    TableImportResult r = import_table("No;Indikator;Target 2023\n1;\"unclosed;5\n2;B;6\n");
    CHECK_FALSE(r.plan.has_value());
    CHECK(has(r.problems, "table.unclosed_quote", "row 2, column 2"));
    // Quotes that close, with the separator and a doubled quote inside, read as before.
    TableImportResult fine = import_table("No;Indikator;Target 2023\n1;\"Jumlah \"\"A\"\"; B\";5\n");
    REQUIRE(fine.plan.has_value());
    CHECK(fine.plan->objectives[0].indicators[0].name == "Jumlah \"A\"; B");
}

TEST_CASE("holes, garbage and empty input are reported by row") {
    const char* table =
        "No\tIndikator\tSatuan\tTarget 2023\tRealisasi 2023\n"
        "1\tJumlah produk hukum\tprd\t20\t18\n"
        "2\t\t\t5\t\n"                     // values without an indicator name
        "3\tPersentase OPD\t%\t\t\n"       // a hole: no target
        "4\tJumlah pasar\tpasar\t3\t3\tlebih\n";
    TableImportResult r = import_table(table);
    REQUIRE(r.plan.has_value());
    CHECK(has(r.problems, "table.no_indicator", "row 3, column 2"));
    CHECK(has(r.problems, "table.extra_cell", "row 5, column 6"));
    CHECK(has(r.problems, "table.no_objective", "row 2"));  // the table has no Sasaran column
    CHECK(has(r.problems, "table.missing_target", "row 4, column 4"));  // the hole is named
    CHECK(indicator_count(*r.plan) == 3);
    CHECK(r.plan->objectives[0].indicators[1].years.count(2023) == 0);
    CHECK(r.plan->objectives[0].indicators[0].years.at(2023).actual.value.text == "18");

    CHECK(import_table("").problems.at(0).id == "table.empty");
    CHECK(import_table("lorem ipsum\ndolor sit amet\n").problems.at(0).id == "table.no_header");
    CHECK_FALSE(import_table("lorem ipsum").plan.has_value());
    CHECK(import_table("Sasaran\tIndikator\n\n").problems.back().id == "table.no_rows");
}

TEST_CASE("single Target/Realisasi columns need the year") {
    const char* table = "Sasaran;Indikator;Target;Realisasi;Polaritas\n"
                        "Menurunnya kemiskinan;Angka kemiskinan;8 %;9 %;semakin rendah semakin baik\n"
                        ";Indeks Pembangunan Manusia;70;71,5;Positif\n"
                        ";Rasio;1;1;aneh\n";
    TableImportResult no_year = import_table(table);
    CHECK_FALSE(no_year.plan.has_value());
    CHECK(no_year.problems.at(0).id == "table.year_needed");
    TableImportResult r = import_table(table, {"Bappeda", 2022, Lang::Id});
    REQUIRE(r.plan.has_value());
    CHECK(r.plan->start_year == 2022);
    CHECK(r.plan->office.name == "Bappeda");
    const auto& inds = r.plan->objectives[0].indicators;
    REQUIRE(inds.size() == 3);
    CHECK(inds[0].polarity == Polarity::Minimize);
    CHECK(inds[1].polarity == Polarity::Maximize);
    CHECK(*inds[1].years.at(2022).actual.value.number == doctest::Approx(71.5));
    CHECK(has(r.problems, "table.unknown_polarity", "row 4, column 5"));
}

TEST_CASE("a line break inside a quoted cell (Alt+Enter in Excel) is a space: names stay on one line") {
    TableImportResult r = import_table("Sasaran\tIndikator\tSatuan\tTarget 2024\n"
                                       "\"Pelayanan\nprima\"\t\"Persentase pengaduan \n  yang ditindaklanjuti\"\t%\t90%\n",
                                       {"Dinas", 0, Lang::Id});
    REQUIRE(r.plan.has_value());
    CHECK(r.plan->objectives[0].name == "Pelayanan prima");
    CHECK(r.plan->objectives[0].indicators[0].name == "Persentase pengaduan yang ditindaklanjuti");
}

TEST_CASE("targets that are all upper limits make an indicator lower-is-better when no polarity is written") {
    const char* table = "Sasaran;Indikator;Target 2024;Target 2025;Polaritas\n"
                        "Pelayanan cepat;Lama pengurusan izin;maks. 3 hari;maks. 2 hari;\n"
                        ";Angka kematian ibu;<= 98,5;88;\n"  // one plain target: not guessed
                        ";Pengaduan selesai;maks. 5%;maks. 4%;semakin tinggi semakin baik\n";  // written: kept
    TableImportResult r = import_table(table, {"Dinas", 0, Lang::Id});
    REQUIRE(r.plan.has_value());
    const auto& inds = r.plan->objectives[0].indicators;
    REQUIRE(inds.size() == 3);
    CHECK(inds[0].polarity == Polarity::Minimize);
    CHECK(has(r.problems, "table.polarity_from_bound", "row 2, column 5"));
    CHECK(inds[1].polarity == Polarity::Maximize);
    CHECK_FALSE(has(r.problems, "table.polarity_from_bound", "row 3, column 5"));
    CHECK(inds[2].polarity == Polarity::Maximize);
    CHECK_FALSE(has(r.problems, "table.polarity_from_bound", "row 4, column 5"));
}

TEST_CASE("English headers") {
    TableImportResult r = import_table("Objective,Indicator,Unit,Target 2024,Actual 2024,Polarity\n"
                                       "Better services,Complaints resolved,%,90%,95%,Maximize\n");
    REQUIRE(r.plan.has_value());
    const Indicator& ind = r.plan->objectives[0].indicators[0];
    CHECK(ind.unit == "%");
    CHECK(ind.kind == ValueKind::Percent);
    CHECK(ind.years.at(2024).actual.value.text == "95%");
}

TEST_CASE("a short row followed by a sasaran on its own row is not glued to it") {
    TableImportResult r = import_table("No\tSasaran\tIndikator\tSatuan\t2025\t2026\t2027\n"
                                       "1\tMeningkatnya kualitas pendidikan\tAngka Partisipasi Kasar SD\t%\t98\t99\t100\n"
                                       "2\t\tHarapan lama sekolah\ttahun\t12,9\t13,0\n"
                                       "\tMeningkatnya derajat kesehatan\n"
                                       "3\t\tUmur harapan hidup\ttahun\t70,1\t70,3\t70,5\n");
    REQUIRE(r.plan.has_value());
    REQUIRE(r.plan->objectives.size() == 2);  // the sasaran kept (it became a target of 2027 and vanished)
    CHECK(r.plan->objectives[1].name == "Meningkatnya derajat kesehatan");
    CHECK(r.plan->objectives[1].indicators.at(0).name == "Umur harapan hidup");
    CHECK(r.plan->objectives[0].indicators.at(1).years.count(2027) == 0);
    // The sasaran row numbered in the No column: still a row of its own.
    TableImportResult numbered = import_table("No\tSasaran\tIndikator\tSatuan\t2025\t2026\t2027\n"
                                              "1\tMeningkatnya kualitas pendidikan\tAngka Partisipasi Kasar SD\t%\t98\t99\t100\n"
                                              "\t\tHarapan lama sekolah\ttahun\t12,9\t13,0\n"
                                              "2\tMeningkatnya akuntabilitas\n"
                                              "\t\tNilai SAKIP\tnilai\t70\t72\t74\n");
    REQUIRE(numbered.plan.has_value());
    REQUIRE(numbered.plan->objectives.size() == 2);
    CHECK(numbered.plan->objectives[1].name == "Meningkatnya akuntabilitas");
}

TEST_CASE("'Tahun 2025' headers are the years' targets; a table without any year says so") {
    TableImportResult r = import_table("Indikator\tSatuan\tTahun 2025\tTahun 2026\nNilai SAKIP\tnilai\t70\t72\n");
    REQUIRE(r.plan.has_value());
    CHECK(r.plan->start_year == 2025);
    CHECK(r.plan->objectives[0].indicators[0].years.at(2026).target.text == "72");
    TableImportResult none = import_table("Indikator\tSatuan\tRumus\nNilai SAKIP\tnilai\tNilai dari evaluator\n");
    REQUIRE(none.plan.has_value());
    bool said = false;
    for (const auto& p : none.problems) said = said || (p.id == "table.no_years" && p.severity == Severity::Warning);
    CHECK(said);
}

TEST_CASE("quarter target and realisasi columns are read into the quarters, never over the year's target") {
    auto quarter_targets = [](const TableImportResult& r, int year) {
        std::vector<std::string> out;
        for (const Value& v : r.plan->objectives[0].indicators[0].years.at(year).quarter_targets) out.push_back(v.text);
        return out;
    };
    const std::vector<std::string> expected{"20%", "45%", "70%", "80%"};
    // "Target TW I..IV" beside "Target 2025", no --year: the quarters are 2025's (the table's one year).
    TableImportResult named = import_table("Indikator\tSatuan\tTarget 2025\tTarget TW I\tTarget TW II\tTarget TW III\tTarget TW IV\n"
                                           "Persentase realisasi anggaran\t%\t95%\t20%\t45%\t70%\t80%\n");
    REQUIRE(named.plan.has_value());
    CHECK(named.plan->objectives[0].indicators[0].years.at(2025).target.text == "95%");
    CHECK(quarter_targets(named, 2025) == expected);
    CHECK(named.columns[3].role == ColumnRole::QuarterTarget);
    CHECK(named.columns[3].quarter == 1);
    CHECK(named.columns[6].quarter == 4);
    for (const auto& p : named.problems) CHECK(p.severity != Severity::Error);
    // "Target Tahunan | Target Triwulan" with the quarters named on the row below, the year by --year.
    TableImportOptions options;
    options.year = 2025;
    TableImportResult sub = import_table("Indikator\tSatuan\tTarget Tahunan\tTarget Triwulan\t\t\t\n"
                                         "\t\t\tTW I\tTW II\tTW III\tTW IV\n"
                                         "Persentase realisasi anggaran\t%\t95%\t20%\t45%\t70%\t80%\n", options);
    REQUIRE(sub.plan.has_value());
    REQUIRE(sub.plan->objectives[0].indicators.size() == 1);  // the row of quarter names is no indicator
    CHECK(sub.plan->objectives[0].indicators[0].years.at(2025).target.text == "95%");
    CHECK(quarter_targets(sub, 2025) == expected);
    // "Target 2026" and "Realisasi 2025" spanning "Tahunan | I | II | III | IV": each quarter its header's kind and year.
    TableImportResult span = import_table("Indikator\tTarget 2026\t\t\t\t\tRealisasi 2025\t\t\t\t\n"
                                          "\tTahunan\tI\tII\tIII\tIV\tTahunan\tI\tII\tIII\tIV\n"
                                          "Jumlah dokumen\t12 dok\t3 dok\t3 dok\t3 dok\t3 dok\t10 dok\t2 dok\t-\t4 dok\t4 dok\n");
    REQUIRE(span.plan.has_value());
    const Indicator& doc = span.plan->objectives[0].indicators[0];
    CHECK(doc.years.at(2026).target.text == "12 dok");
    CHECK(doc.years.at(2026).quarter_targets[3].text == "3 dok");
    CHECK(doc.years.at(2025).actual.value.text == "10 dok");
    CHECK(doc.years.at(2025).quarter_actuals[0].value.text == "2 dok");
    CHECK(doc.years.at(2025).quarter_actuals[1].value.empty());  // "-": nothing measured that quarter
    CHECK(doc.years.at(2025).quarter_actuals[3].value.text == "4 dok");
    CHECK(doc.years.at(2025).quarter_targets[0].empty());
    // "TW I" alone after a Realisasi column is realisasi; two years and no --year: the year is asked for.
    TableImportResult bare = import_table("Indikator\tTarget 2025\tRealisasi 2025\tTW I\tTW II\nJumlah dokumen\t12 dok\t10 dok\t2 dok\t3 dok\n");
    REQUIRE(bare.plan.has_value());
    CHECK(bare.columns[3].role == ColumnRole::QuarterActual);
    CHECK(bare.plan->objectives[0].indicators[0].years.at(2025).quarter_actuals[1].value.text == "3 dok");
    TableImportResult two = import_table("Indikator\tTarget 2025\tTarget 2026\tTarget TW I\nJumlah\t1 dok\t2 dok\t1 dok\n");
    CHECK_FALSE(two.plan.has_value());
    bool asked = false;
    for (const auto& p : two.problems) asked = asked || p.id == "table.year_needed";
    CHECK(asked);
    // Quarter targets only: read, and the missing yearly target said.
    TableImportResult only = import_table("Indikator\tTarget TW I 2025\tTarget TW II 2025\nJumlah\t1 dok\t2 dok\n");
    REQUIRE(only.plan.has_value());
    CHECK(only.plan->objectives[0].indicators[0].years.at(2025).quarter_targets[1].text == "2 dok");
    bool said = false;
    for (const auto& p : only.problems) said = said || p.id == "table.quarter_targets_only";
    CHECK(said);
    // "Target Tahunan", "Target 2025" and "Tahun" are no quarters.
    for (const char* h : {"Target Tahunan", "Target 2025", "Tahun 2025", "Target Kinerja"}) {
        TableImportResult r = import_table(std::string("Indikator\t") + h + "\nJumlah\t1 dok\n", options);
        CAPTURE(h);
        REQUIRE(r.columns.size() == 2);
        CHECK(r.columns[1].quarter == 0);
    }
}

TEST_CASE("the English documents' own headers are read: Performance indicator, Annual/Yearly target 2025") {
    TableImportResult r = import_table("No\tObjective\tPerformance indicator\tAnnual target 2025\tYearly target 2026\tActual 2025\n"
                                       "1\tBetter services\tSurvey index\t80%\t82%\t79%\n");
    REQUIRE(r.plan.has_value());
    const Indicator& ind = r.plan->objectives[0].indicators[0];
    CHECK(ind.name == "Survey index");
    CHECK(ind.years.at(2025).target.text == "80%");
    CHECK(ind.years.at(2026).target.text == "82%");
    CHECK(ind.years.at(2025).actual.value.text == "79%");
}

TEST_CASE("a number written '1,250' in a table (English-style spreadsheet) is said where it is, as read") {
    TableImportResult r = import_table("Indikator\tTarget 2025\tRealisasi 2025\tTarget TW I\n"
                                       "Jumlah kecamatan\t1,250 kec.\t\xE2\x89\xA5 1,100 kec.\t1,25 kec.\n"
                                       "Anggaran\tRp 2,500\tRp 2.500\t\n");
    REQUIRE(r.plan.has_value());
    std::vector<std::string> where;
    for (const auto& p : r.problems)
        if (p.id == "table.comma_number") where.push_back(p.location);
    CHECK(where == std::vector<std::string>{"row 2, column 2", "row 2, column 3", "row 3, column 2"});
}

TEST_CASE("quarter columns twice, semester columns, a column without a year: said at their column, never written over") {
    auto said_at = [](const TableImportResult& r, const char* id) {
        for (const auto& p : r.problems)
            if (p.id == id) return p.location;
        return std::string();
    };
    TableImportResult twice = import_table("Indikator\tTarget 2025\tTarget TW I\tTarget TW I\nJumlah\t12 dok\t3 dok\t4 dok\n");
    REQUIRE(twice.plan.has_value());
    CHECK(twice.plan->objectives[0].indicators[0].years.at(2025).quarter_targets[0].text == "3 dok");  // the first, not the last
    CHECK(said_at(twice, "table.duplicate_quarter_column") == "row 1, column 4");
    TableImportResult half = import_table("Indikator\tTarget 2025\tTarget Semester I\tTarget Semester II\nJumlah\t12 dok\t6 dok\t12 dok\n");
    REQUIRE(half.plan.has_value());  // one year only: no year asked for
    CHECK(half.plan->objectives[0].indicators[0].years.at(2025).target.text == "12 dok");
    CHECK(said_at(half, "table.semester_column") == "row 1, column 3");
    TableImportResult yearless = import_table("Indikator\tTarget 2025\tTarget 2026\tRealisasi\nJumlah\t1 dok\t2 dok\t1 dok\n");
    CHECK_FALSE(yearless.plan.has_value());
    CHECK(said_at(yearless, "table.year_needed") == "row 1, column 4");
    for (const auto& p : yearless.problems)
        if (p.id == "table.year_needed") CHECK(p.message.id.find("kolom 4 \"Realisasi\" tanpa tahun") == 0);
}

TEST_CASE("a table without a year: the message names no command-line option, and its rows are still listed") {
    const TableImportResult r = import_table("Indikator\tSatuan\tTarget\nJumlah dokumen\tdok\t3\n");
    CHECK_FALSE(r.plan.has_value());
    REQUIRE_FALSE(r.problems.empty());
    CHECK(r.problems[0].id == "table.year_needed");
    CHECK(r.problems[0].message.id ==
          "kolom 3 \"Target\" tanpa tahun: tulis tahunnya di judul kolom (mis. \"Target 2025\") atau isi tahun kolom Target/Realisasi tunggal");
    CHECK(r.problems[0].message.en.find("--year") == std::string::npos);
    // The preview shows the data row too, not the header alone.
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[1].kind == ImportedRow::Kind::Indicator);
    CHECK(r.rows[1].indicator == "Jumlah dokumen");
    CHECK(r.rows[1].cells.at(2) == "3");
}

TEST_CASE("a header number that is no year is said plainly, its suggestion without the bad number") {
    const std::string table = "Indikator\tSatuan\tTarget 2025\tTarget 2025\tTarget 1899\tTarget 20255\nJumlah\tdok\t3\t4\t5\t6\n";
    for (const int year : {0, 2025}) {  // the year of single columns changes nothing here
        CAPTURE(year);
        TableImportOptions options;
        options.year = year;
        const TableImportResult r = import_table(table, options);
        CHECK_FALSE(r.plan.has_value());
        std::map<std::string, std::string> said;  // location -> Indonesian message, of the header's problems
        for (const auto& p : r.problems) {
            if (p.location.rfind("row 1,", 0) == 0) said[p.location] = p.id + ": " + p.message.id;
            CHECK(p.id != "table.year_needed");
            CHECK(p.message.id.find("tahun -") == std::string::npos);
        }
        CHECK(said["row 1, column 5"] ==
              "table.not_a_year: kolom 5 \"Target 1899\": 1899 bukan tahun (1990-2100); tulis tahunnya di judul kolom, mis. \"Target 2025\"");
        CHECK(said["row 1, column 6"] ==
              "table.not_a_year: kolom 6 \"Target 20255\": 20255 bukan tahun (1990-2100); tulis tahunnya di judul kolom, mis. \"Target 2025\"");
        CHECK(said["row 1, column 4"] ==
              "table.duplicate_target_column: kolom 4 \"Target 2025\" juga target tahun 2025; dipakai kolom 3 \"Target 2025\", kolom ini dilewati");
        CHECK(said.size() == 3);
    }
    // A number that is no mistyped year is not called one: the column only lacks a year.
    const TableImportResult thousands = import_table("Indikator\tTarget (x 1000 orang)\nJumlah\t5\n");
    REQUIRE_FALSE(thousands.problems.empty());
    CHECK(thousands.problems[0].id == "table.year_needed");
}

TEST_CASE("'Perbarui' with a table without a Sasaran column: a new indicator joins the sasaran of the row above, no nameless one") {
    Plan held = builtin_plan();
    const size_t objectives = held.objectives.size();
    const Indicator& six = held.objectives[2].indicators[1];  // indicator 6, in the third sasaran
    REQUIRE(six.code == "6");
    TableImportOptions options;
    options.year = 2023;
    TableImportResult r = import_table("Indikator\tTarget 2023\n" + six.name + "\t21 prd\nJumlah inovasi pelayanan\t2 inovasi\n", options);
    REQUIRE(r.plan.has_value());
    const TableMergeCounts counts = merge_imported_plan(held, r);
    CHECK(counts.added == 1);
    CHECK(counts.objectives_added == 0);
    CHECK(held.objectives.size() == objectives);
    CHECK(held.objectives[2].indicators.back().name == "Jumlah inovasi pelayanan");
    // Alone in the table: the plan's last sasaran.
    TableImportResult alone = import_table("Indikator\tTarget 2023\nJumlah aduan ditangani\t30 aduan\n", options);
    merge_imported_plan(held, alone);
    CHECK(held.objectives.size() == objectives);
    CHECK(held.objectives.back().indicators.back().name == "Jumlah aduan ditangani");
}

TEST_CASE("a table's quarter targets and realisasi update the held plan; '-' keeps what is held") {
    Plan held = builtin_plan();
    TableImportOptions options;
    options.year = 2023;
    const std::string name = held.objectives[0].indicators[0].name;
    find_indicator(held, held.objectives[0].indicators[0].id)->years[2023].quarter_actuals[0].value = parse_value("A");
    TableImportResult r = import_table("Indikator\tTarget TW I\tTarget TW II\tRealisasi TW I\tRealisasi TW II\n" + name +
                                       "\tB\tBB\t-\tB\n", options);
    REQUIRE(r.plan.has_value());
    const TableMergeCounts counts = merge_imported_plan(held, r);
    CHECK(counts.updated == 1);
    const YearEntry& e = held.objectives[0].indicators[0].years.at(2023);
    CHECK(e.quarter_targets[0].text == "B");
    CHECK(e.quarter_targets[1].text == "BB");
    CHECK(e.quarter_actuals[0].value.text == "A");  // "-" gives nothing
    CHECK(e.quarter_actuals[1].value.text == "B");
    CHECK_FALSE(e.target.empty());  // the year's target stays
}

TEST_CASE("the header again (a next page, a second table), a signature block and 'Sumber Dana' are not read as data") {
    TableImportResult r = import_table("No\tSasaran\tIndikator\tSatuan\tTarget 2025\tSumber Dana\n"
                                       "1\tSasaran A\tIndikator satu\t%\t80%\tDAU\n"
                                       "No\tSasaran\tIndikator\tSatuan\tTarget 2025\tSumber Dana\n"
                                       "2\t\tIndikator dua\tdok\t3 dok\tAPBD\n"
                                       "\n"
                                       "\t\t\tKota Agung, 2 Januari 2025\t\t\n"
                                       "\t\t\tKEPALA DINAS\t\t\n"
                                       "\t\t\tNIP. 19700101 199803 1 005\t\t\n");
    REQUIRE(r.plan.has_value());
    REQUIRE(r.plan->objectives.size() == 1);
    const auto& inds = r.plan->objectives[0].indicators;
    REQUIRE(inds.size() == 2);  // the repeated header is no indicator "Indikator"
    CHECK(inds[0].name == "Indikator satu");  // a name starting with "Indikator" is a name, not the header
    CHECK(inds[1].name == "Indikator dua");
    CHECK(inds[0].data_source.empty());  // "Sumber Dana" is the funding
    size_t repeated = 0, signature = 0, errors = 0;
    for (const auto& p : r.problems) {
        repeated += p.id == "table.repeated_header";
        signature += p.id == "table.signature_row";
        errors += p.severity == Severity::Error;
    }
    CHECK(repeated == 1);
    CHECK(signature == 3);
    CHECK(errors == 0);
    // The same signature typed one cell in (the Sasaran or Indikator column): not sasaran nor indicators.
    TableImportResult in_columns = import_table("Sasaran\tIndikator\tSatuan\tTarget 2025\n"
                                                "Sasaran A\tIndikator satu\t%\t80%\n"
                                                "\tKota Agung, 2 Januari 2025\t\t\n"
                                                "\tSekretaris Daerah\t\t\n"
                                                "Nama Orang\t\t\t\n"
                                                "\tNIP. 19700101 199001 1 001\t\t\n");
    REQUIRE(in_columns.plan.has_value());
    REQUIRE(in_columns.plan->objectives.size() == 1);
    CHECK(in_columns.plan->objectives[0].indicators.size() == 1);
    size_t skipped = 0;
    for (const auto& p : in_columns.problems) skipped += p.id == "table.signature_row";
    CHECK(skipped == 4);
    // Two signatories side by side, opened by "Mengetahui," or "PIHAK KEDUA", without a date line.
    TableImportResult two = import_table("Sasaran\tIndikator\tSatuan\tTarget 2025\n"
                                         "Sasaran A\tIndikator satu\t%\t80%\n"
                                         "\tPIHAK KEDUA\t\tPIHAK PERTAMA\n"
                                         "\tBUPATI TANGGAMUS\t\tSEKRETARIS DAERAH\n"
                                         "\tNama Bupati\t\tNama Sekda\n");
    REQUIRE(two.plan.has_value());
    CHECK(two.plan->objectives[0].indicators.size() == 1);
    for (const auto& p : two.problems) CHECK(p.severity != Severity::Error);
}

}

TEST_SUITE("table_import") {
// Regression: the fuzzer found a Lampiran with a stray invalid UTF-8 byte imported into a plan whose file could
// not be read back. Such a byte is now read as Windows-1252 (Excel's CSV), so the plan holds UTF-8 text and reads
// back; bytes that are no text at all are refused with their offset.
TEST_CASE("input that is not UTF-8 text is read as Windows-1252 when it can be, else refused with its byte offset") {
    TableImportResult r = import_table(std::string("Sasaran\tIndikator\tTarget 2023\nS\tI\xff\t5 keg\n"));
    REQUIRE(r.plan.has_value());
    CHECK(r.plan->objectives[0].indicators[0].name == "I\xC3\xBF");  // ÿ
    CHECK(read_plans(write_plans({*r.plan})).ok());
    TableImportResult bad = import_table(std::string("Sasaran\tIndikator\tTarget 2023\nS\tI\x01\xff\t5 keg\n"));
    CHECK_FALSE(bad.plan.has_value());
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems[0].id == "table.not_text");
    CHECK(bad.problems[0].location == "byte 35");  // 30 bytes of header line, then "S\tI", a control byte and the bad byte
}
}

TEST_SUITE("table_import") {
const ImportedRow* row_at(const TableImportResult& r, int row) {
    for (const auto& ir : r.rows)
        if (ir.row == row) return &ir;
    return nullptr;
}
bool row_has(const TableImportResult& r, int row, const std::string& id, const std::string& location) {
    const ImportedRow* ir = row_at(r, row);
    return ir && has(ir->problems, id, location) && has(r.problems, id, location);
}

// Regression: a user test pasted this table; rows 7 and 8 were read as "continued rows" with no problem, the plan
// got a sasaran "Indikator tanpa kolom cukup" with no indicator, and rows 3-5 had no warning.
TEST_CASE("rows that are not full indicator rows are each named with their row and column") {
    const char* table =
        "No\tSasaran\tIndikator\tSatuan\tTarget 2024\tTarget 2025\n"           // row 1
        "1\tMeningkatnya tata kelola\tJumlah produk hukum\tprd\t20 prd\t22 prd\n"
        "2\t\tPersentase OPD\t%\t\xC2\xB1" "5\t-\n"                            // row 3: '±5', '-'
        "3\t\tIndeks kepuasan\t%\t80%\t\n"                                    // row 4: no 2025 target
        "4\t\t=HYPERLINK(\"x\")\t\t5\t6\n"                                    // row 5: a formula, no satuan
        "5\t\tJumlah pasar\tpasar\t3\t3\textra\n"
        "6\tIndikator tanpa kolom cukup\n"                                      // row 7: too few cells
        "Catatan: data sementara\n";                                            // row 8: a note
    TableImportResult r = import_table(table);
    REQUIRE(r.plan.has_value());
    CHECK_FALSE(has_errors(r.problems));
    const Plan& p = *r.plan;

    // Row 7: read as a sasaran row (its text is in the Sasaran column), said so; the sasaran has no indicator,
    // so it is not put in the plan, and said so.
    REQUIRE(row_at(r, 7));
    CHECK(row_at(r, 7)->kind == ImportedRow::Kind::Objective);
    CHECK(row_has(r, 7, "table.short_row", "row 7, column 3"));
    CHECK(row_has(r, 7, "table.objective_without_indicator", "row 7, column 2"));
    REQUIRE(p.objectives.size() == 1);
    CHECK(p.objectives[0].name == "Meningkatnya tata kelola");
    CHECK(p.objectives[0].id == "s1");
    CHECK(p.objectives[0].indicators.size() == 5);
    for (const auto& d : row_at(r, 7)->problems) CHECK(d.severity == Severity::Warning);
    CHECK(row_at(r, 7)->problems[0].text(Lang::En).find("Read as an objective row") != std::string::npos);
    CHECK(row_at(r, 7)->problems[0].text(Lang::Id).find("Dibaca sebagai baris sasaran") != std::string::npos);

    // Row 8: a note, skipped with a warning; not a sasaran, not an indicator.
    REQUIRE(row_at(r, 8));
    CHECK(row_at(r, 8)->kind == ImportedRow::Kind::Skipped);
    CHECK(row_at(r, 8)->objective.empty());
    CHECK(row_has(r, 8, "table.note_row", "row 8, column 1"));

    // Row 3: "-" is no target (not a target "-"), with a note; "±5" kept as text with a warning.
    const Indicator& opd = p.objectives[0].indicators[1];
    CHECK(opd.years.count(2025) == 0);
    CHECK(opd.years.at(2024).target.text == "\xC2\xB1" "5");
    CHECK(row_has(r, 3, "table.target_none", "row 3, column 6"));
    CHECK(row_has(r, 3, "table.text_value", "row 3, column 5"));
    CHECK(p.end_year == 2025);

    // Row 4: the empty 2025 target cell is warned.
    CHECK(row_has(r, 4, "table.missing_target", "row 4, column 6"));
    CHECK(p.objectives[0].indicators[2].years.count(2025) == 0);

    // Row 5: a spreadsheet formula pasted as text, and no satuan.
    CHECK(row_has(r, 5, "table.spreadsheet_formula", "row 5, column 3"));
    CHECK(row_has(r, 5, "table.missing_unit", "row 5, column 4"));
    CHECK(row_has(r, 6, "table.extra_cell", "row 6, column 7"));

    // Full indicator rows have no problem; every other row that is not layout says why.
    CHECK(row_at(r, 2)->problems.empty());
    for (const auto& ir : r.rows) {
        CAPTURE(ir.row);
        if (ir.kind == ImportedRow::Kind::Skipped || ir.kind == ImportedRow::Kind::Rejected) CHECK_FALSE(ir.problems.empty());
    }
}

TEST_CASE("a sasaran on its own full row keeps the indicators below it; other rows without an indicator are named") {
    const char* table =
        "No\tSasaran\tIndikator\tRumus\t2023\t2024\n"
        "1\tMeningkatnya akuntabilitas\t\t\t\t\n"                              // row 2: a sasaran row, fine
        "\t\tNilai AKIP\t= Nilai hasil evaluasi\tB\tBB\n"                       // row 3: a rumus with '=', fine
        "\t\tJumlah laporan\t=SUM(A1:A3)\t\t\n"                                // row 4: a formula; no targets at all
        "7\t\t\t\t\t\n"                                                       // row 5: a number only
        "\tKeterangan: angka sementara\t\t\t\t\n"                              // row 6: a note in the Sasaran column
        "2\tSasaran kosong\t\t\t\t\n";                                         // row 7: a sasaran, no indicator
    TableImportResult r = import_table(table);
    REQUIRE(r.plan.has_value());
    REQUIRE(r.plan->objectives.size() == 1);
    CHECK(r.plan->objectives[0].indicators.size() == 2);
    CHECK(row_at(r, 2)->kind == ImportedRow::Kind::Objective);
    CHECK(row_at(r, 2)->problems.empty());
    CHECK(row_at(r, 3)->problems.empty());
    CHECK(row_has(r, 4, "table.spreadsheet_formula", "row 4, column 4"));
    CHECK(row_has(r, 4, "table.no_targets", "row 4, column 5"));  // one warning for the row, not one per year
    CHECK_FALSE(has(r.problems, "table.missing_target", "row 4, column 5"));
    CHECK(row_at(r, 5)->kind == ImportedRow::Kind::Skipped);
    CHECK(row_has(r, 5, "table.number_only", "row 5, column 3"));
    CHECK(row_at(r, 6)->kind == ImportedRow::Kind::Skipped);
    CHECK(row_has(r, 6, "table.note_row", "row 6, column 2"));
    CHECK(row_has(r, 7, "table.objective_without_indicator", "row 7, column 2"));
    CHECK(r.plan->objectives[0].name == "Meningkatnya akuntabilitas");

    // "n/a" as a target is no target either.
    TableImportResult na = import_table("Indikator\tTarget 2023\tTarget 2024\nJumlah A\tn/a\t5\n");
    REQUIRE(na.plan.has_value());
    CHECK(na.plan->objectives[0].indicators[0].years.count(2023) == 0);
    CHECK(has(na.problems, "table.target_none", "row 2, column 2"));
}
TEST_CASE("a long table: the Tahun and Triwulan cells give each row's year and quarter, and the rows one indicator") {
    const TableImportResult r = import_table("Sasaran\tIndikator\tTahun\tTriwulan\tTarget\tRealisasi\n"
                                             "Tata kelola\tJumlah dokumen\t2024\t\t10 dok\t9 dok\n"
                                             "Tata kelola\tJumlah dokumen\t2024\tI\t2 dok\t2 dok\n"
                                             "Tata kelola\tJumlah dokumen\t2024\t2\t5 dok\t\n"
                                             "Tata kelola\tJumlah dokumen\t2024\tTW III\t7 dok\t\n"
                                             "Tata kelola\tJumlah dokumen\t2024\tTriwulan IV\t10 dok\t11 dok\n"
                                             "Tata kelola\tJumlah dokumen\t2025\t\t12 dok\t\n"
                                             "Tata kelola\tNilai AKIP\t2025\t\tBB\tB\n");
    REQUIRE(r.plan.has_value());
    for (const auto& p : r.problems) CHECK(p.severity != Severity::Error);
    REQUIRE(r.plan->objectives.size() == 1);
    const auto& inds = r.plan->objectives[0].indicators;
    REQUIRE(inds.size() == 2);
    const YearEntry& y2024 = inds[0].years.at(2024);
    CHECK(y2024.target.text == "10 dok");
    CHECK(y2024.actual.value.text == "9 dok");
    CHECK(y2024.quarter_targets[0].text == "2 dok");
    CHECK(y2024.quarter_targets[1].text == "5 dok");
    CHECK(y2024.quarter_targets[2].text == "7 dok");
    CHECK(y2024.quarter_targets[3].text == "10 dok");
    CHECK(y2024.quarter_actuals[0].value.text == "2 dok");
    CHECK(y2024.quarter_actuals[1].value.empty());
    CHECK(y2024.quarter_actuals[3].value.text == "11 dok");
    CHECK(inds[0].years.at(2025).target.text == "12 dok");
    CHECK(inds[0].unit == "dok");
    CHECK(inds[1].kind == ValueKind::Grade);
    CHECK(inds[1].years.at(2025).actual.value.text == "B");
    CHECK(r.plan->start_year == 2024);
    CHECK(r.plan->end_year == 2025);
    // Every row of the indicator names it in the preview.
    size_t rows_of_first = 0;
    for (const auto& row : r.rows) rows_of_first += row.kind == ImportedRow::Kind::Indicator && row.indicator_id == inds[0].id;
    CHECK(rows_of_first == 6);
}

TEST_CASE("a long table's Tahun cell empty or no year, a Triwulan cell no quarter: an error at its row and column") {
    const TableImportResult r = import_table("Sasaran\tIndikator\tTahun\tTriwulan\tTarget\n"
                                             "Tata kelola\tJumlah dokumen\t2024\t\t10\n"
                                             "Tata kelola\tJumlah dokumen\t\t\t11\n"
                                             "Tata kelola\tJumlah dokumen\t20x4\t\t12\n"
                                             "Tata kelola\tJumlah dokumen\t1899\tI\t12\n"
                                             "Tata kelola\tJumlah dokumen\t2024\tV\t3\n"
                                             "Tata kelola\tJumlah dokumen\t2024\tSemester I\t3\n"
                                             "Tata kelola\tJumlah dokumen\t2024\t5\t3\n");
    std::map<std::string, std::string> said;  // location -> id: Indonesian message
    for (const auto& p : r.problems)
        if (p.severity == Severity::Error) said[p.location] = p.id + ": " + p.message.id;
    CHECK(said["row 3, column 3"] == "table.row_year_missing: kolom 3 \"Tahun\" kosong: tulis tahun baris ini (1990-2100), mis. \"2025\"");
    CHECK(said["row 4, column 3"] ==
          "table.row_not_a_year: kolom 3 \"Tahun\": \"20x4\" bukan tahun (1990-2100); tulis tahun baris ini, mis. \"2025\"");
    CHECK(said["row 5, column 3"].rfind("table.row_not_a_year: kolom 3 \"Tahun\": \"1899\" bukan tahun", 0) == 0);
    CHECK(said["row 6, column 4"] == "table.row_not_a_quarter: kolom 4 \"Triwulan\": \"V\" bukan triwulan; tulis I, II, III atau IV "
                                     "(atau 1-4), atau kosongkan untuk nilai tahunan");
    CHECK(said["row 7, column 4"].rfind("table.row_not_a_quarter", 0) == 0);
    CHECK(said["row 8, column 4"].rfind("table.row_not_a_quarter", 0) == 0);
    CHECK(said.size() == 6);
    for (const auto& p : r.problems)
        if (p.location == "row 6, column 4") CHECK(p.message.en.find("\"V\" is not a quarter") != std::string::npos);
    for (const auto& row : r.rows)
        if (row.row >= 3) CHECK(row.kind == ImportedRow::Kind::Rejected);
    // The rejected rows' values are not read: the one good row is.
    REQUIRE(r.plan.has_value());
    const Indicator& ind = r.plan->objectives.at(0).indicators.at(0);
    CHECK(ind.years.size() == 1);
    CHECK(ind.years.at(2024).target.text == "10");
    CHECK_FALSE(ind.years.at(2024).quarter_targets.allocated());
}

TEST_CASE("a long table repeating an indicator's year and quarter: the repeat is the duplicate, said and skipped") {
    const TableImportResult r = import_table("Sasaran\tIndikator\tTahun\tTriwulan\tTarget\n"
                                             "Tata kelola\tJumlah dokumen\t2024\tII\t5\n"
                                             "Tata kelola\tJumlah dokumen\t2024\t\t10\n"
                                             "Tata kelola\tjumlah  DOKUMEN\t2024\tTW 2\t6\n"
                                             "Tata kelola\tJumlah dokumen\t2025\t\t12\n"
                                             "Tata kelola\tJumlah dokumen\t2025\t\t13\n");
    REQUIRE(r.plan.has_value());
    std::vector<const Diagnostic*> duplicates;
    for (const auto& p : r.problems)
        if (p.id == "table.duplicate_indicator") duplicates.push_back(&p);
    REQUIRE(duplicates.size() == 2);
    CHECK(duplicates[0]->location == "row 4, column 2");
    CHECK(duplicates[0]->message.id.find("\"jumlah  DOKUMEN\" 2024 TW II sama dengan baris 2") != std::string::npos);
    CHECK(duplicates[0]->message.en.find("for Q2 2024 is the same as row 2's") != std::string::npos);
    CHECK(duplicates[1]->location == "row 6, column 2");
    CHECK(duplicates[1]->message.id.find("2025 sama dengan baris 5") != std::string::npos);
    const auto& inds = r.plan->objectives.at(0).indicators;
    REQUIRE(inds.size() == 1);
    CHECK(inds[0].years.at(2024).quarter_targets[1].text == "5");  // the first row's, not the repeat's
    CHECK(inds[0].years.at(2024).target.text == "10");
    CHECK(inds[0].years.at(2025).target.text == "12");
}

TEST_CASE("a Tahun column and the year of single columns: the rows' years win, the other fills empty cells, said once") {
    TableImportOptions options;
    options.year = 2023;
    const TableImportResult r = import_table("Indikator\tTahun\tTarget\tRealisasi\n"
                                             "Jumlah dokumen\t2024\t10\t9\n"
                                             "Jumlah dokumen\t\t8\t8\n"
                                             "Nilai AKIP\t2024\tBB\t\n",
                                             options);
    REQUIRE(r.plan.has_value());
    size_t infos = 0;
    for (const auto& p : r.problems) {
        CHECK(p.severity != Severity::Error);
        if (p.id == "table.row_year_column") {
            ++infos;
            CHECK(p.severity == Severity::Info);
            CHECK(p.location == "row 1, column 2");
            CHECK(p.message.id == "kolom 2 \"Tahun\" memberi tahun tiap baris; tahun kolom Target/Realisasi tunggal (2023) hanya dipakai "
                                  "untuk baris yang sel tahunnya kosong");
            CHECK(p.message.en.find("--year") == std::string::npos);  // the core names no command-line option
        }
    }
    CHECK(infos == 1);
    const auto& inds = r.plan->objectives.at(0).indicators;
    REQUIRE(inds.size() == 2);
    CHECK(inds[0].years.at(2024).target.text == "10");
    CHECK(inds[0].years.at(2024).actual.value.text == "9");
    CHECK(inds[0].years.at(2023).target.text == "8");
    CHECK(inds[1].years.count(2023) == 0);
    // Without that year the empty cell is an error at its place, the others read.
    const TableImportResult alone = import_table("Indikator\tTahun\tTarget\nJumlah dokumen\t2024\t10\nJumlah dokumen\t\t8\n");
    CHECK(has(alone.problems, "table.row_year_missing", "row 3, column 2"));
    for (const auto& p : alone.problems) CHECK(p.id != "table.year_needed");
}

TEST_CASE("a Triwulan column without a Tahun column: each row's quarter of the year of single columns") {
    TableImportOptions options;
    options.year = 2025;
    const TableImportResult r = import_table("Indikator\tTriwulan\tTarget\nJumlah dokumen\t\t20\nJumlah dokumen\tTW I\t5\n", options);
    REQUIRE(r.plan.has_value());
    const auto& inds = r.plan->objectives.at(0).indicators;
    REQUIRE(inds.size() == 1);
    CHECK(inds[0].years.at(2025).target.text == "20");
    CHECK(inds[0].years.at(2025).quarter_targets[0].text == "5");
    for (const auto& p : r.problems) CHECK(p.id != "table.duplicate_indicator");
}

TEST_CASE("'Tahun' and 'Triwulan' spanning a row of years or quarters are no columns of each row's: as before") {
    TableImportOptions options;
    options.year = 2025;
    const TableImportResult quarters = import_table("Indikator\tSatuan\tTriwulan\t\n\t\tI\tII\nJumlah dokumen\tdok\t3 dok\t4 dok\n", options);
    REQUIRE(quarters.plan.has_value());
    CHECK(quarters.columns.at(2).role == ColumnRole::QuarterTarget);
    CHECK(quarters.columns.at(3).role == ColumnRole::QuarterTarget);
    const Indicator& q = quarters.plan->objectives.at(0).indicators.at(0);
    CHECK(q.years.at(2025).quarter_targets[0].text == "3 dok");
    CHECK(q.years.at(2025).quarter_targets[1].text == "4 dok");

    const TableImportResult r = import_table("Indikator\tSatuan\tTahun\t\n\t\t2024\t2025\nJumlah dokumen\tdok\t3 dok\t4 dok\n");
    REQUIRE(r.plan.has_value());
    CHECK(r.columns.at(2).role == ColumnRole::TargetYear);
    CHECK(r.columns.at(3).role == ColumnRole::TargetYear);
    const Indicator& ind = r.plan->objectives.at(0).indicators.at(0);
    CHECK(ind.years.at(2024).target.text == "3 dok");
    CHECK(ind.years.at(2025).target.text == "4 dok");
}

}
