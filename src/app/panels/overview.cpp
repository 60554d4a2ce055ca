// "Rencana (IKU)": the IKU laid out like the document's Lampiran (Sasaran | Indikator | Rumus | Satuan | Target per
// year), grouped by sasaran, with search and filters (sasaran, capaian category). Only the rows in view are laid out,
// skipped by their heights as last drawn, so 1,200+ indicators stay smooth. Clicking an indicator opens it.
#include <imgui_internal.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <set>
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

// The category filter's key for "not computable" (s.filter_category). A band's label is the plan's data, the same in
// both interface languages, and is its own key; this one is shown translated.
const char* const kNotComputable = "\x01na";

std::string category_name(const AppState& s, const std::string& key) {
    return key == kNotComputable ? tr(s, "Tidak dapat dihitung", "Not computable") : key;
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

// The toolbar: search, the two filters and the two "new" buttons, each on the line when it fits, else on the next
// one (a 800 px window has room for the fields, the buttons go below them).
void draw_toolbar(AppState& s, Plan& plan) {
    const float em = ImGui::GetFontSize();
    const float line = ImGui::GetContentRegionAvail().x;
    auto field_width = [&](float ems) { return std::min(ems * em, line); };
    ImGui::SetNextItemWidth(field_width(16.0f));
    ImGui::InputTextWithHint("##search", tr(s, "Cari sasaran atau indikator...", "Search objectives or indicators..."), s.search, sizeof s.search);
    // Filters: one sasaran, and the capaian category of the chosen year (or "not computable").
    same_line_if_fits(field_width(14.0f));
    ImGui::SetNextItemWidth(field_width(14.0f));
    std::string objective_label = s.filter_objective.empty() ? tr(s, "Semua sasaran", "All objectives") : s.filter_objective;
    if (ImGui::BeginCombo("##filter-objective", objective_label.c_str())) {
        if (ImGui::Selectable(tr(s, "Semua sasaran", "All objectives"), s.filter_objective.empty())) s.filter_objective.clear();
        for (const auto& o : plan.objectives)
            if (ImGui::Selectable((o.name + "###" + o.id).c_str(), s.filter_objective == o.name)) s.filter_objective = o.name;
        ImGui::EndCombo();
    }
    expose_last_item("##filter-objective");  // the field (EndCombo gives it back as the last item)
    if (!s.filter_objective.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s.filter_objective.c_str());  // cut in the field
    same_line_if_fits(field_width(11.0f));
    ImGui::SetNextItemWidth(field_width(11.0f));
    const auto& bands = bands_in_force(plan.settings);
    std::string category_label = s.filter_category.empty() ? tr(s, "Semua kategori", "All categories") : category_name(s, s.filter_category);
    if (ImGui::BeginCombo("##filter-category", category_label.c_str())) {
        if (ImGui::Selectable(tr(s, "Semua kategori", "All categories"), s.filter_category.empty())) s.filter_category.clear();
        for (const auto& b : bands)
            if (ImGui::Selectable(b.label.c_str(), s.filter_category == b.label)) s.filter_category = b.label;
        if (ImGui::Selectable(category_name(s, kNotComputable).c_str(), s.filter_category == kNotComputable)) s.filter_category = kNotComputable;
        ImGui::EndCombo();
    }
    expose_last_item("##filter-category");
    if (!s.filter_category.empty()) {
        char of_year[64];
        std::snprintf(of_year, sizeof of_year, "(%s %d)", tr(s, "capaian", "achievement"), s.year);
        same_line_if_fits(ImGui::CalcTextSize(of_year).x);
        ImGui::TextDisabled("%s", of_year);
    }
    // A new indicator joins the sasaran filtered on, else the one of the indicator last opened, else the last one.
    const char* new_indicator = tr(s, "+ Indikator baru", "+ New indicator");
    same_line_if_fits(button_width(new_indicator));
    if (ImGui::Button(new_indicator)) {
        std::string objective_id;
        for (const auto& o : plan.objectives)
            if (!s.filter_objective.empty() && o.name == s.filter_objective) objective_id = o.id;
        if (const Objective* of_selected = objective_of(plan, s.selected_indicator); objective_id.empty() && of_selected)
            objective_id = of_selected->id;
        const std::set<std::string> linked = indicator_ids_linked_from(s.plans, plan.id);
        Plan& p = change(s, BiText{"Tambah indikator", "Add an indicator"});
        open_editor(s, add_indicator(p, objective_id, "Indikator baru", "Sasaran baru", linked));  // plan data: Indonesian
        s.focus_field = "name";  // ready to type its name
    }
    const char* new_objective = tr(s, "+ Sasaran baru", "+ New objective");
    same_line_if_fits(button_width(new_objective));
    if (ImGui::Button(new_objective)) {
        const std::set<std::string> linked = indicator_ids_linked_from(s.plans, plan.id);
        Plan& p = change(s, BiText{"Tambah sasaran", "Add an objective"});
        const std::string objective_id = add_objective(p, "Sasaran baru");
        s.filter_objective.clear();
        open_editor(s, add_indicator(p, objective_id, "Indikator baru", "", linked));
        s.focus_field = "objective/name";  // ready to type the sasaran's name
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(s, "Sasaran baru dengan satu indikator baru; namai keduanya di penyunting.",
                                   "A new objective with one new indicator; name both in the editor."));
}

std::vector<Row> filtered_rows(const AppState& s, const Plan& plan) {
    const std::string needle = s.search;
    std::vector<Row> rows;
    for (const auto& o : plan.objectives) {
        bool first = true;
        for (const auto& ind : o.indicators) {
            if (!contains_ci(ind.name, needle) && !contains_ci(o.name, needle) && !contains_ci(ind.formula.text, needle)) continue;
            if (!s.filter_objective.empty() && o.name != s.filter_objective) continue;
            if (!s.filter_category.empty()) {
                Achievement a = compute_achievement(plan, ind, s.year);
                if ((a.computable() ? a.category : std::string(kNotComputable)) != s.filter_category) continue;
            }
            rows.push_back(Row{&o, &ind, first});
            first = false;
        }
    }
    return rows;
}

// One row of the table. The indicator's text is its button (it opens the indicator in the editor) and an item of its
// own, so automation finds the rows drawn ("plan-row-<indicator id>").
void draw_row(AppState& s, const Plan& plan, const Row& row, size_t index, int years) {
    const Indicator& ind = *row.indicator;
    ImGui::PushID(ind.id.c_str());
    ImGui::TableNextRow();
    // The stripes by the row's place in the list: the rows skipped above the view are one empty row (see draw_overview).
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(index % 2 ? ImGuiCol_TableRowBgAlt : ImGuiCol_TableRowBg));
    ImGui::TableSetColumnIndex(0);
    if (row.first_of_objective) ImGui::TextWrapped("%s", row.objective->name.c_str());
    ImGui::TableSetColumnIndex(1);
    ImGui::TextWrapped("%s. %s", ind.code.c_str(), ind.name.c_str());
    const ImRect text(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    const ImGuiID id = ImGui::GetID("open");
    const bool shown = ImGui::ItemAdd(text, id);
    const std::string label = ind.code + ". " + ind.name + "###plan-row-" + ind.id;
    expose_last_item(label.c_str());
    bool hovered = false, held = false;
    if (shown && ImGui::ButtonBehavior(text, id, &hovered, &held, ImGuiButtonFlags_PressedOnClick)) open_editor(s, ind.id);
    if (hovered) ImGui::SetTooltip("%s", tr(s, "Klik untuk membuka di penyunting", "Click to open in the editor"));
    ImGui::TableSetColumnIndex(2);
    ImGui::TextWrapped("%s", ind.formula.text.c_str());
    ImGui::TableSetColumnIndex(3);
    // Narrow columns: a long satuan or target ("per 1.000 KH", "12 puskesmas") wraps instead of being cut. Targets
    // with their numbers written the interface's way ("5,5%" in English: "5.5%").
    ImGui::TextWrapped("%s", ind.unit.c_str());
    for (int y = 0; y < years; ++y) {
        ImGui::TableSetColumnIndex(4 + y);
        auto it = ind.years.find(plan.start_year + y);
        if (it != ind.years.end()) ImGui::TextWrapped("%s", numbers_in(it->second.target.text, s.lang).c_str());
    }
    ImGui::PopID();
}

}  // namespace

