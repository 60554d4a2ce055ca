// Test helper: the text a reader sees in a printed document's HTML, for assertions on documents.
#pragma once

#include <string>

namespace tolok::testing {

// Text of HTML with the tags removed, the five entities decoded, no-break spaces as spaces, whitespace collapsed.
inline std::string text_of(const std::string& html) {
    std::string t;
    bool tag = false;
    for (char c : html) {
        if (c == '<') tag = true;
        else if (c == '>') { tag = false; t += ' '; }
        else if (!tag) t += c;
    }
    auto replace_all = [&](const std::string& a, const std::string& b) {
        for (size_t p = t.find(a); p != std::string::npos; p = t.find(a, p + b.size())) t.replace(p, a.size(), b);
    };
    replace_all("\xC2\xA0", " ");
    replace_all("&lt;", "<");
    replace_all("&gt;", ">");
    replace_all("&quot;", "\"");
    replace_all("&#39;", "'");
    replace_all("&amp;", "&");
    std::string out;
    for (char c : t) {
        if (c == ' ' || c == '\n' || c == '\t') { if (!out.empty() && out.back() != ' ') out += ' '; }
        else out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace tolok::testing
