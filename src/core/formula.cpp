// The formula engine (see formula.h): a tokenizer and recursive-descent parser for rumus expressions, and an
// evaluator that never yields NaN or infinity (failures are "not computable" with a reason).
#include "formula.h"

#include <cmath>
#include <unordered_map>

#include "formula_ast.h"

namespace tolok {

namespace {

using NodePtr = std::shared_ptr<const FormulaNode>;
constexpr int kMaxDepth = 200;
// A rumus has a few dozen tokens; the cap bounds the height of the tree (a chain "1+1+...+1" is as tall as it is
// long), so evaluating, rendering and freeing it can never exhaust the stack.
constexpr size_t kMaxTokens = 1000;

enum class Tok { Number, Ident, Label, Plus, Minus, Mul, Div, Percent, LParen, RParen, Comma, End, Bad, TooLong };

struct Token {
    Tok kind = Tok::End;
    std::string text;
    int position = 1;  // 1-based character position
};

bool is_ident_start(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80; }
bool is_ident_char(unsigned char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }

Diagnostic formula_error(const std::string& id, int position, std::string message_id, std::string message_en) {
    Diagnostic d;
    d.severity = Severity::Error;
    d.id = id;
    d.location = "position " + std::to_string(position);
    d.message = {std::move(message_id), std::move(message_en)};
    return d;
}

class Lexer {
public:
    explicit Lexer(const std::string& s) : s_(s) {}

