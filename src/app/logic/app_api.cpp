// The App object's lifecycle and its JavaScript API answers (window.tolok), through the same change path as the
// UI; no ImGui (the drawing is in app_frame.cpp), so it is unit-tested natively.
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/logic/storage_slots.h"
#include "app/logic/view_prefs.h"
#include "app/state.h"
#include "core/achievement.h"
#include "core/exchange.h"
#include "core/plan_json.h"
#include "core/text_check.h"

namespace tolok::app {

namespace {
// JSON text for JavaScript; invalid UTF-8 (never expected) is replaced rather than thrown.
std::string safe_dump(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }
}  // namespace

App::App(Services services) : state_(std::make_unique<AppState>()) { state_->services = std::move(services); }
App::~App() = default;
AppState& App::state() { return *state_; }

void App::start() {
    load_saved(*state_);
    load_view_prefs(*state_);
    load_exchange_memory(*state_);
}

// A file's preview (or the review of what it changes) is on screen: a file opened now waits its turn.
static bool file_dialog_busy(const AppState& s) {
    return s.incoming.has_value() || s.table_import.open || s.table_import.open_request || !s.reviews.empty();
}

// A table (.csv/.tsv/.txt) goes to the table import preview; a plan file is verified and previewed, applied only
// after confirmation.
static void open_file_now(AppState& s, const std::string& name, const std::string& bytes) {
    const std::string content = as_utf8_text(bytes);  // Excel's "Unicode Text" is UTF-16
    if (is_table_file_name(name)) {  // a table (.csv/.tsv/.txt) goes to the table import preview
        open_table_import(s, name, content);
        return;
    }
    receive_file(s, name, content);  // verified and previewed; applied only after confirmation
}

void App::on_file_opened(const std::string& name, const std::string& bytes) {
    AppState& s = *state_;
    if (file_dialog_busy(s) || !s.files_waiting.empty()) {  // (after those already waiting: the order they came in)
        s.files_waiting.emplace_back(name, bytes);
        return;
    }
    open_file_now(s, name, bytes);
}

void App::on_before_unload() {
    if (state_->dirty) save_now(*state_);
}

void App::leave_text_field() { state_->leave_text_field = true; }

void App::on_mirror_ready() {
    AppState& s = *state_;
    if (!s.services.store || !s.services.mirror || s.dirty || s.history.can_undo() || s.history.can_redo()) return;
    auto slot = load_from_slots(*s.services.store, s.services.mirror);
    if (slot && slot->sequence > s.stored_sequence) {
        load_saved(s);
        // The plan last open may be one only the mirror's copy holds (saved while localStorage was full): the view
        // kept from the last session is applied again, to these plans.
        load_view_prefs(s);
    }
}

void App::on_storage_changed(const std::string& key) {
    AppState& s = *state_;
    if (key == kSlotKeys[0] || key == kSlotKeys[1]) on_plans_saved_elsewhere(s);
    else if (key == kExchangeKey) load_exchange_memory(s);
}

void App::on_mirror_changed() { on_plans_saved_elsewhere(*state_); }

void App::on_xlsx_failed() {
    say(*state_, BiText{"!Berkas Excel tidak dapat dibuat; coba CSV.", "!The Excel file could not be made; try CSV."});
}

void App::on_clipboard_text(const std::string& text) { paste_into_table_import(*state_, text); }

void App::on_clipboard_refused() {
    state_->table_import.paste_problem = BiText{
        "Peramban tidak memberi isi papan klip (izin ditolak, atau papan klip tidak berisi teks). Klik kotak Tabel lalu tekan Ctrl+V.",
        "The browser gave no clipboard text (permission refused, or the clipboard holds no text). Click the Table box and press Ctrl+V."};
}

void App::tick() {
    AppState& s = *state_;
    confirm_mirror_save(s);
    if (!s.files_waiting.empty() && !file_dialog_busy(s)) {  // the previous file's dialog closed: the next one
        auto [name, bytes] = std::move(s.files_waiting.front());
        s.files_waiting.pop_front();
        open_file_now(s, name, bytes);
    }
    if (s.dirty && now_seconds(s) - s.changed_at >= kAutosaveDelaySeconds) save_now(s);
    save_view_prefs_if_changed(s);
}

std::string App::window_title() const {
    const AppState& s = *state_;
    std::string title = unsaved(s) ? "* " : "";
    if (const Plan* plan = current_plan(s)) {
        title += plan->office.name.empty() ? plan->title : plan->office.name;
        title += " " + std::to_string(plan->start_year) + "-" + std::to_string(plan->end_year);
        // Another plan of the same office and period (a copy): its title too, so the two tabs can be told apart.
        for (const Plan& other : s.plans)
            if (&other != plan && !plan->office.name.empty() && other.office.name == plan->office.name &&
                other.start_year == plan->start_year && other.end_year == plan->end_year) {
                title += " (" + (other.title != plan->title ? plan->title : plan->id) + ")";  // the id when the titles agree too
                break;
            }
        title += " - ";
    }
    return title + "Tolok";
}

std::string App::api_state() const {
    const AppState& s = *state_;
    nlohmann::json j;
    j["plans"] = s.plans.size();
    j["current"] = s.plans.empty() ? "" : s.plans[s.current].id;
    j["indicators"] = s.plans.empty() ? 0 : indicator_count(s.plans[s.current]);
    j["dirty"] = unsaved(s);  // (the page asks before it is left while true)
    j["lastSave"] = s.last_save.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.last_save);
    j["saveStatus"] = s.save_status;
    j["message"] = s.message;  // the message bar's text ("!" first for a problem), "" when none
    j["lang"] = s.lang == Lang::En ? "en" : "id";
    j["canUndo"] = s.history.can_undo();
    j["canRedo"] = s.history.can_redo();
    return safe_dump(j);
}

