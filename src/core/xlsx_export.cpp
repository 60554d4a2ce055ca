// .xlsx export (see xlsx_export.h): the rows of export_table_rows written with libxlsxwriter to a temporary file
// (libxlsxwriter 1.1.4, Debian bookworm's, has no in-memory output), read back and removed. In the browser the
// temporary file lives in Emscripten's in-memory file system. The sheet is set up for use and print: header row
// frozen, with filter buttons, repeated on each printed page; A4 landscape, one page wide; capaian shown with two
// decimals, the exact value kept.
#include "xlsx_export.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>

#include <unistd.h>

#include "file_bytes.h"
#include "value.h"

namespace tolok {

namespace {

constexpr size_t kMaxCellBytes = 32767;  // Excel's (and libxlsxwriter's) limit for one cell's text
constexpr size_t kMaxColumnWidth = 40;   // characters; longer texts wrap

// Text for a string cell: C0 control characters other than tab and line breaks are not allowed in the sheet XML
// and are dropped; text longer than Excel allows is cut at a UTF-8 character boundary.
std::string cell_text(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (unsigned char c : s)
        if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += static_cast<char>(c);
    if (out.size() > kMaxCellBytes) {
        size_t cut = kMaxCellBytes;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
        out.resize(cut);
    }
    return out;
}

// Characters (UTF-8 code points) of a text, for the column width.
size_t text_width(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::string temp_folder() {
    const char* dir = std::getenv("TMPDIR");
    std::string d = dir && *dir ? dir : "/tmp";
    while (d.size() > 1 && d.back() == '/') d.pop_back();
    return d;
}

}  // namespace

std::string xlsx_from_rows(const std::vector<TableRow>& rows, const std::string& sheet_name) {
    std::string path = temp_folder() + "/tolok-xlsx-XXXXXX";
    std::vector<char> name(path.begin(), path.end());
    name.push_back('\0');
    int fd = mkstemp(name.data());
    if (fd < 0) return "";
    close(fd);
    path = name.data();

    lxw_workbook* workbook = workbook_new(path.c_str());
    if (!workbook) {
        std::remove(path.c_str());
        return "";
    }
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheet_name.c_str());
    if (!sheet) sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    // Long texts (sasaran, indicator names, formulas) wrap in a column of at most kMaxColumnWidth characters; Excel
    // and LibreOffice size such rows to their text when the file opens.
    lxw_format* wrapped = workbook_add_format(workbook);
    format_set_text_wrap(wrapped);
    // Numbers shown with a fixed count of decimals (TableCell::decimals), one format per count.
    std::vector<lxw_format*> fixed_decimals;
    auto decimals_format = [&](int decimals) -> lxw_format* {
        if (decimals < 0 || decimals > 10) return nullptr;
        if (fixed_decimals.size() <= static_cast<size_t>(decimals)) fixed_decimals.resize(static_cast<size_t>(decimals) + 1, nullptr);
        lxw_format*& f = fixed_decimals[static_cast<size_t>(decimals)];
        if (!f) {
            f = workbook_add_format(workbook);
            format_set_num_format(f, decimals == 0 ? "0" : ("0." + std::string(static_cast<size_t>(decimals), '0')).c_str());
        }
        return f;
    };

    std::vector<size_t> widths;
    bool ok = sheet != nullptr;
    for (size_t r = 0; ok && r < rows.size() && r < LXW_ROW_MAX; ++r) {
        const auto& row = rows[r];
        size_t lines = 1;  // of the row's tallest wrapped cell
        for (size_t c = 0; c < row.size() && c < LXW_COL_MAX; ++c) {
            const TableCell& cell = row[c];
            lxw_format* format = r == 0 ? bold : nullptr;
            size_t width = 0;
            lxw_error err = LXW_NO_ERROR;
            if (cell.kind == TableCell::Kind::Number) {
                if (r > 0 && cell.decimals >= 0) format = decimals_format(cell.decimals);
                err = worksheet_write_number(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), cell.number, format);
                width = format_number_short(cell.number, Lang::En, cell.decimals >= 0 ? cell.decimals : 6).size();
            } else if (cell.kind == TableCell::Kind::Text && !cell.text.empty()) {
                std::string text = cell_text(cell.text);
                width = text_width(text);
                if (r > 0 && width > kMaxColumnWidth) {
                    format = wrapped;
                    // the row is given the height of its lines: LibreOffice keeps one line's height otherwise
                    lines = std::max(lines, (width + kMaxColumnWidth - 3) / (kMaxColumnWidth - 2));
                }
                err = worksheet_write_string(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), text.c_str(), format);
            }
            if (err != LXW_NO_ERROR) ok = false;
            if (widths.size() <= c) widths.resize(c + 1, 0);
            widths[c] = std::max(widths[c], width + (r == 0 ? 1 : 0));
        }
        if (ok && lines > 1) worksheet_set_row(sheet, static_cast<lxw_row_t>(r), 15.0 * static_cast<double>(lines), nullptr);
    }
    if (ok) {
        for (size_t c = 0; c < widths.size(); ++c) {
            double w = static_cast<double>(std::clamp<size_t>(widths[c] + 2, 6, kMaxColumnWidth));
            worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), w, nullptr);
        }
        if (!rows.empty()) {
            worksheet_freeze_panes(sheet, 1, 0);
            // Filter buttons on the header row, as staff set them up by hand to sort and pick rows.
            const size_t last_col = std::min<size_t>(widths.size(), LXW_COL_MAX) - 1;
            const size_t last_row = std::min<size_t>(rows.size(), LXW_ROW_MAX) - 1;
            if (!widths.empty())
                worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(last_row), static_cast<lxw_col_t>(last_col));
            // Printed from Excel as the paper documents are: A4 landscape, all columns on the page's width, the
            // header row repeated on every page.
            worksheet_set_paper(sheet, 9);  // A4
            worksheet_set_landscape(sheet);
            worksheet_fit_to_pages(sheet, 1, 0);
            worksheet_repeat_rows(sheet, 0, 0);
        }
    }
    lxw_error closed = workbook_close(workbook);  // writes the file and frees the workbook
    std::string bytes = ok && closed == LXW_NO_ERROR ? read_file_bytes(path).value_or("") : "";
    std::remove(path.c_str());
    return bytes;
}

std::string export_xlsx(const std::vector<Plan>& plans, CsvTable table, int year, Lang headers) {
    return xlsx_from_rows(export_table_rows(plans, table, year, headers), table_sheet_name(table, year, headers));
}

std::string export_xlsx(const Plan& plan, CsvTable table, int year, Lang headers) {
    return xlsx_from_rows(export_table_rows(plan, table, year, headers), table_sheet_name(table, year, headers));
}

}  // namespace tolok
