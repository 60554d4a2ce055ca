// STUB (being replaced by the engine work): the one value parser and number formatter. See value.h.
#include "value.h"
#include <cstdio>
namespace tolok {
Value parse_value(std::string_view text) { Value v; v.text = std::string(text); v.shape = text.empty() ? ValueShape::Empty : ValueShape::Text; return v; }
std::optional<double> parse_number(std::string_view) { return std::nullopt; }
std::string format_number(double value, int decimals, Lang) { char b[64]; std::snprintf(b, sizeof b, "%.*f", decimals, value); return b; }
std::string format_number_short(double value, Lang lang, int max_decimals) { return format_number(value, max_decimals, lang); }
std::string normalize_unit(std::string_view unit) { return std::string(unit); }
}  // namespace tolok
