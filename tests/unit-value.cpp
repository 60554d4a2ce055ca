// Tests of the one value parser and number formatter (core/value.h): every target string of the seed, the
// number conventions of Indonesian documents, ranges, grades with scores, money, missing values.
#include <doctest/doctest.h>

#include "core/achievement.h"
#include "core/value.h"

using namespace tolok;

TEST_SUITE("value") {

TEST_CASE("every target string of the seed parses to its kind, number and unit") {
    struct Case { const char* text; ValueShape shape; double number; const char* unit; const char* grade; };
    const Case cases[] = {
        {"B", ValueShape::Grade, 0, "", "B"},          {"BB", ValueShape::Grade, 0, "", "BB"},
        {"100%", ValueShape::Percent, 100, "%", ""},   {"70%", ValueShape::Percent, 70, "%", ""},
        {"75%", ValueShape::Percent, 75, "%", ""},     {"80%", ValueShape::Percent, 80, "%", ""},
        {"6%", ValueShape::Percent, 6, "%", ""},       {"20 prd", ValueShape::Number, 20, "prd", ""},
        {"5 keg", ValueShape::Number, 5, "keg", ""},   {"2 ranperda", ValueShape::Number, 2, "ranperda", ""},
        {"20 kec.", ValueShape::Number, 20, "kec.", ""}, {"3 pasar", ValueShape::Number, 3, "pasar", ""},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        Value v = parse_value(c.text);
        CHECK(v.text == c.text);
        CHECK(v.shape == c.shape);
        CHECK(v.unit == c.unit);
        CHECK(v.grade == c.grade);
        if (c.shape == ValueShape::Grade) CHECK_FALSE(v.number.has_value());
        else REQUIRE(v.number.has_value());
        if (v.number) CHECK(*v.number == doctest::Approx(c.number));
        CHECK_FALSE(v.is_range());
    }
}

TEST_CASE("Indonesian and international numbers") {
    CHECK(*parse_number("12,5") == doctest::Approx(12.5));
    CHECK(*parse_number("1.250") == doctest::Approx(1250));
    CHECK(*parse_number("1.250.000") == doctest::Approx(1250000));
    CHECK(*parse_number("1.250.000,5") == doctest::Approx(1250000.5));
    CHECK(*parse_number("1,250,000.5") == doctest::Approx(1250000.5));
    CHECK(*parse_number("6.5") == doctest::Approx(6.5));
    CHECK(*parse_number("63,11") == doctest::Approx(63.11));
    CHECK(*parse_number("-3,2") == doctest::Approx(-3.2));
    CHECK(*parse_number("0") == 0);
    // A group of 0 before a dot is no thousands group: "0.500" is a half (a Gini ratio written with a point).
    CHECK(*parse_number("0.500") == doctest::Approx(0.5));
    CHECK(*parse_number("0.381") == doctest::Approx(0.381));
    CHECK(*parse_number("-0.250") == doctest::Approx(-0.25));
    CHECK(*parse_value("0.750 %").number == doctest::Approx(0.75));
    CHECK_FALSE(parse_number("0.500.000").has_value());
    CHECK_FALSE(parse_number("0.500,5").has_value());
    CHECK_FALSE(parse_number("0,500,000").has_value());
    CHECK(*parse_number("10.500") == doctest::Approx(10500));
    CHECK_FALSE(parse_number("").has_value());
    CHECK_FALSE(parse_number("abc").has_value());
    CHECK_FALSE(parse_number("1.25.0").has_value());
    CHECK_FALSE(parse_number("12,5,0").has_value());
    CHECK_FALSE(parse_number("1,2.5").has_value());
}

TEST_CASE("targets written as bounds: at least / at most a number") {
    struct Case { const char* text; ValueShape shape; double number; const char* unit; Value::Bound bound; };
    const Case cases[] = {
        {"\xE2\x89\xA5 80%", ValueShape::Percent, 80, "%", Value::Bound::AtLeast},
        {">= 80 %", ValueShape::Percent, 80, "%", Value::Bound::AtLeast},
        {">80%", ValueShape::Percent, 80, "%", Value::Bound::AtLeast},
        {"min. 5 keg", ValueShape::Number, 5, "keg", Value::Bound::AtLeast},
        {"Minimal 20 prd", ValueShape::Number, 20, "prd", Value::Bound::AtLeast},
        {"paling sedikit Rp 1.000.000", ValueShape::Money, 1000000, "Rp", Value::Bound::AtLeast},
        {"\xE2\x89\xA4 5%", ValueShape::Percent, 5, "%", Value::Bound::AtMost},
        {"maks. 3 hari", ValueShape::Number, 3, "hari", Value::Bound::AtMost},
        {"<= 12,5", ValueShape::Number, 12.5, "", Value::Bound::AtMost},
    };
    for (const auto& c : cases) {
        CAPTURE(std::string(c.text));
        Value v = parse_value(c.text);
        CHECK(v.shape == c.shape);
        REQUIRE(v.number.has_value());
        CHECK(*v.number == doctest::Approx(c.number));
        CHECK(v.unit == c.unit);
        CHECK(v.bound == c.bound);
        CHECK(v.text == c.text);  // kept as written
    }
    // Not bounds: words that only start like one, a bound of text or of a range, a plain value.
    CHECK(parse_value("minggu ke-3").shape == ValueShape::Text);
    CHECK(parse_value("maksimal").shape == ValueShape::Text);
    CHECK(parse_value(">= tersedia").shape == ValueShape::Text);
    CHECK(parse_value(">= 80-90 %").shape == ValueShape::Text);
    CHECK(parse_value("80%").bound == Value::Bound::None);
    // The capaian of an at-least target is the usual one: 85 % against >= 80 % is 106,25 %.
    Achievement a = achieve(parse_value("\xE2\x89\xA5 80%"), parse_value("85%"), Polarity::Maximize, {}, nullptr);
    REQUIRE(a.percent.has_value());
    CHECK(*a.percent == doctest::Approx(106.25));
}

TEST_CASE("a number written like 1,250 is told apart, for warning English users") {
    for (const char* yes : {"1,250", "12,500", "250,000 kec.", " 1,250", "1,250%", "999,999 prd", "Rp 2,500", "Rp. 2,500", "IDR 1,500",
                            "\xE2\x89\xA5 1,250 kec.", ">= 1,250", "min. 1,250 dok", "maksimal 2,000 hari"}) {
        CAPTURE(std::string(yes));
        CHECK(comma_may_be_thousands(yes));
        CHECK(parse_value(yes).number.value_or(0) < 1000);  // read the Indonesian way: the reason for the warning
    }
    for (const char* no : {"1,25", "1,2500", "1250", "1.250", "1,250,000", "1,250.5", "1234,567", ",250", "kec. 1,250", "", "12,5 %"}) {
        CAPTURE(std::string(no));
        CHECK_FALSE(comma_may_be_thousands(no));
        CHECK_FALSE(comma_thousands_note(no).has_value());
    }
    const std::optional<BiText> note = comma_thousands_note("Rp 2,500");
    REQUIRE(note.has_value());
    CHECK(note->id == "\"Rp 2,500\" dibaca 2,5 (koma desimal); bila maksudnya 2.500, tulis 2500 atau 2.500");
    CHECK(note->en == "\"Rp 2,500\" was read as 2.5 (a decimal comma, as numbers are written in Indonesian); for 2500 write 2500 or 2.500");
    CHECK(comma_thousands_note("1,250%")->id == "\"1,250%\" dibaca 1,25% (koma desimal); bila maksudnya 1.250%, tulis 1250% atau 1.250%");
    CHECK(comma_thousands_note("\xE2\x89\xA5 1,250 kec.")->en.find("was read as 1.25 kec. (") != std::string::npos);
}

TEST_CASE("numbers in a text are written for the interface's language, each as the parser reads it") {
    const char* texts[] = {"87,35 %", "Rp 1.250.000,5", "6.5 %", "1.250 kec.", "0.500", "110 per 100.000 KH", "B (63,11)",
                           "2024-03-01", "TW2 12,5", "0.500.000", "1.250.000 dan 2,5", "BB", "TW2,5", "Baik, 80", "5,",
                           ",5", "-3,5 %", "(12,5)", "a1,5 b", "12,5 dan 3,25"};
    const char* english[] = {"87.35 %", "Rp 1,250,000.5", "6.5 %", "1,250 kec.", "0.500", "110 per 100,000 KH", "B (63.11)",
                             "2024-03-01", "TW2 12.5", "0.500.000", "1,250,000 dan 2.5", "BB", "TW2,5", "Baik, 80", "5,",
                             ",5", "-3.5 %", "(12.5)", "a1,5 b", "12.5 dan 3.25"};
    for (size_t i = 0; i < std::size(texts); ++i) {
        CAPTURE(std::string(texts[i]));
        CHECK(numbers_in(texts[i], Lang::Id) == texts[i]);
        CHECK(numbers_in(texts[i], Lang::En) == english[i]);
    }
}

TEST_CASE("a bare number is printed with the indicator's unit; anything written otherwise as written") {
    CHECK(text_with_unit(parse_value("82"), "%") == "82%");
    CHECK(text_with_unit(parse_value("20"), "prd") == "20 prd");
    CHECK(text_with_unit(parse_value("12,5"), " kec. ") == "12,5 kec.");
    CHECK(text_with_unit(parse_value("\xE2\x89\xA5 80"), "%") == "\xE2\x89\xA5 80%");
    for (const char* as_written : {"82%", "20 prd", "BB", "Opini WTP", "Rp 2.500.000", "-", ""}) {
        CAPTURE(std::string(as_written));
        CHECK(text_with_unit(parse_value(as_written), "%") == as_written);
    }
    CHECK(text_with_unit(parse_value("2500000"), "Rp") == "2500000");  // money is not "2500000 Rp"
    CHECK(text_with_unit(parse_value("82"), "") == "82");
}

TEST_CASE("values with spaces, money, missing, text") {
    SUBCASE("percent with a space") {
        Value v = parse_value(" 70 % ");
        CHECK(v.text == "70 %");
        CHECK(v.shape == ValueShape::Percent);
        CHECK(*v.number == 70);
    }
    SUBCASE("Word's minus sign and 's.d.' ranges") {
        Value minus = parse_value("\xE2\x88\x92" "0,5 %");  // "−0,5 %"
        CHECK(minus.shape == ValueShape::Percent);
        CHECK(*minus.number == doctest::Approx(-0.5));
        CHECK(minus.text == "\xE2\x88\x92" "0,5 %");  // kept as written
        for (const char* written : {"80 s.d. 90 %", "80 s.d 90 %", "80 sd 90 %", "80 s/d. 90 %", "80 sampai 90 %", "80 s/d 90%",
                                    "80 sampai dengan 90 %", "80 hingga 90 %"}) {
            CAPTURE(written);
            Value range = parse_value(written);
            CHECK(range.shape == ValueShape::Percent);
            CHECK(*range.number == 80);
            REQUIRE(range.upper);
            CHECK(*range.upper == 90);
        }
        CHECK(parse_value("7 s/d 8 bulan").upper.value_or(0) == 8);
        CHECK(parse_value("5 sdm").shape == ValueShape::Number);  // a unit starting "sd" is no range
    }
    SUBCASE("amounts in rupiah written with words") {
        const Value two = parse_value("Rp 2 miliar");
        CHECK(two.shape == ValueShape::Money);
        CHECK(*two.number == doctest::Approx(2e9));
        CHECK(two.text == "Rp 2 miliar");
        CHECK(*parse_value("Rp 250 juta").number == doctest::Approx(2.5e8));
        CHECK(parse_value("IDR 1.000.000").shape == ValueShape::Money);
        CHECK(*rupiah_amount(parse_value("12,5 miliar")) == doctest::Approx(1.25e10));
        CHECK(*rupiah_amount(parse_value("1.250.000.000 rupiah")) == doctest::Approx(1.25e9));
        CHECK(*rupiah_amount(parse_value("850 juta")) == doctest::Approx(8.5e8));
        CHECK(*rupiah_amount(parse_value("1250000")) == doctest::Approx(1.25e6));
        CHECK_FALSE(rupiah_amount(parse_value("75%")));
        CHECK_FALSE(rupiah_amount(parse_value("20 prd")));
        // Every way of writing money or its scale, as a bare number's unit (also spaced and bracketed).
        const struct { const char* unit; double factor; } money[] = {
            {"Rp", 1},         {"Rp.", 1},     {"rupiah", 1},    {"IDR", 1},      {"Rupiah (Rp)", 1}, {" (Rp) ", 1},
            {"Ribu", 1e3},     {"rb", 1e3},    {"Juta", 1e6},    {"jt.", 1e6},    {"Miliar", 1e9},    {"milyar", 1e9},
            {"M", 1e9},        {"Triliun", 1e12}, {"T", 1e12},   {"(juta)", 1e6}};
        for (const auto& m : money) {
            CAPTURE(std::string(m.unit));
            Value v;
            v.shape = ValueShape::Number;
            v.number = 2;
            v.unit = m.unit;
            REQUIRE(rupiah_amount(v).has_value());
            CHECK(*rupiah_amount(v) == doctest::Approx(2 * m.factor));
            v.unit = std::string("x") + m.unit;  // not money once another word starts it
            CHECK_FALSE(rupiah_amount(v).has_value());
        }
        for (const char* other : {"kec.", "Kegiatan (Keg)", "dokumen", "orang", "(%)"}) {
            Value v;
            v.shape = ValueShape::Number;
            v.number = 2;
            v.unit = other;
            CHECK_FALSE(rupiah_amount(v).has_value());
        }
    }
    SUBCASE("persen written out") {
        Value v = parse_value("85 persen");
        CHECK(v.shape == ValueShape::Percent);
        CHECK(v.unit == "%");
    }
    SUBCASE("money") {
        Value v = parse_value("Rp 1.250.000");
        CHECK(v.shape == ValueShape::Money);
        CHECK(*v.number == 1250000);
        CHECK(v.unit == "Rp");
        Value cents = parse_value("Rp1.250.000,50");
        CHECK(cents.shape == ValueShape::Money);
        CHECK(cents.unit == "Rp");
        CHECK(*cents.number == doctest::Approx(1250000.5));
        CHECK(cents.text == "Rp1.250.000,50");
        CHECK(*parse_value("Rp. 2.000.000,-").number == 2000000);
    }
    SUBCASE("the accounting form ',-' of a whole amount, with or without Rp") {
        for (const char* t : {"350.000.000,-", "350.000.000,- ", " 350.000.000,-", "Rp 350.000.000,-", "Rp350.000.000,-",
                              "Rp. 350.000.000,-", "\xC2\xA0" "350.000.000,-\xC2\xA0"}) {
            CAPTURE(t);
            const Value v = parse_value(t);
            REQUIRE(v.number.has_value());
            CHECK(*v.number == 350000000);
            CHECK(rupiah_amount(v) == 350000000.0);
            CHECK_FALSE(v.is_range());
        }
        const Value bare = parse_value("350.000.000,-");
        CHECK(bare.shape == ValueShape::Number);  // as the bare number: an amount in an indicator in Rp (rupiah_amount)
        CHECK(bare.unit.empty());
        CHECK(bare.text == "350.000.000,-");  // kept as written
        CHECK(*parse_value("5,-").number == 5);
        CHECK(*parse_value("\xE2\x89\xA5 350.000.000,-").number == 350000000);  // a bound
        CHECK(parse_value("\xE2\x89\xA5 350.000.000,-").bound == Value::Bound::AtLeast);
        // "-" alone is still not available, a minus still a minus, and ",-" after no number no number
        CHECK(parse_value("-").shape == ValueShape::Missing);
        CHECK(parse_value(",-").shape == ValueShape::Text);
        CHECK(*parse_value("-350.000,-").number == -350000);
        CHECK(*parse_value("-350.000").number == -350000);
        CHECK(*parse_value("-5 %").number == -5);
        CHECK(parse_value("80-90,-").shape == ValueShape::Text);
    }
    SUBCASE("missing is not zero") {
        for (const char* t : {"n/a", "N/A", "-", "tidak ada data", "–"}) {
            CAPTURE(t);
            Value v = parse_value(t);
            CHECK(v.shape == ValueShape::Missing);
            CHECK_FALSE(v.number.has_value());
        }
    }
    SUBCASE("empty") {
        CHECK(parse_value("").empty());
        CHECK(parse_value("   ").empty());
    }
    SUBCASE("plain number and text") {
        Value v = parse_value("63,11");
        CHECK(v.shape == ValueShape::Number);
        CHECK(v.unit == "");
        CHECK(parse_value("Tersedia").shape == ValueShape::Text);
        CHECK(parse_value("2 dari 5").shape == ValueShape::Text);
        CHECK(parse_value("3 pasar (2 baru)").shape == ValueShape::Text);
    }
    SUBCASE("a rate with its base in the unit") {
        Value akb = parse_value("7,5 per 1.000 KH");
        CHECK(akb.shape == ValueShape::Number);
        CHECK(*akb.number == doctest::Approx(7.5));
        CHECK(akb.unit == "per 1.000 KH");
        Value aki = parse_value("102 per 100.000 kelahiran hidup");
        CHECK(aki.shape == ValueShape::Number);
        CHECK(*aki.number == 102);
        CHECK(aki.unit == "per 100.000 kelahiran hidup");
        CHECK(parse_value("5 per 2 orang 3").shape == ValueShape::Text);
        CHECK(parse_value("Baik").shape == ValueShape::Text);
    }
}

TEST_CASE("grades with their scores") {
    Value a = parse_value("BB (Nilai 75)");
    CHECK(a.shape == ValueShape::Grade);
    CHECK(a.grade == "BB");
    CHECK(*a.number == 75);
    Value b = parse_value("B (63,11)");
    CHECK(b.grade == "B");
    CHECK(*b.number == doctest::Approx(63.11));
    CHECK(parse_value("AA").grade == "AA");
    CHECK(parse_value("BBB").shape == ValueShape::Text);
}

TEST_CASE("ranges") {
    Value a = parse_value("80-90 %");
    CHECK(a.shape == ValueShape::Percent);
    CHECK(*a.number == 80);
    CHECK(*a.upper == 90);
    Value spaced = parse_value("80 - 90%");
    CHECK(spaced.shape == ValueShape::Percent);
    CHECK(*spaced.number == 80);
    CHECK(*spaced.upper == 90);
    CHECK(spaced.text == "80 - 90%");
    Value b = parse_value("80% - 90%");
    CHECK(b.is_range());
    CHECK(b.unit == "%");
    Value c = parse_value("7 - 8 bulan");
    CHECK(c.shape == ValueShape::Number);
    CHECK(*c.number == 7);
    CHECK(*c.upper == 8);
    CHECK(c.unit == "bulan");
    CHECK(parse_value("7 s/d 8 bulan").is_range());
    CHECK_FALSE(parse_value("-3,2").is_range());
    CHECK(parse_value("90-80 %").shape == ValueShape::Text);  // reversed bounds are not a range
}

TEST_CASE("formatting numbers for people") {
    CHECK(format_number(90.0, 2) == "90,00");
    CHECK(format_number(90.0, 2, Lang::En) == "90.00");
    CHECK(format_number(1250000, 0) == "1.250.000");
    CHECK(format_number(1250000, 0, Lang::En) == "1,250,000");
    CHECK(format_number(87.5, 2) == "87,50");
    CHECK(format_number(0.125, 2) == "0,13");
    CHECK(format_number(-0.125, 2) == "-0,13");
    CHECK(format_number(-0.001, 2) == "0,00");
    CHECK(format_number(1234567.891, 2) == "1.234.567,89");
    // A half computed as a hair below it still rounds away from zero, as by hand: 79,10 / 80 x 100 = 98,875.
    CHECK(79.10 / 80 * 100 < 98.875);  // the double this comes to
    CHECK(format_number(79.10 / 80 * 100, 2) == "98,88");
    CHECK(format_number(-(79.10 / 80 * 100), 2) == "-98,88");
    CHECK(format_number(98.87, 2) == "98,87");
    CHECK(format_number(98.8749, 2) == "98,87");
    // Large whole amounts stay whole at any number of decimals (Rp 300 juta at 6 decimals came out ...,000001: a
    // whole number taken for a half once the tolerance around the half passed 0.5).
    CHECK(format_number(300000000, 6) == "300.000.000,000000");
    CHECK(format_number(1500000000, 6) == "1.500.000.000,000000");
    CHECK(format_number(-1500000000, 6) == "-1.500.000.000,000000");
    CHECK(format_number(2.8e12, 2) == "2.800.000.000.000,00");
    CHECK(format_number(1550000000.5, 0) == "1.550.000.001");  // a true half, still away from zero
    // Decimals past what a double holds are zeros, not noise (an APBD in triliun at 6 decimals).
    CHECK(format_number(123456789012.0, 9) == "123.456.789.012,000000000");
    CHECK(format_number(1234567890123.0, 6) == "1.234.567.890.123,000000");
    CHECK(format_number(1234567890123.45, 6) == "1.234.567.890.123,450000");
    CHECK(format_number(98765432109876.0, 6, Lang::En) == "98,765,432,109,876.000000");
    // Near the largest double: digits, never "inf".
    std::string huge = format_number(1.5e308, 2);
    CHECK(huge.rfind("150.000.000", 0) == 0);
    CHECK(huge.substr(huge.size() - 3) == ",00");
    CHECK(huge.find("inf") == std::string::npos);
    CHECK(format_number(-1.5e308, 9, Lang::En).rfind("-150,000,000", 0) == 0);
    CHECK(format_number_short(20) == "20");
    CHECK(format_number_short(12.5) == "12,5");
    CHECK(format_number_short(63.11) == "63,11");
    CHECK(format_number_short(1250, Lang::En) == "1,250");
    // The buffer forms give the same text, also at the largest magnitudes.
    char buffer[kFormatNumberMax];
    for (double v : {0.0, -0.004, 12.5, 1234567.891, 1.5e308, -1.7976931348623157e308}) {
        CAPTURE(v);
        CHECK(std::string(buffer, format_number_to(buffer, v, 9, Lang::En)) == format_number(v, 9, Lang::En));
        CHECK(std::string(buffer, format_number_short_to(buffer, v)) == format_number_short(v));
    }
    CHECK(format_number(-1.7976931348623157e308, 9).size() < kFormatNumberMax);
}

TEST_CASE("units compare after normalising") {
    CHECK(normalize_unit("kec.") == "kec");
    CHECK(normalize_unit("Kec") == "kec");
    CHECK(normalize_unit("persen") == "%");
    CHECK(normalize_unit("Persen (%)") == "%");
    CHECK(normalize_unit("(%)") == "%");
    CHECK(normalize_unit("Persentase") == "%");
    CHECK(normalize_unit("Rupiah (Rp)") == "rp");
    CHECK(normalize_unit("Rp.") == "rp");
    CHECK(normalize_unit("Kegiatan (Keg.)") == "keg");
    CHECK(normalize_unit("dokumen (buah)") == "dokumen (buah)");  // two different words: kept as written
    CHECK(text_with_unit(parse_value("82"), "Persen (%)") == "82%");
    CHECK(normalize_unit(" prd ") == "prd");
    CHECK(normalize_unit("Kecamatan") == normalize_unit("kec."));
    CHECK(normalize_unit("kegiatan") == normalize_unit("keg"));
    CHECK(normalize_unit("dokumen") == normalize_unit("Dok."));
    CHECK(normalize_unit("kecamatan") != normalize_unit("keg"));
    CHECK(normalize_unit("pasar") == "pasar");
}

TEST_CASE("a realisasi in the unit's full word is compared with its abbreviated target") {
    Achievement a = achieve(parse_value("20 kec."), parse_value("18 kecamatan"), Polarity::Maximize, {}, nullptr);
    REQUIRE(a.percent.has_value());
    CHECK(*a.percent == doctest::Approx(90));
    CHECK_FALSE(achieve(parse_value("20 kec."), parse_value("18 kegiatan"), Polarity::Maximize, {}, nullptr).percent.has_value());
}

}

