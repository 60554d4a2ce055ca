// Tests of the evidence log summary (core/evidence.h): places compared as written by people, the sum of numeric
// values, the last value, and the warnings for dates and values.
#include <doctest/doctest.h>

#include "core/achievement.h"
#include "core/evidence.h"
#include "core/value.h"

using namespace tolok;

namespace {
Evidence row(const char* date, const char* place, const char* value = "") {
    Evidence e;
    e.date = date;
    e.place = place;
    e.value = parse_value(value);
    return e;
}
bool has(const EvidenceSummary& s, const std::string& id, const std::string& location) {
    for (const auto& d : s.problems)
        if (d.id == id && d.location == location) return true;
    return false;
}
}  // namespace

TEST_SUITE("evidence") {

TEST_CASE("kecamatan visited: one place written two ways counts once") {
    std::vector<Evidence> rows = {row("2023-02-10", "Kota Agung"), row("2023-03-01", "Pugung"), row("2023-04-12", "kota  agung "),
                                  row("2023-05-20", "Pugung"), row("2023-06-02", "Talang Padang"), row("2023-07-09", "")};
    EvidenceSummary s = summarize_evidence(rows, 2023);
    CHECK(s.count == 6);
    CHECK(s.distinct_places == 3);
    CHECK(s.problems.empty());
    CHECK(place_key("  Kota \t Agung ") == "kota agung");
}

TEST_CASE("values: numbers summed in Indonesian style, text left out and said, the last value kept") {
    std::vector<Evidence> rows = {row("", "A", "1.250"), row("", "B", "12,5"), row("", "C", "abc"), row("", "D", "")};
    EvidenceSummary s = summarize_evidence(rows, 2023);
    CHECK(s.sum == doctest::Approx(1262.5));
    CHECK(s.not_summed == 1);
    CHECK(s.last.text == "abc");
    REQUIRE(has(s, "evidence.value_not_number", "row 3"));
    for (const auto& d : s.problems)
        if (d.id == "evidence.value_not_number") CHECK(d.message.id == "nilai \"abc\" bukan angka; tidak ikut dijumlahkan");
    CHECK(has(s, "evidence.date_missing", "row 1"));  // evidence without a date is said
}

TEST_CASE("numbers are summed only in the indicator's unit; a number in another is left out and said at its row") {
    // An indicator in keg: 50 % and Rp 1.000 are not kegiatan (they once made 1.053 keg).
    std::vector<Evidence> rows = {row("2023-02-01", "A", "50 %"), row("2023-03-01", "B", "3 keg"), row("2023-03-02", "C", "Rp 1.000")};
    EvidenceSummary s = summarize_evidence(rows, 2023, 0, "keg");
    CHECK(s.sum == doctest::Approx(3));
    CHECK(s.not_summed == 2);
    CHECK(s.last.text == "3 keg");  // the latest row in keg, not Rp 1.000 of 2 March
    Indicator keg;
    keg.unit = "keg";
    CHECK(evidence_value(s, EvidenceRule::Sum, keg).value.text == "3 keg");
    CHECK(has(s, "evidence.value_other_unit", "row 1"));
    CHECK_FALSE(has(s, "evidence.value_other_unit", "row 2"));
    CHECK(has(s, "evidence.value_other_unit", "row 3"));
    for (const auto& d : s.problems)
        if (d.id == "evidence.value_other_unit" && d.location == "row 1") {
            CHECK(d.severity == Severity::Warning);
            CHECK(d.message.id == "nilai \"50 %\" bukan dalam satuan \"keg\"; tidak ikut dijumlahkan dan tidak dipakai sebagai nilai terakhir");
            CHECK(d.message.en == "the value \"50 %\" is not in the unit \"keg\"; it is left out of the sum and of the latest value");
        }
    // A bare number is in the indicator's unit, and a unit written another way is the same unit: 2 + 3 + 4 = 9 keg.
    EvidenceSummary bare = summarize_evidence({row("", "A", "2"), row("", "B", "3 keg"), row("", "C", "4 kegiatan")}, 2023, 0, "keg");
    CHECK(bare.sum == doctest::Approx(9));
    CHECK(bare.not_summed == 0);
    CHECK(summarize_evidence({row("", "A", "50 %"), row("", "B", "20")}, 2023, 0, "%").sum == doctest::Approx(70));
    // An indicator in Rp adds amounts in rupiah: 1.000 + 1.250.000.000 + 5.000; 3 keg is left out.
    EvidenceSummary money = summarize_evidence({row("", "A", "Rp 1.000"), row("", "B", "1,25 miliar"), row("", "C", "3 keg"), row("", "D", "5.000")},
                                               2023, 0, "Rp");
    CHECK(money.sum == doctest::Approx(1250006000.0));
    CHECK(has(money, "evidence.value_other_unit", "row 3"));
    // Without the indicator's unit, the first number's unit: 5 keg, then 50 % is another unit.
    EvidenceSummary first = summarize_evidence({row("", "A", "5 keg"), row("", "B", "50 %")}, 2023);
    CHECK(first.sum == doctest::Approx(5));
    CHECK(has(first, "evidence.value_other_unit", "row 2"));
}

TEST_CASE("a row dated outside the year or the quarter is not counted, summed or taken as the last value") {
    // For 2023: 20 December 2023 gives 9; 5 January 2024 is not 2023's last value (it once gave 1).
    std::vector<Evidence> rows = {row("2023-12-20", "Kota Agung", "9"), row("2024-01-05", "Pugung", "1")};
    EvidenceSummary s = summarize_evidence(rows, 2023);
    CHECK(s.last.text == "9");
    CHECK(s.count == 1);
    CHECK(s.distinct_places == 1);  // Pugung of 2024 is not a place of 2023
    CHECK(s.sum == doctest::Approx(9));
    REQUIRE(has(s, "evidence.date_outside_year", "row 2"));
    for (const auto& d : s.problems)
        if (d.id == "evidence.date_outside_year") {
            CHECK(d.message.id == "tanggal 2024-01-05 di luar tahun 2023; bukti ini tidak dihitung");
            CHECK(d.message.en == "the date 2024-01-05 is outside 2023; the row is not counted");
        }
    // TW IV's log: 30 September is TW III's.
    EvidenceSummary q4 = summarize_evidence({row("2023-12-20", "A", "9"), row("30/09/2023", "B", "4")}, 2023, 4);
    CHECK(q4.last.text == "9");
    CHECK(q4.count == 1);
    CHECK(q4.distinct_places == 1);
    CHECK(q4.sum == doctest::Approx(9));
    CHECK(has(q4, "evidence.date_outside_quarter", "row 2"));
    // Rows without a date, or with one not read, still count (they cannot be placed), and are warned about.
    EvidenceSummary undated = summarize_evidence({row("", "A", "2"), row("kemarin", "B", "3")}, 2023);
    CHECK(undated.count == 2);
    CHECK(undated.sum == doctest::Approx(5));
}

TEST_CASE("the last value is the latest-dated row's; an empty row is no evidence") {
    // Rows as typed, not in date order: the latest 2023 date is 15/04/2023 (value 2); 31/02 is no date.
    std::vector<Evidence> rows = {row("2023-03-14", "A", "1"), row("15/04/2023", "B", "2"), row("31/02/2023", "C", "dua"),
                                  row("2022-12-01", "D", "3"), row("05/01/2023", "E", "4,5"), Evidence{}};
    EvidenceSummary s = summarize_evidence(rows, 2023);
    CHECK(s.last.text == "2");
    CHECK(s.count == 4);  // the empty sixth row is not counted, nor D of 2022
    CHECK_FALSE(has(s, "evidence.date_missing", "row 6"));
    // With no row dated, the last row that has a value.
    EvidenceSummary undated = summarize_evidence({row("", "A", "7"), row("", "B", "8"), row("", "C", "")}, 2023);
    CHECK(undated.last.text == "8");
    // Two rows of the same date: the later row.
    EvidenceSummary same_day = summarize_evidence({row("2023-05-01", "A", "5"), row("01/05/2023", "B", "6")}, 2023);
    CHECK(same_day.last.text == "6");
}

TEST_CASE("a row repeating another exactly is said, and still counted; one differing in anything is not") {
    Evidence noted = row("2022-03-01", "Pugung", "2 ton");
    noted.note = "beras miskin";
    std::vector<Evidence> rows = {row("2022-02-10", "Kota Agung", "1"), row("2022-02-10", "Kota Agung", "1"), noted, noted,
                                  row("2022-02-10", "Kota Agung", "2"), row("2022-02-11", "Kota Agung", "1"), row("2022-02-10", "Kota Agung", "1")};
    EvidenceSummary s = summarize_evidence(rows, 2022);
    CHECK(s.count == 7);  // a repeat may be another visit on the same day: counted, but said
    CHECK(has(s, "evidence.duplicate_row", "row 2"));
    CHECK(has(s, "evidence.duplicate_row", "row 4"));
    CHECK(has(s, "evidence.duplicate_row", "row 7"));
    CHECK_FALSE(has(s, "evidence.duplicate_row", "row 1"));
    CHECK_FALSE(has(s, "evidence.duplicate_row", "row 3"));
    CHECK_FALSE(has(s, "evidence.duplicate_row", "row 5"));  // another value
    CHECK_FALSE(has(s, "evidence.duplicate_row", "row 6"));  // another day
    for (const auto& d : s.problems)
        if (d.id == "evidence.duplicate_row" && d.location == "row 7") {
            CHECK(d.severity == Severity::Warning);
            CHECK(d.message.id == "sama persis dengan baris 1 (tanggal, tempat, catatan dan nilai) dan ikut dihitung lagi; "
                                  "bila bukan kegiatan lain, hapus salah satunya");
            CHECK(d.message.en == "the same as row 1 (date, place, note and value), and counted again; unless it is another activity, "
                                  "delete one of them");
        }
    // Empty rows are no evidence, and two of them no repeat.
    CHECK(summarize_evidence({Evidence{}, Evidence{}}, 2022).problems.empty());
}

TEST_CASE("a row without a place is said when the realisasi counts distinct places, where it counts in none") {
    std::vector<Evidence> rows = {row("2022-02-10", "Kota Agung"), row("2022-03-10", ""), row("2022-04-10", "  ")};
    EvidenceSummary places = summarize_evidence(rows, 2022, 0, "kec.", EvidenceRule::DistinctPlaces);
    CHECK(places.count == 3);
    CHECK(places.distinct_places == 1);
    CHECK(has(places, "evidence.place_missing", "row 2"));
    CHECK(has(places, "evidence.place_missing", "row 3"));
    CHECK_FALSE(has(places, "evidence.place_missing", "row 1"));
    for (const auto& d : places.problems)
        if (d.id == "evidence.place_missing") {
            CHECK(d.message.id == "tempat belum diisi; baris ini tidak ikut jumlah tempat berbeda");
            CHECK(d.message.en == "no place written; the row is not counted among the distinct places");
        }
    // Counting rows or following nothing, a place is not needed.
    CHECK_FALSE(has(summarize_evidence(rows, 2022, 0, "kec.", EvidenceRule::Count), "evidence.place_missing", "row 2"));
    CHECK_FALSE(has(summarize_evidence(rows, 2022), "evidence.place_missing", "row 2"));
}

TEST_CASE("dates: ISO and Indonesian forms read, impossible dates and other years warned") {
    std::vector<Evidence> rows = {row("2023-03-14", "A"), row("14/03/2023", "B"), row("4-3-2023", "C"), row("2023-13-40", "D"),
                                  row("2023-02-29", "E"), row("2024-02-29", "F"), row("2022-12-01", "G"), row("kemarin", "H")};
    EvidenceSummary s = summarize_evidence(rows, 2023);
    CHECK_FALSE(has(s, "evidence.date_invalid", "row 1"));
    CHECK_FALSE(has(s, "evidence.date_invalid", "row 2"));
    CHECK_FALSE(has(s, "evidence.date_invalid", "row 3"));
    CHECK(has(s, "evidence.date_invalid", "row 4"));
    CHECK(has(s, "evidence.date_invalid", "row 5"));           // 2023 is no leap year
    CHECK(has(s, "evidence.date_outside_year", "row 6"));      // a real date, but of 2024
    CHECK(has(s, "evidence.date_outside_year", "row 7"));
    CHECK(has(s, "evidence.date_invalid", "row 8"));
    CHECK(s.count == 6);  // rows 6 and 7, dated in other years, are not counted; a date not read still counts
    for (const auto& d : s.problems) CHECK(d.severity == Severity::Warning);
    // A date written right that does not exist is said as such, not as a way of writing to change.
    auto message = [&](const char* id, const std::string& row_name) {
        for (const auto& d : s.problems)
            if (d.id == id && d.location == row_name) return d.message;
        return BiText{};
    };
    CHECK(message("evidence.date_invalid", "row 5").id == "tanggal \"2023-02-29\" tidak ada (bulan itu 28 hari)");
    CHECK(message("evidence.date_invalid", "row 4").en == "the date \"2023-13-40\" does not exist (there is no month 13)");
    CHECK(message("evidence.date_invalid", "row 8").id.find("tidak dikenali (tulis mis. 14/03/2023") != std::string::npos);
}

TEST_CASE("dates with the month written out, as letters date them: Indonesian or English, full or short") {
    for (const char* ok : {"15 Mei 2023", "1 januari 2023", "28 FEBRUARI 2023", "4 Agt 2023", "4 Agu. 2023",
                           "30 September 2023", "9 Okt 2023", "31 Desember 2023", "2 Nopember 2023", "15 May 2023",
                           "3 Oct 2023", "15  Mei  2023"}) {
        CAPTURE(ok);
        EvidenceSummary s = summarize_evidence({row(ok, "A")}, 2023);
        CHECK(s.problems.empty());
    }
    // The month is read, not only accepted: a quarter's log places it.
    CHECK(summarize_evidence({row("15 Mei 2023", "A")}, 2023, 2).problems.empty());
    CHECK(has(summarize_evidence({row("15 Mei 2023", "A")}, 2023, 1), "evidence.date_outside_quarter", "row 1"));
    CHECK(has(summarize_evidence({row("15 Mei 2022", "A")}, 2023), "evidence.date_outside_year", "row 1"));
    for (const char* bad : {"31 Juni 2023", "15 Mai 2023", "15 Mei 23", "Mei 2023", "15 Mei", "115 Mei 2023", "x Mei 2023"}) {
        CAPTURE(bad);
        CHECK(has(summarize_evidence({row(bad, "A")}, 2023), "evidence.date_invalid", "row 1"));
    }
    // The latest-dated row gives the last value, whichever way the dates are written.
    EvidenceSummary s = summarize_evidence({row("2 Juni 2023", "A", "5"), row("14/03/2023", "B", "6")}, 2023);
    CHECK(s.last.text == "5");
}

}

