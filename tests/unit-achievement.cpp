// Tests of the one achievement rule (core/achievement.h) with worked numbers from the SAKIP rules in
// docs/../shared/domain/sakip.md: maximize, both minimize rules, ranges, grades, cap, bands, quarters.
#include <doctest/doctest.h>

#include "core/achievement.h"
#include "core/builtin_plan.h"

using namespace tolok;

namespace {
Achievement run(const char* target, const char* actual, Polarity p = Polarity::Maximize, AchievementSettings s = {}) {
    return achieve(parse_value(target), parse_value(actual), p, s, &builtin_grade_scales()[0]);
}
// A plan of one year holding the one indicator, in a sasaran of its own.
Plan plan_of_one(const Indicator& ind, int year) {
    Plan plan;
    plan.start_year = plan.end_year = year;
    plan.objectives = {{"s1", "1", "Sasaran", {ind}}};
    return plan;
}

// The 2023 capaian of one indicator in `unit` with a yearly target and realisasi, through the plan as the app,
// the CLI and the reports compute it.
Achievement run_in_unit(const char* unit, const char* target, const char* actual, Polarity p = Polarity::Maximize,
                        AchievementSettings s = {}) {
    Indicator ind;
    ind.id = "i1";
    ind.unit = unit;
    ind.polarity = p;
    ind.years[2023].target = parse_value(target);
    ind.years[2023].actual.value = parse_value(actual);
    Plan plan = plan_of_one(ind, 2023);
    plan.settings = s;
    return compute_achievement(plan, plan.objectives[0].indicators[0], 2023);
}
}  // namespace

