// Tests of the printed regency recap (core/regency_recap.h): three small offices made by hand (the regency plan with
// an indicator below target and the top of the pohon kinerja, an office with a minimize indicator, one not computable
// and one below target, an office whose period does not hold the year); the counts, averages and below-target rows
// printed are worked out by hand here from the raw numbers; the English variant; hostile text escaped.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "html_text.h"
#include "core/regency_recap.h"
#include "core/value.h"

using namespace tolok;
using tolok::testing::text_of;

namespace {


// The cells' text of the first table row (<tr>) after `from` whose text holds `needle`.
std::vector<std::string> row_cells(const std::string& html, const std::string& needle, size_t from = 0) {
    for (size_t tr = html.find("<tr", from); tr != std::string::npos; tr = html.find("<tr", tr + 1)) {
        const size_t end = html.find("</tr>", tr);
        const std::string row = html.substr(tr, end - tr);
        if (text_of(row).find(needle) == std::string::npos) continue;
        std::vector<std::string> cells;
        for (size_t p = row.find("<t", 1); p != std::string::npos; p = row.find("<t", p + 1)) {
            if (row.compare(p, 3, "<td") != 0 && row.compare(p, 3, "<th") != 0) continue;
            const size_t open_end = row.find('>', p);
            const size_t close = row.find(row.compare(p, 3, "<td") == 0 ? "</td>" : "</th>", open_end);
            cells.push_back(text_of(row.substr(open_end + 1, close - open_end - 1)));
            p = close;
        }
        return cells;
    }
    return {};
}

Indicator indicator(const std::string& id, const std::string& name, const std::string& target, const std::string& actual,
                    Polarity polarity = Polarity::Maximize, const std::string& supports = "") {
    Indicator i;
    i.id = id;
    i.code = id.substr(1);
    i.name = name;
    i.polarity = polarity;
    i.years[2024].target = parse_value(target);
    if (!actual.empty()) i.years[2024].actual.value = parse_value(actual);
    i.supports = supports;
    return i;
}

Plan office(const std::string& id, const std::string& name, int start, int end) {
    Plan p;
    p.id = id;
    p.title = "IKU";
    p.office.name = name;
    p.office.government = "Pemerintah Kabupaten Tanggamus";
    p.office.place = "Kota Agung";
    p.start_year = start;
    p.end_year = end;
    p.objectives.push_back(Objective{"s1", "1", "Sasaran " + id, {}});
    return p;
}

// kab (the regency plan, 2021-2026): r1 100 % -> 95 % = 95 (below target), r2 10 keg -> 12 keg = 120.
// dinkes (2021-2026): i1 minimize 20 % -> 25 % = (2 - 25/20) x 100 = 75 (below); i2 no realisasi (not computable);
//   i3 10 keg -> 8 keg = 80 (below), supporting kab/r1.
// disdik (2016-2020): outside 2024, nothing counted.
std::vector<Plan> three_offices(const std::string& dinkes_name) {
    Plan kab = office("kab", "Bappeda", 2021, 2026);
    kab.signatory.title = "BUPATI TANGGAMUS";
    kab.signatory.name = "DEWI SARTIKA, S.H.";
    kab.objectives[0].indicators.push_back(indicator("r1", "Indeks pembangunan manusia", "100%", "95%"));
    kab.objectives[0].indicators.push_back(indicator("r2", "Jumlah inovasi daerah", "10 keg", "12 keg"));
    Plan dinkes = office("dinkes", dinkes_name, 2021, 2026);
    dinkes.objectives[0].indicators.push_back(indicator("i1", "Angka kesakitan", "20%", "25%", Polarity::Minimize));
    dinkes.objectives[0].indicators.push_back(indicator("i2", "Cakupan imunisasi", "90%", ""));
    dinkes.objectives[0].indicators.push_back(indicator("i3", "Jumlah puskesmas terakreditasi", "10 keg", "8 keg", Polarity::Maximize, "kab/r1"));
    Plan disdik = office("disdik", "Dinas Pendidikan", 2016, 2020);
    disdik.objectives[0].indicators.push_back(indicator("i1", "Angka partisipasi", "90%", "50%"));
    for (auto& ind : disdik.objectives[0].indicators) {  // its data in its own years
        ind.years[2019] = ind.years[2024];
        ind.years.erase(2024);
    }
    return {kab, dinkes, disdik};
}

std::string render(const std::vector<Plan>& plans, Lang lang) {
    ReportOptions options;
    options.year = 2024;
    options.lang = lang;
    return render_regency_recap(regency_recap(plans, 2024), options);
}

}  // namespace

