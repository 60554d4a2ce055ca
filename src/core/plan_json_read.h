// The two readers behind read_plans (plan_json.h), exposed for read_plans itself and for the tests that compare
// them. The DOM reader is the reference: it handles every input, migrates version 1 and produces every diagnostic.
// The SAX reader is the fast path for the common case, a valid version 2 file; it builds the model straight from
// the parser's events and gives up on anything else, so read_plans behaves exactly like the DOM reader.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "plan_json.h"

namespace tolok {

// Reference reader: parses into an nlohmann DOM, then maps it (src/core/plan_json.cpp).
PlanReadResult read_plans_dom(const std::string& text);

// Fast path (src/core/plan_json_sax.cpp): the plans of a valid version 2 file, exactly as read_plans_dom reads
// them; nullopt on anything the DOM reader would report, and on the rare valid inputs it leaves to the DOM reader
// (version 1, a duplicate key, "plan" before "format"/"version", "objectives" before "period").
// Accepts only valid JSON (hence UTF-8 text without NUL bytes): the file-level checks need not run first.
std::optional<std::vector<Plan>> read_plans_sax(const std::string& text);

}  // namespace tolok
