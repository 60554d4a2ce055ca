// Table import (see table_import.h): a table pasted from Word/Excel (TSV, CSV with ',' or ';', or the seed's
// Lampiran as text) becomes a plan. Columns are found by their headers; every row is understood or reported.
// Rules for rows below the header: a row with an Indikator cell is an indicator (warned: too few cells, empty
// target cells, "-"/"n/a" targets read as no target, "=..." spreadsheet formulas, no satuan); a row with only a
// Sasaran names a sasaran for the rows below (warned when it has too few cells to reach the Indikator column); a
// note ("Catatan: ...", free text in the No column) or a bare number is skipped with a warning; values without an
// indicator name are rejected; a row naming again the indicator of an earlier row under the same sasaran is skipped
// with a warning. A sasaran that ends up without indicators is left out of the plan, with a warning. A header error
// (a column without a year, a number that is no year) makes no plan, but the rows are still read for the preview.
// In a long table (a Tahun column: each row's year, and a Triwulan column: its quarter) an indicator's rows of other
// years or quarters add to it; a row repeating its year and quarter is the duplicate, and a row whose Tahun or
// Triwulan cell cannot be read is rejected; a sasaran named again is the one of that name. The stages: the text
// split into rows (table_source), the header and its columns (table_columns), each row below the header read into
// the plan (here; an indicator row's cells in table_indicator_row, a long table's year and
// quarter in table_row_period) and the plan finished (here).
#include "table_import.h"

#include <algorithm>
#include <map>
#include <set>

#include "table_cells.h"
#include "table_columns.h"
#include "table_indicator_row.h"
#include "table_row_period.h"
#include "table_source.h"
#include "table_text.h"

