// File input and output for `tolok`: reads a whole input file (or stdin for "-") with clear, located errors for a
// missing file, a directory, an empty file or binary content; writes outputs; prints diagnostics.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/model.h"

namespace tolok::cli {

struct InputText {
    std::optional<std::string> text;  // none on error
    Diagnostic error;                 // ids cli.file_not_found, cli.is_directory, cli.read_failed, cli.empty_file,
                                      // cli.not_text, cli.too_large; location = the path
};

// Reads `path` ("-" = stdin). A UTF-8 byte order mark is dropped.
InputText read_input(const std::string& path);

// Writes `content` to `path` ("-" or empty = stdout). Writes to a temporary file first and renames it, so an
// existing file is never left half-written. Returns an error diagnostic (id cli.write_failed) on failure.
std::optional<Diagnostic> write_output(const std::string& path, const std::string& content);

// Prints each diagnostic as "LEVEL id location: message".
void print_diagnostics(std::ostream& out, const Diagnostics& ds, Lang lang, const std::string& location_prefix = "");

// Plans from a file, or the built-in plan when `builtin` is set. Prints the errors to stderr and returns nullopt
// when the file cannot be read or is not a valid plan file.
std::optional<std::vector<Plan>> load_plans(const std::string& path, bool builtin, Lang lang);

}  // namespace tolok::cli
