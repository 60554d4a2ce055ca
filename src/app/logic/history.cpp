// Implementation of undo/redo by snapshots (see history.h).
#include "app/logic/history.h"

#include <algorithm>

#include "core/plan_json.h"

namespace tolok::app {

void History::record(const std::vector<Plan>& plans, size_t current, const BiText& description, const std::string& key,
                     double now, double merge_seconds) {
    const bool same_field_visit = whole_visit_ && field_ != 0 && field_ == field_of_last_;
    bool merge = !key.empty() && key == last_key_ && (now - last_time_ <= merge_seconds || same_field_visit) && !undo_.empty();
    field_of_last_ = field_;
    last_key_ = key;
    last_time_ = now;
    redo_.clear();
    if (merge) return;  // the snapshot before the first edit of this run is kept
    undo_.push_back(Snapshot{plans, current, description});
    if (undo_.size() > kMaxSteps) undo_.erase(undo_.begin());
}

bool History::drop_last_if_unchanged(const std::vector<Plan>& plans) {
    if (undo_.empty() || undo_.back().plans.size() != plans.size()) return false;
    if (write_plans_compact(undo_.back().plans) != write_plans_compact(plans)) return false;
    undo_.pop_back();
    last_key_.clear();
    field_of_last_ = 0;
    return true;
}

const std::string& History::undo_description(Lang lang) const {
    static const std::string none;
    return undo_.empty() ? none : undo_.back().description.in(lang);
}

const std::string& History::redo_description(Lang lang) const {
    static const std::string none;
    return redo_.empty() ? none : redo_.back().description.in(lang);
}

bool History::undo(std::vector<Plan>& plans, size_t& current) {
    if (undo_.empty()) return false;
    Snapshot s = std::move(undo_.back());
    undo_.pop_back();
    redo_.push_back(Snapshot{std::move(plans), s.current, s.description, s.shown_after});
    plans = std::move(s.plans);
    current = s.current;
    last_key_.clear();
    return true;
}

bool History::redo(std::vector<Plan>& plans, size_t& current) {
    if (redo_.empty()) return false;
    Snapshot s = std::move(redo_.back());
    redo_.pop_back();
    const size_t shown_before_undo = current;
    undo_.push_back(Snapshot{std::move(plans), s.current, s.description, s.shown_after});
    plans = std::move(s.plans);
    // The plan the change was made in (a plan deleted: the one next to it), not the one shown when undo was pressed.
    current = s.shown_after != static_cast<size_t>(-1) ? s.shown_after : shown_before_undo;
    if (!plans.empty()) current = std::min(current, plans.size() - 1);
    last_key_.clear();
    return true;
}

void History::clear() {
    undo_.clear();
    redo_.clear();
    last_key_.clear();
}

}  // namespace tolok::app
