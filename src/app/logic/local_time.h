// A file's time ("2026-11-26T08:00:00Z", or with an offset) as people here read it: in the office's own time zone
// when the browser says which, "26-11-2026 15:00 WIB"; as written in UTC otherwise.
#pragma once

#include <optional>
#include <string>

namespace tolok::app {

// `local_offset_minutes`: minutes east of UTC of the reader's clock (420 in WIB); nullopt to keep the file's zone.
// Text that is no such time comes back as it is.
std::string readable_time(const std::string& iso, std::optional<int> local_offset_minutes);

// The calendar day of that time in the reader's zone, "2026-11-27"; empty when `iso` is no such time.
std::string local_date(const std::string& iso, std::optional<int> local_offset_minutes);

}  // namespace tolok::app
