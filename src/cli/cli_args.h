// Command-line arguments of `tolok`: positional files and --options, with the shared flags (--lang, --help)
// recognised everywhere. Parsing only; each command decides what it needs.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace tolok::cli {

struct Args {
    std::string command;                        // "validate", "capaian", ...
    std::vector<std::string> positional;        // files
    std::map<std::string, std::string> options; // "--year" -> "2023" (flags map to "")
    Lang lang = Lang::Id;
    bool help = false;
    std::string error;                          // usage problem, empty when fine

    bool has(const std::string& name) const { return options.count(name) != 0; }
    std::optional<std::string> get(const std::string& name) const;
};

// `value_options` take a value ("--year 2023" or "--year=2023"); `flag_options` take none.
Args parse_args(int argc, char** argv, const std::vector<std::string>& value_options,
                const std::vector<std::string>& flag_options);

// Parses a whole decimal number for an option ("2023"); nullopt when not an integer.
std::optional<int> parse_int_option(const std::string& text);

}  // namespace tolok::cli
