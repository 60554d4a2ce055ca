// The one JSON mapping of a plan (file format "tolok-plan", see docs/file-format.md). Reading is strict and
// all-or-nothing: every problem is reported with a stable id and a JSON pointer, and no plan is returned when
// there is any error. Writing is deterministic: the same plan gives the same bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
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
                              // "import.not_text", "import.not_json", "import.both_plan_and_plans",
                              // "json.number_out_of_range"
    bool ok() const { return !has_errors(errors) && !plans.empty(); }
};

// Reads a file's text (one plan or a bundle of plans). Migrates older versions forward.
PlanReadResult read_plans(const std::string& text);

// What a file that is no plan file is, by its first bytes: the one place that names such files (the reader's
// import.not_json, the CLI's file checks). nullopt for text that may be JSON or a table (CSV/TSV ...).
enum class ForeignFileKind { Zip, Pdf, OldOffice, Rtf, Html, Binary };
struct ForeignFile {
    ForeignFileKind kind;
    BiText name;  // "berkas PDF" / "a PDF file", "berkas ZIP, mis. Excel .xlsx, ..." / "a ZIP file, e.g. Excel .xlsx, ..."
};
std::optional<ForeignFile> foreign_file(std::string_view text);

// The start of the import.not_json message: "ini bukan berkas rencana Tolok (JSON), melainkan berkas PDF" (without
// "melainkan ..." when `file` is none). The reader adds where tables go in the app; the CLI adds its own command.
BiText not_plan_file_text(const std::optional<ForeignFile>& file);

// Whether the top level of a plan file holds "plans" (a bundle) rather than "plan": the JSON pointer of plan i in
// the file is then "/plans/i", else "/plan". Meant for a file that read without errors.
bool is_plan_bundle(std::string_view text);

// Writes one plan / several plans (a bundle), pretty-printed with 2-space indent, keys in a fixed order,
// ending in a newline.
std::string write_plan(const Plan& plan);
std::string write_plans(const std::vector<Plan>& plans);
// The same without indentation or line breaks: the browser's own copy of the plans (localStorage, IndexedDB), about
// a third smaller and quicker to write and read than the indented text of a file meant for people.
std::string write_plans_compact(const std::vector<Plan>& plans);

}  // namespace tolok
