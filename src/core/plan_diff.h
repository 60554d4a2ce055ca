// Field-level differences between two versions of one plan, matched by stable ids (chapters, objectives and
// indicators by id; years by number; quarters 1-4), for exchanging plans between offices (issue 5, "import as an
// update"). A three-way diff against the version both sides last exchanged marks conflicts, and the changes are
// applied one by one, each accepted or rejected: nothing is overwritten silently. Pure functions.
//
// Every change has a stable path, JSON-pointer-like with ids instead of array positions (RFC 6901 escaping of
// '~' and '/' inside ids), e.g.
//   /title, /office/name, /period/start, /signatory/nip, /settings/cap, /settings/bands, /grade_scales
//   /chapters/bab1, /chapters/bab1/text
//   /objectives/s1, /objectives/s1/name
//   /objectives/s1/indicators/i6                      (the whole indicator: added or removed)
//   /objectives/s1/indicators/i6/objective            (moved to another objective; before/after = the objectives)
//   /objectives/s1/indicators/i6/name | code | definition | formula/text | formula/expression |
//       formula/components | unit | kind | polarity | aggregation | grade_scale | data_source | owner | baseline |
//       supports
//   /objectives/s1/indicators/i6/years/2023/target | actual | note | components | evidence
//   /objectives/s1/indicators/i6/years/2023/quarters/2/target | actual | note | components | evidence
// An indicator's path names the objective it is in on the "after" side (the "before" side for a removal).
// Conflicts are matched on the indicator id, so an indicator moved on one side still meets its changes.
//
// A missing year (or quarter) is the same as an empty one. Order alone (objectives or indicators re-ordered) is
// not a change. Not compared: plan id (the caller matches plans by id), formula component ids inside the
// expression text, evidence order (evidence lists are compared as a whole).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "model.h"

namespace tolok {

enum class ChangeKind {
    Added,    // an item appeared, or a field went from empty to filled
    Removed,  // an item disappeared, or a field was emptied
    Changed   // a field has another value
};

enum class ChangeScope { Plan, Chapter, Objective, Indicator, Year, Quarter };

// Where a change applies. `field` is empty for a whole item (chapter, objective, indicator added/removed).
struct ChangeTarget {
    ChangeScope scope = ChangeScope::Plan;
    std::string chapter_id;
    std::string objective_id;  // Objective scope; for indicators the objective on the after side (informative)
    std::string indicator_id;
    int year = 0;
    int quarter = 0;     // 1..4 for ChangeScope::Quarter
    std::string field;   // "name", "formula/text", "target", "office/name", "settings/bands" ...
};

struct Change {
    std::string path;    // stable, see above
    ChangeKind kind = ChangeKind::Changed;
    std::string before;  // display text on the before (base) side; "" when added
    std::string after;   // display text on the after (theirs) side; "" when removed
    BiText description;  // e.g. `Indikator 6 "Jumlah ...", tahun 2023: target diubah dari "20 prd" menjadi "22 prd"`
    // diff3 only: the other side (mine) also changed this since base, to a different value. `mine` is mine's
    // display text ("" when mine removed the item). Accepting a conflict takes theirs; rejecting keeps mine.
    bool conflict = false;
    std::string mine;
    // The same three texts in English where they are words of the interface (a polarity, "higher is better"), not
    // data; empty when the text is the same in both languages. shown_before(lang) etc. pick.
    std::string before_en, after_en, mine_en;
    const std::string& shown_before(Lang lang) const { return lang == Lang::En && !before_en.empty() ? before_en : before; }
    const std::string& shown_after(Lang lang) const { return lang == Lang::En && !after_en.empty() ? after_en : after; }
    const std::string& shown_mine(Lang lang) const { return lang == Lang::En && !mine_en.empty() ? mine_en : mine; }
    ChangeTarget target;
    // The plan holding the after-values (theirs); apply_changes copies the field or item from it.
    std::shared_ptr<const Plan> source;
};

// Changes that turn `before` into `after` (two-way), in document order: plan fields, chapters, then each
// objective of `after` with its indicators, then removed indicators and removed objectives.
std::vector<Change> diff_plans(const Plan& before, const Plan& after);

// Three-way: the changes of `theirs` relative to `base` (the version last exchanged), each marked `conflict` when
// `mine` also changed the same thing since base to a different value. Changes `mine` already has (same value on
// both sides) are left out. Conflict rules, besides the same path changed on both sides:
// - theirs removed an item (indicator, objective, chapter) that mine edited inside -> the removal is a conflict;
// - theirs edited inside an item that mine removed -> one conflict "added" change that restores theirs' item;
// - both added an item with the same id and different content -> conflict; accepting replaces mine's.
std::vector<Change> diff3(const Plan& base, const Plan& mine, const Plan& theirs);

struct ApplyResult {
    Plan plan;              // mine with the accepted changes applied
    Diagnostics problems;   // accepted changes that could not be applied (id "diff.not_applied", location = path),
                            // e.g. removing an objective that still holds indicators in mine
    int applied = 0;        // number of accepted changes applied
};

// Applies the accepted changes (accepted[i] for changes[i]; missing entries count as rejected) to a copy of mine.
// Rejected changes, conflicts included, keep mine's value. Item additions go after the nearest preceding item
// (in theirs' order) that mine has, else first. Objective removals are applied last and only to an objective
// left empty. A year (or quarter set) emptied by the changes is dropped.
ApplyResult apply_changes(const Plan& mine, const std::vector<Change>& changes, const std::vector<bool>& accepted);

// "/objectives/s1" -> "/objectives/s1"; escapes '~' as "~0" and '/' as "~1" (RFC 6901) in one path segment.
std::string pointer_segment(const std::string& id);

}  // namespace tolok
