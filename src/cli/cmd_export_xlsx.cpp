// `tolok export-xlsx`: the IKU table, the targets (long format) or the capaian of a year as an Excel workbook
// (.xlsx), with the same columns as export-csv; numbers are numeric cells. -o is required (binary output). The
// workbook itself is core/xlsx_export.h.
#include <iostream>

#include "cli/cli_args.h"
#include "cli/cli_io.h"
#include "cli/commands.h"
#include "core/xlsx_export.h"

namespace tolok::cli {

int run_export_xlsx(int argc, char** argv) {
    Args a = parse_args(argc, argv, {"--table", "--year", "-o", "--output"}, {"--builtin"});
    if (a.help) { std::cout << command_info("export-xlsx").usage.in(a.lang); return kExitOk; }
    if (!a.error.empty()) return usage_error("export-xlsx", a.error, a.lang);
    bool en = a.lang == Lang::En;
    bool builtin = a.has("--builtin");
    if (builtin == !a.positional.empty() || a.positional.size() > 1)
        return usage_error("export-xlsx", en ? "give one file, or --builtin" : "berikan satu berkas, atau --builtin", a.lang);

    std::string table_text = a.get("--table").value_or("iku");
    CsvTable table;
    if (table_text == "iku") table = CsvTable::Iku;
    else if (table_text == "targets") table = CsvTable::Targets;
    else if (table_text == "capaian") table = CsvTable::Capaian;
    else
        return usage_error("export-xlsx", (en ? "--table must be iku, targets or capaian, not \"" : "--table harus iku, targets atau capaian, bukan \"") + table_text + "\"", a.lang);

    int year = 0;
    auto year_text = a.get("--year");
    if (year_text) {
        auto y = parse_int_option(*year_text);
        if (!y) return usage_error("export-xlsx", (en ? "--year must be a year, not \"" : "--year harus tahun, bukan \"") + *year_text + "\"", a.lang);
        year = *y;
    }
    if (table == CsvTable::Capaian && !year_text)
        return usage_error("export-xlsx", en ? "--year is required for --table capaian" : "--year wajib diisi untuk --table capaian", a.lang);
    if (table != CsvTable::Capaian && year_text)
        return usage_error("export-xlsx", en ? "--year is only for --table capaian" : "--year hanya untuk --table capaian", a.lang);

    std::string out_path = a.get("-o").value_or(a.get("--output").value_or(""));
    if (out_path.empty() || out_path == "-")
        return usage_error("export-xlsx", en ? "-o OUT.xlsx is required (an .xlsx file is binary)" : "-o KELUARAN.xlsx wajib diisi (berkas .xlsx berbentuk biner)", a.lang);

    auto plans = load_plans(builtin ? "" : a.positional[0], builtin, a.lang);
    if (!plans) return kExitErrors;
    if (table == CsvTable::Capaian) {
        for (const auto& plan : *plans) {
            if (plan.in_period(year)) continue;
            std::string period = " (" + std::to_string(plan.start_year) + "-" + std::to_string(plan.end_year) + ")";
            std::cerr << format_diagnostic(Diagnostic{Severity::Error, "capaian.year_outside_period", "--year",
                                                      BiText{"tahun " + *year_text + " di luar periode rencana " + plan.id + period,
                                                             "year " + *year_text + " is outside the period of plan " + plan.id + period}},
                                           a.lang)
                      << "\n";
            return kExitErrors;
        }
    }

    std::string xlsx = export_xlsx(*plans, table, year, a.lang);
    if (xlsx.empty()) {
        std::cerr << format_diagnostic(Diagnostic{Severity::Error, "xlsx.write_failed", out_path,
                                                  BiText{"gagal membuat buku kerja .xlsx (folder sementara tidak dapat ditulis?)",
                                                         "failed to build the .xlsx workbook (temporary folder not writable?)"}},
                                       a.lang)
                  << "\n";
        return kExitErrors;
    }
    if (auto err = write_output(out_path, xlsx)) {
        print_diagnostics(std::cerr, {*err}, a.lang);
        return kExitErrors;
    }
    return kExitOk;
}

}  // namespace tolok::cli
