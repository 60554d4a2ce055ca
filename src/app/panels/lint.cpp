// "Pemeriksaan": the IKU quality findings of the core's lint; clicking a finding opens the indicator it is about.
#include <cstdlib>

#include "app/panels/panels.h"
#include "core/lint.h"

namespace tolok::app {

void draw_lint(AppState& s, Plan& plan) {
    Diagnostics findings = lint_plan(plan);
    ImGui::Text("%zu %s", findings.size(), tr(s, "temuan (klik untuk membuka indikatornya)", "findings (click to open the indicator)"));
    ImGui::BeginChild("findings");
    for (size_t i = 0; i < findings.size(); ++i) {
        const Diagnostic& d = findings[i];
        ImVec4 color = d.severity == Severity::Error     ? ImVec4(0.8f, 0.1f, 0.1f, 1)
                       : d.severity == Severity::Warning ? ImVec4(0.75f, 0.45f, 0, 1)
                                                         : ImVec4(0.35f, 0.35f, 0.35f, 1);
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextColored(color, "%s", severity_label(d.severity, s.lang));
        ImGui::SameLine();
        ImGui::TextWrapped("%s", d.text(s.lang).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s %s", d.id.c_str(), location_label(d.location, s.lang).c_str());
        if (ImGui::IsItemClicked()) {
            // "/objectives/O/indicators/I..." -> that indicator; "/signatory/..." -> settings.
            int o = -1, ind = -1;
            if (std::sscanf(d.location.c_str(), "/objectives/%d/indicators/%d", &o, &ind) == 2 && o >= 0 &&
                o < static_cast<int>(plan.objectives.size()) && ind >= 0 && ind < static_cast<int>(plan.objectives[o].indicators.size()))
                open_editor(s, plan.objectives[o].indicators[ind].id);
            else if (d.location.rfind("/signatory", 0) == 0)
                s.tab_request = kTabSettings;
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
}

}  // namespace tolok::app
