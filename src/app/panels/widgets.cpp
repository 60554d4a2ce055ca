// Small ImGui helpers shared by the panels (see panels.h).
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <cstdlib>

#include "app/panels/panels.h"

namespace tolok::app {

void expose_last_item(const char* label) {
#ifdef IMGUI_ENABLE_TEST_ENGINE
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, label, g.LastItemData.StatusFlags);
#else
    (void)label;
#endif
}

ImVec4 hex_color(const std::string& hex) {
    unsigned v = 0x888888;
    if (hex.size() == 7 && hex[0] == '#') v = static_cast<unsigned>(std::strtoul(hex.c_str() + 1, nullptr, 16));
    return ImVec4(((v >> 16) & 255) / 255.0f, ((v >> 8) & 255) / 255.0f, (v & 255) / 255.0f, 1.0f);
}

void section(const char* title) {
    ImGui::Spacing();
    ImGui::TextColored(ImVec4(0.12f, 0.37f, 0.55f, 1.0f), "%s", title);
    ImGui::Separator();
}

bool edit_text(const char* label, const std::string& value, std::string& out, float width) {
    out = value;
    if (width != 0.0f) ImGui::SetNextItemWidth(width);
    return ImGui::InputText(label, &out) && out != value;
}

bool edit_multiline(const char* label, const std::string& value, std::string& out, float height) {
    out = value;
    return ImGui::InputTextMultiline(label, &out, ImVec2(-1.0f, height)) && out != value;
}

void open_editor(AppState& s, const std::string& indicator_id) {
    s.selected_indicator = indicator_id;
    s.tab_request = kTabEditor;
}

Indicator* find_selected(AppState& s, Plan& plan) {
    return s.selected_indicator.empty() ? nullptr : find_indicator(plan, s.selected_indicator);
}

}  // namespace tolok::app
