// Tests that Tolok's own table exports import back (core/csv_export.h -> core/table_import.h): the IKU table's
// "Target YYYY" (number) and "Target YYYY (teks)" (as written) columns give every target as written, grades and
// ranges included; the capaian table gives the year's targets and realisasi; "Perbarui" with an unchanged export
// changes no target; and a table naming one indicator twice updates it once, never adding a second one. The long
// tables (targets: a row per year and quarter; capaian and capaian per triwulan: a Tahun and a Triwulan column) give
// back every indicator's targets and realisasi per year and quarter, as CSV in both locales and header languages and
// as copied from the .xlsx sheet; each compared with the plan exported, never with the import's own output. The
// capaian tables give back the realisasi typed ("Realisasi diisi"), never the one used ("Realisasi dipakai": a
// running total against cumulative quarter targets, a year added up from its quarters, one from formula components).
#include <doctest/doctest.h>

#include <set>
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

// The built-in plan with realisasi entered over several years and some quarters' targets and realisasi: grades
// (indicator 1), percents (4, 11), "20 prd" (6), money (10) and a range (13); a quarter with a realisasi only (11's
// TW IV). Where a year has quarter realisasi it has its own too, so the capaian tables show the realisasi entered,
// not one added up from the quarters.
Plan plan_with_long_values() {
    Plan plan = builtin_plan();
    std::vector<Indicator*> all;
    for (auto& o : plan.objectives)
        for (auto& i : o.indicators) all.push_back(&i);
    auto set = [](Value& v, const char* text) { v = parse_value(text); };
    Indicator &one = *all.at(0), &four = *all.at(3), &six = *all.at(5), &ten = *all.at(9), &eleven = *all.at(10), &thirteen = *all.at(12);
    REQUIRE(six.code == "6");
    REQUIRE(six.years.at(2023).target.text == "20 prd");
    set(one.years[2022].actual.value, "BB");
    set(one.years[2023].actual.value, "B");
    set(one.years[2023].quarter_targets[1], "B");
    set(one.years[2023].quarter_actuals[1].value, "BB");
    set(four.years[2021].actual.value, "95%");
    set(four.years[2022].actual.value, "100%");
    set(four.years[2023].actual.value, "98,5%");
    const char* four_quarters[] = {"25%", "50%", "75%", "100%"};
    for (size_t q = 0; q < 4; ++q) set(four.years[2023].quarter_targets[q], four_quarters[q]);
    set(four.years[2023].quarter_actuals[0].value, "20%");
    set(four.years[2023].quarter_actuals[1].value, "45,5%");
    set(six.years[2022].actual.value, "18 prd");
    set(six.years[2023].actual.value, "21 prd");
    set(six.years[2022].quarter_targets[0], "5 prd");
    set(six.years[2022].quarter_actuals[0].value, "4 prd");
    set(six.years[2023].quarter_targets[2], "15 prd");
    set(ten.years[2023].target, "Rp 1.500.000.000");
    set(ten.years[2023].actual.value, "Rp 1.250.000.000");
    set(eleven.years[2023].actual.value, "5,9%");
    set(eleven.years[2023].quarter_actuals[3].value, "5,8%");
    set(thirteen.years[2023].target, "80 - 90%");
    set(thirteen.years[2023].actual.value, "85%");
    return plan;
}

// What a long table gives back: every target and, `with_actuals`, every realisasi of the `years` (all when empty) as
// written, per indicator, year and, `with_quarters`, quarter: the source plan's. Nothing more: a value the table does
// not hold stays empty.
void check_same_values(const Plan& source, const Plan& imported, const std::set<int>& years, bool with_actuals, bool with_quarters) {
    const auto mine = indicators_of(source), theirs = indicators_of(imported);
    REQUIRE(theirs.size() == mine.size());
    for (size_t i = 0; i < mine.size(); ++i) {
        CAPTURE(mine[i]->code);
        CHECK(theirs[i]->name == mine[i]->name);
        CHECK(theirs[i]->kind == mine[i]->kind);
        std::set<int> all_years;
        for (const auto& [year, entry] : mine[i]->years) all_years.insert(year);
        for (const auto& [year, entry] : theirs[i]->years) all_years.insert(year);
        for (const int year : all_years) {
            CAPTURE(year);
            const bool compared = years.empty() || years.count(year);
            const auto m = mine[i]->years.find(year), t = theirs[i]->years.find(year);
            const YearEntry none;
            const YearEntry& a = m == mine[i]->years.end() || !compared ? none : m->second;
            const YearEntry& b = t == theirs[i]->years.end() ? none : t->second;
            CHECK(b.target.text == a.target.text);
            CHECK(b.actual.value.text == (with_actuals ? a.actual.value.text : ""));
            for (size_t q = 0; q < 4; ++q) {
                CAPTURE(q + 1);
                CHECK(b.quarter_targets[q].text == (with_quarters ? a.quarter_targets[q].text : ""));
                CHECK(b.quarter_actuals[q].value.text == (with_actuals && with_quarters ? a.quarter_actuals[q].value.text : ""));
            }
        }
    }
}

