// Tests of the structural plan edits (core/plan_edit.h): objectives added, indicators added, moved and removed,
// an objective left empty dropped, on the built-in plan and on an empty one.
#include <doctest/doctest.h>

#include "core/builtin_plan.h"
#include "core/achievement.h"
#include "core/plan_edit.h"
#include "core/value.h"

using namespace tolok;

TEST_SUITE("plan_edit") {

TEST_CASE("an empty plan gets its first objective with its first indicator") {
    Plan plan;
    std::string id = add_indicator(plan, "", "Angka kematian bayi", "Sasaran baru");
    REQUIRE(plan.objectives.size() == 1);
    CHECK(plan.objectives[0].name == "Sasaran baru");
    CHECK(plan.objectives[0].code == "1");
    REQUIRE(plan.objectives[0].indicators.size() == 1);
    CHECK(plan.objectives[0].indicators[0].id == id);
    CHECK(plan.objectives[0].indicators[0].code == "1");
    std::string second = add_objective(plan, "Meningkatnya derajat kesehatan");
    CHECK(second != plan.objectives[0].id);
    CHECK(plan.objectives[1].code == "2");
    std::string in_second = add_indicator(plan, second, "Angka kematian ibu", "unused");
    CHECK(objective_of(plan, in_second)->id == second);
    CHECK(find_indicator(plan, in_second)->code == "2");
    // An unknown objective id: the last objective.
    std::string fallback = add_indicator(plan, "nope", "Cakupan imunisasi", "unused");
    CHECK(objective_of(plan, fallback)->id == second);
}

TEST_CASE("a removed indicator's id is not given to the next one, nor an id a link points to") {
    Plan plan = builtin_plan();  // i1 ... i15
    REQUIRE(find_indicator(plan, "i15"));
    REQUIRE(remove_indicator(plan, "i3"));
    const std::string added = add_indicator(plan, plan.objectives[0].id, "Baru", "unused");
    CHECK(added == "i16");
    // numbered after the highest number in use (15), not after the 14 left: no number twice
    CHECK(find_indicator(plan, added)->code == "16");
    CHECK(find_indicator(plan, "i3") == nullptr);
    // The last one removed while a regency link still names it: the new one skips it.
    REQUIRE(remove_indicator(plan, "i16"));
    CHECK(add_indicator(plan, "", "Lagi", "unused", {"i16"}) == "i17");
}

TEST_CASE("renumbering gives the sasaran 1..M and the indicators 1..N in the order they stand") {
    Plan plan = builtin_plan();
    REQUIRE(remove_indicator(plan, "i2"));
    const std::string added = add_indicator(plan, plan.objectives[0].id, "Baru", "unused");  // code 16, in sasaran 1
    REQUIRE(plan.objectives.size() >= 2);
    const std::string objective_added = add_objective(plan, "Sasaran baru");
    REQUIRE(plan.objectives.back().id == objective_added);
    CHECK(plan.objectives.back().code == std::to_string(plan.objectives.size()));
    plan.objectives[1].code = "9";
    CHECK(renumber_codes(plan));
    int n = 0;
    for (size_t o = 0; o < plan.objectives.size(); ++o) {
        CHECK(plan.objectives[o].code == std::to_string(o + 1));
        for (const Indicator& ind : plan.objectives[o].indicators) {
            const std::string expected = std::to_string(++n);
            CHECK(ind.code == expected);
        }
    }
    CHECK(n == 15);
    CHECK(find_indicator(plan, added)->code == "3");  // sasaran 1: i1, i3, the new one
    CHECK_FALSE(renumber_codes(plan));  // already in order
}

TEST_CASE("moving an indicator appends it to the other objective and drops the objective it leaves empty") {
    Plan plan = builtin_plan();
    const size_t objectives = plan.objectives.size();
    REQUIRE(objectives >= 2);
    const std::string last_objective = plan.objectives.back().id;
    const std::string first_objective = plan.objectives.front().id;
    const std::string moved = plan.objectives.front().indicators.front().id;
    const size_t first_count = plan.objectives.front().indicators.size();
    const size_t total = indicator_count(plan);
    REQUIRE(move_indicator(plan, moved, last_objective));
    CHECK(objective_of(plan, moved)->id == last_objective);
    CHECK(plan.objectives.back().indicators.back().id == moved);
    CHECK(indicator_count(plan) == total);
    CHECK(plan.objectives.size() == (first_count == 1 ? objectives - 1 : objectives));
    CHECK_FALSE(move_indicator(plan, moved, last_objective));  // already there
    CHECK_FALSE(move_indicator(plan, moved, "nope"));
    CHECK_FALSE(move_indicator(plan, "nope", first_objective));

    // A new objective takes an indicator; its old objective, now empty, is gone.
    Plan two;
    std::string a = add_indicator(two, "", "A", "Sasaran 1");
    std::string s2 = add_objective(two, "Sasaran 2");
    const std::string s1 = two.objectives[0].id;
    REQUIRE(move_indicator(two, a, s2));
    REQUIRE(two.objectives.size() == 1);
    CHECK(two.objectives[0].id == s2);
    CHECK(two.objectives[0].name == "Sasaran 2");
    CHECK(objective_of(two, a)->id == s2);
    CHECK(s1 != s2);
}

namespace {

std::vector<std::string> indicator_ids(const Objective& o) {
    std::vector<std::string> ids;
    for (const auto& i : o.indicators) ids.push_back(i.id);
    return ids;
}

std::vector<std::string> objective_ids(const Plan& plan) {
    std::vector<std::string> ids;
    for (const auto& o : plan.objectives) ids.push_back(o.id);
    return ids;
}

}  // namespace

TEST_CASE("an indicator moved to another sasaran and back to the place it left stands where it stood") {
    Plan plan = builtin_plan();  // sasaran 3 (s3): indicators 5, 6, 7, 8
    const IndicatorPlace left = place_of(plan, "i6");
    CHECK(left.objective_id == "s3");
    CHECK(left.before_id == "i7");
    REQUIRE(move_indicator(plan, "i6", "s1"));
    CHECK(indicator_ids(plan.objectives[0]) == std::vector<std::string>{"i1", "i2", "i3", "i6"});  // no place given: the end
    REQUIRE(move_indicator(plan, "i6", left.objective_id, left.before_id));
    CHECK(indicator_ids(plan.objectives[2]) == std::vector<std::string>{"i5", "i6", "i7", "i8"});
    CHECK(indicator_ids(plan.objectives[0]) == std::vector<std::string>{"i1", "i2", "i3"});
    // The last of its sasaran: nothing after it, back at the end.
    const IndicatorPlace last = place_of(plan, "i8");
    CHECK(last.before_id.empty());
    REQUIRE(move_indicator(plan, "i8", "s1"));
    REQUIRE(move_indicator(plan, "i8", last.objective_id, last.before_id));
    CHECK(indicator_ids(plan.objectives[2]) == std::vector<std::string>{"i5", "i6", "i7", "i8"});
    // An indicator named as the place that is not in that sasaran (moved away since): the end.
    REQUIRE(move_indicator(plan, "i6", "s1", "i7"));
    CHECK(plan.objectives[0].indicators.back().id == "i6");
    CHECK(place_of(plan, "nope").objective_id.empty());
}

TEST_CASE("an indicator moves up and down within its sasaran, a sasaran within the plan; codes stay, the ends refuse") {
    Plan plan = builtin_plan();
    CHECK(indicator_order(plan, "i6").index == 1);
    CHECK(indicator_order(plan, "i6").count == 4);
    REQUIRE(move_indicator_step(plan, "i6", -1));
    CHECK(indicator_ids(plan.objectives[2]) == std::vector<std::string>{"i6", "i5", "i7", "i8"});
    CHECK(indicator_order(plan, "i6").first());
    CHECK_FALSE(move_indicator_step(plan, "i6", -1));  // already first: not into sasaran 2
    CHECK(objective_of(plan, "i6")->id == "s3");
    CHECK(find_indicator(plan, "i6")->code == "6");  // the official number stays
    REQUIRE(move_indicator_step(plan, "i6", 1));
    REQUIRE(move_indicator_step(plan, "i8", -1));
    CHECK(indicator_ids(plan.objectives[2]) == std::vector<std::string>{"i5", "i6", "i8", "i7"});
    REQUIRE(move_indicator_step(plan, "i8", 1));
    CHECK(indicator_order(plan, "i8").last());
    CHECK_FALSE(move_indicator_step(plan, "i8", 1));
    CHECK_FALSE(move_indicator_step(plan, "i4", 1));  // the only one of sasaran 2
    CHECK_FALSE(move_indicator_step(plan, "i4", -1));
    CHECK_FALSE(move_indicator_step(plan, "nope", 1));
    CHECK_FALSE(move_indicator_step(plan, "i6", 2));  // one place at a time
    CHECK(indicator_order(plan, "nope").count == 0);

    // Sasaran 7, new at the end, moved up twice: with its indicators, its code kept.
    REQUIRE(move_objective_step(plan, "s7", -1));
    REQUIRE(move_objective_step(plan, "s7", -1));
    CHECK(objective_ids(plan) == std::vector<std::string>{"s1", "s2", "s3", "s4", "s7", "s5", "s6"});
    CHECK(plan.objectives[4].code == "7");
    CHECK(indicator_ids(plan.objectives[4]) == std::vector<std::string>{"i13", "i14", "i15"});
    CHECK(objective_order(plan, "s7").index == 4);
    CHECK_FALSE(move_objective_step(plan, "s1", -1));
    CHECK_FALSE(move_objective_step(plan, "s6", 1));
    CHECK_FALSE(move_objective_step(plan, "nope", 1));
    CHECK(objective_order(plan, "s6").last());
    REQUIRE(move_objective_step(plan, "s7", 1));
    REQUIRE(move_objective_step(plan, "s7", 1));
    CHECK(objective_ids(plan) == std::vector<std::string>{"s1", "s2", "s3", "s4", "s5", "s6", "s7"});
    CHECK_FALSE(renumber_codes(plan));  // back in order: the numbers were never touched
}

TEST_CASE("removing an indicator; the last one of an objective takes the objective with it") {
    Plan plan;
    std::string a = add_indicator(plan, "", "A", "Sasaran 1");
    std::string b = add_indicator(plan, plan.objectives[0].id, "B", "unused");
    std::string s2 = add_objective(plan, "Sasaran 2");
    std::string c = add_indicator(plan, s2, "C", "unused");
    CHECK(objective_dropped_without(plan, a) == nullptr);  // B stays in its sasaran
    CHECK(objective_dropped_without(plan, c)->id == s2);
    REQUIRE(remove_indicator(plan, a));
    CHECK(plan.objectives.size() == 2);
    REQUIRE(remove_indicator(plan, c));
    REQUIRE(plan.objectives.size() == 1);
    CHECK(plan.objectives[0].indicators[0].id == b);
    CHECK_FALSE(remove_indicator(plan, c));
    CHECK(objective_of(plan, c) == nullptr);
}

}