    std::vector<Token> run() {
        std::vector<Token> out;
        while (true) {
            skip_space();
            Token t;
            t.position = position_;
            if (i_ >= s_.size()) { t.kind = Tok::End; out.push_back(t); return out; }
            if (out.size() >= kMaxTokens) { t.kind = Tok::TooLong; out.push_back(t); return out; }
            unsigned char c = static_cast<unsigned char>(s_[i_]);
            auto single = [&](Tok k) { t.kind = k; t.text = std::string(1, s_[i_]); advance(1); };
            if (c >= '0' && c <= '9') {
                size_t start = i_;
                while (i_ < s_.size()) {
                    char d = s_[i_];
                    if (d >= '0' && d <= '9') advance(1);
                    else if ((d == '.' || d == ',') && i_ + 1 < s_.size() && s_[i_ + 1] >= '0' && s_[i_ + 1] <= '9') advance(1);
                    else break;
                }
                t.kind = Tok::Number;
                t.text = s_.substr(start, i_ - start);
            } else if (c == '[') {
                advance(1);
                size_t start = i_;
                // A second "[" before any "]" means this one was not closed ("[A / [B] x 100 %"), not a name "A / [B".
                while (i_ < s_.size() && s_[i_] != ']' && s_[i_] != '[') advance_char();
                if (i_ >= s_.size() || s_[i_] == '[') { t.kind = Tok::Bad; t.text = "["; out.push_back(t); return out; }
                t.kind = Tok::Label;
                t.text = s_.substr(start, i_ - start);
                advance(1);
            } else if (s_.compare(i_, 2, "\xC3\x97") == 0) { t.kind = Tok::Mul; t.text = "×"; advance_char(); }
            else if (s_.compare(i_, 2, "\xC3\xB7") == 0) { t.kind = Tok::Div; t.text = "÷"; advance_char(); }
            else if (s_.compare(i_, 3, "\xE2\x88\x92") == 0) { t.kind = Tok::Minus; t.text = "−"; advance_char(); }
            else if (s_.compare(i_, 2, "\xC2\xB7") == 0) { t.kind = Tok::Mul; t.text = "·"; advance_char(); }
            else if ((c == 'x' || c == 'X') && after_operand(out) && i_ + 1 < s_.size() && s_[i_ + 1] >= '0' && s_[i_ + 1] <= '9') {
                single(Tok::Mul);  // "2x3", "[A]x100": a times sign written without spaces
            } else if (is_ident_start(c)) {
                size_t start = i_;
                while (i_ < s_.size() && is_ident_char(static_cast<unsigned char>(s_[i_])) && !at_symbol()) advance_char();
                t.kind = Tok::Ident;
                t.text = s_.substr(start, i_ - start);
            } else if (c == '+') single(Tok::Plus);
            else if (c == '-') single(Tok::Minus);
            else if (c == '*') single(Tok::Mul);
            else if (c == '/' || c == ':') single(Tok::Div);
            else if (c == '%') single(Tok::Percent);
            else if (c == '(') single(Tok::LParen);
            else if (c == ')') single(Tok::RParen);
            else if (c == ',' || c == ';') single(Tok::Comma);
            else {
                t.kind = Tok::Bad;
                size_t start = i_;
                advance_char();
                t.text = s_.substr(start, i_ - start);
                out.push_back(t);
                return out;
            }
            out.push_back(std::move(t));
        }
    }

private:
    // True when the last token ends an operand (so an 'x' that follows is a times sign).
    static bool after_operand(const std::vector<Token>& out) {
        if (out.empty()) return false;
        Tok k = out.back().kind;
        return k == Tok::Number || k == Tok::Label || k == Tok::RParen || k == Tok::Percent;
    }
    bool at_symbol() const {
        return s_.compare(i_, 2, "\xC3\x97") == 0 || s_.compare(i_, 2, "\xC3\xB7") == 0 ||
               s_.compare(i_, 3, "\xE2\x88\x92") == 0 || s_.compare(i_, 2, "\xC2\xB7") == 0 ||
               s_.compare(i_, 2, "\xC2\xA0") == 0;
    }
    void skip_space() {
        while (i_ < s_.size()) {
            char c = s_[i_];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') advance(1);
            else if (s_.compare(i_, 2, "\xC2\xA0") == 0) advance_char();
            else break;
        }
    }
    void advance(size_t n) { i_ += n; position_ += static_cast<int>(n); }
    void advance_char() {  // one UTF-8 character
        unsigned char c = static_cast<unsigned char>(s_[i_]);
        size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
        i_ = std::min(s_.size(), i_ + len);
        ++position_;
    }
    const std::string& s_;
    size_t i_ = 0;
    int position_ = 1;
};

// A token as quoted in a message: at most 40 bytes, cut at a character boundary.
std::string quoted(const std::string& text) {
    if (text.size() <= 40) return text;
    size_t cut = 40;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut) + "...";
}

bool is_x(const Token& t) { return t.kind == Tok::Ident && (t.text == "x" || t.text == "X"); }

const char* const kFunctions[] = {"min", "max", "sum", "avg", "abs", "round", "if"};

std::string lower_ascii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

class Parser {
public:
    Parser(std::vector<Token> tokens, ParsedFormula& out) : t_(std::move(tokens)), out_(out) {}

    NodePtr run() {
        if (t_.size() == 1 && t_[0].kind == Tok::End) {
            fail(formula_error("formula.empty", 1, "rumus kosong", "the formula is empty"));
            return nullptr;
        }
        NodePtr root = expr(0);
        if (!root) return nullptr;
        if (peek().kind == Tok::Percent && t_[pos_ + 1].kind == Tok::End) {
            out_.percent_result = true;
            ++pos_;
        }
        if (peek().kind != Tok::End) {
            unexpected(peek());
            return nullptr;
        }
        return root;
    }

private:
    const Token& peek() const { return t_[pos_]; }
    const Token& next() { return t_[pos_ < t_.size() - 1 ? pos_++ : pos_]; }
    void fail(Diagnostic d) { if (out_.errors.empty()) out_.errors.push_back(std::move(d)); }

