// Tests of exchange files (core/exchange.h): deterministic round trip; every single altered byte of a small file
// detected (never a silent success); which part was altered (header, plan, seal, layout); carried capaian that
// differ reported with the row; --accept-altered path; plain tolok-plan files still read; bundles; the plain
// reader (and its fast path) reads exchange files.
#include <doctest/doctest.h>

#include <string>

#include "core/builtin_plan.h"
#include "core/exchange.h"
#include "core/plan_json.h"
#include "core/plan_json_read.h"
#include "core/sent_time.h"
#include "core/sha256.h"

using namespace tolok;

namespace {

Plan small_plan() {
    Plan p;
    p.id = "dinas-a";
    p.title = "IKU 2022-2023";
    p.office = {"Dinas A", "Pemerintah Kabupaten Contoh", "1.01", "Kota Agung"};
    p.start_year = 2022;
    p.end_year = 2023;
    Objective o;
    o.id = "s1";
    o.code = "1";
    o.name = "Meningkatnya tata kelola";
    Indicator a;
    a.id = "i1";
    a.code = "1";
    a.name = "Jumlah produk hukum";
    a.unit = "prd";
    a.years[2023].target = parse_value("20 prd");
    a.years[2023].actual.value = parse_value("18 prd");
    Indicator b;
    b.id = "i2";
    b.code = "2";
    b.name = "Persentase OPD tepat waktu";
    b.unit = "%";
    b.kind = ValueKind::Percent;
    b.years[2022].target = parse_value("100%");
    o.indicators = {a, b};
    p.objectives = {o};
    return p;
}

ExchangeWriteOptions options() {
    ExchangeWriteOptions o;
    o.sender = {"Dinas A", "1.01"};
    o.sent_at = "2026-11-26T03:00:00Z";
    o.app = "tolok-test";
    o.app_version = "0.1.0";
    return o;
}

// A file changed on purpose and sealed again (as another Tolok, or a careful forger, would write it).
std::string reseal(std::string text) {
    size_t digits = text.size() - 4 - 64;  // ..."<64 digits>"\n}\n
    REQUIRE(text.compare(digits - 11, 11, "\"sha256\": \"") == 0);
    text.replace(digits, 64, std::string(64, '0'));
    text.replace(digits, 64, sha256_hex(text));
    return text;
}

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

const Diagnostic* find_id(const Diagnostics& ds, const std::string& id) {
    for (const auto& d : ds)
        if (d.id == id) return &d;
    return nullptr;
}

}  // namespace

TEST_CASE("exchange: round trip, verified, deterministic, readable as a plain plan file") {
    Plan plan = small_plan();
    std::string text = write_exchange(plan, options());
    CHECK(text == write_exchange(plan, options()));
    CHECK(text.rfind("{\n  \"format\": \"tolok-plan\",\n  \"version\": 2,\n  \"exchange\": {\n", 0) == 0);
    CHECK(text.find("\n  \"plan\": {") != std::string::npos);
    CHECK(text.compare(text.size() - 83, 12, ",\n  \"sha256\"") == 0);

    ExchangeReadResult r = read_exchange(text);
    REQUIRE(r.ok());
    CHECK(r.diagnostics.empty());
    CHECK(r.has_envelope);
    CHECK(r.verified);
    CHECK_FALSE(r.altered);
    REQUIRE(r.plans.size() == 1);
    CHECK(write_plan(r.plans[0]) == write_plan(plan));
    REQUIRE(r.header);
    CHECK(r.header->envelope_version == 1);
    CHECK(r.header->sender.office == "Dinas A");
    CHECK(r.header->sender.code == "1.01");
    CHECK(r.header->sent_at == "2026-11-26T03:00:00Z");
    CHECK(r.header->app == "tolok-test");
    CHECK(r.header->app_version == "0.1.0");
    CHECK(r.header->schema_version == kPlanFormatVersion);
    CHECK(r.header->plan_sha256 == sha256_hex(write_plan(plan)));
    REQUIRE(r.header->capaian.size() == 2);
    CHECK(r.header->capaian[0].indicator_id == "i1");
    CHECK(r.header->capaian[0].year == 2023);
    REQUIRE(r.header->capaian[0].percent);
    CHECK(*r.header->capaian[0].percent == doctest::Approx(90));
    CHECK(r.header->capaian[0].category == "Tinggi");
    CHECK(r.header->capaian[1].indicator_id == "i2");
    CHECK_FALSE(r.header->capaian[1].percent);  // a target without realisasi: not computable, never 0 %
    CHECK(text.find("{\"plan\": \"dinas-a\", \"indicator\": \"i1\", \"code\": \"1\", \"year\": 2023, \"capaian\": 90.0, "
                    "\"category\": \"Tinggi\"}") != std::string::npos);

    // A reader that knows nothing of the envelope (the plain reader, also its fast path) reads the same plan.
    PlanReadResult plain = read_plans(text);
    REQUIRE(plain.ok());
    CHECK(write_plan(plain.plans[0]) == write_plan(plan));
    auto fast = read_plans_sax(text);
    REQUIRE(fast);
    CHECK(write_plan(fast->front()) == write_plan(plan));
}

