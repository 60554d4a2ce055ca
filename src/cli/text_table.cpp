// Implementation of the aligned text table (see text_table.h).
#include "cli/text_table.h"

#include <algorithm>
#include <ostream>

namespace tolok::cli {

size_t utf8_length(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

// The first `chars` code points of s.
static std::string utf8_prefix(const std::string& s, size_t chars) {
    size_t n = 0, i = 0;
    for (; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (n == chars) break;
            ++n;
        }
    }
    return s.substr(0, i);
}

TextTable::TextTable(std::vector<std::string> headers) : headers_(std::move(headers)) {}

void TextTable::add(std::vector<std::string> cells) {
    cells.resize(headers_.size());
    rows_.push_back(std::move(cells));
}

void TextTable::print(std::ostream& out, size_t max_width) const {
    auto shown = [&](const std::string& cell) {
        return utf8_length(cell) <= max_width ? cell : utf8_prefix(cell, max_width - 3) + "...";
    };
    std::vector<size_t> widths(headers_.size());
    for (size_t c = 0; c < headers_.size(); ++c) {
        widths[c] = utf8_length(headers_[c]);
        for (const auto& r : rows_) widths[c] = std::max(widths[c], utf8_length(shown(r[c])));
    }
    auto line = [&](const std::vector<std::string>& cells) {
        for (size_t c = 0; c < cells.size(); ++c) {
            std::string cell = shown(cells[c]);
            out << cell;
            if (c + 1 < cells.size()) out << std::string(widths[c] - utf8_length(cell) + 2, ' ');
        }
        out << "\n";
    };
    line(headers_);
    std::vector<std::string> rule;
    for (size_t w : widths) rule.push_back(std::string(w, '-'));
    line(rule);
    for (const auto& r : rows_) line(r);
}

}  // namespace tolok::cli
