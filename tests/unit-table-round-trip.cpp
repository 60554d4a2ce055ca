// Tests that Tolok's own table exports import back (core/csv_export.h -> core/table_import.h): the IKU table's
// "Target YYYY" (number) and "Target YYYY (teks)" (as written) columns give every target as written, grades and
// ranges included; the capaian table gives the year's targets and realisasi; "Perbarui" with an unchanged export
// changes no target; and a table naming one indicator twice updates it once, never adding a second one.
#include <doctest/doctest.h>

#include <sstream>

#include "core/builtin_plan.h"
#include "core/csv_export.h"
#include "core/table_import.h"

using namespace tolok;

namespace {

// The built-in plan with a range target and some realisasi, which the built-in plan itself does not have.
Plan plan_with_range_and_actuals() {
    Plan plan = builtin_plan();
    Indicator& thirteen = plan.objectives.at(6).indicators.at(0);
    REQUIRE(thirteen.code == "13");
    thirteen.years[2023].target = parse_value("80 - 90%");
    plan.objectives[0].indicators[0].years[2023].actual.value = parse_value("BB");
    thirteen.years[2023].actual.value = parse_value("85%");
    return plan;
}

std::vector<const Indicator*> indicators_of(const Plan& plan) {
    std::vector<const Indicator*> all;
    for (const auto& o : plan.objectives)
        for (const auto& i : o.indicators) all.push_back(&i);
    return all;
}

size_t said(const Diagnostics& ds, const std::string& id) {
    size_t n = 0;
    for (const auto& d : ds) n += d.id == id;
    return n;
}

// Every indicator's targets of every year, as written, are the held plan's.
void check_same_targets(const Plan& held, const Plan& imported) {
    const auto mine = indicators_of(held), theirs = indicators_of(imported);
    REQUIRE(theirs.size() == mine.size());
    for (size_t i = 0; i < mine.size(); ++i) {
        CAPTURE(mine[i]->code);
        CHECK(theirs[i]->name == mine[i]->name);
        for (const auto& [year, entry] : mine[i]->years) {
            CAPTURE(year);
            REQUIRE(theirs[i]->years.count(year) == 1);
            CHECK(theirs[i]->years.at(year).target.text == entry.target.text);
        }
    }
}

size_t targets_in(const Plan& p) {
    size_t n = 0;
    for (const auto* i : indicators_of(p))
        for (const auto& [y, e] : i->years) n += !e.target.empty();
    return n;
}

}  // namespace

