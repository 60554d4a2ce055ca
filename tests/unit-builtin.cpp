// Tests of the built-in plan: the seed IKU document's Lampiran (read independently here from the markdown)
// matches the embedded asset: 7 sasaran, 15 indicators, 90 targets as printed, the signatory, the chapters.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/builtin_plan.h"
#include "core/formula.h"
#include "core/plan_json.h"

#include "seed_fixture.h"

using namespace tolok;

namespace {
}  // namespace

TEST_SUITE("builtin") {

TEST_CASE("the built-in plan is the seed, as printed") {
    Plan p = builtin_plan();
    CHECK(p.id == "setda-tanggamus-2018-2023");
    CHECK(p.start_year == 2018);
    CHECK(p.end_year == 2023);
    CHECK(p.objectives.size() == 7);
    CHECK(indicator_count(p) == 15);
    CHECK(p.signatory.name == "Drs. HAMID HERIANSYAH LUBIS, M.SI.");
    CHECK(p.signatory.rank == "Pembina Utama Muda");
    CHECK(check_nip(p.signatory.nip, "/signatory/nip").empty());

    auto rows = seed_lampiran_rows();
    REQUIRE(rows.size() == 15);
    size_t i = 0, targets = 0;
    std::string objective;
    for (const auto& o : p.objectives)
        for (const auto& ind : o.indicators) {
            const auto& row = rows[i++];
            CAPTURE(ind.code);
            if (!row[0].empty()) objective = row[0];
            CHECK(o.name == objective);
            CHECK(ind.name == row[1]);
            CHECK(ind.code == std::to_string(i));
            CHECK(ind.formula.text == latex_to_plain(row[2]));
            for (int y = 0; y < 6; ++y) {
                CHECK(ind.years.at(2018 + y).target.text == row[3 + y]);
                ++targets;
            }
        }
    CHECK(targets == 90);
}

TEST_CASE("the four printed fractions are computable") {
    Plan p = builtin_plan();
    int computable = 0;
    for (const auto& o : p.objectives)
        for (const auto& ind : o.indicators)
            if (!ind.formula.expression.empty()) {
                ++computable;
                CHECK(parse_formula(ind.formula.expression).ok());
                CHECK(ind.formula.components.size() == 2);
            }
    CHECK(computable == 4);
    CHECK(find_indicator(p, "i5")->formula.expression == "[Jumlah Type OPD] / [Jumlah OPD] x 100 %");
}

TEST_CASE("the chapters are the document's") {
    Plan p = builtin_plan();
    REQUIRE(p.chapters.size() == 6);
    CHECK(p.chapters[0].title == "KATA PENGANTAR");
    CHECK(p.chapters[0].text.rfind("Dalam upaya pencapaian tujuan", 0) == 0);
    CHECK(p.chapters[5].text.find("Demikian Indikator Kinerja Utama") != std::string::npos);
}

TEST_CASE("the asset is written exactly as the writer writes it") {
    CHECK(write_plan(builtin_plan()) == builtin_plan_json());
}

}
