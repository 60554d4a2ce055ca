// Tests of the app's logic without a browser or a window (src/app/logic): the change path with undo/redo, the
// two verified storage slots (a damaged slot never replaces a good one, a full quota keeps the previous copy), the
// autosave timer, first start on the built-in plan, and the JavaScript API's import that changes nothing on error.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/logic/edit_names.h"
#include "app/logic/indicator_moves.h"
#include "app_fakes.h"
#include "app/logic/storage_slots.h"
#include "app/logic/view_prefs.h"
#include "app/state.h"
#include "core/builtin_plan.h"
#include "core/lint.h"
#include "core/plan_json.h"
#include "core/value.h"

using namespace tolok;
using namespace tolok::app;

namespace {

using testing::MemoryStore;

struct MemoryMirror : DurableMirror {
    std::map<std::string, std::string> files;
    bool lasting = true;  // false: a browser without IndexedDB
    bool durable() const override { return lasting; }
    void save(const std::string& name, const std::string& content) override { files[name] = content; }
    int told = 0;  // tell_other_tabs calls
    void tell_other_tabs() override { ++told; }
    Flush flush = Flush::Done;  // what IndexedDB has done with the last save
    Flush flush_state() const override { return flush; }
    std::optional<std::string> load(const std::string& name) override {
        auto it = files.find(name);
        if (it == files.end()) return std::nullopt;
        return it->second;
    }
};

struct Clock {
    double t = 100;
};

Services services(MemoryStore& store, MemoryMirror* mirror, Clock& clock) {
    Services s;
    s.store = &store;
    s.mirror = mirror;
    s.now_seconds = [&clock] { return clock.t; };
    s.now_iso = [] { return std::string("2026-11-24T10:00:00Z"); };
    return s;
}

// An app started on empty storage (the built-in plan), without a durable mirror.
struct StartedApp {
    MemoryStore store;
    Clock clock;
    App app{services(store, nullptr, clock)};
    StartedApp() { app.start(); }
};

std::string actual_of(const AppState& s, const std::string& id, int year) {
    const Indicator* ind = find_indicator(s.plans[s.current], id);
    auto it = ind->years.find(year);
    return it == ind->years.end() ? "" : it->second.actual.value.text;
}

void set_actual(AppState& s, const std::string& id, int year, const std::string& text) {
    Plan& p = change(s, "Ubah realisasi", "actual/" + id);
    find_indicator(p, id)->years[year].actual.value = parse_value(text);
}

}  // namespace

