// Tests of the JSON form of exported table rows (core/table_rows_json.h), the hand-over from the browser app to its
// Excel module: every table of the built-in plan comes back cell for cell, numbers bit for bit; malformed input is
// refused instead of making a wrong workbook.
#include <doctest/doctest.h>

#include <cstring>

#include "core/builtin_plan.h"
#include "core/csv_export.h"
#include "core/table_rows_json.h"
#include "core/value.h"

using namespace tolok;

namespace {

void require_same_rows(const std::vector<TableRow>& a, const std::vector<TableRow>& b) {
    REQUIRE(a.size() == b.size());
    for (size_t r = 0; r < a.size(); ++r) {
        REQUIRE(a[r].size() == b[r].size());
        for (size_t c = 0; c < a[r].size(); ++c) {
            CAPTURE(r);
            CAPTURE(c);
            CHECK(static_cast<int>(a[r][c].kind) == static_cast<int>(b[r][c].kind));
            CHECK(a[r][c].text == b[r][c].text);
            CHECK(std::memcmp(&a[r][c].number, &b[r][c].number, sizeof(double)) == 0);
            CHECK(a[r][c].decimals == b[r][c].decimals);
        }
    }
}

TableCell number(double v) { TableCell c; c.kind = TableCell::Kind::Number; c.number = v; return c; }
TableCell text(const std::string& t) { TableCell c; c.kind = TableCell::Kind::Text; c.text = t; return c; }

}  // namespace

TEST_CASE("table rows JSON: every table of the built-in plan comes back cell for cell") {
    Plan plan = builtin_plan();
    for (CsvTable table : {CsvTable::Iku, CsvTable::Targets, CsvTable::Capaian}) {
        std::vector<TableRow> rows = export_table_rows(plan, table, 2023, Lang::Id);
        REQUIRE(rows.size() > 10);
        auto back = table_rows_from_json(table_rows_to_json(rows));
        REQUIRE(back.has_value());
        require_same_rows(rows, *back);
    }
}

TEST_CASE("table rows JSON: numbers keep every bit, texts every byte, empty cells stay empty") {
    std::vector<TableRow> rows = {
        {number(0.1), number(-1e-300), number(123456789.125), number(1.0 / 3), TableCell{}},
        {text("Capaian \"BB\" 100,5 %"), text("Kec. Kota Agung\nTimur"), text("=SUM(A1)"), text("")},
        {},
    };
    auto back = table_rows_from_json(table_rows_to_json(rows));
    REQUIRE(back.has_value());
    require_same_rows(rows, *back);
    CHECK(table_rows_to_json({{TableCell{}, number(20)}}) == "[[null,20.0]]");
}

TEST_CASE("table rows JSON: a capaian keeps its two shown decimals and its exact value") {
    Plan plan = builtin_plan();
    for (Objective& o : plan.objectives)
        for (Indicator& i : o.indicators) {
            if (i.code == "6") i.years[2023].actual.value = parse_value("17 prd");    // 17 / 20 x 100
            if (i.code == "10") i.years[2023].actual.value = parse_value("2 pasar");  // 2 / 3 x 100
        }
    std::vector<TableRow> rows = export_table_rows(plan, CsvTable::Capaian, 2023, Lang::Id);
    int shown_with_two = 0;
    for (const TableRow& row : rows)
        for (const TableCell& cell : row) shown_with_two += cell.kind == TableCell::Kind::Number && cell.decimals == 2;
    CHECK(shown_with_two == 2);
    auto back = table_rows_from_json(table_rows_to_json(rows));
    REQUIRE(back.has_value());
    require_same_rows(rows, *back);
    TableCell two_thirds = number(200.0 / 3);
    two_thirds.decimals = 2;
    CHECK(table_rows_to_json({{two_thirds}}) == "[[{\"decimals\":2,\"number\":66.66666666666667}]]");
}

TEST_CASE("table rows JSON: input that is not rows of cells is refused") {
    for (const char* bad : {"", "{", "{}", "[1]", "[[{}]]", "[[true]]", "[[[1]]]", "[[1,2]", "\"rows\"",
                            "[[{\"number\":1}]]", "[[{\"number\":1,\"decimals\":-1}]]", "[[{\"number\":1,\"decimals\":1.5}]]",
                            "[[{\"number\":\"1\",\"decimals\":2}]]", "[[{\"number\":1,\"decimals\":2,\"x\":0}]]"}) {
        CAPTURE(bad);
        CHECK_FALSE(table_rows_from_json(bad).has_value());
    }
    CHECK(table_rows_from_json("[]").has_value());
    CHECK(table_rows_from_json("[[]]").value().size() == 1);
}
