// Two tabs on one storage (see state.h, on_plans_saved_elsewhere): a tab without unsaved changes follows the other
// tab's saves; a tab with unsaved changes never writes over them unasked.
#include <algorithm>

#include "app/logic/storage_slots.h"
#include "app/state.h"

namespace tolok::app {

namespace {

void load_other_tabs_copy(AppState& s) {
    load_saved(s);
    // Undo steps were made on this tab's older copy: undoing one would bring that copy back over the newer one.
    s.history.clear();
    s.dirty = false;
    s.storage_conflict = false;
    s.bands_drafts.clear();
    s.number_drafts.clear();
}

}  // namespace

void on_plans_saved_elsewhere(AppState& s) {
    if (!s.services.store || s.storage_conflict) return;
    if (newest_slot_sequence(*s.services.store) <= s.stored_sequence) return;  // nothing newer than this tab's copy
    if (s.dirty) {
        s.storage_conflict = true;
        s.save_status = "conflict";
        return;
    }
    load_other_tabs_copy(s);
    s.message = tr(s, "Rencana dimuat ulang: Tolok di tab atau jendela lain menyimpan perubahan.",
                   "Plans reloaded: Tolok in another tab or window saved changes.");
}

void keep_other_tabs_copy(AppState& s) {
    load_other_tabs_copy(s);
    s.message = tr(s, "Perubahan di tab ini dibuang; rencana yang disimpan tab lain dimuat.",
                   "This tab's changes were dropped; the plans saved by the other tab are loaded.");
}

void keep_this_tabs_copy(AppState& s) {
    if (!s.services.store) return;
    s.stored_sequence = std::max(s.stored_sequence, newest_slot_sequence(*s.services.store));
    s.storage_conflict = false;
    save_now(s);
    if (s.save_status == "ok")
        s.message = tr(s, "Rencana tab ini disimpan, menggantikan yang disimpan tab lain.",
                       "This tab's plans were saved in place of the other tab's.");
}

}  // namespace tolok::app
