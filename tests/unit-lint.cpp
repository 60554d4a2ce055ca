// Tests of the IKU quality lint (core/lint.h) on the seed's known inconsistencies (sakip.md, "The seed, read
// critically") and on small hand-made plans for the other findings.
#include <doctest/doctest.h>

#include "core/builtin_plan.h"
#include "core/lint.h"

using namespace tolok;

namespace {
bool has(const Diagnostics& ds, const std::string& id, const std::string& location) {
    for (const auto& d : ds)
        if (d.id == id && d.location == location) return true;
    return false;
}
}  // namespace

TEST_SUITE("lint") {

TEST_CASE("the seed's inconsistencies are flagged, not fixed") {
    Diagnostics d = lint_plan(builtin_plan());
    // Indicator 7: "Jumlah ..." with a percentage formula and targets of "5 keg".
    CHECK(has(d, "lint.formula_unit_mismatch", "/objectives/2/indicators/2"));
    // Indicator 12: a "Nilai" (score) measured as a count of events.
    CHECK(has(d, "lint.name_kind_mismatch", "/objectives/5/indicators/0"));
    // Indicator 13: IKM, a 25-100 index, with percentage targets.
    CHECK(has(d, "lint.name_kind_mismatch", "/objectives/6/indicators/0"));
    CHECK(has(d, "lint.spelling", "/objectives/6/indicators/1/name"));
    CHECK(has(d, "lint.formula_not_computable", "/objectives/0/indicators/0/formula"));
    CHECK_FALSE(has_errors(d));
    for (const auto& f : d) {
        CHECK_FALSE(f.message.id.empty());
        CHECK_FALSE(f.message.en.empty());
    }
    // Indicators 5, 14, 15: percentage formula with percentage targets is fine.
    CHECK_FALSE(has(d, "lint.formula_unit_mismatch", "/objectives/2/indicators/0"));
    CHECK_FALSE(has(d, "lint.missing_target", "/objectives/0/indicators/0/years/2018/target"));
}

TEST_CASE("missing targets, mixed units, duplicates, invalid expressions, NIP") {
    Plan p;
    p.start_year = 2021;
    p.end_year = 2022;
    p.signatory.nip = "1975030819940310";  // 16 digits
    Indicator a;
    a.code = "1";
    a.name = "Jumlah dokumen";
    a.years[2021].target = parse_value("2 dok");
    a.years[2022].target = parse_value("3 buku");
    Indicator b = a;
    b.code = "2";
    b.name = "Jumlah  Dokumen";
    b.years.erase(2022);
    b.formula.expression = "[A] / ";
    Indicator c;
    c.code = "3";
    c.name = "Persentase layanan";
    c.years[2021].target = parse_value("5 keg");
    c.years[2022].target = parse_value("5 keg");
    p.objectives = {{"s1", "", "Sasaran", {a, b, c}}};
    Diagnostics d = lint_plan(p);
    CHECK(has(d, "lint.mixed_target_units", "/objectives/0/indicators/0"));
    CHECK(has(d, "lint.missing_target", "/objectives/0/indicators/1/years/2022/target"));
    CHECK(has(d, "lint.duplicate_indicator", "/objectives/0/indicators/1"));
    CHECK(has(d, "lint.formula_invalid", "/objectives/0/indicators/1/formula/expression"));
    CHECK(has(d, "lint.name_kind_mismatch", "/objectives/0/indicators/2"));
    CHECK(has(d, "lint.nip_invalid", "/signatory/nip"));
    CHECK(has_errors(d));
}

}
