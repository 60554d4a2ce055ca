// A whole file's bytes with C stdio (see file_bytes.h).
#include "file_bytes.h"

#include <cstdio>

namespace tolok {

std::optional<std::string> read_file_bytes(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return std::nullopt;
    std::string content;
    char buffer[16384];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) content.append(buffer, n);
    std::fclose(f);
    return content;
}

}  // namespace tolok
