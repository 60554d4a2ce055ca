// The one check that input is text: valid UTF-8 without NUL bytes. Used by the plan reader, the table import and
// the CLI before they look at any content.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tolok {

// Offset of the first byte that is not part of valid UTF-8 text (or is a NUL byte); npos when all is text.
size_t first_non_text_byte(std::string_view s);
// Offset where the text ends inside a UTF-8 character (a lead byte followed by fewer continuation bytes than it
// needs, up to the end: a file cut in the middle of a character, said "terpotong" rather than "not text"); npos
// otherwise.
size_t cut_inside_character(std::string_view t);

// Appends a code point (up to U+10FFFF) as UTF-8. Inline: the JSON scanner calls it for every \u escape.
inline void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Text saved as UTF-16 with its byte-order mark (Excel's "Unicode Text (*.txt)", Notepad's "Unicode"), as UTF-8
// without the mark; nullopt when `bytes` does not start with a UTF-16 mark (FF FE or FE FF). A lone surrogate or a
// last odd byte becomes U+FFFD, which the reader then shows as it is. Hand-written: iconv is not in the browser
// build, and std::wstring_convert is deprecated.
std::optional<std::string> utf16_with_bom_to_utf8(std::string_view bytes);

// The input as UTF-8 text for the readers: UTF-16 with a mark decoded, otherwise the bytes as they are.
std::string as_utf8_text(std::string bytes);

// A table saved by Excel on Windows as plain "CSV" is in the Windows-1252 code page, not UTF-8: decoded to UTF-8
// when `bytes` are not UTF-8 text but read as Windows-1252 text (no NUL or other control byte but tab and line
// breaks, none of its five unassigned bytes); nullopt otherwise (UTF-8 text, or binary).
std::optional<std::string> windows1252_to_utf8(std::string_view bytes);

}  // namespace tolok
