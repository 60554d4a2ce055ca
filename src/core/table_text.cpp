// Text helpers shared by the stages of the table import (see table_text.h).
#include "table_text.h"

#include <cctype>

namespace tolok::table_detail {

std::string trim(const std::string& s) {
    size_t a = 0, b = s.size();
    while (a < b && (std::isspace(static_cast<unsigned char>(s[a])) || (s.compare(a, 2, "\xC2\xA0") == 0 && ++a))) ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
    return s.substr(a, b - a);
}

std::string one_line(const std::string& s) {
    if (s.find('\n') == std::string::npos) return s;
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\n') {
            out += s[i];
            continue;
        }
        while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
        while (i + 1 < s.size() && (s[i + 1] == ' ' || s[i + 1] == '\t' || s[i + 1] == '\n')) ++i;
        out += ' ';
    }
    return out;
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

bool starts(const std::string& s, const char* p) { return s.rfind(p, 0) == 0; }

bool all_empty(const std::vector<std::string>& cells) {
    for (const auto& c : cells)
        if (!c.empty()) return false;
    return true;
}

std::string cell_at(const std::vector<std::string>& cells, int col) {
    return col >= 0 && col < static_cast<int>(cells.size()) ? cells[col] : std::string();
}

Diagnostic problem(Severity s, const char* id, int row, int column, std::string msg_id, std::string msg_en) {
    std::string loc = "row " + std::to_string(row) + (column > 0 ? ", column " + std::to_string(column) : "");
    return Diagnostic{s, id, loc, {std::move(msg_id), std::move(msg_en)}};
}

std::string column_span(int first, int last) {
    return first == last ? std::to_string(first) : std::to_string(first) + "-" + std::to_string(last);
}

}  // namespace tolok::table_detail
