// From the pasted text to rows of cells: its encoding checked (Windows-1252 read as such, a BOM dropped), its
// separator detected (tab, ';' or ','), quoted cells read, and a row that a line break inside a cell cut into
// pieces joined again. Internal to the table import; the public API is table_import.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "table_import.h"
#include "table_text.h"

namespace tolok::table_detail {

// The rows of the text, or none when it cannot be read as a table (empty, not text, a quote never closed): said in
// result.problems. Sets result.separator.
std::optional<std::vector<SourceRow>> read_source_rows(const std::string& input, TableImportResult& result);

// A cell with a line break, as Word copies it as text: its row comes in pieces, each short of the table's `ncols`
// columns, whose cells add up to the row's once the break joins the last cell of one piece to the first of the
// next. Joined with a space (from rows[first] on), and said; pieces that do not add up exactly are left as they are,
// and so is a break in a row's first cell, whose last piece is whole: it looks like a note line above a row, which
// must never be glued to it. In a table numbered in its first column (`numbered_rows`), a piece that starts with a
// number is a row of its own.
void join_broken_rows(std::vector<SourceRow>& rows, size_t first, size_t ncols, bool numbered_rows, Diagnostics& problems);

}  // namespace tolok::table_detail
