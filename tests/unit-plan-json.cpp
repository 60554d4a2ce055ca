// Tests of the JSON file format (core/plan_json.h): deterministic round trip of every field, each error class
// with its id and JSON pointer, several errors at once, nothing returned on error, migration from version 1.
#include <doctest/doctest.h>

#include "core/builtin_plan.h"
#include "core/plan_json.h"

using namespace tolok;

namespace {

Plan full_plan() {
    Plan p;
    p.id = "opd-1";
    p.title = "IKU 2021-2026";
    p.office = {"Dinas Kominfo", "Pemerintah Kabupaten Contoh", "1.01", "Kota Agung"};
    p.start_year = 2021;
    p.end_year = 2026;
    p.signatory = {"KEPALA DINAS", "Budi, S.Kom.", "Pembina IV/a", "19750308 199403 1 003"};
    p.superior = {"BUPATI", "Ani", "", ""};
    p.chapters = {{"kata_pengantar", "KATA PENGANTAR", "Paragraf satu.\n\nParagraf dua."}};
    p.settings.minimize_rule = MinimizeRule::InverseRatio;
    p.settings.cap = 120;
    p.settings.bands = {{"Kurang", 0, true, 60.5, true, "#ff0000"}, {"Baik", 60.5, false, std::nullopt, true, "#00ff00"}};
    p.grade_scales = {{"custom", "Skala", {{"C", 0, 50}, {"B", 50, 100}}}};
    Objective o{"s1", "1", "Meningkatnya layanan", {}};
    Indicator ind;
    ind.id = "i1";
    ind.code = "1";
    ind.name = "Persentase layanan \"tepat\" waktu";
    ind.definition = "Definisi";
    ind.formula = {"A / B × 100 %", "[A] / [B] x 100 %", {{"a", "A", "layanan"}, {"b", "B", "layanan"}}};
    ind.unit = "%";
    ind.kind = ValueKind::Percent;
    ind.polarity = Polarity::Minimize;
    ind.aggregation = Aggregation::Average;
    ind.data_source = "SIMPEG";
    ind.owner = "Bagian Organisasi";
    ind.baseline = parse_value("60%");
    YearEntry& e = ind.years[2023];
    e.target = parse_value("80-90 %");
    e.quarter_targets = {parse_value("20%"), parse_value(""), parse_value("60%"), parse_value("80%")};
    e.actual.components = {{"a", 12.5}, {"b", 20}};
    e.actual.note = "catatan";
    e.actual.evidence = {{"2023-03-01", "Kec. Kota Agung", "kunjungan", parse_value("3 kec.")}};
    e.quarter_actuals[1].value = parse_value("n/a");
    ind.years[2024].target = parse_value("BB (Nilai 75)");
    o.indicators = {ind};
    p.objectives = {o};
    return p;
}

std::string with(const std::string& json, const std::string& from, const std::string& to) {
    std::string s = json;
    size_t at = s.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    s.replace(at, from.size(), to);
    return s;
}

bool has(const Diagnostics& ds, const std::string& id, const std::string& location) {
    for (const auto& d : ds)
        if (d.id == id && d.location == location) return true;
    return false;
}

}  // namespace

