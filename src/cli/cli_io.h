// File input and output for `tolok`: reads a whole input file (or stdin for "-") with clear, located errors for a
// missing file, a directory, an empty file or binary content; writes outputs; prints diagnostics.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "cli/cli_args.h"
#include "core/exchange.h"
#include "core/model.h"

namespace tolok::cli {

struct InputText {
    std::optional<std::string> text;  // none on error
    Diagnostic error;                 // ids cli.file_not_found, cli.is_directory, cli.read_failed, cli.empty_file,
                                      // cli.not_text, cli.too_large; location = the path
};

// Reads `path` ("-" = stdin). A UTF-8 byte order mark is dropped. With `check_text` false, content that is not
// UTF-8 text is returned instead of refused (cli.not_text), for a reader that judges it itself (load_exchange).
// A refused workbook, document or PDF is named, with how to get a table out of it (cli/foreign_input.h).
InputText read_input(const std::string& path, bool check_text = true);

// Writes `content` to `path` ("-" or empty = stdout). Writes to a temporary file first and renames it, so an
// existing file is never left half-written. Returns an error diagnostic (id cli.write_failed) on failure.
std::optional<Diagnostic> write_output(const std::string& path, const std::string& content);

// Prints each diagnostic as "LEVEL id location: message".
void print_diagnostics(std::ostream& out, const Diagnostics& ds, Lang lang, const std::string& location_prefix = "");

// The location of a finding in input file `path`, so that among many files each line names its file:
// "PATH:LOCATION" ("kab/b.json:line 2, column 14", "kab/b.json:/exchange/capaian/3"), or PATH alone when the
// finding is about the whole file (no location, or the path itself). Stdin ("-") is named "<stdin>".
std::string file_location(const std::string& path, const std::string& location);

// print_diagnostics for the findings in input file `path`, each located with file_location.
void print_file_diagnostics(std::ostream& out, const std::string& path, const Diagnostics& ds, Lang lang);

// Plans from a file, or the built-in plan when `builtin` is set. Prints the errors to stderr, each naming the file
// (print_file_diagnostics), and returns nullopt
// when the file cannot be read or is not a valid plan file. Exchange files (core/exchange.h) are verified: an
// altered one is refused (exchange.integrity); carried capaian that differ print as warnings to stderr.
struct LoadOptions {
    bool accept_altered = false;        // --accept-altered: read an altered exchange file anyway (a warning)
    bool offer_accept_altered = false;  // the command has --accept-altered: mention it after an integrity error
    bool print_notes = true;            // print the warnings (capaian mismatch, accepted alteration) to stderr
};
std::optional<std::vector<Plan>> load_plans(const std::string& path, bool builtin, Lang lang, const LoadOptions& options = {});

// The options of a command that reads plans and has the --accept-altered flag.
LoadOptions altered_options(const Args& a);

struct LoadedPlans {
    std::vector<Plan> plans;
    bool bundle = false;          // the file holds "plans" (even of one plan), not "plan"
    ExchangeReadResult exchange;  // envelope, header and diagnostics of the file (its `plans` moved to `plans`);
                                  // empty for the built-in plan
};

// load_plans with the exchange details and the file's layout, for commands that show them (validate, lint).
std::optional<LoadedPlans> load_exchange(const std::string& path, bool builtin, Lang lang, const LoadOptions& options);

// The JSON pointer of plan `index` in its file: "/plan", or "/plans/N" in a bundle. Core checks (lint, NIP, bands)
// locate their findings inside the plan ("/objectives/1/..."); the CLI prints them with this prefix, so they point
// into the file as the reader's errors do.
std::string plan_pointer(const LoadedPlans& loaded, size_t index);

// "pengirim: Dinas A (kode 1.01); dikirim 2026-...; aplikasi tolok-cli 0.1.0; skema 2" (one line, no newline).
std::string describe_sender(const ExchangeHeader& header, Lang lang);

// The writing time of an exchange file as ISO 8601 UTC ("2026-11-26T03:36:28Z"): SOURCE_DATE_EPOCH (seconds) when
// set, for reproducible output, else the clock.
std::string sent_at_now();

}  // namespace tolok::cli
