// The one value parser and number formatter (see value.h): turns what people type in IKU documents into typed
// values without regex or locale, fast enough for millions of cells.
#include "value.h"

#include <cassert>
#include <cmath>
#include <limits>
#include <cstdio>
#include <cstring>

namespace tolok {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Trims ASCII whitespace and non-breaking spaces (U+00A0, common in text copied from Word).
std::string_view trim(std::string_view s) {
    for (;;) {
        if (!s.empty() && is_space(s.front())) s.remove_prefix(1);
        else if (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0') s.remove_prefix(2);
        else break;
    }
    for (;;) {
        if (!s.empty() && is_space(s.back())) s.remove_suffix(1);
        else if (s.size() >= 2 && s[s.size() - 2] == '\xC2' && s.back() == '\xA0') s.remove_suffix(2);
        else break;
    }
    return s;
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

// Dashes as people type them: '-', en dash, em dash.
size_t dash_length(std::string_view s) {
    if (!s.empty() && s[0] == '-') return 1;
    if (s.size() >= 3 && s[0] == '\xE2' && s[1] == '\x80' && (s[2] == '\x93' || s[2] == '\x94')) return 3;
    return 0;
}

bool is_missing_word(std::string_view s) {
    static constexpr std::string_view words[] = {"n/a", "na", "n.a.", "#n/a", "-", "--", "tidak ada data", "belum ada data",
                                                 "tidak tersedia", "belum tersedia", "tad", "t.a.d"};
    for (std::string_view w : words)
        if (iequals(s, w)) return true;
    return dash_length(s) == s.size() && !s.empty();
}

bool is_grade_label(std::string_view s) {
    static constexpr std::string_view grades[] = {"AA", "A", "BB", "B", "CC", "C", "D"};
    for (std::string_view g : grades)
        if (s == g) return true;
    return false;
}

// Longest prefix of s that looks like a number: optional sign, digits with '.' and ',' separators.
size_t number_prefix_length(std::string_view s) {
    size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    size_t digits_start = i;
    while (i < s.size()) {
        if (is_digit(s[i])) { ++i; continue; }
        // a separator counts only when a digit follows
        if ((s[i] == '.' || s[i] == ',') && i + 1 < s.size() && is_digit(s[i + 1]) && i > digits_start) { ++i; continue; }
        break;
    }
    if (i == digits_start) return 0;
    return i;
}

// Checks "1.250.000"-style grouping: first group 1-3 digits, then groups of exactly 3 separated by `sep`.
bool valid_grouping(std::string_view digits, char sep) {
    // A first group of 0 is never a thousands group ("0.500.000" is no number).
    if (!digits.empty() && digits[0] == '0') return false;
    size_t group = 0, groups = 0;
    bool first = true;
    for (char c : digits) {
        if (c == sep) {
            if (group == 0 || (first && group > 3) || (!first && group != 3)) return false;
            first = false;
            group = 0;
            ++groups;
        } else {
            ++group;
        }
    }
    return groups > 0 && group == 3;
}

// Accumulates the digits of s (skipping `skip`), with `decimal` as decimal point; false when not a number.
bool accumulate(std::string_view s, char skip, char decimal, double& out) {
    double int_part = 0, frac_part = 0, scale = 1;
    bool after_point = false, any = false;
    for (char c : s) {
        if (c == skip) continue;
        if (c == decimal) {
            if (after_point) return false;
            after_point = true;
            continue;
        }
        if (!is_digit(c)) return false;
        any = true;
        if (after_point) {
            scale /= 10;
            frac_part += (c - '0') * scale;
        } else {
            int_part = int_part * 10 + (c - '0');
        }
    }
    if (!any) return false;
    out = int_part + frac_part;
    return std::isfinite(out);
}

// How a number was written: its decimal and thousands separators ('\0' for none), as parse_unsigned read them.
struct Separators {
    char decimal = '\0', thousands = '\0';
};

std::optional<double> parse_unsigned(std::string_view s, Separators* read_as = nullptr) {
    Separators unused;
    Separators& seps = read_as ? *read_as : unused;
    if (s.empty()) return std::nullopt;
    size_t dots = 0, commas = 0;
    for (char c : s) {
        if (c == '.') ++dots;
        else if (c == ',') ++commas;
        else if (!is_digit(c)) return std::nullopt;
    }
    double v = 0;
    if (dots > 0 && commas > 0) {
        // both: the last one is the decimal separator
        char decimal = s.find_last_of(".,") == s.rfind(',') ? ',' : '.';
        char thousands = decimal == ',' ? '.' : ',';
        size_t point = s.rfind(decimal);
        if (s.find(decimal) != point) return std::nullopt;
        if (!valid_grouping(s.substr(0, point), thousands)) return std::nullopt;
        if (!accumulate(s, thousands, decimal, v)) return std::nullopt;
        seps = {decimal, thousands};
        return v;
    }
    if (dots + commas == 0) {
        if (!accumulate(s, '\0', '\0', v)) return std::nullopt;
        return v;
    }
    char sep = dots > 0 ? '.' : ',';
    size_t count = dots + commas;
    if (count > 1) {  // only thousands separators
        if (!valid_grouping(s, sep)) return std::nullopt;
        if (!accumulate(s, sep, '\0', v)) return std::nullopt;
        seps.thousands = sep;
        return v;
    }
    // one separator: ',' is the Indonesian decimal comma; '.' is a thousands dot when exactly 3 digits follow a
    // group that does not start with 0 ("0.500" is a half, written with a decimal point)
    size_t pos = s.find(sep);
    bool thousands = sep == '.' && s.size() - pos - 1 == 3 && pos >= 1 && pos <= 3 && s[0] != '0';
    if (thousands) {
        if (!accumulate(s, '.', '\0', v)) return std::nullopt;
        seps.thousands = '.';
    } else {
        if (!accumulate(s, '\0', sep, v)) return std::nullopt;
        seps.decimal = sep;
    }
    return v;
}

// A unit word after a number: letters (and dots, slashes, spaces, a few more) but no digits, except a rate's base
// written "per <number> <words>" ("per 1.000 KH", "per 100.000 penduduk"), as in AKB and AKI.
bool plausible_unit(std::string_view u) {
    if (u.empty() || u == "%") return true;
    if (istarts_with(u, "per ")) {
        std::string_view rest = trim(u.substr(4));
        size_t n = number_prefix_length(rest);
        if (n > 0 && parse_number(rest.substr(0, n))) {
            std::string_view words = trim(rest.substr(n));
            return words.empty() || plausible_unit(words);
        }
    }
    if (!is_alpha(u[0]) && static_cast<unsigned char>(u[0]) < 0x80) return false;
    for (char c : u)
        if (is_digit(c) || c == '(' || c == ')' || c == '%' || c == ':' || c == '=') return false;
    return true;
}

// Parses "<number> [unit]" into value/unit; returns false when s is not of that shape.
bool parse_quantity(std::string_view s, double& number, std::string_view& unit) {
    size_t n = number_prefix_length(s);
    if (n == 0) return false;
    auto v = parse_number(s.substr(0, n));
    if (!v) return false;
    number = *v;
    unit = trim(s.substr(n));
    return true;
}

// Splits "80 - 90 %" / "7 s/d 8 bulan" into its two sides; false when s is not a range.
bool split_range(std::string_view s, std::string_view& low, std::string_view& high) {
    size_t n = number_prefix_length(s);
    if (n == 0) return false;
    size_t i = n;
    // the unit may sit after the first number too ("80% - 90%")
    // The words between: "s/d", "s/d.", "s.d.", "s.d", "sd", "sampai (dengan)", "hingga" (and the dashes).
    auto range_word = [](std::string_view r) -> size_t {
        for (std::string_view w : {"s/d.", "s.d.", "s/d", "s.d", "sampai dengan", "sampai", "hingga", "sd"})
            if (istarts_with(r, w) && (r.size() == w.size() || !is_alpha(r[w.size()]))) return w.size();
        return 0;
    };
    while (i < s.size() && !is_digit(s[i]) && s[i] != '-' && s[i] != '\xE2' && !((lower(s[i]) == 's' || lower(s[i]) == 'h') && range_word(s.substr(i)))) ++i;
    std::string_view rest = s.substr(i);
    std::string_view low_part = trim(s.substr(0, i));
    size_t sep = 0;
    if (size_t d = dash_length(rest)) sep = d;
    else if (size_t w = range_word(rest)) sep = w;
    else return false;
    std::string_view high_part = trim(rest.substr(sep));
    if (high_part.empty() || number_prefix_length(high_part) == 0 || high_part[0] == '-' || high_part[0] == '+') return false;
    low = low_part;
    high = high_part;
    return true;
}

void set_unit(Value& v, std::string_view unit) {
    if (unit == "%" || iequals(unit, "persen")) {
        v.shape = ValueShape::Percent;
        v.unit = "%";
    } else {
        v.shape = ValueShape::Number;
        v.unit = std::string(unit);
    }
}

}  // namespace

static Value::Bound bound_prefix(std::string_view s, std::string_view& rest);

// The number part of a value that may start with a bound word or a currency: ">= 1,250 kec." -> "1,250 kec.",
// "Rp. 2,500" -> "2,500".
static std::string_view after_prefixes(std::string_view s) {
    s = trim(s);
    std::string_view rest;
    if (bound_prefix(s, rest) != Value::Bound::None) s = rest;
    if (istarts_with(s, "rp") || istarts_with(s, "idr")) {
        s.remove_prefix(istarts_with(s, "rp") ? 2 : 3);
        if (!s.empty() && s[0] == '.') s.remove_prefix(1);
        s = trim(s);
    }
    return s;
}

bool comma_may_be_thousands(std::string_view text) {
    text = after_prefixes(text);
    size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    const size_t start = i;
    auto digit = [&](size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
    while (digit(i)) ++i;
    if (i == start || i - start > 3 || i >= text.size() || text[i] != ',') return false;
    const size_t after = ++i;
    while (digit(i)) ++i;
    return i - after == 3 && (i == text.size() || (text[i] != ',' && text[i] != '.'));
}

std::optional<BiText> comma_thousands_note(std::string_view text) {
    if (!comma_may_be_thousands(text)) return std::nullopt;
    const std::string_view number = after_prefixes(text);
    const size_t comma = number.find(',');
    const std::string whole(number.substr(0, comma)), part(number.substr(comma + 1, 3));
    const std::optional<double> read = parse_number(whole + "," + part);
    if (!read) return std::nullopt;
    // What follows the number ("%", " kec.") goes with it in what is said.
    const std::string unit(trim(number.substr(std::min(number.size(), comma + 4))));
    const std::string sep = unit.empty() || unit == "%" ? "" : " ";
    const std::string quoted = "\"" + std::string(trim(text)) + "\"", meant = whole + part + sep + unit,
                      dotted = whole + "." + part + sep + unit;
    return BiText{quoted + " dibaca " + format_number_short(*read, Lang::Id, 6) + sep + unit + " (koma desimal); bila maksudnya " + dotted +
                      ", tulis " + meant + " atau " + dotted,
                  quoted + " was read as " + format_number_short(*read, Lang::En, 6) + sep + unit +
                      " (a decimal comma, as numbers are written in Indonesian); for " + meant + " write " + meant + " or " + dotted};
}

// Whether a value is a bare number that takes the indicator's unit `u` (trimmed): text_with_unit, value_in_unit.
// An indicator in money (Rp, Rp., Rupiah, Rupiah (Rp), IDR) gives no unit: its bare numbers are amounts already.
static bool takes_unit(const Value& v, std::string_view u) {
    return v.shape == ValueShape::Number && v.unit.empty() && !u.empty() && !money_unit(u);
}

bool money_unit(std::string_view unit) { return normalize_unit(unit) == "rp"; }

std::string text_with_unit(const Value& v, const std::string& unit) {
    const std::string_view u = trim(unit);
    if (!takes_unit(v, u)) return v.text;
    if (normalize_unit(u) == "%") return v.text + "%";  // "82" of an indicator in "Persen (%)": "82%"
    return v.text + " " + std::string(u);
}

void put_in_unit(Value& v, const std::string& unit) {
    if (v.shape != ValueShape::Number || !v.unit.empty()) return;  // the common case, decided without the unit
    const std::string_view u = trim(unit);
    if (!takes_unit(v, u)) return;
    v.text = text_with_unit(v, unit);
    if (normalize_unit(u) == "%") {
        v.shape = ValueShape::Percent;
        v.unit = "%";
    } else {
        v.unit = std::string(u);
    }
}

Value value_in_unit(Value v, const std::string& unit) {
    put_in_unit(v, unit);
    return v;
}

bool units_compatible(const Value& a, const Value& b) {
    if (a.unit.empty() || b.unit.empty()) return true;
    if (a.shape == ValueShape::Percent && b.shape == ValueShape::Percent) return true;
    if (a.unit == b.unit) return true;
    return normalize_unit(a.unit) == normalize_unit(b.unit);
}

bool units_comparable(const Value& a, const Value& b) {
    return units_compatible(a, b) || (rupiah_amount(a) && rupiah_amount(b));
}

std::optional<double> parse_number(std::string_view text) {
    std::string_view s = trim(text);
    if (s.empty()) return std::nullopt;
    bool negative = false;
    if (s[0] == '-' || s[0] == '+') {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    auto v = parse_unsigned(s);
    if (!v) return std::nullopt;
    return negative ? -*v : *v;
}

std::string numbers_in(std::string_view text, Lang lang) {
    std::string out;
    numbers_in(text, lang, out);
    return out;
}

void numbers_in(std::string_view text, Lang lang, std::string& out) {
    out.clear();
    if (lang == Lang::Id) {
        out.append(text);
        return;
    }
    // The common case first: no dot and at most one comma, so the comma is the only character that can change. It
    // is a decimal comma when it sits inside a number, between digits whose run does not continue a word ("87,3 %"),
    // and is kept otherwise ("TW2,5", "Baik, 80"): what the general reading below gives for such a text.
    if (text.find('.') == std::string_view::npos) {
        const size_t comma = text.find(',');
        if (comma == std::string_view::npos || text.find(',', comma + 1) == std::string_view::npos) {
            out.append(text);
            if (comma != std::string_view::npos && comma > 0 && comma + 1 < text.size() && is_digit(text[comma - 1]) &&
                is_digit(text[comma + 1])) {
                size_t run = comma - 1;
                while (run > 0 && is_digit(text[run - 1])) --run;
                if (run == 0 || !is_alpha(text[run - 1])) out[comma] = '.';
            }
            return;
        }
    }
    size_t i = 0;
    while (i < text.size()) {
        // A number starts at a digit that does not continue a word or another number ("TW2", "B2").
        const bool starts = is_digit(text[i]) && (i == 0 || !(is_alpha(text[i - 1]) || is_digit(text[i - 1])));
        const size_t n = starts ? number_prefix_length(text.substr(i)) : 0;
        Separators seps;
        if (n == 0) {
            out += text[i++];
            continue;
        }
        if (!parse_unsigned(text.substr(i, n), &seps)) seps = {};  // no number ("0.500.000"): kept as written
        for (char c : text.substr(i, n))
            out += c == seps.decimal ? '.' : c == seps.thousands ? ',' : c;
        i += n;
    }
}

// The factor of a word that scales an amount: "ribu" 1e3, "juta"/"jt" 1e6, "miliar"/"milyar"/"M" 1e9, "triliun"/"T"
// 1e12; nothing for another word.
// `w` is a unit as normalize_unit gives it.
static std::optional<double> rupiah_scale_of_normalized(std::string_view w) {
    if (w == "ribu" || w == "rb") return 1e3;
    if (w == "juta" || w == "jt") return 1e6;
    if (w == "miliar" || w == "milyar" || w == "m") return 1e9;
    if (w == "triliun" || w == "t") return 1e12;
    return std::nullopt;
}
static std::optional<double> rupiah_scale(std::string_view word) { return rupiah_scale_of_normalized(normalize_unit(word)); }

// The bound word a target starts with and what follows it: "≥ 80%" -> AtLeast, "80%".
static Value::Bound bound_prefix(std::string_view s, std::string_view& rest) {
    static const struct { const char* word; Value::Bound bound; } kWords[] = {
        {"\xE2\x89\xA5", Value::Bound::AtLeast}, {">=", Value::Bound::AtLeast}, {">", Value::Bound::AtLeast},
        {"paling sedikit", Value::Bound::AtLeast}, {"minimal", Value::Bound::AtLeast}, {"minimum", Value::Bound::AtLeast},
        {"min.", Value::Bound::AtLeast},        {"min", Value::Bound::AtLeast},
        {"\xE2\x89\xA4", Value::Bound::AtMost},  {"<=", Value::Bound::AtMost},  {"<", Value::Bound::AtMost},
        {"paling banyak", Value::Bound::AtMost}, {"maksimal", Value::Bound::AtMost}, {"maksimum", Value::Bound::AtMost},
        {"maks.", Value::Bound::AtMost},        {"maks", Value::Bound::AtMost},   {"max.", Value::Bound::AtMost},
        {"max", Value::Bound::AtMost},
    };
    for (const auto& w : kWords) {
        const std::string_view word = w.word;
        if (!istarts_with(s, word)) continue;
        std::string_view after = s.substr(word.size());
        // a word must end there ("minggu" is no "min"); a sign may be followed by the number directly
        if (is_alpha(word.back()) && !after.empty() && is_alpha(after.front())) continue;
        rest = trim(after);
        return w.bound;
    }
    return Value::Bound::None;
}

Value parse_value(std::string_view raw) {
    Value v;
    std::string_view s = trim(raw);
    v.text = std::string(s);
    if (s.empty()) return v;  // Empty
    // Word's minus sign (U+2212, "−0,5 %") is a minus: read as "-", kept as written.
    if (s.find("\xE2\x88\x92") != std::string_view::npos) {
        std::string ascii(s);
        for (size_t at = ascii.find("\xE2\x88\x92"); at != std::string::npos; at = ascii.find("\xE2\x88\x92", at)) ascii.replace(at, 3, "-");
        Value read = parse_value(ascii);
        read.text = v.text;
        return read;
    }
    // Only a value that starts like a bound word or sign is looked at for one: most start with a digit, and
    // parse_value runs for every cell of a national file (bench-core).
    const char first = static_cast<char>(s[0] | 0x20);
    if (s[0] == '\xE2' || s[0] == '>' || s[0] == '<' || first == 'm' || first == 'p') {
        std::string_view rest;
        const Value::Bound bound = bound_prefix(s, rest);
        if (bound != Value::Bound::None && !rest.empty()) {
            Value inner = parse_value(rest);
            if (inner.shape == ValueShape::Number || inner.shape == ValueShape::Percent || inner.shape == ValueShape::Money) {
                if (!inner.upper) {  // "≥ 80-90 %" means nothing clear: text
                    inner.text = v.text;
                    inner.bound = bound;
                    return inner;
                }
            }
        }
    }
    v.shape = ValueShape::Text;
    if (is_missing_word(s)) {
        v.shape = ValueShape::Missing;
        return v;
    }

    // Money: "Rp 1.250.000", "Rp. 1.250.000,50", "Rp1.250.000", "IDR 1.000.000", "Rp 2 miliar", "Rp 250 juta"
    if (istarts_with(s, "rp") || istarts_with(s, "idr")) {
        std::string_view rest = s.substr(istarts_with(s, "rp") ? 2 : 3);
        if (!rest.empty() && rest[0] == '.') rest.remove_prefix(1);
        rest = trim(rest);
        if (rest.size() >= 2 && rest.substr(rest.size() - 2) == ",-") rest.remove_suffix(2);
        std::optional<double> n = parse_number(rest);
        double number = 0;
        std::string_view scale_word;
        if (!n && parse_quantity(rest, number, scale_word))
            if (const std::optional<double> scale = rupiah_scale(scale_word)) n = number * *scale;
        if (n) {
            v.shape = ValueShape::Money;
            v.number = *n;
            v.unit = "Rp";
        }
        return v;
    }

    // The accounting form of a whole amount, ",-" for ",00" ("350.000.000,-", as finance documents write it): the
    // number before it, written so. "-" alone is missing (above); "-350" is a negative number.
    if (s.size() > 2 && s.substr(s.size() - 2) == ",-" && is_digit(s[s.size() - 3])) {
        Value read = parse_value(s.substr(0, s.size() - 2));
        if (read.shape != ValueShape::Number || !read.unit.empty() || read.upper) return v;  // Text
        read.text = v.text;
        return read;
    }

    // Grades: "B", "BB", "BB (Nilai 75)", "B (63,11)"
    {
        size_t end = 0;
        while (end < s.size() && is_alpha(s[end])) ++end;
        std::string_view label = s.substr(0, end);
        if (is_grade_label(label)) {
            std::string_view rest = trim(s.substr(end));
            if (rest.empty()) {
                v.shape = ValueShape::Grade;
                v.grade = std::string(label);
                return v;
            }
            if (const std::optional<double> score = bracketed_score(rest)) {
                v.shape = ValueShape::Grade;
                v.grade = std::string(label);
                v.number = *score;
                return v;
            }
            return v;  // Text
        }
    }

    // Ranges: "80-90 %", "80% - 90%", "7 - 8 bulan", "7 s/d 8 bulan"
    {
        std::string_view low, high;
        if (split_range(s, low, high)) {
            double a = 0, b = 0;
            std::string_view unit_a, unit_b;
            if (parse_quantity(low, a, unit_a) && parse_quantity(high, b, unit_b) && plausible_unit(unit_b) &&
                (unit_a.empty() || unit_a == unit_b || (unit_a == "%" && iequals(unit_b, "persen"))) && a <= b) {
                v.number = a;
                v.upper = b;
                set_unit(v, unit_b);
                return v;
            }
        }
    }

    // A number with an optional unit: "12,5", "20 prd", "20 kec.", "100%", "70 %"
    double number = 0;
    std::string_view unit;
    if (parse_quantity(s, number, unit) && plausible_unit(unit)) {
        v.number = number;
        set_unit(v, unit);
        return v;
    }
    return v;  // Text
}

double round_scaled(double scaled) {
    const double below = std::floor(scaled);
    // a few units in the last place of the number from its half: the half (what the decimals written meant). Only
    // while those units are well under a half: from about 1.4e14 on they are not, and every whole number (Rp 300 juta
    // written with 6 decimals) was taken for a half and rounded up.
    const double tolerance = std::fabs(scaled) * 8 * std::numeric_limits<double>::epsilon();
    if (tolerance < 0.25 && std::fabs(scaled - (below + 0.5)) <= tolerance) return scaled >= 0 ? below + 1 : below;
    return std::round(scaled);
}

size_t format_number_to(char* buffer, double value, int decimals, Lang lang) {
    assert(std::isfinite(value) && "format_number needs a finite number");
    char* out = buffer;
    if (!std::isfinite(value)) {
        std::memcpy(out, "n/a", 3);
        return 3;
    }
    static const double kPow10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    if (decimals < 0) decimals = 0;
    if (decimals > 9) decimals = 9;
    const char thousands = lang == Lang::En ? ',' : '.';
    const char point = lang == Lang::En ? '.' : ',';
    const int asked = decimals;
    double scaled = round_scaled(std::fabs(value) * kPow10[decimals]);  // half away from zero
    // Decimals a double does not hold (past 2^53 the scaled number is no longer an exact integer: Rp 1.234.567.890.123
    // at 6 decimals came out ...,000064), and near DBL_MAX (infinite): scale less, pad the decimals with zeros.
    constexpr double kExactIntegers = 9007199254740992.0;  // 2^53
    while (!(scaled < kExactIntegers) && decimals > 0) {
        --decimals;
        scaled = round_scaled(std::fabs(value) * kPow10[decimals]);
    }
    // Digits of the scaled integer, most significant first (integer path for the usual magnitudes).
    char digits[400];
    size_t n = 0;
    if (scaled < 9.0e18) {
        unsigned long long v = static_cast<unsigned long long>(scaled);
        char rev[24];
        size_t k = 0;
        do {
            rev[k++] = static_cast<char>('0' + v % 10);
            v /= 10;
        } while (v);
        while (k) digits[n++] = rev[--k];
    } else {
        n = static_cast<size_t>(std::snprintf(digits, sizeof digits, "%.0f", scaled));
        if (n >= sizeof digits) n = sizeof digits - 1;
    }
    size_t d = static_cast<size_t>(decimals);
    if (value < 0 && scaled != 0) *out++ = '-';
    size_t int_len = n > d ? n - d : 0;
    if (int_len == 0) *out++ = '0';  // at least one integer digit
    for (size_t i = 0; i < int_len; ++i) {
        if (i > 0 && (int_len - i) % 3 == 0) *out++ = thousands;
        *out++ = digits[i];
    }
    if (asked > 0) {
        *out++ = point;
        for (size_t i = n; i < d; ++i) *out++ = '0';  // fraction shorter than the decimals asked
        for (size_t i = int_len; i < n; ++i) *out++ = digits[i];
        for (int i = decimals; i < asked; ++i) *out++ = '0';
    }
    return static_cast<size_t>(out - buffer);
}

std::string format_number(double value, int decimals, Lang lang) {
    char buffer[kFormatNumberMax];
    return std::string(buffer, format_number_to(buffer, value, decimals, lang));
}

size_t format_number_short_to(char* buffer, double value, Lang lang, int max_decimals) {
    size_t n = format_number_to(buffer, value, max_decimals, lang);
    if (max_decimals <= 0) return n;  // no decimal point written (format_number_to writes one for any decimals)
    const char point = lang == Lang::En ? '.' : ',';
    while (n > 0 && buffer[n - 1] == '0') --n;
    if (n > 0 && buffer[n - 1] == point) --n;
    return n;
}

// What an amount of money `v` is written with before its number, after a bound word: "Rp. " of "Rp. 1.500.000.000",
// "Rp" of "Rp1.500.000", "IDR " of "IDR 1.000.000"; "Rp " when v is no amount written so.
static std::string_view currency_prefix(const Value& v) {
    constexpr std::string_view kPlain = "Rp ";
    if (v.shape != ValueShape::Money) return kPlain;
    std::string_view s = v.text, rest;
    if (v.bound != Value::Bound::None && bound_prefix(s, rest) != Value::Bound::None) s = rest;
    size_t n = istarts_with(s, "rp") ? 2 : istarts_with(s, "idr") ? 3 : 0;
    if (n == 0) return kPlain;
    if (n < s.size() && s[n] == '.') ++n;
    for (;;) {
        if (n < s.size() && is_space(s[n])) ++n;
        else if (n + 1 < s.size() && s[n] == '\xC2' && s[n + 1] == '\xA0') n += 2;
        else break;
    }
    return s.substr(0, n);
}

Value computed_value(double number, const std::string& unit, const Value& written_like) {
    const std::string shown = format_number_short(number, Lang::Id);
    Value v = parse_value(money_unit(unit)     ? std::string(currency_prefix(written_like)) + shown
                          : unit.empty() ? shown
                                         : shown + " " + unit);
    if (v.number) v.number = number;
    return v;
}

std::string format_number_short(double value, Lang lang, int max_decimals) {
    char buffer[kFormatNumberMax];
    return std::string(buffer, format_number_short_to(buffer, value, lang, max_decimals));
}

std::string normalize_unit(std::string_view unit) {
    std::string_view u = trim(unit);
    std::string out;
    out.reserve(u.size());
    for (char c : u) out += lower(c);
    while (!out.empty() && out.back() == '.') out.pop_back();
    // A word with its sign or abbreviation in brackets, as Satuan columns write it ("Persen (%)", "Rupiah (Rp)",
    // "(%)", "Kegiatan (Keg)"): one unit when both name it, the bracketed one when the word is missing.
    if (const size_t open = out.rfind('('); open != std::string::npos && !out.empty() && out.back() == ')') {
        const std::string word = normalize_unit(std::string_view(out).substr(0, open));
        const std::string sign = normalize_unit(std::string_view(out).substr(open + 1, out.size() - open - 2));
        if (word.empty() || word == sign) return sign;
        if (sign.empty()) return word;
    }
    // Compared as string_views: their lengths first, so most words are passed over without comparing characters.
    const std::string_view o = out;
    if (o == "persen" || o == "percent" || o == "prosen" || o == "persentase" || o == "prosentase") return "%";
    if (o == "rupiah" || o == "idr") return "rp";  // money: "Rp", "Rp.", "Rupiah", "IDR"
    // The abbreviations of IKU documents and their words ("20 kec." and "18 kecamatan" are one unit).
    static const struct { std::string_view abbreviation, word; } kWords[] = {
        {"kec", "kecamatan"}, {"keg", "kegiatan"}, {"dok", "dokumen"}, {"org", "orang"}, {"bln", "bulan"},
        {"thn", "tahun"},     {"lap", "laporan"},  {"pkt", "paket"},   {"kab", "kabupaten"}, {"kel", "kelurahan"},
    };
    for (const auto& w : kWords)
        if (o == w.word) return std::string(w.abbreviation);
    return out;
}

std::optional<double> bracketed_score(std::string_view text) {
    const std::string_view rest = trim(text);
    if (rest.size() < 2 || rest.front() != '(' || rest.back() != ')') return std::nullopt;
    std::string_view inner = trim(rest.substr(1, rest.size() - 2));
    if (istarts_with(inner, "nilai")) inner = trim(inner.substr(5));
    if (!inner.empty() && inner[0] == ':') inner = trim(inner.substr(1));
    return parse_number(inner);
}

std::optional<double> single_number(const Value& v) {
    if (!v.number || v.upper) return std::nullopt;
    if (v.shape != ValueShape::Number && v.shape != ValueShape::Percent && v.shape != ValueShape::Money) return std::nullopt;
    return *v.number;
}

std::optional<double> rupiah_amount(const Value& v) {
    if (!v.number || v.is_range()) return std::nullopt;
    if (v.shape == ValueShape::Money) return v.number;
    if (v.shape != ValueShape::Number) return std::nullopt;
    if (v.unit.empty()) return v.number;
    // Every word of money (normalize_unit's "rp", "rupiah", "idr", rupiah_scale's words, and their bracketed forms)
    // starts with one of these letters or a bracket: other units ("prd", "keg", "kec.") are passed over unnormalized.
    const std::string_view trimmed = trim(v.unit);
    if (trimmed.empty() || !std::strchr("rRiIjJmMtT(", trimmed.front())) return std::nullopt;
    const std::string unit = normalize_unit(trimmed);
    if (unit == "rp") return v.number;
    if (const std::optional<double> scale = rupiah_scale_of_normalized(unit)) return *v.number * *scale;
    return std::nullopt;
}

}  // namespace tolok
