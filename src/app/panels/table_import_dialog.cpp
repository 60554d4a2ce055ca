// The "import a table" dialog (Berkas > Impor tabel): paste a table copied from Word, Excel or LibreOffice, or
// open a .csv/.tsv/.txt file; see row by row how it was understood (columns, values and units, warnings, rows
// that could not be read or were skipped, each with its row and column); then make a new plan or update the current
// one. The row preview takes most of the dialog's height (usable at 1024x600) and its problem texts wrap. Logic in
// logic/table_import_flow.cpp.
#include "app/panels/panels.h"

#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>

namespace tolok::app {

namespace {

const char* role_label(const AppState& s, ColumnRole role) {
    switch (role) {
        case ColumnRole::Number: return tr(s, "No", "No");
        case ColumnRole::Objective: return tr(s, "Sasaran", "Objective");
        case ColumnRole::Indicator: return tr(s, "Indikator", "Indicator");
        case ColumnRole::Formula: return tr(s, "Rumus", "Formula");
        case ColumnRole::Unit: return tr(s, "Satuan", "Unit");
        case ColumnRole::Target: return tr(s, "Target", "Target");
        case ColumnRole::TargetYear: return tr(s, "Target tahunan", "Yearly target");
        case ColumnRole::Actual: return tr(s, "Realisasi", "Actual");
        case ColumnRole::Achievement: return tr(s, "Capaian (dihitung ulang)", "Achievement (recomputed)");
        case ColumnRole::ActualUsed: return tr(s, "Realisasi dipakai (dihitung ulang)", "Actual used (recomputed)");
        case ColumnRole::Polarity: return tr(s, "Polaritas", "Polarity");
        case ColumnRole::DataSource: return tr(s, "Sumber data", "Data source");
        case ColumnRole::Owner: return tr(s, "Penanggung jawab", "Owner");
        case ColumnRole::QuarterTarget: return tr(s, "Target triwulan", "Quarter target");
        case ColumnRole::QuarterActual: return tr(s, "Realisasi triwulan", "Quarter actual");
        case ColumnRole::NumberBesideText: return tr(s, "Angka (dipakai kolom teks)", "Number (text column used)");
        case ColumnRole::RowYear: return tr(s, "Tahun tiap baris", "Year of each row");
        case ColumnRole::RowQuarter: return tr(s, "Triwulan tiap baris (kosong: tahunan)", "Quarter of each row (empty: the year's)");
        default: return tr(s, "(diabaikan)", "(ignored)");
    }
}

const char* row_kind_label(const AppState& s, ImportedRow::Kind kind) {
    switch (kind) {
        case ImportedRow::Kind::Header: return tr(s, "judul kolom", "header");
        case ImportedRow::Kind::ColumnNumbers: return tr(s, "nomor kolom", "column numbers");
        case ImportedRow::Kind::Blank: return tr(s, "kosong", "blank");
        case ImportedRow::Kind::Indicator: return tr(s, "indikator", "indicator");
        case ImportedRow::Kind::Objective: return tr(s, "baris sasaran", "objective row");
        case ImportedRow::Kind::Skipped: return tr(s, "dilewati", "skipped");
        default: return tr(s, "TIDAK TERBACA", "NOT READ");
    }
}

void draw_columns(AppState& s, const TableImportResult& r) {
    std::string text = tr(s, "Kolom yang dikenali: ", "Columns recognized: ");
    for (size_t c = 0; c < r.columns.size(); ++c) {
        const ImportColumn& col = r.columns[c];
        if (c > 0) text += "   ";
        text += "[" + std::to_string(c + 1) + " \"" + col.header + "\" = " + role_label(s, col.role);
        if (col.quarter) text += std::string(" ") + quarter_name(col.quarter, s.lang);
        if (col.year) text += " " + std::to_string(col.year);
        text += "]";
    }
    ImGui::TextWrapped("%s", text.c_str());
}

const ImVec4 kErrorColor(0.8f, 0.1f, 0.1f, 1), kWarningColor(0.7f, 0.4f, 0, 1);

// "kolom 5: " for a diagnostic located at "row N, column 5"; empty when it names no column.
std::string column_prefix(const std::string& location, Lang lang) {
    size_t at = location.find(", column ");
    if (at == std::string::npos) return "";
    return (lang == Lang::En ? "column " : "kolom ") + location.substr(at + 9) + ": ";
}

// Whether `text` starts by naming the column ("kolom 5 \"Target\" ..."), which `column_words` ("kolom 5") names.
bool names_column(const std::string& text, const std::string& column_words) {
    return !column_words.empty() && text.compare(0, column_words.size(), column_words) == 0 && text.size() > column_words.size() &&
           text[column_words.size()] == ' ';
}

// A whole-table problem's place and text: "baris 1, kolom 5: ...", the column left out of the place when the text
// starts by naming it ("baris 1: kolom 5 \"Target\" tanpa tahun", not "baris 1, kolom 5: kolom 5 ...").
std::string table_problem_line(const Diagnostic& p, Lang lang) {
    std::string place = location_label(p.location, lang);
    const std::string text = p.text(lang);
    const std::string comma = lang == Lang::En ? ", column " : ", kolom ";
    if (const size_t at = place.rfind(comma); at != std::string::npos && names_column(text, place.substr(at + 2))) place.erase(at);
    return place + ": " + text;
}

void draw_row(AppState& s, const TableImportResult& r, const ImportedRow& row) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("%d", row.row);
    ImGui::TableNextColumn();
    if (row.kind == ImportedRow::Kind::Rejected) ImGui::TextColored(kErrorColor, "%s", row_kind_label(s, row.kind));
    else if (row.kind == ImportedRow::Kind::Skipped) ImGui::TextColored(kWarningColor, "%s", row_kind_label(s, row.kind));
    else if (row.kind == ImportedRow::Kind::Indicator || row.kind == ImportedRow::Kind::Objective) ImGui::TextUnformatted(row_kind_label(s, row.kind));
    else ImGui::TextDisabled("%s", row_kind_label(s, row.kind));
    if (const std::string note = update_note(s, row); !note.empty()) {  // what Perbarui does with it
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", note.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::TableNextColumn();
    if (!row.objective.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", row.objective.c_str());
        ImGui::PopStyleColor();
    }
    if (!row.indicator.empty()) ImGui::TextWrapped("%s", row.indicator.c_str());
    ImGui::TableNextColumn();
    std::string cells;
    for (size_t c = 0; c < row.cells.size(); ++c) {
        if (row.cells[c].empty()) continue;
        const char* role = c < r.columns.size() ? role_label(s, r.columns[c].role) : "?";
        std::string year = c < r.columns.size() && r.columns[c].year ? " " + std::to_string(r.columns[c].year) : "";
        if (!cells.empty()) cells += " | ";
        cells += std::string(role) + year + ": " + row.cells[c];
    }
    ImGui::TextWrapped("%s", cells.c_str());
    ImGui::TableNextColumn();
    for (const auto& p : row.problems) {  // wrapped, never cut: the whole message with its column
        ImGui::PushStyleColor(ImGuiCol_Text, p.severity == Severity::Error     ? kErrorColor
                                             : p.severity == Severity::Warning ? kWarningColor
                                                                               : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        const std::string text = p.text(s.lang);
        std::string prefix = column_prefix(p.location, s.lang);  // "kolom 5: ", unless the text starts by naming it
        if (!prefix.empty() && names_column(text, prefix.substr(0, prefix.size() - 2))) prefix.clear();
        ImGui::TextWrapped("%s%s", prefix.c_str(), text.c_str());
        ImGui::PopStyleColor();
    }
}

void draw_rows(AppState& s, const TableImportResult& r, float height) {
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                            ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("table-import-rows", 5, flags, ImVec2(-1, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(s, "Baris", "Row"), ImGuiTableColumnFlags_WidthFixed, 44);
    ImGui::TableSetupColumn(tr(s, "Dibaca sebagai", "Read as"), ImGuiTableColumnFlags_WidthFixed, 110);
    ImGui::TableSetupColumn(tr(s, "Sasaran / Indikator", "Objective / Indicator"), 0, 2.5f);
    ImGui::TableSetupColumn(tr(s, "Nilai per kolom", "Values per column"), 0, 2.5f);
    ImGui::TableSetupColumn(tr(s, "Masalah", "Problems"), 0, 3.0f);
    ImGui::TableHeadersRow();
    // Rows differ in height (wrapped texts): only those in view are drawn, by their measured heights (panels.h).
    static RowHeights heights;
    draw_rows_in_view(
        heights, r.rows.size(), [&](size_t i) { return reinterpret_cast<std::uintptr_t>(&r.rows[i]); },
        [&](size_t i) { draw_row(s, r, r.rows[i]); });
    ImGui::EndTable();
}

}  // namespace

void draw_table_import(AppState& s) {
    const char* title = s.lang == Lang::En ? "Import a table###table-import" : "Impor tabel###table-import";
    TableImportDraft& d = s.table_import;
    if (d.open_request || (d.open && !ImGui::IsPopupOpen(title))) {  // (closed by something else than its answer: again)
        ImGui::OpenPopup(title);
        d.open_request = false;
        d.open = true;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // On a short screen (1024x600) the dialog takes nearly all the height, for the row preview.
    const float height = vp->Size.y < 800 ? vp->Size.y - 24 : vp->Size.y * 0.9f;
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.92f, height), dialog_placing(s));
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), dialog_placing(s), ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(title, &d.open)) return;
    const bool cancel = dialog_keys();

