// Formula text helpers (see formula.h): rendering an expression as readable text, turning transcribed LaTeX
// ("\frac{A}{B} \times 100 \%") into plain text, and deriving a computable expression from a printed rumus.
#include <cctype>

#include "formula.h"
#include "formula_ast.h"

namespace tolok {

namespace {

int precedence(const FormulaNode& n) {
    if (n.kind == FormulaNode::Kind::Binary) return (n.op == '+' || n.op == '-') ? 1 : 2;
    return 3;
}

void render(const FormulaNode& n, std::string& out) {
    switch (n.kind) {
        case FormulaNode::Kind::Number: out += format_number_short(n.number, Lang::Id, 6); break;
        case FormulaNode::Kind::Reference: out += n.name; break;
        case FormulaNode::Kind::Negate:
            out += "-";
            if (precedence(*n.children[0]) < 3) { out += "("; render(*n.children[0], out); out += ")"; }
            else render(*n.children[0], out);
            break;
        case FormulaNode::Kind::Percent:  // "(a + b)%" keeps its parentheses
            if (precedence(*n.children[0]) < 3) { out += "("; render(*n.children[0], out); out += ")"; }
            else render(*n.children[0], out);
            out += "%";
            break;
        case FormulaNode::Kind::Binary: {
            int p = precedence(n);
            const FormulaNode& a = *n.children[0];
            const FormulaNode& b = *n.children[1];
            bool wrap_a = precedence(a) < p;
            bool wrap_b = precedence(b) < p || (precedence(b) == p && (n.op == '-' || n.op == '/'));
            if (wrap_a) out += "(";
            render(a, out);
            if (wrap_a) out += ")";
            out += n.op == '*' ? " × " : n.op == '/' ? " / " : n.op == '+' ? " + " : " - ";
            if (wrap_b) out += "(";
            render(b, out);
            if (wrap_b) out += ")";
            break;
        }
        case FormulaNode::Kind::Call:
            out += n.name + "(";
            for (size_t i = 0; i < n.children.size(); ++i) {
                if (i) out += "; ";
                render(*n.children[i], out);
            }
            out += ")";
            break;
    }
}

std::string collapse_spaces(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { space = !out.empty(); continue; }
        if (space) { out += ' '; space = false; }
        out += c;
    }
    return out;
}

// Reads a {...} group starting at s[i] == '{'; returns its content and moves i past the closing brace.
std::string read_group(const std::string& s, size_t& i) {
    if (i >= s.size() || s[i] != '{') return {};
    int depth = 0;
    size_t start = i + 1;
    for (; i < s.size(); ++i) {
        if (s[i] == '{') ++depth;
        else if (s[i] == '}' && --depth == 0) {
            std::string inner = s.substr(start, i - start);
            ++i;
            return inner;
        }
    }
    return s.substr(start);
}

void skip_spaces(const std::string& s, size_t& i) {
    while (i < s.size() && s[i] == ' ') ++i;
}

bool has_operator(const std::string& s) {
    return s.find(" + ") != std::string::npos || s.find(" - ") != std::string::npos;
}

// Groups nested deeper than this are dropped: real rumus nest two or three levels, and the cap keeps garbage input
// from exhausting the stack.
constexpr int kMaxLatexDepth = 32;

std::string latex_body_to_plain(const std::string& s, int depth = 0) {
    std::string out;
    if (depth > kMaxLatexDepth) return out;
    size_t i = 0;
    while (i < s.size()) {
        if (s[i] == '$') { ++i; continue; }
        if (s[i] == '{' || s[i] == '}') { ++i; continue; }
        if (s[i] != '\\') { out += s[i++]; continue; }
        size_t j = i + 1;
        while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
        std::string cmd = s.substr(i + 1, j - i - 1);
        if (cmd.empty()) {  // escaped symbol: \% \, \; \{ ...
            if (j < s.size()) {
                char c = s[j];
                if (c == '%' || c == '{' || c == '}' || c == '$' || c == '&' || c == '_' || c == '#') out += c;
                else out += ' ';
                i = j + 1;
            } else {
                i = j;
            }
            continue;
        }
        i = j;
        if (cmd == "frac" || cmd == "dfrac" || cmd == "tfrac") {
            skip_spaces(s, i);
            std::string num = latex_body_to_plain(read_group(s, i), depth + 1);
            skip_spaces(s, i);
            std::string den = latex_body_to_plain(read_group(s, i), depth + 1);
            num = collapse_spaces(num);
            den = collapse_spaces(den);
            if (has_operator(num)) num = "(" + num + ")";
            if (has_operator(den) || den.find(" / ") != std::string::npos) den = "(" + den + ")";
            out += " " + num + " / " + den + " ";
        } else if (cmd == "text" || cmd == "mathrm" || cmd == "textrm" || cmd == "mbox" || cmd == "textit" ||
                   cmd == "mathit" || cmd == "textbf" || cmd == "mathbf" || cmd == "operatorname") {
            skip_spaces(s, i);
            out += latex_body_to_plain(read_group(s, i), depth + 1);
        } else if (cmd == "times" || cmd == "cdot") {
            out += " × ";
        } else if (cmd == "div") {
            out += " ÷ ";
        } else if (cmd == "left" || cmd == "right" || cmd == "quad" || cmd == "qquad") {
            out += ' ';
        } else {
            out += ' ';
        }
    }
    return out;
}

bool is_operator_word(const std::string& w) {
    return w == "/" || w == "x" || w == "X" || w == "×" || w == "*" || w == "÷" || w == ":" || w == "+" || w == "-";
}

}  // namespace

