// Tests of the regency consolidation (core/consolidation.h) and the long-format export (core/long_export.h).
// 100 generated offices: the counts per band, not computable, below target and averages are compared with an
// independent computation written here from the raw numbers (R/T x 100, (2 - R/T) x 100, the default bands and
// the cap), never by calling the achievement code.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>

#include "core/consolidation.h"
#include "core/long_export.h"
#include "core/office_twice.h"
#include "core/regency_basis.h"
#include "core/plan_json.h"

using namespace tolok;

namespace {

struct Rng {
    unsigned long long s = 0x2545F4914F6CDD1Dull;
    unsigned next() { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return static_cast<unsigned>(s >> 11); }
    int in(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<unsigned>(hi - lo + 1)); }
};

enum class Kind { PercentMax, CountMax, PercentMin, Text };

struct Raw {
    std::string plan, objective, indicator;
    Kind kind = Kind::PercentMax;
    int target = 0, actual = 0;
    bool has_actual = false;
};

struct RawOffice {
    std::string id;
    bool in_period = true;
    std::optional<double> cap;
    std::vector<std::vector<Raw>> objectives;
};

// The expected result of one indicator, computed here.
struct Expected {
    bool computable = false;
    double percent = 0, capped = 0;
    std::string band;
};

std::string band_of(double capped) {  // default bands, Permendagri 86/2017 cut-points; negative -> lowest
    if (capped <= 50) return "Sangat Rendah";
    if (capped <= 65) return "Rendah";
    if (capped <= 75) return "Sedang";
    if (capped <= 90) return "Tinggi";
    return "Sangat Tinggi";
}

Expected expect(const Raw& r, const std::optional<double>& cap) {
    Expected e;
    if (r.kind == Kind::Text || !r.has_actual) return e;
    double ratio = static_cast<double>(r.actual) / r.target;
    e.computable = true;
    e.percent = r.kind == Kind::PercentMin ? (2.0 - ratio) * 100.0 : ratio * 100.0;
    e.capped = cap ? std::min(e.percent, *cap) : e.percent;
    e.band = band_of(e.capped);
    return e;
}

bool near_boundary(double p) {
    for (double b : {50.0, 65.0, 75.0, 90.0, 100.0})
        if (std::fabs(p - b) < 1e-6) return true;
    return false;
}

std::string value_text(Kind k, int n) {
    switch (k) {
        case Kind::PercentMax:
        case Kind::PercentMin: return std::to_string(n) + "%";
        case Kind::CountMax: return std::to_string(n) + " keg";
        default: return "Tersedia";
    }
}

// Generates the offices: raw numbers and the plans made from them. Year 2023 is consolidated; 2022 holds other
// numbers so the year matters; every 10th office's period (2016-2020) excludes 2023.
void generate(int count, std::vector<RawOffice>& raws, std::vector<Plan>& plans) {
    Rng rng;
    for (int k = 0; k < count; ++k) {
        RawOffice ro;
        ro.id = "opd-" + std::to_string(k);
        ro.in_period = k % 10 != 9;
        if (k % 3 == 0) ro.cap = 120.0;
        Plan p;
        p.id = ro.id;
        p.title = "IKU";
        p.office.name = "Dinas " + std::to_string(k);
        p.start_year = ro.in_period ? 2021 : 2016;
        p.end_year = ro.in_period ? 2025 : 2020;
        p.settings.cap = ro.cap;
        int objectives = rng.in(1, 4), n = 0;
        for (int o = 0; o < objectives; ++o) {
            Objective obj;
            obj.id = "s" + std::to_string(o + 1);
            obj.code = std::to_string(o + 1);
            obj.name = "Sasaran " + obj.code;
            std::vector<Raw> raw_list;
            int indicators = rng.in(1, 8);
            for (int i = 0; i < indicators; ++i) {
                Raw r;
                r.plan = p.id;
                r.objective = obj.id;
                r.indicator = "i" + std::to_string(++n);
                r.kind = static_cast<Kind>(rng.in(0, 3));
                r.has_actual = rng.in(1, 100) <= 85;
                r.target = r.kind == Kind::PercentMin ? rng.in(5, 20) : r.kind == Kind::CountMax ? rng.in(2, 30) : rng.in(50, 100);
                do r.actual = rng.in(1, 2 * r.target);
                while (near_boundary(expect(r, ro.cap).percent));  // capped is the percent or exactly the cap
                Indicator ind;
                ind.id = r.indicator;
                ind.code = std::to_string(n);
                ind.name = "Indikator " + ind.code + " dari " + p.office.name;
                ind.kind = r.kind == Kind::CountMax ? ValueKind::Number : r.kind == Kind::Text ? ValueKind::Text : ValueKind::Percent;
                ind.polarity = r.kind == Kind::PercentMin ? Polarity::Minimize : Polarity::Maximize;
                ind.unit = r.kind == Kind::CountMax ? "keg" : r.kind == Kind::Text ? "" : "%";
                int year = ro.in_period ? 2023 : 2019;
                ind.years[year].target = parse_value(value_text(r.kind, r.target));
                if (r.has_actual) ind.years[year].actual.value = parse_value(value_text(r.kind, r.actual));
                ind.years[year - 1].target = parse_value(value_text(r.kind, r.target + 1));
                ind.years[year - 1].actual.value = parse_value(value_text(r.kind, 1));
                obj.indicators.push_back(std::move(ind));
                raw_list.push_back(r);
            }
            p.objectives.push_back(std::move(obj));
            ro.objectives.push_back(std::move(raw_list));
        }
        raws.push_back(std::move(ro));
        plans.push_back(std::move(p));
    }
}