TEST_CASE("exchange: a byte order mark in front (the file saved once in Notepad) is not part of the seal") {
    const std::string text = write_exchange(small_plan(), options());
    ExchangeReadResult r = read_exchange("\xEF\xBB\xBF" + text);
    REQUIRE(r.ok());
    CHECK(r.verified);
    CHECK_FALSE(r.altered);
    CHECK(r.diagnostics.empty());
    REQUIRE(r.plans.size() == 1);
    CHECK(write_plan(r.plans[0]) == write_plan(small_plan()));
    // Anything else in front is an alteration.
    CHECK_FALSE(read_exchange(" " + text).verified);
}

TEST_CASE("exchange: every single altered byte is detected, never a silent success") {
    std::string text = write_exchange(small_plan(), options());
    size_t integrity = 0, syntax = 0;
    for (unsigned mask : {0x01u, 0x20u, 0x80u}) {
        for (size_t i = 0; i < text.size(); ++i) {
            std::string altered = text;
            altered[i] = static_cast<char>(static_cast<unsigned char>(altered[i]) ^ mask);
            ExchangeReadResult r = read_exchange(altered);
            INFO("byte " << i << " xor " << mask);
            CHECK_FALSE(r.ok());
            CHECK(r.plans.empty());
            CHECK_FALSE(r.verified);
            const Diagnostic* d = find_id(r.diagnostics, "exchange.integrity");
            if (d) {
                CHECK(d->severity == Severity::Error);
                CHECK(&r.diagnostics.front() == d);  // said first
                ++integrity;
                // A flip that leaves a file that does not read gives the reader's errors too, so that "import
                // anyway" (offered only when the seal is the one error) is not offered for it.
                bool other_error = false;
                for (const auto& e : r.diagnostics) other_error = other_error || (e.severity == Severity::Error && e.id != "exchange.integrity");
                CHECK(other_error == !read_plans(altered).ok());
            } else {
                CHECK(find_id(r.diagnostics, "json.syntax") != nullptr);
                ++syntax;
            }
        }
    }
    // Every flip of a sealed file is reported as an integrity error, whatever else it broke.
    CHECK(integrity == 3 * text.size());
    CHECK(syntax == 0);
}

