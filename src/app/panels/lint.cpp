// "Pemeriksaan": the IKU quality findings of the core's lint; clicking a finding opens the field it is about (the
// indicator in the editor, or a signatory's NIP in the settings).
#include <algorithm>
#include <cstdlib>

#include "app/panels/panels.h"
#include "core/lint.h"

namespace tolok::app {

void draw_lint(AppState& s, Plan& plan) {
    const Diagnostics& findings = plan_findings(s, plan);
    ImGui::Text("%zu %s", findings.size(), tr(s, "temuan (klik sebuah temuan untuk membuka isian yang dimaksud)", "findings (click one to open the field it is about)"));
    ImGui::BeginChild("findings");
    // Each row's wrapped height, measured once for this width and language: only the rows in view are drawn, the
    // others take their height (thousands of findings of a large plan stay smooth).
    const ImGuiStyle& style = ImGui::GetStyle();
    AppState::LintCache& cache = s.lint_cache;
    const float width = ImGui::GetContentRegionAvail().x;
    if (cache.heights.size() != findings.size() || cache.width != width || cache.lang != s.lang) {
        cache.heights.clear();
        for (const Diagnostic& d : findings) {
            const float text_x = ImGui::CalcTextSize(severity_label(d.severity, s.lang)).x + style.ItemSpacing.x;
            cache.heights.push_back(ImGui::CalcTextSize(d.text(s.lang).c_str(), nullptr, false, std::max(50.0f, width - text_x)).y);
        }
        cache.width = width;
        cache.lang = s.lang;
    }
    const float view_top = ImGui::GetScrollY(), view_bottom = view_top + ImGui::GetWindowHeight();
    for (size_t i = 0; i < findings.size(); ++i) {
        const float row_top = ImGui::GetCursorPosY();
        if (row_top + cache.heights[i] < view_top || row_top > view_bottom) {
            ImGui::Dummy(ImVec2(1.0f, cache.heights[i]));
            continue;
        }
        const Diagnostic& d = findings[i];
        ImVec4 color = d.severity == Severity::Error     ? ImVec4(0.8f, 0.1f, 0.1f, 1)
                       : d.severity == Severity::Warning ? ImVec4(0.75f, 0.45f, 0, 1)
                                                         : ImVec4(0.35f, 0.35f, 0.35f, 1);
        ImGui::PushID(static_cast<int>(i));
        // A row-wide selectable behind the text: highlighted under the pointer, so it reads as clickable.
        const char* severity = severity_label(d.severity, s.lang);
        const float text_x = ImGui::CalcTextSize(severity).x + style.ItemSpacing.x;
        const float wrap_width = std::max(50.0f, width - text_x);
        const float height = cache.heights[i];
        const ImVec2 start = ImGui::GetCursorPos();
        const bool clicked = ImGui::Selectable("##finding", false, ImGuiSelectableFlags_AllowItemOverlap, ImVec2(0, height));
        expose_last_item(("finding " + d.location).c_str());
        // What a click does, with the finding's stable id for a helpdesk (the raw location is the editor's business).
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s (%s)", tr(s, "Klik untuk membuka isian yang dimaksud", "Click to open the field it is about"), d.id.c_str());
        const ImVec2 after = ImGui::GetCursorPos();
        ImGui::SetCursorPos(start);
        ImGui::TextColored(color, "%s", severity);
        ImGui::SameLine(start.x + text_x);
        ImGui::PushTextWrapPos(start.x + text_x + wrap_width);
        ImGui::TextUnformatted(d.text(s.lang).c_str());
        ImGui::PopTextWrapPos();
        ImGui::SetCursorPos(after);
        if (clicked) {
            // "/objectives/O/indicators/I/<field>" -> that indicator, its field focused; "/signatory/nip" and
            // "/superior/nip" -> that NIP in the settings.
            int o = -1, ind = -1, consumed = 0;
            if (std::sscanf(d.location.c_str(), "/objectives/%d/indicators/%d%n", &o, &ind, &consumed) == 2 && o >= 0 &&
                o < static_cast<int>(plan.objectives.size()) && ind >= 0 && ind < static_cast<int>(plan.objectives[o].indicators.size())) {
                open_editor(s, plan.objectives[o].indicators[ind].id);
                // The rest of the pointer is the field the finding is about (core/lint.h locates each at one).
                std::string field = d.location.substr(static_cast<size_t>(consumed));
                if (!field.empty()) field.erase(0, 1);  // the '/'
                // A realisasi's components, note and evidence are shown for the editor's year and period: those of
                // the finding first.
                int year = 0, quarter = 0;
                if (std::sscanf(field.c_str(), "years/%d/quarter_actuals/%d", &year, &quarter) == 2 && quarter >= 0 && quarter < 4) {
                    s.year = year;
                    if (field.find("/evidence/") != std::string::npos || field.find("/components") != std::string::npos)
                        s.quarter = quarter + 1;
                } else if (std::sscanf(field.c_str(), "years/%d/actual", &year) == 1 && field.find("/actual") != std::string::npos) {
                    s.year = year;
                    s.quarter = 0;
                }
                s.focus_field = field;
            } else if (d.location.rfind("/signatory", 0) == 0 || d.location.rfind("/superior", 0) == 0 ||
                       d.location.rfind("/settings", 0) == 0 || d.location.rfind("/grade_scales", 0) == 0) {
                s.tab_request = kTabSettings;
                s.focus_field = d.location.substr(1);
            }
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
}

}  // namespace tolok::app