TEST_SUITE("regency recap") {
    TEST_CASE("per office and total: counts per band, not computable, below target and averages worked by hand") {
        const std::string html = render(three_offices("Dinas Kesehatan"), Lang::Id);
        const std::string text = text_of(html);
        CHECK(text.find("REKAPITULASI") == std::string::npos);  // upper case by the stylesheet, the text as written
        CHECK(text.find("Rekapitulasi Capaian Kinerja Perangkat Daerah Kabupaten Tanggamus Tahun 2024") != std::string::npos);
        CHECK(html.find("class=\"sheet landscape\"") != std::string::npos);
        // The band columns in the default bands' order, after No | Perangkat Daerah | Jumlah indikator.
        CHECK(row_cells(html, "Sangat Rendah") == std::vector<std::string>{"Sangat Rendah", "Rendah", "Sedang", "Tinggi", "Sangat Tinggi"});
        // kab: 2 indicators, 95 and 120 both Sangat Tinggi (> 90); r1 below; average (95 + 120) / 2 = 107,50.
        CHECK(row_cells(html, "Bappeda") ==
              std::vector<std::string>{"1", "Bappeda", "2", "0", "0", "0", "0", "2", "0", "1", "107,50 %"});
        // dinkes: 75 Sedang, 80 Tinggi, one not computable; two below; average (75 + 80) / 2 = 77,50.
        CHECK(row_cells(html, "Dinas Kesehatan") ==
              std::vector<std::string>{"2", "Dinas Kesehatan", "3", "0", "0", "1", "1", "0", "1", "2", "77,50 %"});
        // disdik: outside 2024, counted nowhere.
        CHECK(row_cells(html, "Dinas Pendidikan") ==
              std::vector<std::string>{"3", "Dinas Pendidikan (tahun di luar periode rencana; tidak dihitung)", "-", "-", "-", "-", "-",
                                       "-", "-", "-", "-"});
        // Total: 5 indicators, 4 computable: (95 + 120 + 75 + 80) / 4 = 92,50; 3 below target.
        CHECK(row_cells(html, "Jumlah kabupaten") ==
              std::vector<std::string>{"", "Jumlah kabupaten", "5", "0", "0", "1", "1", "2", "1", "3", "92,50 %"});
        CHECK(text.find("2 perangkat daerah dihitung untuk tahun 2024, 5 indikator, 4 di antaranya dapat dihitung") != std::string::npos);
        // The office outside the period said in plain words in the notes.
        CHECK(text.find("Tahun 2024 di luar periode rencana perangkat daerah berikut; indikatornya tidak dihitung: Dinas Pendidikan.") !=
              std::string::npos);
    }

    TEST_CASE("the indicators below target, the pohon kinerja and the regency plan's signatory") {
        const std::string html = render(three_offices("Dinas Kesehatan"), Lang::Id);
        const std::string text = text_of(html);
        const size_t below = html.find("Indikator di bawah target");
        REQUIRE(below != std::string::npos);
        CHECK(text.find("Indikator di bawah target (capaian < 100 %): 3") != std::string::npos);
        CHECK(row_cells(html, "Indeks pembangunan", below) ==
              std::vector<std::string>{"1", "Bappeda", "1. Indeks pembangunan manusia", "100%", "95%", "95,00 %", "Sangat Tinggi"});
        CHECK(row_cells(html, "Angka kesakitan", below) ==
              std::vector<std::string>{"2", "Dinas Kesehatan", "1. Angka kesakitan", "20%", "25%", "75,00 %", "Sedang"});
        CHECK(row_cells(html, "puskesmas", below) ==
              std::vector<std::string>{"3", "Dinas Kesehatan", "3. Jumlah puskesmas terakreditasi", "10 keg", "8 keg", "80,00 %", "Tinggi"});
        CHECK(row_cells(html, "Cakupan imunisasi", below).empty());  // not computable: not below target
        // Pohon kinerja: kab/r1 (95) rolls up its one supporter i3: 80,00, Tinggi, 1 of 1 computable.
        const size_t tree = html.find("Pohon kinerja");
        REQUIRE(tree != std::string::npos);
        CHECK(row_cells(html, "Indeks pembangunan", tree) ==
              std::vector<std::string>{"1. Indeks pembangunan manusia", "Bappeda", "95,00 %", "Sangat Tinggi", "80,00 %", "Tinggi (1 / 1)"});
        CHECK(row_cells(html, "puskesmas", tree) ==
              std::vector<std::string>{"\xE2\x86\xB3 3. Jumlah puskesmas terakreditasi", "Dinas Kesehatan", "80,00 %", "Tinggi", "-", "-"});
        // Signed by the regency plan (top of the tree), at its place.
        CHECK(text.find("Kota Agung, .................... 2024 BUPATI TANGGAMUS, DEWI SARTIKA, S.H.") != std::string::npos);
    }

    TEST_CASE("no links and no signatory: no tree, a blank signature block with place and date lines") {
        std::vector<Plan> plans = three_offices("Dinas Kesehatan");
        plans[1].objectives[0].indicators[2].supports.clear();
        const std::string text = text_of(render(plans, Lang::Id));
        CHECK(text.find("Pohon kinerja") == std::string::npos);
        CHECK(text.find("DEWI SARTIKA") == std::string::npos);
        CHECK(text.find("Kota Agung, .................... 2024 (....") != std::string::npos);
    }

    TEST_CASE("no plan names its government: the title names no region (never a guessed \"Kabupaten\")") {
        std::vector<Plan> plans = three_offices("Dinas Kesehatan");
        for (auto& p : plans) p.office.government.clear();
        CHECK(text_of(render(plans, Lang::Id)).find("Rekapitulasi Capaian Kinerja Perangkat Daerah Tahun 2024 2 perangkat daerah dihitung") != std::string::npos);
        plans[1].office.government = "Pemerintah Kota Bandar Lampung";  // the first counted office that names one
        CHECK(text_of(render(plans, Lang::Id)).find("Perangkat Daerah Kota Bandar Lampung Tahun 2024") != std::string::npos);
    }

    TEST_CASE("English with the document language") {
        const std::string html = render(three_offices("Dinas Kesehatan"), Lang::En);
        const std::string text = text_of(html);
        CHECK(html.find("<html lang=\"en\">") != std::string::npos);
        CHECK(text.find("Recap of the Performance Achievement of the Regional Offices Kabupaten Tanggamus, 2024") != std::string::npos);
        CHECK(row_cells(html, "Regency total") ==
              std::vector<std::string>{"", "Regency total", "5", "0", "0", "1", "1", "2", "1", "3", "92.50 %"});
        CHECK(row_cells(html, "Bappeda") ==
              std::vector<std::string>{"1", "Bappeda", "2", "0", "0", "0", "0", "2", "0", "1", "107.50 %"});
        CHECK(text.find("Indicators below target (achievement < 100 %): 3") != std::string::npos);
        CHECK(text.find("The year 2024 is outside the plan period of these offices; their indicators are not counted: Dinas Pendidikan.") !=
              std::string::npos);
        CHECK(text.find("Rekapitulasi") == std::string::npos);
        CHECK(text.find("Jumlah kabupaten") == std::string::npos);
    }

    TEST_CASE("hostile office name is escaped, never markup") {
        const std::string hostile = "Dinas <script>x()</script> & \"Kes\"";
        const std::string html = render(three_offices(hostile), Lang::Id);
        CHECK(html.find("<script") == std::string::npos);
        CHECK(html.find("Dinas &lt;script&gt;x()&lt;/script&gt; &amp; &quot;Kes&quot;") != std::string::npos);
        CHECK(row_cells(html, "x()").at(1) == hostile);
    }

    TEST_CASE("two plans of one office: told apart in the rows, and the warning printed in the notes naming both") {
        std::vector<Plan> plans = three_offices("Dinas Kesehatan");
        Plan twice = plans[1];
        twice.id = "dinkes-2";
        for (auto& ind : twice.objectives[0].indicators) ind.supports.clear();
        plans.push_back(twice);
        const std::string text = text_of(render(plans, Lang::Id));
        // One period, one title: the two told apart by their ids, in the note and in the rows.
        CHECK(text.find("Dinas Kesehatan \xE2\x80\x94 dinkes-2: Rencana dinkes dan dinkes-2 sama-sama dari Dinas Kesehatan; keduanya "
                        "dihitung dalam jumlah kabupaten (hapus salah satu bila itu salinan).") != std::string::npos);
        const std::string html = render(plans, Lang::Id);
        const std::vector<std::string> first = row_cells(html, "Dinas Kesehatan \xE2\x80\x94 dinkes"), second = row_cells(html, "Dinas Kesehatan \xE2\x80\x94 dinkes-2");
        REQUIRE(first.size() > 1);
        REQUIRE(second.size() > 1);
        CHECK(first[1] == "Dinas Kesehatan \xE2\x80\x94 dinkes");
        CHECK(second[1] == "Dinas Kesehatan \xE2\x80\x94 dinkes-2");
        CHECK(text.find("Indikator di bawah target (capaian < 100 %): 5") != std::string::npos);  // both copies counted
    }
}