TEST_CASE("exchange: says which part was altered") {
    std::string text = write_exchange(small_plan(), options());
    SUBCASE("sender") {
        ExchangeReadResult r = read_exchange(replace_once(text, "\"office\": \"Dinas A\"", "\"office\": \"Dinas B\""));
        const Diagnostic* d = find_id(r.diagnostics, "exchange.integrity");
        REQUIRE(d);
        CHECK(d->location == "/exchange");
        CHECK(d->message.id.find("kepala pertukaran (pengirim, waktu") != std::string::npos);
        CHECK(d->message.en.find("damaged or altered after it was written") != std::string::npos);
        REQUIRE(r.header);  // what the file claims, for the message
        CHECK(r.header->sender.office == "Dinas B");
    }
    SUBCASE("time") {
        ExchangeReadResult r = read_exchange(replace_once(text, "2026-11-26T03:00:00Z", "2026-11-25T03:00:00Z"));
        const Diagnostic* d = find_id(r.diagnostics, "exchange.integrity");
        REQUIRE(d);
        CHECK(d->location == "/exchange");
        CHECK(r.plans.empty());
    }
    SUBCASE("plan content: the changed row is named") {
        ExchangeReadResult r = read_exchange(replace_once(text, "\"value\": \"18 prd\"", "\"value\": \"19 prd\""));
        const Diagnostic* d = find_id(r.diagnostics, "exchange.integrity");
        REQUIRE(d);
        CHECK(d->location == "/plan");
        const Diagnostic* m = find_id(r.diagnostics, "exchange.capaian_mismatch");
        REQUIRE(m);
        CHECK(m->location == "/exchange/capaian/0");
        CHECK(m->message.id.find("indikator 1") != std::string::npos);
        CHECK(r.plans.empty());
    }
    SUBCASE("the seal itself") {
        size_t digits = text.size() - 68;
        std::string altered = text;
        altered[digits + 10] = altered[digits + 10] == 'a' ? 'b' : 'a';
        ExchangeReadResult r = read_exchange(altered);
        const Diagnostic* d = find_id(r.diagnostics, "exchange.integrity");
        REQUIRE(d);
        CHECK(d->location == "/exchange");  // indistinguishable from an edited sender or time
        CHECK(d->message.en.find("or the seal itself") != std::string::npos);
    }
    SUBCASE("a derived field of the header: plan_sha256 or the carried capaian") {
        std::string wrong_hash = text;
        size_t at = wrong_hash.find("\"plan_sha256\": \"") + 16;
        wrong_hash[at] = wrong_hash[at] == '0' ? '1' : '0';
        for (const std::string& altered : {wrong_hash, replace_once(text, "\"capaian\": 90.0", "\"capaian\": 91.0")}) {
            ExchangeReadResult r = read_exchange(altered);
            const Diagnostic* d = find_id(r.diagnostics, "exchange.integrity");
            REQUIRE(d);
            CHECK(d->location == "/exchange");
            CHECK(d->message.en.find("derived fields") != std::string::npos);
        }
    }
    SUBCASE("seal removed but header kept") {
        std::string altered = text.substr(0, text.size() - 83) + "\n}\n";
        ExchangeReadResult r = read_exchange(altered);
        const Diagnostic* d = find_id(r.diagnostics, "exchange.integrity");
        REQUIRE(d);
        CHECK(d->location == "/sha256");
    }
    SUBCASE("layout only: line ends turned to CRLF") {
        std::string crlf;
        for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
        ExchangeReadResult r = read_exchange(crlf);
        const Diagnostic* d = find_id(r.diagnostics, "exchange.integrity");
        REQUIRE(d);
        CHECK(d->location == "");
        CHECK(d->message.en.find("only the layout changed") != std::string::npos);
        CHECK(d->message.en.find("CRLF") != std::string::npos);
    }
    SUBCASE("no longer JSON") {
        std::string altered = replace_once(text, "\"plan\": {", "\"plan\": {{");
        ExchangeReadResult r = read_exchange(altered);
        const Diagnostic* d = find_id(r.diagnostics, "exchange.integrity");
        REQUIRE(d);
        INFO(d->location);
        CHECK(d->location.rfind("line ", 0) == 0);
    }
    SUBCASE("not UTF-8 text") {
        std::string altered = replace_once(text, "Jumlah", "J\xFFmlah");
        ExchangeReadResult r = read_exchange(altered);
        const Diagnostic* d = find_id(r.diagnostics, "exchange.integrity");
        REQUIRE(d);
        CHECK(d->location.rfind("byte ", 0) == 0);
    }
}

