// "Skala predikat" in the Pengaturan tab: the plan's own grade scales (predikat named by words, e.g. Keterbukaan
// Informasi: Tidak Informatif .. Informatif), beside the built-in AKIP and IKM scales. Each scale has a name and its
// grades from lowest to highest with their score ranges; an indicator chooses its scale in the editor, and its
// targets and realisasi written as those words are compared by rank (core on_grade_scale). A scale in use by an
// indicator is not deleted.
#include <string>

#include "app/panels/panels.h"
#include "core/achievement.h"
#include "core/value.h"

namespace tolok::app {

namespace {

// "skala-N", N one past the highest in use.
std::string new_scale_id(const Plan& plan) {
    std::vector<std::string> used;
    for (const auto& g : plan.grade_scales) used.push_back(g.id);
    for (const auto& g : builtin_grade_scales()) used.push_back(g.id);
    return next_numbered_id("skala-", used, {});
}

// The indicators (codes) graded on the scale `id`.
std::string users_of(const Plan& plan, const std::string& id) {
    std::string codes;
    for (const auto& o : plan.objectives)
        for (const auto& ind : o.indicators)
            if (ind.grade_scale == id && uses_grade_scale(ind)) codes += (codes.empty() ? "" : ", ") + ind.code;
    return codes;
}

}  // namespace

void draw_grade_scales(AppState& s, const Plan& plan) {
    section(tr(s, "Skala predikat sendiri", "Own grade scales"));
    std::string builtin;
    for (const auto& g : builtin_grade_scales()) builtin += (builtin.empty() ? "" : "; ") + g.name;
    disabled_text_wrapped((std::string(tr(s, "Bawaan: ", "Built in: ")) + builtin +
                           tr(s, ". Untuk predikat lain (mis. Keterbukaan Informasi: Tidak Informatif ... Informatif) buat skala di sini, "
                                 "lalu pilih di penyunting indikator (Skala predikat); target dan realisasi ditulis dengan nama predikatnya.",
                              ". For other grades (e.g. Keterbukaan Informasi: Tidak Informatif ... Informatif) make a scale here, then "
                              "choose it in the indicator editor (Grade scale); targets and actuals are written with the grades' names."))
                              .c_str());
    std::string out;
    int remove_scale = -1;
    for (size_t gi = 0; gi < plan.grade_scales.size(); ++gi) {
        const GradeScale& g = plan.grade_scales[gi];
        ImGui::PushID(static_cast<int>(gi));
        const std::string header = (g.name.empty() ? g.id : g.name) + "###scale";
        // A Pemeriksaan finding about this scale ("/grade_scales/G[/steps/N]") opens it at its field.
        const std::string at = "grade_scales/" + std::to_string(gi);
        if (s.focus_field == at || s.focus_field.rfind(at + "/", 0) == 0) ImGui::SetNextItemOpen(true);
        if (ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
            const std::string key = "scale/" + g.id;
            focus_if_requested(s, at);
            if (edit_text(tr(s, "Nama skala", "Scale name"), g.name, out))
                change(s, BiText{"Ubah nama skala", "Rename scale"}, key + "/name").grade_scales[gi].name = out;
            int remove_step = -1;
            if (ImGui::BeginTable("steps", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp)) {
                ImGui::TableSetupColumn(tr(s, "Predikat (terendah dulu)", "Grade (lowest first)"), 0, 3.0f);
                ImGui::TableSetupColumn(tr(s, "Nilai lebih dari (terendah: mulai dari)", "Score above (lowest: from)"), 0, 1.2f);
                ImGui::TableSetupColumn(tr(s, "sampai (termasuk)", "up to (included)"), 0, 1.2f);
                ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed, 70.0f);
                headers_row_with_tooltips();
                for (size_t i = 0; i < g.steps.size(); ++i) {
                    const GradeStep& st = g.steps[i];
                    ImGui::PushID(static_cast<int>(i));
                    ImGui::TableNextRow();
                    ImGui::TableSetColumnIndex(0);
                    const std::string step_key = key + "/" + std::to_string(i);
                    focus_if_requested(s, at + "/steps/" + std::to_string(i));
                    if (edit_text("##label", st.label, out, -1))
                        change(s, BiText{"Ubah predikat", "Change grade"}, step_key + "/label").grade_scales[gi].steps[i].label = out;
                    // A grade renamed: the targets and realisasi written as it follow, once the field is left, in the
                    // same undo step as the typing. Never to another grade's name (the two would merge, and capaian
                    // change), nor to nothing while it is used (it could then be deleted).
                    const bool label_active = ImGui::IsItemActive();
                    if (ImGui::IsItemActivated()) s.grade_label_before = st.label;
                    if (ImGui::IsItemDeactivatedAfterEdit()) {
                        const std::string from = s.grade_label_before, to = plan.grade_scales[gi].steps[i].label;
                        const bool taken = grade_name_taken(g, i, to);
                        const size_t uses = grade_uses(plan, g.id, from);
                        if (taken || (to.empty() && uses > 0)) {
                            change_continuing(s, BiText{"Ubah predikat", "Change grade"}, step_key + "/label").grade_scales[gi].steps[i].label = from;
                            s.history.drop_last_if_unchanged(s.plans);  // the typing put back: no step to undo
                            say(s, taken ? BiText{"!Predikat \"" + to + "\" sudah ada di skala ini; nama \"" + from + "\" tidak diubah.",
                                                  "!The grade \"" + to + "\" is already on this scale; the name \"" + from + "\" was not changed."}
                                         : BiText{"!Predikat \"" + from + "\" dipakai target/realisasi; namanya tidak boleh kosong.",
                                                  "!The grade \"" + from + "\" is used by targets/actuals; its name cannot be empty."});
                        } else if (!to.empty() && name_key(from) != name_key(to) && uses > 0) {
                            const size_t n = rename_grade_uses(change_continuing(s, BiText{"Ubah predikat", "Change grade"}, step_key + "/label"), g.id, from, to);
                            s.message = std::to_string(n) + tr(s, " target/realisasi \"", " targets/actuals \"") + from +
                                        tr(s, "\" kini ditulis \"", "\" now read \"") + to + "\".";
                        }
                    }
                    ImGui::TableSetColumnIndex(1);
                    std::optional<double> min = st.min_score, max = st.max_score;
                    const BiText above{"Predikat \"" + st.label + "\", nilai lebih dari", "Grade \"" + st.label + "\", score above"};
                    const BiText up_to{"Predikat \"" + st.label + "\", sampai", "Grade \"" + st.label + "\", up to"};
                    if (edit_number(s, "##min", min, -1, above, true) && min)
                        change(s, BiText{"Ubah nilai predikat", "Change grade score"}, step_key + "/min").grade_scales[gi].steps[i].min_score = *min;
                    ImGui::TableSetColumnIndex(2);
                    if (edit_number(s, "##max", max, -1, up_to, true) && max)
                        change(s, BiText{"Ubah nilai predikat", "Change grade score"}, step_key + "/max").grade_scales[gi].steps[i].max_score = *max;
                    ImGui::TableSetColumnIndex(3);
                    // A grade that targets or realisasi are written as stays (their capaian would change silently).
                    // (While its name is being typed, the grade counts by the name it had: emptied, it is still used.)
                    if (const size_t used = grade_uses(plan, g.id, label_active ? s.grade_label_before : st.label); used > 0) {
                        ImGui::TextDisabled("%s", tr(s, "dipakai", "in use"));
                        if (ImGui::IsItemHovered())
                            ImGui::SetTooltip(tr(s, "%zu target/realisasi ditulis dengan predikat ini.", "%zu targets/actuals are written as this grade."), used);
                    } else if (compact_button(tr(s, "Hapus", "Delete"))) {
                        remove_step = static_cast<int>(i);
                    }
                    ImGui::PopID();
                }
                ImGui::EndTable();
            }
            if (remove_step >= 0) {
                Plan& p = change(s, BiText{"Hapus predikat", "Delete grade"});
                p.grade_scales[gi].steps.erase(p.grade_scales[gi].steps.begin() + remove_step);
            }
            if (compact_button(tr(s, "+ Predikat", "+ Grade"))) {
                GradeScale& scale = change(s, BiText{"Tambah predikat", "Add grade"}).grade_scales[gi];
                const double from = scale.steps.empty() ? 0 : scale.steps.back().max_score;
                scale.steps.push_back(GradeStep{"", from, from + 10});
            }
            ImGui::SameLine();
            if (const std::string users = users_of(plan, g.id); !users.empty()) {
                ImGui::TextDisabled("%s %s", tr(s, "Dipakai indikator", "Used by indicator"), users.c_str());
            } else if (compact_button(tr(s, "Hapus skala", "Delete scale"))) {
                remove_scale = static_cast<int>(gi);
            }
            for (const auto& d : check_grade_scale(g, gi)) ImGui::TextColored(ImVec4(0.75f, 0.45f, 0, 1), "%s", d.text(s.lang).c_str());
        }
        ImGui::PopID();
    }
    if (remove_scale >= 0) {
        Plan& p = change(s, BiText{"Hapus skala predikat", "Delete grade scale"});
        p.grade_scales.erase(p.grade_scales.begin() + remove_scale);
    }
    if (compact_button(tr(s, "+ Skala predikat", "+ Grade scale"))) {
        const std::string id = new_scale_id(plan);
        change(s, BiText{"Skala predikat baru", "New grade scale"})
            .grade_scales.push_back(GradeScale{id, "Skala baru", {{"Kurang", 0, 50}, {"Baik", 50, 100}}});  // plan data: Indonesian
    }
}

}  // namespace tolok::app
