// `tolok lint`: IKU quality findings (see core/lint.h) for every plan of a file, located by JSON pointers into the
// file ("/plan/objectives/1/...", "/plans/2/...").
#include <iostream>

#include "cli/cli_args.h"
#include "cli/cli_io.h"
#include "cli/commands.h"
#include "core/lint.h"

namespace tolok::cli {

int run_lint(int argc, char** argv) {
    Args a = parse_args(argc, argv, {}, {"--builtin", "--strict", "--accept-altered"});
    if (a.help) { std::cout << command_info("lint").usage.in(a.lang); return kExitOk; }
    if (!a.error.empty()) return usage_error("lint", a.error, a.lang);
    bool builtin = a.has("--builtin");
    if (builtin == !a.positional.empty() || a.positional.size() > 1)
        return usage_error("lint", a.lang == Lang::En ? "give one file, or --builtin" : "berikan satu berkas, atau --builtin", a.lang);

    auto loaded = load_exchange(builtin ? "" : a.positional[0], builtin, a.lang, altered_options(a));
    if (!loaded) return kExitErrors;
    const std::vector<Plan>* plans = &loaded->plans;

    size_t errors = 0, warnings = 0, infos = 0;
    for (size_t p = 0; p < plans->size(); ++p) {
        // lint_plan locates inside the plan ("/objectives/1/..."), as the app uses it; printed as file pointers.
        Diagnostics ds = lint_plan((*plans)[p]);
        print_diagnostics(std::cout, ds, a.lang, plan_pointer(*loaded, p));
        for (const auto& d : ds) {
            if (d.severity == Severity::Error) ++errors;
            else if (d.severity == Severity::Warning) ++warnings;
            else ++infos;
        }
    }
    std::cout << (a.lang == Lang::En ? std::to_string(errors) + " error(s), " + std::to_string(warnings) + " warning(s), " +
                                           std::to_string(infos) + " note(s)\n"
                                     : std::to_string(errors) + " galat, " + std::to_string(warnings) + " peringatan, " +
                                           std::to_string(infos) + " catatan\n");
    if (errors > 0) return kExitErrors;
    if (a.has("--strict") && warnings > 0) return kExitErrors;
    return kExitOk;
}

}  // namespace tolok::cli