    void unexpected(const Token& t) {
        if (t.kind == Tok::Bad && t.text == "[")
            fail(formula_error("formula.unclosed_label", t.position, "kurung siku \"[\" pada posisi " + std::to_string(t.position) + " tidak ditutup",
                               "the \"[\" at position " + std::to_string(t.position) + " is never closed"));
        else if (t.kind == Tok::RParen)
            fail(formula_error("formula.unbalanced_paren", t.position, "kurung tutup \")\" tanpa pasangan pada posisi " + std::to_string(t.position),
                               "\")\" without a matching \"(\" at position " + std::to_string(t.position)));
        else if (t.kind == Tok::End)
            fail(formula_error("formula.unexpected_end", t.position, "rumus berakhir terlalu cepat pada posisi " + std::to_string(t.position),
                               "the formula ends too early at position " + std::to_string(t.position)));
        else
            fail(formula_error("formula.unexpected_token", t.position,
                               "\"" + quoted(t.text) + "\" tidak diharapkan pada posisi " + std::to_string(t.position),
                               "unexpected \"" + quoted(t.text) + "\" at position " + std::to_string(t.position)));
    }

    NodePtr make(FormulaNode n) { return std::make_shared<const FormulaNode>(std::move(n)); }

    NodePtr binary(char op, NodePtr left, NodePtr right) {
        FormulaNode n;
        n.kind = FormulaNode::Kind::Binary;
        n.op = op;
        n.children = {std::move(left), std::move(right)};
        return make(std::move(n));
    }

    bool too_deep(int depth) {
        if (depth <= kMaxDepth) return false;
        fail(formula_error("formula.too_deep", peek().position, "rumus terlalu bertingkat", "the formula is nested too deeply"));
        return true;
    }

    NodePtr expr(int depth) {
        if (too_deep(depth)) return nullptr;
        NodePtr left = term(depth + 1);
        while (left && (peek().kind == Tok::Plus || peek().kind == Tok::Minus)) {
            char op = next().kind == Tok::Plus ? '+' : '-';
            NodePtr right = term(depth + 1);
            if (!right) return nullptr;
            left = binary(op, left, right);
        }
        return left;
    }

    NodePtr term(int depth) {
        if (too_deep(depth)) return nullptr;
        NodePtr left = unary(depth + 1);
        while (left && (peek().kind == Tok::Mul || peek().kind == Tok::Div || is_x(peek()))) {
            char op = next().kind == Tok::Div ? '/' : '*';
            NodePtr right = unary(depth + 1);
            if (!right) return nullptr;
            left = binary(op, left, right);
        }
        return left;
    }

    NodePtr unary(int depth) {
        if (too_deep(depth)) return nullptr;
        if (peek().kind == Tok::Minus || peek().kind == Tok::Plus) {
            bool negate = next().kind == Tok::Minus;
            NodePtr inner = unary(depth + 1);
            if (!inner || !negate) return inner;
            FormulaNode n;
            n.kind = FormulaNode::Kind::Negate;
            n.children = {inner};
            return make(std::move(n));
        }
        return postfix(depth + 1);
    }

    NodePtr postfix(int depth) {
        NodePtr p = primary(depth + 1);
        // A '%' that ends the whole expression marks a percentage result (handled in run()).
        if (p && peek().kind == Tok::Percent && t_[pos_ + 1].kind != Tok::End) {
            next();
            FormulaNode n;
            n.kind = FormulaNode::Kind::Percent;
            n.children = {p};
            return make(std::move(n));
        }
        return p;
    }

