// One indicator row of a pasted table read into an indicator: its fields (name, formula, unit, data source, owner,
// polarity), the cell read for each column (a "(teks)" column's, or the bare number beside it where that is empty),
// its targets and realisasi, yearly and quarterly, and what is said of the row (an unknown polarity, text targets,
// empty target cells, cells beyond the table, no unit). Internal to the table import; the public API is
// table_import.h.
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
    int full_width = 0;               // the columns a full row reaches: up to the last recognised one
    std::vector<int> target_columns;  // the target cells a row is expected to fill: yearly Target columns, and single
                                      // ones with --year
};

// The first column of a role, else -1.
int column_of(const std::vector<ImportColumn>& columns, ColumnRole role);
// The layout of the rows below a header of `head` with these columns.
RowLayout row_layout(const std::vector<std::string>& head, const std::vector<ImportColumn>& columns, const TableImportOptions& options);

// The indicator of an indicator row (ir.cells), numbered after the plan's indicators; the years of its targets and
// realisasi added to `years`, its polarity's reading to result.polarity_read, what is said of it to ir.problems.
// `formula_cells`: the row's columns holding a spreadsheet formula (a text target there is not said again).
Indicator read_indicator(ImportedRow& ir, std::set<int> formula_cells, const RowLayout& layout, const TableImportOptions& options,
                         const Plan& plan, std::set<int>& years, TableImportResult& result);

}  // namespace tolok::table_detail