std::string App::api_list_plans() const {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& p : state_->plans)
        out.push_back({{"id", p.id}, {"title", p.title}, {"office", p.office.name}, {"start", p.start_year}, {"end", p.end_year},
                       {"indicators", indicator_count(p)}});
    return safe_dump(out);
}

std::string App::api_export_json() const {
    return state_->plans.empty() ? std::string() : write_plan(state_->plans[state_->current]);
}

std::string App::api_import_json(const std::string& text) {
    AppState& s = *state_;
    ExchangeReadResult r = read_exchange(text);  // a plain plan file, or an exchange file whose seal must match
    nlohmann::json out;
    if (!r.ok()) {
        out["ok"] = false;
        out["errors"] = nlohmann::json::array();
        for (const auto& e : r.diagnostics)
            if (e.severity == Severity::Error)
                out["errors"].push_back({{"id", e.id}, {"location", e.location}, {"message", e.text(s.lang)}});
        return safe_dump(out);
    }
    out["ok"] = true;
    out["plans"] = nlohmann::json::array();
    for (const auto& p : r.plans) out["plans"].push_back(p.id);
    apply_plans(s, std::move(r.plans), BiText{"Impor berkas", "Import a file"});
    return safe_dump(out);
}

std::string App::api_capaian(int year) const {
    nlohmann::json out = nlohmann::json::array();
    if (state_->plans.empty()) return safe_dump(out);
    const Plan& p = state_->plans[state_->current];
    for (const auto& o : p.objectives)
        for (const auto& ind : o.indicators) {
            Achievement a = compute_achievement(p, ind, year);
            out.push_back({{"code", ind.code}, {"indicator", ind.name}, {"target", a.target.text}, {"actual", a.actual.text},
                           {"achievement", a.percent ? nlohmann::json(*a.percent) : nlohmann::json(nullptr)},
                           {"category", a.category.empty() ? nlohmann::json(nullptr) : nlohmann::json(a.category)},
                           {"explanation", a.explanation.in(state_->lang)}});
        }
    return safe_dump(out);
}

void App::api_set_lang(const std::string& lang) { state_->lang = lang == "en" ? Lang::En : Lang::Id; }

}  // namespace tolok::app
