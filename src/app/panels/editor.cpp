// "Indikator": the indicator editor. Every field of the model; the formula with live parse errors and a preview of
// its value from the entered components; targets per year and quarter with parsing feedback as you type; the
// realisasi of the chosen year with quarters, note and the evidence log (bukti dukung) whose aggregate can feed the
// realisasi; a chart of target vs realisasi across the plan years.
#include <algorithm>
#include <cstdio>
#include <set>

#include "app/logic/edit_names.h"
#include "app/logic/indicator_moves.h"
#include "app/panels/panels.h"
#include "core/achievement.h"
#include "core/evidence.h"
#include "core/choice_labels.h"
#include "core/formula.h"
#include "core/plan_edit.h"

namespace tolok::app {

namespace {

// How a typed value was understood, shown next to the field.
void value_feedback(const AppState& s, const Value& v) {
    if (v.empty()) return;
    ImGui::SameLine();
    switch (v.shape) {
        case ValueShape::Grade: ImGui::TextDisabled("%s %s", tr(s, "predikat", "grade"), v.grade.c_str()); break;
        case ValueShape::Percent: ImGui::TextDisabled("%s", tr(s, "persen", "percent")); break;
        case ValueShape::Number: ImGui::TextDisabled("%s%s%s", tr(s, "angka", "number"), v.unit.empty() ? "" : ", ", v.unit.c_str()); break;
        case ValueShape::Money: ImGui::TextDisabled("%s", tr(s, "rupiah", "rupiah")); break;
        case ValueShape::Missing: ImGui::TextDisabled("%s", tr(s, "tidak tersedia", "not available")); break;
        default: ImGui::TextColored(ImVec4(0.75f, 0.45f, 0, 1), "%s", tr(s, "teks, tidak dapat dihitung", "text, not computable")); break;
    }
}

// The expression once more under its parse error, the character the error is about (its 1-based `position`, as in
// "... pada posisi 21") underlined in red, so nobody has to count characters. At the end: a mark after the text.
void expression_with_mark(const std::string& expression, int position) {
    size_t at = 0;  // byte offset of the character at `position`
    for (int p = 1; p < position && at < expression.size(); ++p) {
        ++at;
        while (at < expression.size() && (static_cast<unsigned char>(expression[at]) & 0xC0) == 0x80) ++at;
    }
    size_t end = at;
    if (end < expression.size()) {
        ++end;
        while (end < expression.size() && (static_cast<unsigned char>(expression[end]) & 0xC0) == 0x80) ++end;
    }
    ImGui::TextUnformatted(expression.c_str());
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const char* text = expression.c_str();
    const float x0 = min.x + ImGui::CalcTextSize(text, text + at).x;
    const float x1 = end > at ? min.x + ImGui::CalcTextSize(text, text + end).x : x0 + ImGui::CalcTextSize("_").x;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(x0, max.y), ImVec2(std::max(x1, x0 + 3.0f), max.y), IM_COL32(200, 25, 25, 255), 2.0f);
}

template <class E>
bool enum_combo(const char* label, E& value, const std::vector<std::pair<E, const char*>>& options) {
    const char* shown = "";
    for (const auto& [v, name] : options)
        if (v == value) shown = name;
    bool changed = false;
    if (ImGui::BeginCombo(label, shown)) {
        for (const auto& [v, name] : options)
            if (ImGui::Selectable(name, v == value)) {
                changed = v != value;
                value = v;
            }
        ImGui::EndCombo();
    } else {
        expose_last_item(label);  // combos are not recorded by ImGui's hooks; the tests click them
    }
    return changed;
}

// A sasaran whose last indicator moves away is dropped with it (plan_edit.h): what to say once it is moved (a
// message said before the change was cleared by it), with the way back.
std::optional<BiText> objective_going_message(const Plan& plan, const std::string& indicator_id) {
    const Objective* from = objective_dropped_without(plan, indicator_id);
    if (!from) return std::nullopt;
    return BiText{"Sasaran \"" + from->name + "\" tidak punya indikator lain dan ikut dihapus (Ctrl+Z mengembalikannya).",
                  "The objective \"" + from->name + "\" had no other indicator and was removed (Ctrl+Z brings it back)."};
}

// One place in an order, laid out as a field: the buttons where a field's box is, "ke-3 dari 7" after them, the row's
// name where the fields' labels are. A button at the end it would move past is disabled, why said on hover (a long
// press on a tablet); an enabled one says what it does. Returns -1 (up) or +1 (down) for the button pressed, else 0.
struct OrderTexts {
    const char* name;                 // "Urutan sasaran"
    const char* up_hint, *down_hint;  // what the enabled buttons do
    const char* first, *last, *only;  // why a button is disabled
};
int order_row(const AppState& s, const char* id, OrderPlace place, const OrderTexts& texts) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float label_x = ImGui::GetCursorPosX() + ImGui::CalcItemWidth() + style.ItemInnerSpacing.x;
    const bool touch = style.TouchExtraPadding.x > 0 || style.TouchExtraPadding.y > 0;
    ImGui::PushID(id);
    int pressed = 0;
    for (int step : {-1, 1}) {
        if (step > 0) ImGui::SameLine();
        const bool at_end = step < 0 ? place.first() : place.last();
        ImGui::BeginDisabled(at_end);
        // "Naikkan###objective-up": one id in either language, for the tests
        const std::string label = std::string(step < 0 ? tr(s, "Naikkan", "Move up") : tr(s, "Turunkan", "Move down")) + "###" + id +
                                  (step < 0 ? "-up" : "-down");
        if (compact_button(label.c_str())) pressed = step;
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            tooltip_wrapped(!at_end ? (step < 0 ? texts.up_hint : texts.down_hint) : place.count <= 1 ? texts.only : step < 0 ? texts.first : texts.last);
    }
    ImGui::SameLine();
    if (touch) ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled(tr(s, "ke-%zu dari %zu", "%zu of %zu"), place.index + 1, place.count);
    const float text_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetScrollX() + style.ItemSpacing.x;
    ImGui::SameLine(std::max(label_x, text_end));
    ImGui::TextUnformatted(texts.name);
    ImGui::PopID();
    return pressed;
}

