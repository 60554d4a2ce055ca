// Tests of the IKU quality lint (core/lint.h) on the seed's known inconsistencies (sakip.md, "The seed, read
// critically") and on small hand-made plans for the other findings.
#include <doctest/doctest.h>

#include "core/builtin_plan.h"
#include "core/formula.h"
#include "core/lint.h"
#include "core/value.h"

using namespace tolok;

namespace {
bool has(const Diagnostics& ds, const std::string& id, const std::string& location) {
    for (const auto& d : ds)
        if (d.id == id && d.location == location) return true;
    return false;
}
}  // namespace

TEST_SUITE("lint") {

TEST_CASE("the seed's inconsistencies are flagged, not fixed") {
    Diagnostics d = lint_plan(builtin_plan());
    // Indicator 7: "Jumlah ..." with a percentage formula and targets of "5 keg".
    CHECK(has(d, "lint.formula_unit_mismatch", "/objectives/2/indicators/2/formula/expression"));
    // Indicator 12: a "Nilai" (score) measured as a count of events.
    CHECK(has(d, "lint.name_kind_mismatch", "/objectives/5/indicators/0/name"));
    // Indicator 13: IKM, a 25-100 index, with percentage targets.
    CHECK(has(d, "lint.name_kind_mismatch", "/objectives/6/indicators/0/name"));
    CHECK(has(d, "lint.spelling", "/objectives/6/indicators/1/name"));
    // Indicator 6: a count whose rumus is text only ("Jumlah Produk Hukum"): an expression is suggested.
    CHECK(has(d, "lint.formula_not_computable", "/objectives/2/indicators/1/formula/expression"));
    // Indicators 1-3: predikat (B, BB) awarded by an evaluator; nothing to compute, nothing suggested.
    CHECK_FALSE(has(d, "lint.formula_not_computable", "/objectives/0/indicators/0/formula/expression"));
    CHECK_FALSE(has(d, "lint.formula_not_computable", "/objectives/0/indicators/2/formula/expression"));
    CHECK_FALSE(has_errors(d));
    for (const auto& f : d) {
        CHECK_FALSE(f.message.id.empty());
        CHECK_FALSE(f.message.en.empty());
    }
    // Indicators 5, 14, 15: percentage formula with percentage targets is fine.
    CHECK_FALSE(has(d, "lint.formula_unit_mismatch", "/objectives/2/indicators/0/formula/expression"));
    CHECK_FALSE(has(d, "lint.formula_unit_mismatch", "/objectives/2/indicators/0/formula/text"));
    CHECK_FALSE(has(d, "lint.missing_target", "/objectives/0/indicators/0/years/2018/target"));
}

TEST_CASE("the seed's indicators built by hand, as printed in its Lampiran") {
    const char* years6[] = {"2018", "2019", "2020", "2021", "2022", "2023"};
    Plan p;
    p.start_year = 2018;
    p.end_year = 2023;
    // Indicator 7: a "Jumlah" with a percentage formula, targets "5 keg".
    Indicator i7;
    i7.code = "7";
    i7.name = "Jumlah penyelesaian konflik perkara perdata dan tata usaha negara";
    i7.formula = *derive_formula(latex_to_plain(
        R"($\frac{\text{Jumlah Konflik yg diselesaikan}}{\text{Jumlah seluruh konflik}} \times 100 \%$)"));
    for (const char* y : years6) i7.years[std::stoi(y)].target = parse_value("5 keg");
    // Indicator 12: "Nilai" measured in events, its name with a reduplication written with spaces.
    Indicator i12;
    i12.code = "12";
    i12.name = "Nilai pemahaman - pemahaman dan pengamalan agama sesuai dengan agama dan keyakinan masing-masing";
    i12.formula.text = "Jumlah Pengajian Akbar dan pengajian Rutin";
    for (const char* y : years6) i12.years[std::stoi(y)].target = parse_value("5 keg");
    // Indicator 13: the IKM (a 25-100 index) with percentage targets; 2021 left out here on purpose.
    Indicator i13;
    i13.code = "13";
    i13.name = "Nilai Indeks Kepuasan Masyarakat Tanggamus";
    i13.formula.text = "Nilai Indeks Kepuasan Masyarakat";
    const char* ikm[] = {"70%", "70%", "75%", "", "80%", "80%"};
    for (int k = 0; k < 6; ++k) i13.years[2018 + k].target = parse_value(ikm[k]);
    // Indicator 14: "Presentase", a percentage formula with percentage targets (no unit finding).
    Indicator i14;
    i14.code = "14";
    i14.name = "Presentase Pemilihan penyediaan Barang/ jasa melalui LPSE";
    i14.formula = *derive_formula("Jumlah Penyediaan Barang/ Jasa / Jumlah Pengadaan Barang/jasa × 100 %");
    for (const char* y : years6) i14.years[std::stoi(y)].target = parse_value("100%");
    p.objectives = {{"s3", "", "Sasaran 3", {i7}}, {"s6", "", "Sasaran 6", {i12}}, {"s7", "", "Sasaran 7", {i13, i14}}};

    Diagnostics d = lint_plan(p);
    CHECK(has(d, "lint.formula_unit_mismatch", "/objectives/0/indicators/0/formula/expression"));
    CHECK(has(d, "lint.name_kind_mismatch", "/objectives/1/indicators/0/name"));
    CHECK(has(d, "lint.name_kind_mismatch", "/objectives/2/indicators/0/name"));
    CHECK(has(d, "lint.missing_target", "/objectives/2/indicators/0/years/2021/target"));
    CHECK(has(d, "lint.spelling", "/objectives/2/indicators/1/name"));
    CHECK(has(d, "lint.spelling", "/objectives/1/indicators/0/name"));
    CHECK_FALSE(has(d, "lint.formula_unit_mismatch", "/objectives/2/indicators/1/formula/expression"));
    CHECK_FALSE(has(d, "lint.formula_unit_mismatch", "/objectives/2/indicators/1/formula/text"));
    CHECK_FALSE(has(d, "lint.name_kind_mismatch", "/objectives/2/indicators/1/name"));
    CHECK_FALSE(has(d, "lint.missing_target", "/objectives/0/indicators/0/years/2021/target"));
    for (const auto& f : d) {
        CAPTURE(f.id);
        CHECK(f.location.rfind("/objectives/", 0) == 0);
    }

    // The messages say what and where, with the indicator's code and name, in both languages.
    auto find = [&](const std::string& id, const std::string& loc) -> const Diagnostic* {
        for (const auto& f : d)
            if (f.id == id && f.location == loc) return &f;
        return nullptr;
    };
    const Diagnostic* unit = find("lint.formula_unit_mismatch", "/objectives/0/indicators/0/formula/expression");
    REQUIRE(unit);
    CHECK(unit->severity == Severity::Warning);
    CHECK(unit->message.id ==
          "indikator 7 \"Jumlah penyelesaian konflik perkara perdata dan tata usaha negara\": rumusnya menghasilkan persen "
          "(x 100 %), tetapi targetnya dalam \"keg\"");
    CHECK(unit->message.en ==
          "indicator 7 \"Jumlah penyelesaian konflik perkara perdata dan tata usaha negara\": the formula gives a percentage "
          "(x 100 %), but the targets are in \"keg\"");
    const Diagnostic* missing = find("lint.missing_target", "/objectives/2/indicators/0/years/2021/target");
    REQUIRE(missing);
    CHECK(missing->message.id == "indikator 13 \"Nilai Indeks Kepuasan Masyarakat Tanggamus\": belum ada target untuk 2021");
    CHECK(missing->message.en == "indicator 13 \"Nilai Indeks Kepuasan Masyarakat Tanggamus\": no target for 2021");
    bool reduplication = false;
    for (const auto& f : d)
        if (f.location == "/objectives/1/indicators/0/name" &&
            f.message.id.find("pada nama, kata ulang \"pemahaman - pemahaman\" seharusnya ditulis dengan tanda hubung tanpa spasi: "
                             "\"pemahaman-pemahaman\"") !=
                std::string::npos)
            reduplication = true;
    CHECK(reduplication);
}

TEST_CASE("an indicator without a code is named by its name alone, not 'indikator  \"I\"'") {
    Plan plan = builtin_plan();
    Indicator& first = plan.objectives[0].indicators[0];
    first.code.clear();
    first.formula.expression = "([A] / ";  // invalid: said with who(ind)
    bool seen = false;
    for (const auto& f : lint_plan(plan))
        if (f.id == "lint.formula_invalid" && f.location == "/objectives/0/indicators/0/formula/expression") {
            seen = true;
            CHECK(f.message.id.rfind("indikator \"" + first.name + "\": ", 0) == 0);
            CHECK(f.message.en.rfind("indicator \"" + first.name + "\": ", 0) == 0);
        }
    CHECK(seen);
}

TEST_CASE("a printed rumus without an expression: its unit still checked, the expression suggested") {
    Plan p;
    Indicator i7;
    i7.code = "7";
    i7.name = "Jumlah penyelesaian konflik perkara perdata dan tata usaha negara";
    i7.formula.text = "Jumlah Konflik yg diselesaikan / Jumlah seluruh konflik × 100 %";
    i7.years[2018].target = parse_value("5 keg");
    p.objectives = {{"s3", "", "Sasaran 3", {i7}}};
    Diagnostics d = lint_plan(p);
    CHECK(has(d, "lint.formula_unit_mismatch", "/objectives/0/indicators/0/formula/text"));
    REQUIRE(has(d, "lint.formula_not_computable", "/objectives/0/indicators/0/formula/expression"));
    for (const auto& f : d)
        if (f.id == "lint.formula_not_computable")
            CHECK(f.message.en ==
                  "indicator 7 \"Jumlah penyelesaian konflik perkara perdata dan tata usaha negara\": the formula \"Jumlah Konflik yg "
                  "diselesaikan / Jumlah seluruh konflik × 100 %\" has no expression yet; it can be computed as \"[Jumlah Konflik yg "
                  "diselesaikan] / [Jumlah seluruh konflik] x 100 %\"");
}

TEST_CASE("a target written as text among value targets is flagged; a percent formula is checked against counts only") {
    Plan p;
    Indicator i5;
    i5.code = "5";
    i5.name = "Tingkat ketepatan struktur dan ukuran organisasi";
    i5.formula.expression = "[Jumlah Type OPD] / [Jumlah OPD] x 100 %";
    i5.years[2018].target = parse_value("70%");
    i5.years[2019].target = parse_value("12,5,3");
    i5.years[2020].target = parse_value("80-90 %");
    p.objectives = {{"s3", "", "Sasaran 3", {i5}}};
    Diagnostics d = lint_plan(p);
    CHECK(has(d, "lint.target_text", "/objectives/0/indicators/0/years/2019/target"));
    CHECK_FALSE(has(d, "lint.target_text", "/objectives/0/indicators/0/years/2018/target"));
    // Percentages and a percentage range against a percent formula: no unit mismatch (the text target is not one).
    CHECK_FALSE(has(d, "lint.formula_unit_mismatch", "/objectives/0/indicators/0/formula/expression"));
    CHECK_FALSE(has(d, "lint.formula_unit_mismatch", "/objectives/0/indicators/0/formula/text"));
    // A count among them is.
    p.objectives[0].indicators[0].years[2021].target = parse_value("5 keg");
    Diagnostics again = lint_plan(p);
    REQUIRE(has(again, "lint.formula_unit_mismatch", "/objectives/0/indicators/0/formula/expression"));
    for (const auto& f : again)
        if (f.id == "lint.formula_unit_mismatch")
            CHECK(f.message.id == "indikator 5 \"Tingkat ketepatan struktur dan ukuran organisasi\": rumusnya menghasilkan persen "
                                  "(x 100 %), tetapi targetnya dalam \"keg\"");
    // Every target text (a status such as "Tersedia"): not flagged as a mixed-in text target.
    Plan status;
    Indicator st;
    st.code = "1";
    st.name = "Ketersediaan dokumen";
    st.years[2018].target = parse_value("Tersedia");
    status.objectives = {{"s1", "", "Sasaran", {st}}};
    for (const auto& f : lint_plan(status)) CHECK(f.id != "lint.target_text");
}

TEST_CASE("indicator numbers: one number twice is a warning, numbers out of order a note; renumbered, neither") {
    Plan p = builtin_plan();
    auto ids = [](const Diagnostics& ds, const std::string& id) {
        int n = 0;
        for (const auto& d : ds) n += d.id == id;
        return n;
    };
    Diagnostics seed = lint_plan(p);
    CHECK(ids(seed, "lint.duplicate_code") == 0);  // 1..15 in order
    CHECK(ids(seed, "lint.code_order") == 0);
    // indicator 2 (second of sasaran 1) given number 8, which indicator 8 has: the second one is flagged
    p.objectives[0].indicators[1].code = "8";
    Diagnostics d = lint_plan(p);
    CHECK(has(d, "lint.duplicate_code", "/objectives/2/indicators/3/code"));  // indicator 8 comes after it
    CHECK(ids(d, "lint.duplicate_code") == 1);
    // and the order: the second indicator in the plan is numbered 8
    CHECK(has(d, "lint.code_order", "/objectives/0/indicators/1/code"));
    CHECK(ids(d, "lint.code_order") == 1);
    // a gap (indicator 3 deleted): in order no longer, nothing twice
    Plan gap = builtin_plan();
    gap.objectives[0].indicators.erase(gap.objectives[0].indicators.begin() + 2);
    Diagnostics g = lint_plan(gap);
    CHECK(ids(g, "lint.duplicate_code") == 0);
    CHECK(has(g, "lint.code_order", "/objectives/1/indicators/0/code"));  // indicator 4 is the third
    // two sasaran numbered 1: the second is flagged
    Plan objectives = builtin_plan();
    objectives.objectives[1].code = "1";
    CHECK(has(lint_plan(objectives), "lint.duplicate_code", "/objectives/1/code"));
    CHECK_FALSE(has(lint_plan(objectives), "lint.duplicate_code", "/objectives/0/code"));
    // codes of another style ("1.a", "07"): not said to be out of order
    Plan styled = builtin_plan();
    styled.objectives[0].indicators[0].code = "1.a";
    CHECK(ids(lint_plan(styled), "lint.code_order") == 0);
}

TEST_CASE("a target bound that says the opposite of the polarity is flagged") {
    Plan p;
    Indicator up, down;
    up.code = "1";
    up.name = "Persentase layanan tepat waktu";
    up.years[2023].target = parse_value("\xE2\x89\xA5 80%");
    up.years[2024].target = parse_value("\xE2\x89\xA4 10%");
    down.code = "2";
    down.name = "Persentase pengaduan";
    down.polarity = Polarity::Minimize;
    down.years[2023].target = parse_value("maks. 5%");
    down.years[2024].target = parse_value("min. 5%");
    p.objectives = {{"s1", "", "Sasaran", {up, down}}};
    Diagnostics d = lint_plan(p);
    CHECK_FALSE(has(d, "lint.bound_polarity", "/objectives/0/indicators/0/years/2023/target"));
    CHECK(has(d, "lint.bound_polarity", "/objectives/0/indicators/0/years/2024/target"));
    CHECK_FALSE(has(d, "lint.bound_polarity", "/objectives/0/indicators/1/years/2023/target"));
    CHECK(has(d, "lint.bound_polarity", "/objectives/0/indicators/1/years/2024/target"));
    for (const auto& f : d)
        if (f.id == "lint.bound_polarity" && f.location.find("indicators/1") != std::string::npos)
            CHECK(f.message.id == "indikator 2 \"Persentase pengaduan\": target 2024 \"min. 5%\" berarti paling sedikit, tetapi "
                                  "polaritasnya \"semakin rendah semakin baik\"; periksa salah satunya");
}

TEST_CASE("a graded indicator on a scale the plan does not have is an error; a custom scale of that id is fine") {
    Plan p;
    Indicator graded;
    graded.code = "1";
    graded.name = "Nilai SAKIP";
    graded.grade_scale = "permenpan";
    graded.years[2023].target = parse_value("BB");
    p.objectives = {{"s1", "", "Sasaran", {graded}}};
    REQUIRE(has(lint_plan(p), "lint.grade_scale_unknown", "/objectives/0/indicators/0/grade_scale"));
    p.grade_scales.push_back({"permenpan", "Skala sendiri", {{"B", 0, 50}, {"BB", 50, 100}}});
    CHECK_FALSE(has(lint_plan(p), "lint.grade_scale_unknown", "/objectives/0/indicators/0/grade_scale"));
    // The same unknown id on an indicator without grades is not used, so not flagged.
    Plan numeric;
    Indicator counted = graded;
    counted.years[2023].target = parse_value("5 keg");
    numeric.objectives = {{"s1", "", "Sasaran", {counted}}};
    for (const auto& f : lint_plan(numeric)) CHECK(f.id != "lint.grade_scale_unknown");
    // "Nilai" with counts is asked about (indicator 12 of the seed); with a plain score, as "Nilai SAKIP" 70, not.
    CHECK(has(lint_plan(numeric), "lint.name_kind_mismatch", "/objectives/0/indicators/0/name"));
    numeric.objectives[0].indicators[0].years[2023].target = parse_value("70");
    CHECK_FALSE(has(lint_plan(numeric), "lint.name_kind_mismatch", "/objectives/0/indicators/0/name"));
    // Nor an amount: "Nilai omzet UMKM binaan" of Rp 12.500.000.000 is a value, not a score counted in "rp".
    numeric.objectives[0].indicators[0].name = "Nilai omzet UMKM binaan";
    numeric.objectives[0].indicators[0].years[2023].target = parse_value("Rp 12.500.000.000");
    REQUIRE(numeric.objectives[0].indicators[0].years[2023].target.shape == ValueShape::Money);
    CHECK_FALSE(has(lint_plan(numeric), "lint.name_kind_mismatch", "/objectives/0/indicators/0/name"));
    for (const char* amount : {"12,5 miliar", "12,5 Milyar", "1.250.000.000 rupiah", "850 juta"}) {
        CAPTURE(amount);
        numeric.objectives[0].indicators[0].years[2023].target = parse_value(amount);
        CHECK_FALSE(has(lint_plan(numeric), "lint.name_kind_mismatch", "/objectives/0/indicators/0/name"));
    }
}

TEST_CASE("a yearly realisasi its quarters contradict, and the evidence log's problems, are flagged at their field") {
    Plan p;
    p.start_year = p.end_year = 2023;
    Indicator count;
    count.code = "6";
    count.name = "Jumlah penyusunan rancangan produk hukum daerah";
    count.aggregation = Aggregation::Sum;
    count.years[2023].target = parse_value("20 prd");
    count.years[2023].actual.value = parse_value("18 prd");
    for (int q = 0; q < 4; ++q) count.years[2023].quarter_actuals[q].value = parse_value("4 prd");  // 16 prd
    count.years[2023].actual.evidence = {{"2023-03-14", "Kota Agung", "", parse_value("1")},
                                         {"31-02-2023", "Pugung", "", parse_value("satu")},
                                         {"2022-12-30", "Gisting", "", parse_value("1")},
                                         {"2023-04-01", "Gisting", "", parse_value("5 %")}};  // not prd
    count.unit = "prd";
    count.years[2023].quarter_actuals[1].evidence = {{"", "Talang Padang", "rapat", parse_value("")},
                                                      {"2023-01-20", "Pugung", "", parse_value("")}};  // TW I, logged in TW II
    p.objectives = {{"s1", "", "Sasaran", {count}}};
    Diagnostics d = lint_plan(p);
    const std::string at = "/objectives/0/indicators/0/years/2023";
    REQUIRE(has(d, "lint.actual_quarters_differ", at + "/actual/value"));
    for (const auto& f : d)
        if (f.id == "lint.actual_quarters_differ")
            CHECK(f.message.id == "indikator 6 \"Jumlah penyusunan rancangan produk hukum daerah\": realisasi 2023 18 prd, tetapi "
                                  "jumlah TW I-IV = 16 prd; capaian tahunan memakai 18 prd");
    CHECK(has(d, "evidence.date_invalid", at + "/actual/evidence/1/date"));
    CHECK(has(d, "evidence.value_not_number", at + "/actual/evidence/1/value"));
    CHECK(has(d, "evidence.date_outside_year", at + "/actual/evidence/2/date"));
    CHECK(has(d, "evidence.value_other_unit", at + "/actual/evidence/3/value"));
    CHECK_FALSE(has(d, "evidence.value_other_unit", at + "/actual/evidence/0/value"));  // "1" is 1 prd
    CHECK(has(d, "evidence.date_missing", at + "/quarter_actuals/1/evidence/0/date"));
    CHECK(has(d, "evidence.date_outside_quarter", at + "/quarter_actuals/1/evidence/1/date"));
    CHECK_FALSE(has(d, "evidence.date_outside_quarter", at + "/actual/evidence/0/date"));  // the year's log: any month
    for (const auto& f : d)
        if (f.id == "evidence.date_missing")
            CHECK(f.message.id.find("bukti dukung realisasi TW II 2023, baris 1: tanggal belum diisi") != std::string::npos);
    CHECK_FALSE(has(d, "evidence.date_invalid", at + "/actual/evidence/0/date"));

    // Quarters that agree, or no quarters: nothing to say.
    for (int q = 0; q < 4; ++q) p.objectives[0].indicators[0].years[2023].quarter_actuals[q].value = parse_value(q == 3 ? "6 prd" : "4 prd");
    CHECK_FALSE(has(lint_plan(p), "lint.actual_quarters_differ", at + "/actual/value"));
    p.objectives[0].indicators[0].years[2023].quarter_actuals = {};
    CHECK_FALSE(has(lint_plan(p), "lint.actual_quarters_differ", at + "/actual/value"));
}

TEST_CASE("evidence: a row repeated, a place missing from distinct places, an aggregate that is no percentage, at their field") {
    Plan p;
    p.start_year = p.end_year = 2022;
    Indicator ind;
    ind.code = "1";
    ind.name = "Persentase distribusi beras miskin";
    ind.unit = "%";
    ind.years[2022].target = parse_value("95 %");
    Actual& a = ind.years[2022].actual;
    a.evidence = {{"2022-02-01", "Kota Agung", "", parse_value("80 %")},
                  {"2022-02-01", "Kota Agung", "", parse_value("80 %")},
                  {"2022-03-01", "", "", parse_value("85 %")}};
    a.from_evidence = EvidenceRule::Count;
    ind.years[2022].quarter_actuals[0].evidence = {{"2022-02-01", "", "", parse_value("")}};
    ind.years[2022].quarter_actuals[0].from_evidence = EvidenceRule::DistinctPlaces;
    p.objectives = {{"s1", "", "Sasaran", {ind}}};
    const std::string at = "/objectives/0/indicators/0/years/2022";
    Diagnostics d = lint_plan(p);
    REQUIRE(has(d, "evidence.duplicate_row", at + "/actual/evidence/1/date"));
    CHECK_FALSE(has(d, "evidence.duplicate_row", at + "/actual/evidence/0/date"));
    for (const auto& f : d)
        if (f.id == "evidence.duplicate_row")
            CHECK(f.message.id == "indikator 1 \"Persentase distribusi beras miskin\": bukti dukung realisasi 2022, baris 2: sama persis dengan "
                                  "baris 1 (tanggal, tempat, catatan dan nilai) dan ikut dihitung lagi; bila bukan kegiatan lain, hapus salah satunya");
    // Six rows are not 6 %: said at what the realisasi follows.
    REQUIRE(has(d, "evidence.aggregate_unfit", at + "/actual/from_evidence"));
    for (const auto& f : d)
        if (f.id == "evidence.aggregate_unfit" && f.location == at + "/actual/from_evidence") {
            CHECK(f.severity == Severity::Warning);
            CHECK(f.message.id == "indikator 1 \"Persentase distribusi beras miskin\": realisasi 2022 mengikuti bukti dukung (jumlah bukti), "
                                  "yang tidak dapat menjadi realisasinya: indikator ini dalam persen: banyaknya baris bukti bukan persentase; "
                                  "pakai nilai terakhir, atau ketik realisasinya");
            CHECK(f.message.en.find("the 2022 actual follows the evidence (count of evidence), which cannot be its actual") != std::string::npos);
        }
    CHECK(has(d, "evidence.aggregate_unfit", at + "/quarter_actuals/0/from_evidence"));
    // Counting rows, a place is not needed; counting places, a row without one is said at its place.
    CHECK_FALSE(has(d, "evidence.place_missing", at + "/actual/evidence/2/place"));
    CHECK(has(d, "evidence.place_missing", at + "/quarter_actuals/0/evidence/0/place"));
    // The last value is a realisasi in percent; a typed realisasi wins over the aggregate, which is then unused.
    Actual& held = p.objectives[0].indicators[0].years[2022].actual;
    held.from_evidence = EvidenceRule::Last;
    CHECK_FALSE(has(lint_plan(p), "evidence.aggregate_unfit", at + "/actual/from_evidence"));
    held.from_evidence = EvidenceRule::DistinctPlaces;
    held.value = parse_value("90 %");
    d = lint_plan(p);
    CHECK_FALSE(has(d, "evidence.aggregate_unfit", at + "/actual/from_evidence"));
    CHECK(has(d, "evidence.place_missing", at + "/actual/evidence/2/place"));
    // In kecamatan, a count of places is the realisasi.
    p.objectives[0].indicators[0].unit = "kec.";
    p.objectives[0].indicators[0].years[2022].target = parse_value("5 kec.");
    held.value = Value{};
    CHECK_FALSE(has(lint_plan(p), "evidence.aggregate_unfit", at + "/actual/from_evidence"));
}

TEST_CASE("a realisasi typed as a bare fraction against a percent target (0,8 for 80 %, as Excel keeps it) is asked about") {
    Plan plan = builtin_plan();
    const std::string four = "/objectives/1/indicators/0/years/2023/actual/value";  // indicator 4, target 100%
    Indicator& ind = plan.objectives[1].indicators[0];
    REQUIRE(ind.years.at(2023).target.shape == ValueShape::Percent);
    ind.years[2023].actual.value = parse_value("0,8");
    Diagnostics d = lint_plan(plan);
    REQUIRE(has(d, "lint.actual_fraction_of_percent", four));
    for (const auto& f : d)
        if (f.id == "lint.actual_fraction_of_percent") {
            CHECK(f.message.id.find("bila maksudnya 80 %") != std::string::npos);
            CHECK(f.message.en.find("if 80 % is meant") != std::string::npos);
            CHECK(f.message.id.find("dihitung sebagai 0,8 %") != std::string::npos);
            CHECK(f.message.en.find("counts as 0.8 %") != std::string::npos);  // the English way, not "0,8 %"
        }
    for (const char* fine : {"0,8%", "80", "95%", "2"}) {  // a percent, a number beside it, or more than a fraction
        CAPTURE(fine);
        ind.years[2023].actual.value = parse_value(fine);
        CHECK_FALSE(has(lint_plan(plan), "lint.actual_fraction_of_percent", four));
    }
}

TEST_CASE("a realisasi whose capaian is beyond 300 % (or below -100 %) is asked about, as a likely typo") {
    Plan plan = builtin_plan();
    const std::string four = "/objectives/1/indicators/0/years/2023/actual/value";  // indicator 4, target 100%
    Indicator& ind = plan.objectives[1].indicators[0];
    REQUIRE(ind.code == "4");
    ind.years[2023].actual.value = parse_value("1.250%");  // 1250 %, typed for 12,50 % or 1,250 %
    Diagnostics d = lint_plan(plan);
    REQUIRE(has(d, "lint.actual_implausible", four));
    for (const auto& f : d)
        if (f.id == "lint.actual_implausible") {
            CHECK(f.severity == Severity::Warning);
            CHECK(f.message.id.find("capaian 1.250,00 %") != std::string::npos);
            CHECK(f.message.en.find("achievement of 1,250.00 %") != std::string::npos);
        }
    for (const char* fine : {"300%", "95%", "0%", "-5%"}) {  // high, usual, nothing done, a fall: all possible
        CAPTURE(fine);
        ind.years[2023].actual.value = parse_value(fine);
        CHECK_FALSE(has(lint_plan(plan), "lint.actual_implausible", four));
    }
    ind.years[2023].actual.value = parse_value("-150%");
    CHECK(has(lint_plan(plan), "lint.actual_implausible", four));
    // From the formula's components: located there.
    Indicator& five = plan.objectives[2].indicators[0];  // "Jumlah Type OPD / Jumlah OPD x 100 %", target 80%
    REQUIRE(five.code == "5");
    five.years[2023].actual.components = {{"jumlah_type_opd", 250}, {"jumlah_opd", 25}};  // 1000 %
    CHECK(has(lint_plan(plan), "lint.actual_implausible", "/objectives/2/indicators/0/years/2023/actual/components"));
    five.years[2023].actual.components = {{"jumlah_type_opd", 25}, {"jumlah_opd", 25}};
    CHECK_FALSE(has(lint_plan(plan), "lint.actual_implausible", "/objectives/2/indicators/0/years/2023/actual/components"));
    // A realisasi typed beside components that give another number: the typed one is used, and that is said.
    five.years[2023].actual.components = {{"jumlah_type_opd", 12.5}, {"jumlah_opd", 15}};  // 83,33 %
    five.years[2023].actual.value = parse_value("70%");
    CHECK(has(lint_plan(plan), "lint.actual_components_differ", "/objectives/2/indicators/0/years/2023/actual/value"));
    five.years[2023].actual.value = parse_value("83,33%");  // the same, rounded
    CHECK_FALSE(has(lint_plan(plan), "lint.actual_components_differ", "/objectives/2/indicators/0/years/2023/actual/value"));
    five.years[2023].actual.value = {};

    // A quarter typed 1.250 against its quarter target: that quarter, named as such.
    Indicator& six = *find_indicator(plan, "i6");  // target 20 prd, sum of quarters
    const std::string at6 = "/objectives/2/indicators/1/years/2023";
    REQUIRE(find_indicator(plan, "i6") == &plan.objectives[2].indicators[1]);
    six.aggregation = Aggregation::Sum;
    six.years[2023].quarter_targets[0] = parse_value("5 prd");
    six.years[2023].quarter_actuals[0].value = parse_value("1.250 prd");
    Diagnostics q = lint_plan(plan);
    CHECK(has(q, "lint.actual_implausible", at6 + "/quarter_actuals/0/value"));
    for (const auto& f : q)
        if (f.id == "lint.actual_implausible" && f.location == at6 + "/quarter_actuals/0/value")
            CHECK(f.message.id.find("realisasi TW I 2023 1.250 prd memberi capaian 25.000,00 %") != std::string::npos);
    // The year from those quarters is not said again; without the quarter target, the year is, at the quarter typed.
    for (int n = 1; n < 4; ++n) six.years[2023].quarter_actuals[n].value = parse_value("5 prd");
    CHECK(lint_plan(plan).size() == q.size());
    six.years[2023].quarter_targets[0] = {};
    CHECK(has(lint_plan(plan), "lint.actual_implausible", at6 + "/quarter_actuals/0/value"));
    six.years[2023].quarter_actuals = {};
    // From the evidence log: at the last row's value.
    six.years[2023].actual.from_evidence = EvidenceRule::Sum;
    six.years[2023].actual.evidence = {{"2023-02-01", "Kota Agung", "", parse_value("5")}, {"2023-03-01", "Pugung", "", parse_value("1.250")}};
    CHECK(has(lint_plan(plan), "lint.actual_implausible", at6 + "/actual/evidence/1/value"));
    six.years[2023].actual.evidence.pop_back();
    CHECK_FALSE(has(lint_plan(plan), "lint.actual_implausible", at6 + "/actual/evidence/0/value"));
}

TEST_CASE("a cap below 100 % (from a file) is warned about, the plan's and an indicator's") {
    Plan plan = builtin_plan();
    CHECK_FALSE(has(lint_plan(plan), "lint.cap_below_target", "/settings/cap"));
    plan.settings.cap = 100;
    plan.objectives[0].indicators[0].cap = {IndicatorCap::Rule::At, 120};
    Diagnostics fine = lint_plan(plan);
    CHECK_FALSE(has(fine, "lint.cap_below_target", "/settings/cap"));
    CHECK_FALSE(has(fine, "lint.cap_below_target", "/objectives/0/indicators/0/cap"));
    plan.settings.cap = 90;
    plan.objectives[0].indicators[0].cap = {IndicatorCap::Rule::At, 50};
    Diagnostics d = lint_plan(plan);
    CHECK(has(d, "lint.cap_below_target", "/settings/cap"));
    CHECK(has(d, "lint.cap_below_target", "/objectives/0/indicators/0/cap"));
    for (const auto& f : d)
        if (f.location == "/settings/cap") CHECK(f.message.id.rfind("batas capaian rencana 90 % di bawah 100 %", 0) == 0);
}

TEST_CASE("quarter realisasi typed as running totals against cumulative targets are flagged at the first one") {
    Plan p;
    p.start_year = p.end_year = 2023;
    Indicator count;
    count.code = "6";
    count.name = "Jumlah penyusunan rancangan produk hukum daerah";
    count.aggregation = Aggregation::Sum;
    YearEntry& e = count.years[2023];
    e.target = parse_value("20 prd");
    e.quarter_targets = {parse_value("5 prd"), parse_value("10 prd"), parse_value("15 prd"), parse_value("20 prd")};
    const char* actuals[] = {"5 prd", "10 prd", "15 prd", "18 prd"};
    for (int q = 0; q < 4; ++q) e.quarter_actuals[q].value = parse_value(actuals[q]);
    p.objectives = {{"s1", "", "Sasaran", {count}}};
    Diagnostics d = lint_plan(p);
    REQUIRE(has(d, "lint.quarter_actuals_cumulative", "/objectives/0/indicators/0/years/2023/quarter_actuals/1/value"));
    for (const auto& f : d)
        if (f.id == "lint.quarter_actuals_cumulative") {
            CHECK(f.message.id == "indikator 6 \"Jumlah penyusunan rancangan produk hukum daerah\": realisasi triwulan 2023 tampak "
                                  "diketik sebagai jumlah berjalan (TW I 5 prd, TW II 10 prd, TW III 15 prd, TW IV 18 prd), padahal "
                                  "target triwulannya kumulatif dan Tolok sendiri menjumlahkan realisasi tiap triwulan (48); bila begitu, "
                                  "ketik realisasi triwulan itu saja");
            CHECK(f.message.en.find("look typed as running totals (Q1 5 prd, Q2 10 prd") != std::string::npos);
        }
    // Each quarter's own realisasi: nothing to say.
    const char* own[] = {"5 prd", "5 prd", "5 prd", "3 prd"};
    for (int q = 0; q < 4; ++q) p.objectives[0].indicators[0].years[2023].quarter_actuals[q].value = parse_value(own[q]);
    for (const auto& f : lint_plan(p)) CHECK(f.id != "lint.quarter_actuals_cumulative");
}

TEST_CASE("summed quarters whose targets do not add up to the year's are flagged") {
    Plan p;
    p.start_year = p.end_year = 2023;
    Indicator count;
    count.code = "6";
    count.name = "Jumlah penyusunan rancangan produk hukum daerah";
    count.aggregation = Aggregation::Sum;
    count.years[2023].target = parse_value("20 prd");
    count.years[2023].quarter_targets = {parse_value("5 prd"), parse_value("5 prd"), parse_value("5 prd"), parse_value("10 prd")};
    p.objectives = {{"s1", "", "Sasaran", {count}}};
    Diagnostics d = lint_plan(p);
    REQUIRE(has(d, "lint.quarter_targets_sum", "/objectives/0/indicators/0/years/2023/target"));
    for (const auto& f : d)
        if (f.id == "lint.quarter_targets_sum")
            CHECK(f.message.id == "indikator 6 \"Jumlah penyusunan rancangan produk hukum daerah\": target TW I-IV 2023 berjumlah 25, "
                                  "target tahunannya 20 prd (triwulan dijumlahkan untuk indikator ini)");
    // Adding up: fine. Not all four written, or quarters taken as the last value: not checked.
    p.objectives[0].indicators[0].years[2023].quarter_targets[3] = parse_value("5 prd");
    CHECK_FALSE(has(lint_plan(p), "lint.quarter_targets_sum", "/objectives/0/indicators/0/years/2023/target"));
    p.objectives[0].indicators[0].years[2023].quarter_targets[3] = parse_value("");
    p.objectives[0].indicators[0].years[2023].quarter_targets[2] = parse_value("9 prd");
    CHECK_FALSE(has(lint_plan(p), "lint.quarter_targets_sum", "/objectives/0/indicators/0/years/2023/target"));
    // Cumulative targets (s.d. TW, the last the year's): read as such, not as quarters to add up.
    p.objectives[0].indicators[0].years[2023].quarter_targets = {parse_value("5 prd"), parse_value("10 prd"), parse_value("15 prd"), parse_value("20 prd")};
    CHECK_FALSE(has(lint_plan(p), "lint.quarter_targets_sum", "/objectives/0/indicators/0/years/2023/target"));
    p.objectives[0].indicators[0].aggregation = Aggregation::Last;
    p.objectives[0].indicators[0].years[2023].quarter_targets[3] = parse_value("20 prd");
    CHECK_FALSE(has(lint_plan(p), "lint.quarter_targets_sum", "/objectives/0/indicators/0/years/2023/target"));
}

TEST_CASE("severities and locations as the interface shows them, in its two languages") {
    CHECK(location_label("line 3, column 7", Lang::Id) == "baris 3, kolom 7");
    CHECK(location_label("line 3, column 7", Lang::En) == "line 3, column 7");
    CHECK(location_label("row 4, column 2", Lang::Id) == "baris 4, kolom 2");
    CHECK(location_label("row 12", Lang::Id) == "baris 12");
    CHECK(location_label("position 5", Lang::Id) == "posisi 5");
    CHECK(location_label("/plan/objectives/0/name", Lang::Id) == "/plan/objectives/0/name");
    CHECK(location_label("/rows/line 1", Lang::Id) == "/rows/line 1");  // JSON pointers are never translated
    CHECK(location_label("", Lang::Id).empty());
    CHECK(std::string(severity_label(Severity::Warning, Lang::Id)) == "Peringatan");
    CHECK(std::string(severity_label(Severity::Warning, Lang::En)) == "Warning");
    CHECK(std::string(severity_label(Severity::Error, Lang::Id)) == "Kesalahan");
    CHECK(std::string(severity_label(Severity::Info, Lang::En)) == "Info");
    CHECK(std::string(severity_name(Severity::Warning)) == "WARNING");  // the CLI's line format is unchanged
}

TEST_CASE("reduplicated words: spaced forms flagged, hyphenated ones fine") {
    auto spelling = [](const std::string& name) {
        Plan p;
        Indicator i;
        i.code = "1";
        i.name = name;
        p.objectives = {{"s1", "", "Sasaran", {i}}};
        for (const auto& d : lint_plan(p))
            if (d.id == "lint.spelling") return true;
        return false;
    };
    CHECK(spelling("Nilai pemahaman pemahaman agama"));
    CHECK(spelling("keyakinan masing- masing"));
    CHECK(spelling("keyakinan masing -masing"));
    CHECK_FALSE(spelling("keyakinan masing-masing"));
    CHECK_FALSE(spelling("Jumlah dokumen 2 2"));
    CHECK_FALSE(spelling("Jumlah dokumen perencanaan"));
    // Also in the printed rumus (indicator 11 of the seed: "Pertumbuhan rata rata per tahun").
    Plan p;
    Indicator i;
    i.code = "11";
    i.name = "Laju pertumbuhan ekonomi";
    i.formula.text = "Pertumbuhan rata rata per tahun";
    p.objectives = {{"s5", "", "Sasaran", {i}}};
    Diagnostics d = lint_plan(p);
    REQUIRE(has(d, "lint.spelling", "/objectives/0/indicators/0/formula/text"));
    for (const auto& f : d)
        if (f.id == "lint.spelling")
            CHECK(f.message.en == "indicator 11 \"Laju pertumbuhan ekonomi\": in the formula, the reduplicated word \"rata rata\" should "
                                  "be written with a hyphen and no spaces: \"rata-rata\"");
}

TEST_CASE("missing targets, mixed units, duplicates, invalid expressions, NIP") {
    Plan p;
    p.start_year = 2021;
    p.end_year = 2022;
    p.signatory.nip = "1975030819940310";  // 16 digits
    Indicator a;
    a.code = "1";
    a.name = "Jumlah dokumen";
    a.years[2021].target = parse_value("2 dok");
    a.years[2022].target = parse_value("3 buku");
    Indicator b = a;
    b.code = "2";
    b.name = "Jumlah  Dokumen";
    b.years.erase(2022);
    b.formula.expression = "[A] / ";
    Indicator c;
    c.code = "3";
    c.name = "Persentase layanan";
    c.years[2021].target = parse_value("5 keg");
    c.years[2022].target = parse_value("5 keg");
    p.objectives = {{"s1", "", "Sasaran", {a, b, c}}};
    Diagnostics d = lint_plan(p);
    CHECK(has(d, "lint.mixed_target_units", "/objectives/0/indicators/0/years/2021/target"));
    CHECK(has(d, "lint.missing_target", "/objectives/0/indicators/1/years/2022/target"));
    CHECK(has(d, "lint.duplicate_indicator", "/objectives/0/indicators/1/name"));
    for (const auto& f : d)  // named as the table shows it, not by a JSON pointer
        if (f.id == "lint.duplicate_indicator") CHECK(f.message.id.find("sudah dipakai indikator " + a.code) != std::string::npos);
    CHECK(has(d, "lint.formula_invalid", "/objectives/0/indicators/1/formula/expression"));
    CHECK(has(d, "lint.name_kind_mismatch", "/objectives/0/indicators/2/name"));
    CHECK(has(d, "lint.nip_invalid", "/signatory/nip"));
    CHECK_FALSE(has(d, "lint.nip_invalid", "/superior/nip"));  // no NIP written for the Pihak Kedua
    CHECK(has_errors(d));
    // The Pihak Kedua's NIP is checked too, and each message says whose NIP it is.
    p.superior.name = "Hj. DEWI HANDAJANI";
    p.superior.nip = "19751308 199403 2 003";  // month 13
    for (const auto& f : lint_plan(p)) {
        if (f.id != "lint.nip_invalid") continue;
        if (f.location == "/superior/nip")
            CHECK(f.message.id.rfind("penandatangan Pihak Kedua (Hj. DEWI HANDAJANI): NIP tidak sah", 0) == 0);
        else
            CHECK(f.message.en.rfind("the first party signatory: ", 0) == 0);
    }
    CHECK(has(lint_plan(p), "lint.nip_invalid", "/superior/nip"));
}

}

