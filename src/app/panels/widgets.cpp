// Small ImGui helpers shared by the panels (see panels.h).
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "app/panels/panels.h"
#include "core/colors.h"
#include "core/value.h"

namespace tolok::app {

void expose_last_item(const char* label) {
#ifdef IMGUI_ENABLE_TEST_ENGINE
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, label, g.LastItemData.StatusFlags);
#else
    (void)label;
#endif
}

void expose_item(unsigned id, const char* label) {
#ifdef IMGUI_ENABLE_TEST_ENGINE
    ImGuiContext& g = *GImGui;  // read by the macro
    IMGUI_TEST_ENGINE_ITEM_INFO(id, label, 0);
#else
    (void)id;
    (void)label;
#endif
}

void expose_last_rect(const char* label) {
#ifdef IMGUI_ENABLE_TEST_ENGINE
    ImGuiContext& g = *GImGui;
    const ImGuiID id = ImGui::GetID(label);
    IMGUI_TEST_ENGINE_ITEM_ADD(g.LastItemData.Rect, id);
    IMGUI_TEST_ENGINE_ITEM_INFO(id, label, 0);
#else
    (void)label;
#endif
}

ImVec4 band_text_color(const std::string& hex) {
    // Against the window's background a shade darker, as the tables' alternate rows are.
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    const Rgb c = readable_on(rgb_of_hex(hex, Rgb{0.53f, 0.53f, 0.53f}), Rgb{bg.x * 0.95f, bg.y * 0.95f, bg.z * 0.95f});
    return ImVec4(c.r, c.g, c.b, 1.0f);
}

void category_label(const std::string& label, const std::string& hex) {
    if (label.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, band_text_color(hex));
    ImGui::TextWrapped("%s", label.c_str());
    ImGui::PopStyleColor();
}

const char* quarter_label(const AppState& s, int q) { return quarter_name(q + 1, s.lang); }

void period_combo(AppState& s, const char* label) {
    auto name = [&](int q) { return q == 0 ? tr(s, "Tahunan", "Whole year") : quarter_name(q, s.lang); };
    ImGui::SetNextItemWidth(120);
    if (ImGui::BeginCombo(label, name(s.quarter))) {
        for (int q = 0; q <= 4; ++q) {
            if (ImGui::Selectable(name(q), s.quarter == q)) s.quarter = q;
            if (s.quarter == q) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    } else {
        expose_last_item(label);
    }
}

void headers_row_with_tooltips() {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < ImGui::TableGetColumnCount(); ++c) {
        if (!ImGui::TableSetColumnIndex(c)) continue;
        const char* name = ImGui::TableGetColumnName(c);
        ImGui::PushID(c);
        ImGui::TableHeader(name);
        if (ImGui::IsItemHovered() && name[0]) ImGui::SetTooltip("%s", name);
        ImGui::PopID();
    }
}

void headers_row_wrapped() {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
    for (int c = 0; c < ImGui::TableGetColumnCount(); ++c) {
        if (!ImGui::TableSetColumnIndex(c)) continue;
        ImGui::TextWrapped("%s", ImGui::TableGetColumnName(c));
    }
}

bool dialog_keys() {
    ImGuiContext& g = *GImGui;
    if (ImGui::IsWindowAppearing()) {
        // The Enter that opened the dialog (a field's Enter, then this frame) is not taken as a press in it.
        g.NavDisableHighlight = false;
        return false;
    }
    if (ImGui::IsAnyItemActive() || !ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) return false;
    // Enter presses the focused button (enter_presses_focused_item, for every window).
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
}

void enter_presses_focused_item() {
    ImGuiContext& g = *GImGui;
    // Only while the keyboard is in use (its focus frame shown) and no field is being typed in: Enter in a field
    // commits the field. The item is pressed in the next frame, as by Space.
    if (g.NavId == 0 || g.NavDisableHighlight || g.ActiveId != 0 || !g.NavWindow) return;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false))
        ImGui::ActivateItem(g.NavId);
}

