// Tests of the JSON file format (core/plan_json.h): deterministic round trip of every field, each error class
// with its id and JSON pointer, several errors at once, nothing returned on error, migration from version 1.
// Also that the fast SAX reader gives exactly what the DOM reader gives (core/plan_json_read.h), and that its JSON
// scanner gives exactly nlohmann's SAX events (core/plan_json_scan.h).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/builtin_plan.h"
#include "core/plan_json.h"
#include "core/plan_json_read.h"
#include "core/plan_json_scan.h"

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
    e.quarter_actuals[2].evidence = {{"2023-08-01", "Pasar", "", parse_value("")}};
    e.quarter_actuals[2].from_evidence = EvidenceRule::DistinctPlaces;
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
    CHECK(e.quarter_actuals[2].from_evidence == EvidenceRule::DistinctPlaces);
    CHECK(e.actual.from_evidence == EvidenceRule::None);
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

TEST_CASE("a version that is no integer is the wrong type; one below 1 is no valid version; one above is newer") {
    for (const char* v : {"\"2\"", "2.5", "2.0", "99999999999999999999", "null", "[2]"}) {
        INFO(v);
        PlanReadResult r = read_plans(std::string(R"({"format":"tolok-plan","version":)") + v + R"(,"plan":{}})");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].id == "import.wrong_type");
        CHECK(r.errors[0].location == "/version");
        CHECK(r.errors[0].message.en.find("must be an integer") != std::string::npos);
        CHECK(r.errors[0].message.id.find("harus bilangan bulat") != std::string::npos);
    }
    for (const char* v : {"0", "-1"}) {
        INFO(v);
        PlanReadResult r = read_plans(std::string(R"({"format":"tolok-plan","version":)") + v + R"(,"plan":{}})");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].id == "import.unsupported_version");
        CHECK(r.errors[0].location == "/version");
        CHECK(r.errors[0].message.id.find("perbarui Tolok") == std::string::npos);
        CHECK(r.errors[0].message.en.find("update Tolok") == std::string::npos);
        CHECK(r.errors[0].message.id.find("versi dimulai dari 1") != std::string::npos);
        CHECK(r.errors[0].message.en.find("versions start at 1") != std::string::npos);
    }
    for (const char* v : {"3", "12345678901234567890"}) {  // the second is above the largest signed 64-bit integer
        INFO(v);
        PlanReadResult r = read_plans(std::string(R"({"format":"tolok-plan","version":)") + v + R"(,"plan":{}})");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].id == "import.unsupported_version");
        CHECK(r.errors[0].message.en.find(std::string("file version ") + v + " is newer") != std::string::npos);
        CHECK(r.errors[0].message.id.find("perbarui Tolok") != std::string::npos);
    }
}

TEST_CASE("both \"plan\" and \"plans\", or neither, each say so with a location") {
    PlanReadResult both = read_plans(R"({"format":"tolok-plan","version":2,"plan":{},"plans":[]})");
    REQUIRE(both.errors.size() == 1);
    CHECK(both.errors[0].id == "import.both_plan_and_plans");
    CHECK(both.errors[0].location == "/plans");
    CHECK(both.errors[0].message.en.find("both \"plan\"") != std::string::npos);
    PlanReadResult neither = read_plans(R"({"format":"tolok-plan","version":2})");
    REQUIRE(neither.errors.size() == 1);
    CHECK(neither.errors[0].id == "import.missing_field");
    CHECK(neither.errors[0].location == "/plan");
}

TEST_CASE("a number too large to read is out of range at its JSON pointer, not a syntax error") {
    std::string good = write_plan(full_plan());
    PlanReadResult r = read_plans(with(good, "\"cap\": 120.0", "\"cap\": 1e999"));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].id == "json.number_out_of_range");
    CHECK(r.errors[0].location == "/plan/settings/cap");
    CHECK(r.errors[0].message.en.find("1e999 is out of range") != std::string::npos);
    CHECK(r.errors[0].message.id.find("di luar jangkauan") != std::string::npos);
    // In an array: the index of the element; the line and column of the number's first character in the message.
    PlanReadResult q = read_plans(R"({"format":"tolok-plan","version":2,
"plan":{"x":[1, -2E+400]}})");
    REQUIRE(q.errors.size() == 1);
    CHECK(q.errors[0].id == "json.number_out_of_range");
    CHECK(q.errors[0].location == "/plan/x/1");
    CHECK(q.errors[0].message.en.find("at line 2, column 17") != std::string::npos);
    CHECK(q.errors[0].message.id.find("pada baris 2, kolom 17") != std::string::npos);
}

// Regression: the CLI printed "line 1, column 126: ... at line 1, column 126". The line and column are the location,
// shown beside the message (CLI line, app dialog, window.tolok API); the message does not say them again.
TEST_CASE("a syntax error's message does not repeat its line and column") {
    std::string good = write_plan(full_plan());
    const std::string typo_text = with(good, "\"title\": \"IKU 2021-2026\",", "\"title\": \"IKU 2021-2026\"");
    for (const std::string& text : {typo_text, good.substr(0, good.size() / 2)}) {
        PlanReadResult r = read_plans(text);
        REQUIRE(r.errors.size() == 1);
        CAPTURE(r.errors[0].message.en);
        CHECK(r.errors[0].location.rfind("line ", 0) == 0);
        CHECK(r.errors[0].message.en.find("line ") == std::string::npos);
        CHECK(r.errors[0].message.id.find("baris ") == std::string::npos);
    }
    CHECK(read_plans(typo_text).errors[0].message.en == "invalid JSON (a typo or a damaged file?)");
    CHECK(read_plans(typo_text).errors[0].message.id == "JSON tidak sah (salah ketik atau berkas rusak?)");
}

