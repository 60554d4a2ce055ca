// `tolok export-xlsx`: the IKU table, the targets (long format) or the capaian of a year as an Excel workbook
// (.xlsx), with the same columns as export-csv; numbers are numeric cells. -o is required (binary output). The
// workbook itself is core/xlsx_export.h.
#include <iostream>

#include "cli/cli_args.h"
#include "cli/cli_io.h"
#include "cli/commands.h"
#include "cli/table_request.h"
#include "core/xlsx_export.h"

namespace tolok::cli {

int run_export_xlsx(int argc, char** argv) {
    Args a = parse_args(argc, argv, {"--table", "--year", "-o", "--output"}, {"--builtin", "--accept-altered"});
    if (a.help) { std::cout << command_info("export-xlsx").usage.in(a.lang); return kExitOk; }
    if (!a.error.empty()) return usage_error("export-xlsx", a.error, a.lang);
    bool en = a.lang == Lang::En;
    std::string out = a.get("-o").value_or(a.get("--output").value_or(""));
    if (out.empty() || out == "-")
        return usage_error("export-xlsx", en ? "-o OUT.xlsx is required (an .xlsx file is binary)" : "-o KELUARAN.xlsx wajib diisi (berkas .xlsx berbentuk biner)", a.lang);
    TableRequest r;
    if (int exit = read_table_request("export-xlsx", a, r); exit >= 0) return exit;

    std::string xlsx = export_xlsx(r.plans, r.table, r.year, a.lang);
    if (xlsx.empty()) {
        std::cerr << format_diagnostic(Diagnostic{Severity::Error, "xlsx.write_failed", r.out_path,
                                                  BiText{"gagal membuat buku kerja .xlsx (folder sementara tidak dapat ditulis?)",
                                                         "failed to build the .xlsx workbook (temporary folder not writable?)"}},
                                       a.lang)
                  << "\n";
        return kExitErrors;
    }
    if (auto err = write_output(r.out_path, xlsx)) {
        print_diagnostics(std::cerr, {*err}, a.lang);
        return kExitErrors;
    }
    return kExitOk;
}

}  // namespace tolok::cli
