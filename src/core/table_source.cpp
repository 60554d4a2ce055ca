// From the pasted text to rows of cells (see table_source.h).
#include "table_source.h"

#include <algorithm>
#include <cctype>

#include "table_cells.h"
#include "text_check.h"

namespace tolok::table_detail {

namespace {

char detect_separator(const std::string& text) {
    size_t tabs = 0, semis = 0, commas = 0, lines = 0;
    size_t i = 0;
    while (i < text.size() && lines < 20) {
        size_t end = text.find('\n', i);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(i, end - i);
        if (!trim(line).empty()) {
            ++lines;
            tabs += std::count(line.begin(), line.end(), '\t');
            semis += std::count(line.begin(), line.end(), ';');
            commas += std::count(line.begin(), line.end(), ',');
        }
        i = end + 1;
    }
    if (tabs > 0) return '\t';
    if (semis >= commas && semis > 0) return ';';
    return commas > 0 ? ',' : '\t';
}

// Where a quoted cell opened that the text never closes (1-based row and column), when one does not close.
struct OpenQuote {
    int row = 0, column = 0;
};

// Splits into rows and cells; quoted cells ("...") may hold separators, newlines and doubled quotes. A quote never
// closed would take every following row into its cell: `open_quote` then says where it opened.
std::vector<SourceRow> split_rows(const std::string& text, char sep, std::optional<OpenQuote>& open_quote) {
    std::vector<SourceRow> rows;
    SourceRow row;
    std::string cell;
    int line = 1;
    row.row = 1;
    bool quoted = false, cell_start = true;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') { cell += '"'; ++i; }
                else quoted = false;
            } else {
                if (c == '\n') ++line;
                if (c != '\r') cell += c;
            }
            continue;
        }
        if (c == '"' && cell_start) {
            quoted = true;
            cell_start = false;
            open_quote = OpenQuote{row.row, static_cast<int>(row.cells.size()) + 1};
            continue;
        }
        if (c == sep) { row.cells.push_back(cell); cell.clear(); cell_start = true; continue; }
        if (c == '\r') continue;
        if (c == '\n') {
            row.cells.push_back(cell);
            rows.push_back(std::move(row));
            row = SourceRow{};
            cell.clear();
            cell_start = true;
            row.row = ++line;
            continue;
        }
        cell += c;
        if (c != ' ') cell_start = false;
    }
    if (!quoted) open_quote.reset();
    if (!cell.empty() || !row.cells.empty()) {
        row.cells.push_back(cell);
        rows.push_back(std::move(row));
    }
    // A line break inside a quoted cell (Alt+Enter in Excel, a wrapped Word cell) is layout, not content: every
    // column read here (names, formula, unit, values) is one line, so it becomes one space.
    for (auto& r : rows)
        for (auto& c : r.cells) c = trim(one_line(c));
    return rows;
}

}  // namespace

std::optional<std::vector<SourceRow>> read_source_rows(const std::string& input, TableImportResult& result) {
    std::string text = input;
    // Excel's plain "CSV" on Windows: Windows-1252, read as such and said (a name with é or – reads right).
    if (auto decoded = windows1252_to_utf8(text)) {
        text = std::move(*decoded);
        result.problems.push_back(Diagnostic{Severity::Info, "table.windows_1252", "row 1",
                                             {"tabel bukan UTF-8; dibaca sebagai Windows-1252 (CSV biasa dari Excel). Untuk pasti, "
                                              "simpan sebagai \"CSV UTF-8\"",
                                              "the table is not UTF-8; read as Windows-1252 (Excel's plain CSV). To be sure, save it "
                                              "as \"CSV UTF-8\""}});
    }
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    if (trim(text).empty()) {
        result.problems.push_back(Diagnostic{Severity::Error, "table.empty", "row 1", {"tabel kosong", "the table is empty"}});
        return std::nullopt;
    }
    if (size_t bad = first_non_text_byte(text); bad != std::string::npos) {
        result.problems.push_back(Diagnostic{Severity::Error, "table.not_text", "byte " + std::to_string(bad + 1),
                                             {"tabel bukan teks UTF-8 (byte ke-" + std::to_string(bad + 1) + "); salin ulang dari Word/Excel",
                                              "the table is not UTF-8 text (byte " + std::to_string(bad + 1) + "); copy it again from Word/Excel"}});
        return std::nullopt;
    }
    result.separator = detect_separator(text);
    std::optional<OpenQuote> open_quote;
    std::vector<SourceRow> rows = split_rows(text, result.separator, open_quote);
    if (open_quote) {
        const std::string r = std::to_string(open_quote->row), c = std::to_string(open_quote->column);
        result.problems.push_back(Diagnostic{Severity::Error, "table.unclosed_quote", "row " + r + ", column " + c,
                                             {"tanda kutip (\") di baris " + r + " kolom " + c + " tidak ditutup, sehingga baris sesudahnya "
                                              "terbaca sebagai isi sel itu; tutup atau hapus tanda kutipnya",
                                              "the quote (\") in row " + r + ", column " + c + " is never closed, so the rows after it read as "
                                              "that cell's text; close or remove the quote"}});
        return std::nullopt;
    }
    return rows;
}

void join_broken_rows(std::vector<SourceRow>& rows, size_t first, size_t ncols, bool numbered_rows, Diagnostics& problems) {
    for (size_t r = first; r < rows.size(); ++r) {
        if (rows[r].cells.size() >= ncols || all_empty(rows[r].cells)) continue;
        size_t end = r + 1, cells = rows[r].cells.size();
        // A continuation starts with the broken cell's text: a piece whose first cell is empty is a row of its own
        // (a sasaran on its own row after a short row), never glued to the one above.
        while (cells < ncols && end < rows.size() && !rows[end].cells.empty() && rows[end].cells.size() < ncols &&
               !all_empty(rows[end].cells) && !trim(rows[end].cells.front()).empty() &&
               !(numbered_rows && looks_like_row_number(trim(rows[end].cells.front()))) && cells + rows[end].cells.size() - 1 <= ncols)
            cells += rows[end++].cells.size() - 1;
        if (cells != ncols || end == r + 1) continue;
        SourceRow joined = rows[r];
        for (size_t k = r + 1; k < end; ++k) {
            joined.cells.back() = trim(joined.cells.back() + " " + rows[k].cells.front());
            joined.cells.insert(joined.cells.end(), rows[k].cells.begin() + 1, rows[k].cells.end());
        }
        const int last_line = rows[end - 1].row;
        problems.push_back(problem(Severity::Info, "table.joined_lines", joined.row, 0,
                                   "baris " + std::to_string(joined.row) + "-" + std::to_string(last_line) +
                                       " digabung menjadi satu baris tabel: ada sel yang berisi ganti baris (seperti disalin dari Word)",
                                   "lines " + std::to_string(joined.row) + "-" + std::to_string(last_line) +
                                       " joined into one table row: a cell holds a line break (as copied from Word)"));
        rows[r] = std::move(joined);
        rows.erase(rows.begin() + static_cast<long>(r) + 1, rows.begin() + static_cast<long>(end));
    }
}

}  // namespace tolok::table_detail