TEST_SUITE("achievement") {

TEST_CASE("maximize: R / T x 100 with its working") {
    Achievement a = run("20 prd", "18 prd");
    REQUIRE(a.computable());
    CHECK(*a.percent == doctest::Approx(90));
    CHECK(a.comparison == Comparison::Ratio);
    CHECK(a.category == "Tinggi");
    CHECK(a.explanation.id == "Realisasi 18 prd / Target 20 prd x 100 = 90,00 % -> Tinggi");
    CHECK(a.explanation.en == "Actual 18 prd / Target 20 prd x 100 = 90.00 % -> Tinggi");
    CHECK(*run("100%", "87,5%").percent == doctest::Approx(87.5));
    CHECK(*run("20 kec.", "20 kec").percent == doctest::Approx(100));  // "kec." and "kec" are one unit
    Achievement zero = run("20 prd", "0 prd");  // R = 0 is a real 0 %, not "not computable"
    REQUIRE(zero.computable());
    CHECK(*zero.percent == 0);
    CHECK(zero.category == "Sangat Rendah");
    CHECK(zero.explanation.id == "Realisasi 0 prd / Target 20 prd x 100 = 0,00 % -> Sangat Rendah");
    CHECK(*run("Rp 1.250.000", "Rp 1.000.000").percent == doctest::Approx(80));
    // A realisasi written very long still gives the whole working.
    const std::string padded = std::string(300, '0') + "18 prd";
    Achievement long_text = achieve(parse_value("20 prd"), parse_value(padded), Polarity::Maximize, {}, nullptr);
    CHECK(long_text.explanation.id == "Realisasi " + padded + " / Target 20 prd x 100 = 90,00 % -> Tinggi");
    CHECK(long_text.explanation.en == "Actual " + padded + " / Target 20 prd x 100 = 90.00 % -> Tinggi");
}

TEST_CASE("a capaian at a half is shown rounded away from zero, as by hand: 79,10 / 80 x 100 = 98,875 -> 98,88") {
    Achievement a = run("80%", "79,10%");
    REQUIRE(a.computable());
    CHECK(a.explanation.id == "Realisasi 79,10% / Target 80% x 100 = 98,88 % -> Sangat Tinggi");
    CHECK(capaian_as_shown(*a.percent) == doctest::Approx(98.88));
}

TEST_CASE("the English working writes the typed values' numbers the English way, as its computed ones") {
    // 87,35 / 92,5 x 100 = 94,43...: "Actual 87,35 % / Target 92,5% x 100 = 94.43 %" mixed two styles.
    Achievement a = run("92,5%", "87,35 %");
    CHECK(a.explanation.id == "Realisasi 87,35 % / Target 92,5% x 100 = 94,43 % -> Sangat Tinggi");
    CHECK(a.explanation.en == "Actual 87.35 % / Target 92.5% x 100 = 94.43 % -> Sangat Tinggi");
    Achievement money = run("Rp 1.250.000", "Rp 1.000.000,5");
    CHECK(money.explanation.en == "Actual Rp 1,000,000.5 / Target Rp 1,250,000 x 100 = 80.00 % -> Tinggi");
    Achievement range = run("80-90,5 %", "85,25 %");
    CHECK(range.explanation.en == "Actual 85.25 % within the target range 80-90.5 %: 100 = 100.00 % -> Sangat Tinggi");
}

TEST_CASE("minimize: (2 - R/T) x 100 by default, T/R x 100 when chosen") {
    Achievement a = run("8 %", "9 %", Polarity::Minimize);
    CHECK(*a.percent == doctest::Approx(87.5));  // (2 - 9/8) x 100
    CHECK(a.comparison == Comparison::TwoMinusRatio);
    CHECK(a.explanation.id == "(2 - Realisasi 9 % / Target 8 %) x 100 = 87,50 % -> Tinggi");
    CHECK(*run("8 %", "0 %", Polarity::Minimize).percent == doctest::Approx(200));  // defined at R = 0
    CHECK(*run("8 %", "20 %", Polarity::Minimize).percent == doctest::Approx(-50));  // (2 - 2.5) x 100
    CHECK(run("8 %", "20 %", Polarity::Minimize).category == "Sangat Rendah");

    AchievementSettings inverse;
    inverse.minimize_rule = MinimizeRule::InverseRatio;
    Achievement b = run("8", "9", Polarity::Minimize, inverse);
    CHECK(*b.percent == doctest::Approx(88.888888889));  // 8 / 9 x 100
    CHECK(b.comparison == Comparison::InverseRatio);
    CHECK(b.explanation.id == "Target 8 / Realisasi 9 x 100 = 88,89 % -> Tinggi");
    Achievement zero = run("8", "0", Polarity::Minimize, inverse);
    CHECK_FALSE(zero.computable());
    CHECK(zero.explanation.id == "Tidak dapat dihitung: realisasi nol: Target / Realisasi tidak terdefinisi");
    // A negative realisasi has no T / R either: 5 / -1 x 100 would be -500 %.
    Achievement negative = run("5 %", "-1 %", Polarity::Minimize, inverse);
    CHECK_FALSE(negative.computable());
    CHECK(negative.category.empty());
    CHECK(negative.explanation.id == "Tidak dapat dihitung: realisasi negatif: Target / Realisasi tidak bermakna");
    CHECK(negative.explanation.en == "Not computable: the actual is negative: Target / Actual has no meaning");
    CHECK(*run("5 %", "-1 %", Polarity::Minimize).percent == doctest::Approx(220));  // (2 - (-1/5)) x 100 stays defined
    // A zero target is not computable under either rule: T / R would be 0 % whatever the realisasi.
    for (const AchievementSettings& rule : {AchievementSettings{}, inverse}) {
        Achievement zero_target = run("0", "3", Polarity::Minimize, rule);
        CHECK_FALSE(zero_target.computable());
        CHECK(zero_target.explanation.id == "Tidak dapat dihitung: target bernilai nol");
    }
}

TEST_CASE("ranges (PermenPANRB 8/2021 worked examples)") {
    CHECK(*run("80-90 %", "70 %").percent == doctest::Approx(87.5));  // below: 70 / 80
    Achievement inside = run("80-90 %", "85 %", Polarity::Stabilize);
    CHECK(*inside.percent == 100);
    CHECK(inside.comparison == Comparison::RangeInside);
    CHECK(*run("7 - 8 bulan", "9 bulan", Polarity::Minimize).percent == doctest::Approx(87.5));  // (2 - 9/8)
    CHECK(*run("80-90 %", "99 %", Polarity::Stabilize).percent == doctest::Approx(90));  // above, (2 - 99/90)
    CHECK(*run("80-90 %", "72 %", Polarity::Stabilize).percent == doctest::Approx(90));  // below, 72/80
    // The working names the bound used.
    CHECK(run("80-90 %", "70 %").explanation.id ==
          "Realisasi di bawah rentang 80-90 %, batas bawah dipakai: Realisasi 70 % / Target 80 % x 100 = 87,50 % -> Tinggi");
    CHECK(run("7 - 8 bulan", "9 bulan", Polarity::Minimize).explanation.en ==
          "Actual above the range 7 - 8 bulan, upper bound used: (2 - Actual 9 bulan / Target 8 bulan) x 100 = 87.50 % -> Tinggi");
    CHECK(inside.explanation.id == "Realisasi 85 % di dalam rentang target 80-90 %: 100 = 100,00 % -> Sangat Tinggi");
}

TEST_CASE("a bound on a stabilize indicator is a range open on one side") {
    // ">= 80 %" is the range 80 % and up: 90 % is inside it, 100 (it once gave (2 - 90/80) x 100 = 87,5 %).
    Achievement above = run(">= 80 %", "90 %", Polarity::Stabilize);
    REQUIRE(above.computable());
    CHECK(*above.percent == 100);
    CHECK(above.comparison == Comparison::RangeInside);
    CHECK(above.explanation.id == "Realisasi 90 % memenuhi batas target >= 80 %: 100 = 100,00 % -> Sangat Tinggi");
    CHECK(above.explanation.en == "Actual 90 % meets the target bound >= 80 %: 100 = 100.00 % -> Sangat Tinggi");
    CHECK(*run(">= 80 %", "80 %", Polarity::Stabilize).percent == 100);  // on the bound
    // "<= 5 %" is the range up to 5 %: 3 % is inside it, 100 (it once gave 3 / 5 = 60 %).
    Achievement below = run("<= 5 %", "3 %", Polarity::Stabilize);
    CHECK(*below.percent == 100);
    CHECK(below.comparison == Comparison::RangeInside);
    // Outside: against the bound, higher-is-better below ">=" (70 / 80 = 87,5 %) ...
    Achievement short_of = run(">= 80 %", "70 %", Polarity::Stabilize);
    CHECK(*short_of.percent == doctest::Approx(87.5));
    CHECK(short_of.comparison == Comparison::Ratio);
    CHECK(short_of.explanation.id == "Realisasi di luar batas target >= 80 %: Realisasi 70 % / Target 80 % x 100 = 87,50 % -> Tinggi");
    // ... lower-is-better above "<=", by the plan's minimize rule: (2 - 6/5) x 100 = 80 %, or 5 / 6 x 100 = 83,33 %.
    Achievement over = run("<= 5 %", "6 %", Polarity::Stabilize);
    CHECK(*over.percent == doctest::Approx(80));
    CHECK(over.explanation.en == "Actual outside the target bound <= 5 %: (2 - Actual 6 % / Target 5 %) x 100 = 80.00 % -> Tinggi");
    AchievementSettings inverse;
    inverse.minimize_rule = MinimizeRule::InverseRatio;
    CHECK(*run("<= 5 %", "6 %", Polarity::Stabilize, inverse).percent == doctest::Approx(500.0 / 6));
    // Higher- and lower-is-better indicators keep measuring a bound by their polarity: 90 / 80 = 112,5 %.
    CHECK(*run(">= 80 %", "90 %").percent == doctest::Approx(112.5));
    CHECK(*run("<= 5 %", "3 %", Polarity::Minimize).percent == doctest::Approx(140));  // (2 - 3/5) x 100
}

TEST_CASE("grades: by score when known, else by rank on the scale") {
    Achievement same = run("B", "B");
    CHECK(*same.percent == 100);
    CHECK(same.comparison == Comparison::GradeOrdinal);
    CHECK(same.category == "Sangat Tinggi");
    // AKIP ranks D=1 C=2 CC=3 B=4 BB=5 A=6 AA=7: B against BB = 4/5.
    Achievement lower = run("BB", "B");
    CHECK(*lower.percent == doctest::Approx(80));
    CHECK(lower.explanation.id == "Peringkat realisasi B (4 dari 7) / peringkat target BB (5 dari 7) x 100 = 80,00 % -> Tinggi");
    // "Nilai SAKIP" 63,11 against a target of 70: 90,16 %, predikat B (sakip.md).
    Achievement score = run("70", "B (63,11)");
    CHECK(*score.percent == doctest::Approx(90.157142857));
    CHECK(score.comparison == Comparison::GradeScore);
    CHECK(score.explanation.en == "Actual score 63.11 (B) / Target score 70 (B) x 100 = 90.16 % -> Sangat Tinggi");
    CHECK(*run("BB (Nilai 75)", "B (63,11)").percent == doctest::Approx(84.146666667));
    // A score against a grade without a score: the score's grade on the scale (63,11 is B).
    CHECK(*run("B", "63,11").percent == 100);
    CHECK(run("B", "63,11").explanation.id == "Peringkat realisasi 63,11 -> B (4 dari 7) / peringkat target B (4 dari 7) x 100 = 100,00 % -> Sangat Tinggi");
    CHECK(run("80", "BB").explanation.id == "Peringkat realisasi BB (5 dari 7) / peringkat target 80 -> BB (5 dari 7) x 100 = 100,00 % -> Sangat Tinggi");
    CHECK_FALSE(run("B", "Baik").computable());
    // A grade against a count or a percentage is not computable (it once placed "5 keg" on the scale as a score).
    for (const auto& [target, actual] : {std::pair{"5 keg", "B"}, std::pair{"3 pasar", "A"}, std::pair{"BB", "80%"}, std::pair{"B", "Rp 5.000"}}) {
        CAPTURE(target);
        Achievement mixed = run(target, actual);
        CHECK_FALSE(mixed.computable());
        CHECK(mixed.explanation.id.find("berbeda jenis") != std::string::npos);
    }
    // Text against a grade target names the scale's grades (not "text, not a number").
    CHECK(run("BB", "X").explanation.id == "Tidak dapat dihitung: realisasi \"X\" bukan predikat pada skala \"Predikat Evaluasi AKIP\" (D, C, CC, B, BB, A, AA)");
    CHECK(run("BB", "X").explanation.en == "Not computable: actual \"X\" is not a grade of the scale \"Predikat Evaluasi AKIP\" (D, C, CC, B, BB, A, AA)");
    CHECK_FALSE(achieve(parse_value("B"), parse_value("BB"), Polarity::Maximize, {}, nullptr).computable());
}

TEST_CASE("not computable: empty, missing, zero or negative target, text, different units") {
    CHECK(run("", "5").explanation.id == "Tidak dapat dihitung: target belum diisi");
    CHECK(run("5 keg", "").explanation.en == "Not computable: no actual yet");
    CHECK(run("5 keg", "n/a").explanation.id == "Tidak dapat dihitung: realisasi tidak tersedia (n/a)");
    CHECK(run("0 keg", "3 keg").explanation.id == "Tidak dapat dihitung: target bernilai nol");
    // A negative target (a fall of 2 %) would read backwards: -1 against -2 is a smaller fall, yet 50 %.
    CHECK(run("-2%", "-1%").explanation.id == "Tidak dapat dihitung: target negatif: capaian sebagai persen dari target tidak bermakna");
    CHECK_FALSE(achieve(parse_value("-2"), parse_value("-1"), Polarity::Minimize, {}, nullptr).computable());
    CHECK(*run("5%", "-1%").percent == doctest::Approx(-20));  // a negative realisasi against a positive target is fine
    CHECK(run("Tersedia", "Tersedia").explanation.id == "Tidak dapat dihitung: target \"Tersedia\" berupa teks, bukan angka");
    Achievement units = run("5 keg", "80 %");
    CHECK_FALSE(units.computable());
    CHECK(units.category.empty());
    CHECK(units.explanation.id == "Tidak dapat dihitung: satuan berbeda: target \"keg\", realisasi \"%\"");
}

TEST_CASE("a capaian on a band's limit by arithmetic falls in the band its shown value is in") {
    AchievementSettings settings;
    // (2 - 6,6/6) x 100 = 90.00000000000001 in doubles: shown 90,00, so Tinggi (75, 90], not Sangat Tinggi.
    Achievement a = achieve(parse_value("6%"), parse_value("6,6%"), Polarity::Minimize, settings, nullptr);
    REQUIRE(a.percent.has_value());
    CHECK(*a.percent != 90.0);  // the arithmetic really is off the limit
    CHECK(a.category == "Tinggi");
    Achievement b = achieve(parse_value("6%"), parse_value("8,1%"), Polarity::Minimize, settings, nullptr);  // 65,00
    CHECK(b.category == "Rendah");
    // 1,65 / 3 x 100 = 54.99999999999999 with a band limit moved to 55.
    settings.bands = default_category_bands();
    settings.bands[0].max = 55.0;
    settings.bands[1].min = 55.0;
    Achievement c = achieve(parse_value("3 pasar"), parse_value("1,65 pasar"), Polarity::Maximize, settings, nullptr);
    CHECK(c.category == "Sangat Rendah");
    CHECK(category_for(settings, 55.004)->label == "Sangat Rendah");  // shown 55,00
    CHECK(category_for(settings, 55.006)->label == "Rendah");         // shown 55,01
}

TEST_CASE("cap applies to the category, the uncapped percent is kept") {
    AchievementSettings s;
    s.cap = 120;
    Achievement a = run("20", "30", Polarity::Maximize, s);
    CHECK(*a.percent == doctest::Approx(150));
    CHECK(*a.capped_percent == doctest::Approx(120));
    CHECK(a.explanation.id == "Realisasi 30 / Target 20 x 100 = 150,00 %, dibatasi menjadi 120,00 % -> Sangat Tinggi");
    CHECK(*run("20", "30").capped_percent == doctest::Approx(150));  // no cap by default
}

TEST_CASE("an indicator's own cap or none ('Konversi 120') over the plan's, in capaian, working and average") {
    Plan plan;
    plan.start_year = 2023;
    plan.end_year = 2023;
    plan.settings.cap = 100;
    Objective o;
    for (const char* id : {"plan", "none", "own"}) {
        Indicator ind;
        ind.id = id;
        ind.years[2023].target = parse_value("20 prd");
        ind.years[2023].actual.value = parse_value("30 prd");  // 150 %
        o.indicators.push_back(ind);
    }
    o.indicators[1].cap.rule = IndicatorCap::Rule::None;
    o.indicators[2].cap.rule = IndicatorCap::Rule::At;
    o.indicators[2].cap.at = 120;
    plan.objectives = {o};
    const auto& inds = plan.objectives[0].indicators;

    Achievement by_plan = compute_achievement(plan, inds[0], 2023);
    CHECK(*by_plan.capped_percent == doctest::Approx(100));
    CHECK(by_plan.explanation.id.find("dibatasi menjadi 100,00 % -> ") != std::string::npos);
    CHECK(by_plan.explanation.id.find("batas indikator ini") == std::string::npos);

    Achievement uncapped = compute_achievement(plan, inds[1], 2023);
    CHECK(*uncapped.capped_percent == doctest::Approx(150));
    CHECK(uncapped.explanation.id.find("dibatasi") == std::string::npos);

    Achievement own = compute_achievement(plan, inds[2], 2023);
    CHECK(*own.percent == doctest::Approx(150));
    CHECK(*own.capped_percent == doctest::Approx(120));
    CHECK(own.explanation.id == "Realisasi 30 prd / Target 20 prd x 100 = 150,00 %, dibatasi menjadi 120,00 % (batas indikator ini) -> Sangat Tinggi");
    CHECK(own.explanation.en == "Actual 30 prd / Target 20 prd x 100 = 150.00 %, capped at 120.00 % (this indicator's cap) -> Sangat Tinggi");

    // The average counts each capaian as its own cap says: (100 + 150 + 120) / 3.
    CategorySummary summary = summarize_categories(plan, 2023);
    REQUIRE(summary.average.has_value());
    CHECK(*summary.average == doctest::Approx((100.0 + 150.0 + 120.0) / 3));
    CHECK(summary_basis(plan).id == "kategori menurut Permendagri 86/2017; rata-rata atas indikator yang dapat dihitung, capaian di atas "
                                    "100 % dihitung 100 %; 1 indikator dengan batas capaian sendiri; 1 indikator tanpa batas");
    CHECK(any_cap(plan));

    // Without a plan cap, "none" changes nothing and is not counted; an own cap still caps.
    plan.settings.cap.reset();
    CHECK(*compute_achievement(plan, inds[0], 2023).capped_percent == doctest::Approx(150));
    CHECK(*compute_achievement(plan, inds[2], 2023).capped_percent == doctest::Approx(120));
    CHECK(summary_basis(plan).en == "categories by Permendagri 86/2017; average over the computable indicators; 1 indicator(s) with their own cap");
    CHECK(any_cap(plan));
    plan.objectives[0].indicators[2].cap.rule = IndicatorCap::Rule::Plan;
    CHECK_FALSE(any_cap(plan));
    CHECK(cap_for(plan.settings, plan.objectives[0].indicators[2]) == std::nullopt);
}

TEST_CASE("default bands at their edges") {
    AchievementSettings s;
    CHECK(category_for(s, 0)->label == "Sangat Rendah");
    CHECK(category_for(s, 50)->label == "Sangat Rendah");
    CHECK(category_for(s, 50.01)->label == "Rendah");
    CHECK(category_for(s, 65)->label == "Rendah");
    CHECK(category_for(s, 75)->label == "Sedang");
    CHECK(category_for(s, 90)->label == "Tinggi");
    CHECK(category_for(s, 90.5)->label == "Sangat Tinggi");
    CHECK(category_for(s, 250)->label == "Sangat Tinggi");
    CHECK(validate_bands(default_category_bands()).empty());
}

TEST_CASE("band validation: gaps, overlaps, order") {
    auto bands = default_category_bands();
    SUBCASE("gap") {
        bands[1].min = 55;
        Diagnostics d = validate_bands(bands);
        REQUIRE(d.size() == 1);
        CHECK(d[0].id == "settings.band_gap");
        CHECK(d[0].location == "/settings/bands/1");
    }
    SUBCASE("overlap") {
        bands[1].min_inclusive = true;  // 50 in both Sangat Rendah and Rendah
        Diagnostics d = validate_bands(bands);
        REQUIRE(d.size() == 1);
        CHECK(d[0].id == "settings.band_overlap");
    }
    SUBCASE("two bands of one name") {
        bands[2].label = "rendah";  // beside "Rendah": 50 % and 75 % would read alike
        Diagnostics d = validate_bands(bands);
        REQUIRE(d.size() == 1);
        CHECK(d[0].id == "settings.band_duplicate");
        CHECK(d[0].location == "/settings/bands/2");
        CHECK(d[0].message.id == "pita \"rendah\" bernama sama dengan pita ke-2");
    }
    SUBCASE("no upper end") {
        bands.back().max = 100;
        CHECK(validate_bands(bands).front().id == "settings.band_gap");
    }
    SUBCASE("not from zero") {
        bands.front().min = 10;
        CHECK(validate_bands(bands).front().id == "settings.band_gap");
    }
    SUBCASE("upside down") {
        bands[2].max = 60;
        bool found = false;
        for (const auto& d : validate_bands(bands)) found = found || d.id == "settings.band_order";
        CHECK(found);
    }
    SUBCASE("unlabelled") {
        bands[0].label.clear();
        CHECK(validate_bands(bands).front().id == "settings.band_empty");
    }
}

TEST_CASE("realisasi from components, quarters, and the category summary") {
    Plan plan;
    plan.start_year = 2023;
    plan.end_year = 2023;
    Objective o;
    o.id = "s1";
    Indicator pct;
    pct.id = "i1";
    pct.unit = "%";
    pct.formula = {"A / B × 100 %", "[A] / [B] x 100 %", {{"a", "A", ""}, {"b", "B", ""}}};
    pct.years[2023].target = parse_value("70%");
    pct.years[2023].actual.components = {{"a", 28}, {"b", 35}};  // 28 / 35 x 100 = 80 %
    Indicator count;
    count.id = "i2";
    count.unit = "kec.";
    count.aggregation = Aggregation::Sum;
    count.years[2023].target = parse_value("20 kec.");
    count.years[2023].quarter_actuals[0].value = parse_value("6 kec.");
    count.years[2023].quarter_actuals[1].value = parse_value("5 kec.");
    count.years[2023].quarter_actuals[2].value = parse_value("4 kec.");  // 15 of 20 -> 75 %
    Indicator none;
    none.id = "i3";
    none.years[2023].target = parse_value("5 keg");
    o.indicators = {pct, count, none};
    plan.objectives = {o};

    Achievement a = compute_achievement(plan, plan.objectives[0].indicators[0], 2023);
    CHECK(*a.percent == doctest::Approx(80 / 70.0 * 100));
    CHECK(resolve_actual(plan, plan.objectives[0].indicators[0], 2023).source.en == "computed from the formula's components");

    // Three quarters of four: the year's sum is not known yet, and the working says which quarter is missing.
    Achievement b = compute_achievement(plan, plan.objectives[0].indicators[1], 2023);
    CHECK_FALSE(b.computable());
    CHECK(b.actual.empty());
    CHECK(resolve_actual(plan, plan.objectives[0].indicators[1], 2023).source.id == "jumlah setahun belum lengkap: TW IV belum diisi");
    CHECK(b.explanation.id == "Tidak dapat dihitung: jumlah setahun belum lengkap: TW IV belum diisi");
    CHECK(b.explanation.en == "Not computable: the year's sum is incomplete: Q4 not entered");
    CHECK(a.explanation.id == "Realisasi: dihitung dari komponen rumus. Realisasi 80 % / Target 70% x 100 = 114,29 % -> Sangat Tinggi");
    // "n/a" in a quarter is missing, not zero, and said as such.
    plan.objectives[0].indicators[1].years[2023].quarter_actuals[3].value = parse_value("n/a");
    CHECK_FALSE(compute_achievement(plan, plan.objectives[0].indicators[1], 2023).computable());
    CHECK(resolve_actual(plan, plan.objectives[0].indicators[1], 2023).source.en == "the year's sum is incomplete: Q4 not available (n/a)");
    plan.objectives[0].indicators[1].years[2023].quarter_actuals[1].value = {};  // a hole too
    CHECK(resolve_actual(plan, plan.objectives[0].indicators[1], 2023).source.id ==
          "jumlah setahun belum lengkap: TW II belum diisi, TW IV tidak tersedia (n/a)");
    plan.objectives[0].indicators[1].years[2023].quarter_actuals[1].value = parse_value("5 kec.");
    plan.objectives[0].indicators[1].years[2023].quarter_actuals[3].value = parse_value("5 kec.");
    Achievement whole = compute_achievement(plan, plan.objectives[0].indicators[1], 2023);
    CHECK(*whole.percent == doctest::Approx(100));
    CHECK(whole.explanation.id.rfind("Realisasi: jumlah TW I-IV. Realisasi 20 kec.", 0) == 0);
    {
        // Measured twice a year (quarter targets in TW II and TW IV only): those two make the year.
        Plan twice = plan;
        Indicator& ind = twice.objectives[0].indicators[1];
        ind.years[2023].quarter_actuals = {};
        ind.years[2023].quarter_targets[1] = parse_value("10 kec.");
        ind.years[2023].quarter_targets[3] = parse_value("10 kec.");
        ind.years[2023].quarter_actuals[1].value = parse_value("9 kec.");
        CHECK(resolve_actual(twice, ind, 2023).source.id == "jumlah setahun belum lengkap: TW IV belum diisi");
        ind.years[2023].quarter_actuals[3].value = parse_value("8 kec.");
        const Achievement semester = compute_achievement(twice, ind, 2023);
        CHECK(*semester.percent == doctest::Approx(85));
        CHECK(resolve_actual(twice, ind, 2023).source.id == "jumlah TW II, TW IV");
    }
    plan.objectives[0].indicators[1].years[2023].quarter_actuals[3].value = {};
    plan.objectives[0].indicators[1].years[2023].quarter_targets[0] = parse_value("5 kec.");
    Achievement q1 = compute_achievement(plan, plan.objectives[0].indicators[1], 2023, 1);
    CHECK(*q1.percent == doctest::Approx(120));
    CHECK_FALSE(compute_achievement(plan, plan.objectives[0].indicators[1], 2023, 2).computable());  // no TW II target

    plan.objectives[0].indicators[1].aggregation = Aggregation::Last;
    CHECK(*compute_achievement(plan, plan.objectives[0].indicators[1], 2023).percent == doctest::Approx(20));  // 4 / 20
    plan.objectives[0].indicators[1].aggregation = Aggregation::Average;
    CHECK(*compute_achievement(plan, plan.objectives[0].indicators[1], 2023).percent == doctest::Approx(25));  // 5 / 20

    CHECK(compute_achievement(plan, plan.objectives[0].indicators[2], 2024).explanation.id ==
          "Tidak dapat dihitung: target 2024 belum diisi");
    // A realisasi entered without a target is kept in the result (tables show it), the capaian not computable.
    plan.objectives[0].indicators[2].years[2024].actual.value = parse_value("5 keg");
    Achievement no_target = compute_achievement(plan, plan.objectives[0].indicators[2], 2024);
    CHECK(no_target.actual.text == "5 keg");
    CHECK_FALSE(no_target.computable());
    plan.objectives[0].indicators[2].years.erase(2024);

    CategorySummary s = summarize_categories(plan, 2023);
    CHECK(s.not_computable == 1);
    REQUIRE(s.counts.size() == 5);
    CHECK(s.counts[4].first == "Sangat Tinggi");
    CHECK(s.counts[4].second == 1);  // 114,29 %
    CHECK(s.counts[0].second == 1);  // Sangat Rendah: average of quarters 5 / 20 = 25 %
    // TW I: only the count indicator has a quarter target (5 kec.), reached with 6 kec. -> 120 %.
    CategorySummary first_quarter = summarize_categories(plan, 2023, 1);
    CHECK(first_quarter.counts[4].second == 1);
    CHECK(first_quarter.not_computable == 2);
    REQUIRE(first_quarter.average.has_value());
    CHECK(*first_quarter.average == doctest::Approx(120));
}


namespace {
void check_same(const Achievement& got, const Achievement& fresh) {
    CHECK(got.percent == fresh.percent);
    CHECK(got.capped_percent == fresh.capped_percent);
    CHECK(got.category == fresh.category);
    CHECK(got.color == fresh.color);
    CHECK(got.comparison == fresh.comparison);
    CHECK(got.target.text == fresh.target.text);
    CHECK(got.target.shape == fresh.target.shape);
    CHECK(got.actual.text == fresh.actual.text);
    CHECK(got.actual.shape == fresh.actual.shape);
    CHECK(got.actual.number == fresh.actual.number);
    CHECK(got.explanation.id == fresh.explanation.id);
    CHECK(got.explanation.en == fresh.explanation.en);
}
}  // namespace

TEST_CASE("a realisasi computed from components, quarters or evidence is shown rounded but computed on exactly") {
    Plan plan = builtin_plan();
    Indicator& five = *find_indicator(plan, "i5");  // [Jumlah Type OPD] / [Jumlah OPD] x 100 %, target 80%
    five.years[2023].actual.components = {{"jumlah_type_opd", 12.5}, {"jumlah_opd", 15}};
    Achievement a = compute_achievement(plan, five, 2023);
    CHECK(a.actual.text == "83,33 %");
    CHECK(*a.percent == doctest::Approx(12.5 / 15 * 100 / 80 * 100));  // 104,1666..., not 83,33 / 80 = 104,1625
    CHECK(a.explanation.id.find("= 104,17 %") != std::string::npos);
    // In English the computed realisasi is written the English way too, as the capaian beside it.
    // The working gives the exact number (to 4 decimals), so it can be redone by hand: 83,3333 / 80 x 100 = 104,17.
    CHECK(a.explanation.en == "Actual: computed from the formula's components. Actual 83.3333 % / Target 80% x 100 = 104.17 % -> Sangat Tinggi");
    // An average of quarters, lower is better: 11, 9, 7,5, 6 -> 8,375 (shown 8,38); (2 - 8,375 / 7) x 100 = 80,357...
    // (with the shown 8,38 it would be 80,29: the working must not say 8,38).
    Indicator& four = *find_indicator(plan, "i4");
    four.polarity = Polarity::Minimize;
    four.aggregation = Aggregation::Average;
    four.years[2023].target = parse_value("7%");
    const char* quarters[] = {"11%", "9%", "7,5%", "6%"};
    for (int q = 0; q < 4; ++q) four.years[2023].quarter_actuals[q].value = parse_value(quarters[q]);
    Achievement avg = compute_achievement(plan, four, 2023);
    CHECK(avg.actual.text == "8,38 %");
    CHECK(*avg.percent == doctest::Approx((2 - 8.375 / 7) * 100));
    CHECK(avg.explanation.id == "Realisasi: rata-rata TW I-IV. (2 - Realisasi 8,375 % / Target 7%) x 100 = 80,36 % -> Tinggi");
    // A value typed with more decimals is shown as typed, not lengthened or cut.
    CHECK(run("90%", "87,354 %").explanation.id == "Realisasi 87,354 % / Target 90% x 100 = 97,06 % -> Sangat Tinggi");

    Indicator& six = *find_indicator(plan, "i6");  // target 20 prd
    six.aggregation = Aggregation::Average;
    six.years[2023].quarter_actuals[0].value = parse_value("3 prd");
    six.years[2023].quarter_actuals[2].value = parse_value("6 prd");
    six.years[2023].quarter_actuals[3].value = parse_value("5 prd");
    for (int q : {0, 2, 3}) six.years[2023].quarter_targets[q] = parse_value("5 prd");  // measured in those three
    Achievement b = compute_achievement(plan, six, 2023);
    CHECK(b.actual.text == "4,67 prd");
    CHECK(*b.percent == doctest::Approx(14.0 / 3 / 20 * 100));  // 23,33 %, not 4,67 / 20 = 23,35 %

    Indicator& nine = *find_indicator(plan, "i9");  // target 20 kec.
    nine.years[2023].actual.from_evidence = EvidenceRule::Sum;
    for (int i = 0; i < 3; ++i) nine.years[2023].actual.evidence.push_back(Evidence{"2023-05-0" + std::to_string(i + 1), "Pugung", "", parse_value("6,667")});
    Achievement c = compute_achievement(plan, nine, 2023);
    CHECK(c.actual.text == "20 kec.");  // 20,001 shown rounded
    CHECK(*c.percent == doctest::Approx(20.001 / 20 * 100));
}

TEST_CASE("a year computed from quarters typed bare is in the indicator's Satuan, where the editor shows it too") {
    Plan plan = builtin_plan();
    Indicator& seven = *find_indicator(plan, "i7");  // Satuan keg, target 5 keg
    seven.aggregation = Aggregation::Sum;
    const char* typed[] = {"10", "12", "8", "8"};
    for (int q = 0; q < 4; ++q) seven.years[2023].quarter_actuals[q].value = parse_value(typed[q]);
    const ResolvedActual year = resolve_actual(plan, seven, 2023);
    CHECK(year.value.text == "38 keg");  // was "38": the editor said "38 (dihitung)" beside "38 keg" in the Capaian tab
    CHECK(*year.value.number == 38);
    seven.aggregation = Aggregation::Last;
    CHECK(resolve_actual(plan, seven, 2023).value.text == "8 keg");
    CHECK(compute_achievement(plan, seven, 2023).actual.text == "8 keg");
}

TEST_CASE("quarters that contradict the year's own realisasi are told, with their sum") {
    Plan plan = builtin_plan();
    Indicator& six = *find_indicator(plan, "i6");  // summed quarters
    six.aggregation = Aggregation::Sum;
    const char* quarters[] = {"3 prd", "4 prd", "6 prd", "5 prd"};  // 18
    for (int q = 0; q < 4; ++q) six.years[2023].quarter_actuals[q].value = parse_value(quarters[q]);
    CHECK_FALSE(quarters_contradicting_year(plan, six, 2023));  // nothing typed for the year: the quarters are used
    six.years[2023].actual.value = parse_value("19 prd");
    const auto differ = quarters_contradicting_year(plan, six, 2023);
    REQUIRE(differ);
    CHECK(differ->value.text == "18 prd");
    CHECK(differ->source.id == "jumlah TW I-IV");
    CHECK(*compute_achievement(plan, six, 2023).percent == doctest::Approx(95));  // the year's own value is used
    six.years[2023].actual.value = parse_value("18 prd");
    CHECK_FALSE(quarters_contradicting_year(plan, six, 2023));
}

TEST_CASE("a rate computed from components, its unit carrying the base (per 1.000 KH), lower is better") {
    Plan plan;
    plan.start_year = plan.end_year = 2025;
    Indicator akb;
    akb.id = "i1";
    akb.unit = "per 1.000 KH";
    akb.polarity = Polarity::Minimize;
    akb.formula = {"Jumlah kematian bayi / Jumlah kelahiran hidup x 1.000", "[Jumlah kematian bayi] / [Jumlah kelahiran hidup] x 1.000",
                   {{"mati", "Jumlah kematian bayi", ""}, {"lahir", "Jumlah kelahiran hidup", ""}}};
    akb.years[2025].target = parse_value("8");
    akb.years[2025].actual.components = {{"mati", 45}, {"lahir", 6000}};  // 7,5 per 1.000
    plan.objectives = {{"s1", "", "Sasaran", {akb}}};
    Achievement a = compute_achievement(plan, plan.objectives[0].indicators[0], 2025);
    CHECK(a.actual.text == "7,5 per 1.000 KH");
    REQUIRE(a.percent.has_value());
    CHECK(*a.percent == doctest::Approx((2 - 7.5 / 8) * 100));  // 106,25 %
}

TEST_CASE("compute_achievement_into overwrites a reused result entirely") {
    Plan plan;
    plan.start_year = 2023;
    plan.end_year = 2024;
    plan.settings.cap = 120;
    Objective o;
    auto add = [&](const char* id, const char* target, const char* actual, Polarity polarity = Polarity::Maximize) {
        Indicator ind;
        ind.id = id;
        ind.polarity = polarity;
        if (*target) ind.years[2023].target = parse_value(target);
        if (*actual) ind.years[2023].actual.value = parse_value(actual);
        o.indicators.push_back(ind);
    };
    add("capped", "20 prd", "30 prd");               // 150 %, capped at 120, Sangat Tinggi
    add("long", "20 prd", ("18" + std::string(300, ' ') + "prd").c_str());  // a working longer than the stack buffer
    add("grade", "BB", "B");                          // by rank on the AKIP scale
    add("no-target", "", "5 keg");                    // not computable, no target
    add("no-actual", "5 keg", "");                    // not computable, no realisasi
    add("minimize", "10 %", "8 %", Polarity::Minimize);
    add("range", "80-90 %", "85 %");
    add("text", "5 keg", "belum ada");
    plan.objectives = {o};
    const auto& inds = plan.objectives[0].indicators;
    // Every ordered pair: a result left by one indicator never leaks into the next.
    for (const auto& first : inds)
        for (const auto& second : inds)
            for (int year : {2023, 2024}) {
                CAPTURE(first.id);
                CAPTURE(second.id);
                Achievement reused;
                compute_achievement_into(reused, plan, first, 2023);
                compute_achievement_into(reused, plan, second, year);
                check_same(reused, compute_achievement(plan, second, year));
            }
    Achievement capped = compute_achievement(plan, inds[0], 2023);
    CHECK(*capped.percent == doctest::Approx(150));
    CHECK(*capped.capped_percent == doctest::Approx(120));
}

}

