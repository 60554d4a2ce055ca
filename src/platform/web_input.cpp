// Implementation of the web input fixes (see web_input.h). The JavaScript half (pointer listeners, paste event)
// lives in web/index.html and fills window.tolokInput.
#include "platform/web_input.h"

#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_internal.h>

#include <deque>
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

// Moves the hidden text input to the text cursor, so an IME shows its candidate window beside the caret; kept inside
// the window: placed below it (a field under an on-screen keyboard that shrank the page), the browser scrolled the
// page to show it as the user typed, and the menu and tabs went off the top.
EM_JS(void, tolok_text_place, (int x, int y), {
    var t = document.getElementById('textinput');
    if (!t) return;
    t.style.left = Math.max(0, Math.min(x, window.innerWidth - 24)) + 'px';
    t.style.top = Math.max(0, Math.min(y, window.innerHeight - 24)) + 'px';
});

EM_JS(double, tolok_pixel_ratio, (), { return window.devicePixelRatio || 1; });
EM_JS(int, tolok_inner_width, (), { return window.innerWidth; });
EM_JS(int, tolok_inner_height, (), { return window.innerHeight; });

namespace {
std::string g_clipboard;  // what the app last copied

// Browser key events arrive between frames, and ImGui 1.86 only looks at the keys' state when a frame starts: a key
// pressed and released between two frames, or pressed twice, counts as no press or one. Its characters of a frame
// go to the text field before its keys, and a Tab moves the focus one frame after the frame that sees it. So events
// are queued as they come and handed to ImGui at the start of a frame, in order, up to the first key ImGui acts on
// (editing, moving, a shortcut): the rest waits for the next frame. "a<Backspace>b" typed between two frames, "18
// prd" cleared with 40 quick Backspaces, "80%<Tab>55" and Ctrl+A followed by typing all come out as typed.
struct InputEvent {
    enum class Kind { Key, Char, Text } kind;
    GLFWwindow* window;
    int key, scancode, action, mods;  // Key
    unsigned int codepoint;           // Char
    std::string text;                 // Text: pasted or composed in the page
};
std::deque<InputEvent> g_queue;
// Text pasted with Ctrl+V arrives while Ctrl is down, and ImGui ignores characters while Ctrl is held: it is queued
// right after the Ctrl release, before the keys typed next.
bool g_queued_ctrl_down = false;
std::string g_text_after_ctrl;

// After a key that moves the focus (Tab, Enter, Esc), nothing more is handed over until the text field that had the
// keyboard is no longer the active item (the focus moved, or the field was left), at most kMaxFramesHeld frames (a
// focus key outside any field moves nothing).
constexpr int kMaxFramesHeld = 5;
int g_frames_since_focus_key = -1;  // -1: no focus key pending
ImGuiID g_active_at_focus_key = 0;

bool moves_focus(int key) {
    return key == GLFW_KEY_TAB || key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER || key == GLFW_KEY_ESCAPE;
}

bool is_modifier(int key) {
    return key == GLFW_KEY_LEFT_SHIFT || key == GLFW_KEY_RIGHT_SHIFT || key == GLFW_KEY_LEFT_CONTROL ||
           key == GLFW_KEY_RIGHT_CONTROL || key == GLFW_KEY_LEFT_ALT || key == GLFW_KEY_RIGHT_ALT ||
           key == GLFW_KEY_LEFT_SUPER || key == GLFW_KEY_RIGHT_SUPER;
}

// A press ImGui acts on as a key, not through the character it types: editing and moving keys, any key held
// with Ctrl or Super (shortcuts: Ctrl+A, Ctrl+Z...), and Space outside a text field (it presses the focused
// button or checkbox: pressed and released between two frames, it was not seen at all).
bool acted_on_as_key(const InputEvent& e) {
    if (e.key == GLFW_KEY_SPACE) return !(GImGui && GImGui->ActiveId != 0 && GImGui->ActiveId == GImGui->InputTextState.ID);
    switch (e.key) {
        case GLFW_KEY_TAB: case GLFW_KEY_LEFT: case GLFW_KEY_RIGHT: case GLFW_KEY_UP: case GLFW_KEY_DOWN:
        case GLFW_KEY_PAGE_UP: case GLFW_KEY_PAGE_DOWN: case GLFW_KEY_HOME: case GLFW_KEY_END: case GLFW_KEY_INSERT:
        case GLFW_KEY_DELETE: case GLFW_KEY_BACKSPACE: case GLFW_KEY_ENTER: case GLFW_KEY_KP_ENTER:
        case GLFW_KEY_ESCAPE:
            return true;
        default:
            return !is_modifier(e.key) && (e.mods & (GLFW_MOD_CONTROL | GLFW_MOD_SUPER)) != 0;
    }
}

// Still waiting for the focus to leave the field that had it when a focus key was handed over.
bool waiting_for_focus() {
    if (g_frames_since_focus_key < 0) return false;
    ++g_frames_since_focus_key;
    const bool focus_moved = !GImGui || GImGui->ActiveId != g_active_at_focus_key || g_active_at_focus_key == 0;
    if ((focus_moved && g_frames_since_focus_key >= 1) || g_frames_since_focus_key >= kMaxFramesHeld) {
        g_frames_since_focus_key = -1;
        return false;
    }
    return true;
}

bool is_ctrl(int key) {
    return key == GLFW_KEY_LEFT_CONTROL || key == GLFW_KEY_RIGHT_CONTROL || key == GLFW_KEY_LEFT_SUPER ||
           key == GLFW_KEY_RIGHT_SUPER;
}

void queue_text(const std::string& text) {
    if (!text.empty()) g_queue.push_back(InputEvent{InputEvent::Kind::Text, nullptr, 0, 0, 0, 0, 0, text});
}

void queue_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
    g_queue.push_back(InputEvent{InputEvent::Kind::Key, window, key, scancode, action, mods, 0, {}});
    if (is_ctrl(key) && action == GLFW_PRESS) g_queued_ctrl_down = true;
    if (is_ctrl(key) && action == GLFW_RELEASE) {
        g_queued_ctrl_down = false;
        queue_text(g_text_after_ctrl);
        g_text_after_ctrl.clear();
    }
}

