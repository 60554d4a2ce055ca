// Implementation of the UTF-8 text check (see text_check.h): rejects NUL bytes, stray continuation bytes,
// overlong or truncated sequences.
#include "text_check.h"

#include <string>

namespace tolok {

size_t cut_inside_character(std::string_view t) {
    for (size_t back = 1; back <= 3 && back <= t.size(); ++back) {
        auto c = static_cast<unsigned char>(t[t.size() - back]);
        if ((c & 0xC0) == 0x80) continue;  // a continuation byte
        size_t need = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        return need > back ? t.size() - back : std::string_view::npos;
    }
    return std::string_view::npos;
}

size_t first_non_text_byte(std::string_view s) {
    size_t i = 0, n = s.size();
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == 0) return i;
        if (c < 0x80) { ++i; continue; }
        size_t len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || c == 0xC0 || c == 0xC1 || c > 0xF4 || i + len > n) return i;
        for (size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
        i += len;
    }
    return std::string::npos;
}

std::optional<std::string> utf16_with_bom_to_utf8(std::string_view bytes) {
    if (bytes.size() < 2) return std::nullopt;
    const unsigned char b0 = static_cast<unsigned char>(bytes[0]), b1 = static_cast<unsigned char>(bytes[1]);
    const bool little = b0 == 0xFF && b1 == 0xFE, big = b0 == 0xFE && b1 == 0xFF;
    if (!little && !big) return std::nullopt;
    auto unit = [&](size_t at) -> unsigned {
        const unsigned a = static_cast<unsigned char>(bytes[at]), b = static_cast<unsigned char>(bytes[at + 1]);
        return little ? a | (b << 8) : (a << 8) | b;
    };
    constexpr unsigned kReplacement = 0xFFFD;
    std::string out;
    out.reserve(bytes.size());
    size_t i = 2;
    for (; i + 1 < bytes.size(); i += 2) {
        const unsigned u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
            const unsigned low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        append_utf8(out, u >= 0xD800 && u <= 0xDFFF ? kReplacement : u);
    }
    if (i < bytes.size()) append_utf8(out, kReplacement);  // an odd last byte
    return out;
}

std::optional<std::string> windows1252_to_utf8(std::string_view bytes) {
    if (first_non_text_byte(bytes) == std::string_view::npos) return std::nullopt;
    // 0x80-0x9F as Windows-1252 has them (0 where unassigned); 0xA0-0xFF are U+00A0-U+00FF.
    static const std::uint16_t high[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                           0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                           0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (unsigned char c : bytes) {
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return std::nullopt;
        if (c == 0x7F) return std::nullopt;
        if (c < 0x80) { out += static_cast<char>(c); continue; }
        const std::uint32_t cp = c < 0xA0 ? high[c - 0x80] : c;
        if (cp == 0) return std::nullopt;
        append_utf8(out, cp);
    }
    return out;
}

std::string as_utf8_text(std::string bytes) {
    if (auto decoded = utf16_with_bom_to_utf8(bytes)) return std::move(*decoded);
    return bytes;
}

}  // namespace tolok
