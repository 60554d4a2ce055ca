// Benchmark of the app's autosave with many plans (a Bappeda holding its 40 offices' plans): prints, for 40 plans of
// `indicators` indicators each, the size of what is saved and the time of one autosave (save_now, as the app runs it
// half a second after a change) and of its parts: checking no other tab saved (newest_saved_sequence), writing the
// plans as JSON, reading them back (never store what could not be read on the next start), writing and verifying
// the localStorage slot, and the IndexedDB mirror's copy. In-memory stand-ins for localStorage and IndexedDB, so the
// figures are the program's own work; in the browser each read and write also copies the text between JavaScript and
// WebAssembly. Prints figures only; never asserts.
//   bench-autosave [indicators=45]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/logic/storage_slots.h"
#include "app/state.h"
#include "core/plan_json.h"
#include "office_plans.h"

using namespace tolok;
using namespace tolok::app;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

struct Store : KeyValueStore {
    std::map<std::string, std::string> data;
    std::optional<std::string> read(const std::string& key) override {
        auto it = data.find(key);
        if (it == data.end()) return std::nullopt;
        return it->second;
    }
    WriteStatus write(const std::string& key, const std::string& value) override {
        data[key] = value;
        return WriteStatus::Ok;
    }
    void remove(const std::string& key) override { data.erase(key); }
};

struct Mirror : DurableMirror {
    std::map<std::string, std::string> files;
    bool durable() const override { return true; }
    void save(const std::string& name, const std::string& content) override { files[name] = content; }
    std::optional<std::string> load(const std::string& name) override {
        auto it = files.find(name);
        if (it == files.end()) return std::nullopt;
        return it->second;
    }
    void tell_other_tabs() override {}
};

// The best of `rounds` runs of `f`, in ms.
template <class F>
double best_of(int rounds, F&& f) {
    double best = 1e18;
    for (int i = 0; i < rounds; ++i) {
        auto t0 = Clock::now();
        f();
        best = std::min(best, ms_since(t0));
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    const int indicators = argc > 1 ? std::atoi(argv[1]) : 45;
    bench::Rng rng;
    std::vector<Plan> plans;
    for (int n = 0; n < 40; ++n) plans.push_back(bench::office_plan(rng, n, indicators));

    Store store;
    Mirror mirror;
    double clock = 100;
    Services services;
    services.store = &store;
    services.mirror = &mirror;
    services.now_seconds = [&clock] { return clock; };
    services.now_iso = [] { return std::string("2026-11-27T12:00:00Z"); };
    App app(services);
    app.start();
    AppState& s = app.state();
    apply_plans(s, plans, BiText{"Impor", "Import"});
    save_now(s);
    const std::string payload = write_plans_compact(s.plans);
    std::printf("40 plans x %d indicators, 2019-2024 with realisasi: %.1f MiB saved, compact (x2 slots + the mirror's copy; "
                "%.1f MiB indented, as an exported file)\n",
                indicators, payload.size() / 1048576.0, write_plans(s.plans).size() / 1048576.0);

    const int rounds = 5;
    const double check = best_of(rounds, [&] { (void)newest_saved_sequence(store, &mirror); });
    const double write = best_of(rounds, [&] { (void)write_plans_compact(s.plans); });
    const double read = best_of(rounds, [&] { (void)read_plans(payload); });
    const double slot = best_of(rounds, [&] { (void)save_to_slots(store, payload, s.stored_sequence); });
    const double mirror_copy = best_of(rounds, [&] { mirror.save("slot", encode_slot(s.stored_sequence, payload)); });
    s.stored_sequence = newest_saved_sequence(store, &mirror);
    const double whole = best_of(rounds, [&] {
        change(s, BiText{"Ubah", "Change"}, "bench").office.name += "x";
        save_now(s);
    });
    std::printf("one autosave (save_now): %.1f ms, of which\n", whole);
    std::printf("  another tab saved? (both slots and the mirror read, checksums) %.1f ms\n", check);
    std::printf("  plans written as JSON                                       %.1f ms\n", write);
    std::printf("  read back (the check that the next start can read them)    %.1f ms\n", read);
    std::printf("  localStorage slot written and read back (slots read first)  %.1f ms\n", slot);
    std::printf("  the IndexedDB mirror's copy                                 %.1f ms\n", mirror_copy);
    std::printf("(best of %d; status %s)\n", rounds, s.save_status.c_str());
    return 0;
}
