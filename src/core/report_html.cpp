// The public entry of the printed documents (see report_html.h): kind names, option checks, and dispatch to the
// one renderer per document (report_iku.cpp, report_pk.cpp, report_renaksi.cpp, report_lkjip.cpp,
// report_monitoring.cpp).
#include "report_html.h"

#include "report_common.h"

namespace tolok {

std::optional<ReportKind> report_kind_from_string(const std::string& name) {
    if (name == "iku") return ReportKind::Iku;
    if (name == "pk") return ReportKind::PerjanjianKinerja;
    if (name == "renaksi") return ReportKind::RencanaAksi;
    if (name == "lkjip") return ReportKind::Lkjip;
    if (name == "monitoring") return ReportKind::Monitoring;
    return std::nullopt;
}

const char* to_string(ReportKind kind) {
    switch (kind) {
        case ReportKind::Iku: return "iku";
        case ReportKind::PerjanjianKinerja: return "pk";
        case ReportKind::RencanaAksi: return "renaksi";
        case ReportKind::Lkjip: return "lkjip";
        case ReportKind::Monitoring: return "monitoring";
    }
    return "iku";
}

bool report_needs_year(ReportKind kind) { return kind != ReportKind::Iku; }
bool report_needs_quarter(ReportKind kind) { return kind == ReportKind::Monitoring; }

std::optional<Diagnostic> validate_report(const Plan& plan, const ReportOptions& options) {
    const std::string period = std::to_string(plan.start_year) + "-" + std::to_string(plan.end_year);
    if (plan.end_year < plan.start_year || plan.end_year - plan.start_year > 100)
        return Diagnostic{Severity::Error, "report.bad_period", "period",
                          BiText{"periode rencana " + plan.id + " tidak sah (" + period + ")",
                                 "the period of plan " + plan.id + " is not valid (" + period + ")"}};
    if (report_needs_year(options.kind) && options.year == 0)
        return Diagnostic{Severity::Error, "report.year_required", "year",
                          BiText{std::string("dokumen ") + to_string(options.kind) + " memerlukan tahun (periode " + period + ")",
                                 std::string("the ") + to_string(options.kind) + " document needs a year (period " + period + ")"}};
    if (report_needs_quarter(options.kind) && (options.quarter < 1 || options.quarter > 4))
        return Diagnostic{Severity::Error, "report.quarter_required", "quarter",
                          BiText{std::string("dokumen ") + to_string(options.kind) + " memerlukan triwulan (1-4: TW I-IV)",
                                 std::string("the ") + to_string(options.kind) + " document needs a quarter (1-4: Q1-Q4)"}};
    if (options.year != 0 && !plan.in_period(options.year))
        return Diagnostic{Severity::Error, "report.year_outside_period", "year",
                          BiText{"tahun " + std::to_string(options.year) + " di luar periode rencana " + plan.id + " (" + period + ")",
                                 "year " + std::to_string(options.year) + " is outside the period of plan " + plan.id + " (" + period + ")"}};
    return std::nullopt;
}

std::string render_report(const Plan& plan, const ReportOptions& options) {
    if (auto problem = validate_report(plan, options)) {
        HtmlWriter w;
        report::begin_document(w, "Tolok", options.lang);
        w.element("p", problem->text(options.lang), {{"class", "error"}});
        report::end_document(w);
        return w.take();
    }
    switch (options.kind) {
        case ReportKind::Iku: return report::render_iku(plan, options);
        case ReportKind::PerjanjianKinerja: return report::render_pk(plan, options);
        case ReportKind::RencanaAksi: return report::render_renaksi(plan, options);
        case ReportKind::Lkjip: return report::render_lkjip(plan, options);
        case ReportKind::Monitoring: return report::render_monitoring(plan, options);
    }
    return {};
}

}  // namespace tolok
