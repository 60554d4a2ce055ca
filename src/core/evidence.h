// The evidence log (bukti dukung) of a realisasi summed up for the editor: how many rows, how many distinct places
// (the same place written with other capitals or spaces counts once), the sum of the numeric values, the latest value,
// and what in the rows looks wrong (a date missing, no date or outside the year, a value that is no number, a row
// repeating another exactly, a place missing where the distinct places are counted). Which aggregates can be an
// indicator's realisasi at all (no count of rows as a percentage).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/model.h"

namespace tolok {

struct EvidenceSummary {
    size_t count = 0;          // rows with anything written (an empty row is no evidence)
    size_t distinct_places = 0;
    double sum = 0;            // of the rows whose value is a single number in the unit (an amount of money in rupiah)
    size_t not_summed = 0;     // rows with a value left out of the sum: not a number, or a number in another unit
    Value last;                // the value of the latest-dated row that has one (of the last such row when none is dated),
                               // a number in another unit left out
    Diagnostics problems;      // located "row N" (1-based), warnings only (a row dated outside the year or quarter,
                               // or a number in another unit, is left out of what it concerns, as its warning says)
};

// `quarter` 1-4 for a quarter's log: a date outside that quarter's months is warned about too.
// `unit`: the indicator's satuan. Only numbers in it are summed (a bare number is in it, value_in_unit; amounts of
// money are added in rupiah, rupiah_amount); a number in another unit is left out of the sum and of the last value,
// and warned about (evidence.value_other_unit). Without a unit, the first row's number gives it.
// A row that repeats an earlier one exactly (date, place, note and value as written) is warned about
// (evidence.duplicate_row), and still counted. `rule`: the aggregate the realisasi follows (Actual::from_evidence);
// with DistinctPlaces, a counted row without a place is warned about (evidence.place_missing): it counts in no place.
EvidenceSummary summarize_evidence(const std::vector<Evidence>& rows, int year, int quarter = 0, const std::string& unit = {},
                                   EvidenceRule rule = EvidenceRule::None);

// Why the aggregate `rule` of an evidence log can be no realisasi of `indicator`; nothing when it can. For an
// indicator in percentages (kind percent, satuan "%" or "persen", or no satuan and targets written in %) a count of
// rows or of places is no percentage, and percentages do not add up; for an indicator graded (uses_grade_scale) a
// count or a sum of grades is no grade. The latest value always can be. The editor disables the "Pakai ..." button
// with this reason, and evidence_value refuses the aggregate with it.
std::optional<BiText> evidence_rule_unfit(const Indicator& indicator, EvidenceRule rule);

// The realisasi an evidence log gives by `rule` (Actual::from_evidence), written as the app writes a realisasi: a
// count or sum with the indicator's unit ("4 kec."), the latest value as written (a bare number takes the unit).
// Empty for EvidenceRule::None, for Last when no row has a value, and for an aggregate that can be no realisasi of
// the indicator (evidence_rule_unfit), whose reason is then in `unfit`. `what` names the aggregate, e.g.
// {"jumlah tempat berbeda", "distinct places"}. A sum of money is written like `target` (computed_value: "Rp. 1.550.000"
// beside "Rp. 1.500.000").
struct EvidenceValue {
    Value value;
    BiText what;
    std::optional<BiText> unfit;
};
EvidenceValue evidence_value(const EvidenceSummary& summary, EvidenceRule rule, const Indicator& indicator, const Value& target = Value{});

// The key a place is compared by: trimmed, inner spaces collapsed, ASCII letters in lower case.
std::string place_key(std::string_view place);

}  // namespace tolok