void draw_overview(AppState& s, Plan& plan) {
    if (s.year < plan.start_year || s.year > plan.end_year) s.year = default_year(s, plan);
    draw_toolbar(s, plan);
    if (indicator_count(plan) == 0)
        disabled_text_wrapped(tr(s, "Rencana ini belum punya indikator. Tambahkan satu per satu dengan + Indikator baru, atau tempel "
                                    "tabel IKU dari Word/Excel lewat Berkas > Impor tabel.",
                                 "This plan has no indicators yet. Add them one by one with + New indicator, or paste an IKU table "
                                 "from Word/Excel through File > Import a table."));
    const std::vector<Row> rows = filtered_rows(s, plan);
    int years = plan.end_year - plan.start_year + 1;
    if (years < 1 || years > 12) years = 1;

    // The text columns share the width (weights 2 : 2.5 : 2), satuan and the years keep a fixed one. Below the width
    // where the text columns would break words, the table scrolls sideways with sasaran and indicator kept in view.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    const float unit_width = 4.0f * em, year_width = 4.5f * em;
    const float per_column = style.CellPadding.x * 2.0f + 1.0f;  // padding and border
    const float narrowest = unit_width + years * year_width + (4 + years) * per_column + 25.0f * em;
    const float avail = ImGui::GetContentRegionAvail().x - style.ScrollbarSize;
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable;
    if (avail < narrowest) flags |= ImGuiTableFlags_ScrollX;
    if (!ImGui::BeginTable("lampiran", 4 + years, flags, ImVec2(0, 0), avail < narrowest ? narrowest : 0.0f)) return;
    ImGui::TableSetupScrollFreeze(2, 1);
    ImGui::TableSetupColumn(tr(s, "Sasaran", "Objective"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(tr(s, "Indikator Sasaran", "Indicator"), ImGuiTableColumnFlags_WidthStretch, 2.5f);
    ImGui::TableSetupColumn(tr(s, "Rumus", "Formula"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(tr(s, "Satuan", "Unit"), ImGuiTableColumnFlags_WidthFixed, unit_width);
    char label[16];
    for (int y = 0; y < years; ++y) {
        std::snprintf(label, sizeof label, "%d", plan.start_year + y);
        ImGui::TableSetupColumn(label, ImGuiTableColumnFlags_WidthFixed, year_width);
    }
    ImGui::TableHeadersRow();

    // Only the rows in view are drawn (wrapped rows differ in height: widgets.cpp, draw_rows_in_view).
    static RowHeights heights;  // the view's cache, for this one table
    draw_rows_in_view(
        heights, rows.size(),
        [&](size_t r) { return reinterpret_cast<std::uintptr_t>(rows[r].indicator) | (rows[r].first_of_objective ? 1u : 0u); },
        [&](size_t r) { draw_row(s, plan, rows[r], r, years); });
    ImGui::EndTable();
}

}  // namespace tolok::app