TEST_CASE("a target written as a bare number is in the indicator's satuan: no 'different units' finding for it") {
    Plan p = builtin_plan();
    Indicator& ind = p.objectives[0].indicators[0];
    ind.kind = ValueKind::Number;
    ind.unit = "pasar";
    ind.years.clear();
    ind.years[2019].target = parse_value("1 pasar");
    ind.years[2020].target = parse_value("2");  // typed without its unit
    ind.years[2021].target = parse_value("3 pasar");
    const std::string at = "/objectives/0/indicators/0/";
    auto mixed = [&](const Diagnostics& d) {
        for (const auto& f : d)
            if (f.id == "lint.mixed_target_units" && f.location.rfind(at, 0) == 0) return true;
        return false;
    };
    CHECK_FALSE(mixed(lint_plan(p)));
    // Two units written out still differ; in money, "Rp 2 miliar" beside a bare amount does not.
    ind.years[2022].target = parse_value("4 unit");
    CHECK(mixed(lint_plan(p)));
    ind.years.erase(2022);
    ind.unit = "Rp";
    ind.years[2019].target = parse_value("Rp 2 miliar");
    ind.years[2020].target = parse_value("2500000000");
    ind.years[2021].target = parse_value("Rp 3.000.000.000");
    CHECK_FALSE(mixed(lint_plan(p)));
}