DialogChoice confirm_buttons(const AppState& s, const char* confirm) {
    const bool escape = dialog_keys();
    const bool confirmed = ImGui::Button(confirm);
    ImGui::SameLine();
    const bool cancelled = ImGui::Button(tr(s, "Batal", "Cancel"));
    ImGui::SetItemDefaultFocus();
    if (!confirmed && !cancelled && !escape) return DialogChoice::None;
    ImGui::CloseCurrentPopup();
    return confirmed ? DialogChoice::Confirm : DialogChoice::Cancel;
}

void disabled_text_wrapped(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

static bool finger_sized() {
    const ImVec2 touch = ImGui::GetStyle().TouchExtraPadding;
    return touch.x > 0 || touch.y > 0;
}

bool begin_menu(const char* label, bool enabled) {
    if (!ImGui::BeginMenu(label, enabled)) return false;
    // Pushed inside the menu's window: its items (and the menus it holds) are spaced; the menu bar is not.
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(style.ItemSpacing.x, finger_sized() ? 20.0f : style.ItemSpacing.y));
    return true;
}

void end_menu() {
    ImGui::PopStyleVar();
    ImGui::EndMenu();
}

bool compact_button(const char* label) {
    return finger_sized() ? ImGui::Button(label) : ImGui::SmallButton(label);
}

ImGuiCond dialog_placing(const AppState& s) { return s.window_resized ? ImGuiCond_Always : ImGuiCond_Appearing; }

bool begin_confirm_dialog(const AppState& s, const char* title) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), dialog_placing(s), ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return false;
    const float wrap = std::min(vp->Size.x * 0.9f - ImGui::GetStyle().WindowPadding.x * 2.0f, 34.0f * ImGui::GetFontSize());
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);  // Text, TextColored and TextDisabled wrap there too
    return true;
}

void end_confirm_dialog() {
    ImGui::PopTextWrapPos();
    ImGui::EndPopup();
}

bool same_line_if_fits(float width) {
    const float line_end = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width > line_end) return false;
    ImGui::SameLine();
    return true;
}

