// What `tolok` says about an input that is no plan file or no text table: the core names the file
// (plan_json.h `foreign_file`, the one place that decides what a file is); the CLI says which command reads it
// (`tolok import-table`), where the app's message points to its menu.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"

namespace tolok::cli {

enum class InputPurpose {
    PlanFile,  // validate, capaian, lint, ... : a Tolok plan (JSON) is expected
    Table      // import-table: a table as text (TSV/CSV) is expected
};

// For a binary file the core names (Excel/Word ZIP, PDF, older Office): cli.not_text at `path`, saying what the
// file is and what to do. nullopt for other content (the plain "not UTF-8, byte N" message is then used).
std::optional<Diagnostic> named_binary_error(const std::string& path, std::string_view data, InputPurpose purpose);

// The reader's import.not_json (a CSV, TSV, RTF or HTML file given as a plan) with the command line's hint in place
// of the app's menu, located at `path`. Other diagnostics are left as they are.
void use_cli_hint(Diagnostic& d, const std::string& path, std::string_view data);

}  // namespace tolok::cli
