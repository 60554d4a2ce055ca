// The evidence log (bukti dukung) of a realisasi summed up for the editor: how many rows, how many distinct places
// (the same place written with other capitals or spaces counts once), the sum of the numeric values, the latest value,
// and what in the rows looks wrong (a date missing, no date or outside the year, a value that is no number).
#pragma once

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
EvidenceSummary summarize_evidence(const std::vector<Evidence>& rows, int year, int quarter = 0, const std::string& unit = {});

// The realisasi an evidence log gives by `rule` (Actual::from_evidence), written as the app writes a realisasi: a
// count or sum with the indicator's `unit` ("4 kec."), the latest value as written (a bare number takes the unit).
// Empty for EvidenceRule::None, and for Last when no row has a value. `what` names the aggregate, e.g.
// {"jumlah tempat berbeda", "distinct places"}.
struct EvidenceValue {
    Value value;
    BiText what;
};
EvidenceValue evidence_value(const EvidenceSummary& summary, EvidenceRule rule, const std::string& unit);

// The key a place is compared by: trimmed, inner spaces collapsed, ASCII letters in lower case.
std::string place_key(std::string_view place);

}  // namespace tolok
