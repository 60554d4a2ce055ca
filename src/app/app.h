// The Tolok app: one object holding the state, drawing every panel with Dear ImGui once per frame, and answering
// the JavaScript API (window.tolok) through the same command path as the UI.
#pragma once

#include <memory>
#include <string>

#include "app/services.h"

namespace tolok::app {

struct AppState;  // defined in app/state.h

class App {
public:
    explicit App(Services services);
    ~App();

    // Loads saved plans (newest valid storage slot or mirror); opens the built-in plan on first start.
    void start();
    // Draws the UI between ImGui::NewFrame() and ImGui::Render() (the platform calls both), then runs the
    // command queue and the autosave timer.
    void frame();
    // Runs the autosave timer (called by frame(); separate so native tests drive it without ImGui).
    void tick();
    static constexpr double kAutosaveDelaySeconds = 0.5;

    // The browser tab's title: the plan shown and, before it is saved, a "*" ("* Sekretariat Daerah - Tolok"), so a
    // user with many tabs sees which holds unsaved work.
    std::string window_title() const;

    // Platform events.
    void on_file_opened(const std::string& name, const std::string& content);   // picker or drop
    void on_before_unload();  // last chance to save
    // Before leaving: the next frame leaves the text field being typed in, so what it holds unapplied (a number read
    // when its field is left, the period's years) is applied; the platform then runs that frame and on_before_unload.
    void leave_text_field();
    // The durable mirror has been read (a browser reads IndexedDB after the first frame): its copy replaces the
    // plans loaded at start when it is newer, which happens after a crash lost localStorage's last writes. Only
    // while nothing has changed since the start (the platform holds input until this call).
    void on_mirror_ready();
    // Another tab or window of Tolok wrote `key` of the shared storage (the browser's "storage" event): saved plans
    // are loaded, or, over unsaved changes, the user is asked which copy to keep (state.h, on_plans_saved_elsewhere);
    // the exchange record is read again so this tab does not write an older one back.
    void on_storage_changed(const std::string& key);
    // Another tab saved to the durable mirror alone (localStorage full) and the platform has read the mirror again:
    // the same as a save seen in localStorage (on_plans_saved_elsewhere).
    void on_mirror_changed();
    // An Excel download (FileService::download_xlsx) could not be made: the user is told, and offered CSV.
    void on_xlsx_failed();
    // The clipboard's text asked for with FileService::read_clipboard (the table import dialog's Tempel button), or
    // the browser's refusal to give it.
    void on_clipboard_text(const std::string& text);
    void on_clipboard_refused();

    // JavaScript API (window.tolok): JSON texts in and out.
    std::string api_state() const;        // {"plans":N,"current":"id","indicators":N,"dirty":bool,
                                          //  "lastSave":"iso"|null,"saveStatus":"ok"|"quota"|"failed"|"conflict"|"never",
                                          //  "lang":"id"|"en","message":"..."}
    std::string api_list_plans() const;   // [{"id","title","office","start","end","indicators"}]
    std::string api_export_json() const;  // current plan as the documented JSON (plan_json.h)
    std::string api_import_json(const std::string& text);  // {"ok":true,"plans":[ids]} or
                                                           // {"ok":false,"errors":[{"id","location","message"}]}
    std::string api_capaian(int year) const;  // [{"code","indicator","target","actual","achievement","category",
                                              //   "explanation"}] for the current plan
    void api_set_lang(const std::string& lang);  // "id" | "en"

    AppState& state();

private:
    std::unique_ptr<AppState> state_;
};

}  // namespace tolok::app
