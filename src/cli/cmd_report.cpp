// `tolok report`: one printed SAKIP document (IKU, Perjanjian Kinerja, Rencana Aksi, LKjIP chapters I-IV, the
// quarterly monitoring report) as
// self-contained A4 HTML, rendered by the core (core/report_html.h), to stdout or atomically to -o.
// A file with several plans uses the first one, or the one named by --plan ID.
#include <iostream>

#include "cli/cli_args.h"
#include "cli/cli_io.h"
#include "cli/commands.h"
#include "core/report_html.h"

namespace tolok::cli {

int run_report(int argc, char** argv) {
    Args a = parse_args(argc, argv, {"--kind", "--year", "--quarter", "-o", "--output", "--plan", "--place-date"}, {"--builtin", "--accept-altered"});
    if (a.help) { std::cout << command_info("report").usage.in(a.lang); return kExitOk; }
    if (!a.error.empty()) return usage_error("report", a.error, a.lang);
    const bool en = a.lang == Lang::En;
    const bool builtin = a.has("--builtin");
    if (builtin == !a.positional.empty() || a.positional.size() > 1)
        return usage_error("report", en ? "give one file, or --builtin" : "berikan satu berkas, atau --builtin", a.lang);
    auto kind_text = a.get("--kind");
    if (!kind_text)
        return usage_error("report", en ? "--kind is required (iku, pk, renaksi, lkjip or monitoring)" : "--kind wajib diisi (iku, pk, renaksi, lkjip atau monitoring)", a.lang);
    auto kind = report_kind_from_string(*kind_text);
    if (!kind)
        return usage_error("report", (en ? "--kind must be iku, pk, renaksi, lkjip or monitoring, not \"" : "--kind harus iku, pk, renaksi, lkjip atau monitoring, bukan \"") +
                                         *kind_text + "\"", a.lang);
    ReportOptions options;
    options.kind = *kind;
    options.lang = a.lang;
    options.place_date = a.get("--place-date").value_or("");
    if (auto year_text = a.get("--year")) {
        auto year = parse_int_option(*year_text);
        if (!year || *year <= 0)
            return usage_error("report", (en ? "--year must be a year, not \"" : "--year harus tahun, bukan \"") + *year_text + "\"", a.lang);
        options.year = *year;
    } else if (report_needs_year(*kind)) {
        return usage_error("report", std::string(en ? "--year is required for --kind " : "--year wajib untuk --kind ") + *kind_text, a.lang);
    }
    if (auto quarter_text = a.get("--quarter")) {
        if (!report_needs_quarter(*kind))
            return usage_error("report", std::string(en ? "--quarter is only for --kind monitoring, not " : "--quarter hanya untuk --kind monitoring, bukan ") + *kind_text, a.lang);
        auto quarter = parse_int_option(*quarter_text);
        if (!quarter || *quarter < 1 || *quarter > 4)
            return usage_error("report", (en ? "--quarter must be 1 to 4 (Q1-Q4), not \"" : "--quarter harus 1 sampai 4 (TW I-IV), bukan \"") + *quarter_text + "\"", a.lang);
        options.quarter = *quarter;
    } else if (report_needs_quarter(*kind)) {
        return usage_error("report", std::string(en ? "--quarter (1-4) is required for --kind " : "--quarter (1-4) wajib untuk --kind ") + *kind_text, a.lang);
    }
    const std::string out_path = a.get("-o").value_or(a.get("--output").value_or(""));

    auto plans = load_plans(builtin ? "" : a.positional[0], builtin, a.lang, altered_options(a));
    if (!plans) return kExitErrors;
    const Plan* plan = plans->empty() ? nullptr : &plans->front();
    if (auto id = a.get("--plan")) {
        plan = nullptr;
        for (const auto& p : *plans)
            if (p.id == *id) plan = &p;
        if (!plan) {
            std::cerr << format_diagnostic(Diagnostic{Severity::Error, "report.plan_not_found", "--plan",
                                                      BiText{"tidak ada rencana dengan id \"" + *id + "\" di berkas",
                                                             "no plan with id \"" + *id + "\" in the file"}},
                                           a.lang)
                      << "\n";
            return kExitErrors;
        }
    }
    if (!plan) return kExitErrors;  // load_plans never gives an empty list; kept for safety
    if (auto problem = validate_report(*plan, options)) {
        std::cerr << format_diagnostic(*problem, a.lang) << "\n";
        return kExitErrors;
    }
    if (auto err = write_output(out_path, render_report(*plan, options))) {
        print_diagnostics(std::cerr, {*err}, a.lang);
        return kExitErrors;
    }
    if (!out_path.empty() && out_path != "-")
        std::cerr << (en ? "written: " : "ditulis: ") << out_path << "\n";
    return kExitOk;
}

}  // namespace tolok::cli
