// The browser entry point: GLFW window with a WebGL2 context, Dear ImGui with the Inter font, the main loop, the
// App wired to the browser services, and the C functions behind window.tolok (see web/index.html).
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <chrono>
#include <ctime>
#include <memory>
#include <string>

#include "app/app.h"
#include "core/xlsx_export.h"
#include "platform/web_files.h"
#include "platform/web_fonts.h"
#include "platform/web_input.h"
#include "platform/web_mirror.h"
#include "platform/web_storage.h"
#include "platform/widget_hooks.h"

namespace {

GLFWwindow* g_window = nullptr;
std::unique_ptr<tolok::platform::LocalStorageStore> g_store;
std::unique_ptr<tolok::platform::BrowserFiles> g_files;
std::unique_ptr<tolok::platform::IdbMirror> g_mirror;
std::unique_ptr<tolok::app::App> g_app;
std::string g_reply;  // last string handed to JavaScript
bool g_first_frame = false;
bool g_capture_text = false;  // the next frame's drawn text goes to g_reply (tolok_api_screen_text)
// The app starts, and shows its first frame, as soon as the window (GL context, ImGui) is ready, with the plans
// saved in localStorage. The IndexedDB mirror is read in the background (most often it is already there): until it
// is, input is held, then App::on_mirror_ready takes its copy if it is newer (after a crash), and window.tolok.ready
// resolves.
bool g_window_ready = false;
bool g_mirror_ready = false;
double g_frame_ms = 0;  // CPU time of the last frame (input, layout, app, draw lists, GL submission)

EM_JS(int, tolok_css_width, (), { return window.innerWidth; });
EM_JS(int, tolok_css_height, (), { return window.innerHeight; });
EM_JS(double, tolok_start_pixel_ratio, (), { return window.devicePixelRatio || 1; });
EM_JS(int, tolok_coarse_pointer, (), { return window.matchMedia && window.matchMedia('(pointer: coarse)').matches ? 1 : 0; });
EM_JS(void, tolok_first_frame, (), { if (window.tolokFirstFrame) window.tolokFirstFrame(); });
EM_JS(void, tolok_app_ready, (), { if (window.tolokAppReady) window.tolokAppReady(); });

double now_seconds() {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

std::string now_iso() {
    std::time_t t = std::time(nullptr);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
    return buf;
}

void frame() {
    const double started = emscripten_get_now();
    int w = 0, h = 0;
    float dpr = 1.0f;
    tolok::platform::fit_canvas(w, h, dpr);
    tolok::platform::refresh_fonts(dpr);
    tolok::platform::deliver_key_events();
    glfwPollEvents();
    tolok::platform::widgets_begin_frame();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // ImGui lays out in CSS pixels and renders at the device pixel ratio (crisp on HiDPI screens).
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
    io.DisplayFramebufferScale = ImVec2(dpr, dpr);
    tolok::platform::apply_pointer_input();
    if (!g_mirror_ready) tolok::platform::hold_input();
    ImGui::NewFrame();
    if (g_capture_text) tolok::platform::screen_text_begin();
    g_app->frame();
    if (g_capture_text) g_reply = tolok::platform::screen_text_end();
    // The tab's title follows the plan and its saved state (set only when it changes: a DOM write).
    static std::string shown_title;
    if (std::string title = g_app->window_title(); title != shown_title) {
        emscripten_set_window_title(title.c_str());
        shown_title = std::move(title);
    }
    ImGui::Render();
    tolok::platform::sync_text_focus();
    glViewport(0, 0, static_cast<int>(w * dpr), static_cast<int>(h * dpr));
    glClearColor(0.95f, 0.95f, 0.96f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    g_frame_ms = emscripten_get_now() - started;
    if (!g_first_frame) {
        g_first_frame = true;
        tolok_first_frame();
        if (g_mirror_ready) tolok_app_ready();
    }
}

void start_app() {
    if (!g_window_ready || g_app) return;
    g_store = std::make_unique<tolok::platform::LocalStorageStore>();
    g_files = std::make_unique<tolok::platform::BrowserFiles>();
    g_mirror = std::make_unique<tolok::platform::IdbMirror>();
    tolok::app::Services services;
    services.store = g_store.get();
    services.files = g_files.get();
    services.mirror = g_mirror.get();
    services.now_seconds = now_seconds;
    services.now_iso = now_iso;
    services.utc_offset_minutes = [] { return EM_ASM_INT({ return -new Date().getTimezoneOffset(); }); };
    g_app = std::make_unique<tolok::app::App>(services);
    g_app->start();
    emscripten_set_main_loop(frame, 0, 0);
    frame();  // the first frame now, not at the next animation frame
}

}  // namespace

extern "C" {
EMSCRIPTEN_KEEPALIVE const char* tolok_api_state() { return (g_reply = g_app->api_state()).c_str(); }
EMSCRIPTEN_KEEPALIVE const char* tolok_api_list_plans() { return (g_reply = g_app->api_list_plans()).c_str(); }
EMSCRIPTEN_KEEPALIVE const char* tolok_api_export_json() { return (g_reply = g_app->api_export_json()).c_str(); }
// Texts and files come as (bytes, size) on the heap, not as ccall strings on the stack (index.html withHeapBytes).
EMSCRIPTEN_KEEPALIVE const char* tolok_api_import_json(const char* text, int size) {
    return (g_reply = g_app->api_import_json(std::string(text, static_cast<size_t>(size)))).c_str();
}
EMSCRIPTEN_KEEPALIVE const char* tolok_api_capaian(int year) { return (g_reply = g_app->api_capaian(year)).c_str(); }
EMSCRIPTEN_KEEPALIVE void tolok_api_set_lang(const char* lang) { g_app->api_set_lang(lang); }
EMSCRIPTEN_KEEPALIVE const char* tolok_api_widgets() { return (g_reply = tolok::platform::widgets_json()).c_str(); }
EMSCRIPTEN_KEEPALIVE double tolok_frame_ms() { return g_frame_ms; }
// One frame now, its drawn text returned (what a user reads; for tests).
EMSCRIPTEN_KEEPALIVE const char* tolok_api_screen_text() {
    g_capture_text = true;
    frame();
    g_capture_text = false;
    return g_reply.c_str();
}
EMSCRIPTEN_KEEPALIVE void tolok_before_unload() {
    if (!g_app) return;
    // A field being typed in holds text not yet applied (a number is read when its field is left): one more frame
    // leaves it, so that text is applied, and then saved.
    if (ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput) {
        g_app->leave_text_field();
        frame();
    }
    g_app->on_before_unload();
}
EMSCRIPTEN_KEEPALIVE void tolok_storage_changed(const char* key) { if (g_app) g_app->on_storage_changed(key); }
// The Excel module's answer to BrowserFiles::download_xlsx (web_files.cpp).
EMSCRIPTEN_KEEPALIVE void tolok_xlsx_done(const char* name, const char* data, int size) {
    if (g_files) g_files->download(name, tolok::kXlsxMimeType, std::string(data, static_cast<size_t>(size)));
}
EMSCRIPTEN_KEEPALIVE void tolok_xlsx_failed() { if (g_app) g_app->on_xlsx_failed(); }
EMSCRIPTEN_KEEPALIVE void tolok_clipboard_text(const char* text, int size) {
    if (g_app) g_app->on_clipboard_text(std::string(text, static_cast<size_t>(size)));
}
EMSCRIPTEN_KEEPALIVE void tolok_clipboard_refused() { if (g_app) g_app->on_clipboard_refused(); }
EMSCRIPTEN_KEEPALIVE void tolok_file_opened(const char* name, const char* bytes, int size) {
    if (g_app) g_app->on_file_opened(name, std::string(bytes, static_cast<size_t>(size)));
}
}

void mirror_mounted() {
    g_mirror_ready = true;
    if (!g_app) return;  // read before the app started: the app loads it itself
    g_app->on_mirror_ready();
    if (g_first_frame) tolok_app_ready();
}

int main() {
    // IndexedDB's copy of the saved plans is mounted first: when the page has read it already (the usual case),
    // the app starts with it; otherwise it arrives after the first frame (mirror_mounted).
    tolok::platform::mount_mirror(mirror_mounted, [] {
        if (g_app) g_app->on_mirror_changed();
    });
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // ImGui draws 2D triangles only: no depth or stencil buffer (the same attributes as the WebGL2 check in
    // web/index.html, whose context is reused).
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    g_window = glfwCreateWindow(tolok_css_width(), tolok_css_height(), "Tolok", nullptr, nullptr);
    if (!g_window) return 1;
    glfwMakeContextCurrent(g_window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is not persisted in the in-memory file system
    // Keyboard use without a mouse: arrows move between widgets, Space/Enter press them, Tab goes through fields.
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui::StyleColorsLight();
    // Menus, combo lists and dialogs opaque (the light style's 2 % see-through let the table behind show in them) and
    // of the window's grey: on the light style's white, a dialog's white text fields could not be seen.
    ImGui::GetStyle().Colors[ImGuiCol_PopupBg] = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    ImGui::GetStyle().Colors[ImGuiCol_PopupBg].w = 1.0f;
    ImGui::GetStyle().CellPadding = ImVec2(6, 4);
    // A finger is wider than a mouse pointer: on a device whose main pointer is one (a tablet), fields, buttons,
    // tabs and scrollbars are taller and further apart, and every item is hit a little beyond its edges.
    if (tolok_coarse_pointer()) {
        ImGuiStyle& style = ImGui::GetStyle();
        style.FramePadding.y = 8;
        style.ItemSpacing.y = 8;
        style.ItemInnerSpacing.x = 8;
        style.CellPadding.y = 6;
        style.ScrollbarSize = 22;
        style.GrabMinSize = 20;
        style.TouchExtraPadding = ImVec2(4, 4);
    }
    tolok::platform::load_fonts(static_cast<float>(tolok_start_pixel_ratio()));
    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    // The font atlas and the shaders are made now, while IndexedDB is still being read, not in the first frame.
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    tolok::platform::install_clipboard();
    tolok::platform::install_ime_position();
    tolok::platform::install_key_filter(g_window);

    g_window_ready = true;
    start_app();
    return 0;
}
