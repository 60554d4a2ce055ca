// Tests of exchange between offices in the app (app/logic/exchange_flow.h) without a window: a plan sent by one
// office is verified and added by another; the second office's edits come back as a reviewed update where the
// changes both made are conflicts that keep the receiver's value unless taken; a file with one altered byte is
// refused, or imported "anyway" and marked as edited by hand, and that mark and the bases survive a restart.
#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/logic/exchange_flow.h"
#include "app/logic/storage_slots.h"
#include "app_fakes.h"
#include "app/state.h"
#include "core/builtin_plan.h"
#include "core/plan_json.h"
#include "core/plan_edit.h"

using namespace tolok;
using namespace tolok::app;

namespace {

using Store = testing::MemoryStore;

struct Desk {
    Store store;
    double t = 1;
    App app;
    explicit Desk(const char* when) : app([this, when] {
          Services sv;
          sv.store = &store;
          sv.now_seconds = [this] { return t; };
          sv.now_iso = [when] { return std::string(when); };
          return sv;
      }()) {
        app.start();
    }
    AppState& s() { return app.state(); }
    Plan& plan() { return s().plans[s().current]; }
};

Value& target(Plan& p, const char* id, int year) { return find_indicator(p, id)->years[year].target; }

}  // namespace

TEST_SUITE("app") {

TEST_CASE("a review whose ticked changes cannot stand together (a new period without its years) applies nothing and says why") {
    Desk a("2026-11-26T08:00:00Z"), b("2026-11-26T09:00:00Z");
    b.s().plans.clear();
    b.s().plans.push_back(Plan{});
    b.s().plans[0].id = "kosong";
    b.app.on_file_opened("dari-a.json", export_exchange(a.s(), a.plan()));
    REQUIRE(apply_incoming(b.s()));
    b.s().current = 1;
    Plan& theirs = change(b.s(), "periode");
    set_period(theirs, 2019, 2024);  // the 2018 entries go with it
    target(theirs, "i6", 2024) = parse_value("25 prd");
    a.app.on_file_opened("dari-b.json", export_exchange(b.s(), b.plan()));
    REQUIRE(apply_incoming(a.s()));
    REQUIRE(a.s().reviews.size() == 1);
    PlanReview& review = a.s().reviews.front();
    for (size_t k = 0; k < review.changes.size(); ++k) review.accepted[k] = review.changes[k].path.find("/period") != std::string::npos;
    const std::string before = write_plans({a.plan()});
    CHECK_FALSE(apply_review(a.s()));
    CHECK(write_plans({a.plan()}) == before);  // nothing applied
    REQUIRE(a.s().reviews.size() == 1);       // the review stays, for other ticks
    CHECK(a.s().reviews.front().refused.id.find("import.year_outside_period") == std::string::npos);
    CHECK(a.s().reviews.front().refused.id.find("/years/2018") != std::string::npos);
    for (size_t k = 0; k < review.changes.size(); ++k) review.accepted[k] = true;  // the years too
    CHECK(apply_review(a.s()));
    CHECK(a.plan().start_year == 2019);
    CHECK(a.s().reviews.empty());
}

TEST_CASE("downloads are named with the day they were made") {
    Desk a("2026-11-26T08:00:00Z");
    CHECK(dated_file_name(a.s(), a.plan().id, ".json") == a.plan().id + "-2026-11-26.json");
    CHECK(dated_file_name(a.s(), "kabupaten-long", ".csv") == "kabupaten-long-2026-11-26.csv");
    Desk no_clock("");
    CHECK(dated_file_name(no_clock.s(), "kabupaten", ".json") == "kabupaten.json");
}

TEST_CASE("a plan made in Tolok is named in downloads by its office and period, not its made-up id") {
    Plan plan = builtin_plan();
    CHECK(plan_file_stem(plan) == "setda-tanggamus-2018-2023");  // an id given by its office: kept
    plan.id = "rencana-20261127-100124";
    plan.office.name = "Dinas Komunikasi, Informatika & Statistik (Kominfo)";
    plan.start_year = 2025;
    plan.end_year = 2029;
    CHECK(plan_file_stem(plan) == "dinas-komunikasi-informatika-statistik-kominfo-2025-2029");
    plan.office.name = "Ã‰ ?";  // nothing to make a name of: the id
    CHECK(plan_file_stem(plan) == "rencana-20261127-100124");
}

TEST_CASE("a plan sent by one office is verified and added by another, with its sender and time") {
    Desk a("2026-11-26T08:00:00Z");
    Desk b("2026-11-26T09:00:00Z");
    change(b.s(), "rename").id = "kabupaten-lain";  // B holds another plan, so A's plan is new to B
    std::string file = export_exchange(a.s(), a.plan());
    CHECK(a.s().exchange.bases.count("setda-tanggamus-2018-2023") == 1);

    b.app.on_file_opened("setda.json", file);
    REQUIRE(b.s().incoming.has_value());
    const ExchangeReadResult& r = b.s().incoming->read;
    REQUIRE(r.ok());
    CHECK(r.verified);
    REQUIRE(r.header.has_value());
    CHECK(r.header->sender.office == "Sekretariat Daerah");
    CHECK(r.header->sent_at == "2026-11-26T08:00:00Z");
    CHECK(b.s().incoming->actions.at(0) == ImportAction::AddNew);
    CHECK(b.s().plans.size() == 1);  // nothing before confirmation
    REQUIRE(apply_incoming(b.s()));
    CHECK(b.s().plans.size() == 2);
    CHECK(b.s().exchange.bases.count("setda-tanggamus-2018-2023") == 1);
}

TEST_CASE("a deleted plan's exchange record is freed from the browser storage; the other plans' stay") {
    Desk a("2026-11-26T08:00:00Z");
    Desk b("2026-11-26T09:00:00Z");
    change(b.s(), "rename").id = "kabupaten-lain";
    b.app.on_file_opened("setda.json", export_exchange(a.s(), a.plan()));
    REQUIRE(apply_incoming(b.s()));
    REQUIRE(b.s().plans.size() == 2);
    b.s().exchange.bases["kabupaten-lain"] = b.s().plans[0];  // as if sent once
    save_exchange_memory(b.s());
    const size_t stored_before = b.store.read(kExchangeKey)->size();
    b.s().current = 1;
    REQUIRE(b.s().plans[1].id == "setda-tanggamus-2018-2023");
    delete_current_plan(b.s());
    REQUIRE(b.s().plans.size() == 1);
    CHECK(b.s().exchange.bases.count("setda-tanggamus-2018-2023") == 0);
    CHECK(b.s().exchange.bases.count("kabupaten-lain") == 1);
    CHECK(b.store.read(kExchangeKey)->size() < stored_before * 2 / 3);  // one of two plans' records gone
    // Undo brings the plan back with its exchange history (its base and time: the office's next file is reviewed
    // three-way, the user's own edits not taken for the file's changes); redo deletes it again and frees them.
    undo(b.s());
    CHECK(b.s().plans.size() == 2);
    CHECK(b.s().exchange.bases.count("setda-tanggamus-2018-2023") == 1);
    CHECK(b.s().exchange.sent_at.count("setda-tanggamus-2018-2023") == 1);
    CHECK(b.store.read(kExchangeKey)->size() >= stored_before);
    redo(b.s());
    CHECK(b.s().plans.size() == 1);
    CHECK(b.s().exchange.bases.count("setda-tanggamus-2018-2023") == 0);
    undo(b.s());
    CHECK(b.s().exchange.bases.count("setda-tanggamus-2018-2023") == 1);
    // Deleted again, then the memory read back as after a restart: freed for good (nothing to undo into any more).
    redo(b.s());
    load_exchange_memory(b.s());
    CHECK(b.s().exchange.bases.size() == 1);
    CHECK(b.s().exchange.set_aside.empty());
}

TEST_CASE("two offices edit copies of one plan; the update comes back with its conflicts, resolved one by one") {
    Desk a("2026-11-26T08:00:00Z");
    Desk b("2026-11-26T09:00:00Z");
    b.s().plans.clear();
    b.s().plans.push_back(Plan{});  // B starts empty-handed (a placeholder), then receives A's plan
    b.s().plans[0].id = "kosong";
    b.app.on_file_opened("dari-a.json", export_exchange(a.s(), a.plan()));
    REQUIRE(apply_incoming(b.s()));
    REQUIRE(b.s().plans.size() == 2);
    b.s().current = 1;

    // B changes two targets; A changes one of them too (differently) and another field.
    target(change(b.s(), "b1"), "i6", 2023) = parse_value("22 prd");
    target(change(b.s(), "b2"), "i9", 2023) = parse_value("19 kec.");
    target(change(a.s(), "a1"), "i6", 2023) = parse_value("25 prd");
    find_indicator(change(a.s(), "a2"), "i7")->owner = "Bagian Hukum";
    std::string reply = export_exchange(b.s(), b.plan());

    a.app.on_file_opened("dari-b.json", reply);
    REQUIRE(a.s().incoming.has_value());
    REQUIRE(a.s().incoming->read.ok());
    CHECK(a.s().incoming->actions.at(0) == ImportAction::Review);
    REQUIRE(apply_incoming(a.s()));
    REQUIRE(a.s().reviews.size() == 1);
    PlanReview& review = a.s().reviews.front();
    CHECK(review.three_way);
    int conflicts = 0, i6 = -1, i9 = -1;
    for (size_t k = 0; k < review.changes.size(); ++k) {
        const Change& c = review.changes[k];
        conflicts += c.conflict;
        if (c.path.find("/indicators/i6/years/2023/target") != std::string::npos) i6 = static_cast<int>(k);
        if (c.path.find("/indicators/i9/years/2023/target") != std::string::npos) i9 = static_cast<int>(k);
    }
    CHECK(conflicts == 1);
    REQUIRE(i6 >= 0);
    REQUIRE(i9 >= 0);
    CHECK(review.changes[i6].conflict);
    CHECK(review.changes[i6].mine == "25 prd");
    CHECK(review.changes[i6].after == "22 prd");
    CHECK_FALSE(review.accepted[i6]);  // a conflict keeps mine unless taken
    CHECK(review.accepted[i9]);
    // A's own change to i7 is not something B sent: not listed.
    for (const auto& c : review.changes) CHECK(c.path.find("/indicators/i7/owner") == std::string::npos);

    apply_review(a.s());
    Plan& p = a.plan();
    CHECK(target(p, "i6", 2023).text == "25 prd");   // conflict rejected: A's value
    CHECK(target(p, "i9", 2023).text == "19 kec.");  // B's change taken
    CHECK(find_indicator(p, "i7")->owner == "Bagian Hukum");
    CHECK(a.s().reviews.empty());
    undo(a.s());
    CHECK(target(a.plan(), "i9", 2023).text != "19 kec.");
}

TEST_CASE("taking a conflict uses the received value") {
    Desk a("2026-11-26T08:00:00Z");
    std::string sent = export_exchange(a.s(), a.plan());
    Desk b("2026-11-26T09:00:00Z");
    b.app.on_file_opened("a.json", sent);
    b.s().incoming->actions[0] = ImportAction::Replace;
    REQUIRE(apply_incoming(b.s()));
    target(change(b.s(), "b"), "i6", 2023) = parse_value("22 prd");
    target(change(a.s(), "a"), "i6", 2023) = parse_value("25 prd");
    a.app.on_file_opened("b.json", export_exchange(b.s(), b.plan()));
    REQUIRE(apply_incoming(a.s()));
    REQUIRE(a.s().reviews.size() == 1);
    PlanReview& review = a.s().reviews.front();
    REQUIRE(review.changes.size() == 1);
    CHECK(review.changes[0].conflict);
    review.accepted[0] = true;
    apply_review(a.s());
    CHECK(target(a.plan(), "i6", 2023).text == "22 prd");
}

TEST_CASE("with no exchanged version known, a file lacking the receiver's realisasi does not tick their removal") {
    Desk a("2026-11-26T08:00:00Z");  // the receiver: the built-in plan, with realisasi typed in
    find_indicator(change(a.s(), "r6"), "i6")->years[2023].actual.value = parse_value("18 prd");
    find_indicator(change(a.s(), "r9"), "i9")->years[2023].actual.value = parse_value("19 kec.");
    Desk b("2026-11-26T09:00:00Z");  // another office's copy of the built-in plan, never exchanged with A
    target(change(b.s(), "t"), "i6", 2022) = parse_value("22 prd");
    a.app.on_file_opened("b.json", export_exchange(b.s(), b.plan()));
    REQUIRE(a.s().incoming.has_value());
    REQUIRE(apply_incoming(a.s()));
    REQUIRE(a.s().reviews.size() == 1);
    PlanReview& review = a.s().reviews.front();
    CHECK_FALSE(review.three_way);
    int removals = 0, target_change = -1;
    for (size_t k = 0; k < review.changes.size(); ++k) {
        const Change& c = review.changes[k];
        if (c.kind == ChangeKind::Removed) {
            ++removals;
            CHECK_FALSE(review.accepted[k]);
        }
        if (c.path.find("/indicators/i6/years/2022/target") != std::string::npos) target_change = static_cast<int>(k);
    }
    CHECK(removals == 2);
    REQUIRE(target_change >= 0);
    CHECK(review.accepted[target_change]);  // what the file brings is still ticked
    apply_review(a.s());
    CHECK(find_indicator(a.plan(), "i6")->years[2023].actual.value.text == "18 prd");
    CHECK(find_indicator(a.plan(), "i9")->years[2023].actual.value.text == "19 kec.");
    CHECK(target(a.plan(), "i6", 2022).text == "22 prd");
}

TEST_CASE("one altered byte: refused with nothing changed, or imported anyway and marked as edited by hand") {
    Desk a("2026-11-26T08:00:00Z");
    std::string file = export_exchange(a.s(), a.plan());
    size_t at = file.find("20 prd");
    REQUIRE(at != std::string::npos);
    file[at] = '3';  // "30 prd"

    Desk b("2026-11-26T09:00:00Z");
    b.s().plans[0].id = "lain";
    auto api = nlohmann::json::parse(b.app.api_import_json(file));
    CHECK(api["ok"] == false);
    CHECK(api["errors"][0]["id"] == "exchange.integrity");
    CHECK(b.s().plans.size() == 1);

    b.app.on_file_opened("rusak.json", file);
    REQUIRE(b.s().incoming.has_value());
    CHECK_FALSE(b.s().incoming->read.ok());
    CHECK_FALSE(apply_incoming(b.s()));
    CHECK(b.s().plans.size() == 1);
    receive_anyway(b.s());
    REQUIRE(b.s().incoming->read.ok());
    CHECK(b.s().incoming->read.altered);
    REQUIRE(apply_incoming(b.s()));
    CHECK(b.s().plans.size() == 2);
    CHECK(b.s().exchange.hand_edited.count("setda-tanggamus-2018-2023") == 1);

    // The mark and the bases survive a restart on the same storage.
    App again([&b] {
        Services sv;
        sv.store = &b.store;
        sv.now_seconds = [] { return 5.0; };
        sv.now_iso = [] { return std::string("2026-11-26T10:00:00Z"); };
        return sv;
    }());
    again.start();
    CHECK(again.state().exchange.hand_edited.count("setda-tanggamus-2018-2023") == 1);
    CHECK(again.state().exchange.bases.count("setda-tanggamus-2018-2023") == 1);
}

TEST_CASE("plans made in two offices have ids of their own; another office's plan that shares an id is added beside, not merged") {
    Desk a("2026-11-26T08:00:00Z");
    Desk b("2026-11-26T08:05:00Z");
    for (Desk* d : {&a, &b}) {
        apply_plans(d->s(), {make_new_plan(d->s())}, BiText{"new", "new"});
        change(d->s(), "office").office.name = d == &a ? "Dinas A" : "Dinas B";
    }
    CHECK(a.plan().id == "rencana-20261126-080000");
    CHECK(b.plan().id == "rencana-20261126-080500");

    Desk c("2026-11-26T09:00:00Z");
    c.app.on_file_opened("a.json", export_exchange(a.s(), a.plan()));
    REQUIRE(c.s().incoming.has_value());
    REQUIRE(apply_incoming(c.s()));
    CHECK(c.s().message == "Berkas \"a.json\": 1 rencana ditambahkan.");  // said, naming the file
    // B's plan under A's id (two copies of Tolok that still made "rencana-baru"): a new plan, A's kept.
    change(b.s(), "id").id = a.plan().id;
    c.app.on_file_opened("b.json", export_exchange(b.s(), b.plan()));
    REQUIRE(c.s().incoming.has_value());
    REQUIRE(c.s().incoming->actions.size() == 1);
    CHECK(c.s().incoming->actions[0] == ImportAction::AddNew);
    REQUIRE(apply_incoming(c.s()));
    CHECK(c.s().reviews.empty());
    REQUIRE(c.s().plans.size() == 3);
    CHECK(find_plan(c.s(), a.plan().id)->office.name == "Dinas A");
    CHECK(c.plan().office.name == "Dinas B");
    CHECK(c.plan().id != a.plan().id);
    // A's own next file is an update of the plan held: reviewed.
    change(a.s(), "title").title += " (perubahan)";
    c.app.on_file_opened("a2.json", export_exchange(a.s(), a.plan()));
    REQUIRE(c.s().incoming.has_value());
    CHECK(c.s().incoming->actions[0] == ImportAction::Review);
    c.s().incoming.reset();
    // B's next file, still under A's id, updates B's plan held beside it (under the id made unique): reviewed
    // against it, not added a third time, and never into A's plan.
    const std::string b_here = c.plan().id;
    change(b.s(), "title").title += " (revisi)";
    c.app.on_file_opened("b2.json", export_exchange(b.s(), b.plan()));
    REQUIRE(c.s().incoming.has_value());
    CHECK(c.s().incoming->actions[0] == ImportAction::Review);
    CHECK(counterpart_plan(c.s(), c.s().incoming->read.plans[0])->id == b_here);
    c.s().incoming->actions[0] = ImportAction::Replace;
    REQUIRE(apply_incoming(c.s()));
    CHECK(c.s().plans.size() == 3);
    CHECK(find_plan(c.s(), b_here)->title.find("(revisi)") != std::string::npos);
    CHECK(find_plan(c.s(), a.plan().id)->office.name == "Dinas A");
    CHECK(find_plan(c.s(), a.plan().id)->title.find("(revisi)") == std::string::npos);
}

TEST_CASE("a file that brings no change to the plan held opens no empty review: it says so") {
    Desk a("2026-11-26T08:00:00Z");
    Desk b("2026-11-26T09:00:00Z");
    const std::string file = export_exchange(a.s(), a.plan());
    b.app.on_file_opened("setda.json", file);
    REQUIRE(b.s().incoming.has_value());
    REQUIRE(b.s().incoming->actions[0] == ImportAction::Review);  // B holds the built-in plan, the same id
    const size_t undo_steps_before = b.s().history.can_undo();
    REQUIRE(apply_incoming(b.s()));
    CHECK(b.s().reviews.empty());
    CHECK(b.s().message == "Rencana dalam berkas sama dengan yang ada di sini: tidak ada yang berubah.");
    CHECK(b.s().history.can_undo() == static_cast<bool>(undo_steps_before));  // nothing recorded
    CHECK(b.s().exchange.bases.count(a.plan().id) == 1);  // the exchanged version is known from now on

    // B then changes two realisasi of its copy, and the same file comes again: no new changes from A, and B's own
    // two are kept, which the message says rather than "the same as here".
    find_indicator(change(b.s(), "own edits"), "i11")->years[2023].actual.value = parse_value("5,3%");
    find_indicator(change(b.s(), "own edits 2"), "i13")->years[2023].actual.value = parse_value("79");
    b.app.on_file_opened("setda.json", file);
    REQUIRE(apply_incoming(b.s()));
    CHECK(b.s().reviews.empty());
    CHECK(b.s().message == "Berkas tidak membawa perubahan baru dari pengirimnya; 2 perubahan yang dibuat di sini pada rencana itu "
                           "tetap (pengirim tidak memilikinya).");
    CHECK(find_indicator(b.plan(), "i11")->years.at(2023).actual.value.text == "5,3%");
}

TEST_CASE("all plans sent together are sent by the regency they share, not by the office whose plan is open") {
    Desk d("2026-11-26T08:00:00Z");
    CHECK(read_exchange(export_exchange_all(d.s())).header->sender.office == "Sekretariat Daerah");  // one office's plans
    Plan other = d.plan();
    other.id = "bappeda";
    other.office.name = "Bappeda";
    apply_plans(d.s(), {other}, BiText{"Impor berkas", "Import a file"});
    const std::string government = d.plan().office.government;
    REQUIRE_FALSE(government.empty());
    CHECK(read_exchange(export_exchange_all(d.s())).header->sender.office == government);
    change(d.s(), "government").office.government = "Pemerintah Kabupaten Lain";
    CHECK(read_exchange(export_exchange_all(d.s())).header->sender.office == "Beberapa instansi");
}

TEST_CASE("a file imported anyway marks only what was taken from it: a cancelled review or a skipped plan, nothing") {
    Desk a("2026-11-26T08:00:00Z");
    Desk b("2026-11-26T09:00:00Z");
    const std::string id = "setda-tanggamus-2018-2023";
    b.app.on_file_opened("setda.json", export_exchange(a.s(), a.plan()));
    REQUIRE(apply_incoming(b.s()));  // B holds A's plan and its last exchanged version
    target(a.plan(), "i6", 2023) = parse_value("25 prd");
    std::string file = export_exchange(a.s(), a.plan());
    const size_t at = file.find("\"Sekretariat Daerah\"");
    REQUIRE(at != std::string::npos);
    file[at + 1] = 's';  // one altered byte: the seal no longer matches
    const auto import_anyway = [&](ImportAction action) {
        b.app.on_file_opened("setda-ubah.json", file);
        REQUIRE(b.s().incoming.has_value());
        receive_anyway(b.s());
        REQUIRE(b.s().incoming->read.ok());
        REQUIRE(b.s().incoming->actions.size() == 1);
        CHECK(b.s().incoming->actions[0] == ImportAction::Review);  // the held plan is reviewed by default
        b.s().incoming->actions[0] = action;
        REQUIRE(apply_incoming(b.s()));
    };

    import_anyway(ImportAction::Review);
    REQUIRE(b.s().reviews.size() == 1);
    drop_review(b.s());  // Batal in the review
    CHECK(b.s().exchange.hand_edited.count(id) == 0);
    import_anyway(ImportAction::Skip);
    CHECK(b.s().exchange.hand_edited.count(id) == 0);
    import_anyway(ImportAction::AddNew);  // a copy beside the held plan: the copy is marked, the held plan not
    CHECK(b.s().exchange.hand_edited.count(id) == 0);
    CHECK(b.s().exchange.hand_edited.size() == 1);
    CHECK(b.s().plans.size() == 2);

    import_anyway(ImportAction::Review);  // changes taken in the review: now the held plan is marked
    REQUIRE(b.s().reviews.size() == 1);
    apply_review(b.s());
    CHECK(target(b.plan(), "i6", 2023).text == "25 prd");
    CHECK(b.s().exchange.hand_edited.count(id) == 1);
}

TEST_CASE("an office's older file dropped again after its newer one is said to be older, and none of its changes starts ticked") {
    Desk dinkes("2026-11-20T08:00:00Z");
    Desk bappeda("2026-11-26T09:00:00Z");
    bappeda.s().plans[0].id = "lain";  // Bappeda holds another plan: Dinkes' plan is new to it
    const std::string id = dinkes.plan().id;
    const std::string v1 = export_exchange(dinkes.s(), dinkes.plan());
    target(change(dinkes.s(), "v2"), "i6", 2023) = parse_value("22 prd");
    dinkes.s().services.now_iso = [] { return std::string("2026-11-25T08:00:00Z"); };
    const std::string v2 = export_exchange(dinkes.s(), dinkes.plan());

    bappeda.app.on_file_opened("dinkes-v1.json", v1);
    REQUIRE(apply_incoming(bappeda.s()));
    bappeda.app.on_file_opened("dinkes-v2.json", v2);
    CHECK_FALSE(older_file_warning(bappeda.s(), id, "2026-11-25T08:00:00Z").has_value());  // newer: an ordinary update
    REQUIRE(apply_incoming(bappeda.s()));
    REQUIRE(bappeda.s().reviews.size() == 1);
    CHECK_FALSE(bappeda.s().reviews.front().older.has_value());
    CHECK(bappeda.s().reviews.front().accepted.at(0));  // an update's changes start ticked
    REQUIRE(apply_review(bappeda.s()));
    CHECK(target(bappeda.plan(), "i6", 2023).text == "22 prd");
    CHECK(bappeda.s().exchange.sent_at.at(id) == "2026-11-25T08:00:00Z");

    // v1 again: the preview's rule and the review say it is older, with both times; nothing is ticked.
    bappeda.app.on_file_opened("dinkes-v1.json", v1);
    const auto older = older_file_warning(bappeda.s(), id, bappeda.s().incoming->read.header->sent_at);
    REQUIRE(older.has_value());
    CHECK(older->id == "exchange.older_file");
    CHECK(older->location == id);
    CHECK(older->message.id.find("20-11-2026 08:00") != std::string::npos);
    CHECK(older->message.id.find("25-11-2026 08:00") != std::string::npos);
    CHECK(older->message.en.find("EARLIER") != std::string::npos);
    REQUIRE(apply_incoming(bappeda.s()));
    REQUIRE(bappeda.s().reviews.size() == 1);
    PlanReview& review = bappeda.s().reviews.front();
    REQUIRE(review.older.has_value());
    REQUIRE_FALSE(review.changes.empty());  // "22 prd" back to the older target
    for (bool ticked : review.accepted) CHECK_FALSE(ticked);
    CHECK(apply_review(bappeda.s()));  // applied as it stands: nothing is undone
    CHECK(target(bappeda.plan(), "i6", 2023).text == "22 prd");

    // The times survive a restart; a memory saved before times were kept still reads, and then cannot compare.
    App again([&bappeda] {
        Services sv;
        sv.store = &bappeda.store;
        sv.now_seconds = [] { return 5.0; };
        sv.now_iso = [] { return std::string("2026-11-27T10:00:00Z"); };
        return sv;
    }());
    again.start();
    CHECK(again.state().exchange.sent_at.at(id) == "2026-11-25T08:00:00Z");
    CHECK(older_file_warning(again.state(), id, "2026-11-20T08:00:00Z").has_value());
    REQUIRE(bappeda.store.write(kExchangeKey, encode_slot(1, "\n" + write_plans({bappeda.plan()}))) == WriteStatus::Ok);
    load_exchange_memory(again.state());
    CHECK(again.state().exchange.bases.count(id) == 1);
    CHECK(again.state().exchange.sent_at.empty());
    CHECK_FALSE(older_file_warning(again.state(), id, "2026-11-20T08:00:00Z").has_value());
}

TEST_CASE("a received plan that may be an office held here under a misspelt name is said in the preview, naming both plans") {
    Desk a("2026-11-26T08:00:00Z"), b("2026-11-26T09:00:00Z");
    Plan typo = a.plan();  // B holds the built-in plan of Sekretariat Daerah; the same plan comes with a typo'd name
    typo.id = "sekretariat-daerh-2018-2023";
    typo.office.name = "Sekretariat Daerh";
    b.app.on_file_opened("typo.json", export_exchange(a.s(), typo));
    REQUIRE(b.s().incoming.has_value());
    REQUIRE(b.s().incoming->actions.at(0) == ImportAction::AddNew);
    REQUIRE(b.s().incoming->maybe_twice.at(0).size() == 1);
    const Diagnostic& d = b.s().incoming->maybe_twice[0][0];
    CHECK(d.id == "consolidation.maybe_same_office");
    CHECK(d.location == "sekretariat-daerh-2018-2023");
    CHECK(d.message.id.find("setda-tanggamus-2018-2023 (Sekretariat Daerah)") != std::string::npos);
    CHECK(d.message.id.find("sekretariat-daerh-2018-2023 (Sekretariat Daerh)") != std::string::npos);
    b.s().incoming.reset();

    // Another office with indicators of its own: nothing said.
    Plan other = a.plan();
    other.id = "dinkes-2018-2023";
    other.office.name = "Dinas Kesehatan";
    for (auto& o : other.objectives)
        for (auto& ind : o.indicators) ind.name += " bidang kesehatan";
    b.app.on_file_opened("dinkes.json", export_exchange(a.s(), other));
    REQUIRE(b.s().incoming.has_value());
    CHECK(b.s().incoming->maybe_twice.at(0).empty());
}

}  // TEST_SUITE
