// Tests of the formula engine (core/formula.h): precedence, the operators people write, functions, errors with
// positions, "not computable" instead of NaN/inf, LaTeX from transcribed documents, deriving the seed's rumus.
#include <doctest/doctest.h>

#include "core/formula.h"

using namespace tolok;

namespace {
std::optional<double> calc(const std::string& text, const std::map<std::string, double>& values = {}) {
    ParsedFormula f = parse_formula(text);
    REQUIRE_MESSAGE(f.ok(), text);
    return evaluate_formula(f, values).value;
}
std::string first_error(const std::string& text) {
    ParsedFormula f = parse_formula(text);
    REQUIRE_FALSE(f.ok());
    REQUIRE_FALSE(f.errors.empty());
    return f.errors.front().id + " " + f.errors.front().location;
}
}  // namespace

TEST_SUITE("formula") {

TEST_CASE("precedence and the operators people write") {
    CHECK(*calc("2 + 3 x 4") == 14);
    CHECK(*calc("2 + 3 * 4") == 14);
    CHECK(*calc("2 + 3 × 4") == 14);
    CHECK(*calc("(2 + 3) * 4") == 20);
    CHECK(*calc("10 : 4") == 2.5);
    CHECK(*calc("10 ÷ 4") == 2.5);
    CHECK(*calc("10 / 4 / 5") == doctest::Approx(0.5));
    CHECK(*calc("10 - 4 - 3") == 3);
    CHECK(*calc("-3 + 5") == 2);
    CHECK(*calc("2 x -3") == -6);
    CHECK(*calc("12,5 x 2") == 25);
    CHECK(*calc("50% x 10") == 5);       // an inner n% is n/100
    CHECK(*calc("2x3") == 6);            // a times sign written without spaces
    CHECK(*calc("[A]x100", {{"A", 0.5}}) == 50);
    CHECK(*calc("(1 + 1)X3") == 6);
    CHECK(*calc("x3 + 1", {{"x3", 2}}) == 3);  // no operand before it: the name x3
    ParsedFormula p = parse_formula("18 / 20 x 100 %");
    CHECK(p.percent_result);              // a trailing % marks the result as a percentage
    CHECK(*evaluate_formula(p, {}).value == doctest::Approx(90));
}

TEST_CASE("components by identifier and by bracketed label") {
    std::map<std::string, double> v{{"Jumlah Type OPD", 28}, {"jumlah_opd", 35}};
    ParsedFormula f = parse_formula("[Jumlah Type OPD] / [jumlah   opd] x 100 %");
    REQUIRE(f.ok());
    CHECK(f.references == std::vector<std::string>{"Jumlah Type OPD", "jumlah   opd"});
    CHECK(*evaluate_formula(f, v).value == doctest::Approx(80));
    CHECK(*calc("a + b * 2", {{"a", 1}, {"b", 4}}) == 9);
    // One rule for which component a name refers to, for the evaluation and the editor (which offered to add
    // "jumlah   opd" again beside "Jumlah OPD", and could not tell a component the expression no longer uses).
    const Component opd{"jumlah_opd", "Jumlah OPD", ""};
    CHECK(refers_to("jumlah   opd", opd));
    CHECK(refers_to("JUMLAH OPD", opd));
    CHECK(refers_to("jumlah_opd", opd));
    CHECK_FALSE(refers_to("Jumlah OPD aktif", opd));
}

TEST_CASE("functions") {
    CHECK(*calc("min(3; 1; 2)") == 1);
    CHECK(*calc("max(3, 1, 2)") == 3);
    CHECK(*calc("sum(1; 2; 3)") == 6);
    CHECK(*calc("avg(1; 2; 3; 4)") == 2.5);
    CHECK(*calc("abs(-2)") == 2);
    CHECK(*calc("round(2,345; 2)") == doctest::Approx(2.35));
    CHECK(*calc("round(2.5)") == 3);
    CHECK(*calc("if(a - 5; 10; 20)", {{"a", 5}}) == 20);
    CHECK(*calc("IF(a; 10; 20)", {{"a", 1}}) == 10);
}

TEST_CASE("not computable, never NaN or infinity") {
    SUBCASE("division by zero") {
        FormulaResult r = evaluate_formula(parse_formula("a / b x 100 %"), {{"a", 3}, {"b", 0}});
        CHECK_FALSE(r.computable());
        CHECK(r.reason.id == "pembagian dengan nol");
        CHECK(r.reason.en == "division by zero");
    }
    SUBCASE("missing component") {
        FormulaResult r = evaluate_formula(parse_formula("[Jumlah Konflik] / [Jumlah OPD]"), {{"Jumlah Konflik", 3}});
        CHECK_FALSE(r.computable());
        CHECK(r.reason.id == "komponen \"Jumlah OPD\" belum diisi");
    }
    SUBCASE("missing and unknown components of an indicator formula") {
        Formula f{"Jumlah Type OPD / Jumlah OPD × 100 %", "[Jumlah Type OPD] / [Jumlah OPD] x 100 %",
                  {{"jumlah_type_opd", "Jumlah Type OPD", ""}, {"jumlah_opd", "Jumlah OPD", ""}}};
        FormulaResult missing = evaluate_formula(f, {{"jumlah_type_opd", 28}});
        CHECK_FALSE(missing.computable());
        CHECK(missing.reason.id == "komponen \"Jumlah OPD\" belum diisi");
        CHECK(missing.reason.en == "component \"Jumlah OPD\" has no value");
        f.expression = "[Jumlah Type OPD] / [Jumlah Kecamatan] x 100 %";
        FormulaResult unknown = evaluate_formula(f, {{"jumlah_type_opd", 28}, {"jumlah_opd", 35}});
        CHECK_FALSE(unknown.computable());
        CHECK(unknown.reason.id == "komponen \"Jumlah Kecamatan\" tidak ada dalam daftar komponen rumus");
        f.expression = "[jumlah type opd] / jumlah_opd x 100 %";  // labels case-insensitive, ids as written
        CHECK(*evaluate_formula(f, {{"jumlah_type_opd", 28}, {"jumlah_opd", 35}}).value == doctest::Approx(80));
        f.expression = "[A] / 0";
        f.components.clear();
        CHECK(evaluate_formula(f, {{"A", 1}}).reason.en == "division by zero");
    }
    SUBCASE("overflow") {
        FormulaResult r = evaluate_formula(parse_formula("a * a * a"), {{"a", 1e200}});
        CHECK_FALSE(r.computable());
    }
    SUBCASE("an invalid formula evaluates to not computable") {
        CHECK_FALSE(evaluate_formula(parse_formula("1 +"), {}).computable());
    }
}

TEST_CASE("parse errors name the position") {
    CHECK(first_error("") == "formula.empty position 1");
    CHECK(first_error("1 +") == "formula.unexpected_end position 4");
    CHECK(first_error("(1 + 2") == "formula.unbalanced_paren position 1");
    CHECK(first_error("1 + 2)") == "formula.unbalanced_paren position 6");
    CHECK(first_error("1 + * 2") == "formula.unexpected_token position 5");
    CHECK(first_error("[Jumlah OPD / 2") == "formula.unclosed_label position 1");
    // Another "[" before a "]": the first was not closed (it read as one name "Jumlah koperasi aktif / [Jumlah ...").
    CHECK(first_error("[Jumlah koperasi aktif / [Jumlah koperasi terdaftar] x 100 %") == "formula.unclosed_label position 1");
    CHECK(first_error("[A] / [B / [C]") == "formula.unclosed_label position 7");
    CHECK(first_error("[] + 1") == "formula.empty_label position 1");
    CHECK(first_error("median(1; 2)") == "formula.unknown_function position 1");
    CHECK(first_error("abs(1; 2)") == "formula.wrong_arg_count position 1");
    CHECK(first_error("Jumlah OPD / 2") == "formula.unexpected_token position 8");
    CHECK(first_error("× 3 € 2") == "formula.unexpected_token position 1");
    CHECK(first_error("3 € 2") == "formula.unexpected_token position 3");  // counted in characters, not bytes
    CHECK(first_error("x + 1") == "formula.x_as_name position 1");
    ParsedFormula f = parse_formula("1 +");
    CHECK(f.errors.front().message.id == "rumus berakhir terlalu cepat pada posisi 4");
    CHECK(f.errors.front().message.en == "the formula ends too early at position 4");
}

TEST_CASE("deep nesting and very long formulas are refused, not a stack overflow") {
    std::string deep(100, '(');
    deep += "1";
    deep += std::string(100, ')');
    CHECK(first_error(deep).rfind("formula.too_deep", 0) == 0);
    std::string negs(500, '-');
    CHECK(first_error(negs + "1").rfind("formula.too_deep", 0) == 0);
    // A chain "1+1+...+1" is as tall as it is long: capped at 1000 tokens.
    std::string chain = "1";
    for (int i = 0; i < 499; ++i) chain += "+1";  // 999 tokens
    CHECK(*calc(chain) == 500);
    CHECK(formula_to_text(parse_formula(chain)).size() == 500 + 499 * 3);  // "1 + 1 + ..."
    std::string longer = chain + "+1";  // 1001 tokens
    CHECK(first_error(longer) == "formula.too_long position 1001");
    std::string huge;
    for (int i = 0; i < 200000; ++i) huge += "1+";
    CHECK(first_error(huge + "1") == "formula.too_long position 1001");
    std::string garbage(5000, '(');
    CHECK(first_error(garbage).rfind("formula.too_long", 0) == 0);
    // Long tokens are shortened in messages.
    ParsedFormula f = parse_formula("1 " + std::string(300, 'a'));
    REQUIRE_FALSE(f.ok());
    CHECK(f.errors.front().message.en == "unexpected \"" + std::string(40, 'a') + "...\" at position 3");
}

TEST_CASE("formula text") {
    CHECK(formula_to_text(parse_formula("[Jumlah Type OPD] / [Jumlah OPD] x 100 %")) == "Jumlah Type OPD / Jumlah OPD × 100 %");
    CHECK(formula_to_text(parse_formula("(a + b) * 2")) == "(a + b) × 2");
    CHECK(formula_to_text(parse_formula("a - (b - c)")) == "a - (b - c)");
    CHECK(formula_to_text(parse_formula("12,5 + 1")) == "12,5 + 1");
    CHECK(formula_to_text(parse_formula("(1 + 2)% x 4")) == "(1 + 2)% × 4");
}

TEST_CASE("LaTeX fractions of the seed become plain text") {
    CHECK(latex_to_plain(R"($\frac{\text{Jumlah Type OPD}}{\text{Jumlah OPD}} \times 100 \%$)") ==
          "Jumlah Type OPD / Jumlah OPD × 100 %");
    CHECK(latex_to_plain(R"($\frac{\text{Jumlah Penyediaan Barang/ Jasa}}{\text{Jumlah Pengadaan Barang/jasa}} \times 100 \%$)") ==
          "Jumlah Penyediaan Barang/ Jasa / Jumlah Pengadaan Barang/jasa × 100 %");
    CHECK(latex_to_plain("Jumlah Produk Hukum") == "Jumlah Produk Hukum");
    CHECK(latex_to_plain(R"($\frac{a + b}{c}$)") == "(a + b) / c");
    // Nesting far beyond any real rumus is dropped instead of recursing without end.
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += "\\text{";
    CHECK(latex_to_plain(deep + "A").empty());
}

TEST_CASE("deriving a computable expression from a printed rumus") {
    auto f = derive_formula("Jumlah Type OPD / Jumlah OPD × 100 %");
    REQUIRE(f.has_value());
    CHECK(f->expression == "[Jumlah Type OPD] / [Jumlah OPD] x 100 %");
    REQUIRE(f->components.size() == 2);
    CHECK(f->components[0].id == "jumlah_type_opd");
    CHECK(f->components[0].label == "Jumlah Type OPD");
    CHECK(f->components[1].id == "jumlah_opd");
    // Evaluated through the components' ids: 28 of 35 OPD -> 80 %.
    FormulaResult r = evaluate_formula(*f, {{"jumlah_type_opd", 28}, {"jumlah_opd", 35}});
    CHECK(*r.value == doctest::Approx(80));

    auto g = derive_formula(R"($\frac{\text{Jumlah Penyediaan Barang/ Jasa}}{\text{Jumlah Pengadaan Barang/jasa}} \times 100 \%$)");
    REQUIRE(g.has_value());
    CHECK(g->expression == "[Jumlah Penyediaan Barang/ Jasa] / [Jumlah Pengadaan Barang/jasa] x 100 %");
    CHECK(g->components[0].id == "jumlah_penyediaan_barang_jasa");
    CHECK(g->components[1].id == "jumlah_pengadaan_barang_jasa");

    // A rate per thousand, its number written the Indonesian way: still a thousand in the expression.
    auto rate = derive_formula("Jumlah kematian bayi / Jumlah kelahiran hidup x 1.000");
    REQUIRE(rate.has_value());
    CHECK(rate->expression == "[Jumlah kematian bayi] / [Jumlah kelahiran hidup] x 1.000");
    FormulaResult per_thousand = evaluate_formula(*rate, {{"jumlah_kematian_bayi", 45}, {"jumlah_kelahiran_hidup", 6000}});
    REQUIRE(per_thousand.value.has_value());
    CHECK(*per_thousand.value == doctest::Approx(7.5));
    auto half = derive_formula("Jumlah A / Jumlah B x 0,5");
    REQUIRE(half.has_value());
    CHECK(*evaluate_formula(*half, {{"jumlah_a", 3}, {"jumlah_b", 6}}).value == doctest::Approx(0.25));

    CHECK_FALSE(derive_formula("Nilai Hasil Evaluasi AKIP oleh Inspektorat").has_value());
    CHECK_FALSE(derive_formula("Jumlah Produk Hukum").has_value());
    CHECK_FALSE(derive_formula("MoU,Peraturan Bersama,PKS/Agreement yang diimplementasi").has_value());
    CHECK_FALSE(derive_formula("").has_value());
    std::string page;  // a page of text is not a rumus
    for (int i = 0; i < 5000; ++i) page += "Jumlah " + std::to_string(i) + " / ";
    CHECK_FALSE(derive_formula(page + "Jumlah OPD x 100 %").has_value());
    CHECK(component_id_from_label("Jumlah Type OPD") == "jumlah_type_opd");
    CHECK(component_id_from_label("100 OPD") == "c_100_opd");
}

}