TEST_CASE("foreign files are named in one place; a bundle is told from a single plan") {
    const char zip_bytes[] = "PK\x03\x04\x14\x00";
    auto zip = foreign_file(std::string(zip_bytes, sizeof zip_bytes - 1));
    REQUIRE(zip);
    CHECK(zip->kind == ForeignFileKind::Zip);
    CHECK(zip->name.en.find("Excel .xlsx") != std::string::npos);
    CHECK(foreign_file("%PDF-1.7")->kind == ForeignFileKind::Pdf);
    CHECK(foreign_file("{\\rtf1 x")->kind == ForeignFileKind::Rtf);
    CHECK(foreign_file("  <html>")->kind == ForeignFileKind::Html);
    CHECK_FALSE(foreign_file("No;Indikator\n1;x\n").has_value());
    CHECK_FALSE(foreign_file("{\"format\": 1}").has_value());
    CHECK(not_plan_file_text(foreign_file("%PDF-1.7")).en == "this is not a Tolok plan file (JSON) but a PDF file");
    CHECK(not_plan_file_text(std::nullopt).id == "ini bukan berkas rencana Tolok (JSON)");
    CHECK_FALSE(is_plan_bundle(write_plan(full_plan())));
    CHECK(is_plan_bundle(write_plans({full_plan()})));  // a bundle of one plan is still "/plans/0"
    CHECK_FALSE(is_plan_bundle(R"({"format":"tolok-plan","x":{"plans":[]},"plan":{}})"));
}

TEST_CASE("files that are not a plan file at all say so, with a stable id") {
    const char zip_bytes[] = "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00";  // .xlsx / .docx
    const std::string zip(zip_bytes, sizeof zip_bytes - 1);
    const std::string doc("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", 10);            // .doc / .xls
    // As a browser may hand it over: the bytes that are not UTF-8 replaced by U+FFFD.
    const std::string replaced = "\xEF\xBF\xBD\xEF\xBF\xBD\x11\xEF\xBF\xBD\xEF\xBF\xBD";
    for (const std::string& f : {zip, std::string("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"), doc, replaced,
                                 std::string("{\\rtf1\\ansi Tabel IKU}"), std::string("<html><body><table>"),
                                 std::string("No;Indikator;Target 2023\n1;Jumlah produk hukum;20 prd\n"),
                                 std::string("\xEF\xBB\xBF  Indikator\tTarget\n")}) {
        INFO(f);
        PlanReadResult r = read_plans(f);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].id == "import.not_json");
        CHECK(r.errors[0].location == "");
        CHECK(r.errors[0].message.id.find("bukan berkas rencana Tolok (JSON)") != std::string::npos);
        CHECK(r.errors[0].message.id.find("Berkas > Impor tabel") != std::string::npos);
        CHECK(r.errors[0].message.en.find("not a Tolok plan file (JSON)") != std::string::npos);
        CHECK(r.plans.empty());
    }
    CHECK(read_plans(zip).errors[0].message.id.find("Excel .xlsx") != std::string::npos);
    CHECK(read_plans("%PDF-1.4").errors[0].message.en.find("a PDF file") != std::string::npos);
    // JSON that is damaged stays a JSON error; JSON of the wrong kind stays a type error.
    CHECK(read_plans("{\"format\": tolok}").errors.at(0).id == "json.syntax");
    CHECK(read_plans("[1, 2").errors.at(0).id == "json.syntax");
    CHECK(read_plans("\"text\"").errors.at(0).id == "import.wrong_type");
}

TEST_CASE("a file cut short says so, with the line and column where it stops") {
    std::string good = write_plan(full_plan());
    PlanReadResult r = read_plans(good.substr(0, good.size() / 2));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].id == "json.syntax");
    CHECK(r.errors[0].location.rfind("line ", 0) == 0);
    CHECK(r.errors[0].message.id.find("berkas terpotong") != std::string::npos);
    CHECK(r.errors[0].message.en.find("cut short") != std::string::npos);
    // Cut inside a character (the "×" of the formula): still cut short, not "not UTF-8 text".
    size_t times = good.find("\xC3\x97");
    REQUIRE(times != std::string::npos);
    PlanReadResult mid = read_plans(good.substr(0, times + 1));
    REQUIRE(mid.errors.size() == 1);
    CHECK(mid.errors[0].id == "json.syntax");
    CHECK(mid.errors[0].message.en.find("cut short") != std::string::npos);
    // Whole JSON followed by a stray lead byte is not text, never read as a plan.
    PlanReadResult stray = read_plans(good + "\xC3");
    REQUIRE(stray.errors.size() == 1);
    CHECK(stray.errors[0].id == "import.not_text");
    // A typo in the middle is not called cut short.
    PlanReadResult typo = read_plans(with(good, "\"title\": \"IKU 2021-2026\",", "\"title\": \"IKU 2021-2026\""));
    REQUIRE(typo.errors.size() == 1);
    CHECK(typo.errors[0].message.en.find("cut short") == std::string::npos);
}

