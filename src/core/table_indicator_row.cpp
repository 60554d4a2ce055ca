// One indicator row of a pasted table read into an indicator (see table_indicator_row.h).
#include "table_indicator_row.h"

#include <algorithm>
#include <cmath>

#include "formula.h"
#include "table_cells.h"
#include "table_columns.h"
#include "table_text.h"

namespace tolok::table_detail {

RowLayout row_layout(const std::vector<std::string>& head, const std::vector<ImportColumn>& columns, const TableImportOptions& options) {
    RowLayout layout;
    layout.head = head;
    layout.objective = column_of(columns, ColumnRole::Objective);
    layout.indicator = column_of(columns, ColumnRole::Indicator);
    layout.formula = column_of(columns, ColumnRole::Formula);
    layout.unit = column_of(columns, ColumnRole::Unit);
    layout.polarity = column_of(columns, ColumnRole::Polarity);
    layout.source = column_of(columns, ColumnRole::DataSource);
    layout.owner = column_of(columns, ColumnRole::Owner);
    layout.number = column_of(columns, ColumnRole::Number);
    layout.row_year = column_of(columns, ColumnRole::RowYear);
    layout.row_quarter = column_of(columns, ColumnRole::RowQuarter);
    int last_recognised = -1;
    for (size_t c = 0; c < columns.size(); ++c)
        if (columns[c].role != ColumnRole::Ignored) last_recognised = static_cast<int>(c);
    layout.full_width = last_recognised + 1;
    for (size_t c = 0; c < columns.size(); ++c)
        if ((columns[c].role == ColumnRole::TargetYear || columns[c].role == ColumnRole::Target) &&
            (columns[c].year || options.year || layout.long_table()))
            layout.target_columns.push_back(static_cast<int>(c));
    return layout;
}

namespace {

// One indicator row being read: the indicator it makes (or, a long table's later row, adds to), the row's period,
// the cell read for each column and what is said of the row.
struct IndicatorRead {
    ImportedRow& ir;
    Indicator& ind;
    RowPeriod period;                // the year and quarter of the single Target/Realisasi columns
    std::string polarity;            // the Polaritas cell as written
    std::vector<std::string> read;   // the cell read for each column
    std::vector<int> from;           // the column each is from
    std::set<int> formula_cells;     // the columns holding a spreadsheet formula
};

// The indicator's own fields (formula, unit, data source, owner, polarity; an unknown polarity said), where it has
// none yet: a new indicator takes the row's, a long table's indicator keeps what its earlier rows gave.
void read_indicator_fields(IndicatorRead& row, const std::vector<std::string>& cells, const RowLayout& layout, TableImportResult& result) {
    Indicator& ind = row.ind;
    if (ind.formula.text.empty()) {
        ind.formula.text = latex_to_plain(cell_at(cells, layout.formula));
        if (auto derived = derive_formula(ind.formula.text)) {
            ind.formula.expression = derived->expression;
            ind.formula.components = derived->components;
        }
    }
    if (ind.unit.empty()) ind.unit = cell_at(cells, layout.unit);
    if (ind.data_source.empty()) ind.data_source = cell_at(cells, layout.source);
    if (ind.owner.empty()) ind.owner = cell_at(cells, layout.owner);
    const std::string& pol = row.polarity = cell_at(cells, layout.polarity);
    const bool polarity_read = std::find(result.polarity_read.begin(), result.polarity_read.end(), ind.id) != result.polarity_read.end();
    if (auto p = polarity_of(pol)) {
        if (polarity_read || pol.empty()) return;  // (a new indicator's polarity is Maximize already)
        ind.polarity = *p;
        result.polarity_read.push_back(ind.id);
    } else {
        row.ir.problems.push_back(problem(Severity::Warning, "table.unknown_polarity", row.ir.row, layout.polarity + 1,
                                          "polaritas \"" + pol + "\" tidak dikenal; dianggap semakin tinggi semakin baik",
                                          "unknown polarity \"" + pol + "\"; taken as higher is better"));
    }
}

// The cell read for each column and the column it is from: a "(teks)" column's own cell, or where that is empty the
// bare number beside it (NumberBesideText); the two saying different numbers is said at the number.
void choose_cells(IndicatorRead& row, const std::vector<std::string>& cells, const std::vector<ImportColumn>& columns) {
    std::vector<std::string>& read = row.read;
    read.resize(columns.size());
    row.from.resize(columns.size());
    for (size_t c = 0; c < columns.size(); ++c) {
        read[c] = cell_at(cells, static_cast<int>(c));
        row.from[c] = static_cast<int>(c);
    }
    for (size_t c = 0; c < columns.size(); ++c) {
        const int n = columns[c].number_column;
        if (n < 0 || read[static_cast<size_t>(n)].empty()) continue;
        const std::string& number = read[static_cast<size_t>(n)];
        if (read[c].empty()) {
            read[c] = number;
            row.from[c] = n;
            continue;
        }
        const std::optional<double> a = single_number(parse_value(number)), b = single_number(parse_value(read[c]));
        if (number != read[c] && !(a && b && std::abs(*a - *b) <= 1e-6 * std::max(1.0, std::abs(*b)))) {
            const std::string& text_header = one_line(columns[c].header);
            row.ir.problems.push_back(problem(Severity::Warning, "table.number_differs_from_text", row.ir.row, n + 1,
                                              "angka \"" + number + "\" berbeda dengan \"" + read[c] + "\" di kolom \"" + text_header +
                                                  "\"; dipakai \"" + read[c] + "\". Bila angkanya yang benar, ubah juga kolom teksnya",
                                              "the number \"" + number + "\" differs from \"" + read[c] + "\" in column \"" + text_header +
                                                  "\"; \"" + read[c] + "\" is used. If the number is right, change the text column too"));
        }
    }
}

// A target read (the year's or a quarter's) from column c: its unit taken when none is written, text that is no
// value said. (Its shape counts for the indicator's kind: settle_kind.)
void note_target(IndicatorRead& row, const Value& v, size_t c) {
    if (row.ind.unit.empty() && (v.shape == ValueShape::Number || v.shape == ValueShape::Percent)) row.ind.unit = v.unit;
    if (v.shape == ValueShape::Text && row.formula_cells.count(row.from[c]) == 0)
        row.ir.problems.push_back(problem(Severity::Warning, "table.text_value", row.ir.row, row.from[c] + 1,
                                          "target \"" + row.read[c] + "\" bukan angka, persen atau predikat; disimpan sebagai teks",
                                          "target \"" + row.read[c] + "\" is not a number, percentage or grade; kept as text"));
}

// The year a column's cells are of on this row: the header's, else the row's (a Tahun cell, or the year of single
// columns).
int year_of(const ImportColumn& col, const IndicatorRead& row) { return col.year ? col.year : row.period.year; }

// The row's targets and realisasi, yearly and quarterly, into the indicator's years (and the plan's). On a row of a
// quarter (its Triwulan cell), the single Target/Realisasi columns are that quarter's.
void read_values(IndicatorRead& row, const std::vector<ImportColumn>& columns, std::set<int>& years) {
    ImportedRow& ir = row.ir;
    Indicator& ind = row.ind;
    for (size_t c = 0; c < columns.size(); ++c) {
        const ImportColumn& col = columns[c];
        const std::string& cell = row.read[c];
        if (cell.empty()) continue;
        const int at = row.from[c] + 1;  // the 1-based column the cell is from
        const int year = year_of(col, row);
        ColumnRole role = col.role;
        int quarter = col.quarter;
        if (col.year == 0 && row.period.quarter && (role == ColumnRole::Target || role == ColumnRole::Actual)) {
            role = role == ColumnRole::Target ? ColumnRole::QuarterTarget : ColumnRole::QuarterActual;
            quarter = row.period.quarter;
        }
        const bool value_cell = role == ColumnRole::Target || role == ColumnRole::TargetYear || role == ColumnRole::Actual ||
                                role == ColumnRole::QuarterTarget || role == ColumnRole::QuarterActual;
        if (value_cell && year == 0) continue;  // a column without a year (table.year_needed): shown, not read
        // "1,250" from an English-style spreadsheet reads as 1,25: said where it is.
        if (value_cell)
            if (const std::optional<BiText> note = comma_thousands_note(cell))
                ir.problems.push_back(problem(Severity::Warning, "table.comma_number", ir.row, at, note->id, note->en));
        if (role == ColumnRole::Target || role == ColumnRole::TargetYear) {
            Value v = parse_value(cell);
            years.insert(year);
            if (v.shape == ValueShape::Missing) {  // "-", "n/a": no target that year, not a target of "-"
                ir.problems.push_back(problem(Severity::Info, "table.target_none", ir.row, at,
                                              "target " + std::to_string(year) + " \"" + cell + "\" dibaca sebagai tidak ada target",
                                              "target " + std::to_string(year) + " \"" + cell + "\" read as no target"));
                continue;
            }
            note_target(row, v, c);
            ind.years[year].target = std::move(v);
        } else if (role == ColumnRole::Actual) {
            ind.years[year].actual.value = parse_value(cell);
            years.insert(year);
        } else if (role == ColumnRole::QuarterTarget || role == ColumnRole::QuarterActual) {
            Value v = parse_value(cell);
            if (v.shape == ValueShape::Missing) continue;  // "-": nothing planned or measured that quarter
            years.insert(year);
            YearEntry& entry = ind.years[year];
            const size_t q = static_cast<size_t>(quarter - 1);
            if (role == ColumnRole::QuarterActual) {
                entry.quarter_actuals[q].value = v;
                continue;
            }
            note_target(row, v, c);
            entry.quarter_targets[q] = std::move(v);
        }
    }
}

// No polarity written: targets that are all upper limits ("maks. 3 hari", "<= 5%") say lower is better. Said at `at`.
void polarity_from_bounds(Indicator& ind, bool polarity_written, const RowLayout& layout, ImportedRow& at, TableImportResult& result) {
    if (polarity_written) return;
    int at_most = 0, bounded_or_plain = 0;
    for (const auto& [year, entry] : ind.years)
        if (!entry.target.empty()) {
            ++bounded_or_plain;
            at_most += entry.target.bound == Value::Bound::AtMost;
        }
    if (at_most > 0 && at_most == bounded_or_plain) {
        ind.polarity = Polarity::Minimize;
        result.polarity_read.push_back(ind.id);
        at.problems.push_back(problem(Severity::Info, "table.polarity_from_bound", at.row, layout.polarity + 1,
                                      "polaritas tidak diisi; target berupa batas atas (\"maks.\"), jadi semakin rendah semakin baik",
                                      "no polarity written; the targets are upper limits (\"maks.\"), so lower is better"));
    }
}

// Empty target cells: one warning per cell, or one for the row when no target cell is filled. (A quarter's row of a
// long table without a target is not said: a quarter's realisasi may come without one.)
void say_empty_targets(IndicatorRead& row, const RowLayout& layout, const std::vector<ImportColumn>& columns) {
    std::vector<int> target_columns;
    for (int c : layout.target_columns)
        if (!(row.period.quarter && columns[static_cast<size_t>(c)].year == 0)) target_columns.push_back(c);
    ImportedRow& ir = row.ir;
    std::vector<int> empty_targets;
    for (int c : target_columns)
        if (row.read[static_cast<size_t>(c)].empty()) empty_targets.push_back(c);
    if (!empty_targets.empty() && empty_targets.size() == target_columns.size() && target_columns.size() > 1) {
        std::string where = column_span(target_columns.front() + 1, target_columns.back() + 1);
        ir.problems.push_back(problem(Severity::Warning, "table.no_targets", ir.row, target_columns.front() + 1,
                                      "semua sel target kosong (kolom " + where + "); indikator dibuat tanpa target",
                                      "every target cell is empty (columns " + where + "); the indicator is made without targets"));
    } else {
        for (int c : empty_targets) {
            const int year = year_of(columns[static_cast<size_t>(c)], row);
            ir.problems.push_back(problem(Severity::Warning, "table.missing_target", ir.row, c + 1,
                                          "target " + std::to_string(year) + " kosong; indikator ini tanpa target tahun itu",
                                          "target " + std::to_string(year) + " is empty; the indicator has no target that year"));
        }
    }
}

// The indicator's kind from its targets' shapes, yearly and quarterly (and its aggregation with it); an empty unit it
// has none for said at `at`.
void settle_kind(Indicator& ind, const RowLayout& layout, ImportedRow& at) {
    int percent = 0, grade = 0, number_values = 0;
    auto count = [&](const Value& v) {
        percent += v.shape == ValueShape::Percent;
        grade += v.shape == ValueShape::Grade;
        number_values += v.shape == ValueShape::Number || v.shape == ValueShape::Money;
    };
    for (const auto& [year, entry] : ind.years) {
        count(entry.target);
        for (const Value& t : entry.quarter_targets) count(t);
    }
    ind.kind = grade >= percent && grade >= number_values && grade > 0 ? ValueKind::Grade
               : percent >= number_values && percent > 0               ? ValueKind::Percent
                                                                        : ValueKind::Number;
    ind.aggregation = ind.kind == ValueKind::Number ? Aggregation::Sum : Aggregation::Last;
    if (layout.unit >= 0 && ind.unit.empty() && ind.kind != ValueKind::Grade)
        at.problems.push_back(problem(Severity::Warning, "table.missing_unit", at.row, layout.unit + 1,
                                      "satuan kosong dan tidak terbaca dari target; isi kolom Satuan",
                                      "the unit is empty and cannot be read from the targets; fill the Satuan (unit) column"));
}

// The row read into row.ind: its fields, the cell of each column, its values, its empty targets and the cells beyond
// the table said.
void read_row(IndicatorRead& row, const RowLayout& layout, std::set<int>& years, TableImportResult& result) {
    const std::vector<std::string>& cells = row.ir.cells;
    const std::vector<ImportColumn>& columns = result.columns;
    read_indicator_fields(row, cells, layout, result);
    choose_cells(row, cells, columns);
    read_values(row, columns, years);
    if (!layout.long_table()) polarity_from_bounds(row.ind, !row.polarity.empty(), layout, row.ir, result);
    say_empty_targets(row, layout, columns);
    for (size_t c = columns.size(); c < cells.size(); ++c)
        if (!cells[c].empty())
            row.ir.problems.push_back(problem(Severity::Warning, "table.extra_cell", row.ir.row, static_cast<int>(c) + 1,
                                              "sel \"" + cells[c] + "\" di luar kolom tabel, dilewati",
                                              "cell \"" + cells[c] + "\" outside the table's columns, skipped"));
    if (!layout.long_table()) settle_kind(row.ind, layout, row.ir);
}

}  // namespace

Indicator read_indicator(ImportedRow& ir, std::set<int> formula_cells, const RowLayout& layout, RowPeriod period, const Plan& plan,
                         std::set<int>& years, TableImportResult& result) {
    Indicator ind;
    size_t n = 0;
    for (const auto& o : plan.objectives) n += o.indicators.size();
    ind.id = "i" + std::to_string(n + 1);
    ind.code = std::to_string(n + 1);
    ind.name = cell_at(ir.cells, layout.indicator);
    IndicatorRead row{ir, ind, period, {}, {}, {}, std::move(formula_cells)};
    read_row(row, layout, years, result);
    return ind;
}

void read_indicator_again(ImportedRow& ir, std::set<int> formula_cells, const RowLayout& layout, RowPeriod period, Indicator& ind,
                          std::set<int>& years, TableImportResult& result) {
    IndicatorRead row{ir, ind, period, {}, {}, {}, std::move(formula_cells)};
    read_row(row, layout, years, result);
}

void settle_long_indicator(Indicator& ind, bool polarity_written, const RowLayout& layout, ImportedRow& first, TableImportResult& result) {
    const size_t before = first.problems.size();
    polarity_from_bounds(ind, polarity_written, layout, first, result);
    settle_kind(ind, layout, first);
    for (size_t p = before; p < first.problems.size(); ++p) result.problems.push_back(first.problems[p]);
}

}  // namespace tolok::table_detail
