// The order of exchange files in time: a file's "sent_at" (core/exchange.h) read as an instant, so that a file sent
// earlier than the version of the same plan already exchanged (an old file dropped again after a newer one) is
// told apart from an update. The core reads no clock; the times are the writers'.
#pragma once

#include <optional>
#include <string>

namespace tolok {

// Days since 1970-01-01 of a civil date (proleptic Gregorian, H. Hinnant's algorithm).
long long days_from_civil(long long year, unsigned month, unsigned day);

// Seconds since 1970-01-01T00:00:00Z of an ISO 8601 time with its zone: "2026-11-26T03:36:28Z",
// "2026-11-26T10:36:28+07:00", seconds optional, a fraction ignored, 'T' or a space between date and time. None for
// text that is no such time, and for a time without a zone (the instant it names is unknown).
std::optional<long long> sent_at_seconds(const std::string& iso);

// Whether a received file was sent before the version last exchanged: true only when both times are read
// (sent_at_seconds) and the file's is strictly earlier. An unknown time (a plain plan file, a memory kept by an
// older Tolok that stored none) never compares: false.
bool sent_earlier(const std::string& file_sent_at, const std::string& known_sent_at);

}  // namespace tolok
