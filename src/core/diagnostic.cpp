// Formatting of diagnostics for people and tools (the CLI line format "LEVEL id location: message").
#include "diagnostic.h"

namespace tolok {

const char* severity_name(Severity s) {
    switch (s) {
        case Severity::Info: return "INFO";
        case Severity::Warning: return "WARNING";
        case Severity::Error: return "ERROR";
    }
    return "ERROR";
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
