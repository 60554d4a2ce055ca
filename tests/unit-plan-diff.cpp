// Tests of the plan diff (core/plan_diff.h): two offices edit copies of the built-in plan (each copy exported and
// read back, as in an exchange) and send them to each other; the expected changes and conflicts appear, each can
// be accepted or rejected, and nothing is overwritten silently.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "core/builtin_plan.h"
#include "core/plan_diff.h"
#include "core/plan_json.h"

using namespace tolok;

namespace {

// A copy as another office receives it: written to the file format and read back.
Plan exchanged(const Plan& p) {
    PlanReadResult r = read_plans(write_plan(p));
    REQUIRE(r.ok());
    return r.plans.front();
}

Indicator& ind(Plan& p, const std::string& id) {
    Indicator* i = find_indicator(p, id);
    REQUIRE(i != nullptr);
    return *i;
}

Objective& objective(Plan& p, const std::string& id) {
    for (auto& o : p.objectives)
        if (o.id == id) return o;
    FAIL("no objective " << id);
    return p.objectives.front();
}

void remove_indicator(Plan& p, const std::string& id) {
    for (auto& o : p.objectives)
        o.indicators.erase(std::remove_if(o.indicators.begin(), o.indicators.end(), [&](const Indicator& i) { return i.id == id; }),
                           o.indicators.end());
}

Chapter& chapter(Plan& p, const std::string& id) {
    for (auto& c : p.chapters)
        if (c.id == id) return c;
    FAIL("no chapter " << id);
    return p.chapters.front();
}

const Change* find_change(const std::vector<Change>& cs, const std::string& path) {
    for (const auto& c : cs)
        if (c.path == path) return &c;
    return nullptr;
}

std::set<std::string> paths_of(const std::vector<Change>& cs) {
    std::set<std::string> out;
    for (const auto& c : cs) out.insert(c.path);
    return out;
}

std::string objective_of(const Plan& p, const std::string& indicator_id) {
    for (const auto& o : p.objectives)
        for (const auto& i : o.indicators)
            if (i.id == indicator_id) return o.id;
    return "";
}

const std::string kI6 = "/objectives/s3/indicators/i6";

}  // namespace