TEST_CASE("exchange: a file that does not read says so first, with the reader's errors, never only the seal") {
    std::string text = write_exchange(small_plan(), options());
    ExchangeReadOptions accept;
    accept.accept_altered = true;
    auto errors_besides_seal = [](const ExchangeReadResult& r) {
        size_t n = 0;
        for (const auto& d : r.diagnostics) n += d.severity == Severity::Error && d.id != "exchange.integrity";
        return n;
    };
    SUBCASE("cut in half") {
        std::string cut = text.substr(0, text.size() / 2);
        ExchangeReadResult r = read_exchange(cut);
        CHECK_FALSE(r.only_seal_failed());  // no "import anyway" for a file that does not read
        REQUIRE(r.diagnostics.size() >= 2);
        const Diagnostic& first = r.diagnostics[0];
        CHECK(first.id == "exchange.integrity");
        CHECK(first.location.rfind("line ", 0) == 0);  // where it stops, not "/sha256"
        CHECK(first.message.id.find("terpotong atau bukan JSON utuh (baris ") != std::string::npos);
        CHECK(first.message.id.find("Minta pengirim mengirim ulang berkas aslinya") != std::string::npos);
        CHECK(first.message.en.find("cut short or not whole JSON (line ") != std::string::npos);
        CHECK(first.message.id.find("segel (anggota terakhir") == std::string::npos);
        const Diagnostic* syntax = find_id(r.diagnostics, "json.syntax");
        REQUIRE(syntax);
        CHECK(syntax->location == first.location);
        CHECK(syntax->message.id.find("berkas terpotong") != std::string::npos);
        CHECK(errors_besides_seal(r) == 1);
        // Read anyway, it is still refused: there is nothing to import.
        ExchangeReadResult anyway = read_exchange(cut, accept);
        CHECK_FALSE(anyway.ok());
        CHECK(find_id(anyway.diagnostics, "json.syntax") != nullptr);
    }
    SUBCASE("the plan no longer reads: every reader error follows") {
        std::string broken = replace_once(replace_once(text, "\"end\": 2023", "\"end\": \"2023\""), "\"target\": \"20 prd\"", "\"target\": 20");
        ExchangeReadResult r = read_exchange(broken);
        CHECK_FALSE(r.only_seal_failed());  // no "import anyway" for a file that does not read
        REQUIRE_FALSE(r.diagnostics.empty());
        CHECK(r.diagnostics[0].id == "exchange.integrity");
        CHECK(r.diagnostics[0].location == "/plan/period/end");
        CHECK(r.diagnostics[0].message.en.find("the plan no longer reads") != std::string::npos);
        CHECK(errors_besides_seal(r) == 2);
        bool target = false;
        for (const auto& d : r.diagnostics)
            target = target || (d.id == "import.wrong_type" && d.location == "/plan/objectives/0/indicators/0/years/2023/target");
        CHECK(target);
    }
    SUBCASE("only the seal is wrong: the one error, so it may be read anyway") {
        std::string altered = replace_once(text, "\"value\": \"18 prd\"", "\"value\": \"19 prd\"");
        ExchangeReadResult r = read_exchange(altered);
        CHECK(errors_besides_seal(r) == 0);
        CHECK(r.only_seal_failed());
        CHECK(read_exchange(altered, accept).ok());
    }
}

TEST_CASE("exchange: a workbook or document dropped by mistake is named as not a plan file") {
    const char zip_bytes[] = "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml";
    ExchangeReadResult r = read_exchange(std::string(zip_bytes, sizeof zip_bytes - 1));
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].id == "import.not_json");
    CHECK(r.diagnostics[0].message.id.find("Impor tabel") != std::string::npos);
    CHECK_FALSE(r.ok());
    CHECK(read_exchange("%PDF-1.5\n").diagnostics.at(0).id == "import.not_json");
}

