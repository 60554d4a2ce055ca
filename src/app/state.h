// The app's whole state in one struct, passed by reference to every panel, and the one path through which
// the plans change (change() records undo and marks the state unsaved). No ImGui here.
#pragma once

#include <deque>
#include <map>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "app/logic/exchange_flow.h"
#include "app/logic/history.h"
#include "app/logic/table_import_flow.h"
#include "app/services.h"
#include "core/consolidation.h"
#include "core/diagnostic.h"
#include "core/model.h"
#include "core/plan_edit.h"

namespace tolok::app {

// The main window's tabs, in their order.
enum Tab { kTabPlan, kTabCapaian, kTabEditor, kTabLint, kTabSettings, kTabRegency, kTabCount };

struct AppState {
    Services services;
    std::vector<Plan> plans;
    size_t current = 0;
    Lang lang = Lang::Id;
    History history;
    // Bumped by every change of the plans (change, apply_plans, undo, redo, loading); derived views cache on it.
    unsigned long long revision = 0;
    // The plans were replaced from outside the field being typed in (loaded from another tab, an import, undo/redo):
    // the next frame leaves that field, which would otherwise write its older text back over them.
    bool plans_replaced = false;
    // The next frame leaves the field being typed in (App::leave_text_field: the page is being left).
    bool leave_text_field = false;

    // Saving
    bool dirty = false;
    // A save that only the mirror holds (localStorage full) is on its way to IndexedDB: still unsaved work for the
    // title and for leaving the page until the mirror confirms it (App::tick).
    bool mirror_unconfirmed = false;
    double changed_at = 0;
    std::string last_save;           // ISO time of the last confirmed save
    std::string save_status = "never";  // "ok" | "quota" | "failed" | "conflict" | "never"
    // The storage slot this tab last loaded or wrote (0: none, the built-in plan). A newer slot in storage was
    // written by another tab.
    unsigned long long stored_sequence = 0;
    // Another tab saved while this one held unsaved changes: autosave waits and a dialog asks which copy to keep.
    bool storage_conflict = false;
    std::vector<Plan> other_tabs_plans;  // the copy the other tab saved, shown and exportable in that dialog
    // The plans both copies hold that differ, one line each (how many differences, the first of them), for the dialog.
    std::vector<BiText> other_tabs_differences;
    std::string message;             // shown under the title until dismissed
    BiText said;                     // the message in both languages when said with say(), and as it was shown
    std::string said_shown;
    std::string save_problem_message;
    // The newest copy found in the browser at the start that could not be read (damaged, or from another version of
    // Tolok), as stored: offered for download (Berkas menu) while this session lasts.
    std::string unreadable_copy;  // the message a failed save left (cleared with it by the next good save)

    // Views
    // The browser window's size at the last frame, and whether it changed this frame: open dialogs are then sized
    // and centred again (set once when they appeared, they stayed larger than a window made smaller).
    float window_width = 0, window_height = 0;
    bool window_resized = false;
    int year = 0;                    // year of the Capaian tab
    std::string year_of_plan;        // the plan `year` was chosen for (follow_shown_plan)
    int quarter = 0;                 // 0 = the year, 1..4 = TW I..IV
    std::string supports_search;     // the indicator editor's "Mendukung indikator" list: what is searched for
    int regency_year = 0;            // year of the Kabupaten tab, its own: kept when another plan is shown (0: not chosen)
    std::string selected_indicator;  // id of the indicator open in the editor
    std::string program_to_remove;  // the program whose deletion is being confirmed (Pengaturan)
    std::optional<std::pair<int, int>> pending_period;  // a new period that would remove entries, asked about first
    // The period as typed in the settings' two year fields, applied when the keyboard leaves both (Enter, Tab out
    // of the last, a click elsewhere): Tab from the first year to the last keeps what was typed in the first.
    std::optional<std::pair<int, int>> period_draft;
    std::string grade_label_before;  // a grade's name as it was when its field was entered (renamed on leaving it)
    std::string view_prefs_written;  // the view entry last written (logic/view_prefs.h)
    std::string editor_shown;        // the indicator the editor last showed: another one opens at its top
    // Where indicators stood in each sasaran the editor moved them out of, by plan id, indicator id and sasaran id
    // (logic/indicator_moves.h): moved back, an indicator takes its old place again, also after a trip through two
    // other sasaran. For this session only.
    std::map<std::string, IndicatorPlace> places_left;
    char search[128] = "";
    std::string filter_objective;    // overview: only this sasaran (name), empty = all
    std::string filter_category;     // overview: only this capaian category of `year` (a band label, or "\x01na" for
                                     // not computable, shown translated), empty = all
    int tab_request = -1;            // a panel asks to switch tab (e.g. a lint finding opens the editor)
    int shown_tab = 0;               // the tab drawn last (Tab), kept across restarts
    // A field to focus once its panel shows it (a lint finding's): "name", "formula/expression",
    // "years/2023/target", "years/2023/actual/value", "years/2023/actual/evidence/0/date", "grade_scale",
    // "objective/name" in the editor; "office/name", "signatory/nip",
    // "superior/nip" in the settings.
    std::string focus_field;

