// Implementation of `tolok` file input/output (see cli_io.h).
#include "cli/cli_io.h"

#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <ctime>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/foreign_input.h"
#include "core/builtin_plan.h"
#include "core/exchange.h"
#include "core/plan_json.h"
#include "core/text_check.h"

namespace tolok::cli {

namespace {

constexpr size_t kMaxInputBytes = size_t(1) << 30;  // 1 GiB

Diagnostic input_error(const std::string& id, const std::string& path, std::string message_id, std::string message_en) {
    Diagnostic d;
    d.severity = Severity::Error;
    d.id = id;
    d.location = path;
    d.message = BiText{std::move(message_id), std::move(message_en)};
    return d;
}

// A workbook, document or PDF is named, with what to do; any other content that is not text names the byte.
std::optional<Diagnostic> not_text_error(const std::string& path, const std::string& data, InputPurpose purpose) {
    size_t bad = first_non_text_byte(data);
    if (bad == std::string::npos) return std::nullopt;
    if (auto named = named_binary_error(path, data, purpose)) return named;
    // A plan file cut inside its last character: the plan reader says it is cut short ("terpotong"), as in the app.
    if (purpose == InputPurpose::PlanFile && bad == cut_inside_character(data)) return std::nullopt;
    if (purpose == InputPurpose::Table && windows1252_to_utf8(data)) return std::nullopt;  // Excel's CSV: import_table reads it
    return input_error("cli.not_text", path,
                       "berkas bukan teks (UTF-8), mis. berkas biner; byte ke-" + std::to_string(bad + 1) + " tidak sah",
                       "the file is not text (UTF-8), e.g. a binary file; byte " + std::to_string(bad + 1) + " is invalid");
}

}  // namespace

InputText read_input(const std::string& path, bool check_text) {
    InputText in;
    std::string data;
    if (path == "-") {
        data.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        struct stat st {};
        if (stat(path.c_str(), &st) != 0) {
            in.error = input_error("cli.file_not_found", path, "berkas tidak ditemukan: " + path, "file not found: " + path);
            return in;
        }
        if (S_ISDIR(st.st_mode)) {
            in.error = input_error("cli.is_directory", path, path + " adalah folder, bukan berkas",
                                   path + " is a directory, not a file");
            return in;
        }
        if (static_cast<unsigned long long>(st.st_size) > kMaxInputBytes) {
            in.error = input_error("cli.too_large", path, "berkas terlalu besar (lebih dari 1 GiB): " + path,
                                   "file too large (over 1 GiB): " + path);
            return in;
        }
        std::ifstream f(path, std::ios::binary);
        if (!f) {
            in.error = input_error("cli.read_failed", path, "berkas tidak dapat dibaca: " + path, "cannot read file: " + path);
            return in;
        }
        std::ostringstream ss;
        ss << f.rdbuf();
        if (f.bad()) {
            in.error = input_error("cli.read_failed", path, "berkas tidak dapat dibaca: " + path, "cannot read file: " + path);
            return in;
        }
        data = ss.str();
    }
    data = as_utf8_text(std::move(data));  // Excel's "Unicode Text" is UTF-16
    if (data.size() >= 3 && data.compare(0, 3, "\xEF\xBB\xBF") == 0) data.erase(0, 3);
    if (data.find_first_not_of(" \t\r\n") == std::string::npos) {
        in.error = input_error("cli.empty_file", path, "berkas kosong: " + path, "the file is empty: " + path);
        return in;
    }
    if (check_text) {
        if (auto err = not_text_error(path, data, InputPurpose::Table)) {
            in.error = std::move(*err);
            return in;
        }
    }
    in.text = std::move(data);
    return in;
}

std::optional<Diagnostic> write_output(const std::string& path, const std::string& content) {
    if (path.empty() || path == "-") {
        std::cout << content;
        std::cout.flush();
        if (!std::cout) return input_error("cli.write_failed", "stdout", "gagal menulis keluaran", "failed to write output");
        return std::nullopt;
    }
    std::string tmp = path + ".tmp-tolok";
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        f << content;
        f.flush();
        if (!f) {
            std::remove(tmp.c_str());
            return input_error("cli.write_failed", path, "gagal menulis berkas: " + path, "failed to write file: " + path);
        }
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::remove(tmp.c_str());
        return input_error("cli.write_failed", path, "gagal menulis berkas: " + path, "failed to write file: " + path);
    }
    return std::nullopt;
}

void print_diagnostics(std::ostream& out, const Diagnostics& ds, Lang lang, const std::string& location_prefix) {
    for (const auto& d : ds) {
        if (location_prefix.empty()) {
            out << format_diagnostic(d, lang) << "\n";
        } else {
            Diagnostic copy = d;
            copy.location = location_prefix + d.location;
            out << format_diagnostic(copy, lang) << "\n";
        }
    }
}

