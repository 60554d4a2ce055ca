// The one value parser: turns what people type in IKU documents ("B", "BB (Nilai 75)", "100%", "70 %",
// "20 prd", "20 kec.", "Rp 1.250.000", "12,5", "80-90 %", "n/a") into a typed value, keeping the text as
// written for display. Also the one Indonesian/English number formatter.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diagnostic.h"

namespace tolok {

enum class ValueShape {
    Empty,    // nothing written
    Missing,  // explicitly not available: "n/a", "-", "N/A", "tidak ada data"
    Number,   // a plain number or a count with a unit word: "12,5", "20 prd", "5 keg", "3 pasar"
    Percent,  // "100%", "70 %", "6%"
    Money,    // "Rp 1.250.000", "Rp1.250.000,50"
    Grade,    // a letter grade "B", "BB", "AA", optionally with its score: "BB (Nilai 75)", "B (63,11)"
    Text      // anything else: a status such as "Tersedia"; kept, never computed
};

struct Value {
    // A target written as a bound: "≥ 80%", ">= 80 %", "min. 80%" (at least), "≤ 5%", "maks. 5 %" (at most). The
    // number is the bound's; the capaian is computed on it by the indicator's polarity as usual.
    enum class Bound : unsigned char { None, AtLeast, AtMost };

    std::string text;              // exactly as written (trimmed), used for display and for saving
    ValueShape shape = ValueShape::Empty;
    Bound bound = Bound::None;     // next to `shape`, in its padding: a Value is no larger for it
    std::optional<double> number;  // magnitude: 20 for "20 prd", 100 for "100%", 1250000 for "Rp 1.250.000",
                                   // the lower bound of a range, the score of a grade when written
    std::optional<double> upper;   // upper bound for a range "80-90 %" / "7 - 8 bulan" (number is the lower)
    std::string unit;              // "%", "prd", "kec.", "Rp", "" for plain numbers and grades
    std::string grade;             // "BB" for grades (upper case), empty otherwise