namespace tolok {

using namespace table_detail;

namespace {

// What flows from row to row as the rows below the header are read: the plan so far and where the reading is.
struct PlanDraft {
    Plan plan;
    std::set<int> years;             // the years of the targets and realisasi read
    std::string current_objective;   // the sasaran named last: the rows below it belong to it
    bool in_signature = false;       // below the table's signature line: its lone text lines (title, name, NIP) are skipped
    Objective* objective = nullptr;  // the plan's sasaran the next indicator goes to
    std::vector<size_t> objective_rows;         // per plan objective: its index in result.rows (where it was named)
    std::map<std::string, int> indicator_rows;  // sasaran and indicator (name_key), and in a long table the year and
                                                // quarter -> the row that named them first
    // A long table's indicators by sasaran and indicator (name_key): where the plan holds it, its first row (index in
    // result.rows) and whether a row wrote its polarity.
    struct LongIndicator {
        size_t objective = 0, indicator = 0, first_row = 0;
        bool polarity_written = false;
    };
    std::map<std::string, LongIndicator> long_indicators;
};

// The key of an indicator under the current sasaran: its sasaran and name, each by name_key (case, spaces).
std::string indicator_key(const PlanDraft& draft, const std::string& indicator) {
    return name_key(draft.current_objective) + "\n" + name_key(indicator);
}

// A row read: its problems said for the table, and the row listed.
void finish(ImportedRow& row, TableImportResult& result) {
    for (const auto& p : row.problems) result.problems.push_back(p);
    result.rows.push_back(std::move(row));
}

// A row left out of the plan (a header again, a signature line, a note), with what is said of it.
void leave_out(ImportedRow& row, ImportedRow::Kind kind, Diagnostic said, TableImportResult& result) {
    row.kind = kind;
    row.problems.push_back(std::move(said));
    finish(row, result);
}

// What a row below the header holds, at a glance.
struct RowFields {
    std::string objective, indicator, number;  // its Sasaran, Indikator and No cells
    int filled = 0, same_as_header = 0, years_only = 0;  // its filled cells, of them the header's own words in its own
                                                         // columns, and the bare years
    std::string lone;           // the text of the last filled cell
    bool other_values = false;  // anything beyond No, Sasaran and Indikator
    bool lone_text = false;     // one text alone: a note, a remark or a signature line
};

RowFields row_fields(const std::vector<std::string>& cells, const RowLayout& layout) {
    RowFields f;
    for (size_t c = 0; c < cells.size(); ++c) {
        if (cells[c].empty()) continue;
        ++f.filled;
        f.lone = cells[c];
        f.same_as_header += c < layout.head.size() && lower(one_line(cells[c])) == lower(one_line(layout.head[c]));
        f.years_only += is_bare_year(cells[c]);
    }
    f.objective = cell_at(cells, layout.objective);
    f.indicator = cell_at(cells, layout.indicator);
    f.number = cell_at(cells, layout.number);
    for (size_t c = 0; c < cells.size(); ++c)
        if (!cells[c].empty() && static_cast<int>(c) != layout.objective && static_cast<int>(c) != layout.indicator &&
            static_cast<int>(c) != layout.number)
            f.other_values = true;
    f.lone_text = f.filled == 1 && f.number.empty() && parse_value(f.lone).shape == ValueShape::Text;
    return f;
}

// The header again (a table copied over two pages, or a second table pasted below), or the row of years under it:
// not an indicator "Indikator" with the target "Target 2025". (A name that only starts with "Indikator" is a name:
// the header's own words in its own columns.)
bool is_repeated_header(const std::vector<std::string>& cells, const RowFields& f, const RowLayout& layout) {
    const bool indicator_header = lower(one_line(cell_at(cells, layout.indicator))) == lower(one_line(cell_at(layout.head, layout.indicator))) &&
                                  !cell_at(cells, layout.indicator).empty();
    return (indicator_header && f.same_as_header >= 2) || (f.filled >= 2 && f.years_only == f.filled && cell_at(cells, layout.indicator).empty());
}

// A signature block under the table, in whatever column it was typed: from its place-and-date line, its NIP line or
// its opening ("Mengetahui,", "PIHAK KEDUA") on, each row of one or two texts (two signatories side by side) is part
// of it (title, name), not a sasaran or an indicator. Whether the row is; the block's start is kept in the draft.
bool in_signature_block(const std::vector<std::string>& cells, const RowFields& f, PlanDraft& draft) {
    bool texts_only = f.filled >= 1 && f.filled <= 2 && f.number.empty(), opens_signature = false;
    for (const auto& c : cells)
        if (!c.empty()) {
            texts_only = texts_only && parse_value(c).shape == ValueShape::Text;
            opens_signature = opens_signature || starts_signature(c);
        }
    if (!(texts_only && (draft.in_signature || opens_signature))) return false;
    draft.in_signature = true;
    return true;
}

// The column of a free-text note ("Catatan: data sementara") in the No, Sasaran or Indikator column, else -1.
int note_column(const RowFields& f, const RowLayout& layout) {
    if (f.other_values) return -1;
    if (!f.number.empty() && !looks_like_row_number(f.number) && f.objective.empty() && f.indicator.empty()) return layout.number;
    if (f.indicator.empty() && is_note_text(f.objective)) return layout.objective;
    if (f.objective.empty() && is_note_text(f.indicator)) return layout.indicator;
    return -1;
}

// A row that its cells alone leave out of the plan: the header again, a line of the signature block, a note. Said
// and listed; whether the row is one.
bool left_out_by_its_cells(ImportedRow& ir, const std::vector<std::string>& cells, const RowFields& f, const RowLayout& layout,
                           PlanDraft& draft, TableImportResult& result) {
    if (is_repeated_header(cells, f, layout)) {
        leave_out(ir, ImportedRow::Kind::Header, problem(Severity::Info, "table.repeated_header", ir.row, 0,
                                                         "judul kolom diulang (mis. di halaman berikutnya atau tabel kedua), dilewati",
                                                         "the column headers again (such as on a next page, or a second table), skipped"),
                  result);
        return true;
    }
    if (in_signature_block(cells, f, draft)) {
        leave_out(ir, ImportedRow::Kind::Skipped, problem(Severity::Info, "table.signature_row", ir.row, 0,
                                                          "\"" + f.lone + "\": tanda tangan di bawah tabel, dilewati",
                                                          "\"" + f.lone + "\": the signature under the table, skipped"),
                  result);
        return true;
    }
    if (const int column = note_column(f, layout); column >= 0) {
        const std::string& note = cells[static_cast<size_t>(column)];
        leave_out(ir, ImportedRow::Kind::Skipped,
                  problem(Severity::Warning, "table.note_row", ir.row, column + 1,
                          "teks bebas \"" + note + "\" (mis. catatan di bawah tabel), bukan sasaran atau indikator; baris dilewati",
                          "free text \"" + note + "\" (such as a note under the table), not an objective or indicator; row skipped"),
                  result);
        return true;
    }
    return false;
}

// A sasaran named on this row: a new one unless it repeats the current one (or, in a long table, whose rows may come
// by year, any named before: the rows of one sasaran need not be together).
void name_objective(const std::string& name, const RowLayout& layout, PlanDraft& draft, const TableImportResult& result) {
    if (name.empty() || name == draft.current_objective) return;
    draft.current_objective = name;
    Plan& plan = draft.plan;
    if (layout.long_table())
        for (auto& o : plan.objectives)
            if (!o.name.empty() && name_key(o.name) == name_key(name)) {
                draft.objective = &o;
                return;
            }
    plan.objectives.push_back(Objective{"s" + std::to_string(plan.objectives.size() + 1), std::to_string(plan.objectives.size() + 1), name, {}});
    draft.objective = &plan.objectives.back();
    draft.objective_rows.push_back(result.rows.size());
}

// Spreadsheet formulas pasted as text, in any cell of the row: kept as written but named. Their columns.
std::set<int> spreadsheet_formula_cells(const std::vector<std::string>& cells, const RowLayout& layout, size_t ncolumns, ImportedRow& ir) {
    std::set<int> formula_cells;
    for (size_t c = 0; c < cells.size() && c < ncolumns; ++c)
        if (is_spreadsheet_formula(cells[c], static_cast<int>(c) == layout.formula)) {
            formula_cells.insert(static_cast<int>(c));
            ir.problems.push_back(problem(Severity::Warning, "table.spreadsheet_formula", ir.row, static_cast<int>(c) + 1,
                                          "sel \"" + cells[c] + "\" adalah rumus spreadsheet (diawali \"=\"), bukan nilainya; disimpan sebagai teks. "
                                          "Salin ulang nilainya (Tempel Spesial > Nilai)",
                                          "cell \"" + cells[c] + "\" is a spreadsheet formula (starts with \"=\"), not its value; kept as text. "
                                          "Copy the values again (Paste Special > Values)"));
        }
    return formula_cells;
}

// A row without an indicator name: values without one (rejected), a bare number (skipped), or a sasaran on its own
// row (warned when it is too short to reach the Indikator column). Listed.
void read_row_without_indicator(ImportedRow& ir, const RowFields& f, const RowLayout& layout, int width, TableImportResult& result) {
    if (f.other_values) {
        ir.kind = ImportedRow::Kind::Rejected;
        ir.problems.push_back(problem(Severity::Error, "table.no_indicator", ir.row, layout.indicator + 1,
                                      "ada nilai tetapi nama indikator kosong; isi kolom Indikator atau hapus baris ini",
                                      "values without an indicator name; fill the Indikator column or remove the row"));
    } else if (f.objective.empty()) {  // only a number
        ir.kind = ImportedRow::Kind::Skipped;
        ir.objective.clear();
        ir.problems.push_back(problem(Severity::Warning, "table.number_only", ir.row, layout.indicator + 1,
                                      "baris bernomor \"" + f.number + "\" tanpa sasaran dan indikator; dilewati",
                                      "row numbered \"" + f.number + "\" has no objective and no indicator; skipped"));
    } else {
        ir.kind = ImportedRow::Kind::Objective;  // a sasaran on its own row
        const int full_width = layout.full_width, col_indicator = layout.indicator;
        if (width < full_width && width <= col_indicator)
            ir.problems.push_back(problem(Severity::Warning, "table.short_row", ir.row, width + 1,
                                          "baris hanya punya " + std::to_string(width) + " sel, tabel punya " + std::to_string(full_width) +
                                              " kolom; tidak sampai kolom Indikator (kolom " + std::to_string(col_indicator + 1) +
                                              "). Dibaca sebagai baris sasaran \"" + f.objective + "\", bukan indikator; periksa sel yang hilang",
                                          "the row has only " + std::to_string(width) + " cell(s), the table has " + std::to_string(full_width) +
                                              " columns; it does not reach the Indikator column (column " + std::to_string(col_indicator + 1) +
                                              "). Read as an objective row \"" + f.objective + "\", not an indicator; check for missing cells"));
    }
    finish(ir, result);
}

// The same indicator again under the same sasaran (names equal by name_key: case, spaces), in a long table for the
// same year and quarter: one indicator, not two; the first row is read, this one said and left out. Whether it is.
bool left_out_as_duplicate(ImportedRow& ir, const RowFields& f, const RowLayout& layout, RowPeriod period, PlanDraft& draft,
                           TableImportResult& result) {
    std::string key = indicator_key(draft, f.indicator);
    if (layout.long_table()) key += "\n" + std::to_string(period.year) + "\n" + std::to_string(period.quarter);
    const auto [seen, first] = draft.indicator_rows.emplace(key, ir.row);
    if (first) return false;
    const std::string n = std::to_string(seen->second);
    // (in a long table, the period it repeats: "indikator "X" 2023 TW II sama dengan baris 4")
    const std::string of = layout.long_table() ? " " + period_name(period, Lang::Id) : "";
    const std::string of_en = layout.long_table() ? " for " + period_name(period, Lang::En) : "";
    leave_out(ir, ImportedRow::Kind::Skipped,
              problem(Severity::Warning, "table.duplicate_indicator", ir.row, layout.indicator + 1,
                      "indikator \"" + f.indicator + "\"" + of + " sama dengan baris " + n + " (beda huruf besar/kecil atau spasi saja); "
                      "baris ini dilewati, yang dibaca baris " + n + ". Gabungkan nilainya ke baris " + n + " bila perlu",
                      "indicator \"" + f.indicator + "\"" + of_en + " is the same as row " + n + "'s (differs only in case or spacing); this "
                      "row is skipped, row " + n + " is read. Move its values to row " + n + " if needed"),
              result);
    return true;
}

// Indicator rows before any sasaran: an unnamed sasaran for them, said once, at the first such row.
void ensure_objective(ImportedRow& ir, const RowLayout& layout, PlanDraft& draft, const TableImportResult& result) {
    if (draft.objective) return;
    draft.plan.objectives.push_back(Objective{"s1", "1", "", {}});
    draft.objective = &draft.plan.objectives.back();
    draft.objective_rows.push_back(result.rows.size());
    // (What each choice of the dialog does with these rows.)
    ir.problems.push_back(problem(Severity::Warning, "table.no_objective", ir.row, layout.objective + 1,
                                  "baris indikator tanpa sasaran (mulai baris ini): rencana baru mengelompokkannya ke sasaran tanpa "
                                  "nama (isi namanya di tab Rencana); memperbarui rencana ini menaruh indikator barunya di sasaran "
                                  "baris di atasnya, yang sudah ada tetap di sasarannya",
                                  "indicator rows without an objective (from this row on): a new plan groups them under an unnamed "
                                  "objective (name it in the Plan tab); updating this plan puts its new indicators under the "
                                  "objective of the row above, existing ones stay under theirs"));
}

// An indicator row: the indicator made of its cells and put under the current sasaran, and the row listed. In a
// long table, a later row of an indicator (another year or quarter) adds its values to it.
void read_indicator_row(ImportedRow& ir, std::set<int> formula_cells, const RowLayout& layout, RowPeriod period, PlanDraft& draft,
                        TableImportResult& result) {
    ir.kind = ImportedRow::Kind::Indicator;
    const bool polarity_written = !cell_at(ir.cells, layout.polarity).empty();
    const auto held = layout.long_table() ? draft.long_indicators.find(indicator_key(draft, cell_at(ir.cells, layout.indicator)))
                                          : draft.long_indicators.end();
    if (held != draft.long_indicators.end()) {
        Indicator& ind = draft.plan.objectives[held->second.objective].indicators[held->second.indicator];
        read_indicator_again(ir, std::move(formula_cells), layout, period, ind, draft.years, result);
        held->second.polarity_written = held->second.polarity_written || polarity_written;
        ir.indicator = ind.name;
        ir.indicator_id = ind.id;
        finish(ir, result);
        return;
    }
    Indicator ind = read_indicator(ir, std::move(formula_cells), layout, period, draft.plan, draft.years, result);
    ir.indicator = ind.name;
    ir.indicator_id = ind.id;
    if (layout.long_table())
        draft.long_indicators[indicator_key(draft, ind.name)] =
            PlanDraft::LongIndicator{static_cast<size_t>(draft.objective - draft.plan.objectives.data()), draft.objective->indicators.size(),
                                     result.rows.size(), polarity_written};
    draft.objective->indicators.push_back(std::move(ind));
    finish(ir, result);
}

// A long table's indicators, once all rows are read: each settled (its kind from all its targets, its polarity from
// upper limits, a missing unit) at its first row, in the order of the rows.
void settle_long_indicators(PlanDraft& draft, const RowLayout& layout, TableImportResult& result) {
    std::vector<const PlanDraft::LongIndicator*> in_row_order;
    for (const auto& [key, held] : draft.long_indicators) in_row_order.push_back(&held);
    std::sort(in_row_order.begin(), in_row_order.end(), [](const auto* a, const auto* b) { return a->first_row < b->first_row; });
    for (const PlanDraft::LongIndicator* held : in_row_order)
        settle_long_indicator(draft.plan.objectives[held->objective].indicators[held->indicator], held->polarity_written, layout,
                              result.rows[held->first_row], result);
}

// One row below the header: listed as blank, column numbers, left out, a sasaran, rejected or an indicator (put in
// the draft plan), with what is said of it.
void read_body_row(const SourceRow& source, const RowLayout& layout, const TableImportOptions& options, PlanDraft& draft,
                   TableImportResult& result) {
    const auto& cells = source.cells;
    ImportedRow ir;
    ir.row = source.row;
    ir.cells = cells;
    if (all_empty(cells) || is_column_numbers(cells)) {
        ir.kind = all_empty(cells) ? ImportedRow::Kind::Blank : ImportedRow::Kind::ColumnNumbers;
        result.rows.push_back(std::move(ir));
        return;
    }
    const RowFields f = row_fields(cells, layout);
    if (left_out_by_its_cells(ir, cells, f, layout, draft, result)) return;
    name_objective(f.objective, layout, draft, result);
    ir.objective = draft.current_objective;
    std::set<int> formula_cells = spreadsheet_formula_cells(cells, layout, result.columns.size(), ir);
    // One line of text alone in a value column, under the table: a remark, not values without an indicator.
    if (f.indicator.empty() && f.objective.empty() && f.lone_text) {
        leave_out(ir, ImportedRow::Kind::Skipped,
                  problem(Severity::Warning, "table.note_row", ir.row, 0,
                          "teks \"" + f.lone + "\" sendirian di luar kolom indikator (mis. tanda tangan di bawah tabel); baris dilewati",
                          "text \"" + f.lone + "\" alone outside the indicator columns (such as a signature under the table); row skipped"),
                  result);
        return;
    }
    const int width = static_cast<int>(cells.size());
    if (f.indicator.empty()) {
        read_row_without_indicator(ir, f, layout, width, result);
        return;
    }
    RowPeriod period{options.year, 0};
    if (layout.long_table()) {  // the year and quarter of its Tahun and Triwulan cells
        const std::optional<RowPeriod> read = read_row_period(ir, layout, result.columns, options);
        if (!read) {
            ir.kind = ImportedRow::Kind::Rejected;
            finish(ir, result);
            return;
        }
        period = *read;
    }
    if (left_out_as_duplicate(ir, f, layout, period, draft, result)) return;
    ensure_objective(ir, layout, draft, result);
    if (width < layout.full_width)
        ir.problems.push_back(problem(Severity::Warning, "table.short_row", ir.row, width + 1,
                                      "baris hanya punya " + std::to_string(width) + " sel, tabel punya " + std::to_string(layout.full_width) +
                                          " kolom; kolom " + column_span(width + 1, layout.full_width) + " dianggap kosong",
                                      "the row has only " + std::to_string(width) + " cell(s), the table has " + std::to_string(layout.full_width) +
                                          " columns; column(s) " + column_span(width + 1, layout.full_width) + " taken as empty"));
    read_indicator_row(ir, std::move(formula_cells), layout, period, draft, result);
}

// A sasaran without indicators is not made: it is named on the row where it appeared. The others renumbered.
void drop_empty_objectives(PlanDraft& draft, const RowLayout& layout, TableImportResult& result) {
    Plan& plan = draft.plan;
    for (size_t o = 0; o < plan.objectives.size(); ++o)
        if (plan.objectives[o].indicators.empty()) {
            ImportedRow& at = result.rows[draft.objective_rows[o]];
            at.problems.push_back(problem(Severity::Warning, "table.objective_without_indicator", at.row, layout.objective + 1,
                                          "sasaran \"" + plan.objectives[o].name + "\" tanpa indikator di bawahnya; tidak dimasukkan ke rencana",
                                          "objective \"" + plan.objectives[o].name + "\" has no indicator below it; not put in the plan"));
            result.problems.push_back(at.problems.back());
        }
    plan.objectives.erase(std::remove_if(plan.objectives.begin(), plan.objectives.end(), [](const Objective& o) { return o.indicators.empty(); }),
                          plan.objectives.end());
    for (size_t o = 0; o < plan.objectives.size(); ++o) {
        plan.objectives[o].id = "s" + std::to_string(o + 1);
        plan.objectives[o].code = std::to_string(o + 1);
    }
}

// The plan finished from the draft: its period from the years read, its id and title; none (said) when no indicator
// was read, when the header is to be fixed first or when the years span implausibly.
void finish_plan(PlanDraft& draft, const TableHeader& header, const TableImportOptions& options, TableImportResult& result) {
    Plan& plan = draft.plan;
    std::set<int>& years = draft.years;
    size_t count = 0;
    for (const auto& o : plan.objectives) count += o.indicators.size();
    if (count == 0) {
        result.problems.push_back(Diagnostic{Severity::Error, "table.no_rows", "row " + std::to_string(header.line),
                                             {"tidak ada baris indikator di bawah judul kolom", "no indicator rows below the header"}});
        return;
    }
    if (header.error) return;  // the rows are listed with their problems; the header is to be fixed first
    if (years.empty() && options.year) years.insert(options.year);
    if (years.empty())  // names and formulas only: said, not a silent plan "Tahun 0"
        result.problems.push_back(Diagnostic{Severity::Warning, "table.no_years", "row " + std::to_string(header.line),
                                             {"tidak ada kolom target atau realisasi bertahun (mis. \"Target 2025\" atau \"2025\"): tidak ada "
                                              "target yang terbaca dan periode rencana belum diketahui; isi periodenya di Pengaturan",
                                              "no target or actual column with a year (such as \"Target 2025\" or \"2025\"): no target was read "
                                              "and the plan's period is not known; set it in the settings"}});
    if (!years.empty()) {
        plan.start_year = *years.begin();
        plan.end_year = *years.rbegin();
    }
    if (plan.end_year - plan.start_year > 50) {
        result.problems.push_back(Diagnostic{Severity::Error, "table.period", "row " + std::to_string(header.line),
                                             {"rentang tahun tidak wajar", "implausible range of years"}});
        return;
    }
    std::string slug = id_slug(options.office_name);
    plan.id = (slug.empty() ? "impor" : slug) + "-" + std::to_string(plan.start_year) + "-" + std::to_string(plan.end_year);
    plan.title = years.empty() ? std::string("Indikator Kinerja Utama (IKU)")  // no "Tahun 0"
                               : "Indikator Kinerja Utama (IKU) Tahun " + std::to_string(plan.start_year) +
                                     (plan.end_year != plan.start_year ? "-" + std::to_string(plan.end_year) : "");
    result.plan = std::move(plan);
}

}  // namespace

TableImportResult import_table(const std::string& input, const TableImportOptions& options) {
    TableImportResult result;
    std::optional<std::vector<SourceRow>> source = read_source_rows(input, result);
    if (!source) return result;
    std::vector<SourceRow>& rows = *source;
    std::optional<TableHeader> header = read_table_header(rows, options, result);
    if (!header) return result;
    const std::vector<std::string> head = rows[header->at].cells;
    // A row cut by a line break in a cell is joined again; in a table numbered in its first column, a piece that
    // starts with a number is a row of its own.
    join_broken_rows(rows, header->body, std::max(head.size(), result.columns.size()),
                     !head.empty() && classify(head[0]).role == ColumnRole::Number, result.problems);
    say_yearless_column(options, *header, result);
    const RowLayout layout = row_layout(head, result.columns, options);
    if (layout.target_columns.empty() && column_of(result.columns, ColumnRole::QuarterTarget) >= 0)
        result.problems.push_back(Diagnostic{Severity::Warning, "table.quarter_targets_only", "row " + std::to_string(header->line),
                                             {"tabel hanya berisi target triwulan; isi target tahunannya di penyunting indikator "
                                              "(capaian tahunan dihitung terhadap target tahunan)",
                                              "the table holds quarter targets only; enter the yearly targets in the indicator editor "
                                              "(the year's capaian is measured against the yearly target)"}});
    PlanDraft draft;
    draft.plan.office.name = options.office_name;
    for (size_t r = header->body; r < rows.size(); ++r) read_body_row(rows[r], layout, options, draft, result);
    settle_long_indicators(draft, layout, result);
    drop_empty_objectives(draft, layout, result);
    finish_plan(draft, *header, options, result);
    return result;
}

}  // namespace tolok
