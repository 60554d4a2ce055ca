// What the user was looking at, kept across restarts: the plan open, the interface language, the year chosen, the
// tab shown and the indicator open in the editor; also the document language and each plan's cap as it was when
// turned off (so turned on again after a restart it comes back as it was).
// Stored apart from the plans, under "tolok.v1.view" (a small JSON object), written only when it changes; a
// missing or unreadable entry just means the defaults (first plan, Indonesian, the plan's last year, the plan tab,
// the first indicator).
#pragma once

namespace tolok::app {

struct AppState;

constexpr const char* kViewKey = "tolok.v1.view";

// After the plans are loaded: opens the plan, language, year, tab and indicator last used when they still apply.
void load_view_prefs(AppState& s);
// Once per frame: writes the entry when any of them changed since it was last written.
void save_view_prefs_if_changed(AppState& s);

}  // namespace tolok::app
