// Exchange files: a plan file ("tolok-plan", core/plan_json.h, unchanged) sealed for sending between offices.
// The envelope adds two top-level members around the plan: "exchange" (who sent it, when, from which app and
// schema version, the plan's own SHA-256 and the capaian computed per indicator and year) right after "version",
// and "sha256" as the last member: the SHA-256 of the file's exact bytes with that seal's own 64 hex digits
// written as "0". Any single altered byte anywhere in the file is detected. The plan reader ignores both members,
// so an exchange file is also a valid plain plan file. Spec: docs/file-format.md, "Berkas pertukaran / Exchange
// files".
//
// The seal detects damage and edits made after writing; it is not a signature: whoever edits the file on
// purpose can also compute a new seal.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "model.h"
#include "plan_json.h"

namespace tolok {

constexpr int kExchangeVersion = 1;        // "envelope_version": the layout of "exchange" and of the seal
constexpr const char* kTolokVersion = "0.1.0";  // the app version written by default (CMakeLists.txt project())

struct ExchangeSender {
    std::string office;  // office name (instansi/OPD), e.g. "Sekretariat Daerah"
    std::string code;    // office code, may be empty
};

// The capaian of one indicator for one year as the sender's Tolok computed it.
struct CarriedCapaian {
    std::string plan_id;
    std::string indicator_id;
    std::string code;  // indicator code as printed ("6")
    int year = 0;
    std::optional<double> percent;  // uncapped capaian rounded to 4 decimals; none when not computable
    std::string category;           // category band ("" when not computable)
};

struct ExchangeHeader {
    int envelope_version = kExchangeVersion;
    ExchangeSender sender;
    std::string sent_at;      // ISO 8601 time given by the writer, e.g. "2026-11-26T03:36:28Z"
    std::string app;          // writing application, e.g. "tolok-cli", "tolok-web"
    std::string app_version;  // e.g. "0.1.0"
    int schema_version = kPlanFormatVersion;  // the plan format version ("version" of tolok-plan)
    std::string plan_sha256;  // SHA-256 of the plain plan file (write_plan / write_plans) of the same plans
    std::vector<CarriedCapaian> capaian;
};

struct ExchangeWriteOptions {
    ExchangeSender sender;
    std::string sent_at;  // given by the caller (the core reads no clock), so the same inputs give the same bytes
    std::string app = "tolok";
    std::string app_version = kTolokVersion;
};

// The exchange file of one plan ("plan") / of several plans ("plans", a bundle). Deterministic.
std::string write_exchange(const Plan& plan, const ExchangeWriteOptions& options);
std::string write_exchange_plans(const std::vector<Plan>& plans, const ExchangeWriteOptions& options);

// The rows carried in "exchange"/"capaian": every indicator, every year of its "years" inside the plan period,
// in plan order then year order; capaian for the year (quarter 0) from compute_achievement.
std::vector<CarriedCapaian> compute_carried_capaian(const std::vector<Plan>& plans);

struct ExchangeReadOptions {
    // Read a file whose seal does not match (damaged or edited by hand) anyway: "exchange.integrity" becomes a
    // warning and the result's `altered` is set, so the caller can mark the plan as hand-edited.
    bool accept_altered = false;
};

struct ExchangeReadResult {
    std::vector<Plan> plans;  // empty on any error (all-or-nothing, as read_plans)
    // Errors: "exchange.integrity" (seal missing or not matching; a warning with accept_altered),
    // "exchange.unsupported_version", "exchange.invalid_header", and every read_plans error id.
    // Warnings: "exchange.capaian_mismatch" (one per row whose carried capaian differs from the recomputed one).
    // Info: "exchange.no_envelope" (a plain tolok-plan file: no sender, no seal, integrity not checkable).
    Diagnostics diagnostics;
    bool has_envelope = false;  // false: a plain tolok-plan file
    bool verified = false;      // the seal matches every byte
    bool altered = false;       // the seal does not match and the file was read anyway (accept_altered)
    std::optional<ExchangeHeader> header;  // as found in the file (also when not verified: then only a claim)
    bool ok() const { return !has_errors(diagnostics) && !plans.empty(); }
    // True when the seal is the one problem ("exchange.integrity" the only error): reading the file again with
    // accept_altered would give its plans. A file that does not read has the reader's errors too.
    bool only_seal_failed() const {
        bool seal = false;
        for (const auto& d : diagnostics)
            if (d.severity == Severity::Error) {
                if (d.id != "exchange.integrity") return false;
                seal = true;
            }
        return seal;
    }
};

// Reads a plan file with or without envelope: the seal first, then the plan (read_plans), then the carried
// capaian against the recomputed one. A sealed file that does not read (not text, cut short, not whole JSON, a plan
// with errors) gives "exchange.integrity" first, saying so, and then every read_plans error, also without
// accept_altered: a caller may offer "read anyway" only when "exchange.integrity" is the one error.
ExchangeReadResult read_exchange(const std::string& text, const ExchangeReadOptions& options = {});

// The "exchange" member in pieces, for writers that stream a large bundle (tolok merge): begin (up to the
// "capaian" array's opening bracket), each row (`first` for the first), end (`any_rows` when rows were written).
// header begin + rows + end is exactly the member write_exchange writes. The file is then: the plain file's lines
// before "plan"/"plans", this member, the plain file's content up to its closing brace, and the seal
// (",\n  \"sha256\": \"<64 hex>\"\n}\n", the SHA-256 of the whole file with the 64 digits as "0"s).
std::string exchange_header_begin(const ExchangeHeader& header);
std::string exchange_capaian_row(const CarriedCapaian& row, bool first);
std::string exchange_header_end(bool any_rows);

// Whether the text claims an envelope: a key "exchange" or "sha256" anywhere. One altered byte can never
// remove both, so a damaged exchange file is never taken for a plain one.
bool has_exchange_envelope(std::string_view text);
// The sender's office as said to the receiver: its name, or "(tanpa nama instansi)" / "(no office name)" when the
// file gives none (not "Dikirim oleh , pada ...").
std::string sender_office_text(const ExchangeHeader& header, Lang lang);

}  // namespace tolok