TEST_CASE("a summary's average says what it averages, and a cap when one is set") {
    AchievementSettings settings;
    CHECK(summary_basis(settings).id == "kategori menurut Permendagri 86/2017; rata-rata atas indikator yang dapat dihitung");
    // The default bands written out are still those; bands of the plan's own under the default name are not.
    settings.bands = default_category_bands();
    CHECK(summary_basis(settings).id.rfind("kategori menurut Permendagri 86/2017;", 0) == 0);
    settings.bands[0].label = "Kurang";
    CHECK(summary_basis(settings).id.rfind("kategori menurut pita kategori rencana sendiri;", 0) == 0);
    CHECK(summary_basis(settings).en.rfind("categories by the plan's own bands;", 0) == 0);
    settings.bands.clear();
    settings.cap = 120;
    settings.scale_name = "Skala kantor";
    CHECK(summary_basis(settings).id ==
          "kategori menurut Skala kantor; rata-rata atas indikator yang dapat dihitung, capaian di atas 120 % dihitung 120 %");
    settings.cap = 100.5;
    CHECK(summary_basis(settings).en ==
          "categories by Skala kantor; average over the computable indicators, achievement above 100.5 % counted as 100.5 %");
}

TEST_CASE("grades named by words on a scale of the plan's own: placed by rank, in any case; other words stay text") {
    Plan plan;
    plan.start_year = plan.end_year = 2023;
    plan.grade_scales.push_back({"kip", "Keterbukaan Informasi",
                                 {{"Tidak Informatif", 0, 60}, {"Kurang Informatif", 60, 80}, {"Cukup Informatif", 80, 90},
                                  {"Menuju Informatif", 90, 97}, {"Informatif", 97, 100}}});
    Indicator ind;
    ind.id = "i1";
    ind.kind = ValueKind::Grade;
    ind.grade_scale = "kip";
    ind.years[2023].target = parse_value("Informatif");
    ind.years[2023].actual.value = parse_value("menuju  informatif");
    plan.objectives = {{"s1", "1", "Sasaran", {ind}}};
    const Indicator& i = plan.objectives[0].indicators[0];
    CHECK(on_grade_scale(plan, i, i.years.at(2023).target).shape == ValueShape::Grade);
    CHECK(on_grade_scale(plan, i, i.years.at(2023).actual.value).grade == "Menuju Informatif");
    CHECK(on_grade_scale(plan, i, i.years.at(2023).actual.value).text == "Menuju Informatif");  // as the scale writes it
    Achievement a = compute_achievement(plan, i, 2023);
    REQUIRE(a.percent);
    CHECK(*a.percent == doctest::Approx(80));  // rank 4 of 5 against 5 of 5
    CHECK(a.explanation.id.find("Menuju Informatif (4 dari 5)") != std::string::npos);
    // Lower is better (a risk level): the plan's minimize rule on the ranks, (2 - 4/5) x 100 by default.
    plan.objectives[0].indicators[0].polarity = Polarity::Minimize;
    Achievement lower = compute_achievement(plan, plan.objectives[0].indicators[0], 2023);
    CHECK(*lower.percent == doctest::Approx(120));
    CHECK(lower.explanation.id.rfind("(2 - peringkat realisasi Menuju Informatif (4 dari 5) / peringkat target Informatif (5 dari 5)) x 100", 0) == 0);
    plan.settings.minimize_rule = MinimizeRule::InverseRatio;
    CHECK(*compute_achievement(plan, plan.objectives[0].indicators[0], 2023).percent == doctest::Approx(125));  // 5 / 4
    plan.settings.minimize_rule = MinimizeRule::TwoMinusRatio;
    plan.objectives[0].indicators[0].polarity = Polarity::Maximize;
    // A grade renamed in the settings: the values written as it follow (any case); other scales' are left alone.
    CHECK(grade_uses(plan, "kip", "Menuju Informatif") == 1);
    CHECK(grade_uses(plan, "akip", "Menuju Informatif") == 0);
    {
        Plan renamed = plan;
        renamed.grade_scales[0].steps[3].label = "Hampir Informatif";
        CHECK(rename_grade_uses(renamed, "kip", "Menuju Informatif", "Hampir Informatif") == 1);
        CHECK(renamed.objectives[0].indicators[0].years[2023].actual.value.text == "Hampir Informatif");
        CHECK(*compute_achievement(renamed, renamed.objectives[0].indicators[0], 2023).percent == doctest::Approx(80));
    }
    // A grade of the scale written with its score, as "BB (Nilai 75)" on the AKIP scale: the grade, its score kept.
    for (const char* written : {"Menuju Informatif (Nilai 93)", "menuju informatif (93)", "Menuju Informatif (Nilai: 93,5)"}) {
        CAPTURE(std::string(written));
        plan.objectives[0].indicators[0].years[2023].actual.value = parse_value(written);
        const Value graded = on_grade_scale(plan, plan.objectives[0].indicators[0], plan.objectives[0].indicators[0].years[2023].actual.value);
        CHECK(graded.shape == ValueShape::Grade);
        CHECK(graded.grade == "Menuju Informatif");
        CHECK(graded.number.value_or(0) >= 93);
        const Achievement scored = compute_achievement(plan, plan.objectives[0].indicators[0], 2023);
        REQUIRE(scored.percent);
        CHECK(*scored.percent == doctest::Approx(80));  // by rank, as against a target written without a score
    }
    // Shown as the scale writes the grade, "Nilai" too.
    CHECK(on_grade_scale(plan, plan.objectives[0].indicators[0], parse_value("MENUJU INFORMATIF (nilai 93)")).text ==
          "Menuju Informatif (Nilai 93)");
    // Counted among the grade's uses, and renamed with it, its score kept.
    CHECK(grade_uses(plan, "kip", "Menuju Informatif") == 1);
    {
        Plan renamed = plan;
        renamed.grade_scales[0].steps[3].label = "Hampir Informatif";
        CHECK(rename_grade_uses(renamed, "kip", "Menuju Informatif", "Hampir Informatif") == 1);
        CHECK(renamed.objectives[0].indicators[0].years[2023].actual.value.text == "Hampir Informatif (Nilai: 93,5)");
        CHECK(*compute_achievement(renamed, renamed.objectives[0].indicators[0], 2023).percent == doctest::Approx(80));
    }
    // A word that is no step of the scale stays text, and not computable as before.
    plan.objectives[0].indicators[0].years[2023].actual.value = parse_value("Sangat Informatif");
    CHECK_FALSE(compute_achievement(plan, plan.objectives[0].indicators[0], 2023).computable());
    // On the AKIP scale (the default) a word is no grade either.
    plan.objectives[0].indicators[0].grade_scale = "akip";
    CHECK(on_grade_scale(plan, plan.objectives[0].indicators[0], parse_value("Informatif")).shape == ValueShape::Text);
}

