// `tolok summary`: the regency view of a bundle (or several files) for one year: per office and per objective the
// number of indicators in each category, not computable, below target and the average capaian; the indicators
// below target; the performance tree (pohon kinerja) with rolled-up achievement. Files are read one at a time into
// the core's Consolidator (core/consolidation.h), so only one file's plans are in memory at once. What the averages
// are over (each plan's summary_basis) follows the table, with a note when the total pools different caps or scales.
// --format html writes the printed regency recap (core/regency_recap.h) of the same consolidation, to stdout or -o:
// the summary, not `tolok report`, because it is the command that reads many files and bundles for one year
// (`report` prints one plan's documents).
#include <cmath>
#include <functional>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/cli_args.h"
#include "cli/cli_io.h"
#include "cli/commands.h"
#include "cli/text_table.h"
#include "core/consolidation.h"
#include "core/regency_basis.h"
#include "core/regency_recap.h"
#include "core/value.h"

namespace tolok::cli {

namespace {

using ojson = nlohmann::ordered_json;

double rounded(double v) { return std::round(v * 10000.0) / 10000.0; }
ojson number_or_null(const std::optional<double>& v) { return v ? ojson(rounded(*v)) : ojson(nullptr); }
ojson text_or_null(const std::string& s) { return s.empty() ? ojson(nullptr) : ojson(s); }

void put_tally(ojson& j, const CategoryTally& t) {
    j["indicators"] = t.indicators;
    ojson counts = ojson::object();
    for (const auto& c : t.counts) counts[c.label] = c.count;
    j["counts"] = std::move(counts);
    j["not_computable"] = t.not_computable;
    j["below_target"] = t.below_target;
    j["average"] = number_or_null(t.average());
}

ojson node_json(const CascadeNode& n) {
    ojson j;
    j["plan"] = n.plan_id;
    j["office"] = n.office;
    j["id"] = n.indicator_id;
    j["code"] = n.code;
    j["indicator"] = n.name;
    j["achievement"] = number_or_null(n.percent);
    j["achievement_capped"] = number_or_null(n.capped_percent);
    j["category"] = text_or_null(n.category);
    j["supporters"] = n.supporters;
    j["supporters_computable"] = n.supporters_computable;
    j["rolled_up"] = number_or_null(n.rolled_up);
    j["rolled_up_category"] = text_or_null(n.rolled_up_category);
    ojson children = ojson::array();
    for (const auto& c : n.children) children.push_back(node_json(c));
    j["children"] = std::move(children);
    return j;
}

void print_json(const Consolidation& c, const SummaryBasis& basis, Lang lang) {
    ojson out;
    out["year"] = c.year;
    ojson totals;
    totals["offices"] = c.offices.size();
    put_tally(totals, c.totals);
    totals["note"] = basis.pooled_note ? ojson(basis.pooled_note->in(lang)) : ojson(nullptr);
    out["totals"] = std::move(totals);
    ojson offices = ojson::array();
    for (size_t i = 0; i < c.offices.size(); ++i) {
        const OfficeTally& o = c.offices[i];
        ojson j;
        j["plan"] = o.plan_id;
        j["office"] = o.office;
        j["government"] = o.government;
        j["in_period"] = o.in_period;
        put_tally(j, o.tally);
        const std::optional<BiText>* b = i < basis.offices.size() ? &basis.offices[i] : nullptr;
        j["basis"] = b && *b ? ojson((*b)->in(lang)) : ojson(nullptr);
        ojson objectives = ojson::array();
        for (const auto& ob : o.objectives) {
            ojson oj;
            oj["id"] = ob.id;
            oj["code"] = ob.code;
            oj["name"] = ob.name;
            put_tally(oj, ob.tally);
            objectives.push_back(std::move(oj));
        }
        j["objectives"] = std::move(objectives);
        offices.push_back(std::move(j));
    }
    out["offices"] = std::move(offices);
    ojson below = ojson::array();
    for (const auto& b : c.below_target) {
        ojson j;
        j["plan"] = b.plan_id;
        j["office"] = b.office;
        j["objective_id"] = b.objective_id;
        j["objective"] = b.objective;
        j["id"] = b.indicator_id;
        j["code"] = b.code;
        j["indicator"] = b.indicator;
        j["target"] = b.target;
        j["actual"] = b.actual;
        j["achievement"] = rounded(b.percent);
        j["category"] = text_or_null(b.category);
        below.push_back(std::move(j));
    }
    out["below_target"] = std::move(below);
    ojson cascade = ojson::array();
    for (const auto& n : c.cascade) cascade.push_back(node_json(n));
    out["cascade"] = std::move(cascade);
    ojson problems = ojson::array();
    for (const auto& d : c.problems)
        problems.push_back(ojson{{"level", severity_name(d.severity)}, {"id", d.id}, {"location", d.location}, {"message", d.text(lang)}});
    out["problems"] = std::move(problems);
    std::cout << out.dump(2, ' ', false, ojson::error_handler_t::replace) << "\n";
}

std::string percent_text(const std::optional<double>& v, Lang lang) {
    return v ? format_number(*v, 2, lang) + " %" : "-";
}

// `offices`: how many offices the plans counted are of (one office's two plans are two rows, one office).
void print_text(const Consolidation& c, const SummaryBasis& basis, Lang lang, size_t offices) {
    bool en = lang == Lang::En;
    // The offices counted are those whose period holds the year; the others are skipped (listed, nothing counted).
    std::vector<std::string> skipped;
    for (const auto& o : c.offices)
        if (!o.in_period) skipped.push_back(o.office);
    const size_t counted = c.offices.size() - skipped.size();
    std::cout << (en ? "Regency summary " : "Ringkasan kabupaten ") << c.year << ": ";
    if (offices == counted) std::cout << counted << (en ? " office(s), " : " instansi, ");
    else std::cout << counted << (en ? " plans of " : " rencana dari ") << offices << (en ? " office(s), " : " instansi, ");
    std::cout << c.totals.indicators << (en ? " indicator(s)" : " indikator");
    if (!skipped.empty())
        std::cout << (en ? "; " + std::to_string(skipped.size()) + " office(s) skipped (year outside their period)"
                         : "; " + std::to_string(skipped.size()) + " instansi dilewati (tahun di luar periodenya)");
    std::cout << "\n\n";

    std::vector<std::string> headers{en ? "Office / objective" : "Instansi / sasaran", en ? "Ind." : "Ind."};
    for (const auto& b : c.totals.counts) headers.push_back(b.label);
    // Bands an office uses that no counted office shares (e.g. offices outside the period) are left out here.
    headers.push_back(en ? "n/a" : "t/d");
    headers.push_back("< 100%");
    headers.push_back(en ? "Average" : "Rata-rata");
    TextTable t(headers);
    auto row = [&](const std::string& name, const CategoryTally& tally) {
        std::vector<std::string> cells{name, std::to_string(tally.indicators)};
        for (const auto& b : c.totals.counts) cells.push_back(std::to_string(tally.count(b.label)));
        cells.push_back(std::to_string(tally.not_computable));
        cells.push_back(std::to_string(tally.below_target));
        cells.push_back(percent_text(tally.average(), lang));
        t.add(std::move(cells));
    };
    for (const auto& o : c.offices) {
        if (!o.in_period) {  // "-" in every column (the table keeps its widths); said under the table
            std::vector<std::string> cells(headers.size(), "-");
            cells[0] = o.office;
            t.add(std::move(cells));
            continue;
        }
        row(o.office, o.tally);
        for (const auto& ob : o.objectives) row("  " + (ob.code.empty() ? ob.name : ob.code + ". " + ob.name), ob.tally);
    }
    row(en ? "Total" : "Jumlah", c.totals);
    t.print(std::cout, 50);
    if (!skipped.empty()) {
        std::string names;
        for (const auto& n : skipped) names += (names.empty() ? "" : ", ") + n;
        std::cout << (en ? "(outside the period, not counted: " : "(di luar periode, tidak dihitung: ") << names << ")\n";
    }
    // What the averages are over: once when every office shares it, else per office; then the pooled-total note.
    for (size_t i = 0; i < basis.offices.size() && i < c.offices.size(); ++i) {
        if (!basis.offices[i]) continue;
        if (basis.same_for_all) {
            std::cout << "(" << basis.offices[i]->in(lang) << ")\n";
            break;
        }
        std::cout << "(" << c.offices[i].office << ": " << basis.offices[i]->in(lang) << ")\n";
    }
    if (basis.pooled_note) std::cout << basis.pooled_note->in(lang) << "\n";

    std::cout << "\n" << (en ? "Below target (achievement < 100 %): " : "Di bawah target (capaian < 100 %): ") << c.below_target.size() << "\n";
    if (!c.below_target.empty()) {
        TextTable b({en ? "Office" : "Instansi", "No", en ? "Indicator" : "Indikator", "Target", en ? "Actual" : "Realisasi",
                     en ? "Achievement" : "Capaian", en ? "Category" : "Kategori"});
        for (const auto& r : c.below_target)
            b.add({r.office, r.code, r.indicator, r.target, r.actual, format_number(r.percent, 2, lang) + " %", r.category});
        b.print(std::cout, 50);
    }

    if (!c.cascade.empty()) {
        std::cout << "\n" << (en ? "Performance tree (rolled up = average capped achievement of the direct supporters):\n"
                                 : "Pohon kinerja (gabungan = rata-rata capaian terbatas pendukung langsung):\n");
        std::function<void(const CascadeNode&, int)> show = [&](const CascadeNode& n, int depth) {
            std::cout << std::string(static_cast<size_t>(depth) * 2, ' ') << "- " << n.office << ": "
                      << (n.code.empty() ? "" : n.code + " ") << n.name << (en ? "; achievement " : "; capaian ")
                      << percent_text(n.percent, lang) << (n.category.empty() ? "" : " (" + n.category + ")");
            if (n.supporters > 0) {
                std::cout << (en ? "; rolled up " : "; gabungan ") << percent_text(n.rolled_up, lang)
                          << (n.rolled_up_category.empty() ? "" : " (" + n.rolled_up_category + ")") << (en ? " from " : " dari ")
                          << n.supporters_computable << "/" << n.supporters << (en ? " supporter(s)" : " pendukung");
            }
            std::cout << "\n";
            for (const auto& ch : n.children) show(ch, depth + 1);
        };
        for (const auto& n : c.cascade) show(n, 0);
    }
}

}  // namespace

int run_summary(int argc, char** argv) {
    Args a = parse_args(argc, argv, {"--year", "--format", "-o", "--output", "--place-date"}, {"--builtin", "--accept-altered"});
    if (a.help) { std::cout << command_info("summary").usage.in(a.lang); return kExitOk; }
    if (!a.error.empty()) return usage_error("summary", a.error, a.lang);
    bool en = a.lang == Lang::En;
    bool builtin = a.has("--builtin");
    if (builtin == !a.positional.empty())
        return usage_error("summary", en ? "give the file(s), or --builtin" : "berikan berkas, atau --builtin", a.lang);
    auto year_text = a.get("--year");
    if (!year_text) return usage_error("summary", en ? "--year is required" : "--year wajib diisi", a.lang);
    auto year = parse_int_option(*year_text);
    if (!year) return usage_error("summary", (en ? "--year must be a year, not \"" : "--year harus tahun, bukan \"") + *year_text + "\"", a.lang);
    std::string format = a.get("--format").value_or("text");
    if (format != "text" && format != "json" && format != "html")
        return usage_error("summary", (en ? "--format must be text, json or html, not \"" : "--format harus text, json atau html, bukan \"") + format + "\"", a.lang);
    const std::string out_path = a.get("-o").value_or(a.get("--output").value_or(""));
    if (format != "html" && (!out_path.empty() || a.get("--place-date")))
        return usage_error("summary", en ? "-o and --place-date are only for --format html" : "-o dan --place-date hanya untuk --format html", a.lang);

    RegencyRecapBuilder builder(*year);
    std::vector<PlanTag> counted;  // the plans whose period holds the year, for how many offices they are of
    std::vector<std::string> paths = builtin ? std::vector<std::string>{""} : a.positional;
    for (const auto& path : paths) {
        auto plans = load_plans(path, builtin, a.lang, altered_options(a));
        if (!plans) return kExitErrors;
        for (const auto& plan : *plans) {
            builder.add(plan);
            if (plan.in_period(*year)) counted.push_back(plan_tag(plan));
        }
    }
    const RegencyRecap recap = builder.finish();
    const Consolidation& c = recap.consolidation;
    const SummaryBasis& basis = recap.basis;
    bool any_in_period = false;
    for (const auto& o : c.offices) any_in_period = any_in_period || o.in_period;
    if (!any_in_period) {
        std::cerr << format_diagnostic(Diagnostic{Severity::Error, "summary.year_outside_period", "--year",
                                                  BiText{"tahun " + *year_text + " di luar periode setiap rencana",
                                                         "year " + *year_text + " is outside the period of every plan"}},
                                       a.lang)
                  << "\n";
        return kExitErrors;
    }
    print_diagnostics(std::cerr, c.problems, a.lang);
    if (format == "html") {
        ReportOptions options;
        options.year = *year;
        options.lang = a.lang;
        options.place_date = a.get("--place-date").value_or("");
        if (auto err = write_output(out_path, render_regency_recap(recap, options))) {
            print_diagnostics(std::cerr, {*err}, a.lang);
            return kExitErrors;
        }
        if (!out_path.empty() && out_path != "-") std::cerr << (en ? "written: " : "ditulis: ") << out_path << "\n";
    } else if (format == "json") {
        print_json(c, basis, a.lang);
    } else {
        print_text(c, basis, a.lang, office_count(counted));
    }
    return kExitOk;
}

}  // namespace tolok::cli
