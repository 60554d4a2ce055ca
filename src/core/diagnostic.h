// Diagnostics shared by every core module: a stable id, a location and a message in Indonesian and English.
// Errors never travel as bare strings: callers show `message(lang)` and tools match on `id`.
#pragma once

#include <string>
#include <vector>

namespace tolok {

enum class Lang { Id, En };

enum class Severity { Info, Warning, Error };

// A message in both interface languages. Indonesian is the default.
struct BiText {
    std::string id;  // Bahasa Indonesia
    std::string en;  // English
    const std::string& in(Lang lang) const { return lang == Lang::En ? en : id; }
};

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string id;        // stable, e.g. "import.missing_field", "formula.unexpected_token", "lint.unit_mismatch"
    std::string location;  // JSON pointer ("/objectives/2/indicators/0/targets/2021"), "row 7, column 3",
                           // "position 12", or a path to the indicator ("/objectives/0/indicators/6")
    BiText message;

    const std::string& text(Lang lang) const { return message.in(lang); }
};

using Diagnostics = std::vector<Diagnostic>;

inline bool has_errors(const Diagnostics& ds) {
    for (const auto& d : ds)
        if (d.severity == Severity::Error) return true;
    return false;
}

const char* severity_name(Severity s);  // "ERROR", "WARNING", "INFO"
// The severity as the interface shows it: "Kesalahan"/"Error", "Peringatan"/"Warning", "Info".
const char* severity_label(Severity s, Lang lang);

// A location as the interface shows it: the stable English form ("line 3, column 7", "row 4, column 2",
// "position 12") read out in Indonesian ("baris 3, kolom 7", "baris 4, kolom 2", "posisi 12"); JSON pointers and
// every location in English unchanged.
std::string location_label(const std::string& location, Lang lang);

// "ERROR import.missing_field /objectives/0/name: <message>" (the CLI's line format).
std::string format_diagnostic(const Diagnostic& d, Lang lang);

}  // namespace tolok
