// Exchange files (see exchange.h and docs/file-format.md): the envelope written around the plain plan JSON, its
// SHA-256 seal over the file's exact bytes, and the reading order seal -> plan -> carried capaian.
#include "exchange.h"

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

#include "achievement.h"
#include "sha256.h"
#include "text_check.h"
#include "value.h"

namespace tolok {

namespace {

using json = nlohmann::json;

constexpr size_t kDigits = 64;
constexpr size_t kMaxMismatches = 200;

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string js(const std::string& s) { return json(s).dump(-1, ' ', false, json::error_handler_t::replace); }

std::optional<double> rounded_percent(const std::optional<double>& p) {
    if (!p || !std::isfinite(*p)) return std::nullopt;
    double r = std::round(*p * 10000.0) / 10000.0;
    return r == 0 ? 0.0 : r;  // never "-0.0"
}

// The "exchange" member as written: fixed key order, 2-space indent, one capaian row per line.
std::string header_text(const ExchangeHeader& h) {
    std::string o = exchange_header_begin(h);
    for (size_t i = 0; i < h.capaian.size(); ++i) o += exchange_capaian_row(h.capaian[i], i == 0);
    o += exchange_header_end(!h.capaian.empty());
    return o;
}

// Offset of the opening quote of a key of the top-level object named one of `names`; npos when none.
size_t top_level_key(std::string_view doc, std::string_view name1, std::string_view name2) {
    int depth = 0;
    bool in_string = false, escaped = false;
    size_t start = 0;
    for (size_t i = 0; i < doc.size(); ++i) {
        char c = doc[i];
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') {
                in_string = false;
                std::string_view key = doc.substr(start + 1, i - start - 1);
                if (depth == 1 && (key == name1 || key == name2)) {
                    size_t j = i + 1;
                    while (j < doc.size() && is_ws(doc[j])) ++j;
                    if (j < doc.size() && doc[j] == ':') return start;
                }
            }
        } else if (c == '"') {
            in_string = true;
            start = i;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return std::string::npos;
}

// SHA-256 of `text` with the 64 bytes at `digits` taken as "0".
std::string seal_of(std::string_view text, size_t digits) {
    static const std::string zeros(kDigits, '0');
    Sha256 h;
    h.update(text.substr(0, digits));
    h.update(zeros);
    h.update(text.substr(digits + kDigits));
    return h.hex_digest();
}

// The exchange file: `doc` (a plain plan file from write_plan/write_plans) with the header inserted before its
// "plan"/"plans" member and the seal appended as the last member.
std::string compose(const std::string& doc, const ExchangeHeader& h) {
    std::string header = header_text(h);
    size_t key = top_level_key(doc, "plan", "plans");
    size_t line = key;
    while (line > 0 && (doc[line - 1] == ' ' || doc[line - 1] == '\t')) --line;
    size_t insert_at = line > 0 && doc[line - 1] == '\n' ? line : key;
    size_t close = doc.find_last_not_of(" \t\r\n");
    if (key == std::string::npos || close == std::string::npos || doc[close] != '}') return {};  // never for our writer
    size_t content_end = doc.find_last_not_of(" \t\r\n", close - 1) + 1;
    std::string out;
    out.reserve(doc.size() + header.size() + 100);
    out.append(doc, 0, insert_at);
    out += header;
    out.append(doc, insert_at, content_end - insert_at);
    out += ",\n  \"sha256\": \"";
    size_t digits = out.size();
    out.append(kDigits, '0');
    out += "\"\n}\n";
    out.replace(digits, kDigits, seal_of(out, digits));
    return out;
}

std::string plain_text(const std::vector<Plan>& plans, bool bundle) {
    return bundle ? write_plans(plans) : write_plan(plans.front());
}

ExchangeHeader make_header(const std::vector<Plan>& plans, bool bundle, const ExchangeWriteOptions& o) {
    ExchangeHeader h;
    h.sender = o.sender;
    h.sent_at = o.sent_at;
    h.app = o.app;
    h.app_version = o.app_version;
    h.plan_sha256 = sha256_hex(plain_text(plans, bundle));
    h.capaian = compute_carried_capaian(plans);
    return h;
}

// Offset of the seal's 64 digits: the last key "sha256" with a string of 64 bytes, followed only by the closing
// brace of the file (and whitespace). npos when there is no such seal.
size_t locate_seal(std::string_view text) {
    size_t key = text.rfind("\"sha256\"");
    if (key == std::string::npos) return key;
    size_t i = key + 8;
    while (i < text.size() && is_ws(text[i])) ++i;
    if (i >= text.size() || text[i] != ':') return std::string::npos;
    ++i;
    while (i < text.size() && is_ws(text[i])) ++i;
    if (i >= text.size() || text[i] != '"') return std::string::npos;
    size_t digits = i + 1;
    if (digits + kDigits >= text.size() || text[digits + kDigits] != '"') return std::string::npos;
    size_t j = digits + kDigits + 1;
    while (j < text.size() && is_ws(text[j])) ++j;
    if (j >= text.size() || text[j] != '}') return std::string::npos;
    ++j;
    while (j < text.size() && is_ws(text[j])) ++j;
    return j == text.size() ? digits : std::string::npos;
}

bool claims_key(std::string_view text, std::string_view quoted) {
    for (size_t at = text.find(quoted); at != std::string::npos; at = text.find(quoted, at + 1)) {
        size_t j = at + quoted.size();
        while (j < text.size() && is_ws(text[j])) ++j;
        if (j < text.size() && text[j] == ':') return true;
    }
    return false;
}

Diagnostic diag(Severity s, const char* id, std::string location, std::string msg_id, std::string msg_en) {
    Diagnostic d;
    d.severity = s;
    d.id = id;
    d.location = std::move(location);
    d.message = BiText{std::move(msg_id), std::move(msg_en)};
    return d;
}

// ---- the header as found in a file ----
struct ParsedTop {
    bool parsed = false;  // the text is JSON (an object or not)
    bool bundle = false;  // "plans" rather than "plan"
    bool has_header = false;
    std::optional<ExchangeHeader> header;  // when "exchange" reads without errors
    Diagnostics errors;                    // exchange.invalid_header
};

ParsedTop parse_top(const std::string& text) {
    ParsedTop top;
    bool saw_plans = false;
    json::parser_callback_t skip_plans = [&](int depth, json::parse_event_t event, json& parsed) {
        if (event == json::parse_event_t::key && depth == 1 && parsed.is_string()) {
            const auto& k = parsed.get_ref<const std::string&>();
            if (k == "plans") saw_plans = true;
            if (k == "plan" || k == "plans") return false;  // the plans are read by read_plans, not kept twice
        }
        return true;
    };
    json doc = json::parse(text, skip_plans, false);
    if (doc.is_discarded()) return top;
    top.parsed = true;
    top.bundle = saw_plans;
    if (!doc.is_object()) return top;
    auto it = doc.find("exchange");
    if (it == doc.end()) return top;
    top.has_header = true;
    auto bad = [&](const std::string& where, const std::string& id_what, const std::string& en_what) {
        top.errors.push_back(diag(Severity::Error, "exchange.invalid_header", "/exchange" + where,
                                  "kepala pertukaran tidak sah: " + id_what, "invalid exchange header: " + en_what));
    };
    const json& x = *it;
    if (!x.is_object()) {
        bad("", "harus objek JSON", "must be a JSON object");
        return top;
    }
    ExchangeHeader h;
    auto get_int = [&](const json& o, const char* key, int& out, const std::string& where, bool required) {
        auto f = o.find(key);
        if (f == o.end()) {
            if (required) bad(where, "kolom \"" + std::string(key) + "\" tidak ada", "field \"" + std::string(key) + "\" is missing");
            return;
        }
        if (!f->is_number_integer()) {
            bad(where, "\"" + std::string(key) + "\" harus bilangan bulat", "\"" + std::string(key) + "\" must be an integer");
            return;
        }
        long long v = f->get<long long>();
        out = v < -1000000 || v > 1000000 ? -1 : static_cast<int>(v);
    };
    auto get_str = [&](const json& o, const char* key, std::string& out, const std::string& where) {
        auto f = o.find(key);
        if (f == o.end()) return;
        if (!f->is_string()) {
            bad(where, "\"" + std::string(key) + "\" harus teks", "\"" + std::string(key) + "\" must be a string");
            return;
        }
        out = f->get<std::string>();
    };
    get_int(x, "envelope_version", h.envelope_version, "/envelope_version", true);
    if (auto s = x.find("sender"); s != x.end()) {
        if (!s->is_object()) bad("/sender", "\"sender\" harus objek", "\"sender\" must be an object");
        else {
            get_str(*s, "office", h.sender.office, "/sender/office");
            get_str(*s, "code", h.sender.code, "/sender/code");
        }
    }
    get_str(x, "sent_at", h.sent_at, "/sent_at");
    get_str(x, "app", h.app, "/app");
    get_str(x, "app_version", h.app_version, "/app_version");
    get_int(x, "schema_version", h.schema_version, "/schema_version", false);
    get_str(x, "plan_sha256", h.plan_sha256, "/plan_sha256");
    if (auto c = x.find("capaian"); c != x.end()) {
        if (!c->is_array()) bad("/capaian", "\"capaian\" harus larik", "\"capaian\" must be an array");
        else
            for (size_t i = 0; i < c->size(); ++i) {
                const json& row = (*c)[i];
                std::string where = "/capaian/" + std::to_string(i);
                if (!row.is_object()) {
                    bad(where, "baris capaian harus objek", "a capaian row must be an object");
                    continue;
                }
                CarriedCapaian r;
                get_str(row, "plan", r.plan_id, where + "/plan");
                get_str(row, "indicator", r.indicator_id, where + "/indicator");
                get_str(row, "code", r.code, where + "/code");
                get_int(row, "year", r.year, where + "/year", true);
                get_str(row, "category", r.category, where + "/category");
                auto p = row.find("capaian");
                if (p != row.end() && p->is_number()) r.percent = p->get<double>();
                else if (p != row.end() && !p->is_null())
                    bad(where + "/capaian", "\"capaian\" harus angka atau null", "\"capaian\" must be a number or null");
                h.capaian.push_back(std::move(r));
            }
    }
    if (top.errors.empty()) top.header = std::move(h);
    return top;
}

// ---- carried capaian against the recomputed one ----
std::string percent_text(const std::optional<double>& p, const std::string& category, Lang lang) {
    std::string s = p ? format_number(*p, 2, lang) + " %" : (lang == Lang::En ? "not computable" : "tidak dapat dihitung");
    if (!category.empty()) s += " (" + category + ")";
    return s;
}

bool same_capaian(const CarriedCapaian& a, const CarriedCapaian& b) {
    if (a.percent.has_value() != b.percent.has_value()) return false;
    if (a.percent && std::fabs(*a.percent - *b.percent) > 0.00015) return false;  // 4 decimals, rounding noise
    return a.category == b.category;
}

Diagnostics compare_capaian(const std::vector<CarriedCapaian>& carried, const std::vector<Plan>& plans, bool bundle) {
    Diagnostics out;
    using Key = std::tuple<std::string, std::string, int>;
    std::map<Key, const CarriedCapaian*> computed_by_key;
    std::vector<CarriedCapaian> computed = compute_carried_capaian(plans);
    for (const auto& r : computed) computed_by_key[{r.plan_id, r.indicator_id, r.year}] = &r;
    std::map<Key, bool> seen;
    auto name = [&](const CarriedCapaian& r, Lang lang) {
        std::string s = (lang == Lang::En ? "indicator " : "indikator ") + (r.code.empty() ? r.indicator_id : r.code);
        if (!r.code.empty() && r.code != r.indicator_id) s += " (" + r.indicator_id + ")";
        if (bundle) s += (lang == Lang::En ? " of plan " : " rencana ") + r.plan_id;
        s += (lang == Lang::En ? ", year " : " tahun ") + std::to_string(r.year);
        return s;
    };
    for (size_t i = 0; i < carried.size() && out.size() < kMaxMismatches; ++i) {
        const CarriedCapaian& c = carried[i];
        Key key{c.plan_id, c.indicator_id, c.year};
        seen[key] = true;
        std::string where = "/exchange/capaian/" + std::to_string(i);
        auto it = computed_by_key.find(key);
        if (it == computed_by_key.end()) {
            out.push_back(diag(Severity::Warning, "exchange.capaian_mismatch", where,
                               "capaian " + name(c, Lang::Id) + " dibawa berkas (" + percent_text(c.percent, c.category, Lang::Id) +
                                   "), tetapi baris itu tidak ada di rencana",
                               "the file carries capaian for " + name(c, Lang::En) + " (" +
                                   percent_text(c.percent, c.category, Lang::En) + "), but the plan has no such row"));
            continue;
        }
        const CarriedCapaian& r = *it->second;
        if (same_capaian(c, r)) continue;
        out.push_back(diag(Severity::Warning, "exchange.capaian_mismatch", where,
                           "capaian " + name(r, Lang::Id) + " berbeda: berkas membawa " +
                               percent_text(c.percent, c.category, Lang::Id) + ", dihitung ulang " +
                               percent_text(r.percent, r.category, Lang::Id),
                           "capaian of " + name(r, Lang::En) + " differs: the file carries " +
                               percent_text(c.percent, c.category, Lang::En) + ", recomputed " +
                               percent_text(r.percent, r.category, Lang::En)));
    }
    for (const auto& r : computed) {
        if (out.size() >= kMaxMismatches) break;
        if (seen.count({r.plan_id, r.indicator_id, r.year})) continue;
        out.push_back(diag(Severity::Warning, "exchange.capaian_mismatch", "/exchange/capaian",
                           "capaian " + name(r, Lang::Id) + " (dihitung ulang " + percent_text(r.percent, r.category, Lang::Id) +
                               ") tidak dibawa berkas",
                           "capaian of " + name(r, Lang::En) + " (recomputed " + percent_text(r.percent, r.category, Lang::En) +
                               ") is not carried by the file"));
    }
    return out;
}

// ---- which part of a file whose seal does not match ----
Diagnostic integrity_error(const std::string& text, size_t digits, const PlanReadResult& read, const ParsedTop& top) {
    const std::string lead_id = "berkas rusak atau diubah setelah ditulis: segel SHA-256 tidak cocok dengan isinya";
    const std::string lead_en = "the file was damaged or altered after it was written: its SHA-256 seal does not match its content";
    const std::string tail_id = ". Minta pengirim mengirim ulang berkas aslinya.";
    const std::string tail_en = ". Ask the sender to send the original file again.";
    auto make = [&](std::string location, const std::string& part_id, const std::string& part_en) {
        return diag(Severity::Error, "exchange.integrity", std::move(location), lead_id + "; " + part_id + tail_id,
                    lead_en + "; " + part_en + tail_en);
    };
    // A file that does not read at all is said first as such (not text, cut short, not whole JSON): its seal cannot
    // be checked and reading it anyway could not help. The reader's own errors follow this one (read_exchange).
    const Diagnostic* first = read.errors.empty() ? nullptr : &read.errors.front();
    // A byte that is no text (damaged in transfer) is named, unless the file merely stops inside a character, which
    // the reader reports as cut short (json.syntax).
    if (size_t bad = first_non_text_byte(text); bad != std::string::npos && !(first && first->id == "json.syntax")) {
        return make("byte " + std::to_string(bad + 1), "byte ke-" + std::to_string(bad + 1) + " bukan teks UTF-8 yang sah",
                    "byte " + std::to_string(bad + 1) + " is not valid UTF-8 text");
    }
    if (!top.parsed) {
        std::string where = first && first->id == "json.syntax" ? first->location : std::string();
        std::string at_id = where.empty() ? std::string() : " (" + location_label(where, Lang::Id) + ")";
        std::string at_en = where.empty() ? std::string() : " (" + where + ")";
        return diag(Severity::Error, "exchange.integrity", where,
                    "berkas tidak utuh: terpotong atau bukan JSON utuh" + at_id +
                        ", jadi isinya tidak terbaca dan segel SHA-256-nya tidak dapat diperiksa" + tail_id,
                    "the file is not whole: cut short or not whole JSON" + at_en +
                        ", so its content does not read and its SHA-256 seal cannot be checked" + tail_en);
    }
    if (first)
        return make(first->location, "rencana tidak lagi terbaca: " + first->message.id,
                    "the plan no longer reads: " + first->message.en);
    if (digits == std::string::npos)
        return make("/sha256",
                    "segel (anggota terakhir \"sha256\" dengan 64 digit heksadesimal) hilang, rusak, atau bukan lagi akhir berkas",
                    "the seal (the last member \"sha256\" with 64 hex digits) is missing, damaged or no longer ends the file");
    const char* plan_ptr = top.bundle ? "/plans" : "/plan";
    if (!top.header)
        return make("/exchange", "kepala pertukaran (\"exchange\") rusak", "the exchange header (\"exchange\") is damaged");
    // Rebuild the file from what it says and compare seals: the same seal means the same content as written.
    std::string plain = plain_text(read.plans, top.bundle);
    auto same_seal = [&](const std::string& again) {
        return again.size() >= kDigits + 4 && again.compare(again.size() - kDigits - 4, kDigits, text, digits, kDigits) == 0;
    };
    std::string again = compose(plain, *top.header);
    if (same_seal(again)) {
        bool crlf = text.find("\r\n") != std::string::npos && again.find('\r') == std::string::npos;
        return make("", std::string("hanya tata letaknya yang berubah (spasi, baris") + (crlf ? ", akhir baris CRLF" : "") +
                            "); isi dan kepala sama dengan yang ditulis",
                    std::string("only the layout changed (spaces, line breaks") + (crlf ? ", CRLF line ends" : "") +
                        "); the content and header are as written");
    }
    ExchangeHeader derived = *top.header;  // the fields computed from the plan, computed again
    derived.plan_sha256 = sha256_hex(plain);
    derived.capaian = compute_carried_capaian(read.plans);
    if (same_seal(compose(plain, derived)))
        return make("/exchange", "isi rencana utuh; yang diubah kolom turunan di kepala pertukaran (plan_sha256 atau capaian)",
                    "the plan content is intact; the derived fields of the exchange header (plan_sha256 or capaian) were changed");
    if (derived.plan_sha256 != top.header->plan_sha256)
        return make(plan_ptr, "isi rencana berbeda dari yang ditulis pengirim (mis. target, realisasi atau nama diubah)",
                    "the plan content differs from what the sender wrote (e.g. a target, an actual or a name was changed)");
    if (!compare_capaian(top.header->capaian, read.plans, top.bundle).empty())
        return make("/exchange/capaian", "capaian yang dibawa kepala pertukaran diubah; isi rencana utuh",
                    "the capaian carried in the exchange header were changed; the plan content is intact");
    // The plan matches its own SHA-256 and the carried capaian: what changed has no second copy to compare with.
    return make("/exchange", "isi rencana utuh; yang berubah kepala pertukaran (pengirim, waktu, versi aplikasi) atau segelnya sendiri",
                "the plan content is intact; the exchange header (sender, time, app version) or the seal itself was changed");
}

}  // namespace

std::string exchange_header_begin(const ExchangeHeader& h) {
    std::string o = "  \"exchange\": {\n";
    o += "    \"envelope_version\": " + std::to_string(h.envelope_version) + ",\n";
    o += "    \"sender\": {\"office\": " + js(h.sender.office) + ", \"code\": " + js(h.sender.code) + "},\n";
    o += "    \"sent_at\": " + js(h.sent_at) + ",\n";
    o += "    \"app\": " + js(h.app) + ",\n";
    o += "    \"app_version\": " + js(h.app_version) + ",\n";
    o += "    \"schema_version\": " + std::to_string(h.schema_version) + ",\n";
    o += "    \"plan_sha256\": " + js(h.plan_sha256) + ",\n";
    o += "    \"capaian\": [";
    return o;
}

std::string exchange_capaian_row(const CarriedCapaian& r, bool first) {
    return std::string(first ? "\n      " : ",\n      ") + "{\"plan\": " + js(r.plan_id) + ", \"indicator\": " + js(r.indicator_id) +
           ", \"code\": " + js(r.code) + ", \"year\": " + std::to_string(r.year) +
           ", \"capaian\": " + (r.percent ? json(*r.percent).dump() : "null") + ", \"category\": " + js(r.category) + "}";
}

std::string exchange_header_end(bool any_rows) { return std::string(any_rows ? "\n    ]\n" : "]\n") + "  },\n"; }

std::vector<CarriedCapaian> compute_carried_capaian(const std::vector<Plan>& plans) {
    std::vector<CarriedCapaian> rows;
    Achievement a;  // reused row after row
    for (const Plan& plan : plans)
        for (const Objective& o : plan.objectives)
            for (const Indicator& ind : o.indicators)
                for (const auto& entry : ind.years) {
                    int year = entry.first;
                    if (!plan.in_period(year)) continue;
                    compute_achievement_into(a, plan, ind, year, 0);
                    CarriedCapaian r;
                    r.plan_id = plan.id;
                    r.indicator_id = ind.id;
                    r.code = ind.code;
                    r.year = year;
                    r.percent = rounded_percent(a.percent);
                    if (r.percent) r.category = a.category;
                    rows.push_back(std::move(r));
                }
    return rows;
}

std::string write_exchange(const Plan& plan, const ExchangeWriteOptions& options) {
    std::vector<Plan> one{plan};
    return compose(write_plan(plan), make_header(one, false, options));
}

std::string write_exchange_plans(const std::vector<Plan>& plans, const ExchangeWriteOptions& options) {
    return compose(write_plans(plans), make_header(plans, true, options));
}

std::string sender_office_text(const ExchangeHeader& header, Lang lang) {
    if (header.sender.office.find_first_not_of(" \t") != std::string::npos) return header.sender.office;
    return lang == Lang::En ? "(no office name)" : "(tanpa nama instansi)";
}

bool has_exchange_envelope(std::string_view text) {
    return claims_key(text, "\"exchange\"") || claims_key(text, "\"sha256\"");
}

ExchangeReadResult read_exchange(const std::string& text, const ExchangeReadOptions& options) {
    // A UTF-8 byte order mark (a file saved once in Notepad) is not part of the sealed text (docs/file-format.md).
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) return read_exchange(text.substr(3), options);
    ExchangeReadResult result;
    if (!has_exchange_envelope(text)) {
        PlanReadResult read = read_plans(text);
        result.diagnostics = std::move(read.errors);
        if (!read.ok()) return result;
        result.plans = std::move(read.plans);
        result.diagnostics.push_back(diag(
            Severity::Info, "exchange.no_envelope", "",
            "berkas rencana biasa tanpa amplop pertukaran: tidak ada pengirim, waktu, maupun segel SHA-256, jadi "
            "keutuhannya tidak dapat diperiksa",
            "a plain plan file without exchange envelope: no sender, time or SHA-256 seal, so its integrity cannot be checked"));
        return result;
    }
    result.has_envelope = true;
    size_t digits = locate_seal(text);
    bool intact = digits != std::string::npos && seal_of(text, digits) == std::string_view(text).substr(digits, kDigits);
    PlanReadResult read = read_plans(text);
    ParsedTop top = parse_top(text);
    if (top.header) result.header = top.header;
    if (top.header && top.header->envelope_version > kExchangeVersion) {
        result.diagnostics.push_back(diag(
            Severity::Error, "exchange.unsupported_version", "/exchange/envelope_version",
            "amplop pertukaran versi " + std::to_string(top.header->envelope_version) + " tidak didukung (didukung 1-" +
                std::to_string(kExchangeVersion) + "); perbarui Tolok",
            "exchange envelope version " + std::to_string(top.header->envelope_version) + " is not supported (supported 1-" +
                std::to_string(kExchangeVersion) + "); update Tolok"));
        return result;
    }
    if (!intact) {
        Diagnostic d = integrity_error(text, digits, read, top);
        if (!options.accept_altered) {
            result.diagnostics.push_back(std::move(d));
            // A file that does not read gives the reader's errors too: it could not be imported anyway.
            if (!read.ok())
                for (Diagnostic& e : read.errors) result.diagnostics.push_back(std::move(e));
            // The rows whose carried capaian no longer matches point at what was changed.
            if (read.ok() && top.header)
                for (Diagnostic& m : compare_capaian(top.header->capaian, read.plans, top.bundle))
                    result.diagnostics.push_back(std::move(m));
            return result;
        }
        d.severity = Severity::Warning;
        result.diagnostics.push_back(std::move(d));
        result.altered = true;
    } else {
        result.verified = true;
    }
    if (!read.ok()) {
        for (Diagnostic& e : read.errors) result.diagnostics.push_back(std::move(e));
        return result;
    }
    if (!top.header) {
        if (!top.errors.empty() || top.has_header || result.verified) {
            Diagnostics errs = top.errors;
            if (errs.empty())
                errs.push_back(diag(Severity::Error, "exchange.invalid_header", "/exchange",
                                    "kepala pertukaran (\"exchange\") tidak ada", "the exchange header (\"exchange\") is missing"));
            for (Diagnostic& e : errs) {
                if (result.altered) e.severity = Severity::Warning;  // read anyway, without sender information
                result.diagnostics.push_back(std::move(e));
            }
            if (!result.altered) return result;
        }
    } else {
        for (Diagnostic& m : compare_capaian(top.header->capaian, read.plans, top.bundle))
            result.diagnostics.push_back(std::move(m));
    }
    result.plans = std::move(read.plans);
    return result;
}

}  // namespace tolok