TEST_CASE("every problem is reported with its JSON pointer, and nothing is returned") {
    std::string good = write_plan(full_plan());
    SUBCASE("wrong type") {
        PlanReadResult r = read_plans(with(good, "\"name\": \"Dinas Kominfo\"", "\"name\": 5"));
        CHECK(r.plans.empty());
        CHECK(has(r.errors, "import.wrong_type", "/plan/office/name"));
        CHECK(r.errors[0].message.en == "must be text, not number");
    }
    SUBCASE("a period too long or backwards says the rule, not only that it is invalid") {
        const std::string start = "\"start\": 2021";
        REQUIRE(good.find(start) != std::string::npos);
        PlanReadResult r = read_plans(with(good, start, "\"start\": 1900"));
        REQUIRE_FALSE(r.ok());
        CHECK(has(r.errors, "import.invalid_value", "/plan/period"));
        bool said = false;
        for (const auto& e : r.errors)
            if (e.location == "/plan/period")
                said = e.message.id.find("paling jauh 50 tahun") != std::string::npos && e.message.en.find("more than 50 years") != std::string::npos;
        CHECK(said);
    }
    SUBCASE("a whole number is read as one however it is written; a huge one is out of range, not the wrong type") {
        const std::string start = "\"start\": 2021";
        REQUIRE(good.find(start) != std::string::npos);
        PlanReadResult decimal_point = read_plans(with(good, start, "\"start\": 2021.0"));
        REQUIRE(decimal_point.ok());
        CHECK(decimal_point.plans.at(0).start_year == 2021);
        for (const char* huge : {"1e20", "123456789012345678901234567890", "-99999999999"}) {
            INFO(huge);
            PlanReadResult r = read_plans(with(good, start, std::string("\"start\": ") + huge));
            REQUIRE(r.errors.size() == 1);
            CHECK(r.errors[0].id == "import.invalid_value");
            CHECK(r.errors[0].location == "/plan/period/start");
            CHECK(r.errors[0].message.id.find("di luar batas") != std::string::npos);
            CHECK(r.errors[0].message.en.find("out of range") != std::string::npos);
        }
        PlanReadResult fraction = read_plans(with(good, start, "\"start\": 2021.5"));
        REQUIRE(fraction.errors.size() == 1);
        CHECK(fraction.errors[0].id == "import.wrong_type");
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
    SUBCASE("wrong types everywhere: all reported in one pass, also under a period that does not read") {
        // The user test: the period's end as text and a target as a number; both come out at once.
        std::string text = with(with(good, "\"end\": 2026", "\"end\": \"2026\""), "\"target\": \"80-90 %\"", "\"target\": 85");
        text = with(text, "\"note\": \"catatan\"", "\"note\": 7");
        PlanReadResult r = read_plans(text);
        CHECK(r.plans.empty());
        CHECK(has(r.errors, "import.wrong_type", "/plan/period/end"));
        CHECK(has(r.errors, "import.wrong_type", "/plan/objectives/0/indicators/0/years/2023/target"));
        CHECK(has(r.errors, "import.wrong_type", "/plan/objectives/0/indicators/0/years/2023/actual/note"));
        CHECK(r.errors.size() == 3);
        // With the period unknown, no year is called outside it; a key that is no year still is.
        PlanReadResult keys = read_plans(with(with(good, "\"end\": 2026", "\"end\": \"2026\""), "\"2024\": {", "\"20x4\": {"));
        CHECK(has(keys.errors, "import.invalid_value", "/plan/objectives/0/indicators/0/years/20x4"));
        for (const auto& d : keys.errors) CHECK(d.id != "import.year_outside_period");
        PlanReadResult missing = read_plans(with(with(good, "\"start\": 2021,", ""), "\"target\": \"80-90 %\"", "\"target\": 85"));
        CHECK(has(missing.errors, "import.missing_field", "/plan/period/start"));
        CHECK(has(missing.errors, "import.wrong_type", "/plan/objectives/0/indicators/0/years/2023/target"));
    }
    SUBCASE("many errors stop at 200") {
        Plan p = full_plan();
        for (int i = 0; i < 300; ++i) {
            Indicator ind = p.objectives[0].indicators[0];
            ind.id = "x" + std::to_string(i);
            p.objectives[0].indicators.push_back(ind);
        }
        std::string text = write_plan(p);
        const std::string from = "\"target\": \"80-90 %\"";
        for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) text.replace(at, from.size(), "\"target\": 85");
        PlanReadResult r = read_plans(text);
        CHECK(r.errors.size() == 200);
        CHECK(r.plans.empty());
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
    // A version-1 file that also holds "years" (realisasi): they are kept, merged with the flat targets.
    const std::string both = with(v1, "\"2020\": \"3 dok\"}", "\"2020\": \"3 dok\"}, \"years\": {\"2020\": {\"actual\": {\"value\": \"2 dok\"}}}");
    PlanReadResult kept = read_plans(both);
    REQUIRE(kept.ok());
    const Indicator& merged = kept.plans[0].objectives[0].indicators[0];
    CHECK(merged.years.at(2020).actual.value.text == "2 dok");
    CHECK(merged.years.at(2020).target.text == "3 dok");
    CHECK(merged.years.at(2019).target.text == "2 dok");
    // The same year's target given twice, differently: refused where it is, not one of them dropped.
    const std::string twice = with(v1, "\"2020\": \"3 dok\"}", "\"2020\": \"3 dok\"}, \"years\": {\"2020\": {\"target\": \"4 dok\"}}");
    PlanReadResult refused = read_plans(twice);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errors.at(0).id == "import.conflicting_target");
    CHECK(refused.errors.at(0).location == "/plan/objectives/0/indicators/0/targets/2020");
}

}

// ---- the fast SAX reader against the DOM reader ----

