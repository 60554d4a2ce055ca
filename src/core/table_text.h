// Text helpers shared by the stages of the table import (table_source, table_columns, table_cells, table_import,
// table_merge): a source row, trimming, one-line and lower-case text, a cell by column, a row's diagnostic.
// Internal to the table import; the public API is table_import.h.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"

namespace tolok::table_detail {

// One row of the source text, split into cells.
struct SourceRow {
    int row = 0;  // 1-based line where the row starts
    std::vector<std::string> cells;
};

// Without the spaces (and no-break spaces in front) around it.
std::string trim(const std::string& s);
// Line breaks, with the spaces around them, become one space.
std::string one_line(const std::string& s);
// ASCII letters in lower case.
std::string lower(std::string s);
bool starts(const std::string& s, const char* p);
bool all_empty(const std::vector<std::string>& cells);
// The cell of a 0-based column, empty when the row is shorter or the column is -1.
std::string cell_at(const std::vector<std::string>& cells, int col);
// A diagnostic at "row N[, column M]" (column 0: the row).
Diagnostic problem(Severity s, const char* id, int row, int column, std::string msg_id, std::string msg_en);
// "5-6" or "5" for a run of 1-based column numbers.
std::string column_span(int first, int last);

}  // namespace tolok::table_detail
