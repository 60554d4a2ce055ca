// The one JSON mapping of a plan (file format "tolok-plan", see docs/file-format.md). Reading is strict and
// all-or-nothing: every problem is reported with a stable id and a JSON pointer, and no plan is returned when
// there is any error. Writing is deterministic: the same plan gives the same bytes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "model.h"

namespace tolok {

constexpr const char* kPlanFormat = "tolok-plan";
constexpr int kPlanFormatVersion = 2;  // version 1 files (flat "targets" per indicator) migrate on read

struct PlanReadResult {
    std::vector<Plan> plans;  // a file holds one plan, or several (a bundle); empty on any error
    Diagnostics errors;       // ids "json.syntax", "import.unknown_format", "import.unsupported_version",
                              // "import.missing_field", "import.wrong_type", "import.duplicate_id",
                              // "import.year_outside_period", "import.invalid_value", "import.empty_file",
                              // "import.not_text", "import.not_json"
    bool ok() const { return !has_errors(errors) && !plans.empty(); }
};

// Reads a file's text (one plan or a bundle of plans). Migrates older versions forward.
PlanReadResult read_plans(const std::string& text);

// Writes one plan / several plans (a bundle), pretty-printed with 2-space indent, keys in a fixed order,
// ending in a newline.
std::string write_plan(const Plan& plan);
std::string write_plans(const std::vector<Plan>& plans);

}  // namespace tolok
