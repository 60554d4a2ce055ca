// A long table's Tahun and Triwulan cells read into each row's year and quarter (see table_row_period.h).
#include "table_row_period.h"

#include "table_columns.h"
#include "table_text.h"

namespace tolok::table_detail {

namespace {

// The row's year from its Tahun cell (an empty one: the year of single columns, when given); false when there is
// none to read, said.
bool read_year(ImportedRow& ir, const RowLayout& layout, const std::vector<ImportColumn>& columns, const TableImportOptions& options,
               RowPeriod& period) {
    if (layout.row_year < 0) {  // a Triwulan column alone: the year of single columns
        period.year = options.year;
        return true;
    }
    const std::string cell = trim(one_line(cell_at(ir.cells, layout.row_year)));
    const std::string header = one_line(columns[static_cast<size_t>(layout.row_year)].header);
    const std::string n = std::to_string(layout.row_year + 1);
    if (cell.empty() && options.year) {
        period.year = options.year;
    } else if (cell.empty()) {
        ir.problems.push_back(problem(Severity::Error, "table.row_year_missing", ir.row, layout.row_year + 1,
                                      "kolom " + n + " \"" + header + "\" kosong: tulis tahun baris ini (1990-2100), mis. \"2025\"",
                                      "column " + n + " \"" + header + "\" is empty: write this row's year (1990-2100), such as \"2025\""));
        return false;
    } else if (!is_bare_year(cell)) {
        ir.problems.push_back(problem(Severity::Error, "table.row_not_a_year", ir.row, layout.row_year + 1,
                                      "kolom " + n + " \"" + header + "\": \"" + cell + "\" bukan tahun (1990-2100); tulis "
                                          "tahun baris ini, mis. \"2025\"",
                                      "column " + n + " \"" + header + "\": \"" + cell + "\" is not a year (1990-2100); write "
                                          "this row's year, such as \"2025\""));
        return false;
    } else {
        period.year = std::stoi(cell);
    }
    return true;
}

// The row's quarter from its Triwulan cell (empty: the year's own value); false when the cell names none, said.
bool read_quarter(ImportedRow& ir, const RowLayout& layout, const std::vector<ImportColumn>& columns, RowPeriod& period) {
    const std::string cell = trim(one_line(cell_at(ir.cells, layout.row_quarter)));
    if (cell.empty()) return true;
    period.quarter = quarter_cell(cell);
    if (period.quarter) return true;
    const std::string n = std::to_string(layout.row_quarter + 1);
    const std::string header = one_line(columns[static_cast<size_t>(layout.row_quarter)].header);
    ir.problems.push_back(problem(Severity::Error, "table.row_not_a_quarter", ir.row, layout.row_quarter + 1,
                                  "kolom " + n + " \"" + header + "\": \"" + cell + "\" bukan triwulan; tulis I, II, III "
                                      "atau IV (atau 1-4), atau kosongkan untuk nilai tahunan",
                                  "column " + n + " \"" + header + "\": \"" + cell + "\" is not a quarter; write I, II, "
                                      "III or IV (or 1-4), or leave it empty for the year's value"));
    return false;
}

}  // namespace

std::optional<RowPeriod> read_row_period(ImportedRow& ir, const RowLayout& layout, const std::vector<ImportColumn>& columns,
                                         const TableImportOptions& options) {
    RowPeriod period;
    if (!read_year(ir, layout, columns, options, period) || !read_quarter(ir, layout, columns, period)) return std::nullopt;
    return period;
}

std::string period_name(RowPeriod period, Lang lang) {
    const std::string year = std::to_string(period.year);
    if (!period.quarter) return year;
    return lang == Lang::En ? std::string(quarter_name(period.quarter, lang)) + " " + year : year + " " + quarter_name(period.quarter, lang);
}

}  // namespace tolok::table_detail
