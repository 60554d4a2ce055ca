// A plain-text table with aligned columns for terminal output (UTF-8 aware widths, long cells cut with "...").
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace tolok::cli {

class TextTable {
public:
    explicit TextTable(std::vector<std::string> headers);
    void add(std::vector<std::string> cells);
    // Prints with columns separated by two spaces; cells wider than `max_width` characters are shortened.
    void print(std::ostream& out, size_t max_width) const;

private:
    std::vector<std::string> headers_;
    std::vector<std::vector<std::string>> rows_;
};

// Number of characters (code points) in UTF-8 text.
size_t utf8_length(const std::string& s);

}  // namespace tolok::cli
