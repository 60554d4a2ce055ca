// The dialogs of exchange between offices: the preview of a received file (who sent it and when, whether its
// seal matches, capaian rows that differ, what each plan will do: added, reviewed as an update, replaced or
// skipped; "import anyway" for a file whose seal does not match; a file sent earlier than the version already
// exchanged, said in red) and the review of a received update (each change
// accepted or rejected; conflicts side by side: the base, the user's value and the received one). Logic in
// logic/exchange_flow.cpp.
#include "app/panels/panels.h"
#include "app/logic/local_time.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace tolok::app {

namespace {

const ImVec4 kRed(0.8f, 0.1f, 0.1f, 1), kAmber(0.7f, 0.4f, 0, 1), kGreen(0.1f, 0.5f, 0.2f, 1);

// Wrapped text whose lines break at spaces only: ImGui also breaks before punctuation, so a change's line began with
// ", tahun 2018" (after a quoted name). A line that would start with punctuation ends at the space before instead.
void text_wrapped_at_spaces(const std::string& text) {
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    const float width = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
    const char* s = text.c_str();
    const char* end = s + text.size();
    if (s == end) ImGui::NewLine();
    while (s < end) {
        const char* line_end = std::find(s, end, '\n');
        const char* cut = font->CalcWordWrapPositionA(scale, s, line_end, width);
        if (cut == s) ++cut;  // too narrow for even one character: one per line, as ImGui does
        if (cut < line_end && std::strchr(",.;:!?", *cut)) {
            const char* space = cut;
            while (space > s && space[-1] != ' ') --space;
            if (space > s) cut = space;
        }
        ImGui::TextUnformatted(s, cut);
        s = cut;
        while (s < end && *s == ' ') ++s;
        if (s < end && *s == '\n') ++s;
    }
}

void draw_sender(AppState& s, const ExchangeReadResult& r) {
    if (!r.has_envelope) {
        // Said of a file that will be imported; a refused one (not JSON, not a plan) has only its errors.
        if (r.ok())
            ImGui::TextColored(kAmber, "%s", tr(s, "Berkas rencana biasa tanpa segel: pengirim dan keutuhannya tidak dapat diperiksa.",
                                                "A plain plan file without a seal: its sender and integrity cannot be checked."));
        return;
    }
    if (r.header) {
        const ExchangeHeader& h = *r.header;
        // Without a matching seal the header is only what the file claims (as the CLI says: "mengaku").
        const char* sent_by = r.verified ? tr(s, "Dikirim oleh", "Sent by")
                                         : tr(s, "Mengaku dikirim (tidak terverifikasi) oleh", "Claims to be sent (unverified) by");
        ImGui::TextWrapped("%s %s%s%s, %s %s (%s %s)", sent_by, sender_office_text(h, s.lang).c_str(),
                           h.sender.code.empty() ? "" : " / ", h.sender.code.c_str(), tr(s, "pada", "on"),
                           readable_time(h.sent_at, reader_utc_offset(s)).c_str(), h.app.c_str(), h.app_version.c_str());
    }
    if (r.verified) ImGui::TextColored(kGreen, "%s", tr(s, "Segel SHA-256 cocok: berkas utuh, tidak diubah sejak ditulis.",
                                                         "SHA-256 seal matches: the file is whole, unchanged since it was written."));
    else if (r.altered) ImGui::TextColored(kAmber, "%s", tr(s, "Segel TIDAK cocok: berkas diubah atau rusak. Diimpor atas pilihan Anda dan ditandai sebagai suntingan tangan.",
                                                             "The seal does NOT match: the file was altered or damaged. Imported by your choice and marked as edited by hand."));
}

const char* action_label(const AppState& s, ImportAction a) {
    switch (a) {
        case ImportAction::AddNew: return tr(s, "tambahkan sebagai rencana baru", "add as a new plan");
        case ImportAction::Review: return tr(s, "tinjau perubahan satu per satu", "review the changes one by one");
        case ImportAction::Replace: return tr(s, "ganti seluruhnya", "replace entirely");
        default: return tr(s, "lewati", "skip");
    }
}

}  // namespace

