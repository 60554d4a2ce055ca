// Two tabs on one storage (see state.h, on_plans_saved_elsewhere): a tab without unsaved changes follows the other
// tab's saves; a tab with unsaved changes never writes over them unasked.
#include <algorithm>

#include "app/logic/storage_slots.h"
#include "app/state.h"
#include "core/plan_diff.h"
#include "core/plan_json.h"

namespace tolok::app {

namespace {

void load_other_tabs_copy(AppState& s) {
    load_saved(s);
    s.other_tabs_plans.clear();
    s.other_tabs_differences.clear();
    // Undo steps were made on this tab's older copy: undoing one would bring that copy back over the newer one.
    s.history.clear();
    s.dirty = false;
    s.storage_conflict = false;
    s.bands_drafts.clear();
    s.number_drafts.clear();
    s.period_draft.reset();
    s.pending_period.reset();
}

}  // namespace

std::string plans_missing_from(const std::vector<Plan>& a, const std::vector<Plan>& b) {
    std::string list;
    for (const Plan& p : a) {
        bool held = false;
        for (const Plan& q : b) held = held || q.id == p.id;
        if (!held) list += (list.empty() ? "" : ", ") + p.office.name + " - " + p.title;
    }
    return list;
}

void enter_storage_conflict(AppState& s) {
    s.storage_conflict = true;
    s.save_status = "conflict";
    s.message.clear();  // a message from before ("reloaded ...") would contradict the dialog
    s.other_tabs_plans.clear();
    // The newest copy saved elsewhere: in localStorage, or in the mirror alone when localStorage was full.
    if (auto slot = s.services.store ? load_from_slots(*s.services.store, s.services.mirror) : std::nullopt) {
        PlanReadResult r = read_plans(slot->payload);
        if (r.ok()) s.other_tabs_plans = std::move(r.plans);
    }
    // Which plans the choice is about: each one both copies hold that differs, with its first difference.
    s.other_tabs_differences.clear();
    for (const Plan& mine : s.plans)
        for (const Plan& theirs : s.other_tabs_plans)
            if (theirs.id == mine.id) {
                const std::vector<Change> changes = diff_plans(theirs, mine);
                if (changes.empty()) continue;
                const std::string name = mine.office.name + " - " + mine.title, n = std::to_string(changes.size());
                s.other_tabs_differences.push_back(
                    BiText{name + ": " + n + " perbedaan (mis. " + changes.front().description.id + ")",
                           name + ": " + n + " difference(s) (e.g. " + changes.front().description.en + ")"});
            }
}

void on_plans_saved_elsewhere(AppState& s) {
    if (!s.services.store || s.storage_conflict) return;
    if (newest_saved_sequence(*s.services.store, s.services.mirror) <= s.stored_sequence) return;  // nothing newer than this tab's copy
    if (s.dirty) {
        enter_storage_conflict(s);
        return;
    }
    const std::vector<Plan> before = s.plans;
    load_other_tabs_copy(s);
    say(s, BiText{"Rencana dimuat ulang: Tolok di tab atau jendela lain menyimpan perubahan.",
                   "Plans reloaded: Tolok in another tab or window saved changes."});
    // Plans that came or went with the other tab's copy are named (an import there, a plan deleted there).
    if (std::string gone = plans_missing_from(before, s.plans); !gone.empty())
        s.message += tr(s, " Tidak ada lagi: ", " No longer there: ") + gone + ".";
    if (std::string added = plans_missing_from(s.plans, before); !added.empty())
        s.message += tr(s, " Baru: ", " New: ") + added + ".";
}

void keep_other_tabs_copy(AppState& s) {
    load_other_tabs_copy(s);
    say(s, BiText{"Perubahan di tab ini dibuang; rencana yang disimpan tab lain dimuat.",
                   "This tab's changes were dropped; the plans saved by the other tab are loaded."});
}

void keep_this_tabs_copy(AppState& s) {
    if (!s.services.store) return;
    s.stored_sequence = std::max(s.stored_sequence, newest_saved_sequence(*s.services.store, s.services.mirror));
    s.storage_conflict = false;
    s.other_tabs_plans.clear();
    s.other_tabs_differences.clear();
    save_now(s);
    if (s.save_status == "ok")
        say(s, BiText{"Rencana tab ini disimpan, menggantikan yang disimpan tab lain.",
                       "This tab's plans were saved in place of the other tab's."});
}

}  // namespace tolok::app
