// Tests of the table import (core/table_import.h): the seed's Lampiran pasted as text, the same table as CSV,
// holes and garbage reported by row, single-year tables, polarity words, English headers.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/builtin_plan.h"
#include "core/table_import.h"

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

TEST_CASE("English headers") {
    TableImportResult r = import_table("Objective,Indicator,Unit,Target 2024,Actual 2024,Polarity\n"
                                       "Better services,Complaints resolved,%,90%,95%,Maximize\n");
    REQUIRE(r.plan.has_value());
    const Indicator& ind = r.plan->objectives[0].indicators[0];
    CHECK(ind.unit == "%");
    CHECK(ind.kind == ValueKind::Percent);
    CHECK(ind.years.at(2024).actual.value.text == "95%");
}

}

TEST_SUITE("table_import") {
// Regression: the fuzzer found a Lampiran with a stray invalid UTF-8 byte imported into a plan whose file could
// not be read back. Input that is not text is now refused up front.
TEST_CASE("input that is not UTF-8 text is refused with its byte offset") {
    TableImportResult r = import_table(std::string("Sasaran\tIndikator\tTarget 2023\nS\tI\xff\t5 keg\n"));
    CHECK_FALSE(r.plan.has_value());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].id == "table.not_text");
    CHECK(r.problems[0].location == "byte 34");  // 30 bytes of header line, then "S\tI" and the bad byte
}
}