    // A file opened through the picker or dropped is previewed (s.incoming), applied only after confirmation.
    // The language the SAKIP documents are printed in: Indonesian (the official one) whatever the interface's, unless
    // an English reference translation is chosen in the Dokumen menu.
    Lang document_lang = Lang::Id;
    bool open_import_popup = false;
    // Files dropped or picked together: one is previewed at a time, the others wait their turn (name, bytes).
    std::deque<std::pair<std::string, std::string>> files_waiting;
    bool confirm_delete_plan = false;
    bool confirm_builtin_replace = false;  // Rencana > Buka rencana bawaan over the user's own edits: asked
    TableImportDraft table_import;
    // Exchange between offices: what was last sent/received per plan, a received file being previewed, and the
    // reviews of received plans that update held ones (logic/exchange_flow.h).
    ExchangeMemory exchange;
    std::optional<IncomingFile> incoming;
    std::vector<PlanReview> reviews;   // a pasted or opened table being previewed (Berkas > Impor tabel)
    // Category bands being edited that do not cover 0..inf yet, by plan id: applied once valid; each plan keeps its own.
    std::map<std::string, std::vector<CategoryBand>> bands_drafts;
    // Text typed into a number field (edit_number), by the field's ImGui id: read when the field is left (a number
    // replaces the value; anything else is said and changes nothing).
    std::map<std::string, std::string> number_drafts;
    // The plan's cap as it was when it was turned off, by plan id: turned on again, it comes back (Pengaturan).
    std::map<std::string, double> cap_turned_off;

