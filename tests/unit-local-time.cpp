// Tests of the readable exchange times (app/logic/local_time.h): UTC shown in WIB, WITA and WIT across midnight and
// the year's end, offsets in the file, times without a zone, and text that is no time.
#include <doctest/doctest.h>

#include "app/logic/local_time.h"

using namespace tolok::app;

TEST_SUITE("app") {

TEST_CASE("an exchange file's time is shown in the reader's zone") {
    CHECK(readable_time("2026-11-26T08:00:00Z", 7 * 60) == "26-11-2026 15:00 WIB");
    CHECK(readable_time("2026-11-26T20:30:59Z", 8 * 60) == "27-11-2026 04:30 WITA");   // past midnight
    CHECK(readable_time("2026-12-31T16:00:00Z", 9 * 60) == "01-01-2027 01:00 WIT");    // the year's end
    CHECK(readable_time("2024-02-28T20:00:00Z", 7 * 60) == "29-02-2024 03:00 WIB");    // a leap day
    CHECK(readable_time("2026-11-26T15:00:00+07:00", 7 * 60) == "26-11-2026 15:00 WIB");
    CHECK(readable_time("2026-11-26T15:00:00+07:00", 0) == "26-11-2026 08:00 UTC");
    CHECK(readable_time("2026-11-26T01:00:00Z", -5 * 60) == "25-11-2026 20:00 UTC-05:00");
    CHECK(readable_time("2026-11-26T14:48:21.123Z", std::nullopt) == "26-11-2026 14:48 UTC");   // the file's own zone
    CHECK(readable_time("2026-11-26T21:48:21+07:00", std::nullopt) == "26-11-2026 21:48 WIB");
    CHECK(readable_time("2026-11-26 09:15", 7 * 60) == "26-11-2026 09:15");           // no zone: as written
    CHECK(readable_time("kemarin sore", 7 * 60) == "kemarin sore");
    CHECK(readable_time("2026-11-26T08:00:00Q", 7 * 60) == "2026-11-26T08:00:00Q");
    CHECK(local_date("2026-11-26T20:30:00Z", 7 * 60) == "2026-11-27");  // after 17:00 UTC it is tomorrow in WIB
    CHECK(local_date("2026-11-26T20:30:00Z", std::nullopt) == "2026-11-26");
    CHECK(local_date("bukan waktu", 7 * 60).empty());
}

}