TEST_CASE("a realisasi that follows its evidence log is recomputed as rows are added, and says so") {
    Plan plan;
    plan.start_year = plan.end_year = 2023;
    Indicator ind;
    ind.id = "i9";
    ind.code = "9";
    ind.unit = "kec.";
    ind.years[2023].target = parse_value("20 kec.");
    Actual& a = ind.years[2023].actual;
    a.evidence = {{"2023-02-01", "Kota Agung", "", parse_value("")}, {"2023-03-01", "kota  agung", "", parse_value("")},
                  {"2023-04-01", "Pugung", "", parse_value("")}};
    a.from_evidence = EvidenceRule::DistinctPlaces;
    plan.objectives = {{"s1", "1", "Sasaran", {ind}}};
    const Indicator& held = plan.objectives[0].indicators[0];
    ResolvedActual r = resolve_actual(plan, held, 2023);
    CHECK(r.value.text == "2 kec.");
    CHECK(r.source.id == "dari bukti dukung: jumlah tempat berbeda (3 baris)");
    Achievement before = compute_achievement(plan, held, 2023);
    CHECK(*before.percent == doctest::Approx(10));  // 2 / 20
    CHECK(before.explanation.id.rfind("Realisasi: dari bukti dukung: jumlah tempat berbeda (3 baris). Realisasi 2 kec. / Target 20 kec.", 0) == 0);
    // One more kecamatan visited: the realisasi follows, nothing typed.
    plan.objectives[0].indicators[0].years[2023].actual.evidence.push_back({"2023-05-01", "Gisting", "", parse_value("")});
    CHECK(resolve_actual(plan, held, 2023).value.text == "3 kec.");
    // Each rule.
    Actual& held_actual = plan.objectives[0].indicators[0].years[2023].actual;
    held_actual.from_evidence = EvidenceRule::Count;
    CHECK(resolve_actual(plan, held, 2023).value.text == "4 kec.");
    held_actual.evidence[3].value = parse_value("2,5");
    held_actual.from_evidence = EvidenceRule::Sum;
    CHECK(resolve_actual(plan, held, 2023).value.text == "2,5 kec.");
    held_actual.from_evidence = EvidenceRule::Last;
    CHECK(resolve_actual(plan, held, 2023).value.text == "2,5 kec.");
    held_actual.evidence[2].value = parse_value("40 %");  // another unit: not added into kecamatan, warned at its row
    held_actual.from_evidence = EvidenceRule::Sum;
    CHECK(resolve_actual(plan, held, 2023).value.text == "2,5 kec.");
    // the working says how many rows the sum left out, not only how many rows there are
    CHECK(resolve_actual(plan, held, 2023).source.id == "dari bukti dukung: jumlah nilai bukti (4 baris, 1 tidak dijumlahkan)");
    CHECK(resolve_actual(plan, held, 2023).source.en == "from the evidence: sum of the evidence values (4 rows, 1 not summed)");
    held_actual.evidence[2].value = parse_value("");
    held_actual.from_evidence = EvidenceRule::Last;
    held_actual.evidence[3].value = parse_value("");
    CHECK(resolve_actual(plan, held, 2023).value.empty());
    CHECK(resolve_actual(plan, held, 2023).source.id == "bukti dukung: nilai bukti terakhir belum ada");
    CHECK_FALSE(compute_achievement(plan, held, 2023).computable());
    // A value typed wins over the evidence.
    held_actual.value = parse_value("7 kec.");
    CHECK(resolve_actual(plan, held, 2023).value.text == "7 kec.");
}