    NodePtr primary(int depth) {
        if (too_deep(depth)) return nullptr;
        const Token& t = peek();
        switch (t.kind) {
            case Tok::Number: {
                next();
                auto v = parse_number(t.text);
                if (!v) {
                    fail(formula_error("formula.invalid_number", t.position, "angka \"" + quoted(t.text) + "\" tidak sah pada posisi " + std::to_string(t.position),
                                       "invalid number \"" + quoted(t.text) + "\" at position " + std::to_string(t.position)));
                    return nullptr;
                }
                FormulaNode n;
                n.number = *v;
                return make(std::move(n));
            }
            case Tok::Label: {
                next();
                std::string label = t.text;
                size_t a = label.find_first_not_of(' '), b = label.find_last_not_of(' ');
                label = a == std::string::npos ? "" : label.substr(a, b - a + 1);
                if (label.empty()) {
                    fail(formula_error("formula.empty_label", t.position, "label komponen kosong \"[]\" pada posisi " + std::to_string(t.position),
                                       "empty component label \"[]\" at position " + std::to_string(t.position)));
                    return nullptr;
                }
                return reference(label, true);
            }
            case Tok::Ident: {
                next();
                if (peek().kind == Tok::LParen) return call(t, depth);
                if (is_x(t)) {
                    fail(formula_error("formula.x_as_name", t.position, "\"x\" adalah tanda kali, bukan nama komponen (posisi " + std::to_string(t.position) + ")",
                                       "\"x\" is the multiplication sign, not a component name (position " + std::to_string(t.position) + ")"));
                    return nullptr;
                }
                if (peek().kind == Tok::Ident && !is_x(peek())) {
                    const Token& n2 = peek();
                    fail(formula_error("formula.unexpected_token", n2.position,
                                       "\"" + quoted(n2.text) + "\" tidak diharapkan pada posisi " + std::to_string(n2.position) +
                                           "; nama dengan spasi ditulis dalam kurung siku, mis. [" + quoted(t.text) + " " + quoted(n2.text) + "]",
                                       "unexpected \"" + quoted(n2.text) + "\" at position " + std::to_string(n2.position) +
                                           "; names with spaces go in square brackets, e.g. [" + quoted(t.text) + " " + quoted(n2.text) + "]"));
                    return nullptr;
                }
                return reference(t.text, false);
            }
            case Tok::LParen: {
                next();
                NodePtr inner = expr(depth + 1);
                if (!inner) return nullptr;
                if (peek().kind != Tok::RParen) {
                    fail(formula_error("formula.unbalanced_paren", t.position,
                                       "kurung buka \"(\" pada posisi " + std::to_string(t.position) + " tidak ditutup",
                                       "the \"(\" at position " + std::to_string(t.position) + " is never closed"));
                    return nullptr;
                }
                next();
                return inner;
            }
            default:
                unexpected(t);
                return nullptr;
        }
    }

    NodePtr reference(const std::string& name, bool bracketed) {
        bool known = false;
        for (const auto& r : out_.references)
            if (r == name) known = true;
        if (!known) out_.references.push_back(name);
        FormulaNode n;
        n.kind = FormulaNode::Kind::Reference;
        n.name = name;
        n.bracketed = bracketed;
        return make(std::move(n));
    }

    NodePtr call(const Token& name_token, int depth) {
        std::string name = lower_ascii(name_token.text);
        bool known = false;
        for (const char* f : kFunctions)
            if (name == f) known = true;
        if (!known) {
            fail(formula_error("formula.unknown_function", name_token.position,
                               "fungsi \"" + quoted(name_token.text) + "\" tidak dikenal (posisi " + std::to_string(name_token.position) +
                                   "); yang ada: min, max, sum, avg, abs, round, if",
                               "unknown function \"" + quoted(name_token.text) + "\" (position " + std::to_string(name_token.position) +
                                   "); available: min, max, sum, avg, abs, round, if"));
            return nullptr;
        }
        const Token& open = next();  // '('
        FormulaNode n;
        n.kind = FormulaNode::Kind::Call;
        n.name = name;
        if (peek().kind != Tok::RParen) {
            while (true) {
                NodePtr arg = expr(depth + 1);
                if (!arg) return nullptr;
                n.children.push_back(arg);
                if (peek().kind == Tok::Comma) { next(); continue; }
                break;
            }
        }
        if (peek().kind != Tok::RParen) {
            if (peek().kind == Tok::End)
                fail(formula_error("formula.unbalanced_paren", open.position,
                                   "kurung buka \"(\" pada posisi " + std::to_string(open.position) + " tidak ditutup",
                                   "the \"(\" at position " + std::to_string(open.position) + " is never closed"));
            else
                unexpected(peek());
            return nullptr;
        }
        next();
        size_t argc = n.children.size();
        bool ok = (name == "abs") ? argc == 1 : (name == "round") ? (argc == 1 || argc == 2) : (name == "if") ? argc == 3 : argc >= 1;
        if (!ok) {
            fail(formula_error("formula.wrong_arg_count", name_token.position,
                               "jumlah argumen fungsi " + name + " salah (" + std::to_string(argc) + ") pada posisi " + std::to_string(name_token.position),
                               "wrong number of arguments for " + name + " (" + std::to_string(argc) + ") at position " + std::to_string(name_token.position)));
            return nullptr;
        }
        return make(std::move(n));
    }