bool contains_ci(const std::string& hay, const std::string& needle) {
    if (needle.empty()) return true;
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        size_t k = 0;
        while (k < needle.size() && lower(hay[i + k]) == lower(needle[k])) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

std::string fit_text(const std::string& text, float room) {
    if (ImGui::CalcTextSize(text.c_str()).x <= room) return text;
    // The longest start that fits with "..." (cut at a UTF-8 character boundary), by halving.
    const float dots = ImGui::CalcTextSize("...").x;
    size_t fits = 0, over = text.size();
    while (over - fits > 1) {
        const size_t mid = (fits + over) / 2;
        if (ImGui::CalcTextSize(text.c_str(), text.c_str() + mid).x + dots <= room) fits = mid;
        else over = mid;
    }
    while (fits > 0 && (static_cast<unsigned char>(text[fits]) & 0xC0) == 0x80) --fits;
    while (fits > 0 && text[fits - 1] == ' ') --fits;
    return text.substr(0, fits) + "...";
}

bool text_fitted(const std::string& text) {
    const std::string shown = fit_text(text, ImGui::GetContentRegionAvail().x);
    ImGui::TextUnformatted(shown.c_str());
    return shown.size() != text.size();
}

void tooltip_wrapped(const std::string& text) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(std::min(ImGui::GetMainViewport()->Size.x * 0.9f, 34.0f * ImGui::GetFontSize()));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void section(const char* title) {
    ImGui::Spacing();
    ImGui::TextColored(ImVec4(0.12f, 0.37f, 0.55f, 1.0f), "%s", title);
    ImGui::Separator();
}

bool edit_text(const char* label, const std::string& value, std::string& out, float width, const char* hint) {
    out = value;
    if (width != 0.0f) ImGui::SetNextItemWidth(width);
    const bool edited = hint ? ImGui::InputTextWithHint(label, hint, &out) : ImGui::InputText(label, &out);
    return edited && out != value;
}

void say_cap_too_low(AppState& s) {
    say(s, BiText{"!Batas capaian harus 100 % atau lebih: batas hanya memotong capaian di atas target. Nilainya tidak diubah.",
                  "!The cap must be 100 % or more: a cap only trims achievement above the target. It was not changed."});
}

void draw_files_waiting(const AppState& s) {
    if (s.files_waiting.empty()) return;
    const std::string n = std::to_string(s.files_waiting.size());
    ImGui::TextDisabled("%s", (s.lang == Lang::En ? n + " more file(s) waiting: each opens here once this one is imported or closed"
                                                  : n + " berkas lagi menunggu: masing-masing terbuka di sini setelah berkas ini diimpor atau ditutup")
                                  .c_str());
}

void warn_comma_reading(AppState& s, const std::string& field, const std::string& text) {
    if (s.lang != Lang::En) return;
    // Said in English only (the note is for English readers of "2,500"): gone when switched to Indonesian.
    if (const std::optional<BiText> note = comma_thousands_note(text)) s.message = "!" + (field.empty() ? std::string() : field + ": ") + note->en + ".";
}

bool edit_number(AppState& s, const char* label, std::optional<double>& value, float width, const BiText& what, bool required) {
    // Shown in the data's Indonesian style whatever the interface language, so what is shown reads back as the same
    // number: in English style 1250 would show "1,250" and, edited, read back as 1,25 (a decimal comma).
    // While a draft is typed the field is given the draft, not the stored value: ImGui reports an edit by comparing
    // its text with the one given, so a keystroke that brought the text back to the stored value went unreported
    // ("3800" then Backspace showed 380 and stored 3.800).
    // Only while the field is active: a draft left behind (its field gone from the screen when the keyboard left it,
    // undo having switched the plan) is never shown, nor applied to what the field shows now.
    const ImGuiID id = ImGui::GetID(label);
    const std::string field = std::to_string(id);
    const auto typed_before = s.number_drafts.find(field);
    const bool typing = ImGui::GetActiveID() == id && typed_before != s.number_drafts.end();
    std::string out = typing ? typed_before->second : value ? format_number_short(*value, Lang::Id, 6) : std::string();
    if (width != 0.0f) ImGui::SetNextItemWidth(width);
    const bool edited = ImGui::InputText(label, &out);
    // The text is read when the field is left, whole: read keystroke by keystroke, "12 500" kept 12 and then said
    // that nothing had changed.
    if (edited) s.number_drafts[field] = out;
    auto draft = s.number_drafts.find(field);
    if (draft == s.number_drafts.end()) return false;
    if (!ImGui::IsItemDeactivated()) {
        if (!ImGui::IsItemActive()) s.number_drafts.erase(draft);  // left behind: dropped
        return false;
    }
    const std::string text = draft->second;
    s.number_drafts.erase(draft);
    const std::optional<double> typed = text.empty() ? std::nullopt : parse_number(text);
    const std::string shown(label, ImGui::FindRenderedTextEnd(label));  // without "##id"
    const BiText name = !what.id.empty() ? what : BiText{shown, shown};
    const std::string who_id = name.id.empty() ? std::string() : name.id + ": ";
    const std::string who_en = name.en.empty() ? std::string() : name.en + ": ";
    if (text.empty() && required) {
        if (value) say(s, BiText{"!" + who_id + "tidak boleh kosong; nilainya tidak diubah.", "!" + who_en + "cannot be empty; the value was not changed."});
        return false;
    }
    if (!text.empty() && !typed) {
        say(s, BiText{"!" + who_id + "\"" + text + "\" bukan angka; nilainya tidak diubah.",
                      "!" + who_en + "\"" + text + "\" is not a number; the value was not changed."});
        return false;
    }
    warn_comma_reading(s, name.en, text);  // said in English only
    const bool changed = typed != value;
    value = typed;
    return changed;
}

// The many-line field that had the keyboard last (ImGui keeps no flag of it between frames).
static ImGuiID last_multiline_active = 0;

bool edit_multiline(const char* label, const std::string& value, std::string& out, float height) {
    out = value;
    const bool edited = ImGui::InputTextMultiline(label, &out, ImVec2(-1.0f, height)) && out != value;
    if (ImGui::IsItemActive()) last_multiline_active = ImGui::GetItemID();
    return edited;
}

bool multiline_field_active() { return last_multiline_active != 0 && last_multiline_active == ImGui::GetActiveID(); }

// The height of the table row being drawn, once its last cell is drawn: what ImGui makes it when the row ends.
static float current_row_height() {
    const ImGuiTable* table = ImGui::GetCurrentTable();
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    return std::max(table->RowPosY2, window->DC.CursorMaxPos.y + table->CellPaddingY) - table->RowPosY1;
}

namespace {
// The height counted for a row not drawn yet: the average of those that were (two lines before any was).
float guessed_row_height(const RowHeights& cache) {
    float measured = 0.0f;
    size_t measured_rows = 0;
    for (const auto& h : cache.rows)
        if (h.second > 0.0f) {
            measured += h.second;
            ++measured_rows;
        }
    return measured_rows ? measured / static_cast<float>(measured_rows) : 2.0f * ImGui::GetTextLineHeightWithSpacing();
}
}  // namespace

void draw_rows_in_view(RowHeights& cache, size_t count, const std::function<std::uintptr_t(size_t)>& key,
                       const std::function<void(size_t)>& draw) {
    auto& heights = cache.rows;
    heights.resize(count);
    for (size_t r = 0; r < count; ++r) {
        const std::uintptr_t k = key(r);
        if (heights[r].first != k) heights[r] = {k, 0.0f};
    }
    const float guess = guessed_row_height(cache);
    auto height_of = [&](size_t r) { return heights[r].second > 0.0f ? heights[r].second : guess; };
    // In the table's own coordinates from the first row: the view is [scroll, scroll + height), the frozen header
    // row over its top (so a row or two more than needed are drawn at the bottom).
    const float view_top = ImGui::GetScrollY(), view_bottom = view_top + ImGui::GetWindowHeight();
    size_t r = 0;
    float y = 0.0f;
    while (r < count && y + height_of(r) <= view_top) y += height_of(r++);
    if (r > 0) ImGui::TableNextRow(0, y);
    for (; r < count && y < view_bottom; ++r) {
        draw(r);
        heights[r].second = current_row_height();
        y += heights[r].second;
    }
    float below = 0.0f;
    for (size_t k = r; k < count; ++k) below += height_of(k);
    if (below > 0.0f) ImGui::TableNextRow(0, below);
}

RowPlace row_place(const RowHeights& cache, size_t row) {
    const float guess = guessed_row_height(cache);
    auto height_of = [&](size_t r) { return r < cache.rows.size() && cache.rows[r].second > 0.0f ? cache.rows[r].second : guess; };
    RowPlace place;
    for (size_t r = 0; r < row; ++r) place.top += height_of(r);
    place.height = height_of(row);
    return place;
}

void open_editor(AppState& s, const std::string& indicator_id) {
    s.selected_indicator = indicator_id;
    s.tab_request = kTabEditor;
    // Opened from the keyboard (Space on Rinci): the keyboard goes on into the indicator's name, not nowhere.
    if (!GImGui->NavDisableHighlight && GImGui->NavId != 0) s.focus_field = "name";
}

void focus_if_requested(AppState& s, const std::string& key) {
    if (s.focus_field.empty() || s.focus_field != key) return;
    ImGui::SetScrollHereY(0.25f);
    // The field starts afresh, its text selected so that what is typed replaces it. ImGui keeps the cursor of the
    // text field last typed in and reuses it when the keyboard comes back to a field of the same id: the name of the
    // second new indicator went in at the first name's cursor ("IndiDuakator baru"). Not while a field is being typed in
    // (its state is in use).
    ImGuiContext& g = *GImGui;
    if (g.InputTextState.ID != g.ActiveId) g.InputTextState.ID = 0;
    ImGui::SetKeyboardFocusHere();
    s.focus_field.clear();
}

Indicator* find_selected(AppState& s, Plan& plan) {
    return s.selected_indicator.empty() ? nullptr : find_indicator(plan, s.selected_indicator);
}

}  // namespace tolok::app
