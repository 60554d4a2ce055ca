// The one check that input is text: valid UTF-8 without NUL bytes. Used by the plan reader, the table import and
// the CLI before they look at any content.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tolok {

// Offset of the first byte that is not part of valid UTF-8 text (or is a NUL byte); npos when all is text.
size_t first_non_text_byte(std::string_view s);

// Text saved as UTF-16 with its byte-order mark (Excel's "Unicode Text (*.txt)", Notepad's "Unicode"), as UTF-8
// without the mark; nullopt when `bytes` does not start with a UTF-16 mark (FF FE or FE FF). A lone surrogate or a
// last odd byte becomes U+FFFD, which the reader then shows as it is. Hand-written: iconv is not in the browser
// build, and std::wstring_convert is deprecated.
std::optional<std::string> utf16_with_bom_to_utf8(std::string_view bytes);

// The input as UTF-8 text for the readers: UTF-16 with a mark decoded, otherwise the bytes as they are.
std::string as_utf8_text(std::string bytes);

}  // namespace tolok
