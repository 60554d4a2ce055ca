// The Tolok app (first version): the plan overview laid out like the IKU Lampiran, realisasi entry for a year
// with capaian computed by the core, a language switch, autosave to the host's key/value store, and the
// JavaScript API answers. Every change goes through apply_change() so saving and the API see the same state.
#include "app/app.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/achievement.h"
#include "core/builtin_plan.h"
#include "core/lint.h"
#include "core/plan_json.h"

namespace tolok::app {

namespace {
constexpr const char* kPlansKey = "tolok.v1.plans";
constexpr double kAutosaveDelay = 0.5;  // seconds after the last change
}  // namespace

struct AppState {
    Services services;
    std::vector<Plan> plans;
    size_t current = 0;
    Lang lang = Lang::Id;
    bool dirty = false;
    double changed_at = 0;
    std::string last_save;       // ISO time of the last confirmed save
    std::string save_status = "never";
    std::string message;         // shown in the status bar
    int year = 0;                // year shown in the Capaian tab
    char search[128] = "";
    // A file opened through the picker or dropped: previewed, applied only after confirmation.
    std::string pending_name;
    std::vector<Plan> pending_plans;
    Diagnostics pending_errors;
    bool open_import_popup = false;
};

namespace {

// JSON text for JavaScript; invalid UTF-8 (never expected) is replaced rather than thrown.
std::string safe_dump(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// Tab items carry no label hook in ImGui 1.86: report the last item's label so automation can find it.
void expose_last_item(const char* label) {
#ifdef IMGUI_ENABLE_TEST_ENGINE
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, label, g.LastItemData.StatusFlags);
#else
    (void)label;
#endif
}

const char* tr(const AppState& s, const char* id, const char* en) { return s.lang == Lang::En ? en : id; }

Plan* current_plan(AppState& s) { return s.plans.empty() ? nullptr : &s.plans[s.current]; }

void mark_changed(AppState& s) {
    s.dirty = true;
    s.changed_at = s.services.now_seconds ? s.services.now_seconds() : 0;
}

void save_now(AppState& s) {
    if (!s.services.store) return;
    std::string text = write_plans(s.plans);
    WriteStatus st = s.services.store->write(kPlansKey, text);
    if (st == WriteStatus::Ok) {
        auto back = s.services.store->read(kPlansKey);
        if (back && *back == text) {
            s.dirty = false;
            s.save_status = "ok";
            s.last_save = s.services.now_iso ? s.services.now_iso() : "";
            if (s.services.mirror) s.services.mirror->save("plans.json", text);
            return;
        }
        st = WriteStatus::Failed;
    }
    s.save_status = st == WriteStatus::QuotaExceeded ? "quota" : "failed";
    s.message = st == WriteStatus::QuotaExceeded
                    ? tr(s, "Penyimpanan peramban penuh: perubahan terakhir belum tersimpan (data sebelumnya tetap utuh). Ekspor rencana ke berkas.",
                         "Browser storage is full: the latest changes are not saved (the previous data is intact). Export the plan to a file.")
                    : tr(s, "Gagal menyimpan ke peramban.", "Saving to the browser failed.");
}

void draw_overview(AppState& s, Plan& plan) {
    ImGui::InputTextWithHint("##search", tr(s, "Cari indikator...", "Search indicators..."), s.search, sizeof s.search);
    int years = plan.end_year - plan.start_year + 1;
    if (years < 1 || years > 20) years = 1;
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("lampiran", 4 + years, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Sasaran", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(tr(s, "Indikator Sasaran", "Indicator"), ImGuiTableColumnFlags_WidthStretch, 2.5f);
    ImGui::TableSetupColumn("Rumus", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(tr(s, "Satuan", "Unit"), ImGuiTableColumnFlags_WidthFixed, 60.0f);
    for (int y = 0; y < years; ++y) {
        static char label[8];
        std::snprintf(label, sizeof label, "%d", plan.start_year + y);
        ImGui::TableSetupColumn(label, ImGuiTableColumnFlags_WidthFixed, 70.0f);
    }
    ImGui::TableHeadersRow();
    std::string needle = s.search;
    for (auto& o : plan.objectives) {
        bool first = true;
        for (auto& ind : o.indicators) {
            if (!needle.empty() && ind.name.find(needle) == std::string::npos && o.name.find(needle) == std::string::npos) continue;
            ImGui::PushID(ind.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            if (first) ImGui::TextWrapped("%s", o.name.c_str());
            first = false;
            ImGui::TableSetColumnIndex(1);
            ImGui::TextWrapped("%s. %s", ind.code.c_str(), ind.name.c_str());
            ImGui::TableSetColumnIndex(2);
            ImGui::TextWrapped("%s", ind.formula.text.c_str());
            ImGui::TableSetColumnIndex(3);
            ImGui::TextUnformatted(ind.unit.c_str());
            for (int y = 0; y < years; ++y) {
                ImGui::TableSetColumnIndex(4 + y);
                auto it = ind.years.find(plan.start_year + y);
                ImGui::TextUnformatted(it == ind.years.end() ? "" : it->second.target.text.c_str());
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

ImVec4 hex_color(const std::string& hex) {
    unsigned v = 0x888888;
    if (hex.size() == 7 && hex[0] == '#') v = static_cast<unsigned>(std::strtoul(hex.c_str() + 1, nullptr, 16));
    return ImVec4(((v >> 16) & 255) / 255.0f, ((v >> 8) & 255) / 255.0f, (v & 255) / 255.0f, 1.0f);
}

void draw_capaian(AppState& s, Plan& plan) {
    if (s.year < plan.start_year || s.year > plan.end_year) s.year = plan.end_year;
    ImGui::SetNextItemWidth(120);
    ImGui::InputInt(tr(s, "Tahun", "Year"), &s.year);
    if (s.year < plan.start_year) s.year = plan.start_year;
    if (s.year > plan.end_year) s.year = plan.end_year;
    CategorySummary summary = summarize_categories(plan, s.year);
    ImGui::SameLine();
    ImGui::Text("  %s", tr(s, "Ringkasan:", "Summary:"));
    for (const auto& [label, count] : summary.counts) {
        ImGui::SameLine();
        ImGui::Text("%s %d;", label.c_str(), count);
    }
    ImGui::SameLine();
    ImGui::Text("%s %d", tr(s, "belum dapat dihitung", "not computable"), summary.not_computable);

    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("capaian", 5, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(s, "Indikator", "Indicator"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Target", ImGuiTableColumnFlags_WidthFixed, 80.0f);
    ImGui::TableSetupColumn("Realisasi", ImGuiTableColumnFlags_WidthFixed, 130.0f);
    ImGui::TableSetupColumn("Capaian", ImGuiTableColumnFlags_WidthFixed, 90.0f);
    ImGui::TableSetupColumn(tr(s, "Kategori", "Category"), ImGuiTableColumnFlags_WidthFixed, 110.0f);
    ImGui::TableHeadersRow();
    for (auto& o : plan.objectives)
        for (auto& ind : o.indicators) {
            ImGui::PushID(ind.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextWrapped("%s. %s", ind.code.c_str(), ind.name.c_str());
            YearEntry& entry = ind.years[s.year];
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(entry.target.text.c_str());
            ImGui::TableSetColumnIndex(2);
            char buf[64];
            std::snprintf(buf, sizeof buf, "%s", entry.actual.value.text.c_str());
            ImGui::SetNextItemWidth(-1);
            std::string label = "##Realisasi " + ind.id;  // e2e tests find this widget by its label
            if (ImGui::InputText(label.c_str(), buf, sizeof buf)) {
                entry.actual.value = parse_value(buf);
                mark_changed(s);
            }
            Achievement a = compute_achievement(plan, ind, s.year);
            ImGui::TableSetColumnIndex(3);
            if (a.percent) ImGui::Text("%s %%", format_number(*a.percent, 2, s.lang).c_str());
            else ImGui::TextDisabled("n/a");
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", a.explanation.in(s.lang).c_str());
            ImGui::TableSetColumnIndex(4);
            if (!a.category.empty()) ImGui::TextColored(hex_color(a.color), "%s", a.category.c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", a.explanation.in(s.lang).c_str());
            ImGui::PopID();
        }
    ImGui::EndTable();
}

void draw_lint(AppState& s, Plan& plan) {
    for (const auto& d : lint_plan(plan)) {
        ImVec4 color = d.severity == Severity::Error ? ImVec4(0.8f, 0.1f, 0.1f, 1) : d.severity == Severity::Warning ? ImVec4(0.75f, 0.45f, 0, 1) : ImVec4(0.3f, 0.3f, 0.3f, 1);
        ImGui::TextColored(color, "%s", severity_name(d.severity));
        ImGui::SameLine();
        ImGui::TextWrapped("%s", d.text(s.lang).c_str());
    }
}

// Adds or replaces plans by id (the one way imported plans enter the app).
void apply_plans(AppState& s, std::vector<Plan> plans) {
    for (auto& p : plans) {
        bool replaced = false;
        for (size_t i = 0; i < s.plans.size(); ++i)
            if (s.plans[i].id == p.id) {
                s.plans[i] = p;
                s.current = i;
                replaced = true;
            }
        if (!replaced) {
            s.plans.push_back(std::move(p));
            s.current = s.plans.size() - 1;
        }
    }
    mark_changed(s);
}

void draw_import_preview(AppState& s) {
    const char* title = s.lang == Lang::En ? "Import a file###import" : "Impor berkas###import";
    if (s.open_import_popup) {
        ImGui::OpenPopup(title);
        s.open_import_popup = false;
    }
    ImGui::SetNextWindowSize(ImVec2(640, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::Text("%s", s.pending_name.c_str());
    if (!s.pending_errors.empty()) {
        ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s",
                           tr(s, "Berkas ditolak; tidak ada yang diubah.", "The file was refused; nothing was changed."));
        for (size_t i = 0; i < s.pending_errors.size() && i < 20; ++i) {
            const Diagnostic& d = s.pending_errors[i];
            ImGui::BulletText("%s %s: %s", d.id.c_str(), d.location.c_str(), d.text(s.lang).c_str());
        }
        if (ImGui::Button(tr(s, "Tutup", "Close"))) {
            s.pending_errors.clear();
            ImGui::CloseCurrentPopup();
        }
    } else {
        ImGui::TextUnformatted(tr(s, "Yang akan ditambahkan atau diganti:", "What will be added or replaced:"));
        for (const auto& p : s.pending_plans) {
            bool replaces = false;
            for (const auto& q : s.plans) replaces = replaces || q.id == p.id;
            ImGui::BulletText("%s - %s (%d-%d), %zu %s: %s", p.office.name.c_str(), p.title.c_str(), p.start_year, p.end_year,
                              indicator_count(p), tr(s, "indikator", "indicators"),
                              replaces ? tr(s, "MENGGANTI rencana yang ada", "REPLACES the plan held")
                                       : tr(s, "rencana baru", "new plan"));
        }
        if (ImGui::Button(tr(s, "Impor", "Import"))) {
            apply_plans(s, std::move(s.pending_plans));
            s.pending_plans.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(s, "Batal", "Cancel"))) {
            s.pending_plans.clear();
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::EndPopup();
}

}  // namespace

App::App(Services services) : state_(std::make_unique<AppState>()) { state_->services = std::move(services); }
App::~App() = default;
AppState& App::state() { return *state_; }

void App::start() {
    AppState& s = *state_;
    std::optional<std::string> saved = s.services.store ? s.services.store->read(kPlansKey) : std::nullopt;
    if (!saved && s.services.mirror) saved = s.services.mirror->load("plans.json");
    if (saved) {
        PlanReadResult r = read_plans(*saved);
        if (r.ok()) {
            s.plans = std::move(r.plans);
            s.save_status = "ok";
        } else {
            s.message = tr(s, "Data tersimpan rusak; rencana bawaan dibuka (data lama tidak ditimpa sampai Anda mengubah sesuatu).",
                           "Saved data is damaged; the built-in plan is open (the old data is not overwritten until you change something).");
        }
    }
    if (s.plans.empty()) s.plans.push_back(builtin_plan());
    s.current = 0;
    s.year = s.plans[0].end_year;
}

void App::frame() {
    AppState& s = *state_;
    Plan* plan = current_plan(s);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::Begin("Tolok", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_MenuBar |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus);
    if (ImGui::BeginMenuBar()) {
        if (ImGui::BeginMenu(tr(s, "Berkas", "File"))) {
            if (ImGui::MenuItem(tr(s, "Impor JSON...", "Import JSON..."), nullptr, false, s.services.files != nullptr))
                s.services.files->pick_file(".json,application/json");
            if (ImGui::MenuItem(tr(s, "Ekspor rencana ini (JSON)", "Export this plan (JSON)"), nullptr, false, plan && s.services.files))
                s.services.files->download(plan->id + ".json", "application/json", write_plan(*plan));
            if (ImGui::MenuItem(tr(s, "Ekspor semua rencana (JSON)", "Export all plans (JSON)"), nullptr, false, !s.plans.empty() && s.services.files))
                s.services.files->download("tolok-semua-rencana.json", "application/json", write_plans(s.plans));
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu(tr(s, "Rencana", "Plan"))) {
            for (size_t i = 0; i < s.plans.size(); ++i) {
                std::string label = s.plans[i].office.name + " - " + s.plans[i].title + "###plan" + std::to_string(i);
                if (ImGui::MenuItem(label.c_str(), nullptr, i == s.current)) {
                    s.current = i;
                    plan = &s.plans[i];
                }
            }
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu(tr(s, "Bahasa", "Language"))) {
            if (ImGui::MenuItem("Indonesia", nullptr, s.lang == Lang::Id)) s.lang = Lang::Id;
            if (ImGui::MenuItem("English", nullptr, s.lang == Lang::En)) s.lang = Lang::En;
            ImGui::EndMenu();
        }
        ImGui::EndMenuBar();
    }
    if (plan) {
        ImGui::Text("%s - %s %s", plan->title.c_str(), plan->office.name.c_str(), plan->office.government.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("%s", s.dirty ? tr(s, "* belum tersimpan", "* unsaved") : tr(s, "tersimpan", "saved"));
        if (!s.message.empty()) ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.1f, 1), "%s", s.message.c_str());
        if (ImGui::BeginTabBar("tabs")) {
            bool open = ImGui::BeginTabItem(tr(s, "Rencana (IKU)###tab-plan", "Plan (IKU)###tab-plan"));
            expose_last_item("tab-plan");
            if (open) { draw_overview(s, *plan); ImGui::EndTabItem(); }
            open = ImGui::BeginTabItem(tr(s, "Realisasi dan Capaian###tab-capaian", "Actuals and achievement###tab-capaian"));
            expose_last_item("tab-capaian");
            if (open) { draw_capaian(s, *plan); ImGui::EndTabItem(); }
            open = ImGui::BeginTabItem(tr(s, "Pemeriksaan###tab-lint", "Checks###tab-lint"));
            expose_last_item("tab-lint");
            if (open) { draw_lint(s, *plan); ImGui::EndTabItem(); }
            ImGui::EndTabBar();
        }
    }
    draw_import_preview(s);
    ImGui::End();
    double now = s.services.now_seconds ? s.services.now_seconds() : 0;
    if (s.dirty && now - s.changed_at >= kAutosaveDelay) save_now(s);
}

void App::on_file_opened(const std::string& name, const std::string& content) {
    AppState& s = *state_;
    PlanReadResult r = read_plans(content);
    s.pending_name = name;
    s.pending_errors = r.ok() ? Diagnostics{} : r.errors;
    if (r.ok()) s.pending_plans = std::move(r.plans);
    else s.pending_plans.clear();
    s.open_import_popup = true;
}

void App::on_before_unload() {
    if (state_->dirty) save_now(*state_);
}

std::string App::api_state() const {
    const AppState& s = *state_;
    nlohmann::json j;
    j["plans"] = s.plans.size();
    j["current"] = s.plans.empty() ? "" : s.plans[s.current].id;
    j["indicators"] = s.plans.empty() ? 0 : indicator_count(s.plans[s.current]);
    j["dirty"] = s.dirty;
    j["lastSave"] = s.last_save.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.last_save);
    j["saveStatus"] = s.save_status;
    j["lang"] = s.lang == Lang::En ? "en" : "id";
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
    PlanReadResult r = read_plans(text);
    nlohmann::json out;
    if (!r.ok()) {
        out["ok"] = false;
        out["errors"] = nlohmann::json::array();
        for (const auto& e : r.errors) out["errors"].push_back({{"id", e.id}, {"location", e.location}, {"message", e.text(s.lang)}});
        return safe_dump(out);
    }
    out["ok"] = true;
    out["plans"] = nlohmann::json::array();
    for (const auto& p : r.plans) out["plans"].push_back(p.id);
    apply_plans(s, std::move(r.plans));
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
                           {"category", a.category}, {"explanation", a.explanation.in(state_->lang)}});
        }
    return safe_dump(out);
}

void App::api_set_lang(const std::string& lang) { state_->lang = lang == "en" ? Lang::En : Lang::Id; }

}  // namespace tolok::app
