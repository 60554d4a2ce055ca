// Benchmark of the Tolok core at national and regency scale. Generates plans (deterministic), then prints:
// JSON write and read throughput next to a bare nlohmann::json parse of the same bytes, achievement rows per
// second, and peak memory. Prints figures only; the targets (read 300k indicators <= 3 s, achievement <= 0.5 s,
// model read <= 2x the bare parse) are judged by the reader, never asserted.
//   bench-core [indicators=300000] [years=6]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/achievement.h"
#include "core/plan_json.h"

using namespace tolok;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

long peak_rss_mib() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;  // Linux: KiB
}

// Small deterministic PRNG (xorshift) so every run measures the same data.
struct Rng {
    unsigned long long s = 0x9E3779B97F4A7C15ull;
    unsigned next() { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return static_cast<unsigned>(s >> 11); }
    int below(int n) { return static_cast<int>(next() % static_cast<unsigned>(n)); }
};

// One indicator with targets and realisasi for every year, values written as people write them.
Indicator make_indicator(Rng& rng, int n, int start_year, int years) {
    Indicator ind;
    ind.id = "i" + std::to_string(n);
    ind.code = std::to_string(n);
    int kind = rng.below(4);
    static const char* units[] = {"prd", "keg", "kec.", "pasar", "dokumen", "orang"};
    std::string unit = units[rng.below(6)];
    switch (kind) {
        case 0: ind.name = "Persentase layanan tepat waktu " + ind.code; ind.unit = "%"; ind.kind = ValueKind::Percent; break;
        case 1: ind.name = "Jumlah " + unit + " yang diselesaikan " + ind.code; ind.unit = unit; ind.kind = ValueKind::Number;
                ind.aggregation = Aggregation::Sum; break;
        case 2: ind.name = "Nilai evaluasi AKIP " + ind.code; ind.kind = ValueKind::Grade; break;
        default: ind.name = "Angka kemiskinan " + ind.code; ind.unit = "%"; ind.kind = ValueKind::Percent;
                 ind.polarity = Polarity::Minimize; break;
    }
    ind.formula.text = kind == 0 ? "Jumlah layanan tepat waktu / Jumlah layanan × 100 %" : "Jumlah " + unit;
    ind.data_source = "Bagian Organisasi";
    for (int y = 0; y < years; ++y) {
        YearEntry& e = ind.years[start_year + y];
        int t = 50 + rng.below(50), r = 40 + rng.below(70);
        switch (kind) {
            case 0: e.target = parse_value(std::to_string(t) + "%");
                    e.actual.value = parse_value(std::to_string(r) + "," + std::to_string(rng.below(10)) + " %"); break;
            case 1: e.target = parse_value(std::to_string(t / 5) + " " + unit);
                    e.actual.value = parse_value(std::to_string(r / 5) + " " + unit); break;
            case 2: e.target = parse_value(t > 75 ? "BB" : "B");
                    e.actual.value = parse_value(std::string(r > 70 ? "BB" : "B") + " (" + std::to_string(r) + ",25)"); break;
            default: e.target = parse_value(std::to_string(t / 10) + "," + std::to_string(rng.below(10)) + " %");
                     e.actual.value = parse_value(std::to_string(r / 10) + "," + std::to_string(rng.below(10)) + " %"); break;
        }
    }
    return ind;
}

// `indicators` spread over offices of 300 indicators in sasaran of 5.
std::vector<Plan> make_plans(int indicators, int years) {
    Rng rng;
    std::vector<Plan> plans;
    const int per_plan = 300, per_objective = 5;
    int made = 0;
    while (made < indicators) {
        Plan p;
        p.id = "opd-" + std::to_string(plans.size() + 1);
        p.title = "Indikator Kinerja Utama (IKU) Tahun 2019-2024";
        p.office.name = "Perangkat Daerah " + std::to_string(plans.size() + 1);
        p.office.government = "Pemerintah Kabupaten Contoh";
        p.start_year = 2019;
        p.end_year = 2019 + years - 1;
        int in_plan = 0;
        while (in_plan < per_plan && made < indicators) {
            Objective o;
            o.id = "s" + std::to_string(p.objectives.size() + 1);
            o.name = "Meningkatnya kualitas layanan publik " + o.id;
            for (int k = 0; k < per_objective && in_plan < per_plan && made < indicators; ++k, ++in_plan, ++made)
                o.indicators.push_back(make_indicator(rng, in_plan + 1, p.start_year, years));
            p.objectives.push_back(std::move(o));
        }
        plans.push_back(std::move(p));
    }
    return plans;
}

void run(const char* label, int indicators, int years) {
    std::printf("== %s: %d indicators x %d years ==\n", label, indicators, years);
    auto t0 = Clock::now();
    std::vector<Plan> plans = make_plans(indicators, years);
    std::printf("generate            %8.3f s\n", seconds_since(t0));

    t0 = Clock::now();
    std::string json = write_plans(plans);
    double write_s = seconds_since(t0);
    double mb = json.size() / 1e6;
    std::printf("write JSON          %8.3f s  %8.1f MB/s  (%.1f MB)\n", write_s, mb / write_s, mb);
    plans.clear();
    plans.shrink_to_fit();

    double bare_total = 0;
    {
        t0 = Clock::now();
        nlohmann::json bare = nlohmann::json::parse(json);
        bare_total = seconds_since(t0);
        std::printf("bare nlohmann parse %8.3f s  %8.1f MB/s\n", bare_total, mb / bare_total);
    }
    t0 = Clock::now();
    PlanReadResult read = read_plans(json);
    double read_s = seconds_since(t0);
    size_t count = 0;
    for (const auto& p : read.plans) count += indicator_count(p);
    std::printf("read model          %8.3f s  %8.1f MB/s  = %.2fx the bare parse; %zu indicators, %zu errors\n", read_s,
                mb / read_s, read_s / bare_total, count, read.errors.size());

    // Achievement for every indicator-year: as bulk callers compute it (one result reused, its text memory
    // recycled), then with a fresh result per row (compute_achievement, as the app's panels call it).
    for (bool reuse : {true, false}) {
        t0 = Clock::now();
        size_t rows = 0, computable = 0;
        double checksum = 0;
        Achievement reused;
        for (const auto& p : read.plans)
            for (const auto& o : p.objectives)
                for (const auto& ind : o.indicators)
                    for (int y = p.start_year; y <= p.end_year; ++y) {
                        Achievement fresh;
                        Achievement& a = reuse ? reused : fresh;
                        if (reuse) compute_achievement_into(a, p, ind, y);
                        else fresh = compute_achievement(p, ind, y);
                        ++rows;
                        if (a.percent) { ++computable; checksum += *a.percent; }
                    }
        double ach_s = seconds_since(t0);
        std::printf("achievement%s %8.3f s  %8.0f rows/s  (%zu rows, %zu computable, checksum %.1f)\n",
                    reuse ? "         " : " (fresh) ", ach_s, rows / ach_s, rows, computable, checksum);
    }
    std::printf("peak memory         %8ld MiB\n\n", peak_rss_mib());
}

}  // namespace

int main(int argc, char** argv) {
    int indicators = argc > 1 ? std::atoi(argv[1]) : 300000;
    int years = argc > 2 ? std::atoi(argv[2]) : 6;
    if (indicators <= 0 || years <= 0 || years > 50) {
        std::fprintf(stderr, "usage: bench-core [indicators] [years]\n");
        return 2;
    }
    run("regency", 1200, years);
    run("national", indicators, years);
    return 0;
}