TEST_CASE("exchange: carried capaian that differ from the recomputed one are reported with the row") {
    std::string text = reseal(replace_once(write_exchange(small_plan(), options()), "\"capaian\": 90.0", "\"capaian\": 95.0"));
    ExchangeReadResult r = read_exchange(text);
    REQUIRE(r.ok());  // a warning, not an error: the plan itself is intact
    CHECK(r.verified);
    REQUIRE(r.diagnostics.size() == 1);
    const Diagnostic& d = r.diagnostics[0];
    CHECK(d.id == "exchange.capaian_mismatch");
    CHECK(d.severity == Severity::Warning);
    CHECK(d.location == "/exchange/capaian/0");
    CHECK(d.message.id == "capaian indikator 1 (i1) tahun 2023 berbeda: berkas membawa 95,00 % (Tinggi), dihitung ulang "
                          "90,00 % (Tinggi)");
    CHECK(d.message.en == "capaian of indicator 1 (i1), year 2023 differs: the file carries 95.00 % (Tinggi), recomputed "
                          "90.00 % (Tinggi)");

    // A carried row for an indicator the plan does not have, and a plan row the file does not carry.
    std::string other = reseal(replace_once(write_exchange(small_plan(), options()), "\"indicator\": \"i2\"", "\"indicator\": \"i9\""));
    ExchangeReadResult r2 = read_exchange(other);
    REQUIRE(r2.ok());
    CHECK(r2.diagnostics.size() == 2);
    for (const auto& m : r2.diagnostics) CHECK(m.id == "exchange.capaian_mismatch");
}

TEST_CASE("exchange: accept_altered reads an altered file anyway and marks it") {
    std::string altered = replace_once(write_exchange(small_plan(), options()), "\"value\": \"18 prd\"", "\"value\": \"19 prd\"");
    ExchangeReadOptions accept;
    accept.accept_altered = true;
    ExchangeReadResult r = read_exchange(altered, accept);
    REQUIRE(r.ok());
    CHECK(r.altered);
    CHECK_FALSE(r.verified);
    const Diagnostic* d = find_id(r.diagnostics, "exchange.integrity");
    REQUIRE(d);
    CHECK(d->severity == Severity::Warning);
    CHECK(find_id(r.diagnostics, "exchange.capaian_mismatch") != nullptr);
    REQUIRE(r.plans.size() == 1);
    CHECK(r.plans[0].objectives[0].indicators[0].years.at(2023).actual.value.text == "19 prd");
    REQUIRE(r.header);
    CHECK(r.header->sender.office == "Dinas A");

    // Still all-or-nothing: a file that no longer reads as a plan gives its reader errors and no plan.
    std::string broken = replace_once(write_exchange(small_plan(), options()), "\"plan\": {", "\"plan\": {{");
    ExchangeReadResult b = read_exchange(broken, accept);
    CHECK_FALSE(b.ok());
    CHECK(b.plans.empty());
    CHECK(find_id(b.diagnostics, "json.syntax") != nullptr);
}

TEST_CASE("exchange: a plain tolok-plan file still reads, without integrity information") {
    ExchangeReadResult r = read_exchange(write_plan(small_plan()));
    REQUIRE(r.ok());
    CHECK_FALSE(r.has_envelope);
    CHECK_FALSE(r.verified);
    CHECK_FALSE(r.header);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].id == "exchange.no_envelope");
    CHECK(r.diagnostics[0].severity == Severity::Info);
    CHECK(write_plan(r.plans[0]) == write_plan(small_plan()));

    // Reader errors of plain files are unchanged.
    ExchangeReadResult bad = read_exchange("{\"format\": \"tolok-plan\", \"version\": 9, \"plan\": {}}");
    CHECK(bad.plans.empty());
    CHECK(find_id(bad.diagnostics, "import.unsupported_version") != nullptr);
}

TEST_CASE("exchange: a sender without an office name is said so, not left blank") {
    ExchangeHeader h;
    h.sender.office = "Dinas A";
    CHECK(sender_office_text(h, Lang::Id) == "Dinas A");
    h.sender.office = " ";
    CHECK(sender_office_text(h, Lang::Id) == "(tanpa nama instansi)");
    h.sender.office.clear();
    CHECK(sender_office_text(h, Lang::En) == "(no office name)");
}

