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
#include "platform/web_files.h"
#include "platform/web_storage.h"
#include "platform/widget_hooks.h"

namespace {

GLFWwindow* g_window = nullptr;
std::unique_ptr<tolok::platform::LocalStorageStore> g_store;
std::unique_ptr<tolok::platform::BrowserFiles> g_files;
std::unique_ptr<tolok::app::App> g_app;
std::string g_reply;  // last string handed to JavaScript
bool g_first_frame = false;

EM_JS(int, tolok_css_width, (), { return window.innerWidth; });
EM_JS(int, tolok_css_height, (), { return window.innerHeight; });
EM_JS(void, tolok_first_frame, (), { if (window.tolokFirstFrame) window.tolokFirstFrame(); });

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
    int w = tolok_css_width(), h = tolok_css_height();
    int cw = 0, ch = 0;
    glfwGetWindowSize(g_window, &cw, &ch);
    if (cw != w || ch != h) emscripten_set_canvas_element_size("#canvas", w, h), glfwSetWindowSize(g_window, w, h);
    glfwPollEvents();
    tolok::platform::widgets_begin_frame();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
    ImGui::GetIO().DisplayFramebufferScale = ImVec2(1, 1);
    ImGui::NewFrame();
    g_app->frame();
    ImGui::Render();
    glViewport(0, 0, w, h);
    glClearColor(0.95f, 0.95f, 0.96f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!g_first_frame) {
        g_first_frame = true;
        tolok_first_frame();
    }
}

}  // namespace

extern "C" {
EMSCRIPTEN_KEEPALIVE const char* tolok_api_state() { return (g_reply = g_app->api_state()).c_str(); }
EMSCRIPTEN_KEEPALIVE const char* tolok_api_list_plans() { return (g_reply = g_app->api_list_plans()).c_str(); }
EMSCRIPTEN_KEEPALIVE const char* tolok_api_export_json() { return (g_reply = g_app->api_export_json()).c_str(); }
EMSCRIPTEN_KEEPALIVE const char* tolok_api_import_json(const char* text) { return (g_reply = g_app->api_import_json(text)).c_str(); }
EMSCRIPTEN_KEEPALIVE const char* tolok_api_capaian(int year) { return (g_reply = g_app->api_capaian(year)).c_str(); }
EMSCRIPTEN_KEEPALIVE void tolok_api_set_lang(const char* lang) { g_app->api_set_lang(lang); }
EMSCRIPTEN_KEEPALIVE const char* tolok_api_widgets() { return (g_reply = tolok::platform::widgets_json()).c_str(); }
EMSCRIPTEN_KEEPALIVE void tolok_before_unload() { g_app->on_before_unload(); }
EMSCRIPTEN_KEEPALIVE void tolok_file_opened(const char* name, const char* content) { g_app->on_file_opened(name, content); }
}

int main() {
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    g_window = glfwCreateWindow(tolok_css_width(), tolok_css_height(), "Tolok", nullptr, nullptr);
    if (!g_window) return 1;
    glfwMakeContextCurrent(g_window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is not persisted in the in-memory file system
    ImGui::StyleColorsLight();
    ImGui::GetStyle().CellPadding = ImVec2(6, 4);
    if (!io.Fonts->AddFontFromFileTTF("/fonts/Inter-Regular.otf", 16.0f)) io.Fonts->AddFontDefault();
    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    g_store = std::make_unique<tolok::platform::LocalStorageStore>();
    tolok::app::Services services;
    services.store = g_store.get();
    g_files = std::make_unique<tolok::platform::BrowserFiles>();
    services.files = g_files.get();
    services.now_seconds = now_seconds;
    services.now_iso = now_iso;
    g_app = std::make_unique<tolok::app::App>(services);
    g_app->start();
    emscripten_set_main_loop(frame, 0, 1);
    return 0;
}
