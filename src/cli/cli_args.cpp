// Implementation of the `tolok` argument parser (see cli_args.h).
#include "cli/cli_args.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>

namespace tolok::cli {

std::optional<std::string> Args::get(const std::string& name) const {
    auto it = options.find(name);
    if (it == options.end()) return std::nullopt;
    return it->second;
}

static bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

Args parse_args(int argc, char** argv, const std::vector<std::string>& value_options,
                const std::vector<std::string>& flag_options) {
    Args a;
    // --lang first, so every later usage message is in the chosen language.
    for (int i = 1; i < argc; ++i) {
        std::string s = argv[i];
        if ((s == "--lang" && i + 1 < argc && std::string(argv[i + 1]) == "en") || s == "--lang=en") a.lang = Lang::En;
    }
    for (int i = 1; i < argc; ++i) {
        std::string s = argv[i];
        if (s == "-h" || s == "--help") { a.help = true; continue; }
        if (s == "-" || s.empty() || s[0] != '-') {
            if (a.command.empty()) a.command = s;
            else a.positional.push_back(s);
            continue;
        }
        std::string name = s, value;
        bool has_inline = false;
        if (auto eq = s.find('='); eq != std::string::npos && s.rfind("--", 0) == 0) {
            name = s.substr(0, eq);
            value = s.substr(eq + 1);
            has_inline = true;
        }
        if (name == "--lang") {
            if (!has_inline) {
                if (i + 1 >= argc) { a.error = a.lang == Lang::En ? "--lang needs a value (id or en)" : "--lang memerlukan nilai (id atau en)"; break; }
                value = argv[++i];
            }
            if (value != "id" && value != "en") {
                a.error = a.lang == Lang::En ? "--lang must be id or en, not \"" + value + "\""
                                             : "--lang harus id atau en, bukan \"" + value + "\"";
                break;
            }
            continue;
        }
        if (contains(value_options, name)) {
            if (!has_inline) {
                if (i + 1 >= argc) {
                    a.error = a.lang == Lang::En ? "option " + name + " needs a value" : "opsi " + name + " memerlukan nilai";
                    break;
                }
                value = argv[++i];
            }
            a.options[name] = value;
        } else if (contains(flag_options, name) && !has_inline) {
            a.options[name] = "";
        } else {
            a.error = a.lang == Lang::En ? "unknown option " + s : "opsi tidak dikenal: " + s;
            break;
        }
    }
    return a;
}

std::optional<int> parse_int_option(const std::string& text) {
    if (text.empty() || text.size() > 9) return std::nullopt;
    for (char c : text)
        if (c < '0' || c > '9') return std::nullopt;
    return std::atoi(text.c_str());
}

}  // namespace tolok::cli
