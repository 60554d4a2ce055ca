// Building HTML text safely: every piece of user text goes through html_escape (& < > " ' escaped, invalid UTF-8
// replaced by U+FFFD), and HtmlWriter opens/closes elements with escaped attribute values. Used by the printed
// SAKIP documents (report_*.cpp); knows nothing about plans.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tolok {

// Escapes text for element content and attribute values: & < > " ' become entities; bytes that are not valid
// UTF-8 become U+FFFD; control characters other than tab and newline are dropped.
std::string html_escape(std::string_view text);

using HtmlAttrs = std::vector<std::pair<std::string, std::string>>;

class HtmlWriter {
public:
    // <tag a="v" ...>; attribute names are fixed by the caller's code, values are escaped.
    HtmlWriter& open(std::string_view tag, const HtmlAttrs& attrs = {});
    HtmlWriter& close(std::string_view tag);
    // <tag ...>escaped text</tag>
    HtmlWriter& element(std::string_view tag, std::string_view text, const HtmlAttrs& attrs = {});
    // <tag ...> (void element such as <br>, <meta>)
    HtmlWriter& empty_element(std::string_view tag, const HtmlAttrs& attrs = {});
    HtmlWriter& text(std::string_view text);  // escaped; a "word" over 24 characters gets a break chance every 12
    HtmlWriter& raw(std::string_view html);   // trusted markup built by this program only
    // Text of paragraphs separated by blank lines: each paragraph a <p>; a run of lines "1. ..." becomes an <ol>;
    // *word* becomes <em>word</em>.
    HtmlWriter& paragraphs(std::string_view text);

    const std::string& str() const { return out_; }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

}  // namespace tolok
