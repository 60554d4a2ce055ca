// Implementation of the widget recorder (see widget_hooks.h) through ImGui's test-engine hooks, compiled with
// IMGUI_ENABLE_TEST_ENGINE (cmake/wasm-app.cmake), and of the screen text capture through ImGui's text logging.
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

// Screen text: ImGui logs the text it draws while logging is on, and stops logging at the End() of every window
// that is not a child (a dialog inside the main window too). Logging "to the clipboard" hands each window's text to
// io.SetClipboardTextFn at that End(), which the capture takes over; the next item added turns logging on again.
bool g_capturing = false;
std::string g_captured;
void (*g_saved_clipboard_fn)(void*, const char*) = nullptr;

void keep_captured(void*, const char* text) { g_captured += text; }

void capture_again() {
    if (g_capturing && !GImGui->LogEnabled && GImGui->CurrentWindow) ImGui::LogToClipboard(0);
}

}  // namespace

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect& bb, ImGuiID id) {
    g_rects[id] = bb;
    capture_again();
}

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

void screen_text_begin() {
    g_captured.clear();
    g_capturing = true;
    g_saved_clipboard_fn = ImGui::GetIO().SetClipboardTextFn;
    ImGui::GetIO().SetClipboardTextFn = keep_captured;
    ImGui::LogToClipboard(0);  // depth 0: logging opens no collapsed tree node
}

std::string screen_text_end() {
    ImGui::LogFinish();
    ImGui::GetIO().SetClipboardTextFn = g_saved_clipboard_fn;
    g_capturing = false;
    return std::move(g_captured);
}

}  // namespace tolok::platform