// Independent tally of a list of raw indicators.
struct Tally {
    std::map<std::string, int> bands;
    int indicators = 0, not_computable = 0, below = 0, computable = 0;
    double sum = 0;
    void add(const Raw& r, const std::optional<double>& cap) {
        ++indicators;
        Expected e = expect(r, cap);
        if (!e.computable) { ++not_computable; return; }
        ++computable;
        sum += e.capped;
        ++bands[e.band];
        if (e.percent < 100) ++below;
    }
    void add(const Tally& t) {
        for (const auto& [b, n] : t.bands) bands[b] += n;
        indicators += t.indicators;
        not_computable += t.not_computable;
        below += t.below;
        computable += t.computable;
        sum += t.sum;
    }
};

void check_same(const CategoryTally& got, const Tally& want) {
    CHECK(got.indicators == want.indicators);
    CHECK(got.not_computable == want.not_computable);
    CHECK(got.below_target == want.below);
    int counted = 0;
    for (const auto& c : got.counts) {
        auto it = want.bands.find(c.label);
        CHECK(c.count == (it == want.bands.end() ? 0 : it->second));
        counted += c.count;
    }
    CHECK(counted + got.not_computable == got.indicators);
    if (want.computable == 0) {
        CHECK_FALSE(got.average().has_value());
    } else {
        REQUIRE(got.average().has_value());
        CHECK(*got.average() == doctest::Approx(want.sum / want.computable).epsilon(1e-12));
    }
}

// RFC 4180 fields of one CSV record (no line breaks inside fields in these tests).
std::vector<std::string> csv_fields(const std::string& line) {
    std::vector<std::string> out;
    std::string cell;
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') { cell += '"'; ++i; }
            else if (c == '"') quoted = false;
            else cell += c;
        } else if (c == '"') quoted = true;
        else if (c == ',') { out.push_back(cell); cell.clear(); }
        else cell += c;
    }
    out.push_back(cell);
    return out;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

}  // namespace