// The grade scale of a graded indicator, chosen among the plan's own scales and the built-in ones (a plan's scale
// of the same id replaces the built-in one). An id no scale has (from a file) is shown as unknown.
template <class OnChoose>
void grade_scale_combo(const AppState& s, const Plan& plan, const Indicator& indicator, OnChoose on_choose) {
    std::vector<const GradeScale*> scales;
    std::set<std::string> ids;
    for (const auto& scale : plan.grade_scales)
        if (ids.insert(scale.id).second) scales.push_back(&scale);
    for (const auto& scale : builtin_grade_scales())
        if (ids.insert(scale.id).second) scales.push_back(&scale);
    auto describe = [](const GradeScale& scale) {
        std::string steps;
        for (const auto& step : scale.steps) steps += (steps.empty() ? "" : " ") + step.label;
        return scale.name + " (" + steps + ")";
    };
    const GradeScale* current = find_grade_scale(plan, indicator.grade_scale);
    const std::string shown = current ? describe(*current)
                                      : indicator.grade_scale + tr(s, " (skala tidak dikenal)", " (unknown scale)");
    if (!current) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.85f, 0.2f, 0.2f, 1));
    const bool open = ImGui::BeginCombo(tr(s, "Skala predikat", "Grade scale"), shown.c_str());
    if (!current) ImGui::PopStyleColor();
    if (!open) return;
    for (const GradeScale* scale : scales) {
        const std::string label = describe(*scale) + "##" + scale->id;
        if (ImGui::Selectable(label.c_str(), scale->id == indicator.grade_scale) && scale->id != indicator.grade_scale)
            on_choose(scale->id);
    }
    ImGui::EndCombo();
}

// A legend entry: a small swatch drawn like the bars (outlined or filled), then its label.
void legend_entry(const char* label, ImU32 color, bool filled) {
    const float size = ImGui::GetTextLineHeight() * 0.8f;
    ImVec2 p = ImGui::GetCursorScreenPos();
    p.y += (ImGui::GetTextLineHeight() - size) * 0.5f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (filled) dl->AddRectFilled(p, ImVec2(p.x + size, p.y + size), color);
    else dl->AddRect(p, ImVec2(p.x + size, p.y + size), color, 0, 0, 2.0f);
    ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
    ImGui::SameLine();
    ImGui::TextUnformatted(label);
}

void draw_chart(const AppState& s, const Plan& plan, const Indicator& ind) {
    const ImU32 target_color = IM_COL32(31, 95, 139, 255), actual_color = IM_COL32(76, 175, 80, 255);
    std::vector<Achievement> years;
    float top = 0;
    bool any = false;
    for (int y = plan.start_year; y <= plan.end_year; ++y) {
        years.push_back(compute_achievement(plan, ind, y));
        const Achievement& a = years.back();
        if (a.target.number) top = std::max(top, static_cast<float>(*a.target.number));
        if (a.actual.number) top = std::max(top, static_cast<float>(*a.actual.number));
        any = any || a.target.number || a.actual.number;
    }
    if (top <= 0) top = 1;  // every value 0 or below (a target of -0,5 %): the numbers on the axis
    if (!any) {
        ImGui::TextDisabled("%s", tr(s, "Grafik muncul bila target dan realisasi berupa angka.", "The chart appears when targets and actuals are numbers."));
        return;
    }
    ImVec2 origin = ImGui::GetCursorScreenPos();
    float width = std::min(ImGui::GetContentRegionAvail().x, 640.0f), height = 150;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), IM_COL32(250, 250, 252, 255));
    size_t n = years.size();
    float slot = width / static_cast<float>(n);
    for (size_t i = 0; i < n; ++i) {
        const Achievement& a = years[i];
        // A year without a target or realisasi has no bar (not a flat one that reads as 0); a value below 0 (a growth
        // of -2,4 %) has its number on the axis, the bar's height 0.
        float t = a.target.number ? std::max(0.f, static_cast<float>(*a.target.number)) : 0.f;
        float r = a.actual.number ? std::max(0.f, static_cast<float>(*a.actual.number)) : 0.f;
        float x = origin.x + slot * static_cast<float>(i);
        // Bars up to 16 px under the top, where their values are written (when they fit above the bar).
        float th = t / top * (height - 36), rh = r / top * (height - 36);
        if (a.target.number)
            dl->AddRect(ImVec2(x + slot * 0.15f, origin.y + height - 18 - th), ImVec2(x + slot * 0.45f, origin.y + height - 18),
                        target_color, 0, 0, 2.0f);
        if (a.actual.number)
            dl->AddRectFilled(ImVec2(x + slot * 0.5f, origin.y + height - 18 - rh), ImVec2(x + slot * 0.8f, origin.y + height - 18),
                              actual_color);
        auto value_above = [&](const std::optional<double>& v, float bar_height, float centre, ImU32 color) {
            if (!v) return;
            const std::string text = format_number_short(*v, s.lang);
            const ImVec2 size = ImGui::CalcTextSize(text.c_str());
            if (size.x > slot * 0.48f) return;  // too wide for its half of the slot: on hover only
            dl->AddText(ImVec2(centre - size.x * 0.5f, origin.y + height - 18 - bar_height - size.y - 1), color, text.c_str());
        };
        value_above(a.target.number, th, x + slot * 0.3f, target_color);
        value_above(a.actual.number, rh, x + slot * 0.65f, IM_COL32(46, 125, 50, 255));
        char year[8];
        std::snprintf(year, sizeof year, "%d", plan.start_year + static_cast<int>(i));
        dl->AddText(ImVec2(x + slot * 0.475f - ImGui::CalcTextSize(year).x * 0.5f, origin.y + height - 16), IM_COL32(60, 60, 60, 255), year);
    }
    ImGui::Dummy(ImVec2(width, height));
    // The year under the pointer: its target, realisasi and capaian as written.
    if (ImGui::IsItemHovered()) {
        size_t i = static_cast<size_t>(std::max(0.0f, ImGui::GetIO().MousePos.x - origin.x) / slot);
        if (i < n) {
            const Achievement& a = years[i];
            std::string capaian = a.percent ? format_number(*a.percent, 2, s.lang) + " %" : tr(s, "t/d", "n/a");
            ImGui::SetTooltip("%d\nTarget: %s\n%s: %s\n%s: %s", plan.start_year + static_cast<int>(i),
                              a.target.text.empty() ? "-" : a.target.text.c_str(), tr(s, "Realisasi", "Actual"),
                              a.actual.text.empty() ? "-" : a.actual.text.c_str(), tr(s, "Capaian", "Achievement"), capaian.c_str());
        }
    }
    legend_entry("target", target_color, false);
    ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 3);
    legend_entry(tr(s, "realisasi", "actual"), actual_color, true);
}

}  // namespace

