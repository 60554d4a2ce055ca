// STUB (being replaced by the engine work): the formula engine. See formula.h.
#include "formula.h"
namespace tolok {
struct FormulaNode {};
ParsedFormula parse_formula(const std::string&) { return {}; }
FormulaResult evaluate_formula(const ParsedFormula&, const std::map<std::string, double>&) { return {}; }
FormulaResult evaluate_formula(const Formula&, const std::map<std::string, double>&) { return {}; }
std::string formula_to_text(const ParsedFormula&) { return {}; }
std::string latex_to_plain(const std::string& text) { return text; }
std::optional<Formula> derive_formula(const std::string&) { return std::nullopt; }
std::string component_id_from_label(const std::string& label) { return label; }
}  // namespace tolok
