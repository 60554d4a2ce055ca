// One indicator row of a pasted table read into an indicator: its fields (name, formula, unit, data source, owner,
// polarity), the cell read for each column (a "(teks)" column's, or the bare number beside it where that is empty),
// its targets and realisasi, yearly and quarterly, and what is said of the row (an unknown polarity, text targets,
// empty target cells, cells beyond the table, no unit). A long table's indicator is read from several rows (one per
// year or quarter): its first row makes it, the later ones add their values, and it is settled once all are read.
// Internal to the table import; the public API is table_import.h.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "table_import.h"

namespace tolok::table_detail {

// Where an indicator row's fields are (0-based columns, -1 when the table has none) and what a full row holds.
struct RowLayout {
    std::vector<std::string> head;  // the header's cells
    int objective = -1, indicator = -1, formula = -1, unit = -1, polarity = -1, source = -1, owner = -1, number = -1;
    int row_year = -1, row_quarter = -1;  // a long table's Tahun and Triwulan columns
    int full_width = 0;               // the columns a full row reaches: up to the last recognised one
    std::vector<int> target_columns;  // the target cells a row is expected to fill: yearly Target columns, and single
                                      // ones with --year or a Tahun column
    bool long_table() const { return row_year >= 0 || row_quarter >= 0; }
};

// The year and quarter of the single Target/Realisasi columns (no year in their header) for one row: its Tahun and
// Triwulan cells in a long table (table_row_period.h), else the year of single columns (--year) and the year's own.
struct RowPeriod {
    int year = 0;
    int quarter = 0;  // 1-4; 0: the year's own value
};

// The layout of the rows below a header of `head` with these columns.
RowLayout row_layout(const std::vector<std::string>& head, const std::vector<ImportColumn>& columns, const TableImportOptions& options);

// The indicator of an indicator row (ir.cells), numbered after the plan's indicators; the years of its targets and
// realisasi added to `years`, its polarity's reading to result.polarity_read, what is said of it to ir.problems.
// `formula_cells`: the row's columns holding a spreadsheet formula (a text target there is not said again). In a long
// table its kind, and its polarity from upper-limit targets, wait for settle_long_indicator.
Indicator read_indicator(ImportedRow& ir, std::set<int> formula_cells, const RowLayout& layout, RowPeriod period, const Plan& plan,
                         std::set<int>& years, TableImportResult& result);

// A later row of a long table's indicator (another year or quarter): its targets and realisasi into `ind`, and its
// formula, unit, data source, owner and polarity where the earlier rows gave none. As read_indicator otherwise.
void read_indicator_again(ImportedRow& ir, std::set<int> formula_cells, const RowLayout& layout, RowPeriod period, Indicator& ind,
                          std::set<int>& years, TableImportResult& result);

// A long table's indicator once all its rows are read: its kind (and aggregation) from all its targets, lower is
// better when no row wrote a polarity (`polarity_written`) and the targets are all upper limits, and an empty unit
// it has none for said. Said at its first row `first`, and in result.problems.
void settle_long_indicator(Indicator& ind, bool polarity_written, const RowLayout& layout, ImportedRow& first, TableImportResult& result);

}  // namespace tolok::table_detail
