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

}  // namespace tolok
