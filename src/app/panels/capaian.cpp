// "Realisasi dan Capaian": for a year or a quarter, each indicator's target, the realisasi typed here, the capaian
// and category colour computed by the core (working shown on hover), and the count of indicators per category.
// Widget labels used by the browser tests: "##Realisasi <indicator id>".
#include <imgui_internal.h>  // TableSetColumnWidth

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <string>
#include <cstdio>
#include <vector>

#include "app/panels/panels.h"
#include "core/achievement.h"
#include "core/lint.h"

namespace tolok::app {

namespace {

// The realisasi field being typed in, and its row: kept alive and scrolled back into view when its row leaves the view
// while it has the keyboard (a tablet's on-screen keyboard shrinking the window): a row not drawn loses its field's
// typing, and the text went nowhere.
struct ActiveField {
    ImGuiID id = 0;
    size_t row = 0;
};
ActiveField g_active_field;

// The Target column's width: the longest target of the year (or quarter) as shown, with the cumulative mark in a
// quarter, so "Rp 2.500.000.000 (s.d. TW)" is read whole; at least 90 px, at most a third of the table. The longest
// by bytes is measured (one CalcTextSize a frame, with 1,200 indicators too).
float target_column_width(const AppState& s, const Plan& plan) {
    std::string widest;
    for (const auto& o : plan.objectives)
        for (const auto& ind : o.indicators) {
            const auto it = ind.years.find(s.year);
            if (it == ind.years.end()) continue;
            const Value& target = s.quarter ? it->second.quarter_targets[s.quarter - 1] : it->second.target;
            if (target.text.size() + ind.unit.size() + 1 <= widest.size()) continue;  // cannot be longer
            std::string shown = text_with_unit(target, ind.unit);
            if (shown.size() > widest.size()) widest = std::move(shown);
        }
    const float mark = s.quarter ? ImGui::CalcTextSize(cumulative_target_mark(s.lang)).x : 0.0f;
    const float text = ImGui::CalcTextSize(widest.c_str()).x + mark + 2 * ImGui::GetStyle().CellPadding.x;
    return std::max(90.0f + mark, std::min(text, ImGui::GetContentRegionAvail().x / 3));
}

// One indicator's row, from TableNextRow on: `r` is its place in the table, `wrap` whether its name wraps in the
// column (a narrow window) rather than being cut with "..." on one line.
void draw_row(AppState& s, Plan& plan, size_t oi, size_t ii, int r, bool wrap) {
    const Indicator& ind = plan.objectives[oi].indicators[ii];
    ImGui::PushID(ind.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::AlignTextToFramePadding();
    const std::string name = ind.code + ". " + ind.name;
    if (wrap) ImGui::TextWrapped("%s", name.c_str());
    else if (text_fitted(name) && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", name.c_str());
    Achievement a = compute_achievement(plan, ind, s.year, s.quarter);
    ImGui::TableSetColumnIndex(1);
    // Cut with "...", never silently: "Rp 1.250.000.0" read as another amount. A cumulative quarter target
    // (s.d. TW) says so: the realisasi beside it is the quarter's own, the capaian the sum up to it.
    const bool cumulative = s.quarter && cumulative_quarter_targets(ind, s.year);
    // "82" of an indicator in %: "82%"; its numbers written the interface's way ("5,5%" in English: "5.5%").
    const std::string target_text = numbers_in(text_with_unit(a.target, ind.unit), s.lang);
    const std::string target_shown = cumulative && !a.target.empty() ? target_text + cumulative_target_mark(s.lang) : target_text;
    if (text_fitted(target_shown) && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", target_shown.c_str());
    ImGui::TableSetColumnIndex(2);
    auto it = ind.years.find(s.year);
    const Actual* typed = nullptr;
    if (it != ind.years.end()) typed = s.quarter ? &it->second.quarter_actuals[s.quarter - 1] : &it->second.actual;
    std::string current = typed ? typed->value.text : std::string();
    std::string edited;
    std::string label = "##Realisasi " + ind.id;  // e2e tests find this widget by its label
    if (r == 0) focus_if_requested(s, "capaian/first-actual");
    bool computed = current.empty() && !a.actual.text.empty();
    // A realisasi that was typed but gives no capaian (text that is no value or grade, a unit that does not
    // match the target...): red, with the reason on hover, not a grey "n/a" like an empty cell. Not "n/a" typed
    // itself: data said to be missing, as real reports print it, is no mistake.
    // Nor when the target is what cannot be read, or an earlier quarter missing from a cumulative one.
    bool unusable = !current.empty() && !a.percent && !a.target.empty() &&  // not when only the target is missing
                    typed->value.shape != ValueShape::Missing && a.target.shape != ValueShape::Text &&
                    !cumulative;
    if (computed) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.35f, 0.35f, 0.35f, 1));
    if (unusable) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.8f, 0.1f, 0.1f, 1));
    // Nothing typed and nothing computed, though there is something to compute from (quarters not all in,
    // components that give no number): why, greyed in the empty field and in full on hover.
    const BiText not_computed = current.empty() && !computed ? resolve_actual(plan, ind, s.year, s.quarter).source : BiText{};
    const std::string why_empty = not_computed.in(s.lang);
    if (edit_text(label.c_str(), computed ? a.actual.text : current, edited, -1.0f, why_empty.empty() ? nullptr : why_empty.c_str()) &&
        !(computed && edited == a.actual.text)) {
        const std::string when = std::to_string(s.year) + (s.quarter ? std::string(" ") + quarter_name(s.quarter, Lang::Id) : "");
        const std::string when_en = std::to_string(s.year) + (s.quarter ? std::string(" ") + quarter_name(s.quarter, Lang::En) : "");
        const BiText what{"Ubah realisasi " + when + " indikator " + ind.code, "Change actual " + when_en + " of indicator " + ind.code};
        Plan& p = change(s, what, "actual/" + ind.id + "/" + std::to_string(s.year) + "/" + std::to_string(s.quarter));
        YearEntry& e = p.objectives[oi].indicators[ii].years[s.year];
        (s.quarter ? e.quarter_actuals[s.quarter - 1] : e.actual).value = parse_value(edited);
    }
    if (ImGui::IsItemActive()) g_active_field = {ImGui::GetItemID(), static_cast<size_t>(r)};
    if (ImGui::IsItemDeactivatedAfterEdit()) warn_comma_reading(s, tr(s, "Realisasi ", "Actual ") + ind.code, edited);
    if (computed || unusable) ImGui::PopStyleColor();
    if (ImGui::IsItemHovered() && computed)  // where it came from: components, evidence or quarters
        ImGui::SetTooltip("%s: %s", tr(s, "Tidak diisi langsung", "Not typed"),
                          resolve_actual(plan, ind, s.year, s.quarter).source.in(s.lang).c_str());
    if (ImGui::IsItemHovered() && unusable) ImGui::SetTooltip("%s", a.explanation.in(s.lang).c_str());
    if (ImGui::IsItemHovered() && !why_empty.empty()) ImGui::SetTooltip("%s", why_empty.c_str());
    ImGui::TableSetColumnIndex(3);
    // Marked where the realisasi was typed, as Pemeriksaan says: a capaian far beyond plausible
    // (lint.actual_implausible), a yearly realisasi its quarters contradict (lint.actual_quarters_differ).
    const bool implausible = a.percent && capaian_implausible(*a.percent);
    const bool fraction = a.percent && typed && actual_fraction_of_percent(typed->value, a.target);  // 0,66 for 66 %
    const auto quarters = s.quarter == 0 ? quarters_contradicting_year(plan, ind, s.year) : std::nullopt;
    // Quarter realisasi typed as running totals (lint.quarter_actuals_cumulative): the year and every quarter
    // from the first such one on are counted too high.
    const std::vector<int> running = quarters_typed_cumulatively(ind, s.year);
    const bool typed_running = !running.empty() && (s.quarter == 0 || s.quarter >= running.front());
    if (a.percent && (implausible || fraction || quarters || typed_running))
        ImGui::TextColored(ImVec4(0.75f, 0.45f, 0, 1), "%s %% (?)", format_number(*a.percent, 2, s.lang).c_str());
    else if (a.percent) ImGui::Text("%s %%", format_number(*a.percent, 2, s.lang).c_str());
    else if (unusable) ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", tr(s, "t/d", "n/a"));
    else ImGui::TextDisabled("%s", tr(s, "t/d", "n/a"));
    if (ImGui::IsItemHovered()) {
        std::string why = a.explanation.in(s.lang);
        if (implausible)
            why += tr(s, "\nJauh di luar kewajaran: periksa realisasinya (salah ketik? 1.250 berarti seribu dua ratus lima puluh).",
                      "\nFar beyond plausible: check the actual (a typo? 1.250 means one thousand two hundred and fifty).");
        if (fraction) {
            const std::string meant = format_number_short(*typed->value.number * 100, s.lang) + " %";
            const std::string counted = format_number_short(*typed->value.number, s.lang) + " %";
            why += s.lang == Lang::En ? "\n" + typed->value.text + " without % counts as " + counted + "; if " + meant +
                                            " is meant (Excel keeps percentages as fractions), type " + meant + "."
                                      : "\n" + typed->value.text + " tanpa tanda % dihitung sebagai " + counted + "; bila maksudnya " +
                                            meant + " (Excel menyimpan persen sebagai pecahan), ketik " + meant + ".";
        }
        if (quarters)
            why += std::string("\n") + quarters->source.in(s.lang) + " = " + quarters->value.text +
                   tr(s, ", berbeda dari realisasi tahunan yang dipakai.", ", unlike the yearly actual used.");
        if (typed_running)
            why += tr(s, "\nRealisasi triwulan tampak diketik sebagai jumlah berjalan, padahal Tolok menjumlahkan tiap "
                         "triwulan sendiri. Bila begitu, ketik realisasi triwulan itu saja (mis. TW II 10 - 5 = 5); bila "
                         "angkanya memang realisasi triwulan itu sendiri, biarkan.",
                      "\nThe quarter actuals look typed as running totals, but Tolok adds the quarters up itself. If so, "
                      "type each quarter's own actual (e.g. Q2 10 - 5 = 5); if the figures are each quarter's own, "
                      "leave them.");
        ImGui::SetTooltip("%s", why.c_str());
    }
    ImGui::TableSetColumnIndex(4);
    category_label(a.category, a.color);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", a.explanation.in(s.lang).c_str());
    ImGui::TableSetColumnIndex(5);
    if (compact_button(tr(s, "Rinci", "Detail"))) open_editor(s, ind.id);
    ImGui::PopID();
}

}  // namespace

