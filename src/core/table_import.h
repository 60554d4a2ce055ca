// Table import: a table copied from Word or Excel (tab-separated, CSV with ',' or ';', or text laid out like the
// seed's Lampiran) becomes a plan. Columns are recognised by Indonesian or English headers. Every row is either
// read as a full indicator row or reported with its row (and column) number; nothing is silently dropped or
// guessed: a note under the table, a row with too few cells, an empty or "-" target, a spreadsheet formula
// ("=...") pasted as text and a sasaran left without indicators are all named in the row's problems. Tolok's own
// exports (CSV, .xlsx) read back as written: a year's "(teks)"/"(text)" column is its value, not the bare number
// beside it. One indicator named twice under one sasaran is read once; the second row is said and left out. A long
// table (Tolok's targets and capaian exports: a "Tahun"/"Year" column, and a "Triwulan"/"Quarter" one) gives each
// row's year and quarter to its single Target/Realisasi columns: the rows of one indicator with different years or
// quarters are that one indicator's values; only a row repeating an indicator's year and quarter is a duplicate.
// Their capaian tables' "Realisasi diisi" is read as the realisasi, their "Realisasi dipakai" (derived) never.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "model.h"

namespace tolok {

enum class ColumnRole {
    Ignored, Number, Objective, Indicator, Formula, Unit, Target, TargetYear, Actual, Achievement, Polarity,
    DataSource, Owner,
    QuarterTarget, QuarterActual,  // "Target TW I", "Realisasi Triwulan II 2025", "TW III" under "Target 2025"
    // The bare number of a year's target or realisasi beside its "(teks)"/"(text)" column, as Tolok's CSV and .xlsx
    // exports write them ("Target 2023" | "Target 2023 (teks)"): the text column is the value (it keeps the unit, a
    // grade, a range); this one is read only where the text cell is empty, and said where the two differ.
    NumberBesideText,
    // A long table's "Tahun"/"Year" column (no year in its header) and "Triwulan"/"TW"/"Quarter" column (no quarter
    // in it): each row's year (1990-2100) and quarter ("I".."IV", "1".."4", "TW I", "Triwulan II"; empty: the year's
    // own value) for the table's single Target/Realisasi columns, as the year of single columns gives the whole table's.
    RowYear, RowQuarter,
    // The capaian tables' "Realisasi dipakai"/"Actual used" (and its "(teks)"/"(text)"): the realisasi the capaian
    // used (a running total, a year added up from its quarters, computed from components): derived, never read, as
    // "Capaian %"; their "Realisasi diisi"/"Actual typed" columns are the realisasi.
    ActualUsed
};

struct ImportColumn {
    ColumnRole role = ColumnRole::Ignored;
    std::string header;  // header text as found
    int year = 0;        // for TargetYear (and for Target/Actual when the header names a year); for the quarter
                         // columns the year they belong to (named, spanned, --year, or the table's one year)
    int quarter = 0;     // 1-4 for QuarterTarget/QuarterActual
    bool as_written = false;  // the header ends in "(teks)" or "(text)": the value as written
    int number_column = -1;   // for an as_written column: its NumberBesideText column (0-based), if any
};

// How one source row was understood, for the app's preview and for messages.
struct ImportedRow {
    int row = 0;  // 1-based line/row number in the source
    // Objective: a sasaran on its own row (indicators below it belong to it). Skipped: not part of the plan and
    // warned (a free-text note such as "Catatan: ...", a numbered row with nothing else). Rejected: an error.
    enum class Kind { Header, ColumnNumbers, Blank, Indicator, Objective, Skipped, Rejected } kind = Kind::Blank;
    std::string objective;   // the sasaran it belongs to (carried from above when the cell is empty)
    std::string indicator;   // indicator name
    std::vector<std::string> cells;
    Diagnostics problems;    // warnings per row; for Rejected, why
    std::string indicator_id;  // Kind::Indicator: the id of the indicator it made in the imported plan
};

struct TableImportOptions {
    std::string office_name;   // --office
    int year = 0;              // --year: the year of single Target/Realisasi columns (a Tahun column's cells win
                               // over it; it is used for the rows whose Tahun cell is empty)
    Lang lang = Lang::Id;
};

struct TableImportResult {
    std::optional<Plan> plan;          // none when nothing could be imported
    std::vector<ImportColumn> columns;
    std::vector<ImportedRow> rows;
    Diagnostics problems;              // ids "table.*", location "row N[, column M]"
    char separator = '\t';             // detected: '\t', ',', ';'
    // The imported indicators (ids) whose polarity the table gives (a Polaritas column, or targets that are all
    // upper limits): only theirs replaces a held indicator's polarity (merge_imported_plan).
    std::vector<std::string> polarity_read;
};

TableImportResult import_table(const std::string& text, const TableImportOptions& options = {});

// An imported table applied to a plan already held: indicators matched by name (name_key; under the sasaran of
// the same name first, so two indicators of one name under two sasaran each get their own row; never one held
// indicator for two rows) keep their id, realisasi and other fields and take the table's formula text, unit, data
// source, owner, targets and realisasi (yearly and quarterly) where the table has them (a cell empty, "-" or "n/a" changes
// nothing, nor does a bare number equal to the held value's, "20" for "20 prd"), and
// its polarity where the table gives one (polarity_read); unmatched ones are added under the sasaran of the same
// name (created when missing) with fresh ids; a row under no sasaran (a table without a Sasaran column) joins the
// sasaran of the row above it, else the plan's last. Nothing is removed; the period grows to hold the table's years.
// The held indicator each indicator of the imported plan (in its order) goes to on merge_imported_plan: its id, code
// and sasaran, or all empty when the row adds a new indicator. The one matching, for the merge and its preview.
struct HeldMatch {
    std::string indicator_id, indicator_code, objective_id;
};
std::vector<HeldMatch> match_held_indicators(const Plan& current, const Plan& imported);

struct TableMergeCounts {
    size_t updated = 0, added = 0, objectives_added = 0;
    size_t actuals_replaced = 0;  // held realisasi the table's replaced with another value
};
TableMergeCounts merge_imported_plan(Plan& current, const TableImportResult& imported);

}  // namespace tolok