std::string formula_to_text(const ParsedFormula& formula) {
    if (!formula.root) return {};
    std::string out;
    render(*formula.root, out);
    if (formula.percent_result) out += " %";
    return out;
}

std::string latex_to_plain(const std::string& text) {
    if (text.find('\\') == std::string::npos && text.find('$') == std::string::npos) return text;
    std::string plain = collapse_spaces(latex_body_to_plain(text));
    // "100 %" keeps its space as in the printed rumus; "( A )" loses the inner ones.
    std::string out;
    for (size_t i = 0; i < plain.size(); ++i) {
        if (plain[i] == ' ' && ((i > 0 && plain[i - 1] == '(') || (i + 1 < plain.size() && plain[i + 1] == ')'))) continue;
        out += plain[i];
    }
    return out;
}

std::string component_id_from_label(const std::string& label) {
    std::string out;
    bool sep = false;
    for (unsigned char c : label) {
        if (std::isalnum(c) && c < 0x80) {
            if (sep && !out.empty()) out += '_';
            sep = false;
            out += static_cast<char>(std::tolower(c));
        } else {
            sep = true;
        }
    }
    if (out.empty()) return "c";
    if (std::isdigit(static_cast<unsigned char>(out[0]))) out = "c_" + out;
    return out;
}

std::optional<Formula> derive_formula(const std::string& printed_text) {
    std::string plain = collapse_spaces(latex_to_plain(printed_text));
    // Words separated by spaces; an operator is a word of its own ("/" inside "Barang/jasa" is part of a label).
    std::vector<std::string> words;
    {
        std::string w;
        for (char c : plain) {
            if (c == ' ') { if (!w.empty()) words.push_back(w); w.clear(); }
            else w += c;
        }
        if (!w.empty()) words.push_back(w);
    }
    if (words.size() > 200) return std::nullopt;  // a printed rumus is a line, not a page
    Formula f;
    f.text = plain;
    std::string expression;
    std::string label;
    bool has_division_or_product = false, has_label = false;
    auto flush_label = [&]() -> bool {
        if (label.empty()) return false;
        std::string trimmed = label;
        // Parentheses around a whole label belong to the expression.
        std::string open, close;
        while (!trimmed.empty() && trimmed.front() == '(') { open += '('; trimmed.erase(0, 1); }
        while (!trimmed.empty() && trimmed.back() == ')') { close += ')'; trimmed.pop_back(); }
        if (trimmed.empty()) return false;
        if (parse_number(trimmed)) {
            // As printed: the expression reads numbers with the same parser ("x 1.000" is a thousand). Re-writing
            // it in English style ("1,000") made it a decimal one.
            expression += open + trimmed + close;
        } else {
            if (trimmed.find('[') != std::string::npos || trimmed.find(']') != std::string::npos) return false;
            expression += open + "[" + trimmed + "]" + close;
            bool known = false;
            for (const auto& c : f.components)
                if (c.label == trimmed) known = true;
            if (!known) {
                std::string id = component_id_from_label(trimmed);
                std::string unique = id;
                for (int k = 2;; ++k) {
                    bool taken = false;
                    for (const auto& c : f.components)
                        if (c.id == unique) taken = true;
                    if (!taken) break;
                    unique = id + "_" + std::to_string(k);
                }
                f.components.push_back(Component{unique, trimmed, ""});
            }
            has_label = true;
        }
        label.clear();
        return true;
    };
    for (size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        bool last = i + 1 == words.size();
        if (w == "%" && last) {
            if (!flush_label()) return std::nullopt;
            expression += " %";
            continue;
        }
        if (is_operator_word(w)) {
            if (!flush_label()) return std::nullopt;
            char op = (w == "/" || w == "÷" || w == ":") ? '/' : (w == "+" || w == "-") ? w[0] : '*';
            if (op == '/' || op == '*') has_division_or_product = true;
            expression += std::string(" ") + (op == '*' ? "x" : std::string(1, op)) + " ";
            continue;
        }
        std::string word = w;
        if (word.size() > 1 && word.back() == '%' && last) {  // "100%"
            word.pop_back();
            if (!label.empty()) label += ' ';
            label += word;
            if (!flush_label()) return std::nullopt;
            expression += " %";
            continue;
        }
        if (!label.empty()) label += ' ';
        label += word;
    }
    if (!label.empty() && !flush_label()) return std::nullopt;
    if (!has_division_or_product || !has_label) return std::nullopt;
    f.expression = expression;
    if (!parse_formula(f.expression).ok()) return std::nullopt;
    return f;
}

}  // namespace tolok