TEST_CASE("a grade scale of the plan's own is checked: names, empty ranges, gaps and overlaps") {
    GradeScale good{"kip", "Keterbukaan Informasi", {{"Kurang", 0, 60}, {"Cukup", 60, 90}, {"Informatif", 90, 100}}};
    CHECK(check_grade_scale(good, 0).empty());
    GradeScale bad = good;
    bad.steps[1].label = "kurang ";  // the same grade, as they are compared
    bad.steps[2].min_score = 95;  // a gap after 90
    bad.steps.push_back({"", 80, 70});  // unnamed, empty, overlapping
    Diagnostics d = check_grade_scale(bad, 2);
    auto has = [&](const char* id, const char* at) {
        for (const auto& x : d)
            if (x.id == id && x.location == at) return true;
        return false;
    };
    CHECK(has("scale.step_duplicate", "/grade_scales/2/steps/1"));
    CHECK(has("scale.step_gap", "/grade_scales/2/steps/2"));
    CHECK(has("scale.step_unnamed", "/grade_scales/2/steps/3"));
    CHECK(has("scale.step_range", "/grade_scales/2/steps/3"));
    CHECK(has("scale.step_overlap", "/grade_scales/2/steps/3"));
    CHECK(d.front().message.id.rfind("skala \"Keterbukaan Informasi\": ", 0) == 0);
    CHECK(check_grade_scale(GradeScale{"x", "", {}}, 0).front().id == "scale.empty");
    const GradeScale info{"ki", "Keterbukaan Informasi", {{"Tidak Informatif", 0, 50}, {"Informatif", 50, 100}}};
    CHECK(grade_name_taken(info, 0, "  informatif "));
    CHECK_FALSE(grade_name_taken(info, 1, "Informatif"));  // its own name
    CHECK_FALSE(grade_name_taken(info, 0, ""));
}