TEST_SUITE("consolidation") {
    TEST_CASE("100 generated offices: counts, not computable, below target and averages equal an independent computation") {
        std::vector<RawOffice> raws;
        std::vector<Plan> plans;
        generate(100, raws, plans);
        // Merged as a regency bundle, written and read back like `tolok merge` output.
        PlanReadResult bundle = read_plans(write_plans(plans));
        REQUIRE(bundle.ok());
        REQUIRE(bundle.plans.size() == 100);
        Consolidation c = consolidate(bundle.plans, 2023);
        CHECK(c.year == 2023);
        REQUIRE(c.offices.size() == 100);

        Tally total;
        std::set<std::string> below_expected;
        int outside = 0;
        for (size_t k = 0; k < raws.size(); ++k) {
            const RawOffice& ro = raws[k];
            const OfficeTally& ot = c.offices[k];
            CAPTURE(ro.id);
            CHECK(ot.plan_id == ro.id);
            CHECK(ot.office == "Dinas " + std::to_string(k));
            CHECK(ot.in_period == ro.in_period);
            REQUIRE(ot.objectives.size() == ro.objectives.size());
            if (!ro.in_period) {
                ++outside;
                CHECK(ot.tally.indicators == 0);
                continue;
            }
            Tally office;
            for (size_t o = 0; o < ro.objectives.size(); ++o) {
                Tally obj;
                for (const Raw& r : ro.objectives[o]) {
                    obj.add(r, ro.cap);
                    Expected e = expect(r, ro.cap);
                    if (e.computable && e.percent < 100) below_expected.insert(r.plan + "/" + r.indicator);
                }
                check_same(ot.objectives[o].tally, obj);
                office.add(obj);
            }
            check_same(ot.tally, office);
            total.add(office);
        }
        CHECK(outside == 10);
        check_same(c.totals, total);
        CHECK(total.indicators > 300);  // the generator made a real regency
        CHECK(total.not_computable > 0);
        CHECK(total.below > 0);

        std::set<std::string> below_got;
        for (const auto& b : c.below_target) {
            below_got.insert(b.plan_id + "/" + b.indicator_id);
            CHECK(b.percent < 100);
        }
        CHECK(below_got == below_expected);
        CHECK(c.below_target.size() == below_expected.size());

        int outside_notes = 0;
        for (const auto& d : c.problems) outside_notes += d.id == "consolidation.year_outside_period";
        CHECK(outside_notes == 10);
        CHECK(c.cascade.empty());

        // Streaming one plan at a time gives the same result.
        Consolidator streaming(2023);
        for (const auto& p : plans) streaming.add(p);
        Consolidation s = streaming.finish();
        CHECK(s.totals.indicators == c.totals.indicators);
        CHECK(s.below_target.size() == c.below_target.size());
        CHECK(*s.totals.average() == doctest::Approx(*c.totals.average()));
    }

    TEST_CASE("offices with their own bands: office counts follow them, totals add by label") {
        Plan a;
        a.id = "a";
        a.start_year = 2023;
        a.end_year = 2023;
        a.settings.bands = {{"Kurang", 0, true, 100.0, false, "#f00"}, {"Baik", 100, true, std::nullopt, true, "#0f0"}};
        Objective o;
        o.id = "s1";
        Indicator i;
        i.id = "i1";
        i.years[2023].target = parse_value("10");
        i.years[2023].actual.value = parse_value("9");
        o.indicators.push_back(i);
        a.objectives.push_back(o);
        Plan b = a;
        b.id = "b";
        b.settings.bands.clear();
        Consolidation c = consolidate({a, b}, 2023);
        REQUIRE(c.offices[0].tally.counts.size() == 2);
        CHECK(c.offices[0].tally.count("Kurang") == 1);
        CHECK(c.offices[1].tally.counts.size() == 5);
        CHECK(c.offices[1].tally.count("Tinggi") == 1);  // 9 / 10 = 90 %: (75, 90]
        CHECK(c.totals.count("Kurang") == 1);
        CHECK(c.totals.count("Tinggi") == 1);
        CHECK(c.totals.count("Rendah") == 0);
        CHECK(c.totals.counts.size() == 7);
    }

    TEST_CASE("two plans of one office are both counted, and said to be") {
        Plan a;
        a.id = "setda";
        a.office.name = "Sekretariat Daerah";
        a.start_year = a.end_year = 2023;
        Plan copy = a;
        copy.id = "setda-salinan";
        copy.office.name = "sekretariat  daerah";  // written another way: still the same office
        Plan other = a;
        other.id = "bappeda";
        other.office.name = "Bappeda";
        Consolidation c = consolidate({a, copy, other}, 2023);
        int same = 0;
        for (const auto& p : c.problems)
            if (p.id == "consolidation.same_office") {
                ++same;
                CHECK(p.location == "setda-salinan");
                CHECK(p.severity == Severity::Warning);
            }
        CHECK(same == 1);
        CHECK(c.offices.size() == 3);
        // The same office's plan for the next period is no duplicate: it does not count in 2023.
        Plan next = a;
        next.id = "setda-2024";
        next.start_year = 2024;
        next.end_year = 2026;
        for (const auto& p : consolidate({a, next}, 2023).problems) CHECK(p.id != "consolidation.same_office");
        for (const auto& p : consolidate({next, a}, 2023).problems) CHECK(p.id != "consolidation.same_office");
        // Two offices' plans under one id: said, naming both offices.
        Plan clash = other;
        clash.id = "setda";
        int duplicate = 0;
        for (const auto& p : consolidate({a, clash}, 2023).problems)
            if (p.id == "consolidation.duplicate_plan_id") {
                ++duplicate;
                CHECK(p.message.id.find("Sekretariat Daerah dan Bappeda") != std::string::npos);
            }
        CHECK(duplicate == 1);
        for (const auto& p : consolidate({a, other}, 2023).problems) CHECK(p.id != "consolidation.duplicate_plan_id");
    }

    TEST_CASE("a duplicated plan is told apart from its office's other plan by its title, in the rows, the list and the warning") {
        Plan setda;
        setda.id = "setda-tanggamus-2018-2023";
        setda.title = "Indikator Kinerja Utama (IKU) Tahun 2018-2023";
        setda.office.name = "Sekretariat Daerah";
        setda.start_year = 2018;
        setda.end_year = 2023;
        Objective o;
        o.id = "s1";
        Indicator ind;
        ind.id = "i6";
        ind.code = "6";
        ind.name = "Jumlah penyusunan rancangan produk hukum daerah";
        ind.years[2023].target = parse_value("20 prd");
        ind.years[2023].actual.value = parse_value("18 prd");
        ind.supports = "pemda/r1";  // a link that does not resolve: its problem is located at the indicator
        o.indicators.push_back(ind);
        setda.objectives.push_back(o);
        Plan copy = setda;  // Rencana > Duplikat: a new id, the title marked
        copy.id = "rencana-20261128-031342";
        copy.title += " (salinan)";
        copy.objectives[0].indicators[0].years[2023].actual.value = parse_value("10 prd");
        Plan other = setda;
        other.id = "bappeda";
        other.office.name = "Bappeda";
        const std::vector<Plan> plans{setda, copy, other};
        const Consolidation c = consolidate(plans, 2023);
        REQUIRE(c.offices.size() == 3);
        const std::string dash = " \xE2\x80\x94 ";
        CHECK(c.offices[0].office == "Sekretariat Daerah" + dash + "Indikator Kinerja Utama (IKU) Tahun 2018-2023");
        CHECK(c.offices[1].office == "Sekretariat Daerah" + dash + "Indikator Kinerja Utama (IKU) Tahun 2018-2023 (salinan)");
        CHECK(c.offices[2].office == "Bappeda");  // an office with one plan is named as it is
        REQUIRE(c.below_target.size() == 3);
        CHECK(c.below_target[0].office == c.offices[0].office);
        CHECK(c.below_target[1].office == c.offices[1].office);
        CHECK(c.below_target[2].office == "Bappeda");
        int same = 0;
        for (const auto& p : c.problems) {
            if (p.id == "consolidation.same_office") {
                ++same;
                CHECK(p.message.id == "rencana \"Indikator Kinerja Utama (IKU) Tahun 2018-2023\" dan \"Indikator Kinerja Utama (IKU) "
                                     "Tahun 2018-2023 (salinan)\" sama-sama dari Sekretariat Daerah; keduanya dihitung dalam jumlah "
                                     "kabupaten (hapus salah satu bila itu salinan)");
                CHECK(p.message.en.find("plans \"Indikator Kinerja Utama (IKU) Tahun 2018-2023\" and \"") == 0);
                CHECK(consolidation_place(plans, p.location).id == c.offices[1].office);
            }
            if (p.id == "consolidation.link_not_found" && p.location == copy.id + "/i6")
                CHECK(consolidation_place(plans, p.location).id == "Sekretariat Daerah" + dash + copy.title + ", indikator 6 " + ind.name);
        }
        CHECK(same == 1);
        // Of two periods: told apart by the period; named so in the warning when both count (periods overlapping).
        Plan later = setda;
        later.id = "setda-2023-2027";
        later.title = "IKU Setda";
        later.start_year = 2023;
        later.end_year = 2027;
        setda.title = "IKU Setda";
        const Consolidation two = consolidate({setda, later}, 2023);
        CHECK(two.offices[0].office == "Sekretariat Daerah" + dash + "2018-2023");
        CHECK(two.offices[1].office == "Sekretariat Daerah" + dash + "2023-2027");
        for (const auto& p : two.problems)
            if (p.id == "consolidation.same_office") CHECK(p.message.en.find("plans period 2018-2023 and period 2023-2027 are both") == 0);
        // Same period, same title: their ids.
        Plan again = setda;
        again.id = "setda-2";
        const Consolidation ids = consolidate({setda, again}, 2023);
        CHECK(ids.offices[1].office == "Sekretariat Daerah" + dash + "setda-2");
        CHECK(office_count({plan_tag(setda), plan_tag(again), plan_tag(other)}) == 2);
        CHECK(office_count({plan_tag(setda), plan_tag(other)}) == 2);
    }

    TEST_CASE("below target is judged on the capaian as shown: 99,9999 % is shown 100,00 % and is on target") {
        Plan p;
        p.id = "dinas";
        p.office.name = "Dinas";
        p.start_year = p.end_year = 2023;
        Objective o;
        o.id = "s1";
        for (const auto& [id, target, actual] : {std::tuple{"i1", "1.000.000", "999.999"}, std::tuple{"i2", "100", "99,99"}}) {
            Indicator ind;
            ind.id = id;
            ind.years[2023].target = parse_value(target);
            ind.years[2023].actual.value = parse_value(actual);
            o.indicators.push_back(ind);
        }
        p.objectives = {o};
        Consolidation c = consolidate({p}, 2023);
        REQUIRE(c.below_target.size() == 1);
        CHECK(c.below_target[0].indicator_id == "i2");  // 99,99 %
        CHECK(c.totals.below_target == 1);
    }

    TEST_CASE("pohon kinerja: office indicators roll up into the regency indicator they support") {
        auto plan = [](const std::string& id, std::optional<double> cap) {
            Plan p;
            p.id = id;
            p.office.name = "Kantor " + id;
            p.start_year = 2021;
            p.end_year = 2026;
            p.settings.cap = cap;
            p.objectives.push_back(Objective{"s1", "1", "Sasaran", {}});
            return p;
        };
        auto add = [](Plan& p, const std::string& id, const std::string& target, const std::string& actual, const std::string& supports) {
            Indicator i;
            i.id = id;
            i.code = id;
            i.name = "Indikator " + id;
            i.years[2023].target = parse_value(target);
            if (!actual.empty()) i.years[2023].actual.value = parse_value(actual);
            i.supports = supports;
            p.objectives[0].indicators.push_back(i);
        };
        Plan kab = plan("kab", std::nullopt);
        add(kab, "r1", "100%", "95%", "");
        add(kab, "r2", "100%", "", "");
        Plan o1 = plan("o1", std::nullopt), o2 = plan("o2", 120.0), o3 = plan("o3", std::nullopt), o4 = plan("o4", std::nullopt),
             o5 = plan("o5", std::nullopt), o6 = plan("o6", std::nullopt);
        add(o1, "i1", "20 keg", "16 keg", "kab/r1");   // 80 %
        add(o1, "i2", "10 keg", "6 keg", "kab/r2");    // 60 %
        add(o2, "i1", "10 keg", "13 keg", "kab/r1");   // 130 %, capped at 120 by o2
        add(o3, "i1", "10 keg", "", "kab/r1");         // not computable
        add(o4, "i1", "10 keg", "10 keg", "kab/nope"); // no such indicator
        add(o4, "i2", "10 keg", "10 keg", "tanpa-garis-miring");
        add(o5, "i1", "10 keg", "10 keg", "o5/i2");    // a cycle
        add(o5, "i2", "10 keg", "10 keg", "o5/i1");
        add(o6, "i1", "10 keg", "5 keg", "o1/i1");     // second level: supports an office indicator
        Consolidation c = consolidate({kab, o1, o2, o3, o4, o5, o6}, 2023);

        REQUIRE(c.cascade.size() == 2);
        const CascadeNode& r1 = c.cascade[0];
        CHECK(r1.plan_id == "kab");
        CHECK(r1.indicator_id == "r1");
        CHECK(*r1.percent == doctest::Approx(95));
        CHECK(r1.supporters == 3);
        CHECK(r1.supporters_computable == 2);
        REQUIRE(r1.rolled_up.has_value());
        CHECK(*r1.rolled_up == doctest::Approx((80.0 + 120.0) / 2));
        CHECK(r1.rolled_up_category == "Sangat Tinggi");
        REQUIRE(r1.children.size() == 3);
        CHECK(r1.children[0].plan_id == "o1");
        CHECK(r1.children[1].plan_id == "o2");
        CHECK(*r1.children[1].percent == doctest::Approx(130));
        CHECK(*r1.children[1].capped_percent == doctest::Approx(120));
        CHECK_FALSE(r1.children[2].percent.has_value());
        REQUIRE(r1.children[0].children.size() == 1);
        CHECK(r1.children[0].children[0].plan_id == "o6");
        CHECK(*r1.children[0].rolled_up == doctest::Approx(50));
        CHECK(r1.children[0].rolled_up_category == "Sangat Rendah");

        const CascadeNode& r2 = c.cascade[1];
        CHECK(r2.indicator_id == "r2");
        CHECK_FALSE(r2.percent.has_value());  // the regency's own realisasi is not entered yet
        CHECK(*r2.rolled_up == doctest::Approx(60));
        CHECK(r2.rolled_up_category == "Rendah");

        std::multiset<std::string> ids;
        std::set<std::string> where;
        for (const auto& d : c.problems) {
            ids.insert(d.id);
            where.insert(d.id + " " + d.location);
        }
        CHECK(ids.count("consolidation.link_not_found") == 1);
        CHECK(ids.count("consolidation.link_invalid") == 1);
        CHECK(ids.count("consolidation.link_cycle") == 2);
        CHECK(where.count("consolidation.link_not_found o4/i1") == 1);
        CHECK(where.count("consolidation.link_cycle o5/i1") == 1);
        CHECK(where.count("consolidation.link_cycle o5/i2") == 1);
    }
}