void draw_editor(AppState& s, Plan& plan) {
    Indicator* found = find_selected(s, plan);
    if (!found) {  // open on the first indicator rather than an empty page
        for (auto& o : plan.objectives)
            if (!found && !o.indicators.empty()) found = &o.indicators.front();
        if (found) s.selected_indicator = found->id;
    }
    // Choose the indicator.
    std::string shown = found ? found->code + ". " + found->name : tr(s, "(pilih indikator)", "(choose an indicator)");
    // A long name ends in "..." before the arrow (the whole name is in the list).
    shown = fit_text(shown, ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - ImGui::GetStyle().FramePadding.x * 2);
    ImGui::SetNextItemWidth(-1);
    const bool choosing = ImGui::BeginCombo("##choose", shown.c_str(), ImGuiComboFlags_HeightLarge);  // ~20 at a time
    if (!choosing) expose_last_item("##choose");  // combos are not recorded by ImGui's hooks; the tests click them
    if (choosing) {
        for (const auto& o : plan.objectives)
            for (const auto& ind : o.indicators)
                if (ImGui::Selectable((ind.code + ". " + ind.name + "###" + ind.id).c_str(), found && found->id == ind.id))
                    s.selected_indicator = ind.id;
        ImGui::EndCombo();
    }
    if (!found) {
        disabled_text_wrapped(indicator_count(plan) == 0
                                  ? tr(s, "Rencana ini belum punya indikator: tambahkan dengan + Indikator baru di tab Rencana (IKU).",
                                       "This plan has no indicators yet: add one with + New indicator in the Plan (IKU) tab.")
                                  : tr(s, "Pilih indikator di atas, atau klik namanya di tab Rencana (IKU).",
                                       "Choose an indicator above, or click its name in the Plan (IKU) tab."));
        return;
    }
    const std::string id = found->id;
    // `what` is the undo step's key (merging repeated edits of one field) and, translated, its description.
    auto edit = [&](const char* what) -> Indicator& {
        Plan& p = change(s, edit_description(what, *found), id + "/" + what);
        return *find_indicator(p, id);
    };
    // The realisasi being entered: the year's, or a quarter's (s.quarter, the period chosen here or in the Capaian
    // tab), with its components, note and evidence.
    const int period = s.quarter;
    auto period_actual = [&](const YearEntry& e) -> const Actual& { return period ? e.quarter_actuals[period - 1] : e.actual; };
    auto edit_actual = [&](const char* what) -> Actual& {
        YearEntry& e = edit(what).years[s.year];
        return period ? e.quarter_actuals[period - 1] : e.actual;
    };
    const std::string period_key = "years/" + std::to_string(s.year) + (period ? "/quarter_actuals/" + std::to_string(period - 1) : "/actual");
    std::string focus_next_frame;  // a field added in this frame, focused once it is drawn
    const std::string period_name = std::to_string(s.year) + (period ? std::string(" ") + quarter_label(s, period - 1) : "");
    ImGui::BeginChild("editor", ImVec2(0, 0), false);
    // Another indicator opens at its top (a new one, one picked above, the one after a deletion).
    if (s.editor_shown != id) {
        s.editor_shown = id;
        ImGui::SetScrollY(0);
    }
    std::string out;
    ImGui::PushItemWidth(-220);
    // Its sasaran: chosen among the plan's (the indicator moves), a new one, and renamed here for all its indicators.
    if (const Objective* objective = objective_of(plan, id)) {
        const std::string objective_id = objective->id;
        const std::string shown_objective = (objective->code.empty() ? "" : objective->code + ". ") + objective->name;
        const bool choosing_objective = ImGui::BeginCombo(tr(s, "Sasaran", "Objective"), shown_objective.c_str());
        if (!choosing_objective) expose_last_item(tr(s, "Sasaran", "Objective"));
        if (choosing_objective) {
            for (const auto& o : plan.objectives) {
                const std::string label = (o.code.empty() ? "" : o.code + ". ") + o.name + "###" + o.id;
                if (ImGui::Selectable(label.c_str(), o.id == objective_id) && o.id != objective_id) {
                    const std::string to = o.id;  // `plan` changes below
                    const auto going = objective_going_message(plan, id);
                    move_to_objective(s, id, to);  // back to its old place when it returns to the sasaran it left
                    if (going) say(s, *going);
                    break;
                }
            }
            ImGui::Separator();
            if (ImGui::Selectable(tr(s, "+ Sasaran baru untuk indikator ini", "+ New objective for this indicator"))) {
                const auto going = objective_going_message(plan, id);
                move_to_new_objective(s, id);
                if (going) say(s, *going);
                s.focus_field = "objective/name";  // named next, as with + Sasaran baru in the plan table
            }
            ImGui::EndCombo();
        }
        // The combo may have moved the indicator: read its objective again.
        focus_if_requested(s, "objective/name");
        if (const Objective* now = objective_of(*current_plan(s), id);
            now && edit_text(tr(s, "Nama sasaran", "Objective name"), now->name, out)) {
            const std::string now_id = now->id;
            Plan& p = change(s, BiText{"Ubah nama sasaran " + now->code, "Rename objective " + now->code}, "objective/" + now_id);
            for (auto& o : p.objectives)
                if (o.id == now_id) o.name = out;
        }
        // Its place among the plan's sasaran (the order the Lampiran and the documents print).
        if (const Objective* now = objective_of(*current_plan(s), id)) {
            const std::string now_id = now->id;
            const OrderTexts texts{tr(s, "Urutan sasaran", "Objective order"),
                                   tr(s, "Sasaran ini satu tempat ke atas, dengan indikatornya. Nomornya tetap.",
                                      "This objective one place up, with its indicators. Its number stays."),
                                   tr(s, "Sasaran ini satu tempat ke bawah, dengan indikatornya. Nomornya tetap.",
                                      "This objective one place down, with its indicators. Its number stays."),
                                   tr(s, "Sudah sasaran pertama.", "Already the first objective."),
                                   tr(s, "Sudah sasaran terakhir.", "Already the last objective."),
                                   tr(s, "Satu-satunya sasaran rencana ini.", "The only objective of this plan.")};
            if (const int step = order_row(s, "objective", objective_order(*current_plan(s), now_id), texts))
                move_objective_up_down(s, now_id, step);
        }
        found = find_indicator(*current_plan(s), id);
        if (!found) {
            ImGui::PopItemWidth();
            ImGui::EndChild();
            return;
        }
    }
    if (edit_text(tr(s, "Kode", "Code"), found->code, out)) edit("code").code = out;
    focus_if_requested(s, "name");
    if (edit_text(tr(s, "Nama indikator", "Indicator name"), found->name, out)) edit("name").name = out;
    // Its place among its sasaran's indicators; to another sasaran through the Sasaran combo above.
    {
        const OrderTexts texts{tr(s, "Urutan dalam sasaran", "Order in objective"),
                               tr(s, "Indikator ini satu tempat ke atas dalam sasarannya. Kodenya tetap.",
                                  "This indicator one place up within its objective. Its code stays."),
                               tr(s, "Indikator ini satu tempat ke bawah dalam sasarannya. Kodenya tetap.",
                                  "This indicator one place down within its objective. Its code stays."),
                               tr(s, "Sudah indikator pertama dalam sasarannya. Ke sasaran lain: pilih di Sasaran di atas.",
                                  "Already the first indicator of its objective. To another objective: choose it under Objective above."),
                               tr(s, "Sudah indikator terakhir dalam sasarannya. Ke sasaran lain: pilih di Sasaran di atas.",
                                  "Already the last indicator of its objective. To another objective: choose it under Objective above."),
                               tr(s, "Satu-satunya indikator dalam sasarannya. Ke sasaran lain: pilih di Sasaran di atas.",
                                  "The only indicator of its objective. To another objective: choose it under Objective above.")};
        if (const int step = order_row(s, "indicator", indicator_order(*current_plan(s), id), texts)) {
            move_indicator_up_down(s, id, step);
            found = find_indicator(*current_plan(s), id);  // another indicator stands where it stood
        }
    }
    if (edit_text(tr(s, "Definisi", "Definition"), found->definition, out)) edit("definition").definition = out;
    if (edit_text(tr(s, "Satuan", "Unit"), found->unit, out)) edit("unit").unit = out;
    ValueKind kind = found->kind;
    auto word = [&](auto choice) { return choice_label(choice).in(s.lang).c_str(); };
    if (enum_combo<ValueKind>(tr(s, "Jenis nilai", "Value kind"), kind,
                              {{ValueKind::Number, word(ValueKind::Number)}, {ValueKind::Percent, word(ValueKind::Percent)},
                               {ValueKind::Grade, word(ValueKind::Grade)}, {ValueKind::Index, word(ValueKind::Index)},
                               {ValueKind::Text, word(ValueKind::Text)}}))
        edit("kind").kind = kind;
    Polarity polarity = found->polarity;
    if (enum_combo<Polarity>(tr(s, "Polaritas", "Polarity"), polarity,
                             {{Polarity::Maximize, word(Polarity::Maximize)}, {Polarity::Minimize, word(Polarity::Minimize)},
                              {Polarity::Stabilize, word(Polarity::Stabilize)}}))
        edit("polarity").polarity = polarity;
    Aggregation agg = found->aggregation;
    if (enum_combo<Aggregation>(tr(s, "Penggabungan triwulan", "Quarters to year"), agg,
                                {{Aggregation::Sum, word(Aggregation::Sum)}, {Aggregation::Last, word(Aggregation::Last)},
                                 {Aggregation::Average, word(Aggregation::Average)}}))
        edit("aggregation").aggregation = agg;
    // "Konversi 120: Ya/Tidak" (sakip.md): this indicator's own cap on its capaian, or none, over the plan's.
    focus_if_requested(s, "cap");
    IndicatorCap::Rule cap_rule = found->cap.rule;
    const std::string plan_cap = plan.settings.cap ? format_number_short(*plan.settings.cap, s.lang) + " %" : tr(s, "tanpa batas", "no cap");
    const std::string follow_plan = tr(s, "ikuti rencana (", "as the plan (") + plan_cap + ")";
    if (enum_combo<IndicatorCap::Rule>(tr(s, "Batas capaian", "Achievement cap"), cap_rule,
                                       {{IndicatorCap::Rule::Plan, follow_plan.c_str()},
                                        {IndicatorCap::Rule::None, tr(s, "tanpa batas untuk indikator ini", "no cap for this indicator")},
                                        {IndicatorCap::Rule::At, tr(s, "batas sendiri", "its own cap")}})) {
        edit("cap").cap.rule = cap_rule;  // its own cap starts at 120 %, the usual "Konversi 120"
    }
    if (found->cap.rule == IndicatorCap::Rule::At) {
        std::optional<double> at = found->cap.at;
        if (edit_number(s, tr(s, "Batas indikator ini (%)", "This indicator's cap (%)"), at, 0.0f, BiText{"Batas indikator ini (%)", "This indicator's cap (%)"}) && at) {
            if (cap_allowed(*at)) edit("cap").cap.at = *at;
            else say_cap_too_low(s);
        }
    }
    focus_if_requested(s, "grade_scale");
    if (uses_grade_scale(*found)) grade_scale_combo(s, plan, *found, [&](const std::string& id) { edit("grade_scale").grade_scale = id; });
    if (edit_text(tr(s, "Sumber data", "Data source"), found->data_source, out)) edit("data_source").data_source = out;
    if (edit_text(tr(s, "Penanggung jawab", "Owner"), found->owner, out)) edit("owner").owner = out;
    // Pohon kinerja: the higher-level indicator (of another plan held here, e.g. the regency's) this one supports.
    // Listed under each office's name (a heading, not a choice), each entry its code and name cut to the list's width,
    // the whole on hover: entries that began with a long office name were cut before the indicator's name at 1024 px.
    {
        std::string preview = found->supports.empty() ? tr(s, "(tidak ada)", "(none)") : found->supports;
        for (const auto& other : s.plans)
            for (const auto& o : other.objectives)
                for (const auto& i : o.indicators)
                    if (other.id + "/" + i.id == found->supports) {
                        // the office always seen: the indicator's name is cut first ("4. Persentase kerja... (Inspektorat)")
                        const std::string office = " (" + other.office.name + ")";
                        const float room = ImGui::CalcItemWidth() - ImGui::GetFrameHeight() - 2 * ImGui::GetStyle().FramePadding.x -
                                           ImGui::CalcTextSize(office.c_str()).x;
                        preview = fit_text(i.code + ". " + i.name, std::max(room, ImGui::GetFontSize() * 6)) + office;
                    }
        const char* supports_label = tr(s, "Mendukung indikator", "Supports indicator");
        if (ImGui::BeginCombo(supports_label, preview.c_str(), ImGuiComboFlags_HeightLarge)) {
            // With many offices' plans held (80 entries), a search: by office, code or name, typed as soon as it opens.
            if (ImGui::IsWindowAppearing()) {
                s.supports_search.clear();
                ImGui::SetKeyboardFocusHere();
            }
            std::string typed;
            if (edit_text("##supports-search", s.supports_search, typed, -1.0f, tr(s, "Cari instansi atau indikator...", "Search office or indicator...")))
                s.supports_search = typed;
            if (ImGui::Selectable(tr(s, "(tidak ada)", "(none)"), found->supports.empty())) edit("supports").supports.clear();
            const std::string& search = s.supports_search;
            for (const auto& other : s.plans) {
                if (&other == &plan || indicator_count(other) == 0) continue;
                const bool office_found = contains_ci(other.office.name, search);
                const auto shown = [&](const Indicator& i) { return office_found || contains_ci(i.code + ". " + i.name, search); };
                bool any = false;
                for (const auto& o : other.objectives)
                    for (const auto& i : o.indicators) any = any || shown(i);
                if (!any) continue;
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                const bool cut = text_fitted(other.office.name);
                ImGui::PopStyleColor();
                if (cut && ImGui::IsItemHovered()) tooltip_wrapped(other.office.name);
                ImGui::Indent();
                for (const auto& o : other.objectives)
                    for (const auto& i : o.indicators) {
                        if (!shown(i)) continue;
                        const std::string link = other.id + "/" + i.id;
                        const std::string entry = i.code + ". " + i.name;
                        const std::string label = fit_text(entry, ImGui::GetContentRegionAvail().x) + "##" + link;
                        if (ImGui::Selectable(label.c_str(), link == found->supports)) edit("supports").supports = link;
                        if (ImGui::IsItemHovered()) tooltip_wrapped(other.office.name + ": " + entry);
                    }
                ImGui::Unindent();
            }
            ImGui::EndCombo();
        } else {
            expose_last_item(supports_label);  // combos are not recorded by ImGui's hooks; the tests click them
        }
    }
    if (edit_text(tr(s, "Kondisi awal (baseline)", "Baseline"), found->baseline.text, out)) edit("baseline").baseline = parse_value(out);
    value_feedback(s, found->baseline);
    ImGui::PopItemWidth();

    // --- Formula ---
    section(tr(s, "Rumus", "Formula"));
    ImGui::PushItemWidth(-220);
    focus_if_requested(s, "formula/text");
    if (edit_text(tr(s, "Rumus (seperti tertulis)", "Formula (as printed)"), found->formula.text, out)) edit("formula").formula.text = out;
    focus_if_requested(s, "formula/expression");
    if (edit_text(tr(s, "Ekspresi yang dihitung", "Computable expression"), found->formula.expression, out))
        edit("expression").formula.expression = out;
    ImGui::PopItemWidth();
    if (compact_button(tr(s, "Buat ekspresi dari rumus", "Derive the expression from the formula"))) {
        if (auto derived = derive_formula(found->formula.text)) {
            Indicator& ind = edit("expression");
            ind.formula.expression = derived->expression;
            ind.formula.components = derived->components;
        } else {
            say(s, BiText{"!Rumus ini berupa uraian, bukan pecahan atau perkalian; tulis ekspresinya sendiri.",
                           "!This formula is a description, not a fraction or product; write the expression yourself."});
        }
    }
    if (!found->formula.expression.empty()) {
        ParsedFormula parsed = parse_formula(found->formula.expression);
        if (!parsed.ok()) {
            // The message says where ("... pada posisi 21"); its id and location on hover, as in Pemeriksaan.
            for (const auto& e : parsed.errors) {
                ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", e.text(s.lang).c_str());
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s %s", e.id.c_str(), location_label(e.location, s.lang).c_str());
                int position = 0;
                if (std::sscanf(e.location.c_str(), "position %d", &position) == 1 && position > 0)
                    expression_with_mark(found->formula.expression, position);
            }
        } else {
            // Components referenced but not declared are added with the reference as label.
            std::vector<std::string> missing;
            for (const auto& ref : parsed.references) {
                bool known = false;
                for (const auto& c : found->formula.components) known = known || refers_to(ref, c);
                if (!known) missing.push_back(ref);
            }
            if (!missing.empty() && compact_button(tr(s, "Tambahkan komponen yang dirujuk", "Add the referenced components"))) {
                Indicator& ind = edit("components");
                for (const auto& ref : missing) ind.formula.components.push_back(Component{component_id_from_label(ref), ref, ""});
            }
            YearEntry* entry = nullptr;
            auto it = found->years.find(s.year);
            if (it != found->years.end()) entry = &it->second;
            ImGui::Text("%s %s:", tr(s, "Komponen realisasi", "Actual components"), period_name.c_str());
            // Empty = no value yet.
            const Actual* shown = entry ? &period_actual(*entry) : nullptr;
            for (const auto& c : found->formula.components) {
                if (&c == &found->formula.components.front()) focus_if_requested(s, period_key + "/components");
                std::optional<double> v;
                if (shown && shown->components.count(c.id)) v = shown->components.at(c.id);
                if (edit_number(s, (c.label + "###comp-" + c.id).c_str(), v, 160)) {
                    auto& components = edit_actual(("component " + c.id).c_str()).components;
                    if (v) components[c.id] = *v;
                    else components.erase(c.id);
                }
                // A component the expression no longer names (the expression was rewritten): said, not silently kept.
                bool used = false;
                for (const auto& ref : parsed.references) used = used || refers_to(ref, c);
                if (!used) {
                    ImGui::SameLine();
                    ImGui::TextDisabled("%s", tr(s, "(tidak dipakai ekspresi)", "(not used by the expression)"));
                }
            }
            std::map<std::string, double> values = shown ? shown->components : std::map<std::string, double>{};
            FormulaResult r = evaluate_formula(found->formula, values);
            if (r.computable() && shown && !shown->value.empty())  // a typed realisasi wins (resolve_actual)
                ImGui::TextDisabled("%s = %s%s (%s %s)", tr(s, "Nilai", "Value"), format_number_short(*r.value, s.lang).c_str(),
                                    parsed.percent_result ? " %" : "", tr(s, "tidak dipakai: realisasi diisi langsung", "not used: the actual is typed"),
                                    shown->value.text.c_str());
            else if (r.computable())
                ImGui::Text("%s = %s%s", tr(s, "Nilai", "Value"), format_number_short(*r.value, s.lang).c_str(), parsed.percent_result ? " %" : "");
            else
                ImGui::TextDisabled("%s: %s", tr(s, "Tidak dapat dihitung", "Not computable"), r.reason.in(s.lang).c_str());
        }
    }

    // --- Targets per year and quarter ---
    section(tr(s, "Target", "Targets"));
    if (ImGui::BeginTable("targets", 6, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableSetupColumn(tr(s, "Tahun", "Year"), ImGuiTableColumnFlags_WidthFixed, 60);
        ImGui::TableSetupColumn(tr(s, "Target tahunan", "Yearly target"));
        for (int q = 0; q < 4; ++q) ImGui::TableSetupColumn(quarter_label(s, q));
        ImGui::TableHeadersRow();
        for (int y = plan.start_year; y <= plan.end_year; ++y) {
            ImGui::PushID(y);
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::Text("%d", y);
            auto it = found->years.find(y);
            const Value& target = it == found->years.end() ? Value{} : it->second.target;
            ImGui::TableSetColumnIndex(1);
            // A target that reads as text (no number, percentage or grade) is amber, the reason on hover.
            auto target_cell = [&](const char* id, const Value& v) {
                const bool text = v.shape == ValueShape::Text && on_grade_scale(plan, *found, v).shape == ValueShape::Text;
                if (text) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.45f, 0, 1));
                const bool changed = edit_text(id, v.text, out, -1);
                if (text) ImGui::PopStyleColor();
                if (ImGui::IsItemDeactivatedAfterEdit()) warn_comma_reading(s, "Target " + std::to_string(y), out);
                if (text && ImGui::IsItemHovered())
                    ImGui::SetTooltip("%s", tr(s, "Dibaca sebagai teks, bukan angka, persen atau predikat: capaiannya tidak dapat dihitung.",
                                               "Read as text, not a number, percentage or grade: its achievement cannot be computed."));
                return changed;
            };
            focus_if_requested(s, "years/" + std::to_string(y) + "/target");
            if (target_cell("##target", target)) edit(("target " + std::to_string(y)).c_str()).years[y].target = parse_value(out);
            if (const Value read = on_grade_scale(plan, *found, target); ImGui::IsItemHovered() && !read.empty() && read.shape != ValueShape::Text)
                value_feedback(s, read);
            for (int q = 0; q < 4; ++q) {
                ImGui::TableSetColumnIndex(2 + q);
                ImGui::PushID(q);
                const Value qt = it == found->years.end() ? Value{} : it->second.quarter_targets[q];
                if (target_cell("##qt", qt))
                    edit(("target TW " + std::to_string(q + 1) + " " + std::to_string(y)).c_str()).years[y].quarter_targets[q] = parse_value(out);
                ImGui::PopID();
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }

    // --- Realisasi of the chosen year ---
    section(tr(s, "Kegiatan dan realisasi", "Activities and actuals"));
    ImGui::SetNextItemWidth(120);
    ImGui::InputInt(tr(s, "Tahun realisasi", "Year of actuals"), &s.year);
    s.year = std::max(plan.start_year, std::min(plan.end_year, s.year));
    ImGui::SameLine();
    period_combo(s, tr(s, "Periode (komponen, catatan, bukti dukung)", "Period (components, note, evidence)"));
    auto yit = found->years.find(s.year);
    const YearEntry empty_entry;
    const YearEntry& ye = yit == found->years.end() ? empty_entry : yit->second;
    // The kegiatan of the year for its target, printed in the Rencana Aksi.
    ImGui::TextUnformatted((tr(s, "Kegiatan tahun ", "Activities (kegiatan) of ") + std::to_string(s.year) +
                            tr(s, " (Rencana Aksi; satu kegiatan per baris)", " (action plan; one per line)")).c_str());
    focus_if_requested(s, "years/" + std::to_string(s.year) + "/activities");
    if (edit_multiline("##activities", ye.activities, out, 50))
        edit(("activities " + std::to_string(s.year)).c_str()).years[s.year].activities = out;
    ImGui::PushItemWidth(200);
    const std::string year_key = "years/" + std::to_string(s.year);
    focus_if_requested(s, year_key + "/actual/value");
    // An empty field shows, greyed, the realisasi computed for it (components, evidence, quarters).
    auto computed_hint = [&](int quarter) {
        ResolvedActual r = resolve_actual(plan, *found, s.year, quarter);
        return r.value.text.empty() ? std::string() : r.value.text + " (" + tr(s, "dihitung", "computed") + ")";
    };
    const std::string year_hint = computed_hint(0);
    if (edit_text(tr(s, "Realisasi tahunan", "Yearly actual"), ye.actual.value.text, out, 0.0f, year_hint.c_str()))
        edit("actual").years[s.year].actual.value = parse_value(out);
    if (ImGui::IsItemDeactivatedAfterEdit()) warn_comma_reading(s, tr(s, "Realisasi tahunan", "Yearly actual"), out);
    value_feedback(s, on_grade_scale(plan, *found, ye.actual.value));
    // Two quarters a line; the second column starts at one place whatever the width of the first one's label. One a
    // line where two do not fit (a tablet): beside each other, the second's label was cut to "Realis".
    char widest[48];
    std::snprintf(widest, sizeof widest, "%s %s", tr(s, "Realisasi", "Actual"), quarter_label(s, 2));
    const ImGuiStyle& style = ImGui::GetStyle();
    const float first_column = ImGui::GetCursorPosX();
    const float second_column = first_column + ImGui::CalcItemWidth() + style.ItemInnerSpacing.x +
                                ImGui::CalcTextSize(widest).x + 2 * style.ItemSpacing.x;
    const bool two_a_line = 2 * second_column - first_column - 2 * style.ItemSpacing.x <= ImGui::GetWindowContentRegionMax().x;
    for (int q = 0; q < 4; ++q) {
        char label[48];
        std::snprintf(label, sizeof label, "%s %s###qa%d", tr(s, "Realisasi", "Actual"), quarter_label(s, q), q);
        focus_if_requested(s, year_key + "/quarter_actuals/" + std::to_string(q) + "/value");
        const std::string quarter_hint = computed_hint(q + 1);
        if (edit_text(label, ye.quarter_actuals[q].value.text, out, 0.0f, quarter_hint.c_str()))
            edit(("actual TW " + std::to_string(q + 1)).c_str()).years[s.year].quarter_actuals[q].value = parse_value(out);
        if (ImGui::IsItemDeactivatedAfterEdit())
            warn_comma_reading(s, std::string(tr(s, "Realisasi ", "Actual ")) + quarter_label(s, q), out);
        if (q % 2 == 0 && two_a_line) ImGui::SameLine(second_column);
    }
    ImGui::PopItemWidth();
    ResolvedActual resolved = resolve_actual(plan, *found, s.year, period);
    Achievement a = compute_achievement(plan, *found, s.year, period);
    const std::string used = std::string(tr(s, "Realisasi dipakai", "Actual used")) + " " + period_name;
    if (resolved.value.text.empty() && resolved.source.in(s.lang).empty())
        ImGui::Text("%s: %s", used.c_str(), tr(s, "belum ada", "none yet"));
    else if (resolved.value.text.empty())
        ImGui::Text("%s: %s", used.c_str(), resolved.source.in(s.lang).c_str());
    else
        ImGui::Text("%s: %s; %s", used.c_str(), resolved.value.text.c_str(), resolved.source.in(s.lang).c_str());
    ImGui::TextWrapped("%s", a.explanation.in(s.lang).c_str());
    if (period == 0)
        if (const auto quarters = quarters_contradicting_year(plan, *found, s.year))
            ImGui::TextColored(ImVec4(0.75f, 0.45f, 0, 1), "%s %s = %s; %s %s.", tr(s, "Perhatian:", "Note:"),
                               quarters->source.in(s.lang).c_str(), quarters->value.text.c_str(),
                               tr(s, "capaian tahunan memakai realisasi tahunan", "the yearly achievement uses the yearly actual"),
                               resolved.value.text.c_str());
    const Actual& act = period_actual(ye);
    // The box fills the width, so its label goes above it (beside it, it was pushed off the window).
    ImGui::Text("%s %s", tr(s, "Catatan / analisis (penjelasan capaian, kendala, tindak lanjut)", "Note / analysis (why, obstacles, follow-up)"),
                period_name.c_str());
    if (edit_multiline("##note", act.note, out, 50)) edit_actual("note").note = out;

    // Evidence log
    ImGui::Text("%s %s:", tr(s, "Bukti dukung (kegiatan lapangan)", "Evidence (field work)"), period_name.c_str());
    const auto& ev = act.evidence;
    if (ImGui::BeginTable("evidence", 5, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr(s, "Tanggal", "Date"), 0, 1.0f);
        ImGui::TableSetupColumn(tr(s, "Tempat", "Place"), 0, 1.5f);
        ImGui::TableSetupColumn(tr(s, "Catatan", "Note"), 0, 2.0f);
        ImGui::TableSetupColumn(tr(s, "Nilai", "Value"), 0, 0.8f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 24);
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < ev.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            const std::string row_key = period_key + "/evidence/" + std::to_string(i);
            ImGui::TableSetColumnIndex(0);
            focus_if_requested(s, row_key + "/date");
            if (edit_text("##date", ev[i].date, out, -1)) edit_actual("evidence").evidence[i].date = out;
            ImGui::TableSetColumnIndex(1);
            focus_if_requested(s, row_key + "/place");  // evidence.place_missing
            if (edit_text("##place", ev[i].place, out, -1)) edit_actual("evidence").evidence[i].place = out;
            ImGui::TableSetColumnIndex(2);
            if (edit_text("##enote", ev[i].note, out, -1)) edit_actual("evidence").evidence[i].note = out;
            ImGui::TableSetColumnIndex(3);
            focus_if_requested(s, row_key + "/value");
            if (edit_text("##evalue", ev[i].value.text, out, -1)) edit_actual("evidence").evidence[i].value = parse_value(out);
            ImGui::TableSetColumnIndex(4);
            if (compact_button("x")) {
                auto& list = edit_actual("remove evidence").evidence;
                list.erase(list.begin() + static_cast<long>(i));
                ImGui::PopID();
                break;
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (compact_button(tr(s, "+ Tambah bukti dukung", "+ Add evidence"))) {
        auto& rows = edit_actual("add evidence").evidence;
        rows.push_back(Evidence{});
        focus_next_frame = period_key + "/evidence/" + std::to_string(rows.size() - 1) + "/date";  // ready to type its date
    }
    if (!ev.empty()) {
        EvidenceSummary sum = summarize_evidence(ev, s.year, period, found->unit, act.from_evidence);
        ImGui::Text("%s: %zu | %s: %zu | %s: %s | %s: %s", tr(s, "jumlah bukti", "count"), sum.count, tr(s, "tempat berbeda", "distinct places"),
                    sum.distinct_places, tr(s, "jumlah nilai", "sum"), format_number_short(sum.sum, s.lang).c_str(), tr(s, "terakhir", "last"),
                    sum.last.text.empty() ? "-" : sum.last.text.c_str());
        for (const auto& d : sum.problems)
            ImGui::TextColored(ImVec4(0.7f, 0.4f, 0, 1), "%s: %s", location_label(d.location, s.lang).c_str(), d.text(s.lang).c_str());
        // A "Pakai ..." button makes the realisasi follow that aggregate of the log (Actual::from_evidence): a row added
        // later counts at once. Whatever was typed or given by components for this period is replaced (undoable). An
        // aggregate that can be no realisasi of the indicator (a count of rows as a percentage: evidence_rule_unfit)
        // is disabled, its reason in a tooltip.
        struct Choice { EvidenceRule rule; const char* id; const char* en; };
        const Choice choices[] = {{EvidenceRule::Count, "Pakai jumlah bukti", "Use the count"},
                                  {EvidenceRule::DistinctPlaces, "Pakai jumlah tempat berbeda", "Use distinct places"},
                                  {EvidenceRule::Sum, "Pakai jumlah nilai", "Use the sum"},
                                  {EvidenceRule::Last, "Pakai nilai terakhir", "Use the last value"}};
        for (const Choice& c : choices) {
            const char* label = tr(s, c.id, c.en);
            if (&c != &choices[0]) same_line_if_fits(ImGui::CalcTextSize(label).x + 2 * ImGui::GetStyle().FramePadding.x);
            const bool chosen = act.from_evidence == c.rule;
            const std::optional<BiText> unfit = evidence_rule_unfit(*found, c.rule);
            if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            ImGui::BeginDisabled(unfit.has_value());
            const bool pressed = compact_button(label);
            ImGui::EndDisabled();
            if (unfit && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
                ImGui::SetTooltip("%s", unfit->in(s.lang).c_str());
            if (pressed && !chosen && !unfit) {
                // What was typed (or given by components) goes: said, with the way back.
                if (!act.value.empty() || !act.components.empty()) {
                    const std::string was = act.value.empty() ? std::string(tr(s, "dari komponen", "from components")) : act.value.text;
                    s.message = s.lang == Lang::En ? "The actual typed (" + was + ") now follows the evidence; Ctrl+Z brings it back."
                                                   : "Realisasi yang diisi (" + was + ") kini mengikuti bukti dukung; Ctrl+Z mengembalikannya.";
                }
                Actual& target = edit_actual("actual");
                target.from_evidence = c.rule;
                target.value = Value{};
                target.components.clear();
            }
            if (chosen) ImGui::PopStyleColor();
        }
        if (act.from_evidence != EvidenceRule::None) {
            const EvidenceValue follows = evidence_value(sum, act.from_evidence, *found, money_written_like(ye, period));
            if (!act.value.empty() || !act.components.empty())  // what is typed wins (resolve_actual)
                ImGui::TextWrapped("%s %s.", tr(s, "Realisasi diisi langsung; kosongkan agar mengikuti bukti dukung:",
                                                "The actual is typed; empty it to follow the evidence:"), follows.what.in(s.lang).c_str());
            else
                ImGui::TextWrapped("%s %s.", tr(s, "Realisasi mengikuti bukti dukung:", "The actual follows the evidence:"), follows.what.in(s.lang).c_str());
            ImGui::SameLine();
            // Let go: the value stays as it is now, typed, and no longer follows the log.
            if (compact_button(tr(s, "Lepaskan", "Stop following"))) {
                Actual& target = edit_actual("actual");
                target.from_evidence = EvidenceRule::None;
                target.value = parse_value(follows.value.text);  // as it is written and will be read back
            }
        }
    }

    section(tr(s, "Target dan realisasi per tahun", "Target and actual per year"));
    draw_chart(s, plan, *found);

    ImGui::Separator();
    const char* delete_title = s.lang == Lang::En ? "Delete indicator###confirm-delete-indicator" : "Hapus indikator###confirm-delete-indicator";
    if (ImGui::Button(tr(s, "Hapus indikator ini", "Delete this indicator"))) ImGui::OpenPopup(delete_title);
    if (begin_confirm_dialog(s, delete_title)) {  // centred, long names wrapped
        ImGui::Text("%s \"%s\"?", tr(s, "Hapus indikator", "Delete indicator"), found->name.c_str());
        expose_last_rect("delete-indicator-question");
        if (const Objective* of = objective_dropped_without(plan, id)) {
            ImGui::Text(tr(s, "Sasaran \"%s\" ikut terhapus: tidak punya indikator lain.", "Its objective \"%s\" goes too: it has no other indicator."),
                        of->name.c_str());
            expose_last_rect("delete-indicator-objective");
        }
        ImGui::TextDisabled("%s", tr(s, "Dapat dibatalkan dengan Urungkan (Ctrl+Z).", "Can be undone with Undo (Ctrl+Z)."));
        if (confirm_buttons(s, tr(s, "Hapus", "Delete")) == DialogChoice::Confirm) {
            remove_indicator(change(s, BiText{"Hapus indikator", "Delete indicator"}), id);
            s.selected_indicator.clear();
        }
        end_confirm_dialog();
    }
    // A field this indicator does not show (e.g. no grade scale) is not focused later.
    s.focus_field = std::move(focus_next_frame);
    ImGui::EndChild();
}

}  // namespace tolok::app