TEST_CASE("cumulative quarter targets (s.d. TW): a quarter's capaian adds the realisasi up to it") {
    Indicator ind;
    ind.id = "i1";
    ind.unit = "keg";
    ind.aggregation = Aggregation::Sum;
    YearEntry& e = ind.years[2023];
    e.target = parse_value("20 keg");
    const char* targets[] = {"5 keg", "10 keg", "15 keg", "20 keg"};
    const char* actuals[] = {"4 keg", "6 keg", "5 keg", "3 keg"};
    for (int q = 0; q < 4; ++q) {
        e.quarter_targets[q] = parse_value(targets[q]);
        e.quarter_actuals[q].value = parse_value(actuals[q]);
    }
    Plan plan = plan_of_one(ind, 2023);
    const Indicator& i = plan.objectives[0].indicators[0];
    REQUIRE(cumulative_quarter_targets(i, 2023));
    Achievement q2 = compute_achievement(plan, i, 2023, 2);
    CHECK(*q2.percent == doctest::Approx(100));  // 4 + 6 of 10
    CHECK(q2.explanation.id.rfind("Realisasi: kumulatif TW I s.d. TW II (target triwulan kumulatif). Realisasi 10 keg / Target 10 keg", 0) == 0);
    CHECK(*compute_achievement(plan, i, 2023, 4).percent == doctest::Approx(90));  // 18 of 20, not 3 of 20
    CHECK(*compute_achievement(plan, i, 2023).percent == doctest::Approx(90));     // the year: the quarters' sum
    {
        Plan blank = plan;  // a quarter without a target: the others still read as cumulative
        blank.objectives[0].indicators[0].years[2023].quarter_targets[1] = {};
        REQUIRE(cumulative_quarter_targets(blank.objectives[0].indicators[0], 2023));
        CHECK(*compute_achievement(blank, blank.objectives[0].indicators[0], 2023, 3).percent == doctest::Approx(100));  // 15 of 15
        // Nothing planned in TW II and nothing entered there: the quarters after it still add up (it said "TW II belum
        // diisi" while the year counted).
        blank.objectives[0].indicators[0].years[2023].quarter_actuals[1].value = {};
        const Achievement q3 = compute_achievement(blank, blank.objectives[0].indicators[0], 2023, 3);
        REQUIRE(q3.percent);
        CHECK(*q3.percent == doctest::Approx(60));  // 4 + 5 of 15
    }
    {
        // A quarter in another unit is not added up (3 kali after 4 + 6 + 5 keg made 18 keg, 90 %): not computable,
        // naming the two quarters, as the year says it; a bare number is in the indicator's unit and adds up.
        Plan other_unit = plan;
        Indicator& o = other_unit.objectives[0].indicators[0];
        o.years[2023].quarter_actuals[3].value = parse_value("3 kali");
        const Achievement q4 = compute_achievement(other_unit, o, 2023, 4);
        CHECK_FALSE(q4.computable());
        CHECK(q4.explanation.id.find("satuan triwulan berbeda: TW I \"4 keg\", TW IV \"3 kali\"") != std::string::npos);
        CHECK(*compute_achievement(other_unit, o, 2023, 3).percent == doctest::Approx(100));  // before it: as it was
        o.years[2023].quarter_actuals[3].value = parse_value("3");
        CHECK(*compute_achievement(other_unit, o, 2023, 4).percent == doctest::Approx(90));
        o.years[2023].quarter_actuals[0].value = parse_value("40 %");
        CHECK_FALSE(compute_achievement(other_unit, o, 2023, 2).computable());
    }
    // Targets that add up to the year's are per quarter, as before; so are targets of an indicator that does not sum.
    Plan per_quarter = plan;
    for (int q = 0; q < 4; ++q) per_quarter.objectives[0].indicators[0].years[2023].quarter_targets[q] = parse_value("5 keg");
    CHECK_FALSE(cumulative_quarter_targets(per_quarter.objectives[0].indicators[0], 2023));
    CHECK(*compute_achievement(per_quarter, per_quarter.objectives[0].indicators[0], 2023, 4).percent == doctest::Approx(60));
    plan.objectives[0].indicators[0].aggregation = Aggregation::Last;
    CHECK_FALSE(cumulative_quarter_targets(plan.objectives[0].indicators[0], 2023));
    // A quarter before it not entered: not computable, saying which.
    plan.objectives[0].indicators[0].aggregation = Aggregation::Sum;
    plan.objectives[0].indicators[0].years[2023].quarter_actuals[1].value = {};
    Achievement q3 = compute_achievement(plan, plan.objectives[0].indicators[0], 2023, 3);
    CHECK_FALSE(q3.computable());
    CHECK(q3.explanation.id.find("TW II belum diisi") != std::string::npos);
}

