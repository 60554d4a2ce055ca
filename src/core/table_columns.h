// The header of a pasted table and its columns (the first stage of import_table after the text is split into rows):
// the header row found, each column classified, the years and quarters of spanning headers read from the rows below
// it, and the columns that cannot be read as they are said. Internal to the table import; the public API is
// table_import.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "table_import.h"
#include "table_text.h"

namespace tolok::table_detail {

// A year alone: four digits, 1990-2100 ("2025").
bool is_bare_year(const std::string& s);
// A cell naming a quarter alone, 1-4, else 0: "1".."4", "I".."IV", "TW I", "TW-2", "Triwulan II", "Q3", "Quarter 4".
int quarter_cell(const std::string& cell);
// The first column of a role, else -1.
int column_of(const std::vector<ImportColumn>& columns, ColumnRole role);
// A header cell's column: its role by its words (Indonesian or English), its year and quarter when it names them,
// and whether it holds the value as written ("(teks)", "(text)").
ImportColumn classify(const std::string& header);

// Where the header is and what follows from it for the rows below.
struct TableHeader {
    size_t at = 0;       // index in the rows of the header row
    int line = 0;        // its 1-based line in the source: where the header's problems are said
    size_t body = 0;     // index of the first row below it (and below its row of years or of quarters)
    bool error = false;  // a column whose number is no year, or without a year: the rows are read, no plan is made
};

// Finds the header and reads the columns into result.columns, listing the rows above it, the header and its rows of
// years or quarters in result.rows and saying what cannot be read in result.problems. None when there is no header
// row (said as table.no_header).
std::optional<TableHeader> read_table_header(const std::vector<SourceRow>& rows, const TableImportOptions& options,
                                             TableImportResult& result);

// The first Target/Realisasi column whose year neither the table nor --year says: said (table.year_needed), and a
// header error; with a Tahun column (each row's year) none is, and the year of single columns given too is said to
// be used only where a row's Tahun cell is empty (table.row_year_column, info). (import_table says it after joining
// the broken rows below the header, keeping the order of problems.)
void say_yearless_column(const TableImportOptions& options, TableHeader& header, TableImportResult& result);

}  // namespace tolok::table_detail
