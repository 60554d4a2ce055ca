// CSV export of a plan for spreadsheet users (Excel, LibreOffice): the IKU table (one row per indicator, targets
// per year), the targets in long format (one row per year or quarter target) and the capaian of a year. Numbers go
// into their own columns as bare numbers (no thousands separator, no unit, no %) so spreadsheets read them as
// numbers; the values as written stay next to them as text. Two locales: Indonesian Excel (';', decimal comma,
// UTF-8 BOM) and international (',', decimal point). RFC 4180 quoting, CRLF line ends, and text cells that a
// spreadsheet would run as a formula (= + - @ ...) get a leading apostrophe. The columns are described in
// docs/file-format.md ("CSV"). Values come from core/value.h and capaian from core/achievement.h, never re-derived.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "model.h"

namespace tolok {

enum class CsvLocale {
    Id,  // ';' separator, decimal comma, UTF-8 BOM (Excel with Indonesian regional settings)
    En   // ',' separator, decimal point, no BOM
};

enum class CsvTable {
    Iku,      // one row per indicator: No, Sasaran, Indikator, Rumus, Satuan, Polaritas, then per year
              // "Target YYYY" (number) and "Target YYYY (teks)" (as written)
    Targets,  // long format: one row per written target (year, and quarter when given)
    Capaian,  // one row per indicator for one year: target, realisasi, capaian %, kategori, penjelasan
    CapaianQuarters  // the same per quarter of the year (TW I-IV that have a target or a realisasi), then the year,
                     // with a "Triwulan"/"Quarter" column (1-4, empty for the year): the quarterly report
};
// Whether a table is for one year (Capaian, CapaianQuarters).
inline bool table_needs_year(CsvTable t) { return t == CsvTable::Capaian || t == CsvTable::CapaianQuarters; }

// The whole CSV text of one table. `year` is used by the capaian tables only (the caller checks that it is inside
// the plan's period; outside it every row is "not computable"). `headers` chooses the header and label language.
std::string export_csv(const Plan& plan, CsvTable table, CsvLocale locale, int year, Lang headers);

// Several plans in one table (a file with several offices): a first column "Instansi"/"Office" (the office name,
// or the plan id when unnamed) is added; the IKU table's year columns are the union of the plans' periods. With
// one plan this is the same as the single-plan export.
std::string export_csv(const std::vector<Plan>& plans, CsvTable table, CsvLocale locale, int year, Lang headers);

// One cell of an exported table, before it is written as CSV or .xlsx: a number (written as a number cell), a
// text (written as text; the CSV writer adds the formula guard and quoting) or nothing.
struct TableCell {
    enum class Kind { Empty, Number, Text };
    Kind kind = Kind::Empty;
    double number = 0;  // Kind::Number (always finite)
    int decimals = -1;  // Kind::Number: digits a workbook shows after the decimal point (-1: as Excel's General)
    std::string text;   // Kind::Text
};
using TableRow = std::vector<TableCell>;

// The rows of one table, the header row first: the one place that decides the columns and their content, shared
// by export_csv and core/xlsx_export.h. Same `year` and `headers` meaning as export_csv; several plans give the
// "Instansi"/"Office" first column.
std::vector<TableRow> export_table_rows(const std::vector<Plan>& plans, CsvTable table, int year, Lang headers);
std::vector<TableRow> export_table_rows(const Plan& plan, CsvTable table, int year, Lang headers);

// The name of a table's sheet in a workbook: "IKU", "Target"/"Targets", "Capaian 2023"/"Achievement 2023",
// "Capaian TW 2023"/"Achievement Q 2023".
std::string table_sheet_name(CsvTable table, int year, Lang headers);

// One number as a bare CSV number in the locale: 12.5 -> "12,5" (Id) / "12.5" (En), 1250000 -> "1250000",
// -5 -> "-5"; at most 6 decimals, trailing zeros dropped. Empty for a non-finite number.
std::string csv_number(double value, CsvLocale locale);

// RFC 4180: the field as it is, or enclosed in '"' (inner '"' doubled) when it holds the separator, '"', CR or LF.
std::string csv_quoted(std::string_view field, char separator);

// One text cell: formula-like starts (= + - @ tab CR) get a leading apostrophe unless the text is a plain number
// or a lone "-"; then quoted (RFC 4180) when it holds the separator, a quote, CR or LF.
std::string csv_text_cell(std::string_view text, CsvLocale locale);

}  // namespace tolok