TEST_SUITE("long export") {
    TEST_CASE("one row per indicator and year, plus quarters with data; CSV quoting and NDJSON lines") {
        Plan p;
        p.id = "dinas-x";
        p.office.name = "Dinas \"X\", Kabupaten";
        p.start_year = 2021;
        p.end_year = 2023;
        p.objectives.push_back(Objective{"s1", "1", "Sasaran satu, dua", {}});
        p.objectives.push_back(Objective{"s2", "2", "Sasaran tiga", {}});
        Indicator a;
        a.id = "i1";
        a.code = "1";
        a.name = "Persentase \"tepat waktu\"";
        a.unit = "%";
        a.kind = ValueKind::Percent;
        a.years[2023].target = parse_value("80%");
        a.years[2023].actual.value = parse_value("70%");
        a.years[2023].quarter_targets[1] = parse_value("40%");
        Indicator b;
        b.id = "i2";
        b.code = "2";
        b.name = "Jumlah kegiatan";
        b.years[2022].target = parse_value("1.250 keg");
        b.years[2022].actual.value = parse_value("1.000 keg");
        Indicator g;
        g.id = "i3";
        g.code = "3";
        g.name = "Nilai AKIP";
        g.kind = ValueKind::Grade;
        g.years[2023].target = parse_value("BB");
        p.objectives[0].indicators = {a, b};
        p.objectives[1].indicators = {g};

        std::string csv = export_long({p}, LongFormat::Csv);
        std::vector<std::string> lines = lines_of(csv);
        REQUIRE(lines.size() == 1 + 3 * 3 + 1);  // header, 3 indicators x 3 years, one quarter
        std::vector<std::string> header = csv_fields(lines[0]);
        REQUIRE(header.size() == 18);
        CHECK(lines[0] == "plan_id,office,sasaran_id,sasaran,indicator_id,indicator_code,indicator,unit,polarity,year,quarter,target,"
                          "target_text,realisasi,realisasi_text,capaian,capaian_capped,category");
        std::map<std::string, size_t> col;
        for (size_t i = 0; i < header.size(); ++i) col[header[i]] = i;
        for (size_t l = 1; l < lines.size(); ++l) CHECK(csv_fields(lines[l]).size() == 18);
        // i1 2023 and its quarter 2 row.
        std::vector<std::string> y = csv_fields(lines[3]), q = csv_fields(lines[4]);
        CHECK(lines[3].find("\"Dinas \"\"X\"\", Kabupaten\"") != std::string::npos);
        CHECK(y[col["office"]] == "Dinas \"X\", Kabupaten");
        CHECK(y[col["sasaran"]] == "Sasaran satu, dua");
        CHECK(y[col["indicator"]] == "Persentase \"tepat waktu\"");
        CHECK(y[col["year"]] == "2023");
        CHECK(y[col["quarter"]] == "");
        CHECK(y[col["target"]] == "80");
        CHECK(y[col["target_text"]] == "80%");
        CHECK(y[col["realisasi"]] == "70");
        CHECK(y[col["capaian"]] == "87.5");
        CHECK(y[col["category"]] == "Tinggi");
        CHECK(q[col["quarter"]] == "2");
        CHECK(q[col["target"]] == "40");
        CHECK(q[col["capaian"]] == "");
        // Thousands separators are gone, decimal point only.
        std::vector<std::string> b22 = csv_fields(lines[6]);
        CHECK(b22[col["indicator_id"]] == "i2");
        CHECK(b22[col["year"]] == "2022");
        CHECK(b22[col["target"]] == "1250");
        CHECK(b22[col["target_text"]] == "1.250 keg");
        CHECK(b22[col["capaian"]] == "80");
        // A grade has no number, its text stays.
        std::vector<std::string> g23 = csv_fields(lines.back());
        CHECK(g23[col["target"]] == "");
        CHECK(g23[col["target_text"]] == "BB");

        std::string nd = export_long({p}, LongFormat::Ndjson);
        std::vector<std::string> rows = lines_of(nd);
        REQUIRE(rows.size() == 10);
        for (const auto& r : rows) {
            nlohmann::json j = nlohmann::json::parse(r, nullptr, false);
            REQUIRE_FALSE(j.is_discarded());
            CHECK(j.size() == 18);
        }
        nlohmann::json j = nlohmann::json::parse(rows[2]);
        CHECK(j["office"] == "Dinas \"X\", Kabupaten");
        CHECK(j["year"] == 2023);
        CHECK(j["quarter"].is_null());
        CHECK(j["target"] == 80);
        CHECK(j["capaian"] == 87.5);
        CHECK(j["category"] == "Tinggi");
        CHECK(nlohmann::json::parse(rows[3])["quarter"] == 2);
        CHECK(nlohmann::json::parse(rows[0])["capaian"].is_null());
        CHECK(nlohmann::json::parse(rows[0])["category"].is_null());
    }
}

