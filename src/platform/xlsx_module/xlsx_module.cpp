// The browser app's Excel module (dist/tolok-xlsx.js): core/xlsx_export.h with libxlsxwriter and zlib, built apart
// from the app so that they are not part of every start (150 KB of the app's code). The page loads it the first
// time the user downloads a workbook (window.tolokXlsx in web/index.html; src/platform/xlsx_loader.js); the app
// hands it the table's rows as JSON (core/table_rows_json.h, src/platform/web_files.cpp).
#include <emscripten.h>

#include <string>

#include "core/table_rows_json.h"
#include "core/xlsx_export.h"

namespace {
std::string g_workbook;  // the last workbook made, read through tolok_xlsx_size and the returned pointer
}

extern "C" {

// The workbook of `rows_json` with one sheet named `sheet`; empty (size 0) when the rows are malformed or
// libxlsxwriter failed.
EMSCRIPTEN_KEEPALIVE const char* tolok_xlsx_make(const char* rows_json, const char* sheet) {
    g_workbook.clear();
    if (auto rows = tolok::table_rows_from_json(rows_json)) g_workbook = tolok::xlsx_from_rows(*rows, sheet);
    return g_workbook.data();
}

EMSCRIPTEN_KEEPALIVE int tolok_xlsx_size() { return static_cast<int>(g_workbook.size()); }

}
