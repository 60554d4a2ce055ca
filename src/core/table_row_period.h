// A long table's Tahun and Triwulan cells (Tolok's targets and capaian exports, one row per indicator and year or
// quarter): the year and quarter each row gives its single Target/Realisasi columns, or where a cell cannot be read.
// Internal to the table import; the public API is table_import.h.
#pragma once

#include <optional>
#include <string>

#include "table_indicator_row.h"

namespace tolok::table_detail {

// The period of a row below the header of a long table (layout.long_table()): the year of its Tahun cell (1990-2100;
// an empty one takes the year of single columns, when given) and the quarter of its Triwulan cell ("I".."IV",
// "1".."4", "TW I", "Triwulan II"; empty: the year's own value). None when a cell cannot be read: said in ir.problems
// at its row and column (table.row_year_missing, table.row_not_a_year, table.row_not_a_quarter; errors).
std::optional<RowPeriod> read_row_period(ImportedRow& ir, const RowLayout& layout, const std::vector<ImportColumn>& columns,
                                         const TableImportOptions& options);

// The period as the messages name it: "2025", "2025 TW II" / "Q2 2025".
std::string period_name(RowPeriod period, Lang lang);

}  // namespace tolok::table_detail
