// The order of exchange files in time (see sent_time.h).
#include "sent_time.h"

#include <cctype>
#include <cstdlib>

namespace tolok {

long long days_from_civil(long long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

std::optional<long long> sent_at_seconds(const std::string& t) {
    auto digits = [&](size_t at, size_t n) {
        if (t.size() < at + n) return false;
        for (size_t i = at; i < at + n; ++i)
            if (!std::isdigit(static_cast<unsigned char>(t[i]))) return false;
        return true;
    };
    auto number = [&](size_t at, size_t n) { return std::atoi(t.substr(at, n).c_str()); };
    if (t.size() < 16 || !digits(0, 4) || t[4] != '-' || !digits(5, 2) || t[7] != '-' || !digits(8, 2) || (t[10] != 'T' && t[10] != ' ') ||
        !digits(11, 2) || t[13] != ':' || !digits(14, 2))
        return std::nullopt;
    const int month = number(5, 2), day = number(8, 2), hour = number(11, 2), minute = number(14, 2);
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return std::nullopt;
    int second = 0;
    size_t zone = 16;
    if (zone < t.size() && t[zone] == ':') {
        if (!digits(zone + 1, 2)) return std::nullopt;
        second = number(zone + 1, 2);
        if (second > 60) return std::nullopt;
        zone += 3;
        if (zone < t.size() && t[zone] == '.') {
            ++zone;
            while (zone < t.size() && std::isdigit(static_cast<unsigned char>(t[zone]))) ++zone;
        }
    }
    const std::string offset = t.substr(zone);
    int offset_minutes = 0;
    if (offset == "Z" || offset == "z")
        offset_minutes = 0;
    else if (offset.size() == 6 && (offset[0] == '+' || offset[0] == '-') && digits(zone + 1, 2) && offset[3] == ':' && digits(zone + 4, 2))
        offset_minutes = (offset[0] == '-' ? -1 : 1) * (number(zone + 1, 2) * 60 + number(zone + 4, 2));
    else
        return std::nullopt;  // no zone, or something else after the time
    return days_from_civil(std::atoll(t.substr(0, 4).c_str()), static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 +
           hour * 3600 + minute * 60 + second - offset_minutes * 60LL;
}

bool sent_earlier(const std::string& file_sent_at, const std::string& known_sent_at) {
    const auto file = sent_at_seconds(file_sent_at), known = sent_at_seconds(known_sent_at);
    return file && known && *file < *known;
}

}  // namespace tolok