TEST_CASE("exchange: bundles, the built-in plan, header checks") {
    Plan a = small_plan();
    Plan b = small_plan();
    b.id = "dinas-b";
    b.office.name = "Dinas B";
    std::string bundle = write_exchange_plans({a, b}, options());
    ExchangeReadResult r = read_exchange(bundle);
    REQUIRE(r.ok());
    CHECK(r.verified);
    CHECK(r.plans.size() == 2);
    REQUIRE(r.header);
    CHECK(r.header->plan_sha256 == sha256_hex(write_plans({a, b})));
    CHECK(r.header->capaian.size() == 4);
    CHECK(r.header->capaian[2].plan_id == "dinas-b");
    ExchangeReadResult changed = read_exchange(replace_once(bundle, "\"name\": \"Dinas B\"", "\"name\": \"Dinas C\""));
    const Diagnostic* d = find_id(changed.diagnostics, "exchange.integrity");
    REQUIRE(d);
    CHECK(d->location == "/plans");

    Plan builtin = builtin_plan();
    ExchangeReadResult rb = read_exchange(write_exchange(builtin, options()));
    REQUIRE(rb.ok());
    CHECK(rb.verified);
    CHECK(rb.diagnostics.empty());
    CHECK(write_plan(rb.plans[0]) == write_plan(builtin));

    std::string text = write_exchange(small_plan(), options());
    ExchangeReadResult newer = read_exchange(reseal(replace_once(text, "\"envelope_version\": 1", "\"envelope_version\": 2")));
    CHECK_FALSE(newer.ok());
    CHECK(find_id(newer.diagnostics, "exchange.unsupported_version") != nullptr);
    ExchangeReadResult bad = read_exchange(reseal(replace_once(text, "\"sent_at\": \"2026-11-26T03:00:00Z\"", "\"sent_at\": 5")));
    CHECK_FALSE(bad.ok());
    const Diagnostic* h = find_id(bad.diagnostics, "exchange.invalid_header");
    REQUIRE(h);
    CHECK(h->location == "/exchange/sent_at");

    // Names with quotes, backslashes and non-ASCII text survive the envelope.
    ExchangeWriteOptions odd = options();
    odd.sender.office = "Dinas \"Kominfo\" \\ Persandian — Tanggamus";
    ExchangeReadResult ro = read_exchange(write_exchange(small_plan(), odd));
    REQUIRE(ro.ok());
    CHECK(ro.verified);
    CHECK(ro.header->sender.office == odd.sender.office);
}

TEST_CASE("exchange times are read as instants with their zone; a file is older only when both times are known") {
    CHECK(*sent_at_seconds("1970-01-01T00:00:00Z") == 0);
    CHECK(*sent_at_seconds("2026-11-26T03:00:00Z") == 1795662000);  // date -u -d 2026-11-26T03:00:00Z +%s
    CHECK(sent_at_seconds("2026-11-26T10:00:00+07:00") == sent_at_seconds("2026-11-26T03:00:00Z"));
    CHECK(sent_at_seconds("2026-11-26 03:00Z") == sent_at_seconds("2026-11-26T03:00:00.250Z"));
    CHECK_FALSE(sent_at_seconds("2026-11-26T03:00:00").has_value());  // no zone: the instant is unknown
    CHECK_FALSE(sent_at_seconds("kemarin sore").has_value());
    CHECK_FALSE(sent_at_seconds("2026-13-26T03:00:00Z").has_value());
    CHECK_FALSE(sent_at_seconds("2026-11-26T03:00:00Z tambahan").has_value());

    CHECK(sent_earlier("2026-11-20T08:00:00Z", "2026-11-25T08:00:00Z"));
    CHECK_FALSE(sent_earlier("2026-11-25T08:00:00Z", "2026-11-20T08:00:00Z"));
    CHECK_FALSE(sent_earlier("2026-11-25T08:00:00Z", "2026-11-25T08:00:00Z"));  // the same file again: not older
    CHECK(sent_earlier("2026-11-26T09:00:00+07:00", "2026-11-26T03:00:00Z"));   // 02:00 UTC, one hour earlier
    CHECK_FALSE(sent_earlier("2026-11-26T10:30:00+07:00", "2026-11-26T03:00:00Z"));
    CHECK_FALSE(sent_earlier("", "2026-11-25T08:00:00Z"));  // a plain plan file
    CHECK_FALSE(sent_earlier("2026-11-20T08:00:00Z", ""));  // a base kept without its time
}
