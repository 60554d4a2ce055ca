// Internal to the printed documents (report_*.cpp): the page shell and print stylesheet, bilingual headings,
// the signature block, and the renderers shared by several documents (formula as math, SVG chart).
// Not part of the public API (see report_html.h).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "achievement.h"
#include "html_writer.h"
#include "model.h"
#include "report_html.h"

namespace tolok::report {

// Indonesian or English text.
inline const char* tr(Lang lang, const char* id, const char* en) { return lang == Lang::En ? en : id; }

// "<!DOCTYPE html>...<body>" with the print stylesheet, and the closing tags.
void begin_document(HtmlWriter& w, const std::string& title, Lang lang);
void end_document(HtmlWriter& w);

// "Kabupaten Tanggamus" from "Pemerintah Kabupaten Tanggamus" (the government without "Pemerintah").
std::string region_name(const Plan& plan);
// "Sekretariat Daerah Kabupaten Tanggamus"; an office already named with its region keeps its name as it is.
std::string office_full_name(const Plan& plan);
// The plan's period as printed: "2025-2029", or "2025" for a one-year plan (never "2025-2025").
std::string period_text(const Plan& plan);
// The place-and-date line: options.place_date, else "<place>, .................... <year>".
std::string place_date_line(const Plan& plan, const ReportOptions& options, int year);
// The same with the place given (the regency recap's, of no one plan).
std::string place_date_line(const std::string& office_place, const ReportOptions& options, int year);

// Signature blocks side by side, left to right, each: role line (e.g. "PIHAK PERTAMA", when not empty), title,
// space to sign, name (underlined), rank, "NIP. ..."; the place-and-date line (when not empty) above the last
// block. One table row per line, so that the names and NIPs of all blocks share a baseline however their titles
// wrap; the whole is kept on one page and with what comes before it.
struct SignatureColumn {
    const Signatory* person;
    std::string role;
};
void signatures(HtmlWriter& w, const std::vector<SignatureColumn>& columns, const std::string& place_date);
// One signature block on the right half of the page (the signatory of the IKU, Renaksi and LKjIP).
void signature(HtmlWriter& w, const Signatory& s, const std::string& place_date);
// The same as the last body of the table being written (`columns` wide, no borders), for a signature that follows
// a table: kept whole and with the table's last group of rows (Chromium does not move a table's rows to keep a
// block after the table off a new page: it split the block instead, its name and NIP alone on the next page).
void signature_in_table(HtmlWriter& w, int columns, const Signatory& s, const std::string& place_date);

// The rumus as readable math: a fraction as a stacked fraction, "×" for products, from the parse tree of the
// expression (or of the expression derived from the printed text); the printed text as it is otherwise.
void formula_html(HtmlWriter& w, const Formula& formula);

// Inline SVG chart of one indicator across the plan years: target bars and realisasi line, from
// compute_achievement. Values that are not numbers (or grades placed on their scale) are left out, and so is the
// realisasi of the years after `report_year`: the LKjIP of 2021 shows what was known at the end of 2021.
void indicator_chart(HtmlWriter& w, const Plan& plan, const Indicator& indicator, int report_year, Lang lang);

// The body rows of a table grouped by sasaran, as in the seed's Lampiran: per sasaran its name in a cell spanning
// its indicators' rows (after its number, 1, 2 ..., when `numbered`), then `indicator_cells` for each indicator,
// or `cells_per_indicator` empty cells for a sasaran without indicators.
// The LKjIP's BAB I, II and IV (report_lkjip_chapters.cpp), around its BAB III.
void lkjip_introduction(HtmlWriter& w, const Plan& plan, int year, Lang lang);
void lkjip_planning(HtmlWriter& w, const Plan& plan, int year, Lang lang);
void lkjip_closing(HtmlWriter& w, const Plan& plan, int year, Lang lang);

// The table No | Sasaran | Indikator Kinerja | Target of the year (the Perjanjian Kinerja's, and the LKjIP's BAB II).
void year_targets_table(HtmlWriter& w, const Plan& plan, int year, Lang lang);
// The programs with their budget for the year and the total (nothing when the plan lists no programs).
void programs_table(HtmlWriter& w, const Plan& plan, int year, Lang lang);

void sasaran_rows(HtmlWriter& w, const Plan& plan, bool numbered, int cells_per_indicator,
                  const std::function<void(const Indicator&)>& indicator_cells);

// The realisasi shown for a year (or its quarter 1-4): the one used by compute_achievement (`a`, of the same year and
// quarter), or the resolved one when no target exists.
Value shown_actual(const Plan& plan, const Indicator& indicator, int year, const Achievement& a, int quarter = 0);

// A target (or realisasi) cell: "-" when none is written; a short value ("20 prd", "BB") kept on one line, a long one
// ("Opini WTP dari BPK RI", "110 per 100.000 KH") free to wrap between its words, so one wide value cannot make a
// table wider than the page (Chromium then shrinks every page of the document); its amounts never break
// (unbroken_amounts): a column grows for "Rp 1.250.000.000" rather than print "Rp 1." / "250.000." / "000".
// In an English document its numbers are written the English way (numbers_in: "87,5%" -> "87.5%"), as the
// capaian beside it; in Indonesian as typed.
void value_cell(HtmlWriter& w, const std::string& text, Lang lang);
// `text` written with each amount in a no-break span (span.nw): a number with its separators ("1.500.000.000",
// "12,5"), the currency before it and the space between ("Rp ", "Rp. ", "IDR "), a ",-" or "%" after it.
void unbroken_amounts(HtmlWriter& w, const std::string& text);
// A capaian's working written as text, its arrows ("= 66,67 % -> Sedang") unbreakable: a narrow cell broke the
// line between "-" and ">"; so are its amounts ("Realisasi Rp 1.550.000.000", unbroken_amounts).
void working_text(HtmlWriter& w, const std::string& working);

// "90,00 %" / "90.00 %", or "-" when not computable.
std::string percent_text(const Achievement& a, Lang lang);

// A category cell: the band label on its colour (a plain "#rgb" / "#rrggbb" only), "-" when not computable.
void category_cell(HtmlWriter& w, const std::string& label, const std::string& colour);
// "Ringkasan kategori capaian <TW II >2023": per band of the plan its range and how many indicators fall in it, the
// not computable, the average capaian (summarize_categories of the year, or of quarter 1-4), and what the average is
// over (summary_basis).
void category_summary(HtmlWriter& w, const Plan& plan, int year, int quarter, Lang lang);

// The documents.
std::string render_iku(const Plan& plan, const ReportOptions& options);
std::string render_pk(const Plan& plan, const ReportOptions& options);
std::string render_renaksi(const Plan& plan, const ReportOptions& options);
std::string render_lkjip(const Plan& plan, const ReportOptions& options);
std::string render_monitoring(const Plan& plan, const ReportOptions& options);

}  // namespace tolok::report