TEST_CASE("the regency basis notes plans pooled with different caps or category scales, among offices in the period") {
    AchievementSettings plain, capped, other_scale;
    capped.cap = 100;
    other_scale.scale_name = "Skala sendiri";
    other_scale.bands = default_category_bands();
    other_scale.bands[0].label = "Kurang";
    CHECK_FALSE(summary_basis_of({plain, plain}, {true, true}).pooled_note);
    const auto caps = summary_basis_of({plain, capped}, {true, true});
    REQUIRE(caps.pooled_note);
    CHECK(caps.pooled_note->id.find("batas capaian yang berbeda") != std::string::npos);
    CHECK_FALSE(caps.same_for_all);
    CHECK(summary_basis_of({plain, capped, other_scale}, {true, true, true}).pooled_note->en.find("different achievement caps and category scales") !=
          std::string::npos);
    // An office outside the year's period is not counted, so it does not make the total uneven.
    CHECK_FALSE(summary_basis_of({plain, capped}, {true, false}).pooled_note);
    CHECK_FALSE(summary_basis_of({plain, capped}, {true, false}).offices[1]);
}


TEST_CASE("the regency basis names plans pooled with different lower-is-better rules and counts indicators' own caps") {
    auto plan_with = [](Polarity polarity, MinimizeRule rule, IndicatorCap cap) {
        Plan p;
        p.start_year = 2021;
        p.end_year = 2026;
        p.settings.minimize_rule = rule;
        Objective o;
        Indicator ind;
        ind.id = "i1";
        ind.polarity = polarity;
        ind.cap = cap;
        o.indicators.push_back(ind);
        p.objectives.push_back(o);
        return p;
    };
    const Plan two_minus = plan_with(Polarity::Minimize, MinimizeRule::TwoMinusRatio, {});
    const Plan inverse = plan_with(Polarity::Minimize, MinimizeRule::InverseRatio, {});
    const Plan inverse_maximize = plan_with(Polarity::Maximize, MinimizeRule::InverseRatio, {});
    const Plan own_cap = plan_with(Polarity::Maximize, MinimizeRule::TwoMinusRatio, IndicatorCap{IndicatorCap::Rule::At, 120});

    // Same settings but for the rule: the note says so and each office's basis names its rule.
    const auto rules = summary_basis_of({plan_basis(two_minus), plan_basis(inverse)}, {true, true});
    REQUIRE(rules.pooled_note);
    CHECK(rules.pooled_note->id.find("rumus semakin rendah semakin baik yang berbeda") != std::string::npos);
    CHECK(rules.pooled_note->en.find("different lower-is-better rules") != std::string::npos);
    CHECK_FALSE(rules.same_for_all);
    CHECK(rules.offices[1]->id.find("T / R x 100") != std::string::npos);
    CHECK(rules.offices[0]->en.find("(2 - R/T) x 100") != std::string::npos);
    // The CLI's settings-only form says it as well.
    CHECK(summary_basis_of({two_minus.settings, inverse.settings}, {true, true}).pooled_note);
    // A plan without lower-is-better indicators is not touched by its rule.
    CHECK_FALSE(summary_basis_of({plan_basis(two_minus), plan_basis(inverse_maximize)}, {true, true}).pooled_note);

    // An indicator capped by its own cap: in its office's basis, and the total pools different caps.
    const auto caps = summary_basis_of({plan_basis(own_cap), plan_basis(inverse_maximize)}, {true, true});
    CHECK(caps.offices[0]->id.find("1 indikator dengan batas capaian sendiri") != std::string::npos);
    REQUIRE(caps.pooled_note);
    CHECK(caps.pooled_note->id.find("batas capaian yang berbeda") != std::string::npos);
    // Alone in the year, nothing is pooled; its basis still counts the indicator.
    const auto alone = summary_basis_of({plan_basis(own_cap), plan_basis(inverse_maximize)}, {true, false});
    CHECK_FALSE(alone.pooled_note);
    CHECK(alone.offices[0]->en.find("1 indicator(s) with their own cap") != std::string::npos);

    // An indicator never capped in a capped plan pools uncapped capaian with capped ones: said as well.
    Plan uncapped = plan_with(Polarity::Maximize, MinimizeRule::TwoMinusRatio, IndicatorCap{IndicatorCap::Rule::None, 0});
    uncapped.settings.cap = 100;
    Plan capped = plan_with(Polarity::Maximize, MinimizeRule::TwoMinusRatio, {});
    capped.settings.cap = 100;
    CHECK(plan_basis(uncapped).own_caps == 1);
    CHECK(summary_basis_of({plan_basis(uncapped), plan_basis(capped)}, {true, true}).pooled_note);
    CHECK_FALSE(summary_basis_of({plan_basis(capped), plan_basis(capped)}, {true, true}).pooled_note);

    const auto all = summary_basis_of({plan_basis(own_cap), plan_basis(two_minus), plan_basis(inverse)}, {true, true, true});
    CHECK(all.pooled_note->en.find("different achievement caps and lower-is-better rules") != std::string::npos);
}

