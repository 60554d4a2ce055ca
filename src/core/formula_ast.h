// Internal: the formula syntax tree shared by the parser/evaluator (formula.cpp) and the text renderers
// (formula_text.cpp). Not part of the public API (see formula.h).
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace tolok {

struct FormulaNode {
    enum class Kind { Number, Reference, Negate, Percent, Binary, Call } kind = Kind::Number;
    double number = 0;        // Number
    std::string name;         // Reference: component name as written; Call: function name (lower case)
    bool bracketed = false;   // Reference written as [label]
    char op = 0;              // Binary: '+', '-', '*', '/'
    std::vector<std::shared_ptr<const FormulaNode>> children;
};

}  // namespace tolok
