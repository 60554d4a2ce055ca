// The dialog shown when another tab of Tolok saved the plans while this tab held unsaved changes: the user keeps
// one of the two copies, after exporting this tab's if they wish. Autosave waits until then.
#include "app/panels/panels.h"
#include "core/plan_json.h"

namespace tolok::app {

void draw_storage_conflict(AppState& s) {
    const char* title = s.lang == Lang::En ? "Plans changed in another tab###storage-conflict"
                                           : "Rencana diubah di tab lain###storage-conflict";
    if (!s.storage_conflict) return;
    if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(vp->Size.x * 0.95f, vp->Size.y * 0.95f));
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), dialog_placing(s), ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34);
    ImGui::TextUnformatted(tr(s,
        "Tolok juga terbuka di tab atau jendela lain (atau di berkas tolok.html lain di komputer ini), dan di sana "
        "rencana disimpan setelah tab ini memuatnya. Perubahan di tab ini belum disimpan.",
        "Tolok is also open in another tab or window (or in another tolok.html file on this computer), and the plans "
        "were saved there after this tab loaded them. The changes made in this tab are not saved."));
    ImGui::Spacing();
    // What differs at the level a user sees: how many plans, and the plans only one of the copies holds.
    ImGui::Text("%s %zu %s; %s %zu %s.", tr(s, "Tab ini:", "This tab:"), s.plans.size(), tr(s, "rencana", "plan(s)"),
                tr(s, "tab lain:", "the other tab:"), s.other_tabs_plans.size(), tr(s, "rencana", "plan(s)"));
    if (std::string only = plans_missing_from(s.plans, s.other_tabs_plans); !only.empty())
        ImGui::TextWrapped("%s %s", tr(s, "Hanya di tab ini:", "Only in this tab:"), only.c_str());
    if (std::string only = plans_missing_from(s.other_tabs_plans, s.plans); !only.empty())
        ImGui::TextWrapped("%s %s", tr(s, "Hanya di tab lain:", "Only in the other tab:"), only.c_str());
    if (!s.other_tabs_differences.empty()) {
        ImGui::TextUnformatted(tr(s, "Berbeda di kedua tab (di tab ini dibanding tab lain):", "Different in the two tabs (this tab against the other):"));
        const size_t shown = std::min<size_t>(s.other_tabs_differences.size(), 6);
        for (size_t i = 0; i < shown; ++i) {  // (a bullet, then the line wrapped beside it)
            ImGui::Bullet();
            ImGui::SameLine();
            ImGui::TextWrapped("%s", s.other_tabs_differences[i].in(s.lang).c_str());
        }
        if (shown < s.other_tabs_differences.size())
            ImGui::BulletText("%s %zu %s", tr(s, "dan", "and"), s.other_tabs_differences.size() - shown, tr(s, "rencana lain", "more plan(s)"));
    }
    ImGui::Spacing();
    ImGui::TextUnformatted(tr(s,
        "Pilih salinan yang dipakai; salinan yang lain hilang. Bila ragu, ekspor dulu salinan yang tidak dipilih "
        "(berkas dapat diimpor kembali).",
        "Choose the copy to keep; the other one is lost. If in doubt, first export the copy you do not keep (the file "
        "can be imported again)."));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button(tr(s, "Ekspor rencana tab ini (JSON)", "Export this tab's plans (JSON)")) && s.services.files)
        s.services.files->download(dated_file_name(s, "tolok-semua-rencana", ".json"), "application/json", export_exchange_all(s));
    const char* export_other = tr(s, "Ekspor salinan tab lain (JSON)", "Export the other tab's copy (JSON)");
    same_line_if_fits(ImGui::CalcTextSize(export_other).x + 2 * ImGui::GetStyle().FramePadding.x);
    if (ImGui::Button(export_other) && s.services.files && !s.other_tabs_plans.empty())
        s.services.files->download("tolok-salinan-tab-lain.json", "application/json", write_plans(s.other_tabs_plans));
    ImGui::Separator();
    if (ImGui::Button(tr(s, "Pakai yang disimpan tab lain", "Keep the other tab's copy"))) {
        keep_other_tabs_copy(s);
        ImGui::CloseCurrentPopup();
    }
    same_line_if_fits(ImGui::CalcTextSize(tr(s, "Simpan rencana tab ini", "Save this tab's plans")).x + 2 * ImGui::GetStyle().FramePadding.x);
    if (ImGui::Button(tr(s, "Simpan rencana tab ini", "Save this tab's plans"))) {
        keep_this_tabs_copy(s);
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace tolok::app
