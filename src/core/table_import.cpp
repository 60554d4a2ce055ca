// Table import (see table_import.h): a table pasted from Word/Excel (TSV, CSV with ',' or ';', or the seed's
// Lampiran as text) becomes a plan. Columns are found by their headers; every row is understood or reported.
// Rules for rows below the header: a row with an Indikator cell is an indicator (warned: too few cells, empty
// target cells, "-"/"n/a" targets read as no target, "=..." spreadsheet formulas, no satuan); a row with only a
// Sasaran names a sasaran for the rows below (warned when it has too few cells to reach the Indikator column); a
// note ("Catatan: ...", free text in the No column) or a bare number is skipped with a warning; values without an
// indicator name are rejected; a row naming again the indicator of an earlier row under the same sasaran is skipped
// with a warning. A sasaran that ends up without indicators is left out of the plan, with a warning. A header error
// (a column without a year, a number that is no year) makes no plan, but the rows are still read for the preview.
#include "table_import.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <tuple>
#include <set>

#include "formula.h"
#include "plan_edit.h"
#include "table_cells.h"
#include "table_columns.h"
#include "table_source.h"
#include "table_text.h"

namespace tolok {

using namespace table_detail;

TableImportResult import_table(const std::string& input, const TableImportOptions& options) {
    TableImportResult result;
    std::optional<std::vector<SourceRow>> source = read_source_rows(input, result);
    if (!source) return result;
    std::vector<SourceRow>& rows = *source;

    std::optional<TableHeader> header = read_table_header(rows, options, result);
    if (!header) return result;
    const auto& head = rows[header->at].cells;

    // A row cut by a line break in a cell is joined again; in a table numbered in its first column, a piece that
    // starts with a number is a row of its own.
    join_broken_rows(rows, header->body, std::max(head.size(), result.columns.size()),
                     !head.empty() && classify(head[0]).role == ColumnRole::Number, result.problems);

    auto column_of = [&](ColumnRole role) {
        for (size_t c = 0; c < result.columns.size(); ++c)
            if (result.columns[c].role == role) return static_cast<int>(c);
        return -1;
    };
    const int col_objective = column_of(ColumnRole::Objective), col_indicator = column_of(ColumnRole::Indicator),
              col_formula = column_of(ColumnRole::Formula), col_unit = column_of(ColumnRole::Unit),
              col_polarity = column_of(ColumnRole::Polarity), col_source = column_of(ColumnRole::DataSource),
              col_owner = column_of(ColumnRole::Owner);
    say_yearless_column(options, *header, result);

    const int col_number = column_of(ColumnRole::Number);
    // The columns a full row reaches: up to the last recognised one.
    int last_recognised = -1;
    for (size_t c = 0; c < result.columns.size(); ++c)
        if (result.columns[c].role != ColumnRole::Ignored) last_recognised = static_cast<int>(c);
    const int full_width = last_recognised + 1;
    // The target cells a row is expected to fill: yearly Target columns, and single ones with --year.
    std::vector<int> target_columns;
    for (size_t c = 0; c < result.columns.size(); ++c)
        if ((result.columns[c].role == ColumnRole::TargetYear || result.columns[c].role == ColumnRole::Target) &&
            (result.columns[c].year || options.year))
            target_columns.push_back(static_cast<int>(c));

    if (target_columns.empty() && column_of(ColumnRole::QuarterTarget) >= 0)
        result.problems.push_back(Diagnostic{Severity::Warning, "table.quarter_targets_only", "row " + std::to_string(header->line),
                                             {"tabel hanya berisi target triwulan; isi target tahunannya di penyunting indikator "
                                              "(capaian tahunan dihitung terhadap target tahunan)",
                                              "the table holds quarter targets only; enter the yearly targets in the indicator editor "
                                              "(the year's capaian is measured against the yearly target)"}});

    Plan plan;
    plan.office.name = options.office_name;
    std::set<int> years;
    std::string current_objective;
    bool in_signature = false;  // below the table's signature line: its lone text lines (title, name, NIP) are skipped
    Objective* objective = nullptr;
    std::vector<size_t> objective_rows;  // per plan objective: its index in result.rows (where it was named)
    std::map<std::string, int> indicator_rows;  // sasaran and indicator (name_key) -> the row that named them first

    for (size_t r = header->body; r < rows.size(); ++r) {
        const auto& cells = rows[r].cells;
        ImportedRow ir;
        ir.row = rows[r].row;
        ir.cells = cells;
        if (all_empty(cells)) {
            ir.kind = ImportedRow::Kind::Blank;
            result.rows.push_back(std::move(ir));
            continue;
        }
        if (is_column_numbers(cells)) {
            ir.kind = ImportedRow::Kind::ColumnNumbers;
            result.rows.push_back(std::move(ir));
            continue;
        }
        auto finish = [&](ImportedRow& row) {
            for (const auto& p : row.problems) result.problems.push_back(p);
            result.rows.push_back(std::move(row));
        };
        // A row left out of the plan (a header again, a signature line, a note), with what is said of it.
        auto leave_out = [&](ImportedRow::Kind kind, Diagnostic said) {
            ir.kind = kind;
            ir.problems.push_back(std::move(said));
            finish(ir);
        };
        // The row's filled cells (and the text of the last one), of them the header's own words in its own columns,
        // and the bare years.
        int filled = 0, same_as_header = 0, years_only = 0;
        std::string lone;
        for (size_t c = 0; c < cells.size(); ++c) {
            if (cells[c].empty()) continue;
            ++filled;
            lone = cells[c];
            same_as_header += c < head.size() && lower(one_line(cells[c])) == lower(one_line(head[c]));
            years_only += is_bare_year(cells[c]);
        }
        // The header again (a table copied over two pages, or a second table pasted below), or the row of years under
        // it: not an indicator "Indikator" with the target "Target 2025". (A name that only starts with "Indikator"
        // is a name: the header's own words in its own columns.)
        const bool indicator_header = lower(one_line(cell_at(cells, col_indicator))) == lower(one_line(cell_at(head, col_indicator))) &&
                                      !cell_at(cells, col_indicator).empty();
        if ((indicator_header && same_as_header >= 2) || (filled >= 2 && years_only == filled && cell_at(cells, col_indicator).empty())) {
            leave_out(ImportedRow::Kind::Header, problem(Severity::Info, "table.repeated_header", ir.row, 0,
                                                         "judul kolom diulang (mis. di halaman berikutnya atau tabel kedua), dilewati",
                                                         "the column headers again (such as on a next page, or a second table), skipped"));
            continue;
        }
        const int width = static_cast<int>(cells.size());
        const bool short_row = width < full_width;
        std::string obj_name = cell_at(cells, col_objective);
        std::string ind_name = cell_at(cells, col_indicator);
        std::string number = cell_at(cells, col_number);
        bool other_values = false;  // anything beyond No, Sasaran and Indikator
        for (size_t c = 0; c < cells.size(); ++c)
            if (!cells[c].empty() && static_cast<int>(c) != col_objective && static_cast<int>(c) != col_indicator &&
                static_cast<int>(c) != col_number)
                other_values = true;

        // One text alone: a note, a remark or a signature line.
        const bool lone_text = filled == 1 && number.empty() && parse_value(lone).shape == ValueShape::Text;
        // A signature block under the table, in whatever column it was typed: from its place-and-date line, its NIP
        // line or its opening ("Mengetahui,", "PIHAK KEDUA") on, each row of one or two texts (two signatories side by
        // side) is part of it (title, name), not a sasaran or an indicator.
        bool texts_only = filled >= 1 && filled <= 2 && number.empty(), opens_signature = false;
        for (const auto& c : cells)
            if (!c.empty()) {
                texts_only = texts_only && parse_value(c).shape == ValueShape::Text;
                opens_signature = opens_signature || starts_signature(c);
            }
        if (texts_only && (in_signature || opens_signature)) {
            in_signature = true;
            leave_out(ImportedRow::Kind::Skipped, problem(Severity::Info, "table.signature_row", ir.row, 0,
                                                          "\"" + lone + "\": tanda tangan di bawah tabel, dilewati",
                                                          "\"" + lone + "\": the signature under the table, skipped"));
            continue;
        }
        // A free-text note ("Catatan: data sementara") in the No, Sasaran or Indikator column: not part of the plan.
        int note_column = -1;
        if (!other_values) {
            if (!number.empty() && !looks_like_row_number(number) && obj_name.empty() && ind_name.empty()) note_column = col_number;
            else if (ind_name.empty() && is_note_text(obj_name)) note_column = col_objective;
            else if (obj_name.empty() && is_note_text(ind_name)) note_column = col_indicator;
        }
        if (note_column >= 0) {
            const std::string& note = cells[static_cast<size_t>(note_column)];
            leave_out(ImportedRow::Kind::Skipped,
                      problem(Severity::Warning, "table.note_row", ir.row, note_column + 1,
                              "teks bebas \"" + note + "\" (mis. catatan di bawah tabel), bukan sasaran atau indikator; baris dilewati",
                              "free text \"" + note + "\" (such as a note under the table), not an objective or indicator; row skipped"));
            continue;
        }
        // A sasaran named on this row: a new one unless it repeats the current one.
        if (!obj_name.empty() && obj_name != current_objective) {
            current_objective = obj_name;
            plan.objectives.push_back(Objective{"s" + std::to_string(plan.objectives.size() + 1), std::to_string(plan.objectives.size() + 1),
                                                obj_name, {}});
            objective = &plan.objectives.back();
            objective_rows.push_back(result.rows.size());
        }
        ir.objective = current_objective;
        // Spreadsheet formulas pasted as text, in any cell of the row; kept as written but named.
        std::set<int> formula_cells;
        for (size_t c = 0; c < cells.size() && c < result.columns.size(); ++c)
            if (is_spreadsheet_formula(cells[c], static_cast<int>(c) == col_formula)) {
                formula_cells.insert(static_cast<int>(c));
                ir.problems.push_back(problem(Severity::Warning, "table.spreadsheet_formula", ir.row, static_cast<int>(c) + 1,
                                              "sel \"" + cells[c] + "\" adalah rumus spreadsheet (diawali \"=\"), bukan nilainya; disimpan sebagai teks. "
                                              "Salin ulang nilainya (Tempel Spesial > Nilai)",
                                              "cell \"" + cells[c] + "\" is a spreadsheet formula (starts with \"=\"), not its value; kept as text. "
                                              "Copy the values again (Paste Special > Values)"));
            }
        // One line of text alone in a value column, under the table: a remark, not values without an indicator.
        if (ind_name.empty() && obj_name.empty() && lone_text) {
            leave_out(ImportedRow::Kind::Skipped,
                      problem(Severity::Warning, "table.note_row", ir.row, 0,
                              "teks \"" + lone + "\" sendirian di luar kolom indikator (mis. tanda tangan di bawah tabel); baris dilewati",
                              "text \"" + lone + "\" alone outside the indicator columns (such as a signature under the table); row skipped"));
            continue;
        }
        if (ind_name.empty()) {
            if (other_values) {
                ir.kind = ImportedRow::Kind::Rejected;
                ir.problems.push_back(problem(Severity::Error, "table.no_indicator", ir.row, col_indicator + 1,
                                              "ada nilai tetapi nama indikator kosong; isi kolom Indikator atau hapus baris ini",
                                              "values without an indicator name; fill the Indikator column or remove the row"));
            } else if (obj_name.empty()) {  // only a number
                ir.kind = ImportedRow::Kind::Skipped;
                ir.objective.clear();
                ir.problems.push_back(problem(Severity::Warning, "table.number_only", ir.row, col_indicator + 1,
                                              "baris bernomor \"" + number + "\" tanpa sasaran dan indikator; dilewati",
                                              "row numbered \"" + number + "\" has no objective and no indicator; skipped"));
            } else {
                ir.kind = ImportedRow::Kind::Objective;  // a sasaran on its own row
                if (short_row && width <= col_indicator)
                    ir.problems.push_back(problem(Severity::Warning, "table.short_row", ir.row, width + 1,
                                                  "baris hanya punya " + std::to_string(width) + " sel, tabel punya " + std::to_string(full_width) +
                                                      " kolom; tidak sampai kolom Indikator (kolom " + std::to_string(col_indicator + 1) +
                                                      "). Dibaca sebagai baris sasaran \"" + obj_name + "\", bukan indikator; periksa sel yang hilang",
                                                  "the row has only " + std::to_string(width) + " cell(s), the table has " + std::to_string(full_width) +
                                                      " columns; it does not reach the Indikator column (column " + std::to_string(col_indicator + 1) +
                                                      "). Read as an objective row \"" + obj_name + "\", not an indicator; check for missing cells"));
            }
            finish(ir);
            continue;
        }
        // The same indicator again under the same sasaran (names equal by name_key: case, spaces): one indicator,
        // not two; the first row is read, this one said and left out.
        if (const auto [seen, first] = indicator_rows.emplace(name_key(current_objective) + "\n" + name_key(ind_name), ir.row); !first) {
            const std::string n = std::to_string(seen->second);
            leave_out(ImportedRow::Kind::Skipped,
                      problem(Severity::Warning, "table.duplicate_indicator", ir.row, col_indicator + 1,
                              "indikator \"" + ind_name + "\" sama dengan baris " + n + " (beda huruf besar/kecil atau spasi saja); "
                              "baris ini dilewati, yang dibaca baris " + n + ". Gabungkan nilainya ke baris " + n + " bila perlu",
                              "indicator \"" + ind_name + "\" is the same as row " + n + "'s (differs only in case or spacing); this "
                              "row is skipped, row " + n + " is read. Move its values to row " + n + " if needed"));
            continue;
        }
        if (!objective) {
            plan.objectives.push_back(Objective{"s1", "1", "", {}});
            objective = &plan.objectives.back();
            objective_rows.push_back(result.rows.size());
            // (Said once, at the first such row: what each choice of the dialog does with these rows.)
            ir.problems.push_back(problem(Severity::Warning, "table.no_objective", ir.row, col_objective + 1,
                                          "baris indikator tanpa sasaran (mulai baris ini): rencana baru mengelompokkannya ke sasaran tanpa "
                                          "nama (isi namanya di tab Rencana); memperbarui rencana ini menaruh indikator barunya di sasaran "
                                          "baris di atasnya, yang sudah ada tetap di sasarannya",
                                          "indicator rows without an objective (from this row on): a new plan groups them under an unnamed "
                                          "objective (name it in the Plan tab); updating this plan puts its new indicators under the "
                                          "objective of the row above, existing ones stay under theirs"));
        }
        if (short_row)
            ir.problems.push_back(problem(Severity::Warning, "table.short_row", ir.row, width + 1,
                                          "baris hanya punya " + std::to_string(width) + " sel, tabel punya " + std::to_string(full_width) +
                                              " kolom; kolom " + column_span(width + 1, full_width) + " dianggap kosong",
                                          "the row has only " + std::to_string(width) + " cell(s), the table has " + std::to_string(full_width) +
                                              " columns; column(s) " + column_span(width + 1, full_width) + " taken as empty"));
        Indicator ind;
        size_t n = 0;
        for (const auto& o : plan.objectives) n += o.indicators.size();
        ind.id = "i" + std::to_string(n + 1);
        ind.code = std::to_string(n + 1);
        ind.name = ind_name;
        ind.formula.text = latex_to_plain(cell_at(cells, col_formula));
        if (auto derived = derive_formula(ind.formula.text)) {
            ind.formula.expression = derived->expression;
            ind.formula.components = derived->components;
        }
        ind.unit = cell_at(cells, col_unit);
        ind.data_source = cell_at(cells, col_source);
        ind.owner = cell_at(cells, col_owner);
        std::string pol = cell_at(cells, col_polarity);
        if (auto p = polarity_of(pol)) {
            ind.polarity = *p;
            if (!pol.empty()) result.polarity_read.push_back(ind.id);
        } else {
            ir.problems.push_back(problem(Severity::Warning, "table.unknown_polarity", ir.row, col_polarity + 1,
                                          "polaritas \"" + pol + "\" tidak dikenal; dianggap semakin tinggi semakin baik",
                                          "unknown polarity \"" + pol + "\"; taken as higher is better"));
        }
        // The cell read for each column and the column it is from: a "(teks)" column's own cell, or where that is
        // empty the bare number beside it (NumberBesideText); the two saying different numbers is said at the number.
        std::vector<std::string> read(result.columns.size());
        std::vector<int> from(result.columns.size());
        for (size_t c = 0; c < result.columns.size(); ++c) {
            read[c] = cell_at(cells, static_cast<int>(c));
            from[c] = static_cast<int>(c);
        }
        for (size_t c = 0; c < result.columns.size(); ++c) {
            const int n = result.columns[c].number_column;
            if (n < 0 || read[static_cast<size_t>(n)].empty()) continue;
            const std::string& number = read[static_cast<size_t>(n)];
            if (read[c].empty()) {
                read[c] = number;
                from[c] = n;
                continue;
            }
            const std::optional<double> a = single_number(parse_value(number)), b = single_number(parse_value(read[c]));
            if (number != read[c] && !(a && b && std::abs(*a - *b) <= 1e-6 * std::max(1.0, std::abs(*b)))) {
                const std::string& text_header = one_line(result.columns[c].header);
                ir.problems.push_back(problem(Severity::Warning, "table.number_differs_from_text", ir.row, n + 1,
                                              "angka \"" + number + "\" berbeda dengan \"" + read[c] + "\" di kolom \"" + text_header +
                                                  "\"; dipakai \"" + read[c] + "\". Bila angkanya yang benar, ubah juga kolom teksnya",
                                              "the number \"" + number + "\" differs from \"" + read[c] + "\" in column \"" + text_header +
                                                  "\"; \"" + read[c] + "\" is used. If the number is right, change the text column too"));
            }
        }
        int percent = 0, grade = 0, number_values = 0;
        // A target read (the year's or a quarter's): counted for the indicator's kind, its unit taken when none is
        // written, text that is no value said.
        auto note_target = [&](const Value& v, size_t c) {
            percent += v.shape == ValueShape::Percent;
            grade += v.shape == ValueShape::Grade;
            number_values += v.shape == ValueShape::Number || v.shape == ValueShape::Money;
            if (ind.unit.empty() && (v.shape == ValueShape::Number || v.shape == ValueShape::Percent)) ind.unit = v.unit;
            if (v.shape == ValueShape::Text && formula_cells.count(from[c]) == 0)
                ir.problems.push_back(problem(Severity::Warning, "table.text_value", ir.row, from[c] + 1,
                                              "target \"" + read[c] + "\" bukan angka, persen atau predikat; disimpan sebagai teks",
                                              "target \"" + read[c] + "\" is not a number, percentage or grade; kept as text"));
        };
        for (size_t c = 0; c < result.columns.size(); ++c) {
            const ImportColumn& col = result.columns[c];
            const std::string& cell = read[c];
            if (cell.empty()) continue;
            const int at = from[c] + 1;  // the 1-based column the cell is from
            int year = col.year ? col.year : options.year;
            const bool value_cell = col.role == ColumnRole::Target || col.role == ColumnRole::TargetYear || col.role == ColumnRole::Actual ||
                                    col.role == ColumnRole::QuarterTarget || col.role == ColumnRole::QuarterActual;
            if (value_cell && year == 0) continue;  // a column without a year (table.year_needed): shown, not read
            // "1,250" from an English-style spreadsheet reads as 1,25: said where it is.
            if (value_cell)
                if (const std::optional<BiText> note = comma_thousands_note(cell))
                    ir.problems.push_back(problem(Severity::Warning, "table.comma_number", ir.row, at, note->id, note->en));
            if (col.role == ColumnRole::Target || col.role == ColumnRole::TargetYear) {
                Value v = parse_value(cell);
                years.insert(year);
                if (v.shape == ValueShape::Missing) {  // "-", "n/a": no target that year, not a target of "-"
                    ir.problems.push_back(problem(Severity::Info, "table.target_none", ir.row, at,
                                                  "target " + std::to_string(year) + " \"" + cell + "\" dibaca sebagai tidak ada target",
                                                  "target " + std::to_string(year) + " \"" + cell + "\" read as no target"));
                    continue;
                }
                note_target(v, c);
                ind.years[year].target = std::move(v);
            } else if (col.role == ColumnRole::Actual) {
                ind.years[year].actual.value = parse_value(cell);
                years.insert(year);
            } else if (col.role == ColumnRole::QuarterTarget || col.role == ColumnRole::QuarterActual) {
                Value v = parse_value(cell);
                if (v.shape == ValueShape::Missing) continue;  // "-": nothing planned or measured that quarter
                years.insert(year);
                YearEntry& entry = ind.years[year];
                const size_t q = static_cast<size_t>(col.quarter - 1);
                if (col.role == ColumnRole::QuarterActual) {
                    entry.quarter_actuals[q].value = v;
                    continue;
                }
                note_target(v, c);
                entry.quarter_targets[q] = std::move(v);
            }
        }
        // No polarity written: targets that are all upper limits ("maks. 3 hari", "<= 5%") say lower is better.
        if (pol.empty()) {
            int at_most = 0, bounded_or_plain = 0;
            for (const auto& [year, entry] : ind.years)
                if (!entry.target.empty()) {
                    ++bounded_or_plain;
                    at_most += entry.target.bound == Value::Bound::AtMost;
                }
            if (at_most > 0 && at_most == bounded_or_plain) {
                ind.polarity = Polarity::Minimize;
                result.polarity_read.push_back(ind.id);
                ir.problems.push_back(problem(Severity::Info, "table.polarity_from_bound", ir.row, col_polarity + 1,
                                              "polaritas tidak diisi; target berupa batas atas (\"maks.\"), jadi semakin rendah semakin baik",
                                              "no polarity written; the targets are upper limits (\"maks.\"), so lower is better"));
            }
        }
        // Empty target cells: one warning per cell, or one for the row when no target cell is filled.
        std::vector<int> empty_targets;
        for (int c : target_columns)
            if (read[static_cast<size_t>(c)].empty()) empty_targets.push_back(c);
        if (!empty_targets.empty() && empty_targets.size() == target_columns.size() && target_columns.size() > 1) {
            std::string where = column_span(target_columns.front() + 1, target_columns.back() + 1);
            ir.problems.push_back(problem(Severity::Warning, "table.no_targets", ir.row, target_columns.front() + 1,
                                          "semua sel target kosong (kolom " + where + "); indikator dibuat tanpa target",
                                          "every target cell is empty (columns " + where + "); the indicator is made without targets"));
        } else {
            for (int c : empty_targets) {
                const ImportColumn& col = result.columns[static_cast<size_t>(c)];
                int year = col.year ? col.year : options.year;
                ir.problems.push_back(problem(Severity::Warning, "table.missing_target", ir.row, c + 1,
                                              "target " + std::to_string(year) + " kosong; indikator ini tanpa target tahun itu",
                                              "target " + std::to_string(year) + " is empty; the indicator has no target that year"));
            }
        }
        for (size_t c = result.columns.size(); c < cells.size(); ++c)
            if (!cells[c].empty())
                ir.problems.push_back(problem(Severity::Warning, "table.extra_cell", ir.row, static_cast<int>(c) + 1,
                                              "sel \"" + cells[c] + "\" di luar kolom tabel, dilewati", "cell \"" + cells[c] + "\" outside the table's columns, skipped"));
        ind.kind = grade >= percent && grade >= number_values && grade > 0 ? ValueKind::Grade
                   : percent >= number_values && percent > 0             ? ValueKind::Percent
                                                                         : ValueKind::Number;
        ind.aggregation = ind.kind == ValueKind::Number ? Aggregation::Sum : Aggregation::Last;
        if (col_unit >= 0 && ind.unit.empty() && ind.kind != ValueKind::Grade)
            ir.problems.push_back(problem(Severity::Warning, "table.missing_unit", ir.row, col_unit + 1,
                                          "satuan kosong dan tidak terbaca dari target; isi kolom Satuan",
                                          "the unit is empty and cannot be read from the targets; fill the Satuan (unit) column"));
        ir.kind = ImportedRow::Kind::Indicator;
        ir.indicator = ind.name;
        ir.indicator_id = ind.id;
        objective->indicators.push_back(std::move(ind));
        finish(ir);
    }

    // A sasaran without indicators is not made: it is named on the row where it appeared.
    for (size_t o = 0; o < plan.objectives.size(); ++o)
        if (plan.objectives[o].indicators.empty()) {
            ImportedRow& at = result.rows[objective_rows[o]];
            at.problems.push_back(problem(Severity::Warning, "table.objective_without_indicator", at.row, col_objective + 1,
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
    size_t count = 0;
    for (const auto& o : plan.objectives) count += o.indicators.size();
    if (count == 0) {
        result.problems.push_back(Diagnostic{Severity::Error, "table.no_rows", "row " + std::to_string(header->line),
                                             {"tidak ada baris indikator di bawah judul kolom", "no indicator rows below the header"}});
        return result;
    }
    if (header->error) return result;  // the rows are listed with their problems; the header is to be fixed first
    if (years.empty() && options.year) years.insert(options.year);
    if (years.empty())  // names and formulas only: said, not a silent plan "Tahun 0"
        result.problems.push_back(Diagnostic{Severity::Warning, "table.no_years", "row " + std::to_string(header->line),
                                             {"tidak ada kolom target atau realisasi bertahun (mis. \"Target 2025\" atau \"2025\"): tidak ada "
                                              "target yang terbaca dan periode rencana belum diketahui; isi periodenya di Pengaturan",
                                              "no target or actual column with a year (such as \"Target 2025\" or \"2025\"): no target was read "
                                              "and the plan's period is not known; set it in the settings"}});
    if (!years.empty()) {
        plan.start_year = *years.begin();
        plan.end_year = *years.rbegin();
    }
    if (plan.end_year - plan.start_year > 50) {
        result.problems.push_back(Diagnostic{Severity::Error, "table.period", "row " + std::to_string(header->line),
                                             {"rentang tahun tidak wajar", "implausible range of years"}});
        return result;
    }
    std::string slug = id_slug(options.office_name);
    plan.id = (slug.empty() ? "impor" : slug) + "-" + std::to_string(plan.start_year) + "-" + std::to_string(plan.end_year);
    plan.title = years.empty() ? std::string("Indikator Kinerja Utama (IKU)")  // no "Tahun 0"
                               : "Indikator Kinerja Utama (IKU) Tahun " + std::to_string(plan.start_year) +
                                     (plan.end_year != plan.start_year ? "-" + std::to_string(plan.end_year) : "");
    result.plan = std::move(plan);
    return result;
}

}  // namespace tolok
