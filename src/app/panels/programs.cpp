// "Program dan anggaran" in the Pengaturan tab: the office's programs with their budget (anggaran) for the year
// chosen here, printed in the Perjanjian Kinerja (core/report_pk.cpp). A program is removed after a confirmation.
#include <algorithm>
#include <string>

#include "app/panels/panels.h"
#include "core/plan_edit.h"
#include "core/value.h"

namespace tolok::app {

void draw_programs(AppState& s, const Plan& plan) {
    section(tr(s, "Program dan anggaran (Perjanjian Kinerja)", "Programs and budgets (performance agreement)"));
    ImGui::SetNextItemWidth(120);
    ImGui::InputInt(tr(s, "Tahun anggaran", "Budget year"), &s.year);
    s.year = std::max(plan.start_year, std::min(plan.end_year, s.year));
    const int year = s.year;
    std::string out;
    std::string to_remove;
    const std::string year_text = std::to_string(year);
    if (!plan.programs.empty() &&
        ImGui::BeginTable("programs", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Program", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn((tr(s, "Anggaran ", "Budget ") + year_text).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed, 70.0f);
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < plan.programs.size(); ++i) {
            const Program& program = plan.programs[i];
            ImGui::PushID(program.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            if (edit_text("##name", program.name, out, -1))
                change(s, BiText{"Ubah nama program", "Rename program"}, "program/" + program.id + "/name").programs[i].name = out;
            ImGui::TableSetColumnIndex(1);
            auto it = program.budget.find(year);
            const std::string shown = it == program.budget.end() ? std::string() : it->second.text;
            if (edit_text("##budget", shown, out, -1, "Rp ...")) {
                Program& p = change(s, BiText{"Ubah anggaran " + year_text, "Change budget " + year_text},
                                    "program/" + program.id + "/budget/" + year_text).programs[i];
                if (out.find_first_not_of(" \t") == std::string::npos) p.budget.erase(year);
                else p.budget[year] = parse_value(out);
            }
            if (ImGui::IsItemDeactivatedAfterEdit()) warn_comma_reading(s, program.name, out);
            ImGui::TableSetColumnIndex(2);
            if (compact_button(tr(s, "Hapus", "Delete"))) to_remove = program.id;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (compact_button(tr(s, "+ Program", "+ Program"))) {
        Plan& p = change(s, BiText{"Program baru", "New program"});
        add_program(p, "Program baru");  // plan data: Indonesian in either language (printed in the PK)
    }
    disabled_text_wrapped(tr(s, "Anggaran ditulis seperti biasa, mis. Rp 1.250.000.000; jumlahnya dihitung di Perjanjian Kinerja.",
                             "Budgets are written as usual, e.g. Rp 1.250.000.000; the Performance Agreement adds them up."));

    const char* title = s.lang == Lang::En ? "Delete program###confirm-delete-program" : "Hapus program###confirm-delete-program";
    if (!to_remove.empty()) {
        s.program_to_remove = to_remove;
        ImGui::OpenPopup(title);
    }
    if (begin_confirm_dialog(s, title)) {  // centred, a long program name wrapped
        auto found = std::find_if(plan.programs.begin(), plan.programs.end(), [&](const Program& p) { return p.id == s.program_to_remove; });
        if (found != plan.programs.end())
            ImGui::Text(tr(s, "Hapus program \"%s\" beserta anggarannya (%zu tahun)?", "Delete the program \"%s\" and its budgets (%zu years)?"),
                        found->name.c_str(), found->budget.size());
        expose_last_rect("delete-program-question");
        ImGui::TextDisabled("%s", tr(s, "Dapat dibatalkan dengan Urungkan (Ctrl+Z).", "Can be undone with Undo (Ctrl+Z)."));
        const DialogChoice choice = confirm_buttons(s, tr(s, "Hapus", "Delete"));
        if (choice == DialogChoice::Confirm && found != plan.programs.end())
            remove_program(change(s, BiText{"Hapus program", "Delete program"}), s.program_to_remove);
        if (found == plan.programs.end()) ImGui::CloseCurrentPopup();  // gone meanwhile (undo)
        if (choice != DialogChoice::None || found == plan.programs.end()) s.program_to_remove.clear();
        end_confirm_dialog();
    }
}

}  // namespace tolok::app