TEST_CASE("places counted per quarter from the evidence are counted once each over the year") {
    Indicator ind;
    ind.id = "i9";
    ind.unit = "kec.";
    ind.aggregation = Aggregation::Sum;
    YearEntry& e = ind.years[2023];
    e.target = parse_value("20 kec.");
    e.quarter_actuals[0].evidence = {{"2023-02-01", "Kota Agung", "", {}}, {"2023-03-01", "Pulau Panggung", "", {}}};
    e.quarter_actuals[1].evidence = {{"2023-05-01", "kota  agung", "", {}}, {"2023-06-01", "Talang Padang", "", {}}};
    e.quarter_actuals[2].evidence = {{"2023-08-01", "Kota Agung", "", {}}};
    e.quarter_actuals[3].evidence = {{"2023-11-01", "Wonosobo", "", {}}};
    for (int q = 0; q < 4; ++q) e.quarter_actuals[q].from_evidence = EvidenceRule::DistinctPlaces;
    Plan plan = plan_of_one(ind, 2023);
    const Indicator& i = plan.objectives[0].indicators[0];
    CHECK(*compute_achievement(plan, i, 2023, 1).actual.number == 2);
    const Achievement year = compute_achievement(plan, i, 2023);
    REQUIRE(year.actual.number);
    CHECK(*year.actual.number == 4);  // Kota Agung, Pulau Panggung, Talang Padang, Wonosobo; not 2 + 2 + 1 + 1 = 6
    CHECK(year.explanation.id.find("tiap tempat dihitung sekali") != std::string::npos);
    // A quarter typed by hand: the quarters are added as typed.
    plan.objectives[0].indicators[0].years[2023].quarter_actuals[3].value = parse_value("3 kec.");
    CHECK(*compute_achievement(plan, plan.objectives[0].indicators[0], 2023).actual.number == 8);
}

