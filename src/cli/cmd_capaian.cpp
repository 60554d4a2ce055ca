// `tolok capaian`: achievement (capaian) and category of every indicator for a year or quarter, as an aligned
// text table, TSV or JSON rows, computed by the core's one achievement rule. The text ends each plan with the
// category summary of the same year or quarter and what its average is over (core summary_basis).
#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/cli_args.h"
#include "cli/cli_io.h"
#include "cli/commands.h"
#include "cli/text_table.h"
#include "core/achievement.h"
#include "core/value.h"

namespace tolok::cli {

namespace {

struct Row {
    const Plan* plan;
    const Indicator* indicator;
    Achievement result;
};

std::string tsv_cell(std::string s) {
    for (char& c : s)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return s;
}

// Machine-readable percent: rounded to 4 decimals so float noise never shows.
double rounded(double v) { return std::round(v * 10000.0) / 10000.0; }

void print_json(const std::vector<Row>& rows, int year, int quarter, Lang lang) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : rows) {
        nlohmann::json j;
        j["plan"] = r.plan->id;
        j["code"] = r.indicator->code;
        j["id"] = r.indicator->id;
        j["indicator"] = r.indicator->name;
        j["year"] = year;
        if (quarter > 0) j["quarter"] = quarter;
        j["target"] = r.result.target.text;
        j["actual"] = r.result.actual.text;
        j["achievement"] = r.result.percent ? nlohmann::json(rounded(*r.result.percent)) : nlohmann::json(nullptr);
        if (r.result.capped_percent && r.result.percent && *r.result.capped_percent != *r.result.percent)
            j["achievement_capped"] = rounded(*r.result.capped_percent);
        j["category"] = r.result.category.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.result.category);
        j["explanation"] = r.result.explanation.in(lang);
        out.push_back(std::move(j));
    }
    std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void print_tsv(const std::vector<Row>& rows, int year, int quarter, Lang lang) {
    std::cout << "plan\tcode\tindicator\tyear\tquarter\ttarget\tactual\tachievement\tcategory\texplanation\n";
    for (const auto& r : rows) {
        std::cout << tsv_cell(r.plan->id) << '\t' << tsv_cell(r.indicator->code) << '\t' << tsv_cell(r.indicator->name)
                  << '\t' << year << '\t' << quarter << '\t' << tsv_cell(r.result.target.text) << '\t'
                  << tsv_cell(r.result.actual.text) << '\t'
                  << (r.result.percent ? format_number(*r.result.percent, 2, Lang::En) : std::string()) << '\t'
                  << tsv_cell(r.result.category) << '\t' << tsv_cell(r.result.explanation.in(lang)) << '\n';
    }
}

void print_text(const std::vector<Row>& rows, const std::vector<Plan>& plans, int year, int quarter, Lang lang) {
    bool en = lang == Lang::En;
    for (const auto& plan : plans) {
        std::cout << plan.office.name << (plan.office.government.empty() ? "" : " - " + plan.office.government) << "\n"
                  << (en ? "Achievement " : "Capaian ") << year
                  << (quarter > 0 ? (en ? " quarter " : " triwulan ") + std::to_string(quarter) : std::string()) << "\n\n";
        TextTable t({en ? "No" : "No", en ? "Indicator" : "Indikator", "Target", en ? "Actual" : "Realisasi",
                     en ? "Achievement" : "Capaian", en ? "Category" : "Kategori"});
        for (const auto& r : rows) {
            if (r.plan != &plan) continue;
            // For reading, in the language asked for (the TSV and JSON keep the values as written).
            t.add({r.indicator->code, r.indicator->name, numbers_in(r.result.target.text, lang),
                   r.result.actual.text.empty() ? "-" : numbers_in(r.result.actual.text, lang),
                   r.result.percent ? format_number(*r.result.percent, 2, lang) + " %" : "n/a",
                   r.result.category.empty() ? "-" : r.result.category});
        }
        t.print(std::cout, 60);
        std::cout << "\n";
        for (const auto& r : rows) {
            if (r.plan != &plan) continue;
            std::cout << r.indicator->code << ". " << r.result.explanation.in(lang) << "\n";
        }
        CategorySummary summary = summarize_categories(plan, year, quarter);  // of the same year or quarter as the rows
        std::cout << "\n" << (en ? "Summary: " : "Ringkasan: ");
        for (const auto& [label, count] : summary.counts) std::cout << label << " " << count << "; ";
        std::cout << (en ? "not computable " : "tidak dapat dihitung ") << summary.not_computable;
        if (summary.average) std::cout << (en ? "; average " : "; rata-rata ") << format_number(*summary.average, 2, lang) << " %";
        std::cout << "\n(" << summary_basis(plan).in(lang) << ")\n\n";
    }
}

}  // namespace