    // The Kabupaten tab's consolidation, recomputed only when the plans or the year change (not every frame).
    struct RegencyCache {
        unsigned long long revision = 0;
        int year = 0;
        bool valid = false;
        Consolidation value;
        // The built-in example plan is among the plans, as it was shipped: counted in the regency figures as an
        // office, which a Bagian Organisasi that imported only its offices' files does not expect (said in the tab).
        bool builtin_untouched = false;
    } regency_cache;
    // The Pemeriksaan tab's findings for the plan shown, recomputed only when the plans change (a 1,200-indicator
    // plan's lint every frame made the tab run at 3 frames a second on an old laptop); the rows' wrapped heights,
    // kept while the width and language stay.
    struct LintCache {
        unsigned long long revision = 0;
        std::string plan_id;
        bool valid = false;
        Diagnostics findings;
        std::vector<float> heights;
        float width = 0;
        Lang lang = Lang::Id;
    } lint_cache;
};

// Interface text in the current language.
inline const char* tr(const AppState& s, const char* id, const char* en) { return s.lang == Lang::En ? en : id; }

// Says `text` under the title in the interface's language (a problem when it starts with "!"), kept in both languages
// so that a language switch shows it in the new one (message_language_changed).
void say(AppState& s, const BiText& text);
// After a language switch: a message said with say() is shown in the new language (a storage problem said an hour
// ago read in Indonesian after the switch to English); another problem stays as written; any other message goes.
void message_language_changed(AppState& s);

Plan* current_plan(AppState& s);
const Plan* current_plan(const AppState& s);
// The plan held with this id (nullptr when none).
const Plan* find_plan(const AppState& s, const std::string& id);
// `base` when no plan holds it, else the first free "base-2", "base-3" ...
std::string unique_plan_id(const AppState& s, const std::string& base);
double now_seconds(const AppState& s);
// The year a plan opens on: the latest with realisasi entered, else this calendar year within the period, else
// the period's nearest end (not a future last year of a new plan).
int default_year(const AppState& s, const Plan& plan);
// Each frame, first: when another plan is shown (chosen in the menu, imported, made, brought back by undo), the year
// becomes that plan's default_year: a plan whose realisasi are all in 2022 opens on 2022, not on the year the
// previous plan was shown at. The year kept from the last session (view_prefs) stays for the plan it was kept with.
void follow_shown_plan(AppState& s);
// An id for a plan made in this browser (new, duplicated, imported from a table): "rencana-20261127-083311", from the
// moment it is made, so plans made in different offices do not share an id (an id names a plan in the files offices
// exchange: a shared "rencana-baru" made a second office's file look like an update of the first's).
std::string new_plan_id(const AppState& s);
// An empty plan for Rencana > Rencana baru: five years after the current plan's period (from 2025 when there is
// none), titled with its period like the seed's, and an office name no other plan uses ("Instansi baru",
// "Instansi baru 2", ...), so two new plans can be told apart in the menu.
Plan make_new_plan(const AppState& s);

// The one way the plans change: records an undo step (merging repeated edits of `key`), marks the state unsaved,
// and returns the current plan to modify.
Plan& change(AppState& s, const BiText& description, const std::string& key = "");
// The same with one text for both languages (the unit tests name their steps so).
Plan& change(AppState& s, const std::string& description, const std::string& key = "");
// The same, joined to the undo step of the last change when it had the same key, however long ago: a field's
// follow-up (a grade renamed where it is used, once its field is left) is undone with the typing, in one step.
Plan& change_continuing(AppState& s, const BiText& description, const std::string& key);
// Work not yet kept by the browser: changes not saved, or a save the IndexedDB mirror alone holds still being written.
inline bool unsaved(const AppState& s) { return s.dirty || s.mirror_unconfirmed; }
// A save the mirror alone holds: confirmed once IndexedDB has it; refused there, unsaved work again, said (App::tick).
void confirm_mirror_save(AppState& s);
// Adds plans or replaces them by id (imports), as one undoable step.
void apply_plans(AppState& s, std::vector<Plan> plans, const BiText& description);
// Rencana > Buka rencana bawaan (logic/builtin_open.cpp): the shipped Tanggamus plan added when not held, the one
// held shown when it is as shipped; one the user changed is never replaced unasked (confirm_builtin_replace set:
// then show_held_builtin_plan or replace_with_builtin_plan, the user's choice).
void open_builtin_plan(AppState& s);
void show_held_builtin_plan(AppState& s);
void replace_with_builtin_plan(AppState& s);
void undo(AppState& s);
void redo(AppState& s);
// Rencana > Hapus rencana ini, confirmed: the plan shown is deleted (one undoable step; the plan next to it shown,
// never the last one) and the exchange record it alone used freed (forget_bases_of_deleted_plans).
void delete_current_plan(AppState& s);

// Pengaturan, a new period entered (and confirmed when entries go): the plan shown takes it as one undo step "Ubah
// periode", the texts naming the old period with it (core set_period), and says which texts followed, if any.
void change_period(AppState& s, int start_year, int end_year);

// The consolidation of all held plans for s.regency_year, from the cache when neither the plans nor the year changed.
const Consolidation& regency_consolidation(AppState& s);

// The lint findings of the plan shown, from the cache when the plans did not change.
const Diagnostics& plan_findings(AppState& s, const Plan& plan);

// Saving: writes all plans to the verified slots (and the mirror); sets save_status and message.
void save_now(AppState& s);
// Loading on start: the newest valid saved copy, else the built-in plan.
void load_saved(AppState& s);

// Two tabs on one storage (two windows of Tolok, or two tolok.html files: every file:// page shares one
// localStorage). Saving never writes over a copy another tab saved after this tab loaded or saved its own: it
// sets s.storage_conflict instead, and the user chooses (logic/other_tabs.cpp).
// Another tab has written the saved plans: a tab without unsaved changes loads them (its undo steps, made on the
// older copy, are dropped); a tab with unsaved changes is in conflict.
void on_plans_saved_elsewhere(AppState& s);
// Enters the conflict: autosave waits, the other tab's copy is read for the dialog, an older message is cleared.
void enter_storage_conflict(AppState& s);
// "Office - title" of the plans in `a` whose id `b` does not hold, comma-separated ("" when none).
std::string plans_missing_from(const std::vector<Plan>& a, const std::vector<Plan>& b);
// The user's answer to a conflict: load the other tab's copy (this tab's unsaved changes are dropped) ...
void keep_other_tabs_copy(AppState& s);
// ... or save this tab's plans over it.
void keep_this_tabs_copy(AppState& s);

}  // namespace tolok::app