TEST_SUITE("plan_json") {

TEST_CASE("round trip keeps every field and the same bytes") {
    std::string a = write_plan(full_plan());
    PlanReadResult r = read_plans(a);
    REQUIRE(r.ok());
    REQUIRE(r.plans.size() == 1);
    const Plan& p = r.plans[0];
    CHECK(p.office.place == "Kota Agung");
    CHECK(p.superior.name == "Ani");
    CHECK(p.settings.minimize_rule == MinimizeRule::InverseRatio);
    CHECK(*p.settings.cap == 120);
    CHECK_FALSE(p.settings.bands[1].max.has_value());
    CHECK(p.grade_scales[0].steps[1].label == "B");
    const Indicator& ind = p.objectives[0].indicators[0];
    CHECK(ind.name == "Persentase layanan \"tepat\" waktu");
    CHECK(ind.polarity == Polarity::Minimize);
    CHECK(ind.aggregation == Aggregation::Average);
    CHECK(ind.formula.components[1].unit == "layanan");
    const YearEntry& e = ind.years.at(2023);
    CHECK(*e.target.upper == 90);
    CHECK(e.quarter_targets[2].text == "60%");
    CHECK(e.actual.components.at("a") == 12.5);
    CHECK(e.actual.evidence[0].value.text == "3 kec.");
    CHECK(e.quarter_actuals[1].value.shape == ValueShape::Missing);
    CHECK(ind.years.at(2024).target.grade == "BB");
    CHECK(write_plan(p) == a);
    CHECK(write_plans({p, builtin_plan()}) == write_plans(read_plans(write_plans({p, builtin_plan()})).plans));
    CHECK(a.rfind("{\n  \"format\": \"tolok-plan\",\n  \"version\": 2,\n", 0) == 0);
    CHECK(a.back() == '\n');
}

TEST_CASE("file-level errors") {
    CHECK(read_plans("").errors.at(0).id == "import.empty_file");
    CHECK(read_plans(std::string("{\"a\":\0}", 7)).errors.at(0).id == "import.not_text");
    PlanReadResult syntax = read_plans("{\n  \"format\": \"tolok-plan\",\n  \"version\": 2,\n");
    CHECK(syntax.errors.at(0).id == "json.syntax");
    CHECK(syntax.errors.at(0).location == "line 4, column 1");
    CHECK(read_plans("[1]").errors.at(0).id == "import.wrong_type");
    CHECK(read_plans(R"({"format":"excel","version":2,"plan":{}})").errors.at(0).id == "import.unknown_format");
    CHECK(read_plans(R"({"format":"tolok-plan","version":9,"plan":{}})").errors.at(0).id == "import.unsupported_version");
    CHECK(read_plans(R"({"format":"tolok-plan","version":2})").errors.at(0).id == "import.missing_field");
}

TEST_CASE("every problem is reported with its JSON pointer, and nothing is returned") {
    std::string good = write_plan(full_plan());
    SUBCASE("wrong type") {
        PlanReadResult r = read_plans(with(good, "\"name\": \"Dinas Kominfo\"", "\"name\": 5"));
        CHECK(r.plans.empty());
        CHECK(has(r.errors, "import.wrong_type", "/plan/office/name"));
        CHECK(r.errors[0].message.en == "must be text, not number");
    }
    SUBCASE("missing field") {
        PlanReadResult r = read_plans(with(good, "\"name\": \"Meningkatnya layanan\",", ""));
        CHECK(has(r.errors, "import.missing_field", "/plan/objectives/0/name"));
    }
    SUBCASE("year outside the period") {
        PlanReadResult r = read_plans(with(good, "\"2024\": {", "\"2030\": {"));
        CHECK(has(r.errors, "import.year_outside_period", "/plan/objectives/0/indicators/0/years/2030"));
    }
    SUBCASE("invalid enum and unknown component") {
        PlanReadResult r = read_plans(with(with(good, "\"polarity\": \"minimize\"", "\"polarity\": \"lower\""), "\"a\": 12.5", "\"z\": 12.5"));
        CHECK(has(r.errors, "import.invalid_value", "/plan/objectives/0/indicators/0/polarity"));
        CHECK(has(r.errors, "import.invalid_value", "/plan/objectives/0/indicators/0/years/2023/actual/components/z"));
        CHECK(r.errors.size() == 2);  // both reported, not just the first
    }
    SUBCASE("duplicate ids") {
        std::string bundle = write_plans({full_plan(), full_plan()});
        PlanReadResult r = read_plans(bundle);
        CHECK(has(r.errors, "import.duplicate_id", "/plans/1/id"));
        CHECK(r.plans.empty());
        Plan p = full_plan();
        p.objectives.push_back(p.objectives[0]);
        p.objectives[1].id = "s2";
        CHECK(has(read_plans(write_plan(p)).errors, "import.duplicate_id", "/plan/objectives/1/indicators/0/id"));
    }
    SUBCASE("quarters must be four") {
        PlanReadResult r = read_plans(with(good, "\"20%\",", ""));
        CHECK(has(r.errors, "import.invalid_value", "/plan/objectives/0/indicators/0/years/2023/quarter_targets"));
    }
    SUBCASE("category bands with a gap") {
        PlanReadResult r = read_plans(with(good, "\"min\": 60.5,", "\"min\": 70,"));
        CHECK(has(r.errors, "settings.band_gap", "/plan/settings/bands/1"));
    }
}

TEST_CASE("version 1 files migrate forward") {
    const char* v1 = R"({"format": "tolok-plan", "version": 1, "plan": {
      "id": "lama", "office": {"name": "Bappeda"}, "period": {"start": 2019, "end": 2020},
      "objectives": [{"id": "s1", "name": "Sasaran", "indicators": [
        {"id": "i1", "name": "Jumlah dokumen", "targets": {"2019": "2 dok", "2020": "3 dok"}}]}]}})";
    PlanReadResult r = read_plans(v1);
    REQUIRE(r.ok());
    const Indicator& ind = r.plans[0].objectives[0].indicators[0];
    CHECK(ind.years.at(2019).target.text == "2 dok");
    CHECK(*ind.years.at(2020).target.number == 3);
    CHECK(write_plan(r.plans[0]).find("\"version\": 2") != std::string::npos);
    CHECK(read_plans(with(v1, "\"2020\": \"3 dok\"", "\"2021\": \"3 dok\"")).errors.at(0).id == "import.year_outside_period");
}

}
