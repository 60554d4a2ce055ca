// What a cell (or row) below a table's header is: a row of column numbers, a row number, a note, a signature line,
// a spreadsheet formula pasted as text, a polarity. Internal to the table import; the public API is table_import.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model.h"

namespace tolok::table_detail {

// "1 | 2 | 3" or "(1) | (2)": the row numbering the columns under a header.
bool is_column_numbers(const std::vector<std::string>& cells);
// The polarity a Polaritas cell names (empty: higher is better); none when it names none.
std::optional<Polarity> polarity_of(const std::string& text);
// What a No column holds: "1", "1.", "(1)", "1)", "1.2", "1a", "a.", "IV". Free text ("Catatan: ...") is not.
bool looks_like_row_number(const std::string& cell);
// A note written under (or inside) a table rather than a sasaran or an indicator.
bool is_note_text(const std::string& cell);
// A line of a signature block under a table: the place and date ("Kota Agung, 2 Januari 2025") or the NIP line.
bool starts_signature(const std::string& cell);
// A spreadsheet formula pasted as text ("=HYPERLINK(...)", "=SUM(A1:A3)", "=B2*100"): Excel copies values, so
// this is text typed or exported with formulas shown. In the Rumus column only function calls and cell
// references count, so a rumus written "= Jumlah A / Jumlah B" is not taken for one.
bool is_spreadsheet_formula(const std::string& cell, bool formula_column);

}  // namespace tolok::table_detail