    if (d.text.empty())  // once a table is in, the room goes to the preview
        ImGui::TextWrapped("%s", tr(s, "Salin tabel IKU dari Word, Excel atau LibreOffice, lalu tekan Tempel dari papan klip (atau klik kotak "
                                       "di bawah dan tekan Ctrl+V); atau buka berkas .csv, .tsv atau .txt. Tidak ada yang berubah sebelum Anda memilih tombol di bawah.",
                                    "Copy the IKU table from Word, Excel or LibreOffice, then press Paste from the clipboard (or click the "
                                    "box below and press Ctrl+V); or open a .csv, .tsv or .txt file. Nothing changes until you choose a button below."));
    // The clipboard's text without Ctrl+V (tablets); the browser may ask the user first, the text comes later.
    if (ImGui::Button(tr(s, "Tempel dari papan klip", "Paste from the clipboard")) && s.services.files) {
        d.paste_problem.reset();
        s.services.files->read_clipboard();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(s, "Buka berkas...", "Open a file...")) && s.services.files)
        s.services.files->pick_file(".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values");
    ImGui::SameLine();
    if (ImGui::Button(tr(s, "Kosongkan", "Clear"))) {
        d.text.clear();
        d.source_name.clear();
        d.paste_problem.reset();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(110);
    ImGui::InputInt(tr(s, "Tahun kolom Target/Realisasi tunggal (0 = tidak ada)", "Year of single Target/Actual columns (0 = none)"), &d.year, 0);
    if (d.year < 0 || d.year > 9999) d.year = 0;
    if (d.paste_problem) {
        ImGui::PushStyleColor(ImGuiCol_Text, kErrorColor);
        ImGui::TextWrapped("%s", d.paste_problem->in(s.lang).c_str());
        ImGui::PopStyleColor();
    }
    if (!d.source_name.empty()) ImGui::Text("%s: %s", tr(s, "Berkas", "File"), d.source_name.c_str());
    draw_files_waiting(s);
    const float box_lines = d.text.empty() ? 7.0f : 3.0f;
    ImGui::InputTextMultiline(tr(s, "Tabel", "Table"), &d.text,
                              ImVec2(-1, ImGui::GetTextLineHeight() * box_lines + ImGui::GetStyle().FramePadding.y * 2),
                              ImGuiInputTextFlags_AllowTabInput);

    refresh_table_preview(s);
    const TableImportResult& r = d.preview;
    TableImportSummary sum = summarize(r);
    section(tr(s, "Pratinjau", "Preview"));
    if (d.text.empty()) {
        ImGui::TextDisabled("%s", tr(s, "Belum ada tabel.", "No table yet."));
    } else {
        const char* sep = r.separator == ',' ? "," : r.separator == ';' ? ";" : "tab";
        ImGui::TextWrapped(s.lang == Lang::En
                               ? "%zu indicator(s), %zu target(s) and %zu quarter target(s), %zu actual(s) and %zu quarter actual(s); %zu row(s) not read; %zu row(s) skipped; %zu warning(s); separator: %s"
                               : "%zu indikator, %zu target dan %zu target triwulan, %zu realisasi dan %zu realisasi triwulan; %zu baris tidak terbaca; %zu baris dilewati; %zu peringatan; pemisah: %s",
                           sum.indicators, sum.targets, sum.quarter_targets, sum.actuals, sum.quarter_actuals, sum.rejected_rows, sum.skipped_rows,
                           sum.warnings, sep);
        if (d.read_as_windows_1252)
            disabled_text_wrapped(tr(s, "Berkas bukan UTF-8: dibaca sebagai Windows-1252 (CSV biasa dari Excel). Untuk pasti, simpan sebagai \"CSV UTF-8\".",
                                     "The file is not UTF-8: read as Windows-1252 (Excel's plain CSV). To be sure, save it as \"CSV UTF-8\"."));
        // What is said of the whole table (no header, a year needed, lines joined ...); a row's own problems are shown
        // on its row below. The stable id on hover, as in Pemeriksaan.
        for (const auto& p : r.problems) {
            bool on_a_row = false;
            for (const auto& row : r.rows)
                for (const auto& q : row.problems) on_a_row = on_a_row || (q.id == p.id && q.location == p.location);
            if (on_a_row) continue;
            ImGui::PushStyleColor(ImGuiCol_Text, p.severity == Severity::Error ? kErrorColor : p.severity == Severity::Warning ? kWarningColor
                                                                                                                           : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextWrapped("%s", table_problem_line(p, s.lang).c_str());
            ImGui::PopStyleColor();
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", p.id.c_str());
        }
        if (!r.columns.empty()) draw_columns(s, r);
    }
    bool can_apply = r.plan.has_value() && sum.indicators > 0;
    // What Perbarui keeps and takes (core merge_imported_plan): with a Realisasi column, its values replace those held.
    bool actual_column = false;
    for (const auto& c : d.preview.columns) actual_column = actual_column || c.role == ColumnRole::Actual;
    const char* update_note =
        actual_column
            ? tr(s, "Perbarui: indikator bernama sama mendapat rumus, satuan, polaritas (bila tabel menyebutnya), target dan realisasi dari tabel (sel kosong, \"-\" atau \"n/a\" tidak mengubah apa pun). Indikator baru ditambahkan; tidak ada yang dihapus.",
                 "Update: indicators of the same name take the table's formula, unit, polarity (where the table gives one), targets and actuals (an empty, \"-\" or \"n/a\" cell changes nothing). New indicators are added; nothing is removed.")
            : tr(s, "Perbarui: indikator bernama sama mendapat rumus, satuan, polaritas (bila tabel menyebutnya) dan target dari tabel; realisasinya tetap. Indikator baru ditambahkan; tidak ada yang dihapus.",
                 "Update: indicators of the same name take the table's formula, unit, polarity (where the table gives one) and targets; their actuals stay. New indicators are added; nothing is removed.");
    const bool show_note = can_apply && current_plan(s);
    // What goes below the preview: the buttons' row and the wrapped note; the preview gets the rest.
    const ImGuiStyle& style = ImGui::GetStyle();
    float below = ImGui::GetFrameHeight() + style.ItemSpacing.y * 2;
    if (show_note) below += ImGui::CalcTextSize(update_note, nullptr, false, ImGui::GetContentRegionAvail().x).y + style.ItemSpacing.y;
    draw_rows(s, r, std::max(ImGui::GetFrameHeight() * 4, ImGui::GetContentRegionAvail().y - below));

    ImGui::BeginDisabled(!can_apply);
    if (ImGui::Button(tr(s, "Buat rencana baru", "Create a new plan"))) {
        if (apply_table_import(s, true)) ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(s, "Perbarui rencana ini", "Update this plan"))) {
        if (apply_table_import(s, false)) ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(s, "Batal", "Cancel")) || cancel) {
        d = TableImportDraft{};
        ImGui::CloseCurrentPopup();
    }
    if (show_note) disabled_text_wrapped(update_note);
    ImGui::EndPopup();
}

}  // namespace tolok::app