TEST_SUITE("table_round_trip") {

TEST_CASE("the IKU table exported as CSV imports back with all 90 targets as written, grades and ranges included") {
    const Plan plan = plan_with_range_and_actuals();
    for (const CsvLocale locale : {CsvLocale::Id, CsvLocale::En})
        for (const Lang headers : {Lang::Id, Lang::En}) {
            CAPTURE(static_cast<int>(locale));
            CAPTURE(static_cast<int>(headers));
            const TableImportResult r = import_table(export_csv(plan, CsvTable::Iku, locale, 0, headers));
            REQUIRE(r.plan.has_value());
            CHECK(targets_in(*r.plan) == 90);  // 15 indicators x 6 years (2018-2023), every one with a target
            check_same_targets(plan, *r.plan);
            const auto two = indicators_of(*r.plan).at(1);
            CHECK(two->years.at(2021).target.text == "BB");  // a grade: its number cell is empty
            const auto thirteen = indicators_of(*r.plan).at(12);
            CHECK(thirteen->years.at(2023).target.is_range());
            CHECK(*thirteen->years.at(2023).target.upper == doctest::Approx(90));
            CHECK(said(r.problems, "table.no_targets") == 0);
            CHECK(said(r.problems, "table.duplicate_target_column") == 0);
            CHECK(said(r.problems, "table.number_differs_from_text") == 0);
            CHECK(said(r.problems, "table.number_beside_text") == 1);  // said once at the header, for the 6 years
        }
}

TEST_CASE("the IKU sheet of the .xlsx export, copied from the workbook, imports back the same way") {
    const Plan plan = plan_with_range_and_actuals();
    // What Excel copies from the sheet: its cells tab-separated, numbers as Indonesian Excel shows them.
    std::string tsv;
    for (const TableRow& row : export_table_rows(plan, CsvTable::Iku, 0, Lang::Id)) {
        for (size_t c = 0; c < row.size(); ++c) {
            if (c > 0) tsv += '\t';
            if (row[c].kind == TableCell::Kind::Number) tsv += csv_number(row[c].number, CsvLocale::Id);
            else if (row[c].kind == TableCell::Kind::Text) tsv += row[c].text;
        }
        tsv += '\n';
    }
    const TableImportResult r = import_table(tsv);
    REQUIRE(r.plan.has_value());
    CHECK(targets_in(*r.plan) == 90);
    check_same_targets(plan, *r.plan);
}

TEST_CASE("the capaian table of a year imports back with that year's targets and realisasi as written") {
    const Plan plan = plan_with_range_and_actuals();
    TableImportOptions options;
    options.year = 2023;  // the table's Target and Realisasi columns name no year
    const TableImportResult r = import_table(export_csv(plan, CsvTable::Capaian, CsvLocale::Id, 2023, Lang::Id), options);
    REQUIRE(r.plan.has_value());
    const auto mine = indicators_of(plan), theirs = indicators_of(*r.plan);
    REQUIRE(theirs.size() == 15);
    for (size_t i = 0; i < mine.size(); ++i) {
        CAPTURE(mine[i]->code);
        CHECK(theirs[i]->years.at(2023).target.text == mine[i]->years.at(2023).target.text);
    }
    CHECK(theirs[0]->years.at(2023).actual.value.text == "BB");
    CHECK(theirs[12]->years.at(2023).actual.value.text == "85%");
    CHECK(theirs[12]->years.at(2023).target.text == "80 - 90%");
}

TEST_CASE("'Perbarui' with the plan's own export changes no target; an edit in the (teks) column is taken") {
    Plan held = builtin_plan();
    const Plan before = held;
    const TableImportResult same = import_table(export_csv(held, CsvTable::Iku, CsvLocale::Id, 0, Lang::Id));
    const TableMergeCounts counts = merge_imported_plan(held, same);
    CHECK(counts.updated == 15);
    CHECK(counts.added == 0);
    check_same_targets(before, held);  // "20 prd" stays "20 prd", not "20"; "100%" not "100"

    // The user's edit, as in the exploratory tester's upd3.tsv: indicator 6's 2023 target typed "22 prd" in the text
    // column, its number column left at 20.
    const Indicator& six = *indicators_of(held).at(5);
    REQUIRE(six.code == "6");
    REQUIRE(six.years.at(2023).target.text == "20 prd");
    const TableImportResult edited = import_table("Indikator\tSatuan\tTarget 2023\tTarget 2023 (teks)\n" + six.name +
                                                  "\tprd\t20\t22 prd\n" + indicators_of(held).at(3)->name + "\t%\t100\t100%\n");
    REQUIRE(edited.plan.has_value());
    bool differs_said = false;
    for (const auto& p : edited.problems)
        differs_said = differs_said || (p.id == "table.number_differs_from_text" && p.location == "row 2, column 3");
    CHECK(differs_said);
    CHECK(said(edited.problems, "table.number_differs_from_text") == 1);  // "100" and "100%" agree
    merge_imported_plan(held, edited);
    CHECK(indicators_of(held).at(5)->years.at(2023).target.text == "22 prd");
    CHECK(indicators_of(held).at(3)->years.at(2023).target.text == "100%");
}

TEST_CASE("a bare number equal to the held target's does not rewrite it; another number does") {
    Plan held = builtin_plan();
    const std::string six = indicators_of(held).at(5)->name, four = indicators_of(held).at(3)->name;
    merge_imported_plan(held, import_table("Indikator\tTarget 2022\tTarget 2023\n" + six + "\t20\t21\n" + four + "\t100\t95\n"));
    const auto all = indicators_of(held);
    CHECK(all.at(5)->years.at(2022).target.text == "20 prd");  // "20" is what is held, unit and all
    CHECK(all.at(5)->years.at(2023).target.text == "21");
    CHECK(all.at(3)->years.at(2022).target.text == "100%");
    CHECK(all.at(3)->years.at(2023).target.text == "95");
}

TEST_CASE("one indicator named twice (case, spacing) is read once, the second row said; 'Perbarui' adds nothing") {
    Plan held = builtin_plan();
    const size_t before = indicators_of(held).size();
    const TableImportResult r = import_table("Indikator\tSatuan\tTarget 2023\n"
                                             "JUMLAH PENYUSUNAN RANCANGAN PRODUK HUKUM DAERAH\tprd\t22\n"
                                             "Jumlah penyusunan  rancangan produk hukum daerah\tprd\t23\n"
                                             "Nilai LPPD\t\tBB\n");
    REQUIRE(r.plan.has_value());
    CHECK(indicators_of(*r.plan).size() == 2);
    const ImportedRow* third = nullptr;
    for (const auto& row : r.rows)
        if (row.row == 3) third = &row;
    REQUIRE(third != nullptr);
    CHECK(third->kind == ImportedRow::Kind::Skipped);
    REQUIRE(third->problems.size() == 1);
    CHECK(third->problems[0].id == "table.duplicate_indicator");
    CHECK(third->problems[0].location == "row 3, column 1");
    CHECK(third->problems[0].message.id.find("sama dengan baris 2") != std::string::npos);
    // The preview's matching: the first row updates indicator 6, LPPD indicator 3.
    const std::vector<HeldMatch> matches = match_held_indicators(held, *r.plan);
    REQUIRE(matches.size() == 2);
    CHECK(matches[0].indicator_code == "6");
    CHECK(matches[1].indicator_code == "3");
    const TableMergeCounts counts = merge_imported_plan(held, r);
    CHECK(counts.updated == 2);
    CHECK(counts.added == 0);
    CHECK(indicators_of(held).size() == before);
    CHECK(indicators_of(held).at(5)->years.at(2023).target.text == "22");
}

}  // TEST_SUITE