TEST_CASE("a consolidation problem's location reads out as the office and the indicator's code and name") {
    Plan a;
    a.id = "dinkes-2019-2024";
    a.office.name = "Dinas Kesehatan";
    Objective o;
    Indicator ind;
    ind.id = "i5";
    ind.code = "5";
    ind.name = "Angka kematian ibu";
    o.indicators.push_back(ind);
    a.objectives.push_back(o);
    Plan unnamed;
    unnamed.id = "x/y";  // a plan id with a slash, as links are split at the last one
    unnamed.objectives.push_back(o);
    const std::vector<Plan> plans{a, unnamed};
    CHECK(consolidation_place(plans, "dinkes-2019-2024/i5").id == "Dinas Kesehatan, indikator 5 Angka kematian ibu");
    CHECK(consolidation_place(plans, "dinkes-2019-2024/i5").en == "Dinas Kesehatan, indicator 5 Angka kematian ibu");
    CHECK(consolidation_place(plans, "dinkes-2019-2024").id == "Dinas Kesehatan");
    CHECK(consolidation_place(plans, "x/y/i5").id == "x/y, indikator 5 Angka kematian ibu");
    CHECK(consolidation_place(plans, "dinkes-2019-2024/i9").id == "dinkes-2019-2024/i9");
    // Every located problem of a consolidation reads out: a link that does not resolve names its supporter.
    Plan linked = a;
    linked.start_year = 2019;
    linked.end_year = 2024;
    linked.objectives[0].indicators[0].supports = "pemda-rpjmd-2021-2026/r9";
    const Consolidation c = consolidate({linked}, 2023);
    REQUIRE(c.problems.size() == 1);
    CHECK(consolidation_place({linked}, c.problems[0].location).id == "Dinas Kesehatan, indikator 5 Angka kematian ibu");
}

