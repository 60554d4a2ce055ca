// `tolok merge` and `tolok export-long`: the two streaming commands for regency- and national-scale sets of files.
//
// merge reads one input file at a time (exchange files are verified as everywhere else), spools each plan (and its
// capaian rows) to temporary files as soon as it is read and keeps only the plan ids, so memory stays bounded for
// 20,000 files. The output is an exchange file (core/exchange.h) holding a "plans" bundle: the same bytes
// write_exchange_plans gives for the same plans in the same order, sealed with SHA-256; the header and the seal
// are computed while the spools are copied out. Duplicate plan ids are an error (merge.duplicate_plan_id, naming both files; nothing is written) unless
// --rename-duplicates, which gives the later plan the first free id "ID-2", "ID-3" ... and says so. Two plans that
// may be one office twice (core/office_twice.h: a typo in the office name, the same indicators) are warned about
// after the merge; for that the office name, period and indicator names of each plan are kept too.
//
// export-long writes the long-format rows (core/long_export.h) of each file's plans as the file is read.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/cli_args.h"
#include "cli/cli_io.h"
#include "cli/commands.h"
#include "core/exchange.h"
#include "core/long_export.h"
#include "core/office_twice.h"
#include "core/sha256.h"
#include "core/plan_json.h"
#include "core/sent_time.h"

namespace tolok::cli {

namespace {

Diagnostic make_error(const char* id, const std::string& location, std::string msg_id, std::string msg_en,
                      Severity severity = Severity::Error) {
    return Diagnostic{severity, id, location, BiText{std::move(msg_id), std::move(msg_en)}};
}

// Output written progressively: to stdout, or to PATH.tmp-tolok renamed to PATH on commit (an existing file is
// never left half-written; on failure the temporary file is removed).
class StreamOut {
public:
    explicit StreamOut(std::string path) : path_(std::move(path)) {
        if (to_stdout()) return;
        tmp_ = path_ + ".tmp-tolok";
        file_.open(tmp_, std::ios::binary | std::ios::trunc);
    }
    ~StreamOut() { abort(); }
    bool to_stdout() const { return path_.empty() || path_ == "-"; }
    bool good() const { return to_stdout() ? static_cast<bool>(std::cout) : static_cast<bool>(file_); }
    void write(const std::string& s) {
        if (to_stdout()) std::cout << s;
        else file_ << s;
    }
    std::optional<Diagnostic> commit() {
        std::string where = to_stdout() ? "stdout" : path_;
        auto failed = [&] {
            return make_error("cli.write_failed", where, "gagal menulis berkas: " + where, "failed to write file: " + where);
        };
        if (to_stdout()) {
            std::cout.flush();
            return std::cout ? std::nullopt : std::optional<Diagnostic>(failed());
        }
        file_.flush();
        bool ok = static_cast<bool>(file_);
        file_.close();
        if (!ok || std::rename(tmp_.c_str(), path_.c_str()) != 0) {
            abort();
            return failed();
        }
        tmp_.clear();
        return std::nullopt;
    }
    void abort() {
        if (file_.is_open()) file_.close();
        if (!tmp_.empty()) std::remove(tmp_.c_str());
        tmp_.clear();
    }

private:
    std::string path_, tmp_;
    std::ofstream file_;
};

// The input paths: the positional ones, then those listed in --files-from (one per line; blank lines and lines
// starting with '#' skipped; "-" reads the list from stdin).
std::optional<std::vector<std::string>> input_paths(const Args& a, const char* command) {
    std::vector<std::string> paths = a.positional;
    if (auto list = a.get("--files-from")) {
        std::ifstream f;
        std::istream* in = &std::cin;
        if (*list != "-") {
            f.open(*list);
            if (!f) {
                print_diagnostics(std::cerr, {make_error("cli.file_not_found", *list, "daftar berkas tidak dapat dibaca: " + *list,
                                                         "cannot read the list of files: " + *list)}, a.lang);
                return std::nullopt;
            }
            in = &f;
        }
        std::string line;
        while (std::getline(*in, line)) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            size_t start = line.find_first_not_of(" \t");
            if (start == std::string::npos || line[start] == '#') continue;
            size_t end = line.find_last_not_of(" \t");
            paths.push_back(line.substr(start, end - start + 1));
        }
    }
    (void)command;
    return paths;
}

// One plan as an element of the bundle's "plans" array, indented as write_plans indents it.
std::string bundle_element(const Plan& plan) {
    nlohmann::ordered_json doc = nlohmann::ordered_json::parse(write_plan(plan), nullptr, false);
    std::string body = doc.is_discarded() ? std::string("{}") : doc["plan"].dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    std::string out = "    ";
    out.reserve(body.size() + body.size() / 8 + 8);
    for (char c : body) {
        out += c;
        if (c == '\n') out += "    ";
    }
    return out;
}

// A temporary file written in pieces, then copied out once (deleted when closed).
class Spool {
public:
    Spool() : f_(std::tmpfile()) {}
    ~Spool() { if (f_) std::fclose(f_); }
    Spool(const Spool&) = delete;
    Spool& operator=(const Spool&) = delete;
    bool good() const { return f_ && !std::ferror(f_); }
    void write(const std::string& s) { if (f_) std::fwrite(s.data(), 1, s.size(), f_); }
    // Calls `sink` with the content in chunks, from the start.
    template <class Sink>
    bool copy_to(Sink&& sink) {
        if (!f_ || std::fflush(f_) != 0 || std::fseek(f_, 0, SEEK_SET) != 0) return false;
        std::string chunk(1 << 16, '\0');
        size_t n;
        while ((n = std::fread(chunk.data(), 1, chunk.size(), f_)) > 0) sink(std::string_view(chunk.data(), n));
        return !std::ferror(f_);
    }

private:
    std::FILE* f_;
};

std::string refused_line(const std::string& path, Lang lang) {
    return format_diagnostic(make_error("merge.input_refused", path, "berkas dilewati karena galat di atas",
                                        "file skipped because of the errors above"),
                             lang) + "\n";
}

// export-long stops at a file refused (its rows are streamed): what was written, said.
std::string export_stopped_line(const std::string& path, const std::string& out_path, Lang lang) {
    const bool to_stdout = out_path.empty() || out_path == "-";
    return format_diagnostic(
               make_error("export.input_refused", path,
                          to_stdout ? "ekspor berhenti karena galat di atas; baris berkas sebelumnya sudah tertulis ke stdout, berkas ini dan "
                                      "sesudahnya tidak"
                                    : "ekspor berhenti karena galat di atas; tidak ada yang ditulis ke " + out_path,
                          to_stdout ? "export stopped because of the errors above; the rows of the files before it were written to stdout, "
                                      "this file's and the later ones' were not"
                                    : "export stopped because of the errors above; nothing was written to " + out_path),
               lang) + "\n";
}

}  // namespace