TEST_SUITE("plan_edit") {

TEST_CASE("a new period drops the years outside it and carries the title's years along") {
    Plan plan;
    plan.title = "Indikator Kinerja Utama (IKU) Tahun 2024-2028";
    plan.start_year = 2024;
    plan.end_year = 2028;
    std::string id = add_indicator(plan, "", "A", "Sasaran");
    find_indicator(plan, id)->years[2024].target = parse_value("5 keg");
    find_indicator(plan, id)->years[2026].target = parse_value("6 keg");
    set_period(plan, 2025, 2029);
    CHECK(plan.title == "Indikator Kinerja Utama (IKU) Tahun 2025-2029");
    CHECK(plan.start_year == 2025);
    CHECK(plan.end_year == 2029);
    CHECK(find_indicator(plan, id)->years.count(2024) == 0);
    CHECK(find_indicator(plan, id)->years.at(2026).target.text == "6 keg");
    // Spaced and en-dash forms; a title without the period is left as written.
    plan.title = "IKU 2025 - 2029 (revisi)";
    set_period(plan, 2025, 2030);
    CHECK(plan.title == "IKU 2025-2030 (revisi)");
    plan.title = "IKU 2025\xE2\x80\x93" "2030";
    set_period(plan, 2026, 2030);
    CHECK(plan.title == "IKU 2026-2030");
    plan.title = "Rencana Strategis";
    set_period(plan, 2026, 2031);
    CHECK(plan.title == "Rencana Strategis");
}

TEST_CASE("a new period is carried into the chapters that name the old one, and only the period itself") {
    Plan plan = builtin_plan();  // 2018-2023: the Kata Pengantar and BAB III name it, and "periode 2013-2018"
    plan.chapters.push_back(Chapter{"lkjip_bab1", "BAB I PENDAHULUAN", "Renstra 2018 \xE2\x80\x93 2023 dan Renstra 2018 - 2023."});
    plan.chapters.push_back(Chapter{"lkjip_bab4", "BAB IV PENUTUP 2018-2023", "Sejak tahun 2018 hingga 2023."});
    const std::vector<Chapter> before = plan.chapters;
    const PeriodMentions m = period_mentions(plan);
    CHECK(m.title);
    CHECK(m.chapters == 4);  // kata_pengantar, bab3_penutup and the two added
    CHECK(describe(m).id == "judul dokumen dan 4 bab");
    CHECK(describe(m).en == "the document title and 4 chapters");
    set_period(plan, 2019, 2024);
    CHECK(plan.title == "Indikator Kinerja Utama (IKU) Tahun 2019-2024");
    const std::string& preface = plan.chapters[0].text;
    CHECK(preface.find("2018-2023") == std::string::npos);
    CHECK(preface.find("Indikator Kinerja Utama (IKU) Tahun 2019-2024, IKU Sekretariat Daerah") != std::string::npos);
    CHECK(preface.find("periode 2013-2018") != std::string::npos);          // another period, left as written
    CHECK(preface.find("Permendagri No.86 Tahun 2017") != std::string::npos);  // a year alone too
    CHECK(plan.chapters[5].text.find("Kabupaten Tanggamus Tahun 2019-2024") != std::string::npos);
    CHECK(plan.chapters[6].text == "Renstra 2019-2024 dan Renstra 2019-2024.");  // the title's dashes, spaced or en
    CHECK(plan.chapters[7].title == "BAB IV PENUTUP 2019-2024");
    CHECK(plan.chapters[7].text == "Sejak tahun 2018 hingga 2023.");
    for (size_t i : {1, 2, 3, 4}) CHECK(plan.chapters[i].text == before[i].text);  // naming no period: untouched
    CHECK(period_mentions(plan).chapters == 4);  // now naming the new period
    // A plan whose texts name no period of its own: nothing to say.
    Plan bare;
    bare.start_year = 2025;
    bare.end_year = 2029;
    bare.title = "Rencana Strategis";
    bare.chapters.push_back(Chapter{"bab1", "BAB I", "Tahun 2025 dan 2029; periode 2020-2024."});
    CHECK(period_mentions(bare).empty());
    bare.title = "IKU 2025-2029";
    CHECK(describe(period_mentions(bare)).id == "judul dokumen");
    set_period(bare, 2026, 2030);
    CHECK(bare.chapters[0].text == "Tahun 2025 dan 2029; periode 2020-2024.");
    // Only the period on its own, not inside a longer number.
    bare.chapters[0].text = "Tabel 2026-20301, kode 12026-2030, periode 2026-2030.";
    set_period(bare, 2027, 2031);
    CHECK(bare.chapters[0].text == "Tabel 2026-20301, kode 12026-2030, periode 2027-2031.");
}

TEST_CASE("what a new period would remove is counted before it is set") {
    Plan plan = builtin_plan();  // 2018-2023, targets for every year of the 15 indicators
    CHECK(period_loss(plan, 2018, 2023).empty());
    CHECK(period_loss(plan, 2017, 2025).empty());  // widening removes nothing
    PeriodLoss only_targets = period_loss(plan, 2019, 2023);
    CHECK(only_targets.targets == 15);
    CHECK(only_targets.actuals == 0);
    CHECK(only_targets.years == std::vector<int>{2018});
    CHECK(describe(only_targets).id == "15 target pada tahun 2018");
    CHECK(describe(only_targets).en == "15 targets in 2018");

    Indicator& six = *find_indicator(plan, "i6");
    six.years[2018].actual.value = parse_value("18 prd");
    six.years[2018].quarter_actuals[1].note = "rapat";
    six.years[2018].quarter_targets[0] = parse_value("5 prd");
    six.years[2019].actual.evidence = {{"2019-03-01", "Kota Agung", "", {}}, {"2019-04-01", "Talang Padang", "", {}}};
    six.years[2023].actual.from_evidence = EvidenceRule::Count;
    const std::string program = add_program(plan, "Program Penataan Peraturan");
    CHECK(program == "p1");
    plan.programs[0].budget = {{2019, parse_value("Rp 100.000.000")}, {2021, parse_value("Rp 120.000.000")}};
    PeriodLoss loss = period_loss(plan, 2020, 2022);
    CHECK(loss.targets == 15 * 3 + 1);          // 2018, 2019, 2023 and one quarter of 2018
    CHECK(loss.actuals == 2);                   // typed in 2018, following the evidence in 2023
    CHECK(loss.notes == 1);
    CHECK(loss.evidence == 2);
    CHECK(loss.budgets == 1);  // 2019's; 2021's stays
    CHECK(loss.years == std::vector<int>{2018, 2019, 2023});
    CHECK(describe(loss).id == "46 target, 2 realisasi, 1 catatan, 2 bukti dukung dan 1 anggaran program pada tahun 2018, 2019 dan 2023");
    CHECK(describe(loss).en == "46 targets, 2 actuals, 1 note, 2 evidence rows and 1 program budget in 2018, 2019 and 2023");
    set_period(plan, 2020, 2022);  // what was counted is what goes
    CHECK(period_loss(plan, 2020, 2022).empty());
    CHECK(find_indicator(plan, "i6")->years.count(2018) == 0);
    CHECK(plan.programs[0].budget.count(2019) == 0);
    CHECK(plan.programs[0].budget.count(2021) == 1);
    CHECK(add_program(plan, "Program kedua") == "p2");
    CHECK(remove_program(plan, "p1"));
    CHECK_FALSE(remove_program(plan, "p1"));
    CHECK(add_program(plan, "Program ketiga") == "p3");  // p1 is not handed out again while p2 is there
}

TEST_CASE("an unusable period says what is wrong with it") {
    CHECK(period_problem(2025, 2029).id.empty());
    CHECK(period_problem(2025, 2025).id.empty());
    CHECK(period_problem(20, 2029).id.find("antara 1990 dan 2100") != std::string::npos);  // "20x9" typed: read as 20
    CHECK(period_problem(2025, 20).en.find("between 1990 and 2100") != std::string::npos);
    CHECK(period_problem(2029, 2025).id.find("tidak boleh sebelum") != std::string::npos);
    CHECK(period_problem(2000, 2030).id.empty());  // 31 years, as a plan file may have
    CHECK(period_problem(2000, 2051).en.find("at most 51 years") != std::string::npos);
    CHECK(period_problem(2000, 2050).id.empty());
}

}

TEST_CASE("category bands removed, added and their start included keep covering 0..inf") {
    auto bands = default_category_bands();
    add_category_band(bands, "Istimewa");
    REQUIRE(bands.size() == 6);
    CHECK(bands[4].max == 100);
    CHECK(bands[5].label == "Istimewa");
    CHECK(validate_bands(bands).empty());
    remove_category_band(bands, 0);  // Sangat Rendah's range to Rendah
    CHECK(bands[0].label == "Rendah");
    CHECK(bands[0].min == 0);
    CHECK(bands[0].min_inclusive);
    CHECK(validate_bands(bands).empty());
    remove_category_band(bands, bands.size() - 1);  // the top one: the band above it loses its upper limit
    CHECK_FALSE(bands.back().max.has_value());
    CHECK(validate_bands(bands).empty());
    set_band_start_included(bands, 1, true);  // 65 now Sedang, and Rendah ends short of it
    CHECK_FALSE(bands[0].max_inclusive);
    CHECK(validate_bands(bands).empty());
    remove_category_band(bands, 0);
    remove_category_band(bands, 0);
    remove_category_band(bands, 0);
    REQUIRE(bands.size() == 1);
    remove_category_band(bands, 0);  // the last band stays
    CHECK(bands.size() == 1);
}