TEST_CASE("two plans of one period whose ids differ only by the import's \"-N\" are said to maybe be one office twice") {
    auto plan = [](const std::string& id, const std::string& office, int start) {
        Plan p;
        p.id = id;
        p.office.name = office;
        p.start_year = start;
        p.end_year = start + 5;
        return p;
    };
    CHECK(numbered_plan_id("dpmptsp-2018-2023", 2) == "dpmptsp-2018-2023-2");
    CHECK(is_numbered_plan_id("dpmptsp-2018-2023-2", "dpmptsp-2018-2023"));
    CHECK(is_numbered_plan_id("dpmptsp-2018-2023-12", "dpmptsp-2018-2023"));
    CHECK_FALSE(is_numbered_plan_id("dpmptsp-2018-2023", "dpmptsp-2018"));  // a year is not the import's number
    CHECK_FALSE(is_numbered_plan_id("dpmptsp-2018-2023-1", "dpmptsp-2018-2023"));
    CHECK_FALSE(is_numbered_plan_id("dpmptsp-2018-2023-02", "dpmptsp-2018-2023"));
    CHECK_FALSE(is_numbered_plan_id("dpmptsp-2018-2023-b", "dpmptsp-2018-2023"));
    const Plan first = plan("dpmptsp-2018-2023", "Dinas Penanaman Modal dan PTSP", 2018);
    const Plan renamed = plan("dpmptsp-2018-2023-2", "Dinas Penanaman Modal & Pelayanan Terpadu Satu Pintu", 2018);
    auto ids = [](const Consolidation& c) {
        std::vector<std::string> out;
        for (const auto& d : c.problems) out.push_back(d.id);
        return out;
    };
    const Consolidation c = consolidate({first, renamed}, 2020);
    REQUIRE(ids(c) == std::vector<std::string>{"consolidation.numbered_copy"});
    CHECK(c.problems[0].location == "dpmptsp-2018-2023-2");
    CHECK(c.problems[0].message.id.find("dpmptsp-2018-2023 (Dinas Penanaman Modal dan PTSP)") != std::string::npos);
    CHECK(c.problems[0].message.en.find("may be the same office counted twice") != std::string::npos);
    // Either order; other periods or unrelated ids are not said; one office name is consolidation.same_office only.
    CHECK(ids(consolidate({renamed, first}, 2020)) == std::vector<std::string>{"consolidation.numbered_copy"});
    CHECK(ids(consolidate({first, plan("dpmptsp-2018-2023-2", "Lain", 2019)}, 2020)).empty());
    CHECK(ids(consolidate({first, plan("dpmptsp-2018-2023x", "Lain", 2018)}, 2020)).empty());
    CHECK(ids(consolidate({first, plan("dpmptsp-2018-2023-2", first.office.name, 2018)}, 2020)) ==
          std::vector<std::string>{"consolidation.same_office"});
}

