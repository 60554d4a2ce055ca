// "Rencana (IKU)": the IKU laid out like the document's Lampiran (Sasaran | Indikator | Rumus | Satuan | Target per
// year), grouped by sasaran, with search and filters (sasaran, capaian category); clipped so 1,200+ indicators stay smooth. Clicking an indicator opens it.
#include <cstdio>
#include <vector>

#include "app/panels/panels.h"
#include "core/achievement.h"
#include "core/plan_edit.h"

namespace tolok::app {

namespace {
struct Row {
    const Objective* objective;
    const Indicator* indicator;
    bool first_of_objective;
};

bool contains_ci(const std::string& hay, const std::string& needle) {
    if (needle.empty()) return true;
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        size_t k = 0;
        while (k < needle.size() && lower(hay[i + k]) == lower(needle[k])) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}
}  // namespace

void draw_overview(AppState& s, Plan& plan) {
    if (s.year < plan.start_year || s.year > plan.end_year) s.year = default_year(s, plan);
    ImGui::SetNextItemWidth(300);
    ImGui::InputTextWithHint("##search", tr(s, "Cari sasaran atau indikator...", "Search objectives or indicators..."), s.search, sizeof s.search);
    // Filters: one sasaran, and the capaian category of the chosen year (or "not computable").
    ImGui::SameLine();
    ImGui::SetNextItemWidth(260);
    std::string objective_label = s.filter_objective.empty() ? tr(s, "Semua sasaran", "All objectives") : s.filter_objective;
    if (ImGui::BeginCombo("##filter-objective", objective_label.c_str())) {
        if (ImGui::Selectable(tr(s, "Semua sasaran", "All objectives"), s.filter_objective.empty())) s.filter_objective.clear();
        for (const auto& o : plan.objectives)
            if (ImGui::Selectable((o.name + "###" + o.id).c_str(), s.filter_objective == o.name)) s.filter_objective = o.name;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(200);
    const auto& bands = plan.settings.bands.empty() ? default_category_bands() : plan.settings.bands;
    std::string category_label = s.filter_category.empty() ? tr(s, "Semua kategori", "All categories") : s.filter_category;
    if (ImGui::BeginCombo("##filter-category", category_label.c_str())) {
        if (ImGui::Selectable(tr(s, "Semua kategori", "All categories"), s.filter_category.empty())) s.filter_category.clear();
        for (const auto& b : bands)
            if (ImGui::Selectable(b.label.c_str(), s.filter_category == b.label)) s.filter_category = b.label;
        const char* none = tr(s, "Belum dapat dihitung", "Not computable");
        if (ImGui::Selectable(none, s.filter_category == none)) s.filter_category = none;
        ImGui::EndCombo();
    }
    if (!s.filter_category.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("(%s %d)", tr(s, "capaian", "achievement"), s.year);
    }
    ImGui::SameLine();
    // A new indicator joins the sasaran filtered on, else the one of the indicator last opened, else the last one.
    if (ImGui::Button(tr(s, "+ Indikator baru", "+ New indicator"))) {
        std::string objective_id;
        for (const auto& o : plan.objectives)
            if (!s.filter_objective.empty() && o.name == s.filter_objective) objective_id = o.id;
        if (const Objective* of_selected = objective_of(plan, s.selected_indicator); objective_id.empty() && of_selected)
            objective_id = of_selected->id;
        Plan& p = change(s, BiText{"Tambah indikator", "Add an indicator"});
        open_editor(s, add_indicator(p, objective_id, tr(s, "Indikator baru", "New indicator"), tr(s, "Sasaran baru", "New objective")));
        s.focus_field = "name";  // ready to type its name
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(s, "+ Sasaran baru", "+ New objective"))) {
        Plan& p = change(s, BiText{"Tambah sasaran", "Add an objective"});
        const std::string objective_id = add_objective(p, tr(s, "Sasaran baru", "New objective"));
        s.filter_objective.clear();
        open_editor(s, add_indicator(p, objective_id, tr(s, "Indikator baru", "New indicator"), ""));
        s.focus_field = "objective/name";  // ready to type the sasaran's name
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(s, "Sasaran baru dengan satu indikator baru; namai keduanya di penyunting.",
                                   "A new objective with one new indicator; name both in the editor."));
    if (indicator_count(plan) == 0)
        disabled_text_wrapped(tr(s, "Rencana ini belum punya indikator. Tambahkan satu per satu dengan + Indikator baru, atau tempel "
                                    "tabel IKU dari Word/Excel lewat Berkas > Impor tabel.",
                                 "This plan has no indicators yet. Add them one by one with + New indicator, or paste an IKU table "
                                 "from Word/Excel through File > Import a table."));
    const std::string needle = s.search;
    std::vector<Row> rows;
    for (const auto& o : plan.objectives) {
        bool first = true;
        for (const auto& ind : o.indicators) {
            if (!contains_ci(ind.name, needle) && !contains_ci(o.name, needle) && !contains_ci(ind.formula.text, needle)) continue;
            if (!s.filter_objective.empty() && o.name != s.filter_objective) continue;
            if (!s.filter_category.empty()) {
                Achievement a = compute_achievement(plan, ind, s.year);
                std::string category = a.computable() ? a.category : tr(s, "Belum dapat dihitung", "Not computable");
                if (category != s.filter_category) continue;
            }
            rows.push_back(Row{&o, &ind, first});
            first = false;
        }
    }
    int years = plan.end_year - plan.start_year + 1;
    if (years < 1 || years > 12) years = 1;
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("lampiran", 4 + years, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(s, "Sasaran", "Objective"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(tr(s, "Indikator Sasaran", "Indicator"), ImGuiTableColumnFlags_WidthStretch, 2.5f);
    ImGui::TableSetupColumn(tr(s, "Rumus", "Formula"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(tr(s, "Satuan", "Unit"), ImGuiTableColumnFlags_WidthFixed, 64.0f);
    char label[16];
    for (int y = 0; y < years; ++y) {
        std::snprintf(label, sizeof label, "%d", plan.start_year + y);
        ImGui::TableSetupColumn(label, ImGuiTableColumnFlags_WidthFixed, 72.0f);
    }
    ImGui::TableHeadersRow();
    // Rows have different heights (wrapped text); the clipper still skips the bulk of far-away rows.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const Row& row = rows[r];
            const Indicator& ind = *row.indicator;
            ImGui::PushID(ind.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            if (row.first_of_objective) ImGui::TextWrapped("%s", row.objective->name.c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::TextWrapped("%s. %s", ind.code.c_str(), ind.name.c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(s, "Klik untuk membuka di penyunting", "Click to open in the editor"));
            if (ImGui::IsItemClicked()) open_editor(s, ind.id);
            ImGui::TableSetColumnIndex(2);
            ImGui::TextWrapped("%s", ind.formula.text.c_str());
            ImGui::TableSetColumnIndex(3);
            // Narrow columns: a long satuan or target ("per 1.000 KH", "12 puskesmas") wraps instead of being cut.
            ImGui::TextWrapped("%s", ind.unit.c_str());
            for (int y = 0; y < years; ++y) {
                ImGui::TableSetColumnIndex(4 + y);
                auto it = ind.years.find(plan.start_year + y);
                ImGui::TextWrapped("%s", it == ind.years.end() ? "" : it->second.target.text.c_str());
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace tolok::app
