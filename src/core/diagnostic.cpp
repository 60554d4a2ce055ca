// Formatting of diagnostics for people and tools (the CLI line format "LEVEL id location: message", and the
// severity as the interface names it).
#include "diagnostic.h"

#include <string>
#include <utility>

namespace tolok {

const char* severity_name(Severity s) {
    switch (s) {
        case Severity::Info: return "INFO";
        case Severity::Warning: return "WARNING";
        case Severity::Error: return "ERROR";
    }
    return "ERROR";
}

const char* severity_label(Severity s, Lang lang) {
    const bool en = lang == Lang::En;
    switch (s) {
        case Severity::Info: return "Info";
        case Severity::Warning: return en ? "Warning" : "Peringatan";
        case Severity::Error: return en ? "Error" : "Kesalahan";
    }
    return en ? "Error" : "Kesalahan";
}

std::string location_label(const std::string& location, Lang lang) {
    if (lang == Lang::En) return location;
    static const std::pair<const char*, const char*> words[] = {
        {"line ", "baris "}, {"row ", "baris "}, {"column ", "kolom "}, {"position ", "posisi "}};
    std::string out;
    size_t i = 0;
    while (i < location.size()) {
        // Words are replaced only at the start or after ", " (never inside a JSON pointer such as "/rows/line ").
        bool at_word = i == 0 || (i >= 2 && location.compare(i - 2, 2, ", ") == 0);
        bool replaced = false;
        if (at_word && location[0] != '/')
            for (const auto& [en, id] : words)
                if (location.compare(i, std::char_traits<char>::length(en), en) == 0) {
                    out += id;
                    i += std::char_traits<char>::length(en);
                    replaced = true;
                    break;
                }
        if (!replaced) out += location[i++];
    }
    return out;
}

std::string format_diagnostic(const Diagnostic& d, Lang lang) {
    std::string line = severity_name(d.severity);
    line += ' ';
    line += d.id;
    if (!d.location.empty()) {
        line += ' ';
        line += d.location;
    }
    line += ": ";
    line += d.text(lang);
    return line;
}

}  // namespace tolok