TEST_CASE("two plans of one period whose office names are nearly the same, or whose indicators are the same, may be one office twice") {
    auto plan = [](const std::string& id, const std::string& office, std::vector<std::string> indicators, int start = 2025) {
        Plan p;
        p.id = id;
        p.office.name = office;
        p.start_year = start;
        p.end_year = start + 5;
        Objective o;
        o.id = "s1";
        o.name = "Meningkatnya kesejahteraan sosial";
        for (size_t k = 0; k < indicators.size(); ++k) {
            Indicator ind;
            ind.id = "i" + std::to_string(k + 1);
            ind.code = std::to_string(k + 1);
            ind.name = indicators[k];
            o.indicators.push_back(ind);
        }
        p.objectives.push_back(o);
        return p;
    };
    auto ids = [](const Diagnostics& ds) {
        std::vector<std::string> out;
        for (const auto& d : ds)
            if (d.severity != Severity::Info) out.push_back(d.id);
        return out;
    };
    const std::vector<std::string> social{"Persentase PMKS yang tertangani", "Jumlah penerima bantuan sosial"};
    const Plan sosial = plan("dinas-sosial-2025-2030", "Dinas Sosial", social);
    const Plan sosail = plan("dinas-sosail-2025-2030", "Dinas Sosail", social);
    // The tester's case: a typo'd name, same period, same indicators: one warning naming both plans, in the regency
    // view / tolok summary (through the consolidation) and in the rule the preview and tolok merge call.
    const Consolidation c = consolidate({sosial, sosail}, 2026);
    REQUIRE(ids(c.problems) == std::vector<std::string>{"consolidation.maybe_same_office"});
    CHECK(c.problems[0].location == "dinas-sosail-2025-2030");
    CHECK(c.problems[0].message.id.find("dinas-sosial-2025-2030 (Dinas Sosial)") != std::string::npos);
    CHECK(c.problems[0].message.id.find("dinas-sosail-2025-2030 (Dinas Sosail)") != std::string::npos);
    CHECK(c.problems[0].message.en.find("may be the same office counted twice") != std::string::npos);
    CHECK(ids(maybe_same_office({office_facts(sosial), office_facts(sosail)})) == ids(c.problems));

    // The typo alone (other indicators) and the indicators alone (another name) are each enough.
    CHECK(ids(consolidate({sosial, plan("x", "Dinas Sosail", {"Angka kematian ibu"})}, 2026).problems) ==
          std::vector<std::string>{"consolidation.maybe_same_office"});
    CHECK(ids(consolidate({sosial, plan("x", "Dinas Pemberdayaan", {"jumlah penerima  bantuan sosial", "Persentase PMKS yang tertangani"})}, 2026).problems) ==
          std::vector<std::string>{"consolidation.maybe_same_office"});
    CHECK(office_names_nearly_same("Dinas Sosial", "Dinas  sosialx"));
    CHECK(office_names_nearly_same("Dinas Kesehatan", "Dinas Kesehtan"));
    CHECK(office_names_nearly_same("Dinas Pemberdayaan Masyarakat Desa", "Dinas Pemberdayan Masyarakat Dsa"));  // long: two
    // Two slips in a short name are as often another office.
    CHECK_FALSE(office_names_nearly_same("Bagian Umum", "Bagian Hukum"));
    CHECK_FALSE(office_names_nearly_same("Pekon Sukamaju", "Pekon Sukaraja"));

    // Not said: two different offices with their own indicators; other periods; names differing only in a number;
    // short names; a set of indicators three offices share (a template, e.g. every kecamatan's).
    const Plan kesehatan = plan("dinas-kesehatan-2025-2030", "Dinas Kesehatan", {"Angka kematian ibu", "Angka kematian bayi"});
    CHECK(ids(consolidate({sosial, kesehatan}, 2026).problems).empty());
    CHECK(ids(maybe_same_office({office_facts(sosial), office_facts(kesehatan)})).empty());
    CHECK(ids(consolidate({sosial, plan("dinas-sosail-2024-2029", "Dinas Sosail", social, 2024)}, 2026).problems).empty());
    CHECK_FALSE(office_names_nearly_same("UPT Puskesmas 1", "UPT Puskesmas 2"));
    CHECK_FALSE(office_names_nearly_same("Dinas A", "Dinas B"));
    CHECK_FALSE(office_names_nearly_same("Dinas Sosial", "Dinas Kesehatan"));
    const std::vector<std::string> kecamatan{"Indeks kepuasan masyarakat", "Persentase desa tertib administrasi"};
    CHECK(ids(consolidate({plan("kec-a", "Kecamatan Pugung", kecamatan), plan("kec-b", "Kecamatan Wonosobo", kecamatan),
                           plan("kec-c", "Kecamatan Semaka", kecamatan)},
                          2026)
                  .problems)
              .empty());
    // Plans without indicators share nothing; the same name is consolidation.same_office only.
    CHECK(ids(consolidate({plan("a", "Dinas Satu", {}), plan("b", "Badan Dua", {})}, 2026).problems).empty());
    CHECK(ids(consolidate({sosial, plan("x", "Dinas Sosial", social)}, 2026).problems) == std::vector<std::string>{"consolidation.same_office"});
}
