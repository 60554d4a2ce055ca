// A whole file's bytes, read with C stdio (not iostreams: a stream would link libc++'s locale machinery into the
// browser build, code that every start inflates and validates). Used for libxlsxwriter's temporary file
// (xlsx_export.cpp) and, in the browser, the IndexedDB mirror's files (src/platform/web_mirror.cpp).
#pragma once

#include <optional>
#include <string>

namespace tolok {

// The file's bytes, or nothing when it cannot be opened.
std::optional<std::string> read_file_bytes(const std::string& path);

}  // namespace tolok