TEST_SUITE("app") {

TEST_CASE("first start opens the built-in plan; a change autosaves within a second and loads on the next start") {
    MemoryStore store;
    MemoryMirror mirror;
    Clock clock;
    {
        App app(services(store, &mirror, clock));
        app.start();
        auto st = nlohmann::json::parse(app.api_state());
        CHECK(st["plans"] == 1);
        CHECK(st["current"] == "setda-tanggamus-2018-2023");
        CHECK(st["indicators"] == 15);
        CHECK(st["saveStatus"] == "never");
        set_actual(app.state(), "i6", 2023, "18 prd");
        app.tick();
        CHECK(store.writes == 0);  // not before the delay
        clock.t += App::kAutosaveDelaySeconds;
        app.tick();
        CHECK(store.writes == 1);
        CHECK(nlohmann::json::parse(app.api_state())["saveStatus"] == "ok");
        CHECK(nlohmann::json::parse(app.api_state())["dirty"] == false);
        CHECK(mirror.files.count("slot") == 1);
    }
    App again(services(store, &mirror, clock));
    again.start();
    CHECK(actual_of(again.state(), "i6", 2023) == "18 prd");
    auto rows = nlohmann::json::parse(again.api_capaian(2023));
    CHECK(rows[5]["achievement"] == 90.0);
}

TEST_CASE("the plan, language and year last shown are shown again on the next start") {
    MemoryStore store;
    Clock clock;
    {
        App app(services(store, nullptr, clock));
        app.start();
        AppState& s = app.state();
        app.tick();
        CHECK(store.data.count(kViewKey) == 0);  // nothing chosen yet: nothing written
        apply_plans(s, {make_new_plan(s)}, BiText{"new", "new"});
        REQUIRE(s.plans.size() == 2);
        CHECK(s.current == 1);
        s.lang = Lang::En;
        s.year = s.plans[1].start_year + 1;
        s.regency_year = s.plans[0].start_year;  // the Kabupaten tab's own year, outside the plan shown
        clock.t += App::kAutosaveDelaySeconds;
        app.tick();
        CHECK(store.data.count(kViewKey) == 1);
        const int writes = store.writes;
        app.tick();
        CHECK(store.writes == writes);  // unchanged: not written again
    }
    App again(services(store, nullptr, clock));
    again.start();
    const AppState& s = again.state();
    REQUIRE(s.plans.size() == 2);
    CHECK(s.current == 1);
    CHECK(s.lang == Lang::En);
    CHECK(s.year == s.plans[1].start_year + 1);
    CHECK(s.regency_year == s.plans[0].start_year);

    // A damaged entry, or one naming a plan no longer held, gives the defaults.
    store.data[kViewKey] = "{\"plan\": \"gone\", \"lang\": 7, \"year\": 1900, \"regencyYear\": 1900}";
    App third(services(store, nullptr, clock));
    third.start();
    CHECK(third.state().current == 0);
    CHECK(third.state().regency_year == 0);  // no plan's year: the Kabupaten tab chooses its own
    CHECK(third.state().lang == Lang::Id);
    CHECK(third.state().year == third.state().plans[0].end_year);
    store.data[kViewKey] = "not json";
    App fourth(services(store, nullptr, clock));
    fourth.start();
    CHECK(fourth.state().current == 0);
}

TEST_CASE("a plan's cap turned off comes back as it was when turned on again, also after a restart; so does the document language") {
    MemoryStore store;
    Clock clock;
    {
        App app(services(store, nullptr, clock));
        app.start();
        app.state().cap_turned_off["setda-tanggamus-2018-2023"] = 120;
        app.state().document_lang = Lang::En;
        app.tick();
    }
    App again(services(store, nullptr, clock));
    again.start();
    CHECK(again.state().cap_turned_off.at("setda-tanggamus-2018-2023") == 120);
    CHECK(again.state().document_lang == Lang::En);
}

TEST_CASE("the tab and the indicator open in the editor are open again on the next start") {
    MemoryStore store;
    Clock clock;
    {
        App app(services(store, nullptr, clock));
        app.start();
        app.state().shown_tab = kTabEditor;
        app.state().selected_indicator = "i6";
        app.tick();
    }
    App again(services(store, nullptr, clock));
    again.start();
    CHECK(again.state().tab_request == kTabEditor);  // the tab bar selects it in the first frame
    CHECK(again.state().shown_tab == kTabEditor);
    CHECK(again.state().selected_indicator == "i6");

    // An indicator no longer in the plan, or a tab this Tolok does not have: the defaults.
    store.data[kViewKey] = "{\"tab\": 99, \"indicator\": \"gone\"}";
    App third(services(store, nullptr, clock));
    third.start();
    CHECK(third.state().tab_request == -1);
    CHECK(third.state().selected_indicator.empty());
}

TEST_CASE("the browser tab's title names the plan and marks unsaved work") {
    StartedApp a;
    CHECK(a.app.window_title() == "Sekretariat Daerah 2018-2023 - Tolok");
    set_actual(a.app.state(), "i6", 2023, "18 prd");
    CHECK(a.app.window_title() == "* Sekretariat Daerah 2018-2023 - Tolok");
    a.clock.t += App::kAutosaveDelaySeconds;
    a.app.tick();
    CHECK(a.app.window_title() == "Sekretariat Daerah 2018-2023 - Tolok");
    // A copy of the plan (Rencana > Duplikat): the two are told apart by their titles.
    Plan copy = a.app.state().plans[0];
    copy.id = "salinan";
    copy.title += " (salinan)";
    apply_plans(a.app.state(), {copy}, BiText{"Duplikat rencana", "Duplicate plan"});
    a.clock.t += App::kAutosaveDelaySeconds;
    a.app.tick();
    CHECK(a.app.window_title() == "Sekretariat Daerah 2018-2023 (" + copy.title + ") - Tolok");
    a.app.state().current = 0;
    CHECK(a.app.window_title() == "Sekretariat Daerah 2018-2023 (" + a.app.state().plans[0].title + ") - Tolok");
    // The same plan under another id (the same file from another laptop): the ids tell them apart.
    a.app.state().plans[1].title = a.app.state().plans[0].title;
    CHECK(a.app.window_title() == "Sekretariat Daerah 2018-2023 (" + a.app.state().plans[0].id + ") - Tolok");
}

TEST_CASE("a plan opens on its latest year with realisasi, else this year within its period") {
    StartedApp a;  // the clock says 2026
    AppState& s = a.app.state();
    Plan seed = s.plans[0];  // 2018-2023, no realisasi
    CHECK(default_year(s, seed) == 2023);
    find_indicator(seed, "i6")->years[2021].actual.value = parse_value("18 prd");
    CHECK(default_year(s, seed) == 2021);
    Plan fresh = make_new_plan(s);  // 2024-2028
    CHECK(default_year(s, fresh) == 2026);  // not the future 2028
    find_indicator(seed, "i6")->years[2021].actual = Actual{};
    find_indicator(seed, "i9")->years[2019].quarter_actuals[1].value = parse_value("4 kec.");
    CHECK(default_year(s, seed) == 2019);
}

TEST_CASE("undo and redo through the one change path; typing in one field is one step") {
    StartedApp started;
    Clock& clock = started.clock;
    AppState& s = started.app.state();
    set_actual(s, "i6", 2023, "1");
    clock.t += 0.2;
    set_actual(s, "i6", 2023, "18");
    clock.t += 0.2;
    set_actual(s, "i6", 2023, "18 prd");
    clock.t += 5;
    set_actual(s, "i9", 2023, "20 kec.");
    CHECK(s.history.undo_description(Lang::Id) == "Ubah realisasi");
    undo(s);
    CHECK(actual_of(s, "i9", 2023) == "");
    CHECK(actual_of(s, "i6", 2023) == "18 prd");
    undo(s);
    CHECK(actual_of(s, "i6", 2023) == "");  // the three keystrokes were one step
    CHECK_FALSE(s.history.can_undo());
    redo(s);
    redo(s);
    CHECK(actual_of(s, "i9", 2023) == "20 kec.");
    CHECK(s.dirty);
    // A step names itself in the language shown now, whichever it was made in.
    change(s, BiText{"Ubah periode", "Change period"}).title += " (revisi)";  // a step that changed something
    s.lang = Lang::En;
    CHECK(s.history.undo_description(s.lang) == "Change period");
    undo(s);
    CHECK(s.message == "Undone: Change period");  // said, in the language shown
    s.lang = Lang::Id;
    CHECK(s.history.redo_description(s.lang) == "Ubah periode");
    redo(s);
    CHECK(s.message == "Diulangi: Ubah periode");
}

TEST_CASE("a period change carries the chapters that name the old period along, said, and one undo restores them exactly") {
    StartedApp started;
    AppState& s = started.app.state();
    const std::string before = write_plan(*current_plan(s));  // the built-in plan, 2018-2023
    change_period(s, 2019, 2024);
    const Plan& after = *current_plan(s);
    CHECK(after.start_year == 2019);
    CHECK(after.title == "Indikator Kinerja Utama (IKU) Tahun 2019-2024");
    for (const Chapter& c : after.chapters) CHECK(c.text.find("2018-2023") == std::string::npos);
    CHECK(s.message == "Periode menjadi 2019-2024; 2018-2023 ikut diubah menjadi 2019-2024 pada judul dokumen dan 2 bab (Ctrl+Z mengembalikan).");
    CHECK(s.history.undo_description(Lang::Id) == "Ubah periode");
    undo(s);
    CHECK(write_plan(*current_plan(s)) == before);  // title, chapters and the 2018 entries, byte for byte
    CHECK_FALSE(s.history.can_undo());               // one step
    redo(s);
    CHECK(current_plan(s)->chapters[0].text.find("Tahun 2019-2024") != std::string::npos);
}

TEST_CASE("a field's edits while it keeps the keyboard are one step, however slowly typed; leaving it ends the step") {
    StartedApp started;
    Clock& clock = started.clock;
    AppState& s = started.app.state();
    set_actual(s, "i6", 2023, "4");
    s.history.text_field_active(0);
    // The field entered again: emptied, then 7 typed after a pause longer than the merge time.
    s.history.text_field_active(17);
    set_actual(s, "i6", 2023, "");
    clock.t += 5;
    set_actual(s, "i6", 2023, "7");
    undo(s);
    CHECK(actual_of(s, "i6", 2023) == "4");  // not the empty text passed through
    undo(s);
    CHECK(actual_of(s, "i6", 2023) == "");
    CHECK_FALSE(s.history.can_undo());
    // Left and entered again: a new step, even at once.
    redo(s);
    redo(s);
    s.history.text_field_active(0);
    s.history.text_field_active(17);
    set_actual(s, "i6", 2023, "8");
    undo(s);
    CHECK(actual_of(s, "i6", 2023) == "7");
    // A visit that changed nothing in the end (typed, then put back as Esc does) spends no Ctrl+Z.
    redo(s);
    s.history.text_field_active(0);
    s.history.text_field_active(18);
    set_actual(s, "i9", 2023, "9");
    set_actual(s, "i9", 2023, "");
    s.history.text_field_active(0);
    undo(s);
    CHECK(actual_of(s, "i6", 2023) == "7");  // the 8, the last real change
    CHECK(actual_of(s, "i9", 2023) == "");
}

TEST_CASE("the undo menu names an editor change as the editor shows it: TW II, the component's label, evidence added") {
    Indicator ind;
    ind.code = "5";
    ind.formula.components = {{"luas_lahan_terairi", "Luas lahan terairi", "ha"}};
    auto both = [&](const char* what) {
        const BiText d = edit_description(what, ind);
        return d.id + " | " + d.en;
    };
    CHECK(both("target TW 4 2026") == "Ubah target TW IV 2026 indikator 5 | Change target Q4 2026 of indicator 5");
    CHECK(both("actual TW 2") == "Ubah realisasi TW II indikator 5 | Change actual Q2 of indicator 5");
    CHECK(both("component luas_lahan_terairi") ==
          "Ubah komponen \"Luas lahan terairi\" indikator 5 | Change component \"Luas lahan terairi\" of indicator 5");
    CHECK(both("component gone") == "Ubah komponen \"gone\" indikator 5 | Change component \"gone\" of indicator 5");
    CHECK(both("add evidence") == "Tambah bukti dukung indikator 5 | Add evidence to indicator 5");
    CHECK(both("remove evidence") == "Hapus bukti dukung indikator 5 | Remove evidence of indicator 5");
    CHECK(both("target 2026") == "Ubah target 2026 indikator 5 | Change target 2026 of indicator 5");
    CHECK(both("polarity") == "Ubah polaritas indikator 5 | Change polarity of indicator 5");
}

TEST_CASE("indicators and sasaran put back in order from the editor: each move one named undo step; a trip to another sasaran and back keeps the place") {
    StartedApp started;
    AppState& s = started.app.state();
    auto order_of = [&](const std::string& objective_id) {
        std::vector<std::string> codes;
        for (const auto& o : s.plans[s.current].objectives)
            if (o.id == objective_id)
                for (const auto& i : o.indicators) codes.push_back(i.code);
        return codes;
    };
    using Codes = std::vector<std::string>;
    REQUIRE(order_of("s3") == Codes{"5", "6", "7", "8"});
    // Indicator 6 to sasaran 1 and back (the mid-term review): 5, 6, 7, 8 again, not 5, 7, 8, 6.
    REQUIRE(move_to_objective(s, "i6", "s1"));
    CHECK(s.history.undo_description(Lang::Id) == "Pindahkan indikator 6 ke sasaran 1");
    CHECK(order_of("s1") == Codes{"1", "2", "3", "6"});
    started.clock.t += 0.1;  // at once: still its own step
    REQUIRE(move_to_objective(s, "i6", "s3"));
    CHECK(order_of("s3") == Codes{"5", "6", "7", "8"});
    CHECK(order_of("s1") == Codes{"1", "2", "3"});
    CHECK_FALSE(move_to_objective(s, "i6", "s3"));  // already there: no step
    {
        // Through two other sasaran (a wrong pick, then another) and back: still its old place.
        const std::vector<Plan> kept = s.plans;
        REQUIRE(move_to_objective(s, "i6", "s1"));
        REQUIRE(move_to_objective(s, "i6", "s2"));
        REQUIRE(move_to_objective(s, "i6", "s3"));
        CHECK(order_of("s3") == Codes{"5", "6", "7", "8"});
        CHECK(order_of("s2") == Codes{"4"});
        undo(s);
        undo(s);
        undo(s);
        CHECK(order_of("s3") == Codes{"5", "6", "7", "8"});
        CHECK(s.plans.size() == kept.size());
    }
    undo(s);
    CHECK(order_of("s1") == Codes{"1", "2", "3", "6"});
    undo(s);
    CHECK(order_of("s3") == Codes{"5", "6", "7", "8"});
    CHECK_FALSE(s.history.can_undo());

    // Up within its sasaran, each press one step; the first refuses and records nothing.
    REQUIRE(move_indicator_up_down(s, "i6", -1));
    CHECK(s.history.undo_description(Lang::Id) == "Naikkan indikator 6");
    CHECK(s.history.undo_description(Lang::En) == "Move indicator 6 up");
    CHECK(order_of("s3") == Codes{"6", "5", "7", "8"});
    CHECK_FALSE(move_indicator_up_down(s, "i6", -1));
    REQUIRE(move_indicator_up_down(s, "i8", -1));
    CHECK(s.history.undo_description(Lang::En) == "Move indicator 8 up");
    CHECK(order_of("s3") == Codes{"6", "5", "8", "7"});
    undo(s);
    CHECK(order_of("s3") == Codes{"6", "5", "7", "8"});
    undo(s);
    CHECK(order_of("s3") == Codes{"5", "6", "7", "8"});
    CHECK_FALSE(s.history.can_undo());
    REQUIRE(move_indicator_up_down(s, "i5", 1));
    CHECK(s.history.undo_description(Lang::Id) == "Turunkan indikator 5");
    CHECK(order_of("s3") == Codes{"6", "5", "7", "8"});
    undo(s);

    // A sasaran down and up.
    auto objectives = [&] {
        std::vector<std::string> ids;
        for (const auto& o : s.plans[s.current].objectives) ids.push_back(o.id);
        return ids;
    };
    REQUIRE(move_objective_up_down(s, "s3", 1));
    CHECK(s.history.undo_description(Lang::Id) == "Turunkan sasaran 3");
    CHECK(s.history.undo_description(Lang::En) == "Move objective 3 down");
    CHECK(objectives() == std::vector<std::string>{"s1", "s2", "s4", "s3", "s5", "s6", "s7"});
    CHECK_FALSE(move_objective_up_down(s, "s7", 1));
    CHECK_FALSE(move_objective_up_down(s, "s1", -1));
    REQUIRE(move_objective_up_down(s, "s1", 1));
    CHECK(s.history.undo_description(Lang::En) == "Move objective 1 down");
    undo(s);
    undo(s);
    CHECK(objectives() == std::vector<std::string>{"s1", "s2", "s3", "s4", "s5", "s6", "s7"});
    CHECK_FALSE(s.history.can_undo());

    // A new sasaran for indicator 6, then back: its old place again.
    const std::string made = move_to_new_objective(s, "i6");
    CHECK(s.history.undo_description(Lang::En) == "New objective for indicator 6");
    CHECK(objectives().back() == made);
    REQUIRE(move_to_objective(s, "i6", "s3"));
    CHECK(order_of("s3") == Codes{"5", "6", "7", "8"});
}

TEST_CASE("an edit put back as it was leaves no undo step; one that changed something keeps its step") {
    StartedApp started;
    AppState& s = started.app.state();
    set_actual(s, "i6", 2023, "18 prd");
    started.clock.t += 5;
    const std::string before = actual_of(s, "i9", 2023);
    set_actual(s, "i9", 2023, "99");
    set_actual(s, "i9", 2023, before);  // typed, then refused and put back
    CHECK(s.history.drop_last_if_unchanged(s.plans));
    CHECK(s.history.undo_description(Lang::Id) == "Ubah realisasi");
    undo(s);
    CHECK(actual_of(s, "i6", 2023) == "");  // the one Ctrl+Z undid the edit before, not a step of nothing
    CHECK_FALSE(s.history.can_undo());
    set_actual(s, "i6", 2023, "3 prd");
    CHECK_FALSE(s.history.drop_last_if_unchanged(s.plans));
    CHECK(s.history.can_undo());
}

TEST_CASE("another plan shown opens on its own year: the latest with realisasi") {
    StartedApp started;
    AppState& s = started.app.state();
    follow_shown_plan(s);
    s.year = 2021;  // chosen by the user for the Setda plan
    follow_shown_plan(s);
    CHECK(s.year == 2021);  // the same plan: kept
    Plan other = builtin_plan();
    other.id = "dinas-lain";
    other.office.name = "Dinas Lain";
    find_indicator(other, "i6")->years[2022].actual.value = parse_value("18 prd");  // realisasi only in 2022
    apply_plans(s, {other}, BiText{"Impor berkas", "Import a file"});
    REQUIRE(s.plans[s.current].id == "dinas-lain");
    follow_shown_plan(s);
    CHECK(s.year == 2022);
    s.current = 0;  // back to Setda, which has no realisasi: its default
    follow_shown_plan(s);
    CHECK(s.year == default_year(s, s.plans[0]));
}

TEST_CASE("an undo that changes another plan than the one shown says which") {
    StartedApp started;
    AppState& s = started.app.state();
    apply_plans(s, {make_new_plan(s)}, BiText{"Rencana baru", "New plan"});
    started.clock.t += 5;
    change(s, BiText{"Ubah nama instansi", "Change the office name"}, "office").office.name = "Dinas Kesehatan";
    s.current = 0;  // back to the Setda plan, through the Rencana menu
    s.number_drafts["cap field"] = "5";  // a number half typed in the Setda plan's settings (Ctrl+Z pressed in it)
    undo(s);
    CHECK(s.number_drafts.empty());  // never applied to the plan undo shows (it wrote "5" into the other plan's field)
    CHECK(s.current == 1);  // the plan it changes is shown
    CHECK(s.plans[1].office.name == "Instansi baru");
    CHECK(s.message == "Diurungkan: Ubah nama instansi (rencana Instansi baru - " + s.plans[1].title + ")");
    // Redo shows the plan it changes too, whatever plan is shown when it is pressed (it showed the plan shown when
    // undo was pressed, the Setda one, and the next edits went there).
    s.current = 0;
    s.number_drafts["cap field"] = "5";
    redo(s);
    CHECK(s.number_drafts.empty());
    CHECK(s.current == 1);
    CHECK(s.plans[1].office.name == "Dinas Kesehatan");
    CHECK(s.message == "Diulangi: Ubah nama instansi (rencana Dinas Kesehatan - " + s.plans[1].title + ")");
    undo(s);
    CHECK(s.current == 1);
    redo(s);  // shown already: the message names no plan
    CHECK(s.message == "Diulangi: Ubah nama instansi");
    // A new plan undone and redone: redo shows it again; a deleted plan redone: the one next to it.
    undo(s);
    undo(s);
    CHECK(s.plans.size() == 1);
    redo(s);
    CHECK(s.plans.size() == 2);
    CHECK(s.current == 1);
    redo(s);
    // The next edit leaves that confirmation behind (read later it looked like news of the edit); a problem stays.
    change(s, BiText{"Ubah nama instansi", "Change the office name"}, "office").office.name = "Dinas Sosial";
    CHECK(s.message.empty());
    s.message = "!Penyimpanan penuh";
    change(s, BiText{"Ubah nama instansi", "Change the office name"}, "office").office.name = "Dinas Pendidikan";
    CHECK(s.message == "!Penyimpanan penuh");
}

TEST_CASE("new plans follow the shown plan's period and can be told apart") {
    StartedApp started;
    AppState& s = started.app.state();
    Plan first = make_new_plan(s);
    CHECK(first.start_year == 2024);  // after the seed's 2018-2023
    CHECK(first.end_year == 2028);
    CHECK(first.title == "Indikator Kinerja Utama (IKU) Tahun 2024-2028");
    CHECK(first.office.name == "Instansi baru");
    apply_plans(s, {first}, BiText{"Rencana baru", "New plan"});
    Plan second = make_new_plan(s);
    CHECK(second.id != first.id);
    CHECK(second.office.name == "Instansi baru 2");
    s.lang = Lang::En;
    CHECK(make_new_plan(s).office.name == "Instansi baru 2");  // plan data, printed in Indonesian: not "New office"
}

TEST_CASE("Buka rencana bawaan never replaces the user's Tanggamus plan unasked: shown as is, or replaced when chosen (undoable)") {
    StartedApp started;
    AppState& s = started.app.state();
    apply_plans(s, {make_new_plan(s)}, BiText{"Rencana baru", "New plan"});
    REQUIRE(s.current == 1);
    // As shipped: only shown, no step.
    const auto revision = s.revision;
    open_builtin_plan(s);
    CHECK(s.current == 0);
    CHECK_FALSE(s.confirm_builtin_replace);
    CHECK(s.revision == revision);  // no change made
    // Changed: asked, nothing replaced.
    s.current = 0;
    set_actual(s, "i6", 2023, "18 prd");
    s.current = 1;
    open_builtin_plan(s);
    CHECK(s.confirm_builtin_replace);
    CHECK(find_indicator(s.plans[0], "i6")->years.at(2023).actual.value.text == "18 prd");
    CHECK(s.current == 1);
    show_held_builtin_plan(s);
    CHECK(s.current == 0);
    CHECK(actual_of(s, "i6", 2023) == "18 prd");
    // Replaced when the user chose it; Ctrl+Z brings the realisasi back.
    replace_with_builtin_plan(s);
    CHECK(actual_of(s, "i6", 2023).empty());
    CHECK(s.plans.size() == 2);
    undo(s);
    CHECK(actual_of(s, "i6", 2023) == "18 prd");
    // Not held (deleted): added.
    delete_current_plan(s);
    REQUIRE(s.plans.size() == 1);
    open_builtin_plan(s);
    CHECK(s.plans.size() == 2);
    CHECK(s.plans[s.current].id == builtin_plan().id);
}

TEST_CASE("the Pemeriksaan findings are cached until the plans change or another plan is shown") {
    MemoryStore store;
    Clock clock;
    App app(services(store, nullptr, clock));
    app.start();
    AppState& s = app.state();
    auto implausible = [&] {
        const Diagnostics& d = plan_findings(s, s.plans[s.current]);
        return std::count_if(d.begin(), d.end(), [](const Diagnostic& f) { return f.id == "lint.actual_implausible"; });
    };
    const Diagnostics* first = &plan_findings(s, s.plans[s.current]);
    CHECK(first->size() == lint_plan(s.plans[s.current]).size());
    CHECK(implausible() == 0);
    set_actual(s, "i6", 2023, "180 prd");  // 900 %
    CHECK(implausible() == 1);
    undo(s);
    CHECK(implausible() == 0);
    Plan other = s.plans[s.current];
    other.id = "lain";
    other.objectives.clear();
    apply_plans(s, {other}, BiText{"Impor", "Import"});
    CHECK(plan_findings(s, s.plans[s.current]).empty());
}

TEST_CASE("the Kabupaten consolidation is cached until the plans or the year change") {
    MemoryStore store;
    Clock clock;
    App app(services(store, nullptr, clock));
    app.start();
    AppState& s = app.state();
    s.regency_year = 2023;
    const Consolidation* first = &regency_consolidation(s);
    const int computable = first->totals.computable;
    CHECK(first->year == 2023);
    CHECK(&regency_consolidation(s) == first);  // same frame data, no recomputation
    // A realisasi typed through the change path shows on the next call.
    set_actual(s, "i6", 2023, "18 prd");
    CHECK(regency_consolidation(s).totals.computable == computable + 1);
    undo(s);
    CHECK(regency_consolidation(s).totals.computable == computable);
    redo(s);
    CHECK(regency_consolidation(s).totals.computable == computable + 1);
    // The built-in example, as shipped, among other offices' plans is said to be counted; once edited it is theirs.
    undo(s);
    Plan office = s.plans[0];
    office.id = "dinas-kominfo";
    office.office.name = "Dinas Komunikasi dan Informatika";
    apply_plans(s, {office}, BiText{"Impor", "Import"});
    (void)regency_consolidation(s);
    CHECK(s.regency_cache.builtin_untouched);
    s.current = 0;
    set_actual(s, "i6", 2023, "18 prd");
    (void)regency_consolidation(s);
    CHECK_FALSE(s.regency_cache.builtin_untouched);
    s.regency_year = 2022;
    CHECK(regency_consolidation(s).year == 2022);
    CHECK(regency_consolidation(s).totals.computable == consolidate(s.plans, 2022).totals.computable);
}

TEST_CASE("storage slots: written to the older slot, verified, damaged copies ignored") {
    MemoryStore store;
    CHECK(save_to_slots(store, "satu").sequence == 1);
    CHECK(save_to_slots(store, "dua").sequence == 2);
    CHECK(save_to_slots(store, "tiga").sequence == 3);
    CHECK(load_from_slots(store, nullptr)->payload == "tiga");
    // A half-written newest slot: the previous good copy loads.
    for (const char* key : kSlotKeys) {
        auto slot = decode_slot(store.data[key]);
        if (slot && slot->payload == "tiga") store.data[key].resize(store.data[key].size() - 2);
    }
    CHECK(load_from_slots(store, nullptr)->payload == "dua");
    // The next save goes over the damaged slot, never over the good one.
    CHECK(save_to_slots(store, "empat").sequence == 3);
    CHECK(load_from_slots(store, nullptr)->payload == "empat");
    bool dua_kept = false;
    for (const char* key : kSlotKeys) dua_kept = dua_kept || (decode_slot(store.data[key]) && decode_slot(store.data[key])->payload == "dua");
    CHECK(dua_kept);
    CHECK_FALSE(decode_slot("tolok-slot 1 5 0000000000000000 3\nabc").has_value());  // wrong checksum
    CHECK_FALSE(decode_slot("garbage").has_value());
}

TEST_CASE("a newest copy that cannot be read gives way to the one before, said and offered for download; none is the built-in plan, said") {
    MemoryStore store;
    Clock clock;
    {
        App first(services(store, nullptr, clock));
        first.start();
        set_actual(first.state(), "i6", 2023, "18 prd");
        clock.t += 5;
        first.tick();
    }
    REQUIRE(newest_slot_sequence(store) == 1);
    // A newer Tolok (another tolok.html on the same file:// storage) wrote version 3: whole, but not readable here.
    std::string v3 = write_plans_compact({builtin_plan()});
    const size_t version = v3.find("\"version\":2");
    REQUIRE(version != std::string::npos);
    v3.replace(version, 11, "\"version\":3");
    save_to_slots(store, v3);
    REQUIRE(newest_slot_sequence(store) == 2);
    {
        App app(services(store, nullptr, clock));
        app.start();
        AppState& s = app.state();
        CHECK(actual_of(s, "i6", 2023) == "18 prd");  // the copy before it, not the built-in plan
        CHECK(s.message.find("tidak terbaca") != std::string::npos);
        CHECK(s.unreadable_copy == v3);
        // The next save is numbered after the unreadable copy: no "another tab saved" question.
        set_actual(s, "i6", 2023, "19 prd");
        clock.t += 5;
        app.tick();
        CHECK_FALSE(s.storage_conflict);
        CHECK(s.save_status == "ok");
        CHECK(newest_slot_sequence(store) == 3);
    }
    // Both slots damaged: the built-in plan, said, the newest damaged copy offered.
    MemoryStore broken;
    save_to_slots(broken, write_plans_compact({builtin_plan()}));
    save_to_slots(broken, write_plans_compact({builtin_plan()}));
    for (const char* key : kSlotKeys) broken.data[key].resize(broken.data[key].size() - 3);
    App app(services(broken, nullptr, clock));
    app.start();
    CHECK(app.state().plans.size() == 1);
    CHECK(app.state().message.find("rencana bawaan ditampilkan") != std::string::npos);
    CHECK(app.state().unreadable_copy.rfind("tolok-slot 1 2 ", 0) == 0);
    // A slot in a format this Tolok does not know ("tolok-slot 2 ..."): newer, said, never passed over in silence.
    for (const std::string head : {"tolok-slot 2 7 abc 3\n", "xyz\n"}) {
        CAPTURE(head);
        MemoryStore future;
        save_to_slots(future, write_plans_compact({builtin_plan()}));
        future.data[kSlotKeys[1]] = head + "{}";
        App later(services(future, nullptr, clock));
        later.start();
        CHECK(later.state().message.find("tidak terbaca") != std::string::npos);
        CHECK(later.state().unreadable_copy == head + "{}");
    }
}

TEST_CASE("a newer copy in the durable mirror wins over localStorage") {
    MemoryStore store;
    MemoryMirror mirror;
    save_to_slots(store, "lama");
    mirror.files["slot"] = encode_slot(7, "baru");
    CHECK(load_from_slots(store, &mirror)->payload == "baru");
    mirror.files["slot"] = "rusak";
    CHECK(load_from_slots(store, &mirror)->payload == "lama");
}

TEST_CASE("the durable mirror read after the start: its newer copy replaces the plans only while nothing changed") {
    MemoryStore store;
    MemoryMirror mirror;
    Clock clock;
    MemoryStore before_crash;  // localStorage as it reached the disk: the second save was lost in a crash
    {
        App app(services(store, &mirror, clock));
        app.start();
        set_actual(app.state(), "i6", 2023, "18 prd");
        clock.t += App::kAutosaveDelaySeconds;
        app.tick();
        before_crash = store;
        set_actual(app.state(), "i6", 2023, "19 prd");
        clock.t += App::kAutosaveDelaySeconds;
        app.tick();
        REQUIRE(store.writes == 2);
        REQUIRE(decode_slot(mirror.files["slot"])->sequence == 2);
    }
    SUBCASE("the mirror kept the newer copy: it replaces what localStorage had") {
        MemoryMirror not_yet_read;  // IndexedDB still loading while the app starts
        App app(services(before_crash, &not_yet_read, clock));
        app.start();
        CHECK(actual_of(app.state(), "i6", 2023) == "18 prd");
        const auto revision = app.state().revision;
        not_yet_read.files = mirror.files;
        app.on_mirror_ready();
        CHECK(actual_of(app.state(), "i6", 2023) == "19 prd");
        CHECK(app.state().revision > revision);
        CHECK_FALSE(app.state().dirty);
    }
    SUBCASE("a change made before the mirror was read is kept") {
        MemoryMirror not_yet_read;
        App app(services(before_crash, &not_yet_read, clock));
        app.start();
        set_actual(app.state(), "i6", 2023, "20 prd");
        not_yet_read.files = mirror.files;
        app.on_mirror_ready();
        CHECK(actual_of(app.state(), "i6", 2023) == "20 prd");
    }
    SUBCASE("a mirror no newer than localStorage changes nothing") {
        App app(services(store, &mirror, clock));
        app.start();
        const auto revision = app.state().revision;
        app.on_mirror_ready();
        CHECK(actual_of(app.state(), "i6", 2023) == "19 prd");
        CHECK(app.state().revision == revision);
    }
}

TEST_CASE("two tabs on one storage: a clean tab follows the other's saves, unsaved work is never written over unasked") {
    MemoryStore store;  // one localStorage, two tabs (or two tolok.html files from file://)
    Clock clock;
    App a(services(store, nullptr, clock)), b(services(store, nullptr, clock));
    a.start();
    b.start();
    auto save = [&](App& app) {
        clock.t += App::kAutosaveDelaySeconds;
        app.tick();
    };
    set_actual(a.state(), "i6", 2023, "18 prd");
    save(a);
    REQUIRE(store.writes == 1);

    SUBCASE("a tab without unsaved changes loads what the other saved; its old undo steps are dropped") {
        set_actual(b.state(), "i7", 2023, "4 keg");
        save(b);  // b saved before a did: b's copy is older, so b's save is a conflict
        CHECK(b.state().storage_conflict);
        CHECK(store.writes == 1);
        // The dialog names the plan that differs and how: b has i7's realisasi, a has i6's.
        REQUIRE(b.state().other_tabs_differences.size() == 1);
        CHECK(b.state().other_tabs_differences[0].id.find("Sekretariat Daerah") == 0);
        CHECK(b.state().other_tabs_differences[0].id.find(": 2 perbedaan (mis. ") != std::string::npos);
        keep_other_tabs_copy(b.state());
        CHECK(actual_of(b.state(), "i6", 2023) == "18 prd");
        CHECK(actual_of(b.state(), "i7", 2023) == "");
        CHECK_FALSE(b.state().history.can_undo());
        CHECK_FALSE(b.state().dirty);

        set_actual(a.state(), "i6", 2023, "19 prd");
        save(a);
        b.on_storage_changed(kSlotKeys[0]);
        b.on_storage_changed(kSlotKeys[1]);
        CHECK(actual_of(b.state(), "i6", 2023) == "19 prd");
        CHECK_FALSE(b.state().storage_conflict);
        CHECK(b.state().message.find("dimuat ulang") != std::string::npos);
        // b edits next: its save now goes on top of a's, and a follows.
        set_actual(b.state(), "i7", 2023, "5 keg");
        save(b);
        CHECK(nlohmann::json::parse(b.api_state())["saveStatus"] == "ok");
        a.on_storage_changed(kSlotKeys[0]);
        a.on_storage_changed(kSlotKeys[1]);
        CHECK(actual_of(a.state(), "i7", 2023) == "5 keg");
        CHECK(actual_of(a.state(), "i6", 2023) == "19 prd");
    }
    SUBCASE("the other tab saves over unsaved changes: nothing is written until the user chooses") {
        set_actual(b.state(), "i7", 2023, "4 keg");
        b.on_storage_changed(kSlotKeys[1]);  // a's save arrives before b's autosave
        CHECK(b.state().storage_conflict);
        CHECK(nlohmann::json::parse(b.api_state())["saveStatus"] == "conflict");
        CHECK(actual_of(b.state(), "i7", 2023) == "4 keg");  // b's work is still on screen
        save(b);
        b.on_before_unload();
        CHECK(store.writes == 1);  // a's copy is untouched
        SUBCASE("keep this tab's copy") {
            keep_this_tabs_copy(b.state());
            CHECK_FALSE(b.state().storage_conflict);
            CHECK(store.writes == 2);
            App reopened(services(store, nullptr, clock));
            reopened.start();
            CHECK(actual_of(reopened.state(), "i7", 2023) == "4 keg");
            CHECK(actual_of(reopened.state(), "i6", 2023) == "");
            // a, clean, follows; its own edit is gone from storage and from its screen.
            a.on_storage_changed(kSlotKeys[1]);
            CHECK(actual_of(a.state(), "i6", 2023) == "");
        }
        SUBCASE("keep the other tab's copy") {
            keep_other_tabs_copy(b.state());
            CHECK(actual_of(b.state(), "i6", 2023) == "18 prd");
            CHECK(actual_of(b.state(), "i7", 2023) == "");
            CHECK(store.writes == 1);
            set_actual(b.state(), "i7", 2023, "5 keg");  // and b goes on editing on top of a's copy
            save(b);
            App reopened(services(store, nullptr, clock));
            reopened.start();
            CHECK(actual_of(reopened.state(), "i6", 2023) == "18 prd");
            CHECK(actual_of(reopened.state(), "i7", 2023) == "5 keg");
        }
    }
    SUBCASE("a plan added in one tab is named: in the conflict dialog's copy, and when the other tab follows") {
        Plan extra = a.state().plans[0];
        extra.id = "organisasi-2024";
        extra.office.name = "Bagian Organisasi";
        apply_plans(a.state(), {extra}, BiText{"Impor", "Import"});
        set_actual(b.state(), "i7", 2023, "4 keg");  // b has unsaved work
        save(a);
        b.on_storage_changed(kSlotKeys[0]);
        REQUIRE(b.state().storage_conflict);
        CHECK(b.state().other_tabs_plans.size() == 2);
        CHECK(plans_missing_from(b.state().other_tabs_plans, b.state().plans) ==
              "Bagian Organisasi - " + extra.title);
        CHECK(b.state().message.empty());
        keep_other_tabs_copy(b.state());
        CHECK(b.state().plans.size() == 2);
        CHECK(b.state().other_tabs_plans.empty());
        // a (clean) follows when b deletes that plan again: the message says which plan is gone.
        Plan& shown = change(b.state(), BiText{"Hapus rencana", "Delete plan"});
        (void)shown;
        b.state().plans.pop_back();
        save(b);
        a.on_storage_changed(kSlotKeys[1]);
        CHECK(a.state().plans.size() == 1);
        CHECK(a.state().message.find("Tidak ada lagi: Bagian Organisasi") != std::string::npos);
    }
    SUBCASE("a tab's own save, the view and unknown keys change nothing") {
        const auto revision = a.state().revision;
        a.on_storage_changed(kSlotKeys[0]);
        a.on_storage_changed(kViewKey);
        a.on_storage_changed("tolok.v1.other");
        CHECK(a.state().revision == revision);
        CHECK(a.state().history.can_undo());
    }
}

TEST_CASE("two tabs while localStorage is full: a save to the mirror alone is told to the other tab, which follows it or asks") {
    MemoryStore store;
    Clock clock;
    // Each tab has its own copy of the IndexedDB files (IDBFS in memory), brought up to date when told.
    MemoryMirror mirror_a, mirror_b;
    App a(services(store, &mirror_a, clock)), b(services(store, &mirror_b, clock));
    a.start();
    b.start();
    a.on_mirror_ready();
    b.on_mirror_ready();
    auto save = [&](App& app) {
        clock.t += App::kAutosaveDelaySeconds;
        app.tick();
    };
    set_actual(a.state(), "i6", 2023, "18 prd");
    save(a);
    mirror_b.files = mirror_a.files;
    b.on_storage_changed(kSlotKeys[0]);
    b.on_storage_changed(kSlotKeys[1]);
    REQUIRE(actual_of(b.state(), "i6", 2023) == "18 prd");
    store.quota = 10;  // full from here on: saves go to the mirror alone
    set_actual(a.state(), "i7", 2023, "4 keg");
    save(a);
    REQUIRE(nlohmann::json::parse(a.api_state())["saveStatus"] == "mirror");
    CHECK(mirror_a.told == 1);  // no storage event tells b: the mirror does
    SUBCASE("b, with nothing unsaved, loads a's save once it has read the mirror again") {
        mirror_b.files = mirror_a.files;
        b.on_mirror_changed();
        CHECK(actual_of(b.state(), "i7", 2023) == "4 keg");
        CHECK_FALSE(b.state().storage_conflict);
    }
    SUBCASE("b changed something: it asks instead of writing over a's save") {
        set_actual(b.state(), "i11", 2023, "90%");
        mirror_b.files = mirror_a.files;
        b.on_mirror_changed();
        CHECK(b.state().storage_conflict);
        REQUIRE(!b.state().other_tabs_plans.empty());  // the dialog shows a's copy, from the mirror
        save(b);
        CHECK(decode_slot(mirror_a.files.at("slot"))->sequence == decode_slot(mirror_b.files.at("slot"))->sequence);
        CHECK(actual_of(b.state(), "i11", 2023) == "90%");
        keep_this_tabs_copy(b.state());  // the user's choice: b's copy, saved after a's
        CHECK(nlohmann::json::parse(b.api_state())["saveStatus"] == "mirror");
        CHECK(decode_slot(mirror_b.files.at("slot"))->sequence > decode_slot(mirror_a.files.at("slot"))->sequence);
    }
    SUBCASE("b saves before it heard: its mirror copy, once read again, still stops it") {
        set_actual(b.state(), "i11", 2023, "90%");
        mirror_b.files = mirror_a.files;  // the platform read IndexedDB again, the message to the app still to come
        save(b);
        CHECK(b.state().storage_conflict);
        CHECK(mirror_b.files.at("slot") == mirror_a.files.at("slot"));  // a's save is not written over
    }
}

TEST_CASE("a full quota keeps the previous data and says so") {
    MemoryStore store;
    Clock clock;
    App app(services(store, nullptr, clock));
    app.start();
    set_actual(app.state(), "i6", 2023, "18 prd");
    clock.t += 1;
    app.tick();
    REQUIRE(store.writes == 1);
    store.quota = 10;  // the next write cannot fit
    set_actual(app.state(), "i6", 2023, "19 prd");
    clock.t += 5;
    app.tick();
    auto st = nlohmann::json::parse(app.api_state());
    CHECK(st["saveStatus"] == "quota");
    CHECK(st["dirty"] == true);
    CHECK(app.state().message.find("penuh") != std::string::npos);
    App reopened(services(store, nullptr, clock));
    reopened.start();
    CHECK(actual_of(reopened.state(), "i6", 2023) == "18 prd");  // the previous copy, intact
    // Switched to English, the problem is read in English (it stayed in Indonesian), and is still the save problem.
    app.state().lang = Lang::En;
    message_language_changed(app.state());
    CHECK(app.state().message.rfind("!Browser storage is full: the latest changes are not saved", 0) == 0);
    app.state().lang = Lang::Id;
    message_language_changed(app.state());
    CHECK(app.state().message.rfind("!Penyimpanan peramban penuh: perubahan terakhir belum tersimpan", 0) == 0);

    // Room again: the next save clears its own problem message, but not a message about something else.
    store.quota = 100000000;
    clock.t += 11;
    app.tick();
    CHECK(nlohmann::json::parse(app.api_state())["saveStatus"] == "ok");
    CHECK(app.state().message == "Penyimpanan peramban kembali normal: semua rencana tersimpan.");  // the problem is over, said
    {  // a problem not said in both languages stays as written; a confirmation not said in both goes
        AppState other = app.state();
        other.message = "!\"dua belas\" bukan angka; nilainya tidak diubah.";
        other.lang = Lang::En;
        message_language_changed(other);
        CHECK(other.message == "!\"dua belas\" bukan angka; nilainya tidak diubah.");
        other.message = "Diulangi: Ubah realisasi";
        message_language_changed(other);
        CHECK(other.message.empty());
    }
    app.state().message = "!\"dua belas\" bukan angka; nilainya tidak diubah.";
    set_actual(app.state(), "i6", 2023, "20 prd");
    clock.t += 1;
    app.tick();
    CHECK(store.writes == 3);
    CHECK(app.state().message == "!\"dua belas\" bukan angka; nilainya tidak diubah.");
}

TEST_CASE("a start that finds the plans in the IndexedDB mirror alone says so and reopens the plan last open") {
    MemoryStore store;
    MemoryMirror mirror;
    Clock clock;
    App app(services(store, &mirror, clock));
    app.start();
    set_actual(app.state(), "i6", 2023, "18 prd");
    clock.t += 5;
    app.tick();
    // localStorage full but for a few hundred characters (the small view entry still fits): an office's plan is
    // added, saved to the mirror alone, and shown.
    size_t used = 0;
    for (const auto& [k, v] : store.data) used += v.size();
    store.quota = used + 400;
    Plan other = app.state().plans[0];
    other.id = "dinas-sosial";
    other.office.name = "Dinas Sosial";
    apply_plans(app.state(), {other}, BiText{"Impor berkas", "Import a file"});
    clock.t += 5;
    app.tick();
    REQUIRE(app.state().save_status == "mirror");
    REQUIRE(app.state().plans[app.state().current].id == "dinas-sosial");

    App reopened(services(store, &mirror, clock));
    const auto mirrored = mirror.files;
    mirror.files.clear();  // IndexedDB answers after the start: localStorage's older copy first
    reopened.start();
    CHECK(reopened.state().plans.size() == 1);
    mirror.files = mirrored;
    reopened.on_mirror_ready();
    AppState& s = reopened.state();
    CHECK(s.plans.size() == 2);
    CHECK(s.plans[s.current].id == "dinas-sosial");  // the view kept from the last session, applied to these plans
    CHECK(s.save_status == "mirror");                // not "ok": localStorage does not hold these plans
    CHECK(s.message.find("IndexedDB") != std::string::npos);
}

TEST_CASE("a save the mirror alone holds is unsaved work until IndexedDB has it; refused there, it is said and kept unsaved") {
    MemoryStore store;
    MemoryMirror mirror;
    Clock clock;
    App app(services(store, &mirror, clock));
    app.start();
    store.quota = 10;  // localStorage full
    mirror.flush = DurableMirror::Flush::Pending;
    set_actual(app.state(), "i6", 2023, "19 prd");
    clock.t += 5;
    app.tick();
    REQUIRE(app.state().save_status == "mirror");
    CHECK(nlohmann::json::parse(app.api_state())["dirty"] == true);  // the page asks before it is left
    CHECK(app.window_title().rfind("* ", 0) == 0);
    mirror.flush = DurableMirror::Flush::Done;
    app.tick();
    CHECK(nlohmann::json::parse(app.api_state())["dirty"] == false);
    CHECK(app.window_title().rfind("* ", 0) != 0);
    // IndexedDB refuses the next one (its quota too): said, unsaved again, retried later.
    mirror.flush = DurableMirror::Flush::Pending;
    set_actual(app.state(), "i6", 2023, "20 prd");
    clock.t += 5;
    app.tick();
    mirror.flush = DurableMirror::Flush::Failed;
    app.tick();
    CHECK(app.state().dirty);
    CHECK(app.state().save_status == "quota");
    CHECK(app.state().message.find("IndexedDB") != std::string::npos);
    CHECK(app.state().message.find("Ekspor") != std::string::npos);
    CHECK(nlohmann::json::parse(app.api_state())["dirty"] == true);
}

TEST_CASE("a full localStorage with the IndexedDB mirror: the save goes to the mirror alone, read back, and the next start finds it") {
    MemoryStore store;
    MemoryMirror mirror;
    Clock clock;
    App app(services(store, &mirror, clock));
    app.start();
    set_actual(app.state(), "i6", 2023, "18 prd");
    clock.t += 1;
    app.tick();
    REQUIRE(store.writes == 1);
    const auto slots_before = store.data;
    store.quota = 10;
    set_actual(app.state(), "i6", 2023, "19 prd");
    clock.t += 5;
    app.tick();
    auto st = nlohmann::json::parse(app.api_state());
    CHECK(st["saveStatus"] == "mirror");
    CHECK(st["dirty"] == false);
    CHECK(app.state().message.find("IndexedDB") != std::string::npos);
    CHECK(store.data == slots_before);  // localStorage keeps the previous save, untouched
    auto mirrored = decode_slot(mirror.files.at("slot"));
    REQUIRE(mirrored);
    CHECK(mirrored->sequence == 2);
    // A second change while still full: a newer mirror copy, not the same sequence again.
    set_actual(app.state(), "i6", 2023, "20 prd");
    clock.t += 5;
    app.tick();
    CHECK(decode_slot(mirror.files.at("slot"))->sequence == 3);

    App reopened(services(store, &mirror, clock));
    reopened.start();
    reopened.on_mirror_ready();
    CHECK(actual_of(reopened.state(), "i6", 2023) == "20 prd");

    // Room again: localStorage takes the next save (the mirror follows it), and the message goes.
    store.quota = 100000000;
    set_actual(app.state(), "i6", 2023, "21 prd");
    clock.t += 5;
    app.tick();
    CHECK(nlohmann::json::parse(app.api_state())["saveStatus"] == "ok");
    CHECK(app.state().message == "Penyimpanan peramban kembali normal: semua rencana tersimpan.");  // the problem is over, said
    // Numbered after the mirror's saves (3), not after localStorage's own (1): a copy numbered 2 again looked
    // like nothing new to another tab, whose next save then replaced it without a question.
    CHECK(newest_slot_sequence(store) == 4);
    CHECK(decode_slot(mirror.files.at("slot"))->sequence == 4);
    App last(services(store, &mirror, clock));
    last.start();
    last.on_mirror_ready();
    CHECK(actual_of(last.state(), "i6", 2023) == "21 prd");

    // Without IndexedDB the mirror lives in memory only: a full localStorage is then said as full, work unsaved.
    mirror.lasting = false;
    store.quota = 10;
    set_actual(app.state(), "i6", 2023, "22 prd");
    clock.t += 5;
    app.tick();
    CHECK(nlohmann::json::parse(app.api_state())["saveStatus"] == "quota");
    CHECK(nlohmann::json::parse(app.api_state())["dirty"] == true);
}

TEST_CASE("the API import changes nothing on error and is undoable on success") {
    MemoryStore store;
    Clock clock;
    App app(services(store, nullptr, clock));
    app.start();
    std::string before = app.api_export_json();
    auto bad = nlohmann::json::parse(app.api_import_json("{\"format\": \"tolok-plan\", \"version\": 2, \"plan\": {\"id\": 5}}"));
    CHECK(bad["ok"] == false);
    CHECK(bad["errors"][0]["id"] == "import.wrong_type");
    CHECK(bad["errors"][0]["location"] == "/plan/id");
    CHECK(app.api_export_json() == before);
    CHECK_FALSE(app.state().dirty);

    auto plan = read_plans(before).plans.front();
    plan.id = "kantor-kedua";
    auto good = nlohmann::json::parse(app.api_import_json(write_plan(plan)));
    CHECK(good["ok"] == true);
    CHECK(nlohmann::json::parse(app.api_state())["plans"] == 2);
    undo(app.state());
    CHECK(nlohmann::json::parse(app.api_state())["plans"] == 1);
}

TEST_CASE("a file opened in the UI waits for confirmation") {
    MemoryStore store;
    Clock clock;
    App app(services(store, nullptr, clock));
    app.start();
    app.on_file_opened("rusak.json", "{");
    CHECK(app.state().open_import_popup);
    REQUIRE(app.state().incoming.has_value());
    CHECK_FALSE(app.state().incoming->read.ok());
    CHECK(app.state().incoming->read.diagnostics.at(0).id == "json.syntax");
    // A refused file's error located in words: the sasaran, the indicator and the year, with the file's names.
    {
        std::string outside = write_plan(builtin_plan());
        const size_t year = outside.find("\"2023\": {");
        REQUIRE(year != std::string::npos);
        outside.replace(year, 6, "\"2030\"");
        App other(services(store, nullptr, clock));
        other.start();
        other.on_file_opened("luar.json", outside);
        REQUIRE(other.state().incoming.has_value());
        const IncomingFile& in = *other.state().incoming;
        REQUIRE_FALSE(in.read.ok());
        REQUIRE(in.places.size() == in.read.diagnostics.size());
        CHECK(in.places[0].id.find("sasaran 1 ") == 0);
        CHECK(in.places[0].id.find(", indikator 1 \"Nilai Evaluasi AKIP Sekretariat Daerah\", tahun 2030") != std::string::npos);
    }
    // Files dropped together: each waits its turn, in the order they came, and opens when the dialog before it closed.
    app.on_file_opened("baik.json", app.api_export_json());
    app.on_file_opened("tabel.csv", "Indikator;Target 2025\nJumlah dokumen;3 dok\n");
    CHECK(app.state().incoming->name == "rusak.json");  // not replaced by the next file
    CHECK(app.state().files_waiting.size() == 2);
    app.tick();
    CHECK(app.state().incoming->name == "rusak.json");  // still on screen
    app.state().open_import_popup = false;  // (opened by a frame)
    app.state().incoming.reset();           // closed (Tutup)
    app.tick();
    REQUIRE(app.state().incoming.has_value());
    CHECK(app.state().incoming->name == "baik.json");
    CHECK(app.state().incoming->read.ok());
    CHECK(app.state().incoming->read.plans.size() == 1);
    CHECK(app.state().plans.size() == 1);  // nothing applied yet
    app.state().open_import_popup = false;
    app.state().incoming.reset();
    app.tick();
    CHECK(app.state().table_import.open_request);  // the table, in the table import's preview
    CHECK(app.state().table_import.source_name == "tabel.csv");
    CHECK(app.state().files_waiting.empty());
}

}

TEST_CASE("app: an Excel download that could not be made is reported in the UI's language, plans untouched") {
    MemoryStore store;
    Clock clock;
    App app(services(store, nullptr, clock));
    app.start();
    const std::string before = app.api_export_json();
    app.on_xlsx_failed();
    CHECK(app.state().message == "!Berkas Excel tidak dapat dibuat; coba CSV.");
    app.api_set_lang("en");
    app.on_xlsx_failed();
    CHECK(app.state().message == "!The Excel file could not be made; try CSV.");
    CHECK(app.api_export_json() == before);
    CHECK_FALSE(app.state().dirty);
}