void draw_import_preview(AppState& s) {
    const char* title = s.lang == Lang::En ? "Import a file###import" : "Impor berkas###import";
    // Also opened again while a file waits for its answer, if something closed the popup on its own (a focus moved by
    // the dialog before it, "Buat rencana baru" of a table): a file left without its dialog held every later one.
    if (s.open_import_popup || (s.incoming && !ImGui::IsPopupOpen(title))) {
        ImGui::OpenPopup(title);
        s.open_import_popup = false;
    }
    // A fixed width (so the dialog never grows to the right past the screen once it is open) and a height that fits
    // its content (a 0 size axis is fitted each frame), centred every frame; every text wraps at the window edge.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(vp->Size.x * 0.9f, 900.0f);
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, vp->Size.y * 0.9f));
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) return;
    if (!s.incoming) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    IncomingFile& in = *s.incoming;
    const bool cancel = dialog_keys();
    ImGui::PushTextWrapPos(0.0f);  // wrap at the window's right edge
    ImGui::TextUnformatted(in.name.c_str());
    draw_files_waiting(s);
    draw_sender(s, in.read);
    if (!in.read.ok()) {
        ImGui::TextColored(kRed, "%s", tr(s, "Berkas ditolak; tidak ada yang diubah.", "The file was refused; nothing was changed."));
        expose_last_rect("refused-headline");
        // "Import anyway" only helps a file whose one problem is its seal: a file that does not read (cut short, not
        // JSON, not a plan) has the reader's errors too and would be refused again.
        const bool integrity_only = in.read.only_seal_failed();
        size_t errors = 0;
        for (const Diagnostic& d : in.read.diagnostics) errors += d.severity == Severity::Error;
        // The errors scroll in a list of their own, as the plans of a file that is read do, so the headline stays at
        // the top and Tutup in view: the dialog is at most 90 % of the window high, and with 20 errors it scrolled to
        // its focused Tutup, the file's name and "Berkas ditolak" above the view. The list is as high as its text was
        // last frame, or as the room left.
        const ImGuiStyle& style = ImGui::GetStyle();
        const ImGuiID list_id = ImGui::GetID("##refused-errors");
        const float below = ImGui::GetFrameHeightWithSpacing() + (errors > 20 ? ImGui::GetTextLineHeightWithSpacing() : 0.0f);
        const float room = std::max(vp->Size.y * 0.9f - ImGui::GetCursorPosY() - below - 2.0f * style.WindowPadding.y,
                                    3.0f * ImGui::GetTextLineHeightWithSpacing());
        const float measured = ImGui::GetStateStorage()->GetFloat(list_id, room);
        ImGui::BeginChild(list_id, ImVec2(0, std::min(measured, room)), false, ImGuiWindowFlags_NavFlattened);
        size_t shown = 0;
        for (size_t di = 0; di < in.read.diagnostics.size(); ++di) {
            const Diagnostic& d = in.read.diagnostics[di];
            if (d.severity != Severity::Error) continue;
            if (shown++ < 20) {
                std::string where = location_label(d.location, s.lang);
                // "sasaran 2 "...", indikator 5 "...", tahun 2030" before the pointer, when the pointer names such places
                if (di < in.places.size() && !in.places[di].in(s.lang).empty()) where = in.places[di].in(s.lang) + " (" + where + ")";
                const std::string& text = d.text(s.lang);
                if (!where.empty() && text.find(where) != std::string::npos) where.clear();  // "... at line 3, column 7"
                ImGui::Bullet();
                ImGui::SameLine();
                ImGui::TextWrapped("%s", (d.id + (where.empty() ? "" : " " + where) + ": " + text).c_str());
            }
        }
        const float list_height = ImGui::GetCursorPosY() - style.ItemSpacing.y;  // its text, scrolled or not
        ImGui::EndChild();
        expose_last_rect("##refused-errors");
        ImGui::GetStateStorage()->SetFloat(list_id, list_height);
        if (shown > 20)  // the first 20 are listed; the rest counted, so nobody fixes 20 and is surprised again
            ImGui::TextColored(kRed, tr(s, "... dan %zu galat lainnya.", "... and %zu more errors."), shown - 20);
        ImGui::PopTextWrapPos();
        if (integrity_only && ImGui::Button(tr(s, "Impor tetap (tandai sebagai suntingan tangan)", "Import anyway (mark as edited by hand)")))
            receive_anyway(s);
        if (!in.read.ok()) {
            if (integrity_only) ImGui::SameLine();
            const bool closed = ImGui::Button(tr(s, "Tutup", "Close"));
            ImGui::SetItemDefaultFocus();  // Enter closes; importing anyway is chosen on purpose
            if (closed || cancel) {
                s.incoming.reset();
                ImGui::CloseCurrentPopup();
            }
        }
        ImGui::EndPopup();
        return;
    }
    size_t mismatches = 0;
    for (const auto& d : in.read.diagnostics) mismatches += d.id == "exchange.capaian_mismatch";
    if (mismatches) {
        ImGui::TextColored(kAmber, s.lang == Lang::En ? "%zu capaian row(s) in the file differ from this Tolok's computation:"
                                                      : "%zu baris capaian dalam berkas berbeda dari hitungan Tolok ini:", mismatches);
        size_t shown = 0;
        for (const auto& d : in.read.diagnostics)
            if (d.id == "exchange.capaian_mismatch" && shown++ < 10) {
                ImGui::Bullet();
                ImGui::SameLine();
                ImGui::TextWrapped("%s", (d.location + ": " + d.text(s.lang)).c_str());
            }
    }
    ImGui::Separator();
    ImGui::TextUnformatted(tr(s, "Rencana dalam berkas dan apa yang akan dilakukan:", "Plans in the file and what will be done:"));
    // More plans than the dialog holds (a regency's 40 offices) scroll in a list of their own, so Lanjutkan and Batal
    // stay in view, also once the browser window is made smaller.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float per_plan = 2.0f * ImGui::GetTextLineHeightWithSpacing() + ImGui::GetFrameHeightWithSpacing();
    const float room = vp->Size.y * 0.9f - ImGui::GetCursorPosY() - ImGui::GetFrameHeightWithSpacing() - 2.0f * style.WindowPadding.y;
    const bool scrolled = per_plan * static_cast<float>(in.read.plans.size()) > room && room > 2.0f * per_plan;
    if (scrolled) ImGui::BeginChild("##incoming-plans", ImVec2(0, room), false, ImGuiWindowFlags_NavFlattened);
    for (size_t i = 0; i < in.read.plans.size(); ++i) {
        const Plan& p = in.read.plans[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Bullet();
        ImGui::SameLine();
        // The period after the title unless the title says it already ("... Tahun 2018-2023").
        const std::string period = std::to_string(p.start_year) + "-" + std::to_string(p.end_year);
        const std::string shown_period = p.title.find(period) == std::string::npos ? " (" + period + ")" : "";
        ImGui::TextWrapped("%s - %s%s, %zu %s", p.office.name.c_str(), p.title.c_str(), shown_period.c_str(), indicator_count(p),
                           tr(s, "indikator", "indicators"));
        // The action under its plan, indented, with the "held" hint beside it when it fits, else on its own line.
        ImGui::Indent();
        ImGui::SetNextItemWidth(std::min(260.0f, ImGui::GetContentRegionAvail().x));
        ImportAction& a = in.actions[i];
        // The plan it updates here (the same office's, also when held under an id made unique); another office's plan
        // under the same id is never offered for review or replacement.
        const Plan* counterpart = counterpart_plan(s, p);
        const bool is_held = counterpart != nullptr;
        if (ImGui::BeginCombo(tr(s, "##tindakan", "##action"), action_label(s, a))) {
            for (ImportAction option : {ImportAction::Review, ImportAction::Replace, ImportAction::AddNew, ImportAction::Skip}) {
                if (!is_held && (option == ImportAction::Review || option == ImportAction::Replace)) continue;
                if (ImGui::Selectable(action_label(s, option), a == option)) a = option;
            }
            ImGui::EndCombo();
        }
        const Plan* same_id = find_plan(s, p.id);
        if (is_held || same_id) {
            std::string hint;
            if (is_held && counterpart->id != p.id)
                hint = s.lang == Lang::En ? "(already here as " + counterpart->id + ", beside another office's plan of the same id)"
                                          : "(sudah ada sebagai " + counterpart->id + ", di samping rencana instansi lain ber-id sama)";
            else if (is_held)
                hint = s.exchange.bases.count(p.id) ? tr(s, "(sudah ada; versi pertukaran terakhir diketahui)", "(already here; last exchanged version known)")
                                                    : tr(s, "(sudah ada)", "(already here)");
            else
                hint = s.lang == Lang::En ? "(the plan of " + same_id->office.name + " here has the same id: added as a new plan)"
                                          : "(rencana " + same_id->office.name + " di sini ber-id sama: ditambahkan sebagai rencana baru)";
            same_line_if_fits(ImGui::CalcTextSize(hint.c_str()).x);
            disabled_text_wrapped(hint.c_str());
        }
        // A new plan that may be an office held here under a name with a typo, or with the very same indicators.
        if (a == ImportAction::AddNew && i < in.maybe_twice.size())
            for (const auto& d : in.maybe_twice[i]) ImGui::TextColored(kAmber, "%s: %s", d.id.c_str(), d.text(s.lang).c_str());
        // A file older than the version already exchanged would take newer data back: said before anything is done.
        if (is_held && in.read.header)
            if (const auto older = older_file_warning(s, counterpart->id, in.read.header->sent_at))
                ImGui::TextColored(kRed, "%s: %s", older->id.c_str(), older->text(s.lang).c_str());
        ImGui::Unindent();
        ImGui::PopID();
    }
    if (scrolled) ImGui::EndChild();
    ImGui::PopTextWrapPos();
    const bool proceed = ImGui::Button(tr(s, "Lanjutkan", "Continue"));
    ImGui::SetItemDefaultFocus();  // Enter imports as the actions above say (a held plan is reviewed, not replaced)
    if (proceed) {
        apply_incoming(s);
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(s, "Batal", "Cancel")) || cancel) {
        s.incoming.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void draw_review(AppState& s) {
    const char* title = s.lang == Lang::En ? "Review the received changes###review" : "Tinjau perubahan kiriman###review";
    if (s.reviews.empty()) return;
    if (!ImGui::IsPopupOpen(title) && !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) ImGui::OpenPopup(title);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.92f, vp->Size.y * 0.88f), dialog_placing(s));
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), dialog_placing(s), ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(title)) return;
    const bool cancel = dialog_keys();
    PlanReview& r = s.reviews.front();
    const Plan* mine = find_plan(s, r.plan_id);
    ImGui::TextWrapped("%s: %s", tr(s, "Rencana", "Plan"), mine ? (mine->office.name + " - " + mine->title).c_str() : r.plan_id.c_str());
    ImGui::TextWrapped(s.lang == Lang::En ? "%zu change(s), %d conflict(s). %s" : "%zu perubahan, %d konflik. %s", r.changes.size(), r.conflicts(),
                       r.three_way ? tr(s, "Dibandingkan dengan versi pertukaran terakhir: konflik = Anda dan pengirim sama-sama mengubahnya. Konflik tetap memakai nilai Anda kecuali Anda mencentangnya.",
                                        "Compared with the last exchanged version: conflict = both you and the sender changed it. A conflict keeps your value unless you tick it.")
                                   : tr(s, "Versi pertukaran terakhir tidak diketahui: setiap perbedaan ditampilkan sebagai perubahan. "
                                           "Isian Anda yang tidak ada di kiriman tidak dicentang, agar tidak terhapus; centang bila memang ingin dihapus.",
                                        "The last exchanged version is unknown: every difference is shown as a change. "
                                           "Entries of yours that the received file lacks are not ticked, so they are kept; tick them to remove them."));
    if (r.older) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(kRed, "%s: %s", r.older->id.c_str(), r.older->text(s.lang).c_str());
        ImGui::PopTextWrapPos();
    }
    if (ImGui::Button(r.three_way ? tr(s, "Terima semua yang bukan konflik", "Accept all non-conflicts")
                                  : tr(s, "Terima semua kecuali yang menghapus isian Anda", "Accept all but removals of your entries")))
        for (size_t i = 0; i < r.changes.size(); ++i) r.accepted[i] = r.suggested(r.changes[i]);
    ImGui::SameLine();
    if (ImGui::Button(tr(s, "Tolak semua", "Reject all")))
        for (size_t i = 0; i < r.accepted.size(); ++i) r.accepted[i] = false;

    float footer = ImGui::GetFrameHeightWithSpacing() * 1.5f;
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                            ImGuiTableFlags_SizingStretchProp;
    // Two-way there are no conflicts, so no column for them.
    if (ImGui::BeginTable("changes", r.three_way ? 5 : 4, flags, ImVec2(-1, ImGui::GetContentRegionAvail().y - footer))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr(s, "Terima", "Accept"), ImGuiTableColumnFlags_WidthFixed, 56);
        ImGui::TableSetupColumn(tr(s, "Perubahan", "Change"), 0, 3.0f);
        // Two-way, the "before" side is the receiver's own plan as it is now.
        ImGui::TableSetupColumn(r.three_way ? tr(s, "Sebelumnya", "Before") : tr(s, "Milik Anda", "Yours"), 0, 1.5f);
        if (r.three_way) ImGui::TableSetupColumn(tr(s, "Milik Anda (konflik)", "Yours (conflict)"), 0, 1.5f);
        ImGui::TableSetupColumn(tr(s, "Kiriman", "Received"), 0, 1.5f);
        ImGui::TableHeadersRow();
        // Descriptions and values wrap, so rows differ in height: drawn by their measured heights (panels.h).
        static RowHeights heights;
        draw_rows_in_view(
            heights, r.changes.size(), [&](size_t i) { return reinterpret_cast<std::uintptr_t>(&r.changes[i]); },
            [&](size_t i) {
                const Change& c = r.changes[i];
                ImGui::TableNextRow();
                if (c.conflict) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, IM_COL32(255, 226, 200, 255));
                ImGui::TableNextColumn();
                bool a = r.accepted[i];
                std::string id = "##accept " + c.path;
                if (ImGui::Checkbox(id.c_str(), &a)) r.accepted[i] = a;
                ImGui::TableNextColumn();
                if (c.conflict) ImGui::PushStyleColor(ImGuiCol_Text, kRed);
                text_wrapped_at_spaces(c.description.in(s.lang));
                if (c.conflict) ImGui::PopStyleColor();
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", c.shown_before(s.lang).c_str());
                if (r.three_way) ImGui::TableNextColumn();
                if (c.conflict) ImGui::TextWrapped("%s", c.mine.empty() ? tr(s, "(dihapus)", "(removed)") : c.shown_mine(s.lang).c_str());
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", !c.after.empty() ? c.shown_after(s.lang).c_str()
                                         : r.three_way ? tr(s, "(dihapus)", "(removed)")
                                                       : tr(s, "(tidak ada di kiriman)", "(not in the received file)"));
            });
        ImGui::EndTable();
    }
    if (!r.refused.id.empty()) ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", r.refused.in(s.lang).c_str());
    if (ImGui::Button(tr(s, "Terapkan yang dicentang", "Apply the ticked ones")) && apply_review(s)) ImGui::CloseCurrentPopup();
    ImGui::SameLine();
    if (ImGui::Button(tr(s, "Batal (tidak ada yang diubah)", "Cancel (nothing changes)")) || cancel) {
        drop_review(s);
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace tolok::app
