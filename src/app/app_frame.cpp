// The app's frame: menu bar (file, edit ("Sunting") with undo/redo, also on Ctrl+Z/Ctrl+Y), plans, language),
// title line with the saved/unsaved state and the last message (all wrapped to the window), the panels as tabs, the import preview and
// confirmations, then the autosave timer.
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>

#include "app/app.h"
#include "app/panels/panels.h"
#include "core/plan_edit.h"
#include "core/plan_json.h"
#include "core/report_common.h"

namespace tolok::app {

namespace {

const char* kTabLabels[kTabCount][2] = {{"Rencana (IKU)", "Plan (IKU)"},
                                        {"Realisasi dan Capaian", "Actuals and achievement"},
                                        {"Indikator", "Indicator"},
                                        {"Pemeriksaan", "Checks"},
                                        {"Pengaturan", "Settings"},
                                        {"Kabupaten", "Regency"}};
const char* kTabIds[kTabCount] = {"tab-plan", "tab-capaian", "tab-editor", "tab-lint", "tab-settings", "tab-regency"};

const ImVec4 kAmber(0.75f, 0.45f, 0, 1);

// One piece of the title line in `color`: beside the previous one when it fits, else from the start of the next
// line, wrapped at the window's edge.
void title_piece(const char* text, const ImVec4& color) {
    same_line_if_fits(ImGui::CalcTextSize(text).x);
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

// The plan's name, whether it is saved, the hand-edited mark, then the last message with its close button first, so
// a long message wraps beside the button instead of pushing it off the window.
void draw_title_line(AppState& s, const Plan& plan) {
    // The office as the documents name it: "Dinas Kesehatan Kabupaten Tanggamus" does not repeat its region.
    const std::string office = report::office_full_name(plan);
    if (plan.title.empty()) ImGui::TextWrapped("%s", office.c_str());
    else ImGui::TextWrapped("%s - %s", plan.title.c_str(), office.c_str());
    if (unsaved(s)) title_piece(tr(s, "* belum tersimpan", "* unsaved"), kAmber);
    else title_piece(tr(s, "tersimpan di peramban", "saved in the browser"), ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    if (s.exchange.hand_edited.count(plan.id))  // imported from a file whose seal did not match
        title_piece(tr(s, "[suntingan tangan: segel berkas asalnya tidak cocok]", "[edited by hand: the seal of the file it came from did not match]"),
                    kAmber);
    if (s.message.empty()) return;
    const bool close = compact_button("x");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(s, "Tutup pesan", "Close the message"));
    ImGui::SameLine();
    const bool problem = s.message[0] == '!';  // "!..." is a problem, anything else a confirmation
    ImGui::PushStyleColor(ImGuiCol_Text, problem ? ImVec4(0.8f, 0.2f, 0.1f, 1) : ImVec4(0.1f, 0.45f, 0.2f, 1));
    ImGui::TextWrapped("%s", s.message.c_str() + (problem ? 1 : 0));
    ImGui::PopStyleColor();
    if (close) s.message.clear();
}

}  // namespace

void draw_menu(AppState& s) {
    Plan* plan = current_plan(s);
    if (!ImGui::BeginMenuBar()) return;
    if (begin_menu(tr(s, "Berkas", "File"))) {
        if (ImGui::MenuItem(tr(s, "Impor JSON...", "Import JSON..."), nullptr, false, s.services.files != nullptr))
            s.services.files->pick_file(".json,application/json");
        if (ImGui::MenuItem(tr(s, "Impor tabel (tempel dari Word/Excel, CSV)...", "Import a table (paste from Word/Excel, CSV)...")))
            s.table_import.open_request = true;
        if (ImGui::MenuItem(tr(s, "Ekspor rencana ini (JSON)", "Export this plan (JSON)"), nullptr, false, plan && s.services.files))
            s.services.files->download(dated_file_name(s, plan_file_stem(*plan), ".json"), "application/json", export_exchange(s, *plan));
        if (ImGui::MenuItem(tr(s, "Ekspor semua rencana (JSON)", "Export all plans (JSON)"), nullptr, false, !s.plans.empty() && s.services.files))
            s.services.files->download(dated_file_name(s, "tolok-semua-rencana", ".json"), "application/json", export_exchange_all(s));
        if (!s.unreadable_copy.empty() && s.services.files &&
            ImGui::MenuItem(tr(s, "Unduh salinan yang tidak terbaca", "Download the unreadable copy")))
            s.services.files->download(dated_file_name(s, "tolok-salinan-tidak-terbaca", ".txt"), "text/plain", s.unreadable_copy);
        end_menu();
    }
    if (begin_menu(tr(s, "Sunting", "Edit"))) {
        std::string undo_label = std::string(tr(s, "Urungkan", "Undo")) +
                                 (s.history.can_undo() ? ": " + s.history.undo_description(s.lang) : std::string()) + "###undo";
        std::string redo_label = std::string(tr(s, "Ulangi", "Redo")) +
                                 (s.history.can_redo() ? ": " + s.history.redo_description(s.lang) : std::string()) + "###redo";
        if (ImGui::MenuItem(undo_label.c_str(), "Ctrl+Z", false, s.history.can_undo())) undo(s);
        if (ImGui::MenuItem(redo_label.c_str(), "Ctrl+Y", false, s.history.can_redo())) redo(s);
        end_menu();
    }
    if (begin_menu(tr(s, "Rencana", "Plans"))) {
        // Every plan; more than the window holds (a Bappeda's 40 offices) in a scrolled list of their own: a menu
        // taller than the window did not open at all.
        const float line = ImGui::GetTextLineHeightWithSpacing();
        const float most = std::max(4.0f * line, ImGui::GetMainViewport()->Size.y * 0.6f);
        const bool scrolled = line * static_cast<float>(s.plans.size()) > most;
        if (scrolled) {
            float widest = 0;
            for (const Plan& p : s.plans) widest = std::max(widest, ImGui::CalcTextSize((p.office.name + " - " + p.title).c_str()).x);
            const float width = std::min(widest + ImGui::GetStyle().ScrollbarSize + 4.0f * ImGui::GetStyle().ItemSpacing.x + 2.0f * line,
                                         ImGui::GetMainViewport()->Size.x * 0.8f);
            ImGui::BeginChild("##plan-list", ImVec2(width, most), false, ImGuiWindowFlags_NavFlattened);
        }
        // In the scrolled list a long office name is cut with "..." before the check mark of the plan open.
        const float room = scrolled ? ImGui::GetContentRegionAvail().x - 2.0f * line - ImGui::GetStyle().ItemSpacing.x : 0.0f;
        for (size_t i = 0; i < s.plans.size(); ++i) {
            std::string name = s.plans[i].office.name + " - " + s.plans[i].title;
            // Two plans of one office, period and title (the same file from two laptops): told apart by their ids.
            for (size_t j = 0; j < s.plans.size(); ++j)
                if (j != i && s.plans[j].office.name == s.plans[i].office.name && s.plans[j].title == s.plans[i].title) {
                    name += " [" + s.plans[i].id + "]";
                    break;
                }
            std::string label = (scrolled ? fit_text(name, room) : name) + "###plan" + std::to_string(i);
            const bool chosen = ImGui::MenuItem(label.c_str(), nullptr, i == s.current);
            if (i == s.current && scrolled) ImGui::SetItemDefaultFocus();  // the arrows start from the plan open
            if (chosen) {
                s.current = i;
                if (scrolled) ImGui::CloseCurrentPopup();  // an item in a child window does not close its menu itself
            }
            if (scrolled && i == s.current && ImGui::IsWindowAppearing()) ImGui::SetScrollHereY();
        }
        if (scrolled) {
            ImGui::EndChild();
            // Esc closes the menu at once, as it does a short one (the list's focus took the first press).
            if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) ImGui::CloseCurrentPopup();
        }
        ImGui::Separator();
        if (ImGui::MenuItem(tr(s, "Rencana baru", "New plan"))) {
            apply_plans(s, {make_new_plan(s)}, BiText{"Rencana baru", "New plan"});
            // Its settings next, the office name ready for typing (then the period, signatories).
            s.tab_request = kTabSettings;
            s.focus_field = "office/name";
        }
        if (ImGui::MenuItem(tr(s, "Duplikat rencana ini", "Duplicate this plan"), nullptr, false, plan != nullptr)) {
            Plan copy = *plan;
            copy.id = new_plan_id(s);
            copy.title += " (salinan)";  // the title is printed on the Indonesian documents, whatever the interface language
            apply_plans(s, {copy}, BiText{"Duplikat rencana", "Duplicate plan"});
        }
        // The sasaran 1..M and the indicators 1..N in the order they stand, as the IKU documents number them (after
        // a deletion, or an indicator added to an earlier sasaran); Pemeriksaan points here (lint.code_order).
        if (ImGui::MenuItem(tr(s, "Nomori ulang sasaran dan indikator", "Renumber objectives and indicators"), nullptr, false, plan != nullptr)) {
            Plan renumbered = *plan;
            if (renumber_codes(renumbered)) {
                change(s, BiText{"Nomori ulang sasaran dan indikator", "Renumber objectives and indicators"}) = std::move(renumbered);
                say(s, BiText{"Sasaran dan indikator dinomori ulang 1, 2, 3, ... sesuai urutannya (Ctrl+Z mengembalikan).",
                               "Objectives and indicators renumbered 1, 2, 3, ... in their order (Ctrl+Z brings the old numbers back)."});
            } else {
                say(s, BiText{"Nomor sasaran dan indikator sudah urut.", "The objectives and indicators are numbered in order already."});
            }
        }
        if (ImGui::MenuItem(tr(s, "Hapus rencana ini...", "Delete this plan..."), nullptr, false, s.plans.size() > 1))
            s.confirm_delete_plan = true;
        if (ImGui::MenuItem(tr(s, "Buka rencana bawaan (Tanggamus)", "Open the built-in plan (Tanggamus)")))
            open_builtin_plan(s);
        end_menu();
    }
    draw_documents_menu(s);
    if (begin_menu(tr(s, "Bahasa", "Language"))) {
        const Lang before = s.lang;
        if (ImGui::MenuItem("Bahasa Indonesia", nullptr, s.lang == Lang::Id)) s.lang = Lang::Id;
        if (ImGui::MenuItem("English", nullptr, s.lang == Lang::En)) s.lang = Lang::En;
        // A message said in both languages follows the switch; another confirmation goes ("Diulangi: ..." under
        // English menus); another problem ("!") stays until dismissed, in the words it was said in.
        if (s.lang != before) message_language_changed(s);
        end_menu();
    }
    ImGui::EndMenuBar();
}

void draw_delete_plan_confirm(AppState& s) {
    const char* title = s.lang == Lang::En ? "Delete plan###delete-plan" : "Hapus rencana###delete-plan";
    if (s.confirm_delete_plan) {
        ImGui::OpenPopup(title);
        s.confirm_delete_plan = false;
    }
    if (!begin_confirm_dialog(s, title)) return;  // centred, a long plan name wrapped
    Plan* plan = current_plan(s);
    if (plan) ImGui::TextWrapped("%s %s - %s?", tr(s, "Hapus", "Delete"), plan->office.name.c_str(), plan->title.c_str());
    disabled_text_wrapped(tr(s, "Dapat dibatalkan dengan Urungkan (Ctrl+Z).", "Can be undone with Undo (Ctrl+Z)."));
    if (confirm_buttons(s, tr(s, "Hapus", "Delete")) == DialogChoice::Confirm && plan) delete_current_plan(s);
    end_confirm_dialog();
}

// Rencana > Buka rencana bawaan when the Tanggamus plan held was changed: shown as it is (the first choice, where
// the keyboard starts), or replaced by the shipped one.
void draw_builtin_replace_confirm(AppState& s) {
    const char* title = s.lang == Lang::En ? "Built-in plan###builtin-replace" : "Rencana bawaan###builtin-replace";
    if (s.confirm_builtin_replace) {
        ImGui::OpenPopup(title);
        s.confirm_builtin_replace = false;
    }
    if (!begin_confirm_dialog(s, title)) return;
    ImGui::TextWrapped("%s", tr(s, "Rencana Tanggamus di peramban ini sudah diubah (target, realisasi atau isian lain). Buka apa adanya, "
                                   "atau ganti dengan rencana bawaan yang asli?",
                                "The Tanggamus plan in this browser has been changed (targets, actuals or other fields). Open it as it "
                                "is, or replace it with the original built-in plan?"));
    disabled_text_wrapped(tr(s, "Mengganti menghapus perubahan itu; Urungkan (Ctrl+Z) mengembalikannya selama halaman belum ditutup. "
                                "Ekspor dulu bila ragu.",
                             "Replacing removes those changes; Undo (Ctrl+Z) brings them back until the page is closed. Export "
                             "first if unsure."));
    const bool escape = dialog_keys();
    const bool show = ImGui::Button(tr(s, "Buka yang sudah diubah", "Open the changed one"));
    ImGui::SetItemDefaultFocus();
    ImGui::SameLine();
    const bool replace = ImGui::Button(tr(s, "Ganti dengan yang asli", "Replace with the original"));
    ImGui::SameLine();
    const bool cancel = ImGui::Button(tr(s, "Batal", "Cancel")) || escape;
    if (show) show_held_builtin_plan(s);
    if (replace) replace_with_builtin_plan(s);
    if (show || replace || cancel) ImGui::CloseCurrentPopup();
    end_confirm_dialog();
}

// Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) undo and redo the plans' last change. In a text field:
// - typing not applied yet (a number, the period's years, a band's name: applied when the field is left) is dropped,
//   as Esc does, and nothing else is undone (it undid an earlier change, then applied the typing anyway);
// - a field whose typing made the plans' last step in this visit (History::text_field_active: a one-line field's
//   whole edit, a note's last words) is left, so it shows the restored value, and that step undone: the field's own
//   keystroke undo applied and saved every text it passed through (a realisasi "4" retyped "7" became empty);
// - a field with typing of its own and no step (a search box, the Kabupaten year) undoes its own typing (ImGui's);
// - a field just entered undoes the plans' last change.
// Before any widget runs this frame, so a field never sees the keys it should not. Not while a dialog is open.
static void undo_redo_keys(AppState& s) {
    ImGuiContext& g = *GImGui;
    const ImGuiIO& io = g.IO;
    const bool in_text_field = g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID;
    s.history.text_field_active(in_text_field ? g.ActiveId : 0, !(in_text_field && multiline_field_active()));
    if (!io.KeyCtrl || io.KeyAlt || ImGui::GetTopMostPopupModal() != nullptr) return;
    const bool z = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false);
    const bool y = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false);
    if (!z && !y) return;
    const bool undoing = z && !io.KeyShift;
    if (in_text_field) {
        bool dropped = s.number_drafts.erase(std::to_string(g.ActiveId)) > 0;
        if (s.period_draft) {
            s.period_draft.reset();
            dropped = true;
        }
        if (const Plan* plan = current_plan(s); plan && s.shown_tab == kTabSettings && s.bands_drafts.erase(plan->id) > 0) dropped = true;
        if (dropped) {
            ImGui::ClearActiveID();
            return;
        }
        const auto& own = g.InputTextState.Stb.undostate;
        const bool own_typing = undoing ? own.undo_point > 0 : own.redo_point < STB_TEXTEDIT_UNDOSTATECOUNT;
        if (own_typing && !s.history.last_step_in_this_field()) return;  // the field's own undo (not plan data)
        ImGui::ClearActiveID();
    }
    if (undoing) undo(s);
    else redo(s);
}