namespace {

// Deterministic PRNG (xorshift) for generated plans and mutations.
struct TestRng {
    unsigned long long s = 0x2545F4914F6CDD1Dull;
    unsigned next() { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return static_cast<unsigned>(s >> 11); }
    int below(int n) { return static_cast<int>(next() % static_cast<unsigned>(n)); }
    bool chance(int percent) { return below(100) < percent; }
};

// The plans as written plus what writing leaves out (which quarters are allocated).
std::string fingerprint(const std::vector<Plan>& plans) {
    std::string out = plans.empty() ? std::string() : write_plans(plans);
    for (const auto& p : plans)
        for (const auto& o : p.objectives)
            for (const auto& ind : o.indicators)
                for (const auto& [year, e] : ind.years) {
                    out += e.quarter_targets.allocated() ? 'T' : 't';
                    out += e.quarter_actuals.allocated() ? 'A' : 'a';
                }
    return out;
}

std::string diagnostics_text(const Diagnostics& ds) {
    std::string out;
    for (const auto& d : ds)
        out += std::string(severity_name(d.severity)) + " " + d.id + " " + d.location + " | " + d.message.id + " | " + d.message.en + "\n";
    return out;
}

// read_plans and the fast reader agree with the DOM reader. Returns whether the fast reader took the text.
bool same_as_dom(const std::string& text) {
    PlanReadResult dom = read_plans_dom(text);
    PlanReadResult read = read_plans(text);
    CHECK(diagnostics_text(read.errors) == diagnostics_text(dom.errors));
    CHECK(fingerprint(read.plans) == fingerprint(dom.plans));
    std::optional<std::vector<Plan>> fast = read_plans_sax(text);
    if (fast) {
        CHECK(dom.ok());
        CHECK(fingerprint(*fast) == fingerprint(dom.plans));
    }
    if (!dom.ok()) CHECK_FALSE(fast.has_value());
    return fast.has_value();
}

// A plan using every part of the format: chapters, settings with bands, grade scales, formulas with components,
// quarters, evidence, notes, baselines, every enum value.
Plan generated_plan(TestRng& rng, int n) {
    static const char* values[] = {"20 prd", "B", "BB (Nilai 75)", "100%", "70 %", "Rp 1.250.000", "12,5", "80-90 %", "n/a",
                                   "Tersedia", "", "  7 s/d 8 bulan ", "3 kec.", "AA", "-"};
    auto value = [&] { return parse_value(values[rng.below(15)]); };
    Plan p;
    p.id = "plan-" + std::to_string(n);
    p.title = "IKU " + std::to_string(n);
    p.office = {"Dinas " + std::to_string(n), "Pemerintah Kabupaten Contoh", rng.chance(50) ? "1.01" : "", "Kota Agung"};
    p.start_year = 2019 + rng.below(3);
    p.end_year = p.start_year + rng.below(6);
    p.signatory = {"KEPALA", "Budi", "IV/a", "19750308 199403 1 003"};
    if (rng.chance(50)) p.superior = {"BUPATI", "Ani", "", ""};
    for (int c = 0; c < rng.below(3); ++c) p.chapters.push_back({"bab" + std::to_string(c), "BAB " + std::to_string(c), "Teks ×\n\n\"kutip\""});
    if (rng.chance(50)) p.settings.minimize_rule = MinimizeRule::InverseRatio;
    if (rng.chance(50)) p.settings.cap = 100 + rng.below(50) + 0.5;
    if (rng.chance(50)) p.settings.scale_name = "Skala sendiri";
    if (rng.chance(60)) p.settings.bands = {{"Kurang", 0, true, 60.25, true, "#ff0000"}, {"Baik", 60.25, false, std::nullopt, true, "#00ff00"}};
    if (rng.chance(60)) p.grade_scales = {{"custom", "Skala", {{"C", 0, 50}, {"B", 50, 75.5}, {"A", 75.5, 100}}}, {"akip", "", {}}};
    if (rng.chance(40))
        for (int k = 0; k < 1 + rng.below(3); ++k) {
            Program program{"p" + std::to_string(k + 1), "Program \"ke\" " + std::to_string(k + 1), {}};
            for (int y = p.start_year; y <= p.end_year; ++y)
                if (rng.chance(60)) program.budget[y] = value();
            p.programs.push_back(std::move(program));
        }
    static const ValueKind kinds[] = {ValueKind::Number, ValueKind::Percent, ValueKind::Grade, ValueKind::Index, ValueKind::Text};
    static const Polarity polarities[] = {Polarity::Maximize, Polarity::Minimize, Polarity::Stabilize};
    static const Aggregation aggregations[] = {Aggregation::Sum, Aggregation::Last, Aggregation::Average};
    int indicator = 0;
    for (int o = 0; o < 1 + rng.below(3); ++o) {
        Objective obj{"s" + std::to_string(o), rng.chance(50) ? std::to_string(o) : "", "Sasaran " + std::to_string(o), {}};
        for (int k = 0; k < rng.below(4); ++k) {
            Indicator ind;
            ind.id = "i" + std::to_string(++indicator);
            ind.code = std::to_string(indicator);
            ind.name = "Indikator \\ " + std::to_string(indicator);
            if (rng.chance(50)) ind.definition = "Definisi\tdengan tab";
            if (rng.chance(60)) {
                ind.formula.text = "A / B × 100 %";
                if (rng.chance(70)) {
                    ind.formula.expression = "[A] / [B] x 100 %";
                    ind.formula.components = {{"a", "A", "layanan"}, {"b", "B", ""}};
                }
            }
            ind.unit = rng.chance(50) ? "%" : "";
            ind.kind = kinds[rng.below(5)];
            ind.polarity = polarities[rng.below(3)];
            ind.aggregation = aggregations[rng.below(3)];
            if (rng.chance(30)) ind.cap = rng.chance(50) ? IndicatorCap{IndicatorCap::Rule::None, 120} : IndicatorCap{IndicatorCap::Rule::At, 110.5};
            if (rng.chance(30)) ind.grade_scale = "custom";
            if (rng.chance(50)) ind.data_source = "SIMPEG";
            if (rng.chance(50)) ind.owner = "Bagian Organisasi";
            if (rng.chance(50)) ind.baseline = value();
            for (int y = p.start_year; y <= p.end_year; ++y) {
                if (rng.chance(20)) continue;
                YearEntry& e = ind.years[y];
                e.target = value();
                if (rng.chance(40))
                    for (size_t q = 0; q < 4; ++q) e.quarter_targets[q] = value();
                e.actual.value = value();
                if (!ind.formula.components.empty() && rng.chance(50)) e.actual.components = {{"a", rng.below(100) + 0.25}, {"b", 100}};
                if (rng.chance(30)) e.actual.note = "catatan " + std::to_string(y);
                if (rng.chance(25)) e.activities = "Rapat koordinasi\nMonitoring ke " + std::to_string(rng.below(20)) + " kecamatan";
                if (rng.chance(30)) e.actual.evidence = {{"2023-03-01", "Kec. Kota Agung", "kunjungan", value()}, {"2023-04-01", "", "", {}}};
                if (rng.chance(20)) e.actual.from_evidence = static_cast<EvidenceRule>(rng.below(5));
                if (rng.chance(40))
                    for (size_t q = 0; q < 4; ++q) {
                        e.quarter_actuals[q].value = value();
                        if (!ind.formula.components.empty() && rng.chance(30)) e.quarter_actuals[q].components = {{"b", 4}};
                        if (rng.chance(20)) e.quarter_actuals[q].evidence = {{"2023-05-01", "Pasar", "", value()}};
                        if (rng.chance(15)) e.quarter_actuals[q].from_evidence = static_cast<EvidenceRule>(rng.below(5));
                    }
            }
            obj.indicators.push_back(std::move(ind));
        }
        p.objectives.push_back(std::move(obj));
    }
    return p;
}

// Records the SAX events of a parse, to compare the scanner with nlohmann.
struct EventLog {
    using json = nlohmann::json;
    std::string log;
    bool null() { log += "null,"; return true; }
    bool boolean(bool b) { log += b ? "true," : "false,"; return true; }
    bool number_integer(json::number_integer_t v) { log += "i" + std::to_string(v) + ","; return true; }
    bool number_unsigned(json::number_unsigned_t v) { log += "u" + std::to_string(v) + ","; return true; }
    bool number_float(json::number_float_t v, const std::string& s) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%a", v);
        log += std::string("f") + buf + "(" + s + "),";
        return true;
    }
    bool string(std::string& s) { log += "s[" + s + "],"; return true; }
    bool binary(json::binary_t&) { log += "binary,"; return true; }
    bool start_object(std::size_t n) { log += "{" + std::to_string(n) + ","; return true; }
    bool key(std::string& k) { log += "k[" + k + "],"; return true; }
    bool end_object() { log += "},"; return true; }
    bool start_array(std::size_t n) { log += "[" + std::to_string(n) + ","; return true; }
    bool end_array() { log += "],"; return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { log += "error"; return false; }
};

// The scanner gives nlohmann's events and verdict (or leaves the text to nlohmann).
void same_events(const std::string& text) {
    EventLog mine, theirs;
    JsonScan scanned = scan_json(text, mine);
    bool ok = nlohmann::json::sax_parse(text, &theirs, nlohmann::json::input_format_t::json, true);
    INFO("text: ", text);
    CHECK((scanned == JsonScan::Done) == ok);
    if (ok) CHECK(mine.log == theirs.log);
}

}  // namespace