std::string file_location(const std::string& path, const std::string& location) {
    const std::string name = path == "-" ? std::string("<stdin>") : path;
    if (location.empty() || location == path) return name;
    return name + ":" + location;
}

void print_file_diagnostics(std::ostream& out, const std::string& path, const Diagnostics& ds, Lang lang) {
    Diagnostics located = ds;
    for (auto& d : located) d.location = file_location(path, d.location);
    print_diagnostics(out, located, lang);
}

std::optional<std::vector<Plan>> load_plans(const std::string& path, bool builtin, Lang lang, const LoadOptions& options) {
    auto loaded = load_exchange(path, builtin, lang, options);
    if (!loaded) return std::nullopt;
    return std::move(loaded->plans);
}

LoadOptions altered_options(const Args& a) {
    LoadOptions o;
    o.accept_altered = a.has("--accept-altered");
    o.offer_accept_altered = true;
    return o;
}

std::string plan_pointer(const LoadedPlans& loaded, size_t index) {
    return loaded.bundle ? "/plans/" + std::to_string(index) : std::string("/plan");
}

std::string describe_sender(const ExchangeHeader& h, Lang lang) {
    bool en = lang == Lang::En;
    std::string s = en ? "sender: " : "pengirim: ";
    s += sender_office_text(h, lang);
    if (!h.sender.code.empty()) s += (en ? " (code " : " (kode ") + h.sender.code + ")";
    s += (en ? "; sent " : "; dikirim ") + (h.sent_at.empty() ? std::string("?") : h.sent_at);
    s += (en ? "; app " : "; aplikasi ") + (h.app.empty() ? std::string("?") : h.app);
    if (!h.app_version.empty()) s += " " + h.app_version;
    s += (en ? "; schema " : "; skema ") + std::to_string(h.schema_version);
    return s;
}

std::optional<LoadedPlans> load_exchange(const std::string& path, bool builtin, Lang lang, const LoadOptions& options) {
    if (builtin) {
        LoadedPlans loaded;
        loaded.plans.push_back(builtin_plan());
        return loaded;
    }
    // Not-text content is judged by the exchange reader when the file claims an envelope (one altered byte of an
    // exchange file is an integrity error, whatever that byte became); otherwise refused here as before.
    InputText in = read_input(path, false);
    if (!in.text) {
        print_file_diagnostics(std::cerr, path, {in.error}, lang);
        return std::nullopt;
    }
    if (!has_exchange_envelope(*in.text)) {
        if (auto err = not_text_error(path, *in.text, InputPurpose::PlanFile)) {
            print_file_diagnostics(std::cerr, path, {*err}, lang);
            return std::nullopt;
        }
    }
    ExchangeReadOptions read_options;
    read_options.accept_altered = options.accept_altered;
    ExchangeReadResult r = read_exchange(*in.text, read_options);
    for (Diagnostic& d : r.diagnostics) use_cli_hint(d, path, *in.text);
    if (!r.ok()) {
        print_file_diagnostics(std::cerr, path, r.diagnostics, lang);
        const bool integrity = r.only_seal_failed();  // a file that does not read is not offered --accept-altered
        if (integrity && r.header)
            std::cerr << (lang == Lang::En ? "the file claims (not verified) " : "berkas ini mengaku (tidak terverifikasi) ")
                      << describe_sender(*r.header, lang) << "\n";
        if (integrity && options.offer_accept_altered)
            std::cerr << (lang == Lang::En ? "hint: --accept-altered reads it as it is and marks it as edited by hand\n"
                                           : "petunjuk: --accept-altered membacanya apa adanya dan menandainya sebagai suntingan tangan\n");
        if (!has_errors(r.diagnostics)) {
            print_file_diagnostics(std::cerr, path, {input_error("import.empty_file", path, "tidak ada rencana dalam berkas",
                                                      "no plan in the file")}, lang);
        }
        return std::nullopt;
    }
    if (options.print_notes) {
        Diagnostics warnings;
        for (const auto& d : r.diagnostics)
            if (d.severity != Severity::Info) warnings.push_back(d);
        print_file_diagnostics(std::cerr, path, warnings, lang);
    }
    LoadedPlans loaded;
    loaded.plans = std::move(r.plans);
    loaded.bundle = loaded.plans.size() > 1 || is_plan_bundle(*in.text);
    loaded.exchange = std::move(r);
    loaded.exchange.plans.clear();
    return loaded;
}

std::string sent_at_now() {
    std::time_t t = std::time(nullptr);
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
        char* end = nullptr;
        long long v = std::strtoll(epoch, &end, 10);
        if (end != epoch && *end == '\0' && v >= 0) t = static_cast<std::time_t>(v);
    }
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}


}  // namespace tolok::cli