TEST_CASE("single_number: one plain number for counts, percentages and money only") {
    CHECK(single_number(parse_value("20 prd")) == 20.0);
    CHECK(single_number(parse_value("87,5%")) == 87.5);
    CHECK(single_number(parse_value("Rp 1.250.000")) == 1250000.0);
    CHECK_FALSE(single_number(parse_value("BB")).has_value());
    CHECK_FALSE(single_number(parse_value("80-90 %")).has_value());
    CHECK_FALSE(single_number(parse_value("n/a")).has_value());
    CHECK_FALSE(single_number(parse_value("")).has_value());
}

TEST_CASE("a computed amount of money is written as plans write it, the currency first, like its target") {
    for (const char* unit : {"Rp", "Rp.", "rupiah", "Rupiah (Rp)", "IDR"}) {
        CAPTURE(unit);
        CHECK(money_unit(unit));
        const Value v = computed_value(1550000000, unit);
        CHECK(v.text == "Rp 1.550.000.000");  // was "1.550.000.000 Rp", beside a target "Rp 1.500.000.000"
        CHECK(v.shape == ValueShape::Money);
        CHECK(*v.number == 1550000000);
    }
    for (const char* unit : {"juta", "prd", "%", "", "kec."}) CHECK_FALSE(money_unit(unit));
    CHECK(computed_value(1550, "juta").text == "1.550 juta");  // a scale word stays after its number
    CHECK(computed_value(14.0 / 3, "prd").text == "4,67 prd");
    CHECK(*computed_value(14.0 / 3, "prd").number == doctest::Approx(14.0 / 3));
    // in the style of the target, when that is an amount written with its currency
    CHECK(computed_value(1550000000, "Rp", parse_value("Rp. 1.500.000.000")).text == "Rp. 1.550.000.000");
    CHECK(computed_value(1550000000, "Rp", parse_value("Rp1.500.000.000")).text == "Rp1.550.000.000");
    CHECK(computed_value(1550000000, "Rp", parse_value("IDR 1.500.000.000")).text == "IDR 1.550.000.000");
    CHECK(computed_value(1550000000, "Rp", parse_value("\xE2\x89\xA5 Rp. 1.500.000.000")).text == "Rp. 1.550.000.000");
    CHECK(computed_value(1550000000, "Rp", parse_value("1,5 miliar")).text == "Rp 1.550.000.000");
    CHECK(computed_value(1550000000.5, "Rp").text == "Rp 1.550.000.000,5");
    CHECK(computed_value(80, "%", parse_value("Rp. 1.500")).text == "80 %");  // the style is only for money
}
