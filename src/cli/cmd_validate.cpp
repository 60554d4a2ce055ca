// `tolok validate`: strict read of a plan file plus the checks a plan must pass to be used (category bands, NIP).
// An exchange file (core/exchange.h) is verified first: who sent it and when is printed; any altered byte is an
// error (exchange.integrity, exit 1) unless --accept-altered; carried capaian that differ are warnings.
#include <iostream>

#include "cli/cli_args.h"
#include "cli/cli_io.h"
#include "cli/commands.h"
#include "core/achievement.h"
#include "core/model.h"

namespace tolok::cli {

int run_validate(int argc, char** argv) {
    Args a = parse_args(argc, argv, {}, {"--builtin", "--accept-altered"});
    if (a.help) { std::cout << command_info("validate").usage.in(a.lang); return kExitOk; }
    if (!a.error.empty()) return usage_error("validate", a.error, a.lang);
    bool builtin = a.has("--builtin");
    if (builtin == !a.positional.empty() || a.positional.size() > 1)
        return usage_error("validate", a.lang == Lang::En ? "give one file, or --builtin" : "berikan satu berkas, atau --builtin", a.lang);

    LoadOptions options;
    options.accept_altered = a.has("--accept-altered");
    options.offer_accept_altered = true;
    options.print_notes = false;  // printed below, with the other findings
    auto loaded = load_exchange(builtin ? "" : a.positional[0], builtin, a.lang, options);
    if (!loaded) return kExitErrors;
    const std::vector<Plan>* plans = &loaded->plans;
    const ExchangeReadResult& exchange = loaded->exchange;
    if (exchange.header) {
        std::cout << describe_sender(*exchange.header, a.lang);
        if (exchange.verified)
            std::cout << (a.lang == Lang::En ? "; SHA-256 seal verified\n" : "; segel SHA-256 cocok\n");
        else
            std::cout << (a.lang == Lang::En ? "; SHA-256 seal does NOT match (not verified)\n"
                                             : "; segel SHA-256 TIDAK cocok (tidak terverifikasi)\n");
    }
    print_diagnostics(std::cout, exchange.diagnostics, a.lang);
    if (exchange.altered)
        std::cout << (a.lang == Lang::En ? "read as it is (--accept-altered): the plan counts as edited by hand\n"
                                         : "dibaca apa adanya (--accept-altered): rencana dianggap suntingan tangan\n");

    bool errors = false;
    size_t indicators = 0;
    for (size_t p = 0; p < plans->size(); ++p) {
        const Plan& plan = (*plans)[p];
        std::string prefix = plan_pointer(*loaded, p);  // the checks locate inside the plan; printed as file pointers
        Diagnostics ds;
        for (Diagnostic d : validate_bands(plan.settings.bands)) ds.push_back(std::move(d));
        for (Diagnostic d : check_nip(plan.signatory.nip, "/signatory/nip")) ds.push_back(std::move(d));
        for (Diagnostic d : check_nip(plan.superior.nip, "/superior/nip")) ds.push_back(std::move(d));
        print_diagnostics(std::cout, ds, a.lang, prefix);
        errors = errors || has_errors(ds);
        indicators += indicator_count(plan);
    }
    if (errors) return kExitErrors;
    std::cout << (a.lang == Lang::En ? "valid: " + std::to_string(plans->size()) + " plan(s), " +
                                           std::to_string(indicators) + " indicator(s)\n"
                                     : "sah: " + std::to_string(plans->size()) + " rencana, " +
                                           std::to_string(indicators) + " indikator\n");
    return kExitOk;
}

}  // namespace tolok::cli