void draw_capaian(AppState& s, Plan& plan) {
    if (s.year < plan.start_year || s.year > plan.end_year) s.year = default_year(s, plan);
    ImGui::SetNextItemWidth(120);
    ImGui::InputInt(tr(s, "Tahun", "Year"), &s.year);
    // Tab from the year goes on into the first realisasi field: the table is a window of its own, which ImGui's Tab
    // does not enter, so the keys typed next went into the year.
    if (ImGui::IsItemActive() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab)) && !ImGui::GetIO().KeyShift)
        s.focus_field = "capaian/first-actual";
    s.year = std::max(plan.start_year, std::min(plan.end_year, s.year));
    ImGui::SameLine();
    period_combo(s, tr(s, "Periode", "Period"));
    {  // the year's summary, or the chosen quarter's
        CategorySummary summary = summarize_categories(plan, s.year, s.quarter);
        // The summary flows on to a second line when the window is narrow (a small laptop screen).
        char piece[160];
        auto flow = [](const char* text, const ImVec4* color) {
            same_line_if_fits(ImGui::CalcTextSize(text).x);
            if (color) ImGui::TextColored(*color, "%s", text);
            else ImGui::TextUnformatted(text);
        };
        std::snprintf(piece, sizeof piece, "  %s", tr(s, "Ringkasan:", "Summary:"));
        flow(piece, nullptr);
        const auto& bands = bands_in_force(plan.settings);
        for (size_t i = 0; i < summary.counts.size(); ++i) {
            const ImVec4 color = i < bands.size() ? band_text_color(bands[i].color) : ImVec4(0, 0, 0, 1);
            std::snprintf(piece, sizeof piece, "%s %d;", summary.counts[i].first.c_str(), summary.counts[i].second);
            flow(piece, &color);
        }
        std::snprintf(piece, sizeof piece, "%s %d", tr(s, "tidak dapat dihitung", "not computable"), summary.not_computable);
        flow(piece, nullptr);
        if (summary.average) {
            std::snprintf(piece, sizeof piece, "| %s%s %s %%", tr(s, "rata-rata", "average"), any_cap(plan) ? "*" : "",
                          format_number(*summary.average, 2, s.lang).c_str());
            // On a line of its own without the bar that parts it from the counts.
            ImGui::TextUnformatted(same_line_if_fits(ImGui::CalcTextSize(piece).x) ? piece : piece + 2);
            // What the average averages (and that capaian over the cap count as the cap, marked "*").
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", summary_basis(plan).in(s.lang).c_str());
        }
    }

    if (indicator_count(plan) == 0) {
        disabled_text_wrapped(tr(s, "Belum ada indikator untuk diisi realisasinya: tambahkan di tab Rencana (IKU).",
                                 "No indicators to enter actuals for yet: add them in the Plan (IKU) tab."));
        return;
    }
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable;
    // Column widths for the window: the fixed columns narrower in a narrow window (down to 70 %, a tablet or a zoomed
    // laptop), the Target column as wide as the targets shown (target_column_width). Where the Indikator column is
    // left under 320 px the names wrap (rows of different heights, draw_rows_in_view) instead of being cut to "...":
    // on a tablet every name read "...", and which row was being typed into could not be seen.
    const float avail = ImGui::GetContentRegionAvail().x;
    const float scale = std::max(0.7f, std::min(1.0f, avail / 1000.0f));
    const float target_width = std::ceil(std::max(90.0f * scale, target_column_width(s, plan)) / 10.0f) * 10.0f;
    const float detail_width = std::max(60.0f * scale, ImGui::CalcTextSize(tr(s, "Rinci", "Detail")).x + 2 * ImGui::GetStyle().FramePadding.x);
    const float fixed = target_width + (130.0f + 100.0f + 110.0f) * scale + detail_width + 12 * ImGui::GetStyle().CellPadding.x;
    const bool wrap = avail - fixed < 320.0f;
    const std::array<float, 5> widths{target_width, std::round(130.0f * scale), std::round(100.0f * scale), std::round(110.0f * scale),
                                      std::round(detail_width)};
    const char* table_id = s.quarter ? "capaian-tw" : "capaian";
    if (!ImGui::BeginTable(table_id, 6, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(s, "Indikator", "Indicator"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Target", ImGuiTableColumnFlags_WidthFixed, widths[0]);
    ImGui::TableSetupColumn(tr(s, "Realisasi", "Actual"), ImGuiTableColumnFlags_WidthFixed, widths[1]);
    ImGui::TableSetupColumn(tr(s, "Capaian", "Achievement"), ImGuiTableColumnFlags_WidthFixed, widths[2]);
    ImGui::TableSetupColumn(tr(s, "Kategori", "Category"), ImGuiTableColumnFlags_WidthFixed, widths[3]);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, widths[4]);
    // ImGui takes a fixed column's width once per table: the widths are applied again when they change (a narrower
    // window, another year's longer targets); in between, a column widened by hand keeps its width. The table keeps
    // its id: a table made anew (an id with the widths in it) lost the text being typed when the window's height
    // changed under it (a tablet's on-screen keyboard, a scrollbar coming).
    static std::map<std::string, std::array<float, 5>> applied;  // the view's memory, per table
    std::array<float, 5>& last = applied[table_id];
    if (last != widths) {
        for (size_t c = 0; c < widths.size(); ++c) ImGui::TableSetColumnWidth(static_cast<int>(c) + 1, widths[c]);
        last = widths;
    }
    ImGui::TableHeadersRow();
    std::vector<std::pair<size_t, size_t>> rows;
    for (size_t oi = 0; oi < plan.objectives.size(); ++oi)
        for (size_t ii = 0; ii < plan.objectives[oi].indicators.size(); ++ii) rows.emplace_back(oi, ii);
    static RowHeights heights;  // the wrapped rows' heights: the view's cache, for this one table
    float line_height = 0.0f;    // the one-line rows' height
    if (wrap) {
        draw_rows_in_view(
            heights, rows.size(), [&](size_t r) { return reinterpret_cast<std::uintptr_t>(&plan.objectives[rows[r].first].indicators[rows[r].second]); },
            [&](size_t r) { draw_row(s, plan, rows[r].first, rows[r].second, static_cast<int>(r), true); });
    } else {
        // One line per indicator (names cut to the column with "...", the full name on hover), so the clipper lays
        // out only the visible rows: smooth with 1,200+ indicators.
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(rows.size()));
        while (clipper.Step())
            for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) draw_row(s, plan, rows[r].first, rows[r].second, r, false);
        line_height = clipper.ItemsHeight;
    }
    // The field typed in was not drawn (its row left the view): kept alive, and its row scrolled back into the view.
    const ImGuiID typed_in = g_active_field.id;
    if (typed_in != 0 && ImGui::GetActiveID() == typed_in && GImGui->ActiveIdIsAlive != typed_in && g_active_field.row < rows.size()) {
        ImGui::KeepAliveID(typed_in);
        const RowPlace row = wrap ? row_place(heights, g_active_field.row)
                                  : RowPlace{line_height * static_cast<float>(g_active_field.row), line_height};
        const float view = ImGui::GetWindowHeight() - ImGui::GetFrameHeightWithSpacing();  // below the frozen headers
        ImGui::SetScrollY(std::max(0.0f, row.top - std::max(0.0f, view - row.height) / 2));
    }
    ImGui::EndTable();
}

}  // namespace tolok::app
