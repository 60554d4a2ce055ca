// Where the realisasi of an indicator-year or quarter comes from: the typed value; the formula over its entered
// components; the evidence log (count, distinct places, sum, last); for the year, its quarters by the indicator's
// aggregation rule; for cumulative quarter targets, TW I up to the quarter. Each with a note on its source, which
// the capaian's working starts with.
#pragma once

#include <optional>
#include <vector>

#include "diagnostic.h"
#include "model.h"

namespace tolok {

// The realisasi used for a year/quarter, with a note on where it came from ("dari komponen", "jumlah TW I-IV").
struct ResolvedActual {
    Value value;
    BiText source;
};
ResolvedActual resolve_actual(const Plan& plan, const Indicator& indicator, int year, int quarter = 0);
// The target a computed amount of money is written like (computed_value, evidence_value): the quarter's when it is an
// amount, else the year's. "Rp. 1.550.000.000" beside a target "Rp. 1.500.000.000".
const Value& money_written_like(const YearEntry& entry, int quarter);
// The year's realisasi from its quarters alone (by the indicator's aggregation rule), whatever is entered for the
// year itself; empty when no quarter has one. resolve_actual falls back to it.
ResolvedActual actual_from_quarters(const Plan& plan, const Indicator& indicator, int year);
// The year's quarters when they contradict a realisasi entered for the year itself (typed or from components), whose
// own value is the one used: their sum/average/last and where it came from; nothing when they agree or either is no
// number. Pemeriksaan (lint.actual_quarters_differ) and the indicator editor say it.
std::optional<ResolvedActual> quarters_contradicting_year(const Plan& plan, const Indicator& indicator, int year);
// Whether the year's quarter targets are cumulative ("s.d. TW", as Rencana Aksi often writes them) for an indicator
// whose quarters add up: those written (two or more) are numbers, none below the one before, the first below the
// yearly target and TW IV's the yearly target (5, 10, 15, 20 of 20; 5, -, 15, 20).
// A quarter's capaian then compares the realisasi of TW I up to that quarter with its target, and the targets are
// not expected to add up to the year's (lint.quarter_targets_sum).
bool cumulative_quarter_targets(const Indicator& indicator, int year);
// The realisasi of TW I up to `quarter`, added (cumulative_quarter_targets); empty, with the quarter missing named,
// when one of them is no number.
ResolvedActual cumulative_actual(const Plan& plan, const Indicator& indicator, int year, int quarter);
// What follows such a quarter target where it is shown (the Capaian tab, the Rencana Aksi): " (s.d. TW)" / " (to date)".
inline const char* cumulative_target_mark(Lang lang) { return lang == Lang::En ? " (to date)" : " (s.d. TW)"; }
// The quarters (TW II on, 2-4) whose typed realisasi look like running totals against cumulative quarter targets,
// although Tolok adds the quarters up itself (5, 10, 15, 18 against 5, 10, 15, 20 gives 48, 240 %): each typed
// realisasi from TW II on is nearer its quarter's cumulative target than the quarter's own part of it, and none is
// smaller than the one before; a quarter judged alone must lie within a quarter of the way from its cumulative target
// to its own part. Empty when the targets are not cumulative or the realisasi do not look so.
// Pemeriksaan (lint.quarter_actuals_cumulative) and the Realisasi tab say it.
std::vector<int> quarters_typed_cumulatively(const Indicator& indicator, int year);

}  // namespace tolok