int run_merge(int argc, char** argv) {
    Args a = parse_args(argc, argv, {"-o", "--output", "--files-from", "--office"}, {"--rename-duplicates"});
    if (a.help) { std::cout << command_info("merge").usage.in(a.lang); return kExitOk; }
    if (!a.error.empty()) return usage_error("merge", a.error, a.lang);
    bool en = a.lang == Lang::En;
    auto paths = input_paths(a, "merge");
    if (!paths) return kExitErrors;
    if (paths->empty())
        return usage_error("merge", en ? "give the files to merge (or --files-from LIST)" : "berikan berkas yang digabung (atau --files-from DAFTAR)", a.lang);
    bool rename = a.has("--rename-duplicates");
    std::string out_path = a.get("-o").value_or(a.get("--output").value_or(""));

    // The plain bundle is "{prefix}  \"plans\": [ ... ]\n}\n"; the exchange file puts the "exchange" member
    // before "plans" and the seal after it.
    const std::string prefix = std::string("{\n  \"format\": \"") + kPlanFormat + "\",\n  \"version\": " +
                               std::to_string(kPlanFormatVersion) + ",\n";
    Spool plans_spool, rows_spool;
    Sha256 plain_hash;
    auto plain = [&](const std::string& text) {
        plans_spool.write(text);
        plain_hash.update(text);
    };
    plain_hash.update(prefix);
    plain("  \"plans\": [\n");
    bool first_row = true;
    std::unordered_map<std::string, size_t> seen;  // plan id -> index of the file that brought it
    std::unordered_map<std::string, std::string> office_of;  // plan id -> the office of the plan first seen under it
    // Plan id -> the file bringing it that was sent last (path, time), and whether every such file said when it was sent.
    struct Latest {
        std::string path, sent_at;
        bool all_timed = true;
    };
    std::unordered_map<std::string, Latest> latest_of;
    std::vector<std::string> sent_again;  // plan ids of one office in more than one file, in the order found
    std::vector<OfficeFacts> facts;  // of each plan written, for "maybe the same office twice"
    bool failed = false;
    size_t plans_written = 0, indicators = 0;
    for (size_t f = 0; f < paths->size(); ++f) {
        const std::string& path = (*paths)[f];
        auto loaded = load_exchange(path, false, a.lang, LoadOptions{});
        std::optional<std::vector<Plan>> plans;
        if (loaded) plans = std::move(loaded->plans);
        const std::string sent_at = loaded && loaded->exchange.header ? loaded->exchange.header->sent_at : std::string();
        if (!plans) {
            std::cerr << refused_line(path, a.lang);
            failed = true;
            continue;  // keep checking the other files, so every problem is reported in one run
        }
        for (size_t p = 0; p < plans->size(); ++p) {
            Plan& plan = (*plans)[p];
            std::string where = file_location(path, (plans->size() > 1 ? "/plans/" + std::to_string(p) : "/plan") + "/id");
            auto [it, fresh] = seen.emplace(plan.id, f);
            office_of.emplace(plan.id, plan.office.name);
            {
                auto [l, first_time] = latest_of.emplace(plan.id, Latest{path, sent_at, sent_at_seconds(sent_at).has_value()});
                if (!first_time) {
                    l->second.all_timed = l->second.all_timed && sent_at_seconds(sent_at).has_value();
                    if (sent_earlier(l->second.sent_at, sent_at)) l->second = Latest{path, sent_at, l->second.all_timed};
                }
            }
            if (!fresh) {
                const std::string& first = (*paths)[it->second];
                if (!rename) {
                    // The same office twice is most often a file sent again: renaming would count that office twice.
                    const bool same_office = office_of[plan.id] == plan.office.name;
                    if (same_office && std::find(sent_again.begin(), sent_again.end(), plan.id) == sent_again.end())
                        sent_again.push_back(plan.id);  // which file is the latest: said once all files are read
                    print_diagnostics(std::cerr, {make_error("merge.duplicate_plan_id", where,
                                                             "id rencana \"" + plan.id + "\" sudah dipakai oleh " + first +
                                                                 (same_office ? " untuk instansi yang sama (berkas yang dikirim ulang?): gabungkan hanya berkas terbaru "
                                                                                "tiap instansi; --rename-duplicates akan menghitung instansi itu dua kali"
                                                                              : " (pakai --rename-duplicates untuk memberi id baru)"),
                                                             "plan id \"" + plan.id + "\" is already used by " + first +
                                                                 (same_office ? " for the same office (a file sent again?): merge only the latest file of each "
                                                                                "office; --rename-duplicates would count that office twice"
                                                                              : " (use --rename-duplicates to give it a new id)"))},
                                      a.lang);
                    failed = true;
                    continue;
                }
                std::string fresh_id;
                for (int n = 2;; ++n) {
                    fresh_id = plan.id + "-" + std::to_string(n);
                    if (!seen.count(fresh_id)) break;
                }
                print_diagnostics(std::cerr, {make_error("merge.renamed", where,
                                                         "id rencana \"" + plan.id + "\" sudah dipakai oleh " + first + "; rencana ini menjadi \"" + fresh_id + "\"",
                                                         "plan id \"" + plan.id + "\" is already used by " + first + "; this plan becomes \"" + fresh_id + "\"",
                                                         Severity::Warning)},
                                  a.lang);
                plan.id = fresh_id;
                seen.emplace(fresh_id, f);
            }
            if (failed) continue;  // nothing more is written once the output is known to be refused
            plain((plans_written ? ",\n" : "") + bundle_element(plan));
            for (const auto& row : compute_carried_capaian({plan})) {
                rows_spool.write(exchange_capaian_row(row, first_row));
                first_row = false;
            }
            ++plans_written;
            indicators += indicator_count(plan);
            facts.push_back(office_facts(plan));
        }
        if (!plans_spool.good() || !rows_spool.good()) break;
    }
    if (!failed && (!plans_spool.good() || !rows_spool.good())) {
        print_diagnostics(std::cerr, {make_error("cli.write_failed", "tmp", "gagal menulis berkas sementara", "failed to write a temporary file")}, a.lang);
        failed = true;
    }
    // An office's plan sent in several files: which of them was sent last, when every one of them says when.
    for (const std::string& id : sent_again) {
        const Latest& l = latest_of[id];
        if (!l.all_timed) continue;
        print_diagnostics(std::cerr, {make_error("merge.latest_file", l.path,
                                                 "rencana \"" + id + "\": berkas terbaru " + l.path + " (dikirim " + l.sent_at + ")",
                                                 "plan \"" + id + "\": the latest file is " + l.path + " (sent " + l.sent_at + ")", Severity::Info)},
                          a.lang);
    }
    if (failed) {
        std::cerr << (en ? "tolok merge: nothing written (errors above)\n" : "tolok merge: tidak ada yang ditulis (ada galat di atas)\n");
        return kExitErrors;
    }
    plain("\n  ]");
    plain_hash.update(std::string_view("\n}\n"));

    ExchangeHeader header;
    header.sender.office = a.get("--office").value_or("");
    header.sent_at = sent_at_now();
    header.app = "tolok-cli";
    header.app_version = kTolokVersion;
    header.plan_sha256 = plain_hash.hex_digest();

    StreamOut out(out_path);
    if (!out.good()) {
        print_diagnostics(std::cerr, {make_error("cli.write_failed", out_path, "gagal menulis berkas: " + out_path,
                                                 "failed to write file: " + out_path)}, a.lang);
        return kExitErrors;
    }
    Sha256 seal;
    auto emit = [&](std::string_view text) {
        out.write(std::string(text));
        seal.update(text);
    };
    emit(prefix);
    emit(exchange_header_begin(header));
    bool copied = rows_spool.copy_to(emit);
    emit(exchange_header_end(!first_row));
    copied = plans_spool.copy_to(emit) && copied;
    emit(",\n  \"sha256\": \"");
    const std::string tail = "\"\n}\n";
    seal.update(std::string(64, '0'));
    seal.update(tail);
    out.write(seal.hex_digest() + tail);
    if (!copied) {
        out.abort();
        print_diagnostics(std::cerr, {make_error("cli.write_failed", "tmp", "gagal membaca berkas sementara", "failed to read a temporary file")}, a.lang);
        return kExitErrors;
    }
    if (auto err = out.commit()) {
        print_diagnostics(std::cerr, {*err}, a.lang);
        return kExitErrors;
    }
    print_diagnostics(std::cerr, maybe_same_office(facts), a.lang);
    std::cerr << (en ? "merged: " : "digabung: ") << paths->size() << (en ? " file(s), " : " berkas, ") << plans_written
              << (en ? " plan(s), " : " rencana, ") << indicators << (en ? " indicator(s)" : " indikator")
              << (out_path.empty() || out_path == "-" ? std::string() : " -> " + out_path) << "\n";
    return kExitOk;
}

