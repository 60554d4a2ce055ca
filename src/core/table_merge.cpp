// An imported table applied to a plan already held (declared in table_import.h): each imported indicator matched to
// a held one by name (match_held_indicators), and merge_imported_plan updating the matched ones, adding the others
// under their sasaran and growing the period to hold the table's years.
#include <algorithm>
#include <cmath>
#include <set>

#include "plan_edit.h"
#include "table_import.h"
#include "table_text.h"

namespace tolok {

namespace {

using table_detail::trim;

// A bare number the table gives where the plan holds that number written with its unit, percent sign, currency or
// bound ("20" for "20 prd", "100" for "100%"): it says nothing new, so the value stays as written.
bool restates_held(const Value& held, const Value& given) {
    if (given.shape != ValueShape::Number || !given.unit.empty() || given.bound != Value::Bound::None || given.is_range() || !given.number)
        return false;
    return held.number && !held.is_range() && held.shape != ValueShape::Grade &&
           std::abs(*held.number - *given.number) <= 1e-9 * std::max(1.0, std::abs(*given.number));
}

// A realisasi given by the table taken into the held one: "-", "n/a" or nothing in the table's Realisasi column is no
// realisasi given, and the held one stays (so does one the table restates). A held value replaced is counted.
void take_actual(Actual& held_actual, const Value& given, TableMergeCounts& counts) {
    if (given.empty() || given.shape == ValueShape::Missing || restates_held(held_actual.value, given)) return;
    if (!held_actual.value.empty() && held_actual.value.text != given.text) ++counts.actuals_replaced;
    held_actual.value = given;
}

// A held indicator takes the table's formula text, unit, data source, owner, targets and realisasi (yearly and
// quarterly) where the table has them, and its polarity where the table gives one (polarity_read).
void update_held_indicator(Indicator& match, const Indicator& ii, const TableImportResult& result, TableMergeCounts& counts) {
    if (!ii.formula.text.empty()) match.formula = ii.formula;
    if (!ii.unit.empty()) match.unit = ii.unit;
    if (std::find(result.polarity_read.begin(), result.polarity_read.end(), ii.id) != result.polarity_read.end())
        match.polarity = ii.polarity;
    if (!ii.data_source.empty()) match.data_source = ii.data_source;
    if (!ii.owner.empty()) match.owner = ii.owner;
    for (const auto& [year, entry] : ii.years) {
        YearEntry& mine = match.years[year];
        if (!entry.target.empty() && !restates_held(mine.target, entry.target)) mine.target = entry.target;
        take_actual(mine.actual, entry.actual.value, counts);
        for (size_t q = 0; q < 4; ++q) {
            if (entry.quarter_targets.allocated() && !entry.quarter_targets[q].empty() &&
                !restates_held(mine.quarter_targets[q], entry.quarter_targets[q]))
                mine.quarter_targets[q] = entry.quarter_targets[q];
            if (entry.quarter_actuals.allocated()) take_actual(mine.quarter_actuals[q], entry.quarter_actuals[q].value, counts);
        }
    }
    ++counts.updated;
}

// The held sasaran a new indicator from the imported sasaran `io` goes to: the one of the same name (created when
// missing); a row under no sasaran (a table without a Sasaran column) goes to the sasaran of the row above it, else
// the plan's last one, never a new sasaran without a name.
Objective& objective_for_added(Plan& current, const Objective& io, const std::string& row_above_objective, TableMergeCounts& counts) {
    Objective* objective = nullptr;
    if (trim(io.name).empty() && !current.objectives.empty()) {
        for (auto& o : current.objectives)
            if (o.id == row_above_objective) objective = &o;
        if (!objective) objective = &current.objectives.back();
    }
    for (auto& o : current.objectives)
        if (!objective && name_key(o.name) == name_key(io.name)) objective = &o;
    if (!objective) {
        Objective o;
        o.id = next_objective_id(current);
        o.name = io.name;
        current.objectives.push_back(std::move(o));
        objective = &current.objectives.back();
        ++counts.objectives_added;
    }
    return *objective;
}

// An imported indicator added to the held sasaran with a fresh id, coded after the plan's indicators.
void add_indicator(Plan& current, Objective& objective, const Indicator& ii, TableMergeCounts& counts) {
    Indicator added = ii;
    added.id = next_indicator_id(current);
    size_t n = 0;
    for (const auto& o : current.objectives) n += o.indicators.size();
    added.code = std::to_string(n + 1);
    objective.indicators.push_back(std::move(added));
    ++counts.added;
}

// The period grows to hold the imported years, and the title's years with it ("Tahun 2018-2023" -> "2018-2024").
void grow_period(Plan& current) {
    int start = current.start_year, end = current.end_year;
    for (const auto& o : current.objectives)
        for (const auto& ind : o.indicators)
            for (const auto& [year, entry] : ind.years) {
                if (year < start || start == 0) start = year;
                if (year > end) end = year;
            }
    if (start != current.start_year || end != current.end_year) {
        if (current.start_year == 0) {  // a plan without a period yet: nothing in its title to follow
            current.start_year = start;
            current.end_year = end;
        } else {
            set_period(current, start, end);  // grows only: nothing is removed
        }
    }
}

}  // namespace

std::vector<HeldMatch> match_held_indicators(const Plan& current, const Plan& imported) {
    std::vector<HeldMatch> matches;
    std::set<std::string> taken;  // ids of the held indicators already given a row of the table
    for (const auto& io : imported.objectives)
        for (const auto& ii : io.indicators) {
            // The held indicator of this name under the sasaran of this name, else under any sasaran.
            HeldMatch m;
            for (int pass = 0; pass < 2 && m.indicator_id.empty(); ++pass)
                for (const auto& o : current.objectives)
                    if (pass == 1 || name_key(o.name) == name_key(io.name))
                        for (const auto& ind : o.indicators)
                            if (m.indicator_id.empty() && !taken.count(ind.id) && name_key(ind.name) == name_key(ii.name))
                                m = HeldMatch{ind.id, ind.code, o.id};
            if (!m.indicator_id.empty()) taken.insert(m.indicator_id);
            matches.push_back(std::move(m));
        }
    return matches;
}

TableMergeCounts merge_imported_plan(Plan& current, const TableImportResult& result) {
    TableMergeCounts counts;
    if (!result.plan) return counts;
    const Plan& imported = *result.plan;
    const std::vector<HeldMatch> matches = match_held_indicators(current, imported);
    size_t at = 0;
    std::string row_above_objective;  // the held sasaran (id) of the table's previous indicator row
    for (const auto& io : imported.objectives) {
        for (const auto& ii : io.indicators) {
            const HeldMatch& held = matches[at++];
            if (Indicator* match = held.indicator_id.empty() ? nullptr : find_indicator(current, held.indicator_id)) {
                row_above_objective = held.objective_id;
                update_held_indicator(*match, ii, result, counts);
                continue;
            }
            Objective& objective = objective_for_added(current, io, row_above_objective, counts);
            add_indicator(current, objective, ii, counts);
            row_above_objective = objective.id;
        }
    }
    grow_period(current);
    return counts;
}

}  // namespace tolok
