// The dialog shown when another tab of Tolok saved the plans while this tab held unsaved changes: the user keeps
// one of the two copies, after exporting this tab's if they wish. Autosave waits until then.
#include "app/panels/panels.h"

namespace tolok::app {

void draw_storage_conflict(AppState& s) {
    const char* title = s.lang == Lang::En ? "Plans changed in another tab###storage-conflict"
                                           : "Rencana diubah di tab lain###storage-conflict";
    if (!s.storage_conflict) return;
    if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(vp->Size.x * 0.95f, vp->Size.y * 0.95f));
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34);
    ImGui::TextUnformatted(tr(s,
        "Tolok juga terbuka di tab atau jendela lain (atau di berkas tolok.html lain di komputer ini), dan di sana "
        "rencana disimpan setelah tab ini memuatnya. Perubahan di tab ini belum disimpan.",
        "Tolok is also open in another tab or window (or in another tolok.html file on this computer), and the plans "
        "were saved there after this tab loaded them. The changes made in this tab are not saved."));
    ImGui::Spacing();
    ImGui::TextUnformatted(tr(s,
        "Pilih salinan yang dipakai. Salinan yang tidak dipilih hilang; ekspor dulu bila ragu.",
        "Choose the copy to keep. The other copy is lost; export it first if in doubt."));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button(tr(s, "Ekspor rencana tab ini (JSON)", "Export this tab's plans (JSON)")) && s.services.files)
        s.services.files->download("tolok-semua-rencana.json", "application/json", export_exchange_all(s));
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
