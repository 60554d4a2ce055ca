// STUB (being replaced by the app-ui work): the App object. See app.h.
#include "app/app.h"
namespace tolok::app {
struct AppState {};
App::App(Services) : state_(std::make_unique<AppState>()) {}
App::~App() = default;
void App::start() {}
void App::frame() {}
void App::on_file_opened(const std::string&, const std::string&) {}
void App::on_before_unload() {}
std::string App::api_state() const { return "{}"; }
std::string App::api_list_plans() const { return "[]"; }
std::string App::api_export_json() const { return "{}"; }
std::string App::api_import_json(const std::string&) { return "{\"ok\":false,\"errors\":[]}"; }
std::string App::api_capaian(int) const { return "[]"; }
void App::api_set_lang(const std::string&) {}
AppState& App::state() { return *state_; }
}  // namespace tolok::app
