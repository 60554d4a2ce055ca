// Excel workbook (.xlsx) export of the IKU, targets and capaian tables: the same rows and columns as the CSV export
// (core/csv_export.h, export_table_rows), written with libxlsxwriter (Debian's libxlsxwriter-dev natively; built
// from Debian's source package for the browser, cmake/xlsx-wasm.cmake). Numbers are numeric cells, texts are
// string cells (never formulas, so no formula guard is needed), the header row is bold and frozen, and the column
// widths follow the longest cell. See docs/reports.md ("Excel (.xlsx)").
#pragma once

#include <string>
#include <vector>

#include "csv_export.h"
#include "model.h"

namespace tolok {

// The media type of an .xlsx download.
inline constexpr const char kXlsxMimeType[] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// The bytes of a one-sheet .xlsx workbook of `table` (a zip file, starting with "PK"). `year` and `headers` as in
// export_csv; the sheet is named after the table ("IKU", "Target"/"Targets", "Capaian YYYY"/"Achievement YYYY").
// Empty when libxlsxwriter fails (no writable temporary folder).
std::string export_xlsx(const Plan& plan, CsvTable table, int year, Lang headers);

// Several plans in one sheet, with the "Instansi"/"Office" first column (as export_csv).
std::string export_xlsx(const std::vector<Plan>& plans, CsvTable table, int year, Lang headers);

// The .xlsx bytes of already-built rows (the first row is the header row), in a sheet named `sheet_name` (at most
// 31 characters, none of []:*?/\). Empty on failure.
std::string xlsx_from_rows(const std::vector<TableRow>& rows, const std::string& sheet_name);

}  // namespace tolok