TEST_SUITE("plan_json fast reader") {

TEST_CASE("the scanner gives nlohmann's events") {
    const char* texts[] = {
        "{}", "[]", " {\"a\" : [1, -2, 0, -0, 3.5, -0.0, 1e3, 1E-2, 2.5e+10, true, false, null, \"x\"]} ",
        "\xEF\xBB\xBF{\"bom\": 1}", "\xEF\xBB{}", "[123456789012345678]", "[-123456789012345678]",
        "[1234567890123456789012]", "[-1234567890123456789012]", "[18446744073709551615]",
        "[18446744073709551616]", "[-9223372036854775808]", "[-9223372036854775809]", "[1e400]", "[-1e400]", "[1e-400]",
        "[0.1, 1.7976931348623157e308, 4.9e-324, 123456789.123456789e-5, 0e0, -0E+1]", "[01]", "[1.]", "[.5]", "[-]", "[+1]", "[1e]", "[0x10]",
        "{\"a\":1,}", "[1,]", "[1 2]", "{\"a\" 1}", "{a:1}", "{\"a\":1}}", "{\"a\":1} x", "", "   ", "nul", "[tru]",
        "\"only a string\"", "42", "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]", "[\"\\u0041\\u00d7\\u20AC\\ud83d\\ude00\"]",
        "[\"\\u0000\"]", "[\"\\ud83d\"]", "[\"\\ud83dx\"]", "[\"\\ude00\"]", "[\"\\ud83d\\u0041\"]", "[\"\\u12\"]",
        "[\"\\x\"]", "[\"tab\there\"]", "[\"nl\nhere\"]", "[\"\x7f\"]", "[\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"]",
        "[\"\xC0\xAF\"]", "[\"\xE0\x80\xAF\"]", "[\"\xED\xA0\x80\"]", "[\"\xF4\x90\x80\x80\"]", "[\"\xF5\x80\x80\x80\"]",
        "[\"\xC3\"]", "[\"\xC3", "[\"abc", "{\"a\":", "[[[[[[[[]]]]]]]]", "[[[[[[[[]]]]]]]", "{\"a\":{\"b\":{\"c\":[{}]}}}",
        "[1]\n\t\r ", "/* c */ {}", "{\"a\":1 // c\n}",
    };
    for (const char* t : texts) same_events(t);
    same_events(std::string("[\"a\0b\"]", 7));
    same_events(write_plan(full_plan()));
}

TEST_CASE("the fast reader reads what the DOM reader reads") {
    CHECK(same_as_dom(write_plan(full_plan())));
    CHECK(same_as_dom(write_plan(builtin_plan())));
    CHECK(same_as_dom(write_plans({full_plan(), builtin_plan()})));
    TestRng rng;
    for (int i = 0; i < 60; ++i) {
        std::vector<Plan> plans;
        for (int k = 0; k < 1 + rng.below(3); ++k) plans.push_back(generated_plan(rng, i * 10 + k));
        std::string text = plans.size() == 1 && rng.chance(50) ? write_plan(plans[0]) : write_plans(plans);
        CHECK(same_as_dom(text));
    }
}