    bool empty() const { return shape == ValueShape::Empty; }
    bool is_range() const { return upper.has_value(); }
    bool numeric() const { return number.has_value(); }
};

// Parses one cell. Never throws; unknown text becomes ValueShape::Text. A number, percentage or amount after
// "≥", ">=", ">", "min.", "minimal", "paling sedikit" (at least) or "≤", "<=", "<", "maks.", "maksimal", "paling
// banyak" (at most) is that number with its bound.
// Number conventions: Indonesian by default ("12,5" = 12.5, "1.250" = 1250, "1.250.000,5"); a dot followed by
// exactly three digits is a thousands separator, otherwise a dot is a decimal point ("6.5" = 6.5).
Value parse_value(std::string_view text);
// A value Tolok computed (a realisasi from formula components, quarters, the evidence log's sum): written as it is
// shown, rounded, with its unit ("83,33 %", "4,67 prd"), its number the exact one the capaian is computed on. An
// amount of money (money_unit) is written as plans write it, the currency first: like `written_like` when that is
// an amount written so (the indicator's target "Rp. 1.500.000.000" gives "Rp. 1.550.000.000"), else "Rp 1.550.000.000".
Value computed_value(double number, const std::string& unit, const Value& written_like = Value{});

// The value as one plain number, for numeric spreadsheet and analysis columns: its number when it is a single
// count, percentage or amount of money; nullopt for grades, ranges, text and empty values.
std::optional<double> single_number(const Value& v);
// A value as an amount in rupiah: "Rp 1.250.000", "Rp 2 miliar", "IDR 1.000.000", a bare number, "1.250.000.000
// rupiah", "12,5 miliar", "850 juta"; nothing for a percentage, a count with another unit word or a range.
std::optional<double> rupiah_amount(const Value& v);

// The score written in brackets after a grade: "(Nilai 75)", "(Nilai: 75)", "(63,11)"; none for anything else.
std::optional<double> bracketed_score(std::string_view text);

// A value as printed beside others: a bare number typed without its unit ("82" for an indicator in %, "20" in prd)
// gets the indicator's unit ("82%", "20 prd"), so a document without a Satuan column still says what it counts; any
// other value (a unit written, a percentage, a grade, text, money) as written.
std::string text_with_unit(const Value& v, const std::string& unit);
// The same rule for computing: a bare number (also a bare bound or range, ">= 80", "80-90") takes the indicator's
// unit, its text as text_with_unit prints it ("20" of an indicator in prd is 20 prd, so it is no longer compared
// with "90 %" as if it were a percentage); any other value is returned as it is. An indicator in Rp gives no unit:
// its bare numbers are amounts already (rupiah_amount).
Value value_in_unit(Value v, const std::string& unit);
// The same in place: for the achievement loop, which would otherwise move two values out and back per row.
void put_in_unit(Value& v, const std::string& unit);
// Whether a unit is money in rupiah: "Rp", "Rp.", "Rupiah", "Rupiah (Rp)", "IDR" (normalize_unit's "rp"). A word that
// scales an amount ("juta", "miliar") is none: "850 juta" is written so.
bool money_unit(std::string_view unit);
// Whether two values are in one unit: either has none, both are percentages, or their units are one by normalize_unit
// ("kec." and "kecamatan"). Amounts of money written with other words ("Rp", "miliar") are compared by rupiah_amount.
bool units_compatible(const Value& a, const Value& b);
// Whether two values can be compared as one measure: in one unit (units_compatible), or both amounts of money however
// written ("Rp 1.250.000.000" and "1,25 miliar", rupiah_amount). Capaian computes only such a pair; charts draw only it.
bool units_comparable(const Value& a, const Value& b);

// Parses a bare number in Indonesian or international style; nullopt when the text is not a number.
std::optional<double> parse_number(std::string_view text);

// A text (a value as typed, a working) with its numbers written for the interface's language: as it is in Indonesian;
// in English each number as the one parser reads it, with English separators ("87,35 %" -> "87.35 %",
// "Rp 1.250.000,5" -> "Rp 1,250,000.5", "6.5" stays); words, grades and dates unchanged.
std::string numbers_in(std::string_view text, Lang lang);
// The same into `out` (cleared first), whose capacity is reused: for loops over millions of values.
void numbers_in(std::string_view text, Lang lang, std::string& out);
// True when a value starts with a number written like "1,250" (1-3 digits, a comma, exactly 3 digits, nothing
// more to the number), after a bound word or a currency if any ("Rp 2,500", ">= 1,250 kec."): read the Indonesian
// way as 1,25, but in English it would mean 1250.
bool comma_may_be_thousands(std::string_view text);
// For such a value, what to tell its writer: how it was read and how to write the thousands; none otherwise. For
// people using the English interface, and for tables (which may come from an English-style spreadsheet).
std::optional<BiText> comma_thousands_note(std::string_view text);

// Rounds a number already scaled to its last shown decimal (98,875 % at 2 decimals: 9887,5) half away from zero.
// Products of decimals land a hair from the half (98,875 is computed as 98,87499999999999): within a few units in
// the last place of it counts as the half, so 98,875 % shows 98,88 as by hand (and by Excel's ROUND). One rule for every
// shown number and for the capaian the category is taken from.
double round_scaled(double scaled);

// Indonesian style: 90.0 -> "90,00" (decimals=2), 1250000 -> "1.250.000" (decimals=0). English: "90.00",
// "1,250,000". Rounds half away from zero. Never prints "nan"/"inf" (callers never pass them; asserts).
std::string format_number(double value, int decimals, Lang lang = Lang::Id);
// The same written into `buffer` (at least kFormatNumberMax bytes, not terminated); returns the length. For hot
// loops that append numbers to a text without a temporary string.
constexpr size_t kFormatNumberMax = 560;
size_t format_number_to(char* buffer, double value, int decimals, Lang lang = Lang::Id);

// Shortest natural form for showing a number inside text: 20 -> "20", 12.5 -> "12,5", 63.11 -> "63,11"
// (at most `max_decimals` decimals, trailing zeros dropped).
std::string format_number_short(double value, Lang lang = Lang::Id, int max_decimals = 2);
size_t format_number_short_to(char* buffer, double value, Lang lang = Lang::Id, int max_decimals = 2);

// Normalises a unit word for comparison: "kec." == "kec" == "Kec" == "kecamatan", "%" == "persen" (the usual
// abbreviations of IKU documents: kec, keg, dok, org, bln, thn, lap, pkt, kab, kel).
std::string normalize_unit(std::string_view unit);

}  // namespace tolok
