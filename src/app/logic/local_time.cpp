// Times of exchange files in the reader's time zone (see local_time.h).
#include "app/logic/local_time.h"

#include "core/sent_time.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace tolok::app {

namespace {

// Back from days since 1970-01-01 to the civil date (core/sent_time.h days_from_civil, H. Hinnant's algorithms).
void civil_from_days(long long z, long long& y, unsigned& m, unsigned& d) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<long long>(yoe) + era * 400 + (m <= 2);
}

std::string zone_name(int offset) {
    if (offset == 0) return "UTC";
    if (offset == 7 * 60) return "WIB";
    if (offset == 8 * 60) return "WITA";
    if (offset == 9 * 60) return "WIT";
    char buf[16];
    std::snprintf(buf, sizeof buf, "UTC%c%02d:%02d", offset < 0 ? '-' : '+', std::abs(offset) / 60, std::abs(offset) % 60);
    return buf;
}

}  // namespace

std::string readable_time(const std::string& t, std::optional<int> local_offset_minutes) {
    auto digits = [&](size_t at, size_t n) {
        if (t.size() < at + n) return false;
        for (size_t i = at; i < at + n; ++i)
            if (!std::isdigit(static_cast<unsigned char>(t[i]))) return false;
        return true;
    };
    if (t.size() < 16 || !digits(0, 4) || t[4] != '-' || !digits(5, 2) || t[7] != '-' || !digits(8, 2) || (t[10] != 'T' && t[10] != ' ') ||
        !digits(11, 2) || t[13] != ':' || !digits(14, 2))
        return t;
    size_t zone = 16;
    if (zone < t.size() && t[zone] == ':') {  // seconds, perhaps with a fraction: not shown
        zone += 3;
        if (zone < t.size() && t[zone] == '.') ++zone;
        while (zone < t.size() && std::isdigit(static_cast<unsigned char>(t[zone]))) ++zone;
    }
    const std::string offset = t.substr(std::min(zone, t.size()));
    int file_offset = 0;
    if (offset == "Z" || offset == "z") file_offset = 0;
    else if (offset.size() == 6 && (offset[0] == '+' || offset[0] == '-') && digits(zone + 1, 2) && offset[3] == ':' && digits(zone + 4, 2))
        file_offset = (offset[0] == '-' ? -1 : 1) * (std::atoi(offset.substr(1, 2).c_str()) * 60 + std::atoi(offset.substr(4, 2).c_str()));
    else if (offset.empty())  // no zone: a local time of unknown place, shown as written
        return t.substr(8, 2) + "-" + t.substr(5, 2) + "-" + t.substr(0, 4) + " " + t.substr(11, 5);
    else
        return t;
    const int shown_offset = local_offset_minutes.value_or(file_offset);
    const long long minutes = days_from_civil(std::atoll(t.substr(0, 4).c_str()), static_cast<unsigned>(std::atoi(t.substr(5, 2).c_str())),
                                              static_cast<unsigned>(std::atoi(t.substr(8, 2).c_str()))) * 1440 +
                              std::atoi(t.substr(11, 2).c_str()) * 60 + std::atoi(t.substr(14, 2).c_str()) - file_offset + shown_offset;
    const long long day = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440;
    const long long in_day = minutes - day * 1440;
    long long y = 0;
    unsigned m = 0, d = 0;
    civil_from_days(day, y, m, d);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%02u-%02u-%04lld %02lld:%02lld ", d, m, y, in_day / 60, in_day % 60);
    return buf + zone_name(shown_offset);
}

std::string local_date(const std::string& iso, std::optional<int> local_offset_minutes) {
    const std::string shown = readable_time(iso, local_offset_minutes);  // "27-11-2026 04:30 WITA"
    if (shown == iso || shown.size() < 10 || shown[2] != '-' || shown[5] != '-') return {};
    return shown.substr(6, 4) + "-" + shown.substr(3, 2) + "-" + shown.substr(0, 2);
}

}  // namespace tolok::app
