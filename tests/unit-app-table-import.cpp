// Tests of the app's "import a table" flow (app/logic/table_import_flow.h) without a window: the seed's Lampiran
// pasted gives a new plan equal in indicators and targets to the built-in one; an update keeps ids and realisasi;
// a table without indicators changes nothing; a .csv dropped opens the preview instead of the JSON import; a note
// or a row with too few cells is skipped or warned, never made into an empty sasaran; "-" never replaces a target;
// the capaian per triwulan export pasted (a long table: a row per quarter) updates one indicator per name.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "app/app.h"
#include "app_fakes.h"
#include "app/state.h"
#include "core/builtin_plan.h"
#include "core/csv_export.h"

using namespace tolok;
using namespace tolok::app;

namespace {

std::string fixture(const std::string& name) {
    std::ifstream in(std::string(TOLOK_SOURCE_DIR) + "/tests/fixtures/" + name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

using NullStore = testing::MemoryStore;

// Every (indicator name, year, target text) of a plan, in order.
std::vector<std::string> targets_of(const Plan& p) {
    std::vector<std::string> out;
    for (const auto& o : p.objectives)
        for (const auto& ind : o.indicators)
            for (const auto& [year, e] : ind.years)
                if (!e.target.empty()) out.push_back(o.name + " | " + ind.name + " | " + std::to_string(year) + " | " + e.target.text);
    return out;
}

struct Fixture {
    NullStore store;
    double t = 10;
    App app;
    Fixture() : app([this] {
          Services sv;
          sv.store = &store;
          sv.now_seconds = [this] { return t; };
          sv.now_iso = [] { return std::string("2026-11-26T10:00:00Z"); };
          return sv;
      }()) {
        app.start();
    }
    AppState& s() { return app.state(); }
};

}  // namespace

TEST_SUITE("app") {

TEST_CASE("the seed's Lampiran pasted into the dialog becomes a new plan equal to the built-in one") {
    Fixture f;
    AppState& s = f.s();
    s.table_import.text = fixture("seed-lampiran.txt");
    refresh_table_preview(s);
    TableImportSummary sum = summarize(s.table_import.preview);
    CHECK(sum.indicators == 15);
    CHECK(sum.targets == 90);
    CHECK(sum.rejected_rows == 0);
    CHECK(s.plans.size() == 1);  // nothing changes before the user applies

    REQUIRE(apply_table_import(s, true));
    REQUIRE(s.plans.size() == 2);
    CHECK(s.current == 1);
    CHECK(s.plans[1].id != s.plans[0].id);
    CHECK(targets_of(s.plans[1]) == targets_of(builtin_plan()));
    // Another office's table, most often: its name is asked for, not taken from the plan that was open.
    CHECK(s.plans[1].office.name == "Instansi baru");
    CHECK(s.plans[1].office.government == s.plans[0].office.government);
    CHECK(s.tab_request == kTabSettings);
    CHECK(s.focus_field == "office/name");
    CHECK(s.dirty);
    CHECK(s.table_import.text.empty());  // the dialog's draft is cleared

    undo(s);
    CHECK(s.plans.size() == 1);
}

TEST_CASE("the capaian per triwulan export pasted updates the plan's quarters and year: each row of one indicator updates it") {
    Fixture f;
    AppState& s = f.s();
    Plan source = s.plans.at(0);
    Indicator* six = find_indicator(source, "i6");
    REQUIRE(six != nullptr);
    six->years[2023].actual.value = parse_value("21 prd");
    six->years[2023].quarter_targets[0] = parse_value("5 prd");
    six->years[2023].quarter_actuals[0].value = parse_value("4 prd");
    s.table_import.text = export_csv(source, CsvTable::CapaianQuarters, CsvLocale::Id, 2023, Lang::Id);
    refresh_table_preview(s);  // no year given: the table's Tahun column gives it
    const TableImportSummary sum = summarize(s.table_import.preview);
    CHECK(sum.indicators == 15);
    CHECK(sum.rejected_rows == 0);
    CHECK(sum.skipped_rows == 0);
    CHECK(sum.targets == 15);
    CHECK(sum.actuals == 1);
    CHECK(sum.quarter_targets == 1);
    CHECK(sum.quarter_actuals == 1);
    size_t rows_of_six = 0;  // its TW I row and its year's row
    for (const auto& row : s.table_import.preview.rows) rows_of_six += update_note(s, row) == "memperbarui no. 6";
    CHECK(rows_of_six == 2);
    REQUIRE(apply_table_import(s, false));
    CHECK(indicator_count(s.plans.at(0)) == 15);
    const Indicator* held = find_indicator(s.plans.at(0), "i6");
    REQUIRE(held != nullptr);
    CHECK(held->years.at(2023).target.text == "20 prd");
    CHECK(held->years.at(2023).actual.value.text == "21 prd");
    CHECK(held->years.at(2023).quarter_targets[0].text == "5 prd");
    CHECK(held->years.at(2023).quarter_actuals[0].value.text == "4 prd");
}

TEST_CASE("a table applied to the current plan updates indicators of the same name and keeps their realisasi") {
    Fixture f;
    AppState& s = f.s();
    Plan& p = change(s, "realisasi", "");
    Indicator* ind = find_indicator(p, "i6");
    REQUIRE(ind != nullptr);
    const std::string name = ind->name;
    ind->years[2023].actual.value = parse_value("18 prd");
    const size_t before = indicator_count(s.plans[0]);

    // Indicator 6 with new targets for 2022-2023 (names differ in case and spacing), plus a new indicator.
    std::string upper;
    for (char c : name) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    s.table_import.text = "Sasaran\tIndikator\tSatuan\t2022\t2023\n"
                          "Sasaran baru\t" + upper + "  \tprd\t21 prd\t22 prd\n"
                          "\tJumlah desa yang dibina\tdesa\t10 desa\t12 desa\n";
    refresh_table_preview(s);
    CHECK(summarize(s.table_import.preview).indicators == 2);
    REQUIRE(apply_table_import(s, false));
    REQUIRE(s.plans.size() == 1);
    const Plan& q = s.plans[0];
    CHECK(indicator_count(q) == before + 1);
    const Indicator* six = find_indicator(q, "i6");
    REQUIRE(six != nullptr);
    CHECK(six->name == name);  // the name as held
    CHECK(six->years.at(2023).target.text == "22 prd");
    CHECK(six->years.at(2022).target.text == "21 prd");
    CHECK(six->years.at(2023).actual.value.text == "18 prd");
    Plan seed = builtin_plan();
    CHECK(six->years.at(2018).target.text == find_indicator(seed, "i6")->years.at(2018).target.text);  // untouched
    // The new indicator went under a new sasaran with a fresh id.
    const Objective& last = q.objectives.back();
    CHECK(last.name == "Sasaran baru");
    REQUIRE(last.indicators.size() == 1);
    CHECK(last.indicators[0].name == "Jumlah desa yang dibina");
    CHECK(last.indicators[0].id == "i16");
    CHECK(last.indicators[0].years.at(2023).target.text == "12 desa");
    CHECK(q.title == "Indikator Kinerja Utama (IKU) Tahun 2018-2023");  // the period held: the title as it was
    CHECK(s.message.find("1 indikator diperbarui, 1 ditambahkan") != std::string::npos);
}

TEST_CASE("Perbarui keeps what the table does not give: polarity, realisasi behind '-' or 'n/a'; same names under two sasaran") {
    Fixture f;
    AppState& s = f.s();
    Plan& p = change(s, "realisasi", "");
    Indicator* six = find_indicator(p, "i6");
    Indicator* seven = find_indicator(p, "i7");
    Indicator* one = find_indicator(p, "i1");
    six->polarity = Polarity::Minimize;
    six->years[2023].actual.value = parse_value("18 prd");
    seven->years[2023].actual.value = parse_value("4 keg");
    one->years[2023].actual.value = parse_value("BB");
    const std::string six_name = six->name, seven_name = seven->name, one_name = one->name;
    s.table_import.text = "Indikator\tRealisasi 2023\n" + six_name + "\t-\n" + seven_name + "\tn/a\n" + one_name + "\tB\n";
    refresh_table_preview(s);
    CHECK(summarize(s.table_import.preview).actuals == 1);  // "-" and "n/a" give none
    REQUIRE(apply_table_import(s, false));
    const Plan& q = s.plans[0];
    CHECK(find_indicator(q, "i6")->polarity == Polarity::Minimize);  // no Polaritas column: kept (it was reset)
    CHECK(find_indicator(q, "i6")->years.at(2023).actual.value.text == "18 prd");  // "-": nothing given
    CHECK(find_indicator(q, "i7")->years.at(2023).actual.value.text == "4 keg");   // "n/a": nothing given
    CHECK(find_indicator(q, "i1")->years.at(2023).actual.value.text == "B");       // a value: taken, and said
    CHECK(s.message.find("1 realisasi diganti dengan isi tabel") != std::string::npos);

    // Two indicators of one name under two sasaran: each row goes to the one under its own sasaran, once.
    Plan& r = change(s, "same names", "");
    r.objectives[0].indicators[0].name = "Persentase layanan tepat waktu";
    r.objectives[1].indicators[0].name = "Persentase layanan tepat waktu";
    const std::string first_sasaran = r.objectives[0].name, second_sasaran = r.objectives[1].name;
    const std::string first_id = r.objectives[0].indicators[0].id, second_id = r.objectives[1].indicators[0].id;
    s.table_import.text = "Sasaran\tIndikator\tSatuan\t2023\n" + second_sasaran + "\tPersentase layanan tepat waktu\t%\t95%\n" +
                          first_sasaran + "\tPersentase layanan tepat waktu\t%\t90%\n";
    refresh_table_preview(s);
    REQUIRE(apply_table_import(s, false));
    CHECK(find_indicator(s.plans[0], first_id)->years.at(2023).target.text == "90%");
    CHECK(find_indicator(s.plans[0], second_id)->years.at(2023).target.text == "95%");
    CHECK(s.message.find("2 indikator diperbarui, 0 ditambahkan") != std::string::npos);

    // A year after the period: the period grows, and the title's years with it.
    s.table_import.text = "Indikator\tTarget 2024\n" + seven_name + "\t6 keg\n";
    refresh_table_preview(s);
    REQUIRE(apply_table_import(s, false));
    CHECK(s.plans[0].end_year == 2024);
    CHECK(s.plans[0].title == "Indikator Kinerja Utama (IKU) Tahun 2018-2024");
    // A Polaritas column is taken.
    s.table_import.text = "Indikator\tPolaritas\n" + seven_name + "\tsemakin rendah semakin baik\n";
    refresh_table_preview(s);
    REQUIRE(apply_table_import(s, false));
    CHECK(find_indicator(s.plans[0], "i7")->polarity == Polarity::Minimize);
}

TEST_CASE("the preview says which indicator rows update an indicator of the plan (its number) and which add one") {
    Fixture f;
    AppState& s = f.s();
    const std::string six = find_indicator(s.plans[0], "i6")->name;
    s.table_import.text = "Indikator\tTarget 2023\n" + six + "\t21 prd\nJumlah desa yang dibina\t12 desa\n";
    refresh_table_preview(s);
    std::vector<std::string> notes;
    for (const auto& row : s.table_import.preview.rows) notes.push_back(update_note(s, row));
    CHECK(notes == std::vector<std::string>{"", "memperbarui no. 6", "indikator baru"});  // header, then the two rows
    s.lang = Lang::En;
    CHECK(update_note(s, s.table_import.preview.rows[1]) == "updates no. 6");
}

TEST_CASE("a table without indicator rows changes nothing and says so") {
    Fixture f;
    AppState& s = f.s();
    const std::string before = targets_of(s.plans[0]).front();
    s.table_import.text = "Sasaran\tIndikator\tTarget\n";
    CHECK_FALSE(apply_table_import(s, true));
    CHECK_FALSE(apply_table_import(s, false));
    CHECK(s.plans.size() == 1);
    CHECK_FALSE(s.dirty);
    CHECK(targets_of(s.plans[0]).front() == before);
    CHECK(s.message.find("tidak ada yang diubah") != std::string::npos);
    CHECK_FALSE(s.history.can_undo());
}

TEST_CASE("a rejected row is listed in the preview with its row number") {
    Fixture f;
    AppState& s = f.s();
    s.table_import.text = "Sasaran\tIndikator\tTarget 2023\nS1\tPersentase A\t100%\nS1\t\t50%\n";
    refresh_table_preview(s);
    bool rejected_row_3 = false;
    for (const auto& row : s.table_import.preview.rows)
        rejected_row_3 = rejected_row_3 || (row.row == 3 && row.kind == ImportedRow::Kind::Rejected && !row.problems.empty());
    CHECK(rejected_row_3);
    CHECK(summarize(s.table_import.preview).rejected_rows == 1);
}

// Regression: a user test's note row and a numbered row with too few cells were shown as "continued rows" with no
// problem, and "Buat rencana baru" made a sasaran "Indikator tanpa kolom cukup" with no indicator.
TEST_CASE("a note and a row with too few cells are warned in the preview and make no empty sasaran") {
    Fixture f;
    AppState& s = f.s();
    s.table_import.text = "No\tSasaran\tIndikator\tSatuan\tTarget 2024\tTarget 2025\n"
                          "1\tMeningkatnya tata kelola\tJumlah produk hukum\tprd\t20 prd\t22 prd\n"
                          "2\t\tPersentase OPD\t%\t90%\t-\n"
                          "6\tIndikator tanpa kolom cukup\n"
                          "Catatan: data sementara\n";
    refresh_table_preview(s);
    const TableImportResult& r = s.table_import.preview;
    TableImportSummary sum = summarize(r);
    CHECK(sum.indicators == 2);
    CHECK(sum.targets == 3);  // the "-" is no target
    CHECK(sum.skipped_rows == 1);
    CHECK(sum.warnings >= 3);  // short row, sasaran without indicator, note
    for (const auto& row : r.rows) {
        CAPTURE(row.row);
        if (row.row >= 4) CHECK_FALSE(row.problems.empty());
    }
    REQUIRE(apply_table_import(s, true));
    const Plan& made = s.plans[s.current];
    REQUIRE(made.objectives.size() == 1);
    CHECK(made.objectives[0].name == "Meningkatnya tata kelola");
    CHECK(made.objectives[0].indicators.size() == 2);
}

TEST_CASE("a \"-\" target in a table applied to the current plan keeps the target held") {
    Fixture f;
    AppState& s = f.s();
    const Indicator* six = find_indicator(s.plans[0], "i6");
    REQUIRE(six != nullptr);
    const std::string name = six->name, held = six->years.at(2023).target.text;
    REQUIRE_FALSE(held.empty());
    s.table_import.text = "Indikator\tTarget 2022\tTarget 2023\n" + name + "\t21 prd\t-\n";
    refresh_table_preview(s);
    REQUIRE(apply_table_import(s, false));
    const Indicator* after = find_indicator(s.plans[0], "i6");
    REQUIRE(after != nullptr);
    CHECK(after->years.at(2022).target.text == "21 prd");
    CHECK(after->years.at(2023).target.text == held);
}

TEST_CASE("a .csv file opened or dropped goes to the table preview, a .json to the plan import") {
    Fixture f;
    AppState& s = f.s();
    CHECK(is_table_file_name("IKU 2024.CSV"));
    CHECK(is_table_file_name("lampiran.tsv"));
    CHECK(is_table_file_name("tabel.txt"));
    CHECK_FALSE(is_table_file_name("rencana.json"));
    CHECK_FALSE(is_table_file_name("csv"));
    f.app.on_file_opened("iku.csv", "Sasaran;Indikator;Target 2023\nS1;Persentase A;100%\n");
    CHECK(s.table_import.open_request);
    CHECK(s.table_import.source_name == "iku.csv");
    CHECK(summarize(s.table_import.preview).indicators == 1);
    CHECK(s.table_import.preview.separator == ';');
    CHECK_FALSE(s.open_import_popup);
    f.app.on_file_opened("rencana.json", "{");  // dropped with it: waits until the table's dialog is closed
    CHECK_FALSE(s.incoming.has_value());
    s.table_import.open_request = false;
    f.app.tick();
    CHECK(s.open_import_popup);
    REQUIRE(s.incoming.has_value());
    CHECK_FALSE(s.incoming->read.ok());
}

TEST_CASE("the clipboard's text (Tempel button) replaces the table in the open dialog; an empty clipboard or a refusal is said there") {
    Fixture f;
    AppState& s = f.s();
    f.app.on_clipboard_text("Sasaran\tIndikator\tTarget 2023\nS1\tPersentase A\t100%\n");
    CHECK(s.table_import.text.empty());  // the dialog was closed meanwhile: nothing is opened behind the user's back
    s.table_import.open = true;
    s.table_import.text = "old text";
    s.table_import.source_name = "lama.csv";
    f.app.on_clipboard_refused();
    REQUIRE(s.table_import.paste_problem.has_value());
    CHECK(s.table_import.paste_problem->in(Lang::Id).find("Ctrl+V") != std::string::npos);
    CHECK(s.table_import.text == "old text");
    f.app.on_clipboard_text(" \r\n");
    REQUIRE(s.table_import.paste_problem.has_value());
    CHECK(s.table_import.paste_problem->in(Lang::Id).find("Papan klip kosong") == 0);
    CHECK(s.table_import.text == "old text");
    f.app.on_clipboard_text("Sasaran\tIndikator\tTarget 2023\nS1\tPersentase A\t100%\n");
    CHECK_FALSE(s.table_import.paste_problem.has_value());
    CHECK(s.table_import.source_name.empty());
    CHECK(summarize(s.table_import.preview).indicators == 1);
    CHECK(s.table_import.preview.separator == '\t');
    CHECK(s.plans.size() == 1);  // previewed only
}

TEST_CASE("a table file saved as Unicode Text (UTF-16, Excel) opens in the preview like its UTF-8 copy") {
    Fixture f;
    AppState& s = f.s();
    // "Sasaran\tIndikator\tTarget 2023\nS1\tPersentase A\t100%\n" in UTF-16 LE with its mark
    const std::string text = "Sasaran\tIndikator\tTarget 2023\nS1\tPersentase A\t100%\n";
    std::string utf16 = "\xFF\xFE";
    for (char c : text) utf16 += std::string{c, '\0'};
    f.app.on_file_opened("iku.txt", utf16);
    CHECK(s.table_import.open_request);
    CHECK(summarize(s.table_import.preview).indicators == 1);
    CHECK(s.table_import.preview.separator == '\t');
    CHECK_FALSE(has_errors(s.table_import.preview.problems));
}

}  // TEST_SUITE
