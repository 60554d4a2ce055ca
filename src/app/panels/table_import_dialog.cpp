// The "import a table" dialog (Berkas > Impor tabel): paste a table copied from Word, Excel or LibreOffice, or
// open a .csv/.tsv/.txt file; see row by row how it was understood (columns, values and units, warnings, rows
// that could not be read); then make a new plan or update the current one. Logic in logic/table_import_flow.cpp.
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
        case ColumnRole::Polarity: return tr(s, "Polaritas", "Polarity");
        case ColumnRole::DataSource: return tr(s, "Sumber data", "Data source");
        case ColumnRole::Owner: return tr(s, "Penanggung jawab", "Owner");
        default: return tr(s, "(diabaikan)", "(ignored)");
    }
}

const char* row_kind_label(const AppState& s, ImportedRow::Kind kind) {
    switch (kind) {
        case ImportedRow::Kind::Header: return tr(s, "judul kolom", "header");
        case ImportedRow::Kind::ColumnNumbers: return tr(s, "nomor kolom", "column numbers");
        case ImportedRow::Kind::Blank: return tr(s, "kosong", "blank");
        case ImportedRow::Kind::Indicator: return tr(s, "indikator", "indicator");
        case ImportedRow::Kind::Continuation: return tr(s, "lanjutan baris", "continued row");
        default: return tr(s, "TIDAK TERBACA", "NOT READ");
    }
}

void draw_columns(AppState& s, const TableImportResult& r) {
    std::string text = tr(s, "Kolom yang dikenali: ", "Columns recognised: ");
    for (size_t c = 0; c < r.columns.size(); ++c) {
        const ImportColumn& col = r.columns[c];
        if (c > 0) text += "   ";
        text += "[" + std::to_string(c + 1) + " \"" + col.header + "\" = " + role_label(s, col.role);
        if (col.year) text += " " + std::to_string(col.year);
        text += "]";
    }
    ImGui::TextWrapped("%s", text.c_str());
}

void draw_rows(AppState& s, const TableImportResult& r, float height) {
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                            ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("table-import-rows", 5, flags, ImVec2(-1, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(s, "Baris", "Row"), ImGuiTableColumnFlags_WidthFixed, 44);
    ImGui::TableSetupColumn(tr(s, "Dibaca sebagai", "Read as"), ImGuiTableColumnFlags_WidthFixed, 110);
    ImGui::TableSetupColumn(tr(s, "Sasaran / Indikator", "Objective / Indicator"), 0, 3.0f);
    ImGui::TableSetupColumn(tr(s, "Nilai per kolom", "Values per column"), 0, 3.0f);
    ImGui::TableSetupColumn(tr(s, "Masalah", "Problems"), 0, 2.0f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(r.rows.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const ImportedRow& row = r.rows[static_cast<size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("%d", row.row);
            ImGui::TableNextColumn();
            if (row.kind == ImportedRow::Kind::Rejected) ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", row_kind_label(s, row.kind));
            else if (row.kind == ImportedRow::Kind::Indicator) ImGui::TextUnformatted(row_kind_label(s, row.kind));
            else ImGui::TextDisabled("%s", row_kind_label(s, row.kind));
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
            for (const auto& p : row.problems)
                ImGui::TextColored(p.severity == Severity::Error ? ImVec4(0.8f, 0.1f, 0.1f, 1) : ImVec4(0.7f, 0.4f, 0, 1), "%s",
                                   p.text(s.lang).c_str());
        }
    }
    ImGui::EndTable();
}

}  // namespace

void draw_table_import(AppState& s) {
    const char* title = s.lang == Lang::En ? "Import a table###table-import" : "Impor tabel###table-import";
    TableImportDraft& d = s.table_import;
    if (d.open_request) {
        ImGui::OpenPopup(title);
        d.open_request = false;
        d.open = true;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.92f, vp->Size.y * 0.9f), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(title, &d.open)) return;
    const bool cancel = dialog_cancel_key();

    ImGui::TextWrapped("%s", tr(s, "Salin tabel IKU dari Word, Excel atau LibreOffice, klik kotak di bawah lalu tempel (Ctrl+V); "
                                   "atau buka berkas .csv, .tsv atau .txt. Tidak ada yang berubah sebelum Anda memilih tombol di bawah.",
                                "Copy the IKU table from Word, Excel or LibreOffice, click the box below and paste (Ctrl+V); or "
                                "open a .csv, .tsv or .txt file. Nothing changes until you choose a button below."));
    if (ImGui::Button(tr(s, "Buka berkas...", "Open a file...")) && s.services.files)
        s.services.files->pick_file(".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values");
    ImGui::SameLine();
    if (ImGui::Button(tr(s, "Kosongkan", "Clear"))) {
        d.text.clear();
        d.source_name.clear();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(110);
    ImGui::InputInt(tr(s, "Tahun kolom Target/Realisasi tunggal (0 = tidak ada)", "Year of single Target/Actual columns (0 = none)"), &d.year, 0);
    if (d.year < 0 || d.year > 9999) d.year = 0;
    if (!d.source_name.empty()) ImGui::Text("%s: %s", tr(s, "Berkas", "File"), d.source_name.c_str());
    ImGui::InputTextMultiline(tr(s, "Tabel", "Table"), &d.text, ImVec2(-1, ImGui::GetTextLineHeight() * 7), ImGuiInputTextFlags_AllowTabInput);

    refresh_table_preview(s);
    const TableImportResult& r = d.preview;
    TableImportSummary sum = summarize(r);
    section(tr(s, "Pratinjau", "Preview"));
    if (d.text.empty()) {
        ImGui::TextDisabled("%s", tr(s, "Belum ada tabel.", "No table yet."));
    } else {
        const char* sep = r.separator == ',' ? "," : r.separator == ';' ? ";" : "tab";
        ImGui::Text(s.lang == Lang::En ? "%zu indicator(s), %zu target(s), %zu actual(s); %zu row(s) not read; %zu warning(s); separator: %s"
                                       : "%zu indikator, %zu target, %zu realisasi; %zu baris tidak terbaca; %zu peringatan; pemisah: %s",
                    sum.indicators, sum.targets, sum.actuals, sum.rejected_rows, sum.warnings, sep);
        for (const auto& p : r.problems)
            if (p.severity == Severity::Error)
                ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s %s: %s", p.id.c_str(), location_label(p.location, s.lang).c_str(), p.text(s.lang).c_str());
        if (!r.columns.empty()) draw_columns(s, r);
    }
    float buttons = ImGui::GetFrameHeightWithSpacing() * 1.6f;
    draw_rows(s, r, std::max(80.0f, ImGui::GetContentRegionAvail().y - buttons));

    bool can_apply = r.plan.has_value() && sum.indicators > 0;
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
    if (can_apply && current_plan(s))
        disabled_text_wrapped(tr(s, "Perbarui: indikator bernama sama mendapat rumus, satuan dan target dari tabel; realisasinya tetap. Indikator baru ditambahkan; tidak ada yang dihapus.",
                                     "Update: indicators of the same name take the table's formula, unit and targets; their actuals stay. New indicators are added; nothing is removed."));
    ImGui::EndPopup();
}

}  // namespace tolok::app
