// The app's panels (one file each) and the small ImGui helpers they share. Each panel reads the AppState and
// changes plans only through change() / apply_plans() (state.h).
#pragma once

#include <imgui.h>

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "app/state.h"

namespace tolok::app {

void draw_menu(AppState& s);
void draw_documents_menu(AppState& s);
void draw_overview(AppState& s, Plan& plan);
void draw_capaian(AppState& s, Plan& plan);
void draw_editor(AppState& s, Plan& plan);
void draw_lint(AppState& s, Plan& plan);
void draw_settings(AppState& s, Plan& plan);
void draw_programs(AppState& s, const Plan& plan);  // in the settings tab
void draw_grade_scales(AppState& s, const Plan& plan);  // in the settings tab
void draw_import_preview(AppState& s);
void draw_review(AppState& s);
void draw_regency(AppState& s);
// The printable regency recap of every plan held, for `year`, in the documents' language (Kabupaten tab, Dokumen menu).
void print_regency_recap(AppState& s, int year);
void draw_delete_plan_confirm(AppState& s);
void draw_table_import(AppState& s);
void draw_storage_conflict(AppState& s);

// --- helpers (panels/widgets.cpp) ---
// Tab items carry no label hook in ImGui 1.86: report the last item's label so automation can find it.
void expose_last_item(const char* label);
// The same for an item known by its id (a part of a compound widget).
void expose_item(unsigned id, const char* label);
// The same for the last item's rectangle when that item has no id of its own (a text, a list without nav items), so
// a test can see where it is drawn.
void expose_last_rect(const char* label);
// A category band's colour ("#f9a825") for text: its hue, dark enough to read on the window (core/colors.h).
ImVec4 band_text_color(const std::string& hex);
// A category label in its band's colour (`hex`), wrapped where its column is narrow ("Sangat / Tinggi"); nothing for "".
void category_label(const std::string& label, const std::string& hex);
// A titled separator between sections of a panel.
void section(const char* title);
// A one-line text field editing `value`; returns true (and the new text in `out`) when the user changed it.
// `width` 0 keeps the current item width (PushItemWidth), -1 fills the cell. `hint` is shown greyed while empty.
bool edit_text(const char* label, const std::string& value, std::string& out, float width = 0.0f, const char* hint = nullptr);
// A number field read by the one value parser, as people write numbers ("17,5" = 17.5, "1.250" = 1250; shown in
// the data's Indonesian style in both languages, so a shown number reads back unchanged). ImGui's numeric fields drop the comma ("17,5" became 175). Returns true when
// `value` changed, which happens when the field is left (Enter, Tab, a click elsewhere): to the typed number, or to
// nullopt when the field was emptied. Text that is not a number changes nothing, and s.message says so.
// `what` names the field in messages in both languages (a message follows a language switch), else the label shown
// names it ("Pita Rendah, sampai" for a band's limit, whose label shows no name); a `required` field
// emptied is said and changes nothing (a band's limit, a grade's score).
bool edit_number(AppState& s, const char* label, std::optional<double>& value, float width = 0.0f, const BiText& what = {},
                 bool required = false);
// In the English interface, a number typed as "1,250" (read the Indonesian way, as 1,25) is said so in the message
// bar, naming the field: for fields left after typing a number or a value ("1,250 kec.").
void warn_comma_reading(AppState& s, const std::string& field, const std::string& text);
// Under a file's name in its preview: how many files opened with it wait their turn ("2 berkas lagi menunggu").
void draw_files_waiting(const AppState& s);
// The message for an achievement cap typed below 100 % (the plan's or an indicator's), which is not taken.
void say_cap_too_low(AppState& s);
bool edit_multiline(const char* label, const std::string& value, std::string& out, float height);
// Whether the text field that has the keyboard is one of edit_multiline's (a note, a chapter): undo there takes back
// the last words, not the whole visit (History::text_field_active).
bool multiline_field_active();
// A quarter's name in the interface language: "TW I".."TW IV" (triwulan) or "Q1".."Q4"; q is 0-3.
const char* quarter_label(const AppState& s, int q);
// The period shown (s.quarter, shared by the Capaian tab and the editor): "Tahunan" or TW I-IV, opening on the one
// chosen, findable by `label`.
void period_combo(AppState& s, const char* label);
// The current table's header row, each header with its full name on hover (a narrow column cuts it short).
void headers_row_with_tooltips();
// A header row whose names wrap in their columns (for tables of many narrow number columns), with the header colour.
void headers_row_wrapped();
// The keyboard of a dialog, called first inside BeginPopupModal. True on the frame Esc is pressed in the open dialog
// (no text field being edited, no combo open over it): the dialog then does what its Cancel/Close button does. Enter
// presses the button that has the keyboard focus, as Space does. From the frame the dialog appears that focus is
// shown (on the button SetItemDefaultFocus names, else the first item), also when a mouse click opened it, so what
// Enter or Space will do is seen.
bool dialog_keys();
// Enter presses the item the keyboard focus is on (a menu item, a combo's option, a button, a checkbox), as Space
// does: ImGui 1.86 gives Enter to text fields only. Called once per frame before the windows are drawn.
void enter_presses_focused_item();
// What the user chose in a confirmation dialog this frame.
enum class DialogChoice { None, Confirm, Cancel };
// The buttons of a confirmation, after its text: `confirm` (e.g. "Hapus"), then Batal, where the keyboard focus
// starts (Enter or Space alone never deletes); Esc is Batal (dialog_keys). Either choice closes the dialog.
DialogChoice confirm_buttons(const AppState& s, const char* confirm);
// When a dialog's size and place are set: as it appears, and again when the browser window was resized (a dialog
// sized for the larger window kept its buttons beyond the edge of a smaller one).
ImGuiCond dialog_placing(const AppState& s);
// A confirmation dialog (Hapus rencana, Hapus indikator, ...): centred on the window and following it when it is
// resized, its text wrapped at 34 em or 90 % of the window, whichever is narrower (a long name on 800 px). True when
// open: then its text and confirm_buttons, and end_confirm_dialog.
bool begin_confirm_dialog(const AppState& s, const char* title);
void end_confirm_dialog();
// Greyed text wrapped at the window's edge (hints that must stay readable on a small screen).
void disabled_text_wrapped(const char* text);
// ImGui::BeginMenu / EndMenu, whose items are further apart where items are sized for a finger (a tablet: 36 px
// rows instead of 24, hit beyond their edges by the touch padding).
bool begin_menu(const char* label, bool enabled = true);
void end_menu();
// A button that takes little room (ImGui::SmallButton, no vertical padding) where the pointer is a mouse, and a
// full-height one where items are sized for a finger (the platform sets style.TouchExtraPadding on a tablet).
bool compact_button(const char* label);
// SameLine() when an item `width` wide still fits on the current line; otherwise the item starts a new line.
// True when it stayed on the line.
bool same_line_if_fits(float width);
// One line of text cut to the width left on the line, ending in "..." when cut; true when cut (the caller then
// shows the whole text on hover).
bool text_fitted(const std::string& text);
// A tooltip whose text wraps at 34 em or 90 % of the window, whichever is narrower (a long name stays readable).
void tooltip_wrapped(const std::string& text);
// Whether `hay` holds `needle`, ASCII letters compared without case (the searches: "dinas" finds "Dinas Sosial").
bool contains_ci(const std::string& hay, const std::string& needle);
// `text` cut to `room` pixels with "..." (unchanged when it fits).
std::string fit_text(const std::string& text, float room);
// Rows of a table whose rows differ in height (wrapped text), drawn only when in view: ImGuiListClipper takes one
// height for all and left rows out. Each row's height is measured when drawn and kept here (a view cache: a stale or
// guessed height moves the scroll range a little until the row is drawn again, never which rows fill the view).
struct RowHeights {
    std::vector<std::pair<std::uintptr_t, float>> rows;  // content key, height (0 = not drawn yet)
};
// Between the headers and EndTable of a table with ImGuiTableFlags_ScrollY: rows [0, count), `key(r)` naming row r's content (a
// changed key drops its height), `draw(r)` drawing it from TableNextRow on. Rows above and below the view are one
// empty row each, as tall as their heights (a row not drawn yet counts the average of those that were).
void draw_rows_in_view(RowHeights& heights, size_t count, const std::function<std::uintptr_t(size_t)>& key,
                       const std::function<void(size_t)>& draw);
// Where draw_rows_in_view counts a row to be, in the table's coordinates (heights measured, else the average).
struct RowPlace {
    float top = 0.0f, height = 0.0f;
};
RowPlace row_place(const RowHeights& heights, size_t row);
// Opens the indicator editor on `indicator_id`.
void open_editor(AppState& s, const std::string& indicator_id);
// Before a field is drawn: when it is the one asked for (s.focus_field == key), scrolls to it and gives it the
// keyboard, once, its text selected (typing replaces it) as for a field entered the first time.
void focus_if_requested(AppState& s, const std::string& key);
// Finds an indicator of the current plan by id (nullptr when gone, e.g. after an undo).
Indicator* find_selected(AppState& s, Plan& plan);

}  // namespace tolok::app