TEST_SUITE("plan diff") {
    TEST_CASE("identical plans, and a plan and its exported copy, have no differences") {
        Plan p = builtin_plan();
        CHECK(diff_plans(p, p).empty());
        CHECK(diff_plans(p, exchanged(p)).empty());
        CHECK(diff3(p, p, exchanged(p)).empty());
    }

    TEST_CASE("two-way diff: stable paths, kinds, display texts and descriptions in both languages") {
        Plan before = exchanged(builtin_plan());
        Plan after = before;
        after.title = "IKU 2019-2024";
        ind(after, "i6").years[2023].target = parse_value("22 prd");
        ind(after, "i6").years[2023].actual.value = parse_value("18 prd");
        ind(after, "i6").years[2023].quarter_targets[1] = parse_value("5 prd");
        ind(after, "i6").unit = "produk";
        ind(after, "i9").years[2023].target = Value{};
        Indicator added;
        added.id = "i16";
        added.code = "16";
        added.name = "Persentase aduan yang ditindaklanjuti";
        objective(after, "s7").indicators.push_back(added);
        remove_indicator(after, "i15");
        Indicator moved = ind(after, "i3");
        remove_indicator(after, "i3");
        objective(after, "s2").indicators.push_back(moved);
        chapter(after, "kata_pengantar").title = "PRAKATA";

        std::vector<Change> cs = diff_plans(before, after);
        CHECK(paths_of(cs) == std::set<std::string>{"/title", "/chapters/kata_pengantar/title", kI6 + "/unit",
                                                     kI6 + "/years/2023/target", kI6 + "/years/2023/actual",
                                                     kI6 + "/years/2023/quarters/2/target",
                                                     "/objectives/s4/indicators/i9/years/2023/target",
                                                     "/objectives/s7/indicators/i16", "/objectives/s7/indicators/i15",
                                                     "/objectives/s2/indicators/i3/objective"});
        const Change* target = find_change(cs, kI6 + "/years/2023/target");
        REQUIRE(target);
        CHECK(target->kind == ChangeKind::Changed);
        CHECK(target->before == "20 prd");
        CHECK(target->after == "22 prd");
        CHECK(target->description.id == "Indikator 6 \"Jumlah penyusunan rancangan produk hukum daerah\", tahun 2023: target diubah dari \"20 prd\" menjadi \"22 prd\"");
        CHECK(target->description.en == "Indicator 6 \"Jumlah penyusunan rancangan produk hukum daerah\", year 2023: target changed from \"20 prd\" to \"22 prd\"");
        CHECK(target->target.scope == ChangeScope::Year);
        CHECK(target->target.indicator_id == "i6");
        CHECK(target->target.year == 2023);
        CHECK_FALSE(target->conflict);

        const Change* actual = find_change(cs, kI6 + "/years/2023/actual");
        REQUIRE(actual);
        CHECK(actual->kind == ChangeKind::Added);
        CHECK(actual->after == "18 prd");
        CHECK(actual->description.en.find("actual set to \"18 prd\"") != std::string::npos);
        CHECK(actual->description.id.find("realisasi diisi \"18 prd\"") != std::string::npos);

        const Change* quarter = find_change(cs, kI6 + "/years/2023/quarters/2/target");
        REQUIRE(quarter);
        CHECK(quarter->target.scope == ChangeScope::Quarter);
        CHECK(quarter->target.quarter == 2);
        CHECK(quarter->description.id.find("TW II 2023") != std::string::npos);
        CHECK(quarter->description.en.find("Q2 2023") != std::string::npos);

        const Change* cleared = find_change(cs, "/objectives/s4/indicators/i9/years/2023/target");
        REQUIRE(cleared);
        CHECK(cleared->kind == ChangeKind::Removed);
        CHECK(cleared->before == "20 kec.");
        CHECK(cleared->after.empty());

        const Change* new_ind = find_change(cs, "/objectives/s7/indicators/i16");
        REQUIRE(new_ind);
        CHECK(new_ind->kind == ChangeKind::Added);
        CHECK(new_ind->description.id == "Indikator baru 16 \"Persentase aduan yang ditindaklanjuti\" pada sasaran 7");
        const Change* gone = find_change(cs, "/objectives/s7/indicators/i15");
        REQUIRE(gone);
        CHECK(gone->kind == ChangeKind::Removed);
        CHECK(gone->description.en.find("removed") != std::string::npos);
        const Change* move = find_change(cs, "/objectives/s2/indicators/i3/objective");
        REQUIRE(move);
        CHECK(move->description.id.find("dipindah dari sasaran 1 ke sasaran 2") != std::string::npos);

        // Accepting every change turns `before` into `after` (up to order, which is not a change).
        std::vector<bool> all(cs.size(), true);
        ApplyResult r = apply_changes(before, cs, all);
        CHECK(r.problems.empty());
        CHECK(r.applied == static_cast<int>(cs.size()));
        CHECK(diff_plans(r.plan, after).empty());
        CHECK(objective_of(r.plan, "i3") == "s2");
        // The applied plan is a valid plan file again.
        CHECK(read_plans(write_plan(r.plan)).ok());
        // Rejecting every change keeps the plan exactly.
        ApplyResult none = apply_changes(before, cs, std::vector<bool>(cs.size(), false));
        CHECK(none.applied == 0);
        CHECK(write_plan(none.plan) == write_plan(before));
    }

    TEST_CASE("the model's choices are described in words in both languages, not by the file's names") {
        Plan before = exchanged(builtin_plan());
        Plan after = before;
        ind(after, "i15").polarity = Polarity::Minimize;
        ind(after, "i9").years[2023].actual.from_evidence = EvidenceRule::DistinctPlaces;
        const std::vector<Change> changes = diff_plans(before, after);
        auto described = [&](const std::string& field) -> const Change* {
            for (const auto& c : changes)
                if (c.target.field == field) return &c;
            return nullptr;
        };
        const Change* polarity = described("polarity");
        REQUIRE(polarity);
        CHECK(polarity->description.id.find("diubah dari \"semakin tinggi semakin baik\" menjadi \"semakin rendah semakin baik\"") !=
              std::string::npos);
        CHECK(polarity->description.en.find("changed from \"higher is better\" to \"lower is better\"") != std::string::npos);
        CHECK(polarity->after == "semakin rendah semakin baik");
        CHECK(polarity->shown_after(Lang::En) == "lower is better");  // the review's columns in English too
        CHECK(polarity->shown_before(Lang::En) == "higher is better");
        CHECK(polarity->shown_after(Lang::Id) == "semakin rendah semakin baik");
        const Change* evidence = described("from_evidence");
        REQUIRE(evidence);
        CHECK(evidence->description.id.find("diisi \"jumlah tempat berbeda\"") != std::string::npos);
        CHECK(evidence->description.en.find("set to \"distinct places\"") != std::string::npos);
        CHECK(evidence->description.id.find("distinct_places") == std::string::npos);
    }

    TEST_CASE("two offices edit copies of one plan and exchange: the expected changes and conflicts appear") {
        const Plan base = exchanged(builtin_plan());

        // Office A (mine).
        Plan mine = exchanged(base);
        ind(mine, "i6").years[2023].target = parse_value("22 prd");
        ind(mine, "i6").years[2023].actual.value = parse_value("18 prd");
        ind(mine, "i1").name = "Nilai AKIP Setda";
        ind(mine, "i9").years[2023].target = parse_value("21 kec.");
        ind(mine, "i7").years[2023].actual.note = "dua kegiatan ditunda";
        chapter(mine, "kata_pengantar").text = "Teks pengantar versi A.";
        remove_indicator(mine, "i15");
        ind(mine, "i12").definition = "Definisi baru dari A";

        // Office B (theirs), edited from the same base, then sent back.
        Plan theirs = exchanged(base);
        ind(theirs, "i6").years[2023].target = parse_value("25 prd");      // conflict with A
        ind(theirs, "i6").years[2023].actual.value = parse_value("18 prd"); // same as A: nothing to do
        ind(theirs, "i1").name = "Nilai AKIP Setda";                         // same as A: nothing to do
        ind(theirs, "i9").years[2023].actual.value = parse_value("19 kec."); // A changed the target only
        ind(theirs, "i10").years[2023].target = parse_value("4 pasar");
        ind(theirs, "i15").definition = "Definisi dari B";                   // A removed i15
        chapter(theirs, "kata_pengantar").text = "Teks pengantar versi B.";  // conflict with A
        theirs.title = "IKU Sekretariat Daerah 2018-2023 (revisi)";
        remove_indicator(theirs, "i14");
        Indicator added;
        added.id = "i16";
        added.code = "16";
        added.name = "Persentase aduan yang ditindaklanjuti";
        added.unit = "%";
        added.kind = ValueKind::Percent;
        added.years[2023].target = parse_value("90%");
        objective(theirs, "s7").indicators.push_back(added);
        Indicator moved = ind(theirs, "i3");
        remove_indicator(theirs, "i3");
        objective(theirs, "s2").indicators.push_back(moved);
        theirs = exchanged(theirs);

        std::vector<Change> cs = diff3(base, mine, theirs);
        CHECK(paths_of(cs) == std::set<std::string>{"/title", "/chapters/kata_pengantar/text", kI6 + "/years/2023/target",
                                                     "/objectives/s4/indicators/i9/years/2023/actual",
                                                     "/objectives/s4/indicators/i10/years/2023/target",
                                                     "/objectives/s7/indicators/i15", "/objectives/s7/indicators/i14",
                                                     "/objectives/s7/indicators/i16", "/objectives/s2/indicators/i3/objective"});
        std::set<std::string> conflicts;
        for (const auto& c : cs)
            if (c.conflict) conflicts.insert(c.path);
        CHECK(conflicts == std::set<std::string>{"/chapters/kata_pengantar/text", kI6 + "/years/2023/target", "/objectives/s7/indicators/i15"});

        const Change* target = find_change(cs, kI6 + "/years/2023/target");
        REQUIRE(target);
        CHECK(target->before == "20 prd");
        CHECK(target->mine == "22 prd");
        CHECK(target->after == "25 prd");
        CHECK(target->description.id.rfind("KONFLIK: ", 0) == 0);
        CHECK(target->description.en.rfind("CONFLICT: ", 0) == 0);
        CHECK(target->description.en.find("your version: \"22 prd\"") != std::string::npos);

        const Change* restore = find_change(cs, "/objectives/s7/indicators/i15");
        REQUIRE(restore);
        CHECK(restore->kind == ChangeKind::Added);
        CHECK(restore->mine.empty());
        CHECK(restore->description.en.find("removed in your version but changed in theirs") != std::string::npos);

        const Change* text = find_change(cs, "/chapters/kata_pengantar/text");
        REQUIRE(text);
        CHECK(text->mine == "Teks pengantar versi A.");
        CHECK(text->after == "Teks pengantar versi B.");

        SUBCASE("accept the clean changes, keep mine on the target conflict, take theirs on the text conflict") {
            std::vector<bool> accept;
            for (const auto& c : cs) accept.push_back(!c.conflict || c.path == "/chapters/kata_pengantar/text");
            ApplyResult r = apply_changes(mine, cs, accept);
            CHECK(r.problems.empty());
            Plan& p = r.plan;
            CHECK(ind(p, "i6").years[2023].target.text == "22 prd");  // mine kept
            CHECK(ind(p, "i6").years[2023].actual.value.text == "18 prd");
            CHECK(ind(p, "i1").name == "Nilai AKIP Setda");
            CHECK(ind(p, "i9").years[2023].target.text == "21 kec.");  // mine
            CHECK(ind(p, "i9").years[2023].actual.value.text == "19 kec.");  // theirs
            CHECK(ind(p, "i10").years[2023].target.text == "4 pasar");
            CHECK(ind(p, "i7").years[2023].actual.note == "dua kegiatan ditunda");
            CHECK(ind(p, "i12").definition == "Definisi baru dari A");
            CHECK(chapter(p, "kata_pengantar").text == "Teks pengantar versi B.");
            CHECK(p.title == theirs.title);
            CHECK(find_indicator(p, "i14") == nullptr);
            CHECK(find_indicator(p, "i15") == nullptr);  // restore rejected: stays removed as in mine
            REQUIRE(find_indicator(p, "i16") != nullptr);
            CHECK(objective_of(p, "i16") == "s7");
            CHECK(ind(p, "i16").years[2023].target.text == "90%");
            CHECK(objective_of(p, "i3") == "s2");
            CHECK(read_plans(write_plan(p)).ok());
        }
        SUBCASE("accepting a conflict takes theirs, and the restore brings the indicator back in place") {
            std::vector<bool> accept(cs.size(), true);
            ApplyResult r = apply_changes(mine, cs, accept);
            CHECK(r.problems.empty());
            Plan& p = r.plan;
            CHECK(ind(p, "i6").years[2023].target.text == "25 prd");
            REQUIRE(find_indicator(p, "i15") != nullptr);
            CHECK(ind(p, "i15").definition == "Definisi dari B");
            const auto& s7 = objective(p, "s7").indicators;
            REQUIRE(s7.size() == 3);  // i13, i15, i16 (i14 removed)
            CHECK(s7[0].id == "i13");
            CHECK(s7[1].id == "i15");
            CHECK(s7[2].id == "i16");
            // Every change theirs made is now in the plan: what still differs from theirs is mine's own work.
            std::set<std::string> left = paths_of(diff_plans(p, theirs));
            for (const auto& c : cs) CHECK(left.count(c.path) == 0);
            CHECK(left.count("/objectives/s4/indicators/i9/years/2023/target") == 1);
            CHECK(left.count("/objectives/s3/indicators/i7/years/2023/note") == 1);
        }
        SUBCASE("rejecting everything keeps mine exactly") {
            ApplyResult r = apply_changes(mine, cs, std::vector<bool>(cs.size(), false));
            CHECK(write_plan(r.plan) == write_plan(mine));
            CHECK(r.problems.empty());
        }
    }

    TEST_CASE("removals that would lose edits are conflicts; an objective still in use is not removed") {
        const Plan base = exchanged(builtin_plan());
        Plan mine = base;
        ind(mine, "i12").years[2023].actual.value = parse_value("5 keg");
        Plan theirs = base;
        theirs.objectives.erase(theirs.objectives.begin() + 5);  // s6 with its indicator i12
        std::vector<Change> cs = diff3(base, mine, theirs);
        REQUIRE(cs.size() == 2);
        const Change* ind_removed = find_change(cs, "/objectives/s6/indicators/i12");
        const Change* obj_removed = find_change(cs, "/objectives/s6");
        REQUIRE(ind_removed);
        REQUIRE(obj_removed);
        CHECK(ind_removed->conflict);
        CHECK(ind_removed->kind == ChangeKind::Removed);
        CHECK_FALSE(obj_removed->conflict);
        // Keep the indicator (reject its removal) but accept the objective's removal: not applied, and said so.
        std::vector<bool> accept;
        for (const auto& c : cs) accept.push_back(&c == obj_removed);
        ApplyResult r = apply_changes(mine, cs, accept);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].id == "diff.not_applied");
        CHECK(r.problems[0].location == "/objectives/s6");
        CHECK(r.problems[0].message.en.find("still holds 1 indicator") != std::string::npos);
        CHECK(find_indicator(r.plan, "i12") != nullptr);
        // Both accepted: gone.
        ApplyResult both = apply_changes(mine, cs, {true, true});
        CHECK(both.problems.empty());
        CHECK(find_indicator(both.plan, "i12") == nullptr);
        CHECK(both.plan.objectives.size() == base.objectives.size() - 1);
    }

    TEST_CASE("both sides add an indicator with the same id: conflict, accepting replaces mine's") {
        const Plan base = exchanged(builtin_plan());
        Plan mine = base, theirs = base;
        Indicator a;
        a.id = "i16";
        a.code = "16";
        a.name = "Indikator A";
        objective(mine, "s1").indicators.push_back(a);
        Indicator b = a;
        b.name = "Indikator B";
        objective(theirs, "s1").indicators.push_back(b);
        std::vector<Change> cs = diff3(base, mine, theirs);
        REQUIRE(cs.size() == 1);
        CHECK(cs[0].conflict);
        CHECK(cs[0].mine == "16 Indikator A");
        CHECK(cs[0].after == "16 Indikator B");
        Plan kept = apply_changes(mine, cs, {false}).plan;
        CHECK(ind(kept, "i16").name == "Indikator A");
        Plan taken = apply_changes(mine, cs, {true}).plan;
        CHECK(ind(taken, "i16").name == "Indikator B");
        CHECK(indicator_count(taken) == indicator_count(mine));
        // The same addition on both sides is no change at all.
        objective(theirs, "s1").indicators.back() = a;
        CHECK(diff3(base, mine, theirs).empty());
    }

    TEST_CASE("settings, quarters, components and evidence are diffed and applied") {
        Plan before = exchanged(builtin_plan());
        Plan after = before;
        after.settings.cap = 120.0;
        after.programs = {{"p1", "Program Penataan Peraturan", {{2022, parse_value("Rp 150.000.000")}}}};
        after.settings.bands = default_category_bands();
        after.settings.bands[0].label = "Kurang";
        YearEntry& e = ind(after, "i4").years[2022];
        e.quarter_actuals[3].value = parse_value("98%");
        e.quarter_actuals[3].note = "TW IV";
        e.actual.evidence.push_back(Evidence{"2022-12-01", "Kota Agung", "rapat", parse_value("1 dok")});
        e.actual.components["jumlah"] = 12;
        e.quarter_actuals[2].from_evidence = EvidenceRule::Count;
        ind(after, "i5").cap = {IndicatorCap::Rule::At, 120};
        ind(after, "i6").cap.rule = IndicatorCap::Rule::None;
        ind(after, "i6").years[2023].activities = "Rapat harmonisasi";
        std::vector<Change> cs = diff_plans(before, after);
        std::set<std::string> paths = paths_of(cs);
        CHECK(paths.count("/settings/cap") == 1);
        CHECK(paths.count("/settings/bands") == 1);
        CHECK(paths.count("/objectives/s2/indicators/i4/years/2022/quarters/4/actual") == 1);
        CHECK(paths.count("/objectives/s2/indicators/i4/years/2022/quarters/4/note") == 1);
        CHECK(paths.count("/objectives/s2/indicators/i4/years/2022/evidence") == 1);
        CHECK(paths.count("/objectives/s2/indicators/i4/years/2022/components") == 1);
        CHECK(paths.count("/objectives/s2/indicators/i4/years/2022/quarters/3/from_evidence") == 1);
        CHECK(find_change(cs, "/settings/cap")->after == "120");
        CHECK(find_change(cs, "/programs")->after == "Program Penataan Peraturan 2022: Rp 150.000.000");
        CHECK(find_change(cs, "/objectives/s3/indicators/i5/cap")->after == "120");
        CHECK(find_change(cs, "/objectives/s3/indicators/i6/cap")->after == "none");
        CHECK(find_change(cs, "/objectives/s3/indicators/i6/years/2023/activities")->after == "Rapat harmonisasi");
        CHECK(find_change(cs, "/objectives/s2/indicators/i4/years/2022/components")->after == "jumlah = 12");
        CHECK(find_change(cs, "/objectives/s2/indicators/i4/years/2022/evidence")->after == "2022-12-01 Kota Agung: rapat (1 dok)");
        ApplyResult r = apply_changes(before, cs, std::vector<bool>(cs.size(), true));
        CHECK(r.problems.empty());
        CHECK(diff_plans(r.plan, after).empty());
        CHECK(r.plan.settings.bands[0].label == "Kurang");
        // Taking the quarter back out drops the emptied quarters (nothing else in that year changed).
        std::vector<Change> back = diff_plans(r.plan, before);
        ApplyResult undone = apply_changes(r.plan, back, std::vector<bool>(back.size(), true));
        CHECK(write_plan(undone.plan) == write_plan(before));
    }

    TEST_CASE("ids are escaped in paths (RFC 6901)") {
        CHECK(pointer_segment("a/b~c") == "a~1b~0c");
        Plan before = exchanged(builtin_plan());
        Plan after = before;
        after.objectives[0].indicators[0].id = "x/1";
        std::vector<Change> cs = diff_plans(before, after);
        CHECK(find_change(cs, "/objectives/s1/indicators/x~11") != nullptr);
        CHECK(find_change(cs, "/objectives/s1/indicators/i1") != nullptr);
    }
}
