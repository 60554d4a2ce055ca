// The rumus as readable math in the printed documents: "A / B × 100 %" becomes a stacked fraction (numerator
// over denominator with a rule) followed by "× 100 %", built from the formula's parse tree (formula.h). A printed
// rumus without an expression is first read with derive_formula; descriptive text is printed as it is.
#include <optional>

#include "formula.h"
#include "formula_ast.h"
#include "report_common.h"
#include "value.h"

namespace tolok::report {

namespace {

int precedence(const FormulaNode& n) {
    if (n.kind == FormulaNode::Kind::Binary) return (n.op == '+' || n.op == '-') ? 1 : 2;
    return 3;
}

// Label of a reference: the component's label when the expression names it by id.
std::string reference_label(const Formula& f, const std::string& name) {
    for (const auto& c : f.components)
        if (c.id == name) return c.label.empty() ? c.id : c.label;
    return name;
}

void node_html(HtmlWriter& w, const Formula& f, const FormulaNode& n, int depth);

void wrapped(HtmlWriter& w, const Formula& f, const FormulaNode& n, bool wrap, int depth) {
    if (wrap) w.text("(");
    node_html(w, f, n, depth + 1);
    if (wrap) w.text(")");
}

void node_html(HtmlWriter& w, const Formula& f, const FormulaNode& n, int depth) {
    if (depth > 64) { w.text("…"); return; }  // parse depth is bounded already; a second guard costs nothing
    switch (n.kind) {
        case FormulaNode::Kind::Number: w.text(format_number_short(n.number, Lang::Id, 6)); break;
        case FormulaNode::Kind::Reference: w.text(reference_label(f, n.name)); break;
        case FormulaNode::Kind::Negate:
            w.text("-");
            wrapped(w, f, *n.children[0], precedence(*n.children[0]) < 3, depth);
            break;
        case FormulaNode::Kind::Percent:
            wrapped(w, f, *n.children[0], precedence(*n.children[0]) < 3, depth);
            w.text("%");
            break;
        case FormulaNode::Kind::Binary: {
            const FormulaNode& a = *n.children[0];
            const FormulaNode& b = *n.children[1];
            if (n.op == '/') {  // stacked: no parentheses needed inside
                w.open("span", {{"class", "frac"}}).open("span", {{"class", "num"}});
                node_html(w, f, a, depth + 1);
                w.close("span").open("span", {{"class", "den"}});
                node_html(w, f, b, depth + 1);
                w.close("span").close("span");
                break;
            }
            int p = precedence(n);
            wrapped(w, f, a, precedence(a) < p, depth);
            w.text(n.op == '*' ? "\u00a0×\u00a0" : n.op == '+' ? "\u00a0+\u00a0" : "\u00a0−\u00a0");  // no-break spaces keep "× 100 %" together
            wrapped(w, f, b, precedence(b) < p || (precedence(b) == p && n.op == '-'), depth);
            break;
        }
        case FormulaNode::Kind::Call:
            w.text(n.name + "(");
            for (size_t i = 0; i < n.children.size(); ++i) {
                if (i) w.text("; ");
                node_html(w, f, *n.children[i], depth + 1);
            }
            w.text(")");
            break;
    }
}

}  // namespace

void formula_html(HtmlWriter& w, const Formula& formula) {
    std::optional<Formula> derived;
    const Formula* f = &formula;
    if (formula.expression.empty()) {
        derived = derive_formula(formula.text);
        if (derived && !derived->expression.empty()) f = &*derived;
    }
    if (!f->expression.empty()) {
        ParsedFormula parsed = parse_formula(f->expression);
        if (parsed.ok()) {
            w.open("span", {{"class", "formula"}});
            node_html(w, *f, *parsed.root, 0);
            if (parsed.percent_result) w.text("\u00a0%");
            w.close("span");
            return;
        }
    }
    w.text(latex_to_plain(formula.text));
}

}  // namespace tolok::report
