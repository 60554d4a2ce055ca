// The options shared by the spreadsheet commands (`export-csv`, `export-xlsx`): FILE.json or --builtin, --table
// iku|targets|capaian, --year (required for, and only for, capaian; inside every plan's period) and -o.
#pragma once

#include <string>
#include <vector>

#include "cli/cli_args.h"
#include "core/csv_export.h"
#include "core/model.h"

namespace tolok::cli {

struct TableRequest {
    std::vector<Plan> plans;
    CsvTable table = CsvTable::Iku;
    int year = 0;
    std::string out_path;  // "" or "-" = stdout
};

// Parses and checks the shared options and loads the plans. Returns -1 when `out` is ready, else the exit code
// (usage or input error, already reported on stderr).
int read_table_request(const char* command, const Args& a, TableRequest& out);

}  // namespace tolok::cli
