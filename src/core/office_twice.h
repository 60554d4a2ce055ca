// "Maybe the same office twice": two plans of one period that are likely one office's plan counted twice although
// their office names differ: a typo ("Dinas Sosail" beside "Dinas Sosial") or the very same indicators. One rule for
// every place plans are put together: the regency view and `tolok summary` (through core/consolidation.h), the app's
// import preview and `tolok merge`.
//
// A pair of plans is said when both have the same period (start and end year), their office names differ as
// name_key compares them (the same name is "consolidation.same_office"), neither id is the other's with the "-N" the
// import adds ("consolidation.numbered_copy") nor the same id ("consolidation.duplicate_plan_id"), and
// - the names are nearly the same: one slip apart on name_key (a letter inserted, deleted, replaced, or two
//   neighbours swapped), two for names of 20 characters or more, both names at least 8 characters, and not only in
//   their digits ("UPT Puskesmas 1" and "UPT Puskesmas 2" are two offices; "Bagian Umum" and "Bagian Hukum", two
//   slips apart, too); or
// - the two plans have the same non-empty set of indicator names (name_key) and no third plan of that period has it:
//   a set shared by three or more offices is a template all of them follow (every kecamatan's IKU), not a copy.
// Each pair gives one warning "consolidation.maybe_same_office", located at the later plan's id, naming both plans.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"
#include "model.h"

namespace tolok {

// What the rule looks at of a plan (kept instead of the plan, so a summary of many files streams).
struct OfficeFacts {
    std::string plan_id;
    std::string office;  // the office's name, or the plan id when unnamed
    int start_year = 0, end_year = 0;
    std::vector<std::string> indicators;  // name_key of every indicator name, sorted, each once
};
OfficeFacts office_facts(const Plan& plan);

// Whether two office names are nearly the same (the first condition above).
bool office_names_nearly_same(const std::string& a, const std::string& b);

// The warnings for every such pair of `plans`, in the order of the later plan, then the earlier.
Diagnostics maybe_same_office(const std::vector<OfficeFacts>& plans);

}  // namespace tolok
