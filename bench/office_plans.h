// Generated office plans for the benchmarks (bench-consolidation, bench-autosave): a small deterministic generator
// and an office's plan of `indicators` indicators over 5 objectives, 2019-2024, with targets and realisasi every year.
#pragma once

#include <string>
#include <utility>

#include "core/model.h"
#include "core/value.h"

namespace tolok::bench {

struct Rng {
    unsigned long long s = 0x9E3779B97F4A7C15ull;
    unsigned next() { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return static_cast<unsigned>(s >> 11); }
    int in(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<unsigned>(hi - lo + 1)); }
};

// An office plan: `indicators` indicators over 5 objectives, 2019-2024, targets and realisasi every year.
inline Plan office_plan(Rng& rng, int n, int indicators) {
    Plan p;
    p.id = "opd-" + std::to_string(n);
    p.title = "Indikator Kinerja Utama (IKU) Tahun 2019-2024";
    p.office.name = "Dinas " + std::to_string(n);
    p.office.government = "Pemerintah Kabupaten Contoh";
    p.start_year = 2019;
    p.end_year = 2024;
    int objectives = 5;
    for (int o = 0; o < objectives; ++o) p.objectives.push_back(Objective{"s" + std::to_string(o + 1), std::to_string(o + 1), "Sasaran " + std::to_string(o + 1), {}});
    for (int i = 0; i < indicators; ++i) {
        Indicator ind;
        ind.id = "i" + std::to_string(i + 1);
        ind.code = std::to_string(i + 1);
        ind.name = "Persentase layanan yang diselesaikan tepat waktu " + ind.code;
        ind.unit = i % 3 == 0 ? "keg" : "%";
        ind.kind = i % 3 == 0 ? ValueKind::Number : ValueKind::Percent;
        ind.polarity = i % 7 == 3 ? Polarity::Minimize : Polarity::Maximize;
        ind.formula.text = "Jumlah layanan tepat waktu / Jumlah layanan x 100 %";
        ind.data_source = "Bagian Organisasi";
        if (i % 5 == 4) ind.supports = "kabupaten/r" + std::to_string(i % 4 + 1);
        for (int y = p.start_year; y <= p.end_year; ++y) {
            int t = rng.in(50, 100), r = rng.in(30, 110);
            YearEntry& e = ind.years[y];
            e.target = parse_value(std::to_string(t) + (ind.kind == ValueKind::Number ? " keg" : "%"));
            e.actual.value = parse_value(std::to_string(r) + (ind.kind == ValueKind::Number ? " keg" : "%"));
        }
        p.objectives[static_cast<size_t>(i % objectives)].indicators.push_back(std::move(ind));
    }
    return p;
}

}  // namespace tolok::bench