// What Excel copies from a sheet of the .xlsx export: its cells tab-separated, numbers as Indonesian Excel shows
// them. `header`: with the header row (the first of `rows`).
std::string as_copied_from_sheet(const std::vector<TableRow>& rows, bool header = true) {
    std::string tsv;
    for (size_t r = header ? 0 : 1; r < rows.size(); ++r) {
        const TableRow& row = rows[r];
        for (size_t c = 0; c < row.size(); ++c) {
            if (c > 0) tsv += '\t';
            if (row[c].kind == TableCell::Kind::Number) tsv += csv_number(row[c].number, CsvLocale::Id);
            else if (row[c].kind == TableCell::Kind::Text) tsv += row[c].text;
        }
        tsv += '\n';
    }
    return tsv;
}

const ImportColumn* column_headed(const TableImportResult& r, const std::string& header) {
    for (const auto& c : r.columns)
        if (c.header == header) return &c;
    return nullptr;
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
    const TableImportResult r = import_table(as_copied_from_sheet(export_table_rows(plan, CsvTable::Iku, 0, Lang::Id)));
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

// The long tables as exported: CSV in both locales and both header languages, and the sheet copied from the .xlsx.
std::vector<std::string> long_exports(const Plan& plan, CsvTable table, int year) {
    std::vector<std::string> texts;
    for (const CsvLocale locale : {CsvLocale::Id, CsvLocale::En})
        for (const Lang headers : {Lang::Id, Lang::En}) texts.push_back(export_csv(plan, table, locale, year, headers));
    texts.push_back(as_copied_from_sheet(export_table_rows(plan, table, year, Lang::Id)));
    return texts;
}

size_t errors_in(const Diagnostics& ds) {
    size_t n = 0;
    for (const auto& d : ds) n += d.severity == Severity::Error;
    return n;
}

TEST_CASE("the targets table, a row per indicator, year and quarter, imports back as one indicator with every target") {
    const Plan plan = plan_with_long_values();
    for (const std::string& text : long_exports(plan, CsvTable::Targets, 0)) {
        CAPTURE(text.substr(0, 80));
        const TableImportResult r = import_table(text);
        REQUIRE(r.plan.has_value());
        CHECK(errors_in(r.problems) == 0);
        CHECK(said(r.problems, "table.duplicate_indicator") == 0);
        CHECK(said(r.problems, "table.year_needed") == 0);
        CHECK(r.plan->start_year == 2018);
        CHECK(r.plan->end_year == 2023);
        CHECK(r.plan->objectives.size() == plan.objectives.size());
        check_same_values(plan, *r.plan, {}, false, true);
        const ImportColumn* year = column_headed(r, text.find("Year") != std::string::npos ? "Year" : "Tahun");
        const ImportColumn* quarter = column_headed(r, text.find("Quarter") != std::string::npos ? "Quarter" : "Triwulan");
        REQUIRE(year != nullptr);
        REQUIRE(quarter != nullptr);
        CHECK(year->role == ColumnRole::RowYear);
        CHECK(quarter->role == ColumnRole::RowQuarter);
    }
    // Spot checks against the plan as written above, not only against itself.
    const TableImportResult r = import_table(export_csv(plan, CsvTable::Targets, CsvLocale::Id, 0, Lang::Id));
    REQUIRE(r.plan.has_value());
    const auto all = indicators_of(*r.plan);
    CHECK(all.at(5)->years.at(2023).target.text == "20 prd");
    CHECK(all.at(5)->years.at(2022).quarter_targets[0].text == "5 prd");
    CHECK(all.at(5)->years.at(2023).quarter_targets[2].text == "15 prd");
    CHECK(all.at(9)->years.at(2023).target.shape == ValueShape::Money);
    CHECK(*all.at(9)->years.at(2023).target.number == doctest::Approx(1500000000.0));
    CHECK(all.at(12)->years.at(2023).target.is_range());
    CHECK(all.at(0)->kind == ValueKind::Grade);
    CHECK(all.at(0)->years.at(2023).quarter_targets[1].text == "B");
}

TEST_CASE("the capaian table of a year imports back without a year given: the Tahun column gives it") {
    const Plan plan = plan_with_long_values();
    for (const int year : {2021, 2022, 2023})
        for (const std::string& text : long_exports(plan, CsvTable::Capaian, year)) {
            CAPTURE(year);
            CAPTURE(text.substr(0, 80));
            const TableImportResult r = import_table(text);
            REQUIRE(r.plan.has_value());
            CHECK(errors_in(r.problems) == 0);
            CHECK(said(r.problems, "table.year_needed") == 0);
            CHECK(r.plan->start_year == year);
            CHECK(r.plan->end_year == year);
            check_same_values(plan, *r.plan, {year}, true, false);
            // The computed columns are not read: capaian, category and explanation are derived, never imported.
            for (const char* computed : {"Capaian %", "Achievement %"})
                if (const ImportColumn* c = column_headed(r, computed)) CHECK(c->role == ColumnRole::Achievement);
            for (const char* computed : {"Kategori", "Penjelasan", "Category", "Explanation"})
                if (const ImportColumn* c = column_headed(r, computed)) CHECK(c->role == ColumnRole::Ignored);
        }
    const TableImportResult r = import_table(export_csv(plan, CsvTable::Capaian, CsvLocale::Id, 2023, Lang::Id));
    REQUIRE(r.plan.has_value());
    const auto all = indicators_of(*r.plan);
    CHECK(all.at(0)->years.at(2023).actual.value.text == "B");
    CHECK(all.at(5)->years.at(2023).actual.value.text == "21 prd");
    CHECK(all.at(9)->years.at(2023).actual.value.text == "Rp 1.250.000.000");
    CHECK(all.at(12)->years.at(2023).target.text == "80 - 90%");
    CHECK(all.at(12)->years.at(2023).actual.value.text == "85%");
}

TEST_CASE("the capaian table per triwulan imports back the quarters' targets and realisasi and the year's") {
    const Plan plan = plan_with_long_values();
    for (const int year : {2022, 2023})
        for (const std::string& text : long_exports(plan, CsvTable::CapaianQuarters, year)) {
            CAPTURE(year);
            CAPTURE(text.substr(0, 80));
            const TableImportResult r = import_table(text);
            REQUIRE(r.plan.has_value());
            CHECK(errors_in(r.problems) == 0);
            CHECK(said(r.problems, "table.duplicate_indicator") == 0);
            check_same_values(plan, *r.plan, {year}, true, true);
        }
    const TableImportResult r = import_table(export_csv(plan, CsvTable::CapaianQuarters, CsvLocale::En, 2023, Lang::En));
    REQUIRE(r.plan.has_value());
    const auto all = indicators_of(*r.plan);
    CHECK(all.at(3)->years.at(2023).quarter_actuals[1].value.text == "45,5%");
    CHECK(all.at(3)->years.at(2023).quarter_targets[3].text == "100%");
    CHECK(all.at(10)->years.at(2023).quarter_actuals[3].value.text == "5,8%");  // a quarter's realisasi without its target
    CHECK(all.at(10)->years.at(2023).quarter_targets[3].empty());
    CHECK(all.at(10)->years.at(2023).actual.value.text == "5,9%");
    CHECK(said(r.problems, "table.missing_target") == 0);
}

// A plan whose capaian tables use realisasi that were not typed as such: indicator 6 (sum) has cumulative quarter
// targets ("s.d. TW": 5, 10, 15, 20 of 20 prd) and its quarters' own realisasi 4, 6, 5, 7 prd, no yearly one (TW II
// is used as 4 + 6 = 10 prd, the year as 22 prd); indicator 4 (last) has TW I and TW II realisasi and no yearly one
// (the year uses TW II's); indicator 5's realisasi of the year and of TW I come from its formula's components
// (9 of 10 OPD: 90 %). Indicator 10 keeps a typed yearly realisasi.
Plan plan_with_used_realisasi() {
    Plan plan = builtin_plan();
    std::vector<Indicator*> all;
    for (auto& o : plan.objectives)
        for (auto& i : o.indicators) all.push_back(&i);
    Indicator &four = *all.at(3), &five = *all.at(4), &six = *all.at(5), &ten = *all.at(9);
    REQUIRE(five.formula.components.size() == 2);
    six.aggregation = Aggregation::Sum;
    const char* six_targets[] = {"5 prd", "10 prd", "15 prd", "20 prd"};
    const char* six_actuals[] = {"4 prd", "6 prd", "5 prd", "7 prd"};
    for (size_t q = 0; q < 4; ++q) {
        six.years[2023].quarter_targets[q] = parse_value(six_targets[q]);
        six.years[2023].quarter_actuals[q].value = parse_value(six_actuals[q]);
    }
    four.aggregation = Aggregation::Last;
    four.years[2023].quarter_actuals[0].value = parse_value("40%");
    four.years[2023].quarter_actuals[1].value = parse_value("55%");
    for (Actual* a : {&five.years[2023].actual, &five.years[2023].quarter_actuals[0]}) {
        a->components[five.formula.components[0].id] = 9;
        a->components[five.formula.components[1].id] = 10;
    }
    ten.years[2023].actual.value = parse_value("Rp 1.250.000.000");
    return plan;
}

TEST_CASE("the capaian tables give back the realisasi typed, not the one used: cumulative quarters, a year from its "
          "quarters, a realisasi from formula components") {
    const Plan plan = plan_with_used_realisasi();
    for (const CsvTable table : {CsvTable::Capaian, CsvTable::CapaianQuarters}) {
        const bool quarters = table == CsvTable::CapaianQuarters;
        for (const std::string& text : long_exports(plan, table, 2023)) {
            CAPTURE(quarters);
            CAPTURE(text.substr(0, 80));
            // The tables do show the realisasi used beside the capaian (the running total, the sums, the formula's).
            CHECK(text.find("22 prd") != std::string::npos);
            CHECK(text.find("90 %") != std::string::npos);
            if (quarters) CHECK(text.find("10 prd") != std::string::npos);
            const TableImportResult r = import_table(text);
            REQUIRE(r.plan.has_value());
            CHECK(errors_in(r.problems) == 0);
            CHECK(said(r.problems, "table.duplicate_indicator") == 0);
            check_same_values(plan, *r.plan, {2023}, true, quarters);
            // "Realisasi diisi" is the realisasi; "Realisasi dipakai" is derived and not read, as "Capaian %".
            for (const char* typed : {"Realisasi diisi (teks)", "Actual typed (text)"})
                if (const ImportColumn* c = column_headed(r, typed)) CHECK(c->role == ColumnRole::Actual);
            for (const char* typed : {"Realisasi diisi", "Actual typed"})
                if (const ImportColumn* c = column_headed(r, typed)) CHECK(c->role == ColumnRole::NumberBesideText);
            size_t used_columns = 0;
            for (const char* used : {"Realisasi dipakai", "Realisasi dipakai (teks)", "Actual used", "Actual used (text)"})
                if (const ImportColumn* c = column_headed(r, used)) {
                    CHECK(c->role == ColumnRole::ActualUsed);
                    ++used_columns;
                }
            CHECK(used_columns == 2);
            // Against the values typed above, spelled out.
            const auto all = indicators_of(*r.plan);
            const YearEntry& six = all.at(5)->years.at(2023);
            CHECK(six.actual.value.empty());
            if (quarters) {
                CHECK(six.quarter_actuals[0].value.text == "4 prd");
                CHECK(six.quarter_actuals[1].value.text == "6 prd");
                CHECK(six.quarter_actuals[2].value.text == "5 prd");
                CHECK(six.quarter_actuals[3].value.text == "7 prd");
                CHECK(all.at(3)->years.at(2023).quarter_actuals[1].value.text == "55%");
                CHECK(all.at(4)->years.at(2023).quarter_actuals[0].value.empty());
            }
            CHECK(all.at(3)->years.at(2023).actual.value.empty());
            CHECK(all.at(4)->years.at(2023).actual.value.empty());
            CHECK(all.at(9)->years.at(2023).actual.value.text == "Rp 1.250.000.000");
        }
    }
}

TEST_CASE("three years' capaian per triwulan in one table, rows by year, are one plan; 'Perbarui' gives the values back") {
    const Plan plan = plan_with_long_values();
    std::string table;
    for (const int year : {2021, 2022, 2023})
        table += as_copied_from_sheet(export_table_rows(plan, CsvTable::CapaianQuarters, year, Lang::Id), year == 2021);
    const TableImportResult r = import_table(table);
    REQUIRE(r.plan.has_value());
    CHECK(errors_in(r.problems) == 0);
    CHECK(said(r.problems, "table.objective_without_indicator") == 0);  // a sasaran named again is the same sasaran
    CHECK(r.plan->objectives.size() == plan.objectives.size());
    CHECK(r.plan->start_year == 2021);
    CHECK(r.plan->end_year == 2023);
    check_same_values(plan, *r.plan, {2021, 2022, 2023}, true, true);
    // Into the built-in plan, which has the targets but none of the realisasi: the source plan again.
    Plan held = builtin_plan();
    const TableMergeCounts counts = merge_imported_plan(held, r);
    CHECK(counts.updated == 15);
    CHECK(counts.added == 0);
    check_same_values(plan, held, {}, true, true);
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