TEST_CASE("cumulative quarter targets of distinct places count each place once up to the quarter, as the year does") {
    Indicator ind;
    ind.id = "i4";
    ind.unit = "kec.";
    ind.aggregation = Aggregation::Sum;
    YearEntry& e = ind.years[2025];
    e.target = parse_value("20 kec.");
    const char* targets[] = {"5 kec.", "10 kec.", "15 kec.", "20 kec."};  // "s.d. TW": cumulative
    for (int q = 0; q < 4; ++q) e.quarter_targets[q] = parse_value(targets[q]);
    e.quarter_actuals[0].evidence = {{"2025-02-01", "Kota Agung", "", {}}, {"2025-03-01", "Pulau Panggung", "", {}}, {"2025-03-02", "Gisting", "", {}}};
    e.quarter_actuals[1].evidence = {{"2025-05-01", "Kota Agung", "", {}}, {"2025-06-01", "Talang Padang", "", {}}, {"2025-06-02", "Pugung", "", {}},
                                     {"2025-06-03", "Semaka", "", {}}};
    e.quarter_actuals[2].evidence = {{"2025-08-01", "Wonosobo", "", {}}, {"2025-08-02", "Bandar Negeri Semuong", "", {}},
                                     {"2025-08-03", "Ulu Belu", "", {}}, {"2025-08-04", "Air Naningan", "", {}}, {"2025-08-05", "Sumberejo", "", {}}};
    e.quarter_actuals[3].evidence = {{"2025-11-01", "kota  agung", "", {}}, {"2025-11-02", "Cukuh Balak", "", {}}, {"2025-11-03", "Kelumbayan", "", {}},
                                     {"2025-11-04", "Limau", "", {}}, {"2025-11-05", "Pematang Sawa", "", {}}, {"2025-11-06", "Kota Agung Barat", "", {}}};
    for (int q = 0; q < 4; ++q) e.quarter_actuals[q].from_evidence = EvidenceRule::DistinctPlaces;
    Plan plan = plan_of_one(ind, 2025);
    const Indicator& i = plan.objectives[0].indicators[0];
    CHECK(*compute_achievement(plan, i, 2025, 1).actual.number == 3);
    CHECK(*compute_achievement(plan, i, 2025, 2).actual.number == 6);   // Kota Agung once: not 3 + 4 = 7
    CHECK(*compute_achievement(plan, i, 2025, 3).percent == doctest::Approx(11.0 / 15 * 100));
    const Achievement tw4 = compute_achievement(plan, i, 2025, 4), year = compute_achievement(plan, i, 2025);
    CHECK(*tw4.actual.number == 16);  // not 18
    CHECK(*year.actual.number == 16);
    CHECK(*tw4.percent == doctest::Approx(*year.percent));  // one target (20 kec.), one result
}

TEST_CASE("quarters in different units are never added up into the year") {
    Indicator ind;
    ind.id = "i7";
    ind.aggregation = Aggregation::Sum;
    YearEntry& e = ind.years[2023];
    e.target = parse_value("5 keg");
    const char* actuals[] = {"50 %", "1 keg", "1 keg", "2 keg"};  // TW I from a percentage formula's components
    for (int q = 0; q < 4; ++q) e.quarter_actuals[q].value = parse_value(actuals[q]);
    Plan plan = plan_of_one(ind, 2023);
    const Achievement year = compute_achievement(plan, plan.objectives[0].indicators[0], 2023);
    CHECK_FALSE(year.computable());  // it was 54 keg, 1.080 %
    CHECK(year.explanation.id.find("satuan triwulan berbeda: TW I \"50 %\", TW II \"1 keg\"") != std::string::npos);
    plan.objectives[0].indicators[0].years[2023].quarter_actuals[0].value = parse_value("1 keg");
    CHECK(*compute_achievement(plan, plan.objectives[0].indicators[0], 2023).percent == doctest::Approx(100));  // 5 of 5
}

TEST_CASE("quarter realisasi typed as running totals against cumulative targets are recognised") {
    Indicator ind;
    ind.aggregation = Aggregation::Sum;
    YearEntry& e = ind.years[2023];
    e.target = parse_value("20 keg");
    const char* targets[] = {"5 keg", "10 keg", "15 keg", "20 keg"};
    for (int q = 0; q < 4; ++q) e.quarter_targets[q] = parse_value(targets[q]);
    auto typed = [&](std::vector<const char*> actuals) {
        for (int q = 0; q < 4; ++q) e.quarter_actuals[q].value = parse_value(q < int(actuals.size()) ? actuals[q] : "");
        return quarters_typed_cumulatively(ind, 2023);
    };
    CHECK(typed({"5", "10", "15", "18"}) == std::vector<int>{2, 3, 4});
    CHECK(typed({"4", "9"}) == std::vector<int>{2});         // so far: 9 is nearer 10 than TW II's own 5
    CHECK(typed({"5", "", "14", "19"}) == std::vector<int>{3, 4});  // a quarter left empty
    CHECK(typed({"5", "5", "5", "3"}).empty());             // each quarter's own: as meant
    CHECK(typed({"4", "6", "5", "3"}).empty());
    CHECK(typed({"5", "10", "6", "18"}).empty());           // one smaller than the one before: not running totals
    CHECK(typed({"", "10"}).empty());                       // one realisasi alone says nothing
    CHECK(typed({"5", "7.5"}).empty());                     // halfway: not taken as one or the other
    CHECK(typed({"5", "8"}).empty());                       // nearer 10, but TW II alone: as likely a good quarter
    CHECK(typed({"5", "10", "15", "18"}) == std::vector<int>{2, 3, 4});  // three quarters rising: running totals
    {
        // The tester's: 3, 6, 9, 12 keg; TW I 4, TW II 5 (a quarter done better than planned) is not flagged.
        const char* per3[] = {"3 keg", "6 keg", "9 keg", "12 keg"};
        for (int q = 0; q < 4; ++q) e.quarter_targets[q] = parse_value(per3[q]);
        e.target = parse_value("12 keg");
        CHECK(typed({"4", "5"}).empty());
        CHECK(typed({"3", "6"}) == std::vector<int>{2});
        CHECK(typed({"4", "5", "9", "12"}) == std::vector<int>{2, 3, 4});
        e.target = parse_value("20 keg");
        for (int q = 0; q < 4; ++q) e.quarter_targets[q] = parse_value(targets[q]);
    }
    e.quarter_targets[1] = parse_value("");                 // a quarter without a target is not judged
    CHECK(typed({"5", "10", "15", "18"}) == std::vector<int>{3, 4});
    for (int q = 0; q < 4; ++q) e.quarter_targets[q] = parse_value("5 keg");  // targets per quarter: no question
    CHECK(typed({"5", "10", "15", "18"}).empty());
}

TEST_CASE("a number written without a unit is in the indicator's satuan") {
    // Target "20" of an indicator in prd is 20 prd: against "90 %" the units differ (it once gave 90 / 20 = 450 %).
    Achievement prd = run_in_unit("prd", "20", "90 %");
    CHECK_FALSE(prd.computable());
    CHECK(prd.explanation.id == "Tidak dapat dihitung: satuan berbeda: target \"prd\", realisasi \"%\"");
    // Target "80" of an indicator in % is 80 %: against "80 orang" the units differ (it once gave 100 %).
    Achievement orang = run_in_unit("%", "80", "80 orang");
    CHECK_FALSE(orang.computable());
    CHECK(orang.explanation.en == "Not computable: different units: target \"%\", actual \"orang\"");
    // In the same unit, written or not: 18 / 20 = 90 %, the working saying the unit.
    Achievement same = run_in_unit("prd", "20", "18 prd");
    REQUIRE(same.computable());
    CHECK(*same.percent == doctest::Approx(90));
    CHECK(same.explanation.id == "Realisasi 18 prd / Target 20 prd x 100 = 90,00 % -> Tinggi");
    Achievement bare = run_in_unit("%", "80", "72");  // both bare: 72 % / 80 % = 90 %
    REQUIRE(bare.computable());
    CHECK(*bare.percent == doctest::Approx(90));
    CHECK(bare.explanation.id == "Realisasi 72% / Target 80% x 100 = 90,00 % -> Tinggi");
    CHECK(*run_in_unit("kecamatan", "20", "15 kec.").percent == doctest::Approx(75));  // 15 / 20, "kec." is kecamatan
    // A bound or a range written bare takes the unit too: ">= 80" of an indicator in % is ">= 80 %".
    CHECK_FALSE(run_in_unit("%", ">= 80", "3 keg").computable());
    CHECK_FALSE(run_in_unit("%", "80-90", "85 orang").computable());
    CHECK(*run_in_unit("%", "80-90", "70 %").percent == doctest::Approx(87.5));  // below the range: 70 / 80
    // An indicator in Rp: a bare number is an amount already (1.000.000 / 1.250.000 = 80 %).
    CHECK(*run_in_unit("Rp", "1.250.000", "Rp 1.000.000").percent == doctest::Approx(80));
    CHECK(value_in_unit(parse_value("20"), "prd").text == text_with_unit(parse_value("20"), "prd"));
    // A Satuan written with its sign in brackets, as IKU tables do: "Persen (%)" and "(%)" are %, "Rupiah (Rp)" and
    // "Rp." money (a bare target 95 against "96 %" was "satuan berbeda: target Persen (%), realisasi %").
    for (const char* percent : {"Persen (%)", "(%)", "persen (%)", "Persen"}) {
        CAPTURE(percent);
        Achievement a = run_in_unit(percent, "95", "96 %");
        REQUIRE(a.computable());
        CHECK(*a.percent == doctest::Approx(96.0 / 95.0 * 100));
        CHECK(a.explanation.id == "Realisasi 96 % / Target 95% x 100 = 101,05 % -> Sangat Tinggi");
    }
    for (const char* money : {"Rupiah (Rp)", "Rp.", "Rupiah", "IDR"}) {
        CAPTURE(money);
        Achievement a = run_in_unit(money, "1.250.000.000", "Rp 1.000.000.000");
        REQUIRE(a.computable());
        CHECK(*a.percent == doctest::Approx(80));
        CHECK(text_with_unit(parse_value("1.250.000.000"), money) == "1.250.000.000");
    }
    CHECK(*run_in_unit("Kegiatan (Keg)", "5", "4 keg").percent == doctest::Approx(80));
    CHECK_FALSE(run_in_unit("Kegiatan (Keg)", "5", "4 %").computable());
}