void App::frame() {
    AppState& s = *state_;
    if (s.leave_text_field) {  // the page is being left: a field's unapplied text is applied as it is left
        if (GImGui->ActiveId != 0) ImGui::ClearActiveID();
        s.leave_text_field = false;
    }
    // An active text field writes its own text back every frame it differs from the value: after the plans were
    // replaced under it (another tab's save, an import, undo), it is left first so the new value shows instead.
    if (s.plans_replaced) {
        if (GImGui->ActiveId != 0 && GImGui->ActiveId == GImGui->InputTextState.ID) ImGui::ClearActiveID();
        s.number_drafts.clear();  // typed over the plans that were replaced: not applied to the new ones
        s.plans_replaced = false;
    }
    undo_redo_keys(s);
    enter_presses_focused_item();
    follow_shown_plan(s);
    // The full-window background is the platform's clear colour, not a blended full-screen quad: without a GPU
    // (software rendering, as in headless Chromium or old laptops) every full-screen layer costs milliseconds.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    s.window_resized = s.window_width != 0 && (vp->Size.x != s.window_width || vp->Size.y != s.window_height);
    s.window_width = vp->Size.x;
    s.window_height = vp->Size.y;
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::Begin("Tolok", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoBackground |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus);
    draw_menu(s);
    if (Plan* plan = current_plan(s)) {
        draw_title_line(s, *plan);
        if (ImGui::BeginTabBar("tabs")) {
            // The request made before this frame; one made while a tab draws (a lint finding opening the editor, a
            // tab left of it) is kept for the next frame instead of being cleared with this one.
            const int requested = s.tab_request;
            s.tab_request = -1;
            for (int t = 0; t < kTabCount; ++t) {
                std::string label = std::string(kTabLabels[t][s.lang == Lang::En ? 1 : 0]) + "###" + kTabIds[t];
                ImGuiTabItemFlags flags = requested == t ? ImGuiTabItemFlags_SetSelected : 0;
                bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
                expose_last_item(kTabIds[t]);
                if (!open) continue;
                s.shown_tab = t;
                switch (t) {
                    case kTabPlan: draw_overview(s, *plan); break;
                    case kTabCapaian: draw_capaian(s, *plan); break;
                    case kTabEditor: draw_editor(s, *current_plan(s)); break;
                    case kTabLint: draw_lint(s, *plan); break;
                    case kTabRegency: draw_regency(s); break;
                    default: draw_settings(s, *plan); break;
                }
                ImGui::EndTabItem();
                plan = current_plan(s);
                if (!plan) break;
            }
            ImGui::EndTabBar();
        }
    }
    draw_import_preview(s);
    draw_review(s);
    draw_delete_plan_confirm(s);
    draw_builtin_replace_confirm(s);
    draw_table_import(s);
    draw_storage_conflict(s);
    ImGui::End();
    tick();
}

}  // namespace tolok::app
