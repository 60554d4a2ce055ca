// Implementation of the web input fixes (see web_input.h). The JavaScript half (pointer listeners, paste event)
// lives in web/index.html and fills window.tolokInput.
#include "platform/web_input.h"

#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_internal.h>

#include <set>
#include <string>
#include <vector>

EM_JS(int, tolok_read_pointer, (float* out), {
    var p = window.tolokInput;
    if (!p) return 0;
    HEAPF32[(out >> 2) + 0] = p.x;
    HEAPF32[(out >> 2) + 1] = p.y;
    for (var i = 0; i < 3; i++) {
        HEAPF32[(out >> 2) + 2 + i] = (p.down[i] || p.pressed[i]) ? 1 : 0;
        p.pressed[i] = 0;
    }
    HEAPF32[(out >> 2) + 5] = p.wheelX;
    HEAPF32[(out >> 2) + 6] = p.wheelY;
    p.wheelX = 0;
    p.wheelY = 0;
    return 1;
});

EM_JS(void, tolok_clipboard_write, (const char* text), {
    var t = UTF8ToString(text);
    window.tolokClipboard = t;
    try { if (navigator.clipboard) navigator.clipboard.writeText(t).catch(function () {}); } catch (e) {}
});

EM_JS(void, tolok_text_focus, (int want), { if (window.tolokTextFocus) window.tolokTextFocus(want); });

// Moves the hidden text input to the text cursor, so an IME shows its candidate window beside the caret.
EM_JS(void, tolok_text_place, (int x, int y), {
    var t = document.getElementById('textinput');
    if (t) { t.style.left = x + 'px'; t.style.top = y + 'px'; }
});

EM_JS(double, tolok_pixel_ratio, (), { return window.devicePixelRatio || 1; });
EM_JS(int, tolok_inner_width, (), { return window.innerWidth; });
EM_JS(int, tolok_inner_height, (), { return window.innerHeight; });