int run_export_long(int argc, char** argv) {
    Args a = parse_args(argc, argv, {"-o", "--output", "--format", "--files-from"}, {"--builtin", "--accept-altered"});
    if (a.help) { std::cout << command_info("export-long").usage.in(a.lang); return kExitOk; }
    if (!a.error.empty()) return usage_error("export-long", a.error, a.lang);
    bool en = a.lang == Lang::En;
    bool builtin = a.has("--builtin");
    auto paths = input_paths(a, "export-long");
    if (!paths) return kExitErrors;
    if (builtin == !paths->empty())
        return usage_error("export-long", en ? "give the file(s), or --builtin" : "berikan berkas, atau --builtin", a.lang);
    std::string format_name = a.get("--format").value_or("csv");
    if (format_name != "csv" && format_name != "ndjson")
        return usage_error("export-long", (en ? "--format must be csv or ndjson, not \"" : "--format harus csv atau ndjson, bukan \"") + format_name + "\"", a.lang);
    LongFormat format = format_name == "csv" ? LongFormat::Csv : LongFormat::Ndjson;
    std::string out_path = a.get("-o").value_or(a.get("--output").value_or(""));

    StreamOut out(out_path);
    if (!out.good()) {
        print_diagnostics(std::cerr, {make_error("cli.write_failed", out_path, "gagal menulis berkas: " + out_path,
                                                 "failed to write file: " + out_path)}, a.lang);
        return kExitErrors;
    }
    out.write(long_header(format));
    if (builtin) paths->assign(1, "");
    std::string chunk;
    for (const auto& path : *paths) {
        auto plans = load_plans(path, builtin, a.lang, altered_options(a));
        if (!plans) {
            if (!builtin) std::cerr << export_stopped_line(path, out_path, a.lang);
            out.abort();
            return kExitErrors;
        }
        for (const auto& plan : *plans) {
            chunk.clear();
            append_long_rows(chunk, plan, format);
            out.write(chunk);
        }
        if (!out.good()) break;
    }
    if (auto err = out.commit()) {
        print_diagnostics(std::cerr, {*err}, a.lang);
        return kExitErrors;
    }
    return kExitOk;
}

}  // namespace tolok::cli
