// Benchmark of the regency view (issue 5): prints
//  1. the time to consolidate 40 office files of 30 indicators (read the 40 JSON texts + consolidate one year),
//     the browser's path (target <= 1 s there; natively it is far below);
//  2. the peak memory (RSS) of `tolok merge` over 20,000 small office files generated in a temporary folder,
//     next to the same merge over 2,000 files: bounded memory means both peaks are about the same.
// Prints figures only; never asserts. The `tolok` binary is looked up next to this program (the build folder).
//   bench-consolidation [files=20000]
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "core/consolidation.h"
#include "core/plan_json.h"
#include "office_plans.h"

using namespace tolok;
using tolok::bench::Rng;
using tolok::bench::office_plan;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

std::string tolok_binary() {
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return "tolok";
    std::string self(buf, static_cast<size_t>(n));
    return self.substr(0, self.rfind('/') + 1) + "tolok";
}

struct ChildRun {
    int status = -1;
    long peak_kib = 0;
    double seconds = 0;
};

ChildRun run_child(const std::vector<std::string>& args) {
    ChildRun out;
    auto t0 = Clock::now();
    pid_t pid = fork();
    if (pid == 0) {
        std::vector<char*> argv;
        for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        if (!freopen("/dev/null", "w", stderr)) _exit(126);
        execv(argv[0], argv.data());
        _exit(127);
    }
    rusage u{};
    int status = 0;
    wait4(pid, &status, 0, &u);
    out.seconds = seconds_since(t0);
    out.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    out.peak_kib = u.ru_maxrss;
    return out;
}

// Writes `count` small office files (3 indicators each) and a list of them into `dir`.
void write_files(const std::string& dir, int count) {
    Rng rng;
    std::ofstream list(dir + "/list.txt");
    for (int n = 0; n < count; ++n) {
        std::string path = dir + "/opd-" + std::to_string(n) + ".json";
        std::ofstream(path) << write_plan(office_plan(rng, n, 3));
        list << path << "\n";
    }
}

void remove_files(const std::string& dir, int count) {
    for (int n = 0; n < count; ++n) std::remove((dir + "/opd-" + std::to_string(n) + ".json").c_str());
    std::remove((dir + "/list.txt").c_str());
    std::remove((dir + "/out.json").c_str());
    rmdir(dir.c_str());
}

void merge_figure(const std::string& tolok, int count) {
    char tmpl[] = "/tmp/tolok-bench-merge-XXXXXX";
    if (!mkdtemp(tmpl)) { std::printf("merge %d files: cannot make a temporary folder\n", count); return; }
    std::string dir = tmpl;
    auto t0 = Clock::now();
    write_files(dir, count);
    double gen = seconds_since(t0);
    struct stat st {};
    ChildRun r = run_child({tolok, "merge", "--files-from", dir + "/list.txt", "-o", dir + "/out.json"});
    stat((dir + "/out.json").c_str(), &st);
    std::printf("merge %6d small files (3 indicators each): exit %d, %.2f s, output %.1f MiB, peak RSS %.1f MiB "
                "(files generated in %.2f s)\n",
                count, r.status, r.seconds, st.st_size / 1048576.0, r.peak_kib / 1024.0, gen);
    remove_files(dir, count);
}

}  // namespace

int main(int argc, char** argv) {
    int files = argc > 1 ? std::atoi(argv[1]) : 20000;

    // 1. 40 office files of 30 indicators: read + consolidate.
    Rng rng;
    std::vector<std::string> texts;
    size_t bytes = 0;
    for (int n = 0; n < 40; ++n) {
        texts.push_back(write_plan(office_plan(rng, n, 30)));
        bytes += texts.back().size();
    }
    double best = 1e9, best_read = 0;
    size_t counted = 0;
    for (int round = 0; round < 5; ++round) {
        auto t0 = Clock::now();
        Consolidator c(2023);
        for (const auto& t : texts) {
            PlanReadResult r = read_plans(t);
            if (!r.ok()) { std::printf("read failed\n"); return 1; }
            for (const auto& p : r.plans) c.add(p);
        }
        double read_add = seconds_since(t0);
        Consolidation result = c.finish();
        double total = seconds_since(t0);
        counted = static_cast<size_t>(result.totals.indicators);
        if (total < best) { best = total; best_read = read_add; }
    }
    std::printf("consolidate 40 office files x 30 indicators (%.1f MiB JSON, %zu indicators, 2023): %.1f ms "
                "(read + capaian %.1f ms), best of 5\n",
                bytes / 1048576.0, counted, best * 1000, best_read * 1000);

    // 2. Peak memory of `tolok merge` over many small files.
    std::string tolok = tolok_binary();
    if (access(tolok.c_str(), X_OK) != 0) {
        std::printf("merge: %s not found (build the tolok target), skipped\n", tolok.c_str());
        return 0;
    }
    merge_figure(tolok, files / 10 > 0 ? files / 10 : 1);
    merge_figure(tolok, files);
    return 0;
}