namespace {
std::string g_clipboard;  // what the app last copied

struct KeyEvent {
    GLFWwindow* window;
    int key, scancode, mods;
};
// Browser key events arrive between frames. A key that went down and up between the same two frames would be up
// again before ImGui's next NewFrame looks, and the press lost; its release is held back until the frame that sees
// the press has run.
std::set<int> g_pressed_since_frame;         // keys that went down since the last frame started
std::vector<KeyEvent> g_deferred_releases;   // their releases, held back from the next frame
std::vector<KeyEvent> g_releases_due;        // releases held back from the frame that just ran, applied next

// A key that moves the keyboard focus (Tab, Enter, Esc) ends what the app may receive for a while: ImGui 1.86 gives a
// frame's characters to the field active when they are read, and a Tab moves the focus only in the frame after the
// one that sees it (the field being left still takes that frame's characters). So "80%<Tab>55" typed between two
// frames put "55" into the field being left. Keys and characters after such a key wait until the focus has moved.
struct Held {
    GLFWwindow* window;
    bool is_char;
    int key, scancode, action, mods;
    unsigned int codepoint;
};
// Held until the text field that had the keyboard is no longer the active item (the focus moved, or the field was
// left), at most kMaxFramesHeld frames (a focus key outside any field moves nothing).
constexpr int kMaxFramesHeld = 6;
int g_focus_frames_left = 0;
ImGuiID g_active_at_focus_key = 0;
std::vector<Held> g_held_for_next_frame;

bool moves_focus(int key) {
    return key == GLFW_KEY_TAB || key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER || key == GLFW_KEY_ESCAPE;
}

void filtered_key_callback(GLFWwindow* window, int key, int scancode, int action, int mods) {
    if (g_focus_frames_left > 0) {
        g_held_for_next_frame.push_back(Held{window, false, key, scancode, action, mods, 0});
        return;
    }
    if (action == GLFW_PRESS && moves_focus(key)) {
        g_focus_frames_left = kMaxFramesHeld;
        g_active_at_focus_key = GImGui ? GImGui->ActiveId : 0;
    }
    if (action == GLFW_PRESS) g_pressed_since_frame.insert(key);
    if (action == GLFW_RELEASE && g_pressed_since_frame.count(key)) {
        g_deferred_releases.push_back(KeyEvent{window, key, scancode, mods});
        return;
    }
    ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

void filtered_char_callback(GLFWwindow* window, unsigned int codepoint) {
    if (g_focus_frames_left > 0) {
        g_held_for_next_frame.push_back(Held{window, true, 0, 0, 0, 0, codepoint});
        return;
    }
    ImGui_ImplGlfw_CharCallback(window, codepoint);
}
}  // namespace

namespace {
std::string g_pending_text;  // pasted or composed text waiting for Ctrl to be released
}

// Text pasted in the page (the browser's paste event) or composed by an IME goes to the focused ImGui text field.
// ImGui ignores typed characters while Ctrl is held, so the text is delivered once Ctrl is up (deliver_text).
// Text inserted from the page (paste, IME, on-screen keyboards): `size` bytes of UTF-8 on the heap (index.html).
extern "C" EMSCRIPTEN_KEEPALIVE void tolok_paste(const char* text, int size) {
    for (int i = 0; i < size; ++i)
        if (text[i] != '\r' && text[i] != '\0') g_pending_text += text[i];
}

namespace tolok::platform {

void install_clipboard() {
    ImGuiIO& io = ImGui::GetIO();
    io.SetClipboardTextFn = [](void*, const char* text) {
        g_clipboard = text ? text : "";
        tolok_clipboard_write(g_clipboard.c_str());
    };
    // Ctrl+V is served by the paste event (tolok_paste), which carries text from other programs; ImGui's own
    // Ctrl+V handling gets nothing, so text is never pasted twice.
    io.GetClipboardTextFn = [](void*) -> const char* { return ""; };
}

void install_ime_position() {
    ImGui::GetIO().ImeSetInputScreenPosFn = [](int x, int y) { tolok_text_place(x, y); };
}

void sync_text_focus() { tolok_text_focus(ImGui::GetIO().WantTextInput ? 1 : 0); }

void install_key_filter(GLFWwindow* window) {
    glfwSetKeyCallback(window, filtered_key_callback);
    glfwSetCharCallback(window, filtered_char_callback);
}

void release_deferred_keys() {
    std::vector<KeyEvent> due;
    due.swap(g_releases_due);
    for (const auto& e : due) ImGui_ImplGlfw_KeyCallback(e.window, e.key, e.scancode, GLFW_RELEASE, e.mods);
    // Pressed and released since the last frame: still down for the frame that starts now, up at the next.
    g_releases_due.swap(g_deferred_releases);
    g_pressed_since_frame.clear();
    // Once the focus has moved: what came after the focus key, in order, up to the next one (the rest waits again).
    if (g_focus_frames_left > 0) {
        // The frame that sees the key has run once the key is no longer new; the focus has moved once the active
        // item differs from the one that had the keyboard (or there was none).
        const bool focus_moved = !GImGui || GImGui->ActiveId != g_active_at_focus_key || g_active_at_focus_key == 0;
        if (--g_focus_frames_left > 0 && !(focus_moved && g_focus_frames_left < kMaxFramesHeld - 1)) return;
        g_focus_frames_left = 0;
    }
    std::vector<Held> held;
    held.swap(g_held_for_next_frame);
    for (const Held& h : held) {
        if (h.is_char) filtered_char_callback(h.window, h.codepoint);
        else filtered_key_callback(h.window, h.key, h.scancode, h.action, h.mods);
    }
}

void deliver_text() {
    ImGuiIO& io = ImGui::GetIO();
    if (g_pending_text.empty() || io.KeyCtrl) return;
    io.AddInputCharactersUTF8(g_pending_text.c_str());
    g_pending_text.clear();
}

void hold_input() {
    ImGuiIO& io = ImGui::GetIO();
    for (bool& down : io.MouseDown) down = false;
    io.MouseWheel = io.MouseWheelH = 0.0f;
    for (bool& down : io.KeysDown) down = false;
    io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
    io.ClearInputCharacters();
    g_pending_text.clear();
    g_held_for_next_frame.clear();
}

void apply_pointer_input() {
    float p[7];
    if (!tolok_read_pointer(p)) return;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(p[0], p[1]);
    for (int i = 0; i < 3; ++i) io.MouseDown[i] = p[2 + i] != 0.0f;
    io.MouseWheelH = p[5];
    io.MouseWheel = p[6];
}

void fit_canvas(int& css_width, int& css_height, float& pixel_ratio) {
    css_width = tolok_inner_width();
    css_height = tolok_inner_height();
    pixel_ratio = static_cast<float>(tolok_pixel_ratio());
    int w = static_cast<int>(css_width * pixel_ratio), h = static_cast<int>(css_height * pixel_ratio);
    int cw = 0, ch = 0;
    emscripten_get_canvas_element_size("#canvas", &cw, &ch);
    if (cw != w || ch != h) emscripten_set_canvas_element_size("#canvas", w, h);
}

}  // namespace tolok::platform
