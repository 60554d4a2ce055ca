// The view kept across restarts (see view_prefs.h).
#include "app/logic/view_prefs.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/state.h"

namespace tolok::app {

namespace {

std::string view_text(const AppState& s) {
    nlohmann::json j;
    j["plan"] = s.plans.empty() ? "" : s.plans[s.current].id;
    j["lang"] = s.lang == Lang::En ? "en" : "id";
    j["docLang"] = s.document_lang == Lang::En ? "en" : "id";
    j["year"] = s.year;
    if (s.regency_year != 0) j["regencyYear"] = s.regency_year;
    j["tab"] = s.shown_tab;
    j["indicator"] = s.selected_indicator;
    if (!s.cap_turned_off.empty()) j["capsOff"] = s.cap_turned_off;  // a cap turned off comes back as it was, also after a restart
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

void load_view_prefs(AppState& s) {
    if (!s.services.store) return;
    auto text = s.services.store->read(kViewKey);
    nlohmann::json j = text ? nlohmann::json::parse(*text, nullptr, false) : nlohmann::json();
    // The defaults are not written until the view changes.
    s.view_prefs_written = view_text(s);
    if (!j.is_object()) return;
    if (auto lang = j.find("lang"); lang != j.end() && lang->is_string()) s.lang = *lang == "en" ? Lang::En : Lang::Id;
    if (auto lang = j.find("docLang"); lang != j.end() && lang->is_string()) s.document_lang = *lang == "en" ? Lang::En : Lang::Id;
    if (auto plan = j.find("plan"); plan != j.end() && plan->is_string())
        for (size_t i = 0; i < s.plans.size(); ++i)
            if (s.plans[i].id == plan->get<std::string>()) s.current = i;
    if (auto year = j.find("year"); year != j.end() && year->is_number_integer() && !s.plans.empty() &&
                                    s.plans[s.current].in_period(year->get<int>()))
        s.year = year->get<int>();
    else if (!s.plans.empty())
        s.year = default_year(s, s.plans[s.current]);
    if (auto year = j.find("regencyYear"); year != j.end() && year->is_number_integer() &&
                                           std::any_of(s.plans.begin(), s.plans.end(), [&](const Plan& p) { return p.in_period(year->get<int>()); }))
        s.regency_year = year->get<int>();  // any plan's year: the Kabupaten tab spans them all
    if (auto tab = j.find("tab"); tab != j.end() && tab->is_number_integer() && *tab >= 0 && *tab < kTabCount) {
        s.shown_tab = tab->get<int>();
        s.tab_request = s.shown_tab;
    }
    if (auto id = j.find("indicator"); id != j.end() && id->is_string() && !s.plans.empty() &&
                                       find_indicator(s.plans[s.current], id->get<std::string>()))
        s.selected_indicator = id->get<std::string>();
    if (auto caps = j.find("capsOff"); caps != j.end() && caps->is_object())
        for (auto it = caps->begin(); it != caps->end(); ++it)
            if (it.value().is_number() && it.value().get<double>() > 0) s.cap_turned_off[it.key()] = it.value().get<double>();
    s.view_prefs_written = view_text(s);
}

void save_view_prefs_if_changed(AppState& s) {
    if (!s.services.store) return;
    std::string now = view_text(s);
    if (now == s.view_prefs_written) return;
    // Written once per change: a failed write (a full quota, which the plans' own saving reports) is not retried
    // every frame, and losing the view costs nothing.
    s.services.store->write(kViewKey, now);
    s.view_prefs_written = std::move(now);
}

}  // namespace tolok::app
