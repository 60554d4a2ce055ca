// `tolok import-table`: a table copied from Word/Excel (or the seed's Lampiran text) becomes a plan JSON, through
// the core's table import; row problems go to stderr with their row numbers. The plan is written as an exchange
// file (core/exchange.h): sender = the plan's office, time = now (or SOURCE_DATE_EPOCH), sealed with SHA-256.
#include <iostream>

#include "cli/cli_args.h"
#include "cli/cli_io.h"
#include "cli/commands.h"
#include "core/exchange.h"
#include "core/plan_json.h"
#include "core/table_import.h"

namespace tolok::cli {

int run_import_table(int argc, char** argv) {
    Args a = parse_args(argc, argv, {"-o", "--output", "--office", "--year"}, {});
    if (a.help) { std::cout << command_info("import-table").usage.in(a.lang); return kExitOk; }
    if (!a.error.empty()) return usage_error("import-table", a.error, a.lang);
    if (a.positional.size() != 1)
        return usage_error("import-table", a.lang == Lang::En ? "give exactly one table file (or - for stdin)"
                                                                : "berikan tepat satu berkas tabel (atau - untuk stdin)", a.lang);
    TableImportOptions options;
    options.lang = a.lang;
    if (auto office = a.get("--office")) options.office_name = *office;
    if (auto year_text = a.get("--year")) {
        auto year = parse_int_option(*year_text);
        if (!year || *year < 1900 || *year > 2200)
            return usage_error("import-table", a.lang == Lang::En ? "--year must be a year such as 2023, not \"" + *year_text + "\""
                                                                    : "--year harus tahun seperti 2023, bukan \"" + *year_text + "\"", a.lang);
        options.year = *year;
    }
    std::string out_path = a.get("-o").value_or(a.get("--output").value_or(""));

    InputText in = read_input(a.positional[0]);
    if (!in.text) {
        print_diagnostics(std::cerr, {in.error}, a.lang);
        return kExitErrors;
    }
    TableImportResult result = import_table(*in.text, options);
    print_diagnostics(std::cerr, result.problems, a.lang);
    // The core names no option; here the year of single columns is --year.
    for (const auto& p : result.problems)
        if (p.id == "table.year_needed") {
            std::cerr << (a.lang == Lang::En ? "hint: on the command line the year of single columns is --year, such as --year 2025\n"
                                             : "petunjuk: di baris perintah tahun kolom tunggal diberikan dengan --year, mis. --year 2025\n");
            break;
        }
    if (!result.plan || has_errors(result.problems)) {
        std::cerr << (a.lang == Lang::En ? "nothing written: fix the rows above and try again\n"
                                         : "tidak ada yang ditulis: perbaiki baris di atas lalu coba lagi\n");
        return kExitErrors;
    }
    // Without --office every table got the id "impor-<period>", so two offices' tables clashed when merged: the
    // moment it was made tells them apart ("impor-20261127-112000"), as the app's new plans are told apart.
    const std::string now = sent_at_now();
    if (!a.get("--office")) {
        std::string stamp;
        for (char c : now)
            if (c >= '0' && c <= '9') stamp += c;
        if (stamp.size() >= 14) result.plan->id = "impor-" + stamp.substr(0, 8) + "-" + stamp.substr(8, 6);
    }
    // Written as an exchange file, which must itself read back cleanly and verified (strict reader, seal).
    ExchangeWriteOptions exchange;
    exchange.sender = {result.plan->office.name, result.plan->office.code};
    exchange.sent_at = now;
    exchange.app = "tolok-cli";
    exchange.app_version = kTolokVersion;
    std::string json = write_exchange(*result.plan, exchange);
    ExchangeReadResult check = read_exchange(json);
    if (!check.ok() || !check.verified) {
        print_diagnostics(std::cerr, check.diagnostics, a.lang);
        return kExitErrors;
    }
    if (auto err = write_output(out_path, json)) {
        print_diagnostics(std::cerr, {*err}, a.lang);
        return kExitErrors;
    }
    size_t targets = 0, actuals = 0;  // the year's and the quarters' (a table of the Capaian per triwulan has these)
    for (const auto& o : result.plan->objectives)
        for (const auto& ind : o.indicators)
            for (const auto& [year, entry] : ind.years) {
                targets += entry.target.empty() ? 0 : 1;
                actuals += entry.actual.value.empty() ? 0 : 1;
                for (const Actual& q : entry.quarter_actuals) actuals += q.value.empty() ? 0 : 1;
            }
    std::cerr << (a.lang == Lang::En ? "imported: " + std::to_string(result.plan->objectives.size()) + " objective(s), " +
                                           std::to_string(indicator_count(*result.plan)) + " indicator(s), " +
                                           std::to_string(targets) + " target(s), " + std::to_string(actuals) + " actual(s)\n"
                                     : "terimpor: " + std::to_string(result.plan->objectives.size()) + " sasaran, " +
                                           std::to_string(indicator_count(*result.plan)) + " indikator, " +
                                           std::to_string(targets) + " target, " + std::to_string(actuals) + " realisasi\n");
    return kExitOk;
}

}  // namespace tolok::cli
