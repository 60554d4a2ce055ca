// `tolok export-csv`: the IKU table, the targets (long format) or the capaian of a year as CSV for spreadsheets,
// in the Indonesian Excel locale (';', decimal comma, BOM) or the international one (',', decimal point). A file
// with several plans gives one table with an "Instansi"/"Office" first column. The CSV itself is core/csv_export.h.
#include <iostream>

#include "cli/cli_args.h"
#include "cli/cli_io.h"
#include "cli/commands.h"
#include "cli/table_request.h"
#include "core/csv_export.h"

namespace tolok::cli {

int run_export_csv(int argc, char** argv) {
    Args a = parse_args(argc, argv, {"--table", "--year", "--locale", "-o", "--output"}, {"--builtin", "--accept-altered"});
    if (a.help) { std::cout << command_info("export-csv").usage.in(a.lang); return kExitOk; }
    if (!a.error.empty()) return usage_error("export-csv", a.error, a.lang);
    std::string locale_text = a.get("--locale").value_or("id");
    if (locale_text != "id" && locale_text != "en")
        return usage_error("export-csv", (a.lang == Lang::En ? "--locale must be id or en, not \"" : "--locale harus id atau en, bukan \"") + locale_text + "\"", a.lang);
    CsvLocale locale = locale_text == "en" ? CsvLocale::En : CsvLocale::Id;
    TableRequest r;
    if (int exit = read_table_request("export-csv", a, r); exit >= 0) return exit;

    std::string csv = export_csv(r.plans, r.table, locale, r.year, a.lang);
    if (auto err = write_output(r.out_path, csv)) {
        print_diagnostics(std::cerr, {*err}, a.lang);
        return kExitErrors;
    }
    return kExitOk;
}

}  // namespace tolok::cli
