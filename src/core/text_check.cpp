// Implementation of the UTF-8 text check (see text_check.h): rejects NUL bytes, stray continuation bytes,
// overlong or truncated sequences.
#include "text_check.h"

#include <string>

namespace tolok {

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

std::string as_utf8_text(std::string bytes) {
    if (auto decoded = utf16_with_bom_to_utf8(bytes)) return std::move(*decoded);
    return bytes;
}

}  // namespace tolok
