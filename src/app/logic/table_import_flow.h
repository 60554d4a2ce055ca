// The app's "import a table" flow without ImGui: a pasted or opened table is previewed with the core's table
// import (the same one as `tolok import-table`), then applied as a new plan or as an update of the current plan,
// in one undoable step. Nothing changes until the user applies a preview that has indicators.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/model.h"
#include "core/table_import.h"

namespace tolok::app {

struct AppState;

struct TableImportDraft {
    bool open = false;         // the dialog is shown
    bool open_request = false; // open the dialog at the next frame
    std::string source_name;   // file name, or empty when pasted
    std::string text;          // the table as pasted or read
    int year = 0;              // year of single Target/Realisasi columns (0 = none)
    bool read_as_windows_1252 = false;  // the file was not UTF-8: read as Excel's plain CSV (said in the dialog)
    std::optional<BiText> paste_problem;  // why the Tempel button brought nothing (said in the dialog)
    std::string previewed_text;
    int previewed_year = -1;
    TableImportResult preview;
    // With a plan open: the held indicator "Perbarui" gives each imported indicator (by its id in the preview's
    // plan; core match_held_indicators), empty for one it adds.
    std::map<std::string, HeldMatch> held_for;
};

// Counts of what a preview would bring in.
struct TableImportSummary {
    size_t indicators = 0, targets = 0, actuals = 0, rejected_rows = 0, warnings = 0;
    size_t quarter_targets = 0, quarter_actuals = 0;  // TW I-IV cells read
    size_t skipped_rows = 0;  // notes and other rows left out of the plan with a warning
};

// Re-runs the import when the text or the year changed since the last preview.
void refresh_table_preview(AppState& s);
TableImportSummary summarize(const TableImportResult& r);
// For an indicator row of the preview, with a plan open: what "Perbarui" does with it ("memperbarui no. 6" /
// "updates no. 6", "indikator baru" / "new indicator"); empty for other rows or without a plan.
std::string update_note(const AppState& s, const ImportedRow& row);

// Applies the preview: as a new plan (its id made unique) or into the current plan (core merge_imported_plan). Returns false (and sets
// s.message) when the preview holds no indicator. Closes the dialog on success.
bool apply_table_import(AppState& s, bool as_new_plan);

// True for the file names the table import takes (.csv, .tsv, .txt, any case).
bool is_table_file_name(const std::string& name);

// Opens the dialog on a file's text (picker or drop of a .csv/.tsv/.txt file).
// A table file opened or dropped: Windows-1252 bytes (Excel's plain CSV) are read as such before they are shown in
// the dialog's text box, where an edit would otherwise keep "?" for every "–" and "“".
void open_table_import(AppState& s, const std::string& name, const std::string& text);
// The clipboard's text (the dialog's Tempel button) as the table, in place of what the box held, as a Ctrl+V into
// the emptied box would; an empty clipboard is said in the dialog and changes nothing.
void paste_into_table_import(AppState& s, const std::string& text);

}  // namespace tolok::app