TEST_CASE("rare but valid layouts read the same (fast or through the DOM reader)") {
    std::string good = write_plan(full_plan());
    const std::pair<const char*, const char*> edits[] = {
        {"\"version\": 2,", "\"version\": 2, \"extra\": {\"a\": [1, {\"b\": null}], \"c\": \"d\"}, \"more\": [[]],"},
        {"\"id\": \"i1\",", "\"id\": \"i1\", \"targets\": {\"2023\": \"5\"}, \"future\": {\"x\": [true, 1.5]},"},
        {"\"note\": \"catatan\"", "\"note\": \"catatan\", \"unknown\": [{\"deep\": {}}]"},
        {"\"Dinas Kominfo\"", "\"Dinas \\u004bominfo \\u00d7 \\ud83d\\ude00\""},
        {"\"version\": 2,", "\"version\": 2, \"format\": \"tolok-plan\","},  // duplicate key: the last one counts
        {"\"2024\": {", "\"2023\": {"},                                           // duplicate year
        {"\"a\": 12.5", "\"a\": 12.5, \"a\": 3"},                                 // duplicate component value
        {"\"cap\": 120.0", "\"cap\": 1.2e2"},
        {"\"start\": 2021", "\"start\": 2021, \"start\": 2021"},
        {"{\n  \"format\": \"tolok-plan\",\n  \"version\": 2,\n  \"plan\": {", "\xEF\xBB\xBF{\n  \"format\": \"tolok-plan\",\n  \"version\": 2,\n  \"plan\": {"},
    };
    for (const auto& [from, to] : edits) {
        INFO(to);
        same_as_dom(with(good, from, to));
    }
    // "plan" before "format"/"version", "objectives" before "period", "years" before "formula"
    nlohmann::json doc = nlohmann::json::parse(good);
    nlohmann::ordered_json reordered;
    reordered["plan"] = doc["plan"];
    reordered["version"] = 2;
    reordered["format"] = "tolok-plan";
    same_as_dom(reordered.dump());
    same_as_dom(doc.dump());  // keys sorted: "plan" before "version"
    nlohmann::ordered_json ordered = nlohmann::ordered_json::parse(good);
    nlohmann::ordered_json plan;
    plan["objectives"] = ordered["plan"]["objectives"];
    for (auto& [k, v] : ordered["plan"].items()) plan[k] = v;
    same_as_dom(nlohmann::ordered_json{{"format", "tolok-plan"}, {"version", 2}, {"plan", plan}}.dump());
    nlohmann::ordered_json& first = ordered["plan"]["objectives"][0]["indicators"][0];
    nlohmann::ordered_json ind;
    ind["years"] = first["years"];
    for (auto& [k, v] : first.items()) ind[k] = v;
    first = ind;
    CHECK(same_as_dom(ordered.dump()));  // "years" (with components) before "formula": still the fast path
    first["years"]["2023"]["actual"]["components"]["z"] = 1;
    CHECK_FALSE(same_as_dom(ordered.dump()));
    // a period of 0-0 ignores the years; version 1 migrates
    same_as_dom(with(with(good, "\"start\": 2021", "\"start\": 0"), "\"end\": 2026", "\"end\": 0"));
    same_as_dom(R"({"format": "tolok-plan", "version": 1, "plan": {"id": "lama", "office": {"name": "Bappeda"},
      "period": {"start": 2019, "end": 2020}, "objectives": [{"id": "s1", "name": "Sasaran", "indicators": [
        {"id": "i1", "name": "Jumlah dokumen", "targets": {"2019": "2 dok", "2020": "3 dok"}}]}]}})");
}

