// A refused file's JSON pointers read out as places with the file's own names (core/pointer_place.h).
#include <doctest/doctest.h>

#include "core/builtin_plan.h"
#include "core/plan_json.h"
#include "core/pointer_place.h"

using namespace tolok;

TEST_CASE("pointers into a plan file read out as sasaran, indikator and tahun with the file's names") {
    const std::string file = write_plan(builtin_plan());
    const std::vector<BiText> places = pointer_places(
        file, {"/plan/objectives/0/indicators/2/years/2030", "/plan/objectives/1/indicators/0/years/2023/quarter_targets/3",
               "/plan/period", "line 3, column 7", "/plan/objectives/9/indicators/0"});
    REQUIRE(places.size() == 5);
    CHECK(places[0].id.find("sasaran 1 \"Meningkatnya kinerja aparatur melalui sistem") == 0);  // (a long name shortened)
    CHECK(places[0].id.find("...\", indikator 3 \"Nilai LPPD\", tahun 2030") != std::string::npos);
    CHECK(places[0].en.find("objective 1 ") == 0);
    CHECK(places[0].en.find(", indicator 3 \"Nilai LPPD\", year 2030") != std::string::npos);
    CHECK(places[1].id.find(", indikator 4 ") != std::string::npos);
    CHECK(places[1].id.find(", tahun 2023, target TW 4") != std::string::npos);
    CHECK(places[2].id.empty());  // names no such place: the pointer alone is shown
    CHECK(places[3].id.empty());  // not a pointer
    CHECK(places[4].id == "sasaran 10, indikator 1");  // beyond the file: the numbers still help
    // Not JSON: no places, nothing thrown.
    CHECK(pointer_places("{", {"/plan/objectives/0"})[0].id.empty());
}