TEST_CASE("quarter targets of 0 with no realisasi plan nothing: 0, 0, 0, 2 ranperda is all in TW IV") {
    Indicator ind;
    ind.id = "i1";
    ind.unit = "ranperda";
    ind.aggregation = Aggregation::Sum;
    YearEntry& e = ind.years[2023];
    e.target = parse_value("2 ranperda");
    for (int q = 0; q < 3; ++q) e.quarter_targets[q] = parse_value("0 ranperda");
    e.quarter_targets[3] = parse_value("2 ranperda");
    e.quarter_actuals[3].value = parse_value("2 ranperda");
    Plan plan = plan_of_one(ind, 2023);
    const Indicator& i = plan.objectives[0].indicators[0];
    // Not cumulative (s.d. TW): one quarter has a target, TW IV's (it was taken as 0, 0, 0, 2 running totals).
    CHECK_FALSE(cumulative_quarter_targets(i, 2023));
    // TW IV against its own target: 2 / 2 = 100 % (it said TW I was missing from the cumulative realisasi).
    Achievement q4 = compute_achievement(plan, i, 2023, 4);
    REQUIRE(q4.computable());
    CHECK(*q4.percent == doctest::Approx(100));
    CHECK(q4.explanation.id == "Realisasi 2 ranperda / Target 2 ranperda x 100 = 100,00 % -> Sangat Tinggi");
    // The year is the sum of the quarters measured, TW IV alone: 2 / 2 = 100 % (it said TW I-III were missing).
    Achievement year = compute_achievement(plan, i, 2023);
    REQUIRE(year.computable());
    CHECK(*year.percent == doctest::Approx(100));
    CHECK(year.explanation.id == "Realisasi: jumlah TW IV. Realisasi 2 ranperda / Target 2 ranperda x 100 = 100,00 % -> Sangat Tinggi");
    // A realisasi typed for a quarter of target 0 counts it again: 1 ranperda in TW I and 2 in TW IV make 3 of 2.
    plan.objectives[0].indicators[0].years[2023].quarter_actuals[0].value = parse_value("1 ranperda");
    Achievement with_q1 = compute_achievement(plan, plan.objectives[0].indicators[0], 2023);
    REQUIRE(with_q1.computable());
    CHECK(*with_q1.percent == doctest::Approx(150));
    // Without TW IV's realisasi the year is incomplete, and names TW IV, not the quarters of target 0.
    plan.objectives[0].indicators[0].years[2023].quarter_actuals[3].value = Value{};
    Achievement open = compute_achievement(plan, plan.objectives[0].indicators[0], 2023);
    CHECK_FALSE(open.computable());
    CHECK(open.explanation.id == "Tidak dapat dihitung: jumlah setahun belum lengkap: TW IV belum diisi");
}

TEST_CASE("amounts of money are compared as amounts in rupiah, however written") {
    // Rp 1.250.000.000 and 1,25 miliar are one amount: 100 % (it said "satuan berbeda: Rp / miliar").
    Achievement same = run("Rp 1.250.000.000", "1,25 miliar");
    REQUIRE(same.computable());
    CHECK(*same.percent == doctest::Approx(100));
    CHECK(same.explanation.id == "Realisasi 1,25 miliar / Target Rp 1.250.000.000 x 100 = 100,00 % -> Sangat Tinggi");
    CHECK(*run("Rp 2 miliar", "1.500 juta").percent == doctest::Approx(75));  // 1,5e9 / 2e9
    CHECK(*run("Rp 1.250.000.000", "1,25 M").percent == doctest::Approx(100));
    CHECK(*run("2 miliar", "Rp 500.000.000").percent == doctest::Approx(25));  // 5e8 / 2e9
    CHECK(*run("Rp 500 juta", "Rp 400.000.000", Polarity::Minimize).percent == doctest::Approx(120));  // (2 - 4e8/5e8) x 100
    CHECK(*run_in_unit("Rp", "1.250.000.000", "1,25 miliar").percent == doctest::Approx(100));  // a bare amount of an Rp indicator
    // Money against a count is still two units.
    CHECK(run("Rp 1.000.000", "5 keg").explanation.id == "Tidak dapat dihitung: satuan berbeda: target \"Rp\", realisasi \"keg\"");
}

TEST_CASE("the bands in force: the plan's own, or the default ones when it has none") {
    AchievementSettings none;
    const std::vector<CategoryBand>& defaults = bands_in_force(none);
    REQUIRE(defaults.size() == 5);  // Permendagri 86/2017: Sangat Rendah <= 50 ... Sangat Tinggi > 90
    CHECK(defaults.front().label == "Sangat Rendah");
    CHECK(defaults.back().label == "Sangat Tinggi");
    AchievementSettings own;
    own.bands = {{"Kurang", 0, true, 50.0, true, ""}, {"Baik", 50, false, std::nullopt, true, ""}};
    CHECK(&bands_in_force(own) == &own.bands);
    CHECK(category_for(own, 60)->label == "Baik");
}

TEST_CASE("a score on a grade scale: above a step's lowest score up to its highest (AKIP: B >60-70, BB >70-80)") {
    const GradeScale& akip = builtin_grade_scales()[0];
    CHECK(grade_for_score(akip, 70) == "B");       // 70 is the top of B
    CHECK(grade_for_score(akip, 70.01) == "BB");   // just above it, BB
    CHECK(grade_for_score(akip, 63.11) == "B");
    CHECK(grade_for_score(akip, 0) == "D");        // the lowest step holds its lowest score: D 0-30
    CHECK(grade_for_score(akip, 30) == "D");
    CHECK(grade_for_score(akip, 100) == "AA");
    CHECK(grade_for_score(akip, 100.5).empty());   // above the scale
    CHECK(grade_rank(akip, "D") == 1);
    CHECK(grade_rank(akip, "BB") == 5);
    CHECK(grade_rank(akip, "AA") == 7);
    CHECK(grade_rank(akip, "E") == 0);
}

TEST_CASE("a realisasi computed in rupiah is written as its target is, the currency first (it was \"1.550.000.000 Rp\")") {
    Indicator rp;
    rp.id = "i1";
    rp.unit = "Rp";
    rp.aggregation = Aggregation::Sum;
    YearEntry& e = rp.years[2024];
    e.target = parse_value("Rp 1.500.000.000");
    const char* quarters[] = {"Rp 350.000.000", "Rp 400.000.000", "Rp 400.000.000", "400.000.000,-"};
    for (int q = 0; q < 4; ++q) e.quarter_actuals[q].value = parse_value(quarters[q]);
    Plan plan = plan_of_one(rp, 2024);
    const Indicator& ind = plan.objectives[0].indicators[0];
    // the year summed from its quarters
    Achievement year = compute_achievement(plan, ind, 2024);
    CHECK(year.actual.text == "Rp 1.550.000.000");
    REQUIRE(year.percent.has_value());
    CHECK(*year.percent == doctest::Approx(1550.0 / 1500 * 100));
    CHECK(year.explanation.id.find("Realisasi Rp 1.550.000.000 / Target Rp 1.500.000.000") != std::string::npos);

    // in the style of the target: "Rp." written, "Rp." computed
    plan.objectives[0].indicators[0].years[2024].target = parse_value("Rp. 1.500.000.000");
    CHECK(resolve_actual(plan, ind, 2024).value.text == "Rp. 1.550.000.000");

    // the cumulative s.d. TW of cumulative quarter targets (a quarter's own target, when it is an amount, gives the style)
    YearEntry& c = plan.objectives[0].indicators[0].years[2024];
    c.target = parse_value("Rp 1.500.000.000");
    const char* cumulative[] = {"Rp 300.000.000", "Rp 700.000.000", "Rp 1.100.000.000", "Rp 1.500.000.000"};
    for (int q = 0; q < 4; ++q) c.quarter_targets[q] = parse_value(cumulative[q]);
    REQUIRE(cumulative_quarter_targets(ind, 2024));
    CHECK(cumulative_actual(plan, ind, 2024, 2).value.text == "Rp 750.000.000");
    CHECK(compute_achievement(plan, ind, 2024, 2).actual.text == "Rp 750.000.000");

    // the formula's value over its components, in an indicator whose Satuan is "Rupiah (Rp)" (this was "... Rupiah (Rp)", text)
    Indicator f;
    f.id = "i1";
    f.unit = "Rupiah (Rp)";
    f.formula = {"Belanja / Kegiatan", "[Belanja] / [Kegiatan]", {{"b", "Belanja", "Rp"}, {"k", "Kegiatan", "keg"}}};
    f.years[2024].target = parse_value("Rp 50.000.000");
    f.years[2024].actual.components = {{"b", 1550000000}, {"k", 31}};
    Plan fp = plan_of_one(f, 2024);
    const Achievement fa = compute_achievement(fp, fp.objectives[0].indicators[0], 2024);
    CHECK(fa.actual.text == "Rp 50.000.000");
    REQUIRE(fa.percent.has_value());
    CHECK(*fa.percent == doctest::Approx(100));

    // the evidence log's sum
    Indicator ev;
    ev.id = "i1";
    ev.unit = "Rp";
    ev.years[2024].target = parse_value("Rp1.500.000.000");
    ev.years[2024].actual.from_evidence = EvidenceRule::Sum;
    for (const char* v : {"Rp 1.000.000.000", "550.000.000,-"})
        ev.years[2024].actual.evidence.push_back(Evidence{"2024-05-01", "Kota Agung", "", parse_value(v)});
    Plan ep = plan_of_one(ev, 2024);
    CHECK(compute_achievement(ep, ep.objectives[0].indicators[0], 2024).actual.text == "Rp1.550.000.000");
}
