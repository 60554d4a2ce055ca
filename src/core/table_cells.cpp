// What a cell (or row) below a table's header is (see table_cells.h).
#include "table_cells.h"

#include <cctype>

#include "table_text.h"

namespace tolok::table_detail {

bool is_column_numbers(const std::vector<std::string>& cells) {
    int expected = 1, count = 0;
    for (const auto& c : cells) {
        if (c.empty()) continue;
        std::string v = c;
        if (v.size() >= 2 && v.front() == '(' && v.back() == ')') v = v.substr(1, v.size() - 2);
        if (v != std::to_string(expected)) return false;
        ++expected;
        ++count;
    }
    return count >= 2;
}

std::optional<Polarity> polarity_of(const std::string& text) {
    std::string t = lower(text);
    if (t.empty()) return Polarity::Maximize;
    if (t.find("stabil") != std::string::npos || t.find("rentang") != std::string::npos || t.find("range") != std::string::npos)
        return Polarity::Stabilize;
    if (t.find("min") != std::string::npos || t.find("negatif") != std::string::npos || t.find("negative") != std::string::npos ||
        t.find("rendah semakin baik") != std::string::npos || t.find("kecil semakin baik") != std::string::npos ||
        t.find("lower") != std::string::npos || t == "-" || t == "(-)" || t.find("turun") != std::string::npos)
        return Polarity::Minimize;
    if (t.find("max") != std::string::npos || t.find("maks") != std::string::npos || t.find("positif") != std::string::npos ||
        t.find("positive") != std::string::npos || t.find("tinggi semakin baik") != std::string::npos ||
        t.find("besar semakin baik") != std::string::npos || t.find("higher") != std::string::npos || t == "+" || t == "(+)" ||
        t.find("naik") != std::string::npos)
        return Polarity::Maximize;
    return std::nullopt;
}

bool looks_like_row_number(const std::string& cell) {
    std::string s = cell;
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = s.substr(1, s.size() - 2);
    while (!s.empty() && (s.back() == '.' || s.back() == ')')) s.pop_back();
    if (s.empty() || s.size() > 8) return false;
    size_t digits = 0, letters = 0, dots = 0;
    for (char c : s) {
        if (std::isdigit(static_cast<unsigned char>(c))) ++digits;
        else if (std::isalpha(static_cast<unsigned char>(c))) ++letters;
        else if (c == '.') ++dots;
        else return false;
    }
    if (digits > 0) return letters <= 1;  // "1", "1.2", "1a"
    if (letters == 1) return true;        // "a"
    return dots == 0 && s.find_first_not_of("IVXLivxl") == std::string::npos;  // roman "IV"
}

bool is_note_text(const std::string& cell) {
    std::string t = lower(cell);
    for (const char* p : {"catatan", "keterangan", "ket.", "ket:", "ket :", "note", "n.b.", "nb:", "nb :", "sumber:", "sumber :",
                          "source:", "*"})
        if (starts(t, p)) return true;
    return false;
}

bool starts_signature(const std::string& cell) {
    const std::string l = lower(cell);
    if (l.rfind("nip", 0) == 0 && (l.size() == 3 || !std::isalpha(static_cast<unsigned char>(l[3])))) return true;
    for (const char* opening : {"mengetahui", "menyetujui", "pihak pertama", "pihak kedua", "yang menetapkan", "ditetapkan di"})
        if (l.rfind(opening, 0) == 0) return true;
    static const char* const kMonths[] = {"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
                                          "oktober", "november", "desember", "january", "february", "march", "may", "june",
                                          "july", "august", "october", "december"};
    bool month = false;
    for (const char* m : kMonths) month = month || l.find(m) != std::string::npos;
    bool year = false;
    for (size_t i = 0; i + 4 <= l.size(); ++i)
        if ((i == 0 || !std::isdigit(static_cast<unsigned char>(l[i - 1]))) && (l.compare(i, 2, "19") == 0 || l.compare(i, 2, "20") == 0) &&
            std::isdigit(static_cast<unsigned char>(l[i + 2])) && std::isdigit(static_cast<unsigned char>(l[i + 3])) &&
            (i + 4 == l.size() || !std::isdigit(static_cast<unsigned char>(l[i + 4]))))
            year = true;
    return l.find(',') != std::string::npos && month && year;
}

bool is_spreadsheet_formula(const std::string& cell, bool formula_column) {
    if (cell.size() < 2 || cell[0] != '=') return false;
    if (!formula_column) return true;
    size_t i = 1;
    if (cell[i] == '$') ++i;
    size_t letters = i;
    while (i < cell.size() && ((cell[i] >= 'A' && cell[i] <= 'Z') || cell[i] == '.' || cell[i] == '_')) ++i;
    if (i == letters || i >= cell.size()) return false;
    if (cell[i] == '(') return true;  // a function call
    if (cell[i] == '$') ++i;
    return i - letters <= 4 && i < cell.size() && std::isdigit(static_cast<unsigned char>(cell[i]));  // a cell reference
}

}  // namespace tolok::table_detail
