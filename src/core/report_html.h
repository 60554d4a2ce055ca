// The printed SAKIP documents as self-contained HTML for A4 paper (open in a browser, print or save as PDF):
// the IKU document, the Perjanjian Kinerja, the Rencana Aksi, the LKjIP and the quarterly monitoring report. No external
// resource is referenced; every piece of user text is escaped; every number comes from the core's achievement
// rule (achievement.h) and number formatter (value.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "model.h"

namespace tolok {

enum class ReportKind {
    Iku,                // the IKU document: cover, Kata Pengantar, BAB I-III, Lampiran table (landscape)
    PerjanjianKinerja,  // yearly performance agreement: No | Sasaran | Indikator Kinerja | Target, two signatories
    RencanaAksi,        // yearly action plan: annual and quarterly (TW I-IV) targets, penanggung jawab
    Lkjip,              // LKjIP for a year: BAB I-II, the measurement tables (capaian, comparisons, charts, category
                        // summary) of BAB III, BAB IV with the computed summary
    Monitoring          // Laporan Monitoring Capaian Kinerja Triwulan: for a year and quarter, per sasaran and indicator
                        // the quarter's target, realisasi, capaian and category, the quarter's category summary (landscape)
};

struct ReportOptions {
    ReportKind kind = ReportKind::Iku;
    int year = 0;            // required for every kind but Iku (0 = not given)
    int quarter = 0;         // 1..4 (TW I-IV), required for Monitoring (0 = not given); the other kinds ignore it
    Lang lang = Lang::Id;    // headings and numbers ("90,00" or "90.00"); user text is printed as written
    std::string place_date;  // optional, e.g. "Kota Agung, 2 Januari 2023"; default: the office place and a blank
};

// The plan chapters the LKjIP prints as its BAB I Pendahuluan and BAB IV Penutup (a standard text when absent); the
// IKU document leaves every chapter whose id starts with "lkjip_" out.
constexpr const char* kLkjipIntroductionId = "lkjip_bab1";
constexpr const char* kLkjipClosingId = "lkjip_bab4";
// The two chapters with a text to start from, for a plan that has none yet.
std::vector<Chapter> lkjip_chapter_templates(Lang lang);

// The IKU document's chapters (Kata Pengantar, BAB I-III) with a text to start from, naming the plan's office and
// period, for a plan that has none yet (a new office's plan printed only its list of indicators).
std::vector<Chapter> iku_chapter_templates(const Plan& plan);

// "iku", "pk", "renaksi", "lkjip", "monitoring" (as on the command line).
std::optional<ReportKind> report_kind_from_string(const std::string& name);
const char* to_string(ReportKind kind);
bool report_needs_year(ReportKind kind);
bool report_needs_quarter(ReportKind kind);

// Checks the options against the plan: ids "report.year_required" (kind needs a year, none given) and
// "report.year_outside_period" (location "year"), "report.quarter_required" (kind needs a quarter 1-4, none or
// another number given; location "quarter"), "report.bad_period" (end before start, or over 100 years).
// nullopt when the report can be rendered.
std::optional<Diagnostic> validate_report(const Plan& plan, const ReportOptions& options);

// The whole HTML document (UTF-8). When validate_report finds a problem, the page shows only that message.
std::string render_report(const Plan& plan, const ReportOptions& options);

}  // namespace tolok