TEST_CASE("every error class gives the DOM reader's diagnostics") {
    std::string good = write_plan(full_plan());
    const std::pair<const char*, const char*> edits[] = {
        // wrong types
        {"\"name\": \"Dinas Kominfo\"", "\"name\": 5"}, {"\"office\": {", "\"office\": [], \"x\": {"},
        {"\"start\": 2021", "\"start\": \"2021\""}, {"\"start\": 2021", "\"start\": 2021.0"}, {"\"end\": 2026", "\"end\": null"},
        {"\"title\": \"KEPALA DINAS\"", "\"title\": true"}, {"\"chapters\": [", "\"chapters\": {}, \"x\": ["},
        {"\"kind\": \"percent\"", "\"kind\": 1"}, {"\"cap\": 120.0", "\"cap\": \"120\""}, {"\"min_inclusive\": false", "\"min_inclusive\": 0"},
        {"\"min\": 60.5,", "\"min\": \"60\","}, {"\"max\": 50.0", "\"max\": null"}, {"\"steps\": [", "\"steps\": 1, \"x\": ["},
        {"\"target\": \"80-90 %\"", "\"target\": 85"}, {"\"20%\",", "20,"}, {"\"a\": 12.5", "\"a\": \"12.5\""},
        {"\"evidence\": [", "\"evidence\": {}, \"x\": ["}, {"\"value\": \"3 kec.\"", "\"value\": 3"},
        {"\"from_evidence\": \"distinct_places\"", "\"from_evidence\": 2"},
        {"\"years\": {", "\"years\": [], \"x\": {"}, {"\"indicators\": [", "\"indicators\": {}, \"x\": ["},
        {"\"formula\": {", "\"formula\": \"A\", \"x\": {"}, {"\"components\": [", "\"components\": {}, \"x\": ["},
        {"\"quarter_actuals\": [", "\"quarter_actuals\": {}, \"x\": ["}, {"\"baseline\": \"60%\"", "\"baseline\": 60"},
        {"\"note\": \"catatan\"", "\"note\": []"}, {"\"plan\": {", "\"plan\": [], \"x\": {"},
        // missing fields
        {"\"name\": \"Meningkatnya layanan\",", ""}, {"\"id\": \"opd-1\",", ""}, {"\"label\": \"Kurang\",", ""},
        {"\"id\": \"custom\",", ""}, {"\"id\": \"a\",", ""}, {"\"start\": 2021,", ""}, {"\"name\": \"Persentase", "\"nama\": \"Persentase"},
        {"\"id\": \"kata_pengantar\",", ""}, {"\"label\": \"C\",", ""},
        // invalid values, years, quarters, components, enums, period
        {"\"polarity\": \"minimize\"", "\"polarity\": \"lower\""}, {"\"a\": 12.5", "\"z\": 12.5"}, {"\"2024\": {", "\"2030\": {"},
        {"\"2024\": {", "\"20x4\": {"}, {"\"2024\": {", "\"\": {"}, {"\"20%\",", ""}, {"\"20%\",", "\"20%\", \"1\","},
        {"\"cap\": 120.0", "\"cap\": 0"}, {"\"cap\": 120.0", "\"cap\": -5"}, {"\"end\": 2026", "\"end\": 2020"},
        {"\"end\": 2026", "\"end\": 2090"}, {"\"start\": 2021", "\"start\": 20000000"}, {"\"minimize_rule\": \"inverse_ratio\"", "\"minimize_rule\": \"x\""},
        {"\"aggregation\": \"average\"", "\"aggregation\": \"mean\""}, {"\"kind\": \"percent\"", "\"kind\": \"pct\""},
        // duplicate ids
        {"\"id\": \"b\",", "\"id\": \"a\","}, {"\"chapters\": [", "\"chapters\": [{\"id\": \"kata_pengantar\"},"},
        // category bands
        {"\"min\": 60.5,", "\"min\": 70,"}, {"\"label\": \"Baik\"", "\"label\": \"\""},
        // file level
        {"\"format\": \"tolok-plan\"", "\"format\": \"excel\""}, {"\"version\": 2", "\"version\": 9"}, {"\"version\": 2", "\"version\": \"2\""},
        {"\"version\": 2,", ""}, {"\"plan\": {", "\"plans\": [], \"plan\": {"}, {"\"plan\": {", "\"x\": {"},
        {"\"version\": 2", "\"version\": 2.5"}, {"\"version\": 2", "\"version\": 0"}, {"\"version\": 2", "\"version\": 1e20"},
        {"\"cap\": 120.0", "\"cap\": 1e999"}, {"\"min\": 60.5,", "\"min\": -1e400,"},
        {"\"title\": \"IKU 2021-2026\",", "\"title\": \"IKU 2021-2026\""},  // syntax
    };
    for (const auto& [from, to] : edits) {
        INFO(from, " -> ", to);
        CHECK_FALSE(same_as_dom(with(good, from, to)));
    }
    Plan twice = full_plan();
    twice.objectives.push_back(twice.objectives[0]);
    CHECK_FALSE(same_as_dom(write_plan(twice)));  // duplicate objective and indicator ids
    CHECK_FALSE(same_as_dom(write_plans({full_plan(), full_plan()})));  // duplicate plan ids
    const char* files[] = {"", " \n", "[1]", "\"text\"", "{\"format\":\"tolok-plan\",\"version\":2,\"plans\":[]}",
                           "{\"format\":\"tolok-plan\",\"version\":2,\"plans\":[1]}", "{\"format\":\"tolok-plan\",\"version\":2}",
                           "{\"format\":\"tolok-plan\",\"version\":2,\"plan\":{}} trailing", "{\"format\":\"tolok-plan\""};
    for (const char* f : files) CHECK_FALSE(same_as_dom(f));
    CHECK_FALSE(same_as_dom(std::string("{\"a\":\0}", 7)));
    CHECK_FALSE(same_as_dom(with(good, "Kota Agung", "Kota \xC0\xAF")));  // not UTF-8 text
}

TEST_CASE("random damage to a file gives the DOM reader's result") {
    TestRng rng;
    std::string good = write_plans({full_plan(), generated_plan(rng, 1)});
    const char* tokens[] = {"", "\"", "{", "}", "[", "]", ",", ":", "null", "1", "-1.5", "\"x\"", "true", "\"2019\"", "{}", "[]"};
    for (int i = 0; i < 400; ++i) {
        std::string text = good;
        for (int k = 0; k < 1 + rng.below(2); ++k) {
            size_t at = static_cast<size_t>(rng.below(static_cast<int>(text.size())));
            size_t length = static_cast<size_t>(rng.below(12));
            text.replace(at, std::min(length, text.size() - at), tokens[rng.below(16)]);
        }
        INFO(text);
        same_as_dom(text);
    }
}

}

TEST_CASE("an indicator's pohon kinerja link (supports) is kept by both readers and written only when set") {
    Plan p = builtin_plan();
    Indicator* six = find_indicator(p, "i6");
    REQUIRE(six != nullptr);
    six->supports = "kabupaten-tanggamus/i12";
    const std::string text = write_plan(p);
    CHECK(text.find("\"supports\": \"kabupaten-tanggamus/i12\"") != std::string::npos);
    CHECK(write_plan(builtin_plan()).find("\"supports\"") == std::string::npos);
    auto fast = read_plans_sax(text);
    REQUIRE(fast);
    CHECK(find_indicator(fast->front(), "i6")->supports == "kabupaten-tanggamus/i12");
    PlanReadResult dom = read_plans_dom(text);
    REQUIRE(dom.ok());
    CHECK(find_indicator(dom.plans.front(), "i6")->supports == "kabupaten-tanggamus/i12");
    CHECK(write_plan(dom.plans.front()) == text);

    std::string wrong = text;
    wrong.replace(wrong.find("\"kabupaten-tanggamus/i12\""), 25, "12");
    PlanReadResult bad = read_plans(wrong);
    CHECK_FALSE(bad.ok());
    REQUIRE_FALSE(bad.errors.empty());
    CHECK(bad.errors.front().id == "import.wrong_type");
    CHECK(bad.errors.front().location.find("/supports") != std::string::npos);
}