void queue_char(GLFWwindow* window, unsigned int codepoint) {
    g_queue.push_back(InputEvent{InputEvent::Kind::Char, window, 0, 0, 0, 0, codepoint, {}});
}
}  // namespace

// Text inserted from the page (the browser's paste event, IME, on-screen keyboards): `size` bytes of UTF-8 on the
// heap (index.html). It takes its place in the key queue, so it lands among the keys in the order they came.
extern "C" EMSCRIPTEN_KEEPALIVE void tolok_paste(const char* text, int size) {
    std::string clean;
    for (int i = 0; i < size; ++i)
        if (text[i] != '\r' && text[i] != '\0') clean += text[i];
    if (g_queued_ctrl_down) g_text_after_ctrl += clean;
    else queue_text(clean);
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

// What this frame's widgets asked for: io.WantTextInput is only updated at the next NewFrame, so a field left in this
// frame kept the page's text input (paste, IME) focused for one more frame.
void sync_text_focus() { tolok_text_focus(GImGui && GImGui->WantTextInputNextFrame == 1 ? 1 : 0); }

void install_key_filter(GLFWwindow* window) {
    glfwSetKeyCallback(window, queue_key);
    glfwSetCharCallback(window, queue_char);
}

void deliver_key_events() {
    // While waiting for the focus to move, only releases at the head of the queue go through (a Tab held down into
    // ImGui's key repeat would move the focus again).
    const bool waiting = waiting_for_focus();
    std::set<int> released;  // keys released in this frame: a new press of one waits for the next frame
    while (!g_queue.empty()) {
        const InputEvent e = g_queue.front();
        if (e.kind == InputEvent::Kind::Char) {
            if (waiting) break;
            ImGui_ImplGlfw_CharCallback(e.window, e.codepoint);
        } else if (e.kind == InputEvent::Kind::Text) {
            if (waiting || ImGui::GetIO().KeyCtrl) break;  // ImGui drops characters while Ctrl is held
            ImGui::GetIO().AddInputCharactersUTF8(e.text.c_str());
        } else if (e.action == GLFW_RELEASE) {
            ImGui_ImplGlfw_KeyCallback(e.window, e.key, e.scancode, e.action, e.mods);
            released.insert(e.key);
        } else {
            if (waiting || (e.action == GLFW_PRESS && released.count(e.key))) break;
            ImGui_ImplGlfw_KeyCallback(e.window, e.key, e.scancode, e.action, e.mods);
            if (e.action == GLFW_PRESS && acted_on_as_key(e)) {
                g_queue.pop_front();
                if (moves_focus(e.key)) {
                    g_frames_since_focus_key = 0;
                    g_active_at_focus_key = GImGui ? GImGui->ActiveId : 0;
                }
                return;  // one such key a frame
            }
        }
        g_queue.pop_front();
    }
}

void hold_input() {
    ImGuiIO& io = ImGui::GetIO();
    for (bool& down : io.MouseDown) down = false;
    io.MouseWheel = io.MouseWheelH = 0.0f;
    for (bool& down : io.KeysDown) down = false;
    io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
    io.ClearInputCharacters();
    g_text_after_ctrl.clear();
    g_queue.clear();
    g_frames_since_focus_key = -1;
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