int run_capaian(int argc, char** argv) {
    Args a = parse_args(argc, argv, {"--year", "--quarter", "--format"}, {"--builtin", "--accept-altered"});
    if (a.help) { std::cout << command_info("capaian").usage.in(a.lang); return kExitOk; }
    if (!a.error.empty()) return usage_error("capaian", a.error, a.lang);
    bool en = a.lang == Lang::En;
    bool builtin = a.has("--builtin");
    if (builtin == !a.positional.empty() || a.positional.size() > 1)
        return usage_error("capaian", en ? "give one file, or --builtin" : "berikan satu berkas, atau --builtin", a.lang);
    auto year_text = a.get("--year");
    if (!year_text) return usage_error("capaian", en ? "--year is required" : "--year wajib diisi", a.lang);
    auto year = parse_int_option(*year_text);
    if (!year) return usage_error("capaian", (en ? "--year must be a year, not \"" : "--year harus tahun, bukan \"") + *year_text + "\"", a.lang);
    int quarter = 0;
    if (auto q = a.get("--quarter")) {
        auto n = parse_int_option(*q);
        if (!n || *n < 1 || *n > 4)
            return usage_error("capaian", (en ? "--quarter must be 1 to 4, not \"" : "--quarter harus 1 sampai 4, bukan \"") + *q + "\"", a.lang);
        quarter = *n;
    }
    std::string format = a.get("--format").value_or("text");
    if (format != "text" && format != "tsv" && format != "json")
        return usage_error("capaian", (en ? "--format must be text, tsv or json, not \"" : "--format harus text, tsv atau json, bukan \"") + format + "\"", a.lang);

    auto plans = load_plans(builtin ? "" : a.positional[0], builtin, a.lang, altered_options(a));
    if (!plans) return kExitErrors;
    for (const auto& plan : *plans) {
        if (!plan.in_period(*year)) {
            std::cerr << format_diagnostic(Diagnostic{Severity::Error, "capaian.year_outside_period", "--year",
                                                      BiText{"tahun " + *year_text + " di luar periode rencana " + plan.id + " (" +
                                                                 std::to_string(plan.start_year) + "-" + std::to_string(plan.end_year) + ")",
                                                             "year " + *year_text + " is outside the period of plan " + plan.id + " (" +
                                                                 std::to_string(plan.start_year) + "-" + std::to_string(plan.end_year) + ")"}},
                                           a.lang)
                      << "\n";
            return kExitErrors;
        }
    }
    std::vector<Row> rows;
    for (const auto& plan : *plans)
        for (const auto& objective : plan.objectives)
            for (const auto& indicator : objective.indicators)
                rows.push_back(Row{&plan, &indicator, compute_achievement(plan, indicator, *year, quarter)});

    if (format == "json") print_json(rows, *year, quarter, a.lang);
    else if (format == "tsv") print_tsv(rows, *year, quarter, a.lang);
    else print_text(rows, *plans, *year, quarter, a.lang);
    return kExitOk;
}

}  // namespace tolok::cli