TEST_CASE("an indicator's own cap ('Konversi 120') is kept by both readers, written only when set, checked on import") {
    Plan p = builtin_plan();
    find_indicator(p, "i1")->cap = {IndicatorCap::Rule::At, 120};
    find_indicator(p, "i2")->cap = {IndicatorCap::Rule::None, 120};
    const std::string text = write_plan(p);
    CHECK(text.find("\"cap\": 120") != std::string::npos);
    CHECK(text.find("\"cap\": \"none\"") != std::string::npos);
    const std::string plain = write_plan(builtin_plan());
    CHECK(plain.find("\"cap\"") == plain.rfind("\"cap\""));  // once, in the plan's settings: indicators say it only when set
    for (const auto& plans : {*read_plans_sax(text), read_plans_dom(text).plans}) {
        REQUIRE(plans.size() == 1);
        CHECK(find_indicator(plans.front(), "i1")->cap == IndicatorCap{IndicatorCap::Rule::At, 120});
        CHECK(find_indicator(plans.front(), "i2")->cap.rule == IndicatorCap::Rule::None);
        CHECK(find_indicator(plans.front(), "i3")->cap.rule == IndicatorCap::Rule::Plan);
        CHECK(write_plan(plans.front()) == text);
    }
    // A cap of 0, a negative one, or a word other than "none" is refused at its pointer, by whichever reader.
    for (const char* wrong : {"0", "-5", "\"tidak\"", "true"}) {
        const std::string shown = wrong;
        CAPTURE(shown);
        std::string bad_text = text;
        const std::string good = "\"cap\": 120";
        const size_t at = bad_text.find(good);
        bad_text.replace(at, bad_text.find(',', at) - at, std::string("\"cap\": ") + wrong);  // "cap": 120.0
        PlanReadResult bad = read_plans(bad_text);
        CHECK_FALSE(bad.ok());
        REQUIRE_FALSE(bad.errors.empty());
        CAPTURE(bad.errors.front().location);
        CHECK(bad.errors.front().location.find("/indicators/0/cap") != std::string::npos);
        CHECK(same_as_dom(bad_text) == false);
    }
}

TEST_CASE("a year's kegiatan (Rencana Aksi) are kept by both readers and written only when set") {
    Plan p = builtin_plan();
    find_indicator(p, "i9")->years[2023].activities = "Monitoring distribusi beras\nRapat evaluasi";
    const std::string text = write_plan(p);
    CHECK(text.find("\"activities\": \"Monitoring distribusi beras\\nRapat evaluasi\"") != std::string::npos);
    CHECK(write_plan(builtin_plan()).find("\"activities\"") == std::string::npos);
    auto fast = read_plans_sax(text);
    REQUIRE(fast);
    CHECK(find_indicator(fast->front(), "i9")->years.at(2023).activities == "Monitoring distribusi beras\nRapat evaluasi");
    PlanReadResult dom = read_plans_dom(text);
    REQUIRE(dom.ok());
    CHECK(write_plan(dom.plans.front()) == text);
    std::string wrong = text;
    wrong.replace(wrong.find("\"Monitoring distribusi beras\\nRapat evaluasi\""), 45, "7");
    PlanReadResult bad = read_plans(wrong);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errors.front().id == "import.wrong_type");
    CHECK(bad.errors.front().location.find("/years/2023/activities") != std::string::npos);
}

TEST_CASE("programs and their budget (Perjanjian Kinerja) are kept by both readers, written only when there are some") {
    Plan p = builtin_plan();
    p.programs = {{"p1", "Program Penataan Peraturan Perundang-undangan", {{2022, parse_value("Rp 150.000.000")}, {2023, parse_value("Rp 175.500.000")}}},
                  {"p2", "Program Pemerintahan dan Kesejahteraan Rakyat", {}}};
    const std::string text = write_plan(p);
    CHECK(text.find("\"programs\": [") != std::string::npos);
    CHECK(write_plan(builtin_plan()).find("\"programs\"") == std::string::npos);
    auto fast = read_plans_sax(text);
    REQUIRE(fast);
    REQUIRE(fast->front().programs.size() == 2);
    CHECK(fast->front().programs[0].budget.at(2023).number == 175500000.0);
    CHECK(fast->front().programs[0].budget.at(2023).shape == ValueShape::Money);
    PlanReadResult dom = read_plans_dom(text);
    REQUIRE(dom.ok());
    CHECK(write_plan(dom.plans.front()) == text);
    CHECK(write_plan(fast->front()) == text);

    // A year outside the period, a budget that is no text, a program without a name, a duplicate id: refused
    // at their pointers, by whichever reader.
    const std::vector<std::pair<std::pair<std::string, std::string>, std::string>> wrongs = {
        {{"\"2022\": \"Rp 150.000.000\"", "\"2030\": \"Rp 150.000.000\""}, "/plan/programs/0/budget/2030"},
        {{"\"2022\": \"Rp 150.000.000\"", "\"2022\": 150000000"}, "/plan/programs/0/budget/2022"},
        {{"\"name\": \"Program Pemerintahan dan Kesejahteraan Rakyat\"", "\"nama\": \"x\""}, "/plan/programs/1/name"},
        {{"\"id\": \"p2\"", "\"id\": \"p1\""}, "/plan/programs/1/id"},
    };
    for (const auto& [change, where] : wrongs) {
        CAPTURE(change.second);
        std::string bad_text = text;
        REQUIRE(bad_text.find(change.first) != std::string::npos);
        bad_text.replace(bad_text.find(change.first), change.first.size(), change.second);
        PlanReadResult bad = read_plans(bad_text);
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.errors.front().location == where);
        CHECK(same_as_dom(bad_text) == false);
    }
}
