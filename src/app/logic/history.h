// Undo/redo for the app: every change goes through one path that first records a snapshot of all plans, so any
// edit (a field, a target, an import, a deleted plan) can be undone and redone. Consecutive edits of the same
// field within a short time merge into one step, so typing "18 prd" is undone at once.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/model.h"

namespace tolok::app {

struct Snapshot {
    std::vector<Plan> plans;
    size_t current = 0;  // the plan shown before the change: undo shows it
    BiText description;  // what the change did, for the Edit menu, in both languages ("Ubah realisasi 2023 indikator 6")
    // The plan shown just after the change (the one edited, or the one an import added): redo shows it, whatever
    // plan is shown when undo is pressed. Unknown until note_shown_after.
    size_t shown_after = static_cast<size_t>(-1);
};

class History {
public:
    // Records the state before a change. `key` names the field being edited; a change with the same key within
    // `merge_seconds` of the previous one, or made while the same text field kept the keyboard, joins the previous
    // step.
    void record(const std::vector<Plan>& plans, size_t current, const BiText& description, const std::string& key,
                double now, double merge_seconds = 1.5);
    // The text field that has the keyboard (0: none), told every frame. While a one-line field keeps it, its edits
    // are one step however slowly they are typed, as a cell's edit in a spreadsheet (`whole_visit`); a many-line
    // field (a note, a chapter) keeps the merge by time, so undo takes back the last words, not the whole text.
    // Leaving a field ends its step.
    void text_field_active(unsigned field, bool whole_visit = true) {
        whole_visit_ = whole_visit;
        if (field == field_) return;
        field_ = field;
        field_of_last_ = 0;
        last_key_.clear();
    }
    // Whether the last step was recorded while the text field that has the keyboard now kept it (its typing, this
    // visit): Ctrl+Z there undoes that step; a field without one (a search box) undoes its own typing.
    bool last_step_in_this_field() const { return field_ != 0 && field_of_last_ == field_ && !undo_.empty(); }
    // The plan shown once the change just recorded was made (set after the change has chosen it).
    void note_shown_after(size_t current) {
        if (!undo_.empty()) undo_.back().shown_after = current;
    }
    // Forgets the last step when undoing it would change nothing (an edit refused and put back as it was), so
    // Ctrl+Z does not spend a press on it. True when a step was dropped.
    bool drop_last_if_unchanged(const std::vector<Plan>& plans);
    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    // In the interface's language now (a step recorded in Indonesian reads in English after the switch).
    const std::string& undo_description(Lang lang) const;
    const std::string& redo_description(Lang lang) const;
    // Swap the given state with the previous / next one and set `current` to the plan to show (before the change on
    // undo, after it on redo; `current` as given when unknown); false when there is none.
    bool undo(std::vector<Plan>& plans, size_t& current);
    bool redo(std::vector<Plan>& plans, size_t& current);
    void clear();

    static constexpr size_t kMaxSteps = 100;

private:
    std::vector<Snapshot> undo_, redo_;
    std::string last_key_;
    double last_time_ = -1e9;
    unsigned field_ = 0, field_of_last_ = 0;  // the active text field now, and when the last step was recorded
    bool whole_visit_ = true;
};

}  // namespace tolok::app
