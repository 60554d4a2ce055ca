// The shared options of the spreadsheet commands (see table_request.h).
#include "cli/table_request.h"

#include <iostream>

#include "cli/cli_io.h"
#include "cli/commands.h"

namespace tolok::cli {

int read_table_request(const char* command, const Args& a, TableRequest& out) {
    bool en = a.lang == Lang::En;
    bool builtin = a.has("--builtin");
    if (builtin == !a.positional.empty() || a.positional.size() > 1)
        return usage_error(command, en ? "give one file, or --builtin" : "berikan satu berkas, atau --builtin", a.lang);

    std::string table_text = a.get("--table").value_or("iku");
    if (table_text == "iku") out.table = CsvTable::Iku;
    else if (table_text == "targets") out.table = CsvTable::Targets;
    else if (table_text == "capaian") out.table = CsvTable::Capaian;
    else if (table_text == "capaian-quarters") out.table = CsvTable::CapaianQuarters;
    else
        return usage_error(command,
                           (en ? "--table must be iku, targets, capaian or capaian-quarters, not \"" : "--table harus iku, targets, capaian atau capaian-quarters, bukan \"") +
                               table_text + "\"",
                           a.lang);

    auto year_text = a.get("--year");
    if (year_text) {
        auto y = parse_int_option(*year_text);
        if (!y) return usage_error(command, (en ? "--year must be a year, not \"" : "--year harus tahun, bukan \"") + *year_text + "\"", a.lang);
        out.year = *y;
    }
    if (table_needs_year(out.table) && !year_text)
        return usage_error(command, en ? "--year is required for --table " + table_text : "--year wajib diisi untuk --table " + table_text, a.lang);
    if (!table_needs_year(out.table) && year_text)
        return usage_error(command, en ? "--year is only for --table capaian and capaian-quarters" : "--year hanya untuk --table capaian dan capaian-quarters", a.lang);

    out.out_path = a.get("-o").value_or(a.get("--output").value_or(""));

    auto plans = load_plans(builtin ? "" : a.positional[0], builtin, a.lang, altered_options(a));
    if (!plans) return kExitErrors;
    if (table_needs_year(out.table)) {
        for (const auto& plan : *plans) {
            if (plan.in_period(out.year)) continue;
            std::string period = " (" + std::to_string(plan.start_year) + "-" + std::to_string(plan.end_year) + ")";
            std::cerr << format_diagnostic(Diagnostic{Severity::Error, "capaian.year_outside_period", "--year",
                                                      BiText{"tahun " + *year_text + " di luar periode rencana " + plan.id + period,
                                                             "year " + *year_text + " is outside the period of plan " + plan.id + period}},
                                           a.lang)
                      << "\n";
            return kExitErrors;
        }
    }
    out.plans = std::move(*plans);
    return -1;
}

}  // namespace tolok::cli
