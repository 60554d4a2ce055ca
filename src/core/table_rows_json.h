// The JSON form of exported table rows (csv_export.h, export_table_rows): how the browser app hands a table to its
// Excel module (dist/tolok-xlsx.js, loaded on first use), which makes the workbook with core/xlsx_export.h. An array
// of rows; a row is an array of cells; a cell is null (empty), a number, {"number": N, "decimals": D} (a number shown
// with D decimals, TableCell::decimals) or a string. Numbers keep every bit.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "csv_export.h"

namespace tolok {

std::string table_rows_to_json(const std::vector<TableRow>& rows);

// The rows back, or nothing when `json` is not rows in this form (not JSON, a row that is not an array, a cell that
// is an array, a boolean or another object, a number that is not finite, decimals outside 0-10).
std::optional<std::vector<TableRow>> table_rows_from_json(std::string_view json);

}  // namespace tolok
