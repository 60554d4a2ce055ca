// The formula engine: parses rumus expressions such as "[Jumlah Type OPD] / [Jumlah OPD] x 100 %" and
// evaluates them over component values. Never yields NaN or infinity: failures are "not computable" with a reason.
//
// Grammar (precedence low to high):
//   expr    := term (('+' | '-') term)*
//   term    := unary (('*' | 'x' | 'X' | '×' | '/' | ':' | '÷') unary)*
//   unary   := ('-' | '+') unary | postfix
//   postfix := primary ('%')?          a '%' after a number inside the expression means /100 ("50%" = 0.5);
//                                      a '%' that ends the whole expression marks the result as a percentage
//                                      and does not change it ("a / b x 100 %" = a/b*100, unit "%")
//   primary := number | identifier | '[' label ']' | call | '(' expr ')'
//   call    := name '(' expr (',' | ';') ... ')'   name in min, max, sum, avg, abs, round, if
// Numbers accept Indonesian decimals ("12,5") when unambiguous; in argument lists use ';' or ", " after
// Indonesian decimals. 'x' is multiplication only between operands (an identifier named x is not allowed).
// round(v) or round(v, digits); if(cond, a, b) takes a when cond != 0.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "model.h"

namespace tolok {

struct FormulaNode;  // AST node (defined in formula.cpp)

struct ParsedFormula {
    std::shared_ptr<const FormulaNode> root;  // null when parsing failed
    Diagnostics errors;                        // id "formula.*", location "position N" (1-based, in characters)
    std::vector<std::string> references;       // component names in order of first use, as written (label or id)
    bool percent_result = false;               // expression ended with '%'
    bool ok() const { return root != nullptr && errors.empty(); }
};

ParsedFormula parse_formula(const std::string& expression);

struct FormulaResult {
    std::optional<double> value;  // none = not computable
    BiText reason;                // why not computable (division by zero, missing component "Jumlah OPD" ...)
    bool computable() const { return value.has_value(); }
};

// Looks up components by id or by label (case-insensitive, spaces collapsed).
FormulaResult evaluate_formula(const ParsedFormula& formula, const std::map<std::string, double>& values);

// Evaluates an indicator formula with an actual's component values (component ids as keys; labels resolved
// through formula.components).
FormulaResult evaluate_formula(const Formula& formula, const std::map<std::string, double>& component_values);

// Renders an expression back as readable text ("Jumlah Type OPD / Jumlah OPD × 100 %").
std::string formula_to_text(const ParsedFormula& formula);

// Converts LaTeX-ish formula text found in transcribed documents to plain text:
// "$\frac{\text{A}}{\text{B}} \times 100 \%$" -> "A / B × 100 %".
std::string latex_to_plain(const std::string& text);

// From a printed rumus, derives a computable expression and its components when the text is clearly a formula
// (a fraction or a product with "x 100 %"), e.g. "Jumlah Type OPD / Jumlah OPD × 100 %" ->
// expression "[Jumlah Type OPD] / [Jumlah OPD] x 100 %", components {jumlah_type_opd, "Jumlah Type OPD"}, ...
// Returns nullopt for descriptive text such as "Nilai Hasil Evaluasi AKIP oleh Inspektorat".
std::optional<Formula> derive_formula(const std::string& printed_text);

// Identifier made from a label: "Jumlah Type OPD" -> "jumlah_type_opd".
std::string component_id_from_label(const std::string& label);

// Whether a name written in an expression ("[jumlah  type opd]") refers to this component, by id or label, as the
// evaluation reads it (case-insensitive, spaces collapsed).
bool refers_to(const std::string& reference, const Component& component);

}  // namespace tolok
