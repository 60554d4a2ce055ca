// Implementation of the widget recorder (see widget_hooks.h) through ImGui's test-engine hooks, compiled with
// IMGUI_ENABLE_TEST_ENGINE (cmake/wasm-app.cmake).
#include "platform/widget_hooks.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <nlohmann/json.hpp>
#include <unordered_map>
#include <vector>

namespace {

struct Widget {
    ImGuiID id;
    std::string label;
    ImRect rect;
};

std::unordered_map<ImGuiID, ImRect> g_rects;  // this frame
std::vector<Widget> g_current, g_last;

}  // namespace

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect& bb, ImGuiID id) { g_rects[id] = bb; }

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    auto it = g_rects.find(id);
    if (it == g_rects.end() || !label) return;
    g_current.push_back(Widget{id, label, it->second});
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

namespace tolok::platform {

void widgets_begin_frame() {
    if (ImGuiContext* g = ImGui::GetCurrentContext()) g->TestEngineHookItems = true;
    g_last.swap(g_current);
    g_current.clear();
    g_rects.clear();
}

std::string widgets_json() {
    nlohmann::json out = nlohmann::json::array();
    const ImGuiContext* g = ImGui::GetCurrentContext();
    // The item that has the keyboard focus, when it is shown (Space or Enter would press it).
    const ImGuiID focused = g && !g->NavDisableHighlight ? g->NavId : 0;
    for (const auto& w : g_last) {
        if (w.rect.GetWidth() <= 0 || w.rect.GetHeight() <= 0) continue;  // not laid out yet (first frame of a tab bar)
        out.push_back({{"label", w.label}, {"id", w.id}, {"x", w.rect.Min.x}, {"y", w.rect.Min.y},
                       {"w", w.rect.GetWidth()}, {"h", w.rect.GetHeight()}, {"active", w.id == ImGui::GetActiveID()},
                        {"focused", focused != 0 && w.id == focused}});
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace tolok::platform
