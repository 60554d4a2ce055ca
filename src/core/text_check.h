// The one check that input is text: valid UTF-8 without NUL bytes. Used by the plan reader, the table import and
// the CLI before they look at any content.
#pragma once

#include <cstddef>
#include <string_view>

namespace tolok {

// Offset of the first byte that is not part of valid UTF-8 text (or is a NUL byte); npos when all is text.
size_t first_non_text_byte(std::string_view s);

}  // namespace tolok