    std::vector<Token> t_;
    ParsedFormula& out_;
    size_t pos_ = 0;
};

// Component lookup key: lower case, runs of spaces collapsed, trimmed.
std::string lookup_key(const std::string& name) {
    std::string out;
    bool space = false;
    for (char c : name) {
        if (c == ' ' || c == '\t' || c == '_') { space = !out.empty(); continue; }
        if (space) { out += ' '; space = false; }
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

struct Evaluator {
    const std::unordered_map<std::string, double>& values;
    BiText reason;

    std::optional<double> fail(std::string id_text, std::string en_text) {
        if (reason.id.empty()) reason = {std::move(id_text), std::move(en_text)};
        return std::nullopt;
    }

    std::optional<double> finite(double v) {
        if (std::isfinite(v)) return v;
        return fail("hasil tidak terhingga", "the result is not finite");
    }

    std::optional<double> eval(const FormulaNode& n) {
        switch (n.kind) {
            case FormulaNode::Kind::Number: return n.number;
            case FormulaNode::Kind::Reference: {
                auto it = values.find(lookup_key(n.name));
                if (it == values.end())
                    return fail("komponen \"" + n.name + "\" belum diisi", "component \"" + n.name + "\" has no value");
                return finite(it->second);
            }
            case FormulaNode::Kind::Negate: {
                auto v = eval(*n.children[0]);
                if (!v) return v;
                return -*v;
            }
            case FormulaNode::Kind::Percent: {
                auto v = eval(*n.children[0]);
                if (!v) return v;
                return *v / 100.0;
            }
            case FormulaNode::Kind::Binary: {
                auto a = eval(*n.children[0]);
                if (!a) return a;
                auto b = eval(*n.children[1]);
                if (!b) return b;
                switch (n.op) {
                    case '+': return finite(*a + *b);
                    case '-': return finite(*a - *b);
                    case '*': return finite(*a * *b);
                    default:
                        if (*b == 0) return fail("pembagian dengan nol", "division by zero");
                        return finite(*a / *b);
                }
            }
            case FormulaNode::Kind::Call: return call(n);
        }
        return std::nullopt;
    }

    std::optional<double> call(const FormulaNode& n) {
        if (n.name == "if") {
            auto c = eval(*n.children[0]);
            if (!c) return c;
            return eval(*n.children[*c != 0 ? 1 : 2]);
        }
        std::vector<double> args;
        args.reserve(n.children.size());
        for (const auto& c : n.children) {
            auto v = eval(*c);
            if (!v) return v;
            args.push_back(*v);
        }
        if (n.name == "abs") return std::fabs(args[0]);
        if (n.name == "round") {
            double digits = args.size() > 1 ? std::round(args[1]) : 0;
            if (digits < 0 || digits > 10) return fail("round: jumlah desimal harus 0 sampai 10", "round: digits must be 0 to 10");
            double scale = std::pow(10.0, digits);
            return finite(std::round(args[0] * scale) / scale);
        }
        double acc = n.name == "min" || n.name == "max" ? args[0] : 0;
        for (double v : args) {
            if (n.name == "min") acc = std::min(acc, v);
            else if (n.name == "max") acc = std::max(acc, v);
            else acc += v;
        }
        if (n.name == "avg") acc /= static_cast<double>(args.size());
        return finite(acc);
    }
};

}  // namespace

ParsedFormula parse_formula(const std::string& expression) {
    ParsedFormula out;
    Lexer lexer(expression);
    std::vector<Token> tokens = lexer.run();
    if (!tokens.empty() && tokens.back().kind == Tok::TooLong) {
        const int pos = tokens.back().position;
        out.errors.push_back(formula_error("formula.too_long", pos,
                                           "rumus terlalu panjang: lebih dari " + std::to_string(kMaxTokens) + " bagian (posisi " + std::to_string(pos) + ")",
                                           "the formula is too long: more than " + std::to_string(kMaxTokens) + " parts (position " + std::to_string(pos) + ")"));
        return out;
    }
    if (!tokens.empty() && tokens.back().kind == Tok::Bad) {
        const Token& bad = tokens.back();
        if (bad.text == "[")
            out.errors.push_back(formula_error("formula.unclosed_label", bad.position,
                                               "kurung siku \"[\" pada posisi " + std::to_string(bad.position) + " tidak ditutup",
                                               "the \"[\" at position " + std::to_string(bad.position) + " is never closed"));
        else
            out.errors.push_back(formula_error("formula.unexpected_token", bad.position,
                                               "tanda \"" + quoted(bad.text) + "\" tidak dikenal pada posisi " + std::to_string(bad.position),
                                               "unknown character \"" + quoted(bad.text) + "\" at position " + std::to_string(bad.position)));
        return out;
    }
    Parser parser(std::move(tokens), out);
    NodePtr root = parser.run();
    if (out.errors.empty()) out.root = root;
    else out.references.clear();
    return out;
}

FormulaResult evaluate_formula(const ParsedFormula& formula, const std::map<std::string, double>& values) {
    FormulaResult r;
    if (!formula.ok()) {
        r.reason = {"rumus tidak sah", "the formula is invalid"};
        if (!formula.errors.empty()) r.reason = formula.errors.front().message;
        return r;
    }
    std::unordered_map<std::string, double> keyed;
    keyed.reserve(values.size());
    for (const auto& [k, v] : values) keyed.emplace(lookup_key(k), v);
    Evaluator e{keyed, {}};
    auto v = e.eval(*formula.root);
    if (v && std::isfinite(*v)) r.value = *v;
    else r.reason = e.reason.id.empty() ? BiText{"hasil tidak terhingga", "the result is not finite"} : e.reason;
    return r;
}

bool refers_to(const std::string& reference, const Component& component) {
    const std::string key = lookup_key(reference);
    return lookup_key(component.id) == key || lookup_key(component.label) == key;
}

FormulaResult evaluate_formula(const Formula& formula, const std::map<std::string, double>& component_values) {
    if (formula.expression.empty()) {
        FormulaResult r;
        r.reason = {"rumus tidak memiliki ekspresi yang dapat dihitung", "the formula has no computable expression"};
        return r;
    }
    ParsedFormula parsed = parse_formula(formula.expression);
    // With a component list, every name in the expression must be one of them (by id or label).
    if (parsed.ok() && !formula.components.empty()) {
        for (const auto& ref : parsed.references) {
            bool known = false;
            for (const auto& c : formula.components) known = known || refers_to(ref, c);
            if (!known) {
                FormulaResult r;
                r.reason = {"komponen \"" + ref + "\" tidak ada dalam daftar komponen rumus",
                            "component \"" + ref + "\" is not one of the formula's components"};
                return r;
            }
        }
    }
    std::map<std::string, double> values = component_values;
    for (const auto& c : formula.components) {
        auto it = component_values.find(c.id);
        if (it != component_values.end() && !c.label.empty()) values.emplace(c.label, it->second);
    }
    return evaluate_formula(parsed, values);
}

}  // namespace tolok
