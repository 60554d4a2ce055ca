// HTML escaping and the small element builder (see html_writer.h).
#include "html_writer.h"

#include <algorithm>
#include <cctype>

namespace tolok {

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when the bytes there are not valid UTF-8.
size_t utf8_length(std::string_view s, size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
    if (n == 2 && c < 0xC2) return 0;  // overlong
    if (n == 3) {
        unsigned char d = static_cast<unsigned char>(s[i + 1]);
        if (c == 0xE0 && d < 0xA0) return 0;   // overlong
        if (c == 0xED && d >= 0xA0) return 0;  // surrogates
    }
    if (n == 4) {
        unsigned char d = static_cast<unsigned char>(s[i + 1]);
        if (c == 0xF0 && d < 0x90) return 0;
        if (c > 0xF4 || (c == 0xF4 && d >= 0x90)) return 0;
    }
    return n;
}

// A run of more than kLongWord characters without a space (a name pasted without spaces, a long path) gets a
// <wbr> after every kBreakEvery characters: a table cell can wrap it instead of widening its column past the page
// (Chromium then shrank every page of the document to fit). A <wbr>, unlike a zero-width space, is no character:
// text copied from the document into Word carries nothing hidden. Ordinary words are left alone. `escaped` is
// html_escape's output: an entity (&amp;) counts as one character and is never cut.
constexpr size_t kLongWord = 24, kBreakEvery = 12;

std::string break_long_words(std::string_view escaped) {
    std::string out;
    // The byte length of the character (or entity) at k.
    auto char_at = [&](size_t k) -> size_t {
        if (escaped[k] == '&') {
            const size_t semi = escaped.find(';', k);
            return semi == std::string_view::npos ? 1 : semi - k + 1;
        }
        size_t n = 1;
        while (k + n < escaped.size() && (static_cast<unsigned char>(escaped[k + n]) & 0xC0) == 0x80) ++n;
        return n;
    };
    size_t i = 0;
    while (i < escaped.size()) {
        size_t end = i;  // the run of non-space bytes from i
        while (end < escaped.size() && !std::isspace(static_cast<unsigned char>(escaped[end]))) ++end;
        size_t chars = 0;
        for (size_t k = i; k < end; k += char_at(k)) ++chars;
        if (chars > kLongWord) {
            size_t counted = 0;
            for (size_t k = i; k < end;) {
                if (counted > 0 && counted % kBreakEvery == 0) out += "<wbr>";
                const size_t n = std::min(char_at(k), end - k);
                out.append(escaped.substr(k, n));
                k += n;
                ++counted;
            }
        } else {
            out.append(escaped.substr(i, end - i));
        }
        while (end < escaped.size() && std::isspace(static_cast<unsigned char>(escaped[end]))) out += escaped[end++];
        i = end;
    }
    return out;
}

bool is_list_item(std::string_view line, std::string& number, std::string_view& rest) {
    size_t i = 0;
    while (i < line.size() && line[i] == ' ') ++i;
    size_t start = i;
    while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
    if (i == start || i - start > 3 || i + 1 >= line.size() || line[i] != '.' || line[i + 1] != ' ') return false;
    number = std::string(line.substr(start, i - start));
    rest = line.substr(i + 2);
    return true;
}

// Escaped text with *emphasis* as <em>.
void inline_text(HtmlWriter& w, std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        size_t a = text.find('*', i);
        size_t b = a == std::string_view::npos ? a : text.find('*', a + 1);
        if (b == std::string_view::npos || b == a + 1) {
            w.text(text.substr(i));
            return;
        }
        w.text(text.substr(i, a - i));
        w.element("em", text.substr(a + 1, b - a - 1));
        i = b + 1;
    }
}

}  // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (size_t i = 0; i < text.size();) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            size_t n = utf8_length(text, i);
            if (n == 0) { out += "\xEF\xBF\xBD"; ++i; }
            else { out.append(text.substr(i, n)); i += n; }
            continue;
        }
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                if (c >= 0x20 || c == '\t' || c == '\n') out += static_cast<char>(c);
                else if (c == '\r') {}
                break;
        }
        ++i;
    }
    return out;
}

HtmlWriter& HtmlWriter::open(std::string_view tag, const HtmlAttrs& attrs) {
    out_ += '<';
    out_.append(tag);
    for (const auto& [name, value] : attrs) {
        out_ += ' ';
        out_ += name;
        out_ += "=\"";
        out_ += html_escape(value);
        out_ += '"';
    }
    out_ += '>';
    return *this;
}

HtmlWriter& HtmlWriter::close(std::string_view tag) {
    out_ += "</";
    out_.append(tag);
    out_ += '>';
    return *this;
}

HtmlWriter& HtmlWriter::element(std::string_view tag, std::string_view text, const HtmlAttrs& attrs) {
    open(tag, attrs);
    this->text(text);
    return close(tag);
}

HtmlWriter& HtmlWriter::empty_element(std::string_view tag, const HtmlAttrs& attrs) { return open(tag, attrs); }

HtmlWriter& HtmlWriter::text(std::string_view text) {
    out_ += break_long_words(html_escape(text));
    return *this;
}

HtmlWriter& HtmlWriter::raw(std::string_view html) {
    out_.append(html);
    return *this;
}

HtmlWriter& HtmlWriter::paragraphs(std::string_view text) {
    bool in_p = false, in_ol = false;
    auto end_block = [&] {
        if (in_p) close("p").raw("\n");
        if (in_ol) close("ol").raw("\n");
        in_p = in_ol = false;
    };
    size_t i = 0;
    while (i <= text.size()) {
        size_t nl = text.find('\n', i);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(i, nl - i);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        i = nl + 1;
        bool blank = line.find_first_not_of(" \t") == std::string_view::npos;
        std::string number;
        std::string_view rest;
        if (blank) {
            end_block();
        } else if (is_list_item(line, number, rest)) {
            if (in_p) { close("p").raw("\n"); in_p = false; }
            if (!in_ol) { open("ol"); in_ol = true; }
            open("li", {{"value", number}});
            inline_text(*this, rest);
            close("li");
        } else {
            if (in_ol) { close("ol").raw("\n"); in_ol = false; }
            if (in_p) empty_element("br");
            else { open("p"); in_p = true; }
            inline_text(*this, line);
        }
        if (nl == text.size()) break;
    }
    end_block();
    return *this;
}

}  // namespace tolok
