// The `tolok` commands: each parses its own options, prints findings as "LEVEL id location: message" and returns
// the exit code (0 fine, 1 errors in the input, 2 usage).
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace tolok::cli {

constexpr int kExitOk = 0;
constexpr int kExitErrors = 1;
constexpr int kExitUsage = 2;

struct CommandInfo {
    const char* name;
    BiText summary;  // one line for the overview
    BiText usage;    // full --help text
    int (*run)(int argc, char** argv);
};

const std::vector<CommandInfo>& commands();
const CommandInfo& command_info(const char* name);  // name must be listed in commands()

int run_validate(int argc, char** argv);
int run_import_table(int argc, char** argv);
int run_capaian(int argc, char** argv);
int run_lint(int argc, char** argv);
int run_report(int argc, char** argv);
int run_export_csv(int argc, char** argv);
int run_merge(int argc, char** argv);
int run_summary(int argc, char** argv);
int run_export_long(int argc, char** argv);
int run_export_xlsx(int argc, char** argv);

// Prints a usage error (and a hint to --help) to stderr; returns kExitUsage.
int usage_error(const std::string& command, const std::string& message, Lang lang);

}  // namespace tolok::cli
