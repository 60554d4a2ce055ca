// Tests of the model helpers: NIP structure, built-in grade scales, default bands, enum names.
#include <doctest/doctest.h>

#include "core/model.h"
#include "core/value.h"

using namespace tolok;

TEST_SUITE("model") {
    TEST_CASE("NIP of the seed's signatory is valid, with or without spaces") {
        CHECK(check_nip("19750308 199403 1 003", "/plan/signatory/nip").empty());
        CHECK(check_nip("197503081994031003", "/plan/signatory/nip").empty());
        CHECK(check_nip("", "/x").empty());
    }

    TEST_CASE("NIP structure errors are located and explained") {
        SUBCASE("wrong length") {
            auto d = check_nip("19750308 199403 1 03", "/plan/signatory/nip");
            REQUIRE(d.size() == 1);
            CHECK(d[0].id == "nip.invalid");
            CHECK(d[0].location == "/plan/signatory/nip");
            CHECK(d[0].message.en == "Invalid NIP: must have 18 digits, found 17");
            CHECK(d[0].message.id == "NIP tidak sah: harus 18 angka, tertulis 17");
        }
        SUBCASE("impossible birth date 1975-02-30") {
            auto d = check_nip("19750230 199403 1 003", "/n");
            REQUIRE(d.size() == 1);
            CHECK(d[0].message.en.find("birth date") != std::string::npos);
        }
        SUBCASE("sex digit must be 1 or 2") {
            auto d = check_nip("19750308 199403 3 003", "/n");
            REQUIRE(d.size() == 1);
            CHECK(d[0].message.en.find("digit 15") != std::string::npos);
        }
        SUBCASE("letters are refused") {
            auto d = check_nip("19750308 1994O3 1 003", "/n");
            REQUIRE(d.size() == 1);
            CHECK(d[0].message.en == "Invalid NIP: only digits and spaces are allowed");
        }
        SUBCASE("leap day is a real date in 1976 but not in 1975") {
            CHECK(check_nip("19760229 199403 1 003", "/n").empty());
            CHECK(check_nip("19750229 199403 1 003", "/n").size() == 1);
        }
    }

    TEST_CASE("built-in AKIP scale runs D..AA with contiguous scores") {
        Plan plan;
        const GradeScale* akip = find_grade_scale(plan, "akip");
        REQUIRE(akip != nullptr);
        REQUIRE(akip->steps.size() == 7);
        CHECK(akip->steps.front().label == "D");
        CHECK(akip->steps[3].label == "B");
        CHECK(akip->steps[3].min_score == 60);
        CHECK(akip->steps[3].max_score == 70);
        CHECK(akip->steps.back().label == "AA");
        for (size_t i = 1; i < akip->steps.size(); ++i) CHECK(akip->steps[i].min_score == akip->steps[i - 1].max_score);
        CHECK(find_grade_scale(plan, "nope") == nullptr);
    }

    TEST_CASE("a plan's own grade scale overrides the built-in one of the same id") {
        Plan plan;
        plan.grade_scales.push_back({"akip", "custom", {{"X", 0, 100}}});
        CHECK(find_grade_scale(plan, "akip")->name == "custom");
    }

    TEST_CASE("an indicator uses a grade scale when its kind is grade or any target or actual is a grade") {
        Indicator numeric;
        numeric.years[2023].target = parse_value("20 prd");
        numeric.years[2023].actual.value = parse_value("18 prd");
        CHECK_FALSE(uses_grade_scale(numeric));
        Indicator by_kind;
        by_kind.kind = ValueKind::Grade;
        CHECK(uses_grade_scale(by_kind));
        Indicator yearly_target = numeric;
        yearly_target.years[2024].target = parse_value("BB");
        CHECK(uses_grade_scale(yearly_target));
        Indicator quarter_actual = numeric;
        quarter_actual.years[2023].quarter_actuals[2].value = parse_value("B");
        CHECK(uses_grade_scale(quarter_actual));
        Indicator quarter_target = numeric;
        quarter_target.years[2023].quarter_targets[0] = parse_value("A");
        CHECK(uses_grade_scale(quarter_target));
    }

    TEST_CASE("default bands are the Permendagri 86/2017 cut-points") {
        auto bands = default_category_bands();
        REQUIRE(bands.size() == 5);
        CHECK(bands[0].label == "Sangat Rendah");
        CHECK(bands[4].label == "Sangat Tinggi");
        CHECK_FALSE(bands[4].max.has_value());
        CHECK(*bands[3].max == 90.0);
    }

    TEST_CASE("enum names round trip and unknown names are refused") {
        for (Polarity p : {Polarity::Maximize, Polarity::Minimize, Polarity::Stabilize})
            CHECK(polarity_from_string(to_string(p)) == p);
        for (ValueKind k : {ValueKind::Number, ValueKind::Percent, ValueKind::Grade, ValueKind::Index, ValueKind::Text})
            CHECK(value_kind_from_string(to_string(k)) == k);
        CHECK(aggregation_from_string("sum") == Aggregation::Sum);
        CHECK(minimize_rule_from_string("inverse_ratio") == MinimizeRule::InverseRatio);
        CHECK_FALSE(polarity_from_string("Maximize").has_value());
    }

    TEST_CASE("find_indicator looks through every objective") {
        Plan plan;
        plan.objectives.resize(2);
        plan.objectives[1].indicators.push_back(Indicator{});
        plan.objectives[1].indicators[0].id = "i9";
        CHECK(find_indicator(plan, "i9") == &plan.objectives[1].indicators[0]);
        CHECK(find_indicator(plan, "i1") == nullptr);
        CHECK(indicator_count(plan) == 1);
    }
}

TEST_CASE("names compare without case, spacing or hyphens; fresh ids come after the ones in use and skip linked ones; the unit shown") {
    CHECK(name_key("  Persentase   OPD\t") == "persentase opd");
    CHECK(name_key("masing-masing") == name_key("Masing masing"));
    CHECK(name_key("Jumlah OPD") != name_key("Jumlah OPDs"));
    CHECK(name_key("Évaluasi") == std::string("\xC3\x89valuasi"));  // only ASCII letters are folded

    Plan plan;
    CHECK(next_indicator_id(plan) == "i1");
    CHECK(next_objective_id(plan) == "s1");
    Objective o;
    o.id = "s1";
    Indicator a, b;
    a.id = "i1";
    b.id = "i3";
    o.indicators = {a, b};
    plan.objectives = {o};
    CHECK(next_indicator_id(plan) == "i4");  // not i2: an id deleted from the middle is not handed out again
    CHECK(next_objective_id(plan) == "s2");
    CHECK(next_indicator_id(plan, {"i4", "i5"}) == "i6");
    CHECK(next_numbered_id("p", {"p2", "px9", "p", "q7", "p10a"}, {}) == "p3");  // only prefix + digits count

    // Ids another plan's pohon kinerja links point to, even when the indicator is gone.
    Plan office;
    office.id = "dinas";
    Objective oo;
    Indicator linked1, linked2, other;
    linked1.supports = "kab/i7";
    linked2.supports = "kab/i9";
    other.supports = "kabupaten/i8";
    oo.indicators = {linked1, linked2, other};
    office.objectives = {oo};
    CHECK(indicator_ids_linked_from({office}, "kab") == std::set<std::string>{"i7", "i9"});
    CHECK(indicator_ids_linked_from({office}, "dinas").empty());

    Indicator ind;
    ind.years[2023].target = parse_value("20 prd");
    CHECK(display_unit(ind) == "prd");
    ind.unit = "produk";
    CHECK(display_unit(ind) == "produk");
}