TEST_CASE("an indicator in percent or graded takes no count, places or sum of its evidence as its realisasi; the last value it does") {
    // The tester's indicator 1 (satuan %): seven rows of 2022 gave "6 %", "3 %" and "470 %".
    Plan plan;
    plan.start_year = 2020;
    plan.end_year = 2024;
    Indicator ind;
    ind.id = "i1";
    ind.code = "1";
    ind.unit = "%";
    ind.years[2022].target = parse_value("95 %");
    Actual& a = ind.years[2022].actual;
    a.evidence = {{"2022-01-10", "Kota Agung", "", parse_value("60 %")}, {"2022-02-10", "Pugung", "", parse_value("65 %")},
                  {"2022-03-10", "Gisting", "", parse_value("70 %")},    {"2022-04-10", "Kota Agung", "", parse_value("80 %")},
                  {"2022-05-10", "Pugung", "", parse_value("90 %")},     {"2022-06-10", "Gisting", "", parse_value("")},
                  {"2022-07-10", "Kota Agung", "", parse_value("85 %")}};
    plan.objectives = {{"s1", "1", "Sasaran", {ind}}};
    Indicator& held = plan.objectives[0].indicators[0];
    Actual& act = held.years[2022].actual;
    for (EvidenceRule rule : {EvidenceRule::Count, EvidenceRule::DistinctPlaces, EvidenceRule::Sum}) {
        CAPTURE(static_cast<int>(rule));
        act.from_evidence = rule;
        const ResolvedActual r = resolve_actual(plan, held, 2022);
        CHECK(r.value.empty());
        CHECK(r.source.id.find("tidak dapat menjadi realisasi") != std::string::npos);
        CHECK(r.source.en.find("cannot be the actual") != std::string::npos);
        CHECK_FALSE(compute_achievement(plan, held, 2022).computable());
    }
    act.from_evidence = EvidenceRule::Count;
    CHECK(resolve_actual(plan, held, 2022).source.id ==
          "bukti dukung: jumlah bukti tidak dapat menjadi realisasi (indikator ini dalam persen: banyaknya baris bukti bukan persentase; "
          "pakai nilai terakhir, atau ketik realisasinya)");
    act.from_evidence = EvidenceRule::Last;
    CHECK(resolve_actual(plan, held, 2022).value.text == "85 %");
    CHECK(*compute_achievement(plan, held, 2022).percent == doctest::Approx(85.0 / 95 * 100));
    // Percent by its kind, by "persen", or by its targets when no satuan is written.
    act.from_evidence = EvidenceRule::Sum;
    held.unit = "";
    CHECK(resolve_actual(plan, held, 2022).value.empty());
    held.years[2022].target = parse_value("95");
    CHECK(resolve_actual(plan, held, 2022).value.text == "450");  // nothing says it is a percentage
    held.kind = ValueKind::Percent;
    CHECK(resolve_actual(plan, held, 2022).value.empty());
    held.kind = ValueKind::Number;
    held.unit = "Persen";
    CHECK(resolve_actual(plan, held, 2022).value.empty());
    // A count in another satuan is what it counts.
    held.unit = "kec.";
    act.from_evidence = EvidenceRule::DistinctPlaces;
    CHECK(resolve_actual(plan, held, 2022).value.text == "3 kec.");
    // Graded: no count or sum of grades; the last grade stands.
    held.unit = "";
    held.kind = ValueKind::Grade;
    held.years[2022].target = parse_value("BB");
    for (Evidence& e : act.evidence) e.value = parse_value("B");
    act.evidence.back().value = parse_value("BB");
    act.from_evidence = EvidenceRule::Count;
    CHECK(resolve_actual(plan, held, 2022).value.empty());
    act.from_evidence = EvidenceRule::Last;
    CHECK(resolve_actual(plan, held, 2022).value.text == "BB");
    // The reason, for the editor's buttons: in both languages; none for the last value or a count of kecamatan.
    const std::optional<BiText> graded = evidence_rule_unfit(held, EvidenceRule::Sum);
    REQUIRE(graded);
    CHECK(graded->id == "indikator ini berpredikat: predikat tidak dapat dijumlahkan; pakai nilai terakhir, atau ketik realisasinya");
    CHECK(graded->en == "this indicator is graded: grades do not add up; use the last value, or type the actual");
    CHECK_FALSE(evidence_rule_unfit(held, EvidenceRule::Last));
    CHECK_FALSE(evidence_rule_unfit(held, EvidenceRule::None));
    Indicator percent;
    percent.unit = "%";
    const std::optional<BiText> places = evidence_rule_unfit(percent, EvidenceRule::DistinctPlaces);
    REQUIRE(places);
    CHECK(places->en == "this indicator is in percent: a count of places is no percentage; use the last value, or type the actual");
    CHECK(evidence_rule_unfit(percent, EvidenceRule::Sum)->id.find("persentase tidak dapat dijumlahkan") != std::string::npos);
    Indicator kec;
    kec.unit = "kec.";
    for (EvidenceRule rule : {EvidenceRule::Count, EvidenceRule::DistinctPlaces, EvidenceRule::Sum, EvidenceRule::Last})
        CHECK_FALSE(evidence_rule_unfit(kec, rule));
    // The year from quarters following their distinct places is refused with them.
    held.kind = ValueKind::Number;
    held.unit = "%";
    held.aggregation = Aggregation::Sum;
    held.years[2022].actual = Actual{};
    for (int q = 0; q < 4; ++q) {
        Actual& qa = held.years[2022].quarter_actuals[q];
        qa.evidence = {{"2022-" + std::string(q < 3 ? "0" : "") + std::to_string(q * 3 + 1) + "-05", "Pugung", "", parse_value("")}};
        qa.from_evidence = EvidenceRule::DistinctPlaces;
    }
    CHECK(resolve_actual(plan, held, 2022).value.empty());
}
