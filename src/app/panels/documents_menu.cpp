// The "Dokumen" menu: the printable SAKIP documents of the current plan (IKU, Perjanjian Kinerja, Rencana Aksi,
// LKjIP tables, the quarterly monitoring report of a quarter chosen in its submenu, the regency recap of every plan
// held) opened as HTML in a new tab to print or save as PDF, and the spreadsheets as downloads: Excel
// workbooks (.xlsx, made by the platform from the table's rows: FileService::download_xlsx) and CSV (Indonesian or
// international Excel). The documents and tables come from the core (report_html.h, csv_export.h), the same code
// as `tolok report`, `tolok export-csv` and `tolok export-xlsx`.
#include "app/logic/exchange_flow.h"
#include "app/panels/panels.h"
#include "core/csv_export.h"
#include "core/report_html.h"

namespace tolok::app {

namespace {

// (Spreadsheets follow the interface's language; the printed documents follow document_lang.)
// The year the documents are for: the year chosen in the Capaian tab, else the plan's last year.
int document_year(const AppState& s, const Plan& plan) {
    return s.year >= plan.start_year && s.year <= plan.end_year ? s.year : plan.end_year;
}

void open_report(AppState& s, const Plan& plan, ReportKind kind, int year, int quarter = 0) {
    ReportOptions options;
    options.kind = kind;
    options.year = year;
    options.quarter = quarter;
    options.lang = s.document_lang;
    if (auto problem = validate_report(plan, options)) {
        say(s, BiText{"!" + problem->message.id, "!" + problem->message.en});
        return;
    }
    s.services.files->open_document(render_report(plan, options));
}

// The download's name without its extension: "<plan_file_stem>-iku", "<plan id>-target", "<plan id>-capaian-2023",
// "<plan id>-capaian-tw-2023".
std::string download_stem(const Plan& plan, CsvTable table, int year) {
    const char* name = table == CsvTable::Iku ? "iku" : table == CsvTable::Targets ? "target" : table == CsvTable::Capaian ? "capaian" : "capaian-tw";
    return plan_file_stem(plan) + "-" + name + (table_needs_year(table) ? "-" + std::to_string(year) : "");
}

void download_csv(AppState& s, const Plan& plan, CsvTable table, CsvLocale locale, int year) {
    std::string file = download_stem(plan, table, year) + (locale == CsvLocale::Id ? "" : "-en") + ".csv";
    s.services.files->download(file, "text/csv;charset=utf-8", export_csv(plan, table, locale, year, s.lang));
}

void download_xlsx(AppState& s, const Plan& plan, CsvTable table, int year) {
    s.services.files->download_xlsx(download_stem(plan, table, year) + ".xlsx", export_table_rows(plan, table, year, s.lang),
                                    table_sheet_name(table, year, s.lang));
}

}  // namespace

void draw_documents_menu(AppState& s) {
    Plan* plan = current_plan(s);
    bool enabled = plan != nullptr && s.services.files != nullptr;
    if (!begin_menu(tr(s, "Dokumen", "Documents"), enabled)) return;
    const int year = document_year(s, *plan);
    const std::string y = std::to_string(year);

    if (begin_menu((std::string(tr(s, "Tahun dokumen: ", "Document year: ")) + y + "###doc-year").c_str())) {
        for (int v = plan->start_year; v <= plan->end_year && v > 0; ++v)
            if (ImGui::MenuItem(std::to_string(v).c_str(), nullptr, v == year)) s.year = v;
        end_menu();
    }
    // The documents are official in Indonesian; English is a reference translation, marked as such on the page.
    const char* doc_lang = s.document_lang == Lang::En ? tr(s, "bahasa Inggris (terjemahan)", "English (translation)")
                                                       : tr(s, "bahasa Indonesia", "Indonesian");
    if (begin_menu((std::string(tr(s, "Bahasa dokumen: ", "Document language: ")) + doc_lang + "###doc-lang").c_str())) {
        if (ImGui::MenuItem(tr(s, "Bahasa Indonesia (dokumen resmi)###doc-lang-id", "Indonesian (the official document)###doc-lang-id"), nullptr,
                            s.document_lang == Lang::Id))
            s.document_lang = Lang::Id;
        if (ImGui::MenuItem(tr(s, "Bahasa Inggris (terjemahan rujukan)###doc-lang-en", "English (reference translation)###doc-lang-en"), nullptr,
                            s.document_lang == Lang::En))
            s.document_lang = Lang::En;
        end_menu();
    }
    ImGui::Separator();
    ImGui::TextDisabled("%s", tr(s, "Cetak (tab baru; Ctrl+P untuk PDF)", "Print (new tab; Ctrl+P for PDF)"));
    if (ImGui::MenuItem(tr(s, "Dokumen IKU###doc-iku", "IKU document###doc-iku"))) open_report(s, *plan, ReportKind::Iku, 0);
    if (ImGui::MenuItem((std::string(tr(s, "Perjanjian Kinerja ", "Perjanjian Kinerja (performance agreement) ")) + y + "###doc-pk").c_str()))
        open_report(s, *plan, ReportKind::PerjanjianKinerja, year);
    if (ImGui::MenuItem((std::string(tr(s, "Rencana Aksi ", "Rencana Aksi (action plan) ")) + y + "###doc-renaksi").c_str()))
        open_report(s, *plan, ReportKind::RencanaAksi, year);
    if (ImGui::MenuItem((std::string(tr(s, "LKjIP (Bab I-IV) ", "LKjIP (chapters I-IV) ")) + y + "###doc-lkjip").c_str()))
        open_report(s, *plan, ReportKind::Lkjip, year);
    // The quarter chosen here; the one chosen in the Capaian tab is ticked.
    if (begin_menu((std::string(tr(s, "Monitoring Capaian Triwulan ", "Quarterly monitoring report ")) + y + "###doc-monitoring").c_str())) {
        for (int q = 1; q <= 4; ++q) {
            const std::string item = std::string(quarter_name(q, s.lang)) + " " + y + "###doc-monitoring-" + std::to_string(q);
            if (ImGui::MenuItem(item.c_str(), nullptr, q == s.quarter)) open_report(s, *plan, ReportKind::Monitoring, year, q);
        }
        end_menu();
    }
    // Every plan held in this browser, one per office (as the Kabupaten tab combines them), not only this plan.
    const std::string recap = std::string(tr(s, "Rekapitulasi capaian kabupaten ", "Regency achievement recap ")) + y +
                              tr(s, " (semua rencana)###doc-regency", " (all plans)###doc-regency");
    if (ImGui::MenuItem(recap.c_str())) print_regency_recap(s, year);
    ImGui::Separator();
    ImGui::TextDisabled("%s", tr(s, "Unduh lembar kerja", "Download spreadsheets"));
    if (begin_menu("Excel (.xlsx)###xlsx")) {
        if (ImGui::MenuItem(tr(s, "Tabel IKU###xlsx-iku", "IKU table###xlsx-iku"))) download_xlsx(s, *plan, CsvTable::Iku, year);
        if (ImGui::MenuItem(tr(s, "Semua target (per tahun dan triwulan)###xlsx-targets", "All targets (per year and quarter)###xlsx-targets")))
            download_xlsx(s, *plan, CsvTable::Targets, year);
        if (ImGui::MenuItem((std::string(tr(s, "Capaian ", "Achievement ")) + y + "###xlsx-capaian").c_str()))
            download_xlsx(s, *plan, CsvTable::Capaian, year);
        if (ImGui::MenuItem((std::string(tr(s, "Capaian per triwulan ", "Achievement by quarter ")) + y + "###xlsx-capaian-tw").c_str()))
            download_xlsx(s, *plan, CsvTable::CapaianQuarters, year);
        end_menu();
    }
    for (CsvLocale locale : {CsvLocale::Id, CsvLocale::En}) {
        const bool id = locale == CsvLocale::Id;
        const char* label = id ? tr(s, "CSV untuk Excel Indonesia (; dan koma desimal)###csv-id", "CSV for Excel, Indonesian settings (; and decimal comma)###csv-id")
                               : tr(s, "CSV untuk Excel internasional (, dan titik desimal)###csv-en", "CSV for Excel, international settings (, and decimal point)###csv-en");
        if (begin_menu(label)) {
            if (ImGui::MenuItem(tr(s, "Tabel IKU###csv-iku", "IKU table###csv-iku"))) download_csv(s, *plan, CsvTable::Iku, locale, year);
            if (ImGui::MenuItem(tr(s, "Semua target (per tahun dan triwulan)###csv-targets", "All targets (per year and quarter)###csv-targets")))
                download_csv(s, *plan, CsvTable::Targets, locale, year);
            if (ImGui::MenuItem((std::string(tr(s, "Capaian ", "Achievement ")) + y + "###csv-capaian").c_str()))
                download_csv(s, *plan, CsvTable::Capaian, locale, year);
            if (ImGui::MenuItem((std::string(tr(s, "Capaian per triwulan ", "Achievement by quarter ")) + y + "###csv-capaian-tw").c_str()))
                download_csv(s, *plan, CsvTable::CapaianQuarters, locale, year);
            end_menu();
        }
    }
    end_menu();
}

}  // namespace tolok::app
