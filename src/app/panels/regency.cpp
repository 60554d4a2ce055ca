// The "Kabupaten" tab: every plan held in the app (one per office, or an office's plans told apart by period or
// title: core tell_apart) combined for a year: per office, and per sasaran
// when opened, the number of indicators in each category, those not computable, below target and the average
// capaian; the indicators below target; the pohon kinerja with achievement rolled up; and the whole set exported
// (sealed exchange bundle, long format for DuckDB/Spark) or printed (the regency recap, core/regency_recap.h, in the
// documents' language, as `tolok summary --format html`). Numbers from core/consolidation.h.
#include <cstdio>
#include <optional>

#include "app/panels/panels.h"
#include "core/consolidation.h"
#include "core/long_export.h"
#include "core/regency_basis.h"
#include "core/regency_recap.h"

namespace tolok::app {

namespace {

std::string percent_text(const std::optional<double>& v, Lang lang) {
    return v ? format_number(*v, 2, lang) + " %" : "-";
}

// Column labels: the band labels met in the totals (offices may use other bands; their counts are by label).
// An office outside the year's period counts nothing: "-" in every cell, as `tolok summary` leaves them blank.
void tally_cells(const CategoryTally& t, const std::vector<CategoryCount>& columns, Lang lang, bool counted = true) {
    if (!counted) {
        for (size_t i = 0; i < columns.size() + 3; ++i) {
            ImGui::TableNextColumn();
            ImGui::TextDisabled("-");
        }
        return;
    }
    for (const auto& c : columns) {
        ImGui::TableNextColumn();
        int n = t.count(c.label);
        if (n) ImGui::Text("%d", n);
        else ImGui::TextDisabled("0");
    }
    ImGui::TableNextColumn();
    ImGui::Text("%d", t.not_computable);
    ImGui::TableNextColumn();
    ImGui::Text("%d", t.below_target);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(percent_text(t.average(), lang).c_str());
}

// A consolidation problem with the office and indicator it is about (its location read out by the core), e.g.
// "Dinas Kesehatan, indikator 5 Angka kematian ibu: indikator yang didukung ... tidak ada dalam gabungan".
std::string problem_text(const AppState& s, const Diagnostic& p) {
    if (p.location.empty()) return p.text(s.lang);
    return consolidation_place(s.plans, p.location).in(s.lang) + ": " + p.text(s.lang);
}

// The office's tree node in the first column: the arrow, then the name wrapped in the column (a node's own label
// is cut at the column's edge); the full name also on hover when it takes more than one line. Found by the tests
// as "<name>##office-<plan id>".
bool office_node(const OfficeTally& office) {
    const std::string id = "##office-" + office.plan_id;
    const float x = ImGui::GetCursorPosX();
    const bool open = ImGui::TreeNodeEx(id.c_str(), ImGuiTreeNodeFlags_SpanFullWidth);
    expose_last_item((office.office + id).c_str());
    const bool hovered = ImGui::IsItemHovered();
    ImGui::SameLine();
    ImGui::SetCursorPosX(x + ImGui::GetTreeNodeToLabelSpacing());  // where the node's own label would start
    const float room = ImGui::GetContentRegionAvail().x;
    ImGui::TextWrapped("%s", office.office.c_str());
    if (hovered && ImGui::CalcTextSize(office.office.c_str()).x > room) ImGui::SetTooltip("%s", office.office.c_str());
    return open;
}

void draw_cascade(const AppState& s, const Consolidation& c, const CascadeNode& node) {
    std::string label = node.office + " - " + node.code + " " + node.name + "##" + node.plan_id + "/" + node.indicator_id;
    ImGuiTreeNodeFlags flags = node.children.empty() ? ImGuiTreeNodeFlags_Leaf : ImGuiTreeNodeFlags_DefaultOpen;
    bool open = ImGui::TreeNodeEx(label.c_str(), flags);
    ImGui::SameLine();
    ImGui::TextDisabled("%s %s", tr(s, "capaian", "achievement"), percent_text(node.percent, s.lang).c_str());
    if (!node.category.empty()) {
        ImGui::SameLine();
        category_label(node.category, category_color(c, node.category));
    }
    if (node.supporters) {
        ImGui::SameLine();
        ImGui::Text(s.lang == Lang::En ? "| rolled up from %d of %d supporters: %s" : "| gabungan %d dari %d pendukung: %s",
                    node.supporters_computable, node.supporters, percent_text(node.rolled_up, s.lang).c_str());
        if (!node.rolled_up_category.empty()) {
            ImGui::SameLine();
            category_label(node.rolled_up_category, category_color(c, node.rolled_up_category));
        }
    }
    if (open) {
        for (const auto& child : node.children) draw_cascade(s, c, child);
        ImGui::TreePop();
    }
}

}  // namespace

void print_regency_recap(AppState& s, int year) {
    ReportOptions options;
    options.year = year;
    options.lang = s.document_lang;
    s.services.files->open_document(render_regency_recap(regency_recap(s.plans, year), options));
}

void draw_regency(AppState& s) {
    if (s.plans.empty()) return;
    int lo = s.plans[0].start_year, hi = s.plans[0].end_year;
    for (const auto& p : s.plans) {
        lo = std::min(lo, p.start_year);
        hi = std::max(hi, p.end_year);
    }
    // Its own year, first the Capaian tab's: a plan shown, imported or opened elsewhere does not move it.
    if (s.regency_year == 0) s.regency_year = s.year;
    if (s.regency_year < lo || s.regency_year > hi) s.regency_year = hi;
    ImGui::SetNextItemWidth(120);
    const char* year_label = tr(s, "Tahun###regency-year", "Year###regency-year");
    ImGui::InputInt(year_label, &s.regency_year);
    ImGui::PushID(year_label);  // the field inside (ImGui's InputInt: "" under the label), for the browser tests
    expose_item(ImGui::GetID(""), "regency-year");
    ImGui::PopID();
    s.regency_year = std::max(lo, std::min(hi, s.regency_year));
    ImGui::SameLine();
    // How many offices the plans are of: "one per office" only when it is so (a duplicated plan is a second of its office).
    std::vector<PlanTag> tags;
    for (const Plan& p : s.plans) tags.push_back(plan_tag(p));
    const size_t offices = office_count(tags);
    char hint[512];
    if (offices == s.plans.size())
        std::snprintf(hint, sizeof hint,
                      s.lang == Lang::En ? "%zu plan(s) held in this browser, one per office; import the offices' files (File > Import JSON) to add them."
                                         : "%zu rencana di peramban ini, satu per instansi; impor berkas instansi lain (Berkas > Impor JSON) untuk menambahkannya.",
                      s.plans.size());
    else
        std::snprintf(hint, sizeof hint,
                      s.lang == Lang::En ? "%zu plans of %zu office(s) held in this browser; an office's plans are told apart by their period or title. Import the offices' files (File > Import JSON) to add them."
                                         : "%zu rencana dari %zu instansi di peramban ini; rencana satu instansi dibedakan dengan periode atau judulnya. Impor berkas instansi lain (Berkas > Impor JSON) untuk menambahkannya.",
                      s.plans.size(), offices);
    disabled_text_wrapped(hint);
    if (s.services.files) {
        // The buttons on one line where the window is wide enough, else on the next lines (a narrow laptop window).
        const auto button = [](const char* label, bool first) {
            if (!first) same_line_if_fits(ImGui::CalcTextSize(label).x + 2 * ImGui::GetStyle().FramePadding.x);
            return ImGui::Button(label);
        };
        if (button(tr(s, "Cetak rekapitulasi kabupaten", "Print regency recap"), true)) print_regency_recap(s, s.regency_year);
        if (button(tr(s, "Ekspor semua (berkas pertukaran)", "Export all (exchange file)"), false))
            s.services.files->download(dated_file_name(s, "kabupaten", ".json"), "application/json", export_exchange_all(s));
        if (button(tr(s, "Ekspor format panjang (CSV)", "Long-format export (CSV)"), false))
            s.services.files->download(dated_file_name(s, "kabupaten-long", ".csv"), "text/csv;charset=utf-8", export_long(s.plans, LongFormat::Csv));
        if (button(tr(s, "Ekspor format panjang (NDJSON)", "Long-format export (NDJSON)"), false))
            s.services.files->download(dated_file_name(s, "kabupaten-long", ".ndjson"), "application/x-ndjson", export_long(s.plans, LongFormat::Ndjson));
    }

    ImGui::BeginChild("regency-body");  // scrolls on its own with a scrollbar, below the year and export buttons
    const Consolidation& c = regency_consolidation(s);
    if (s.regency_cache.builtin_untouched && s.plans.size() > 1) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.7f, 0.4f, 0, 1));
        ImGui::TextWrapped("%s", tr(s, "Rencana bawaan (contoh Sekretariat Daerah Tanggamus) ikut dihitung sebagai instansi; hapus lewat Rencana > Hapus rencana ini bila bukan milik kabupaten Anda.",
                                    "The built-in example plan (Tanggamus regional secretariat) is counted as an office; delete it with Plans > Delete this plan if it is not your regency's."));
        ImGui::PopStyleColor();
    }
    const auto& columns = c.totals.counts;
    section(tr(s, "Kategori capaian per instansi dan sasaran", "Achievement categories per office and objective"));
    const int ncols = 1 + static_cast<int>(columns.size()) + 3;
    if (ImGui::BeginTable("regency", ncols, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        // The office names and the headers wrap in their columns (a narrow laptop window cut "Sangat Tinggi").
        ImGui::TableSetupColumn(tr(s, "Instansi / sasaran", "Office / objective"), 0, 3.0f);  // office names are long
        for (const auto& col : columns) ImGui::TableSetupColumn(col.label.c_str(), 0, 1.0f);
        ImGui::TableSetupColumn(tr(s, "Tidak dapat dihitung", "Not computable"), 0, 1.5f);
        ImGui::TableSetupColumn(tr(s, "Di bawah target", "Below target"), 0, 1.2f);
        ImGui::TableSetupColumn(tr(s, "Rata-rata capaian", "Average achievement"), 0, 1.7f);  // "achievement" whole at 760 px
        headers_row_wrapped();
        for (const auto& office : c.offices) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const bool open = office_node(office);
            if (!office.in_period) {  // under the name, wrapped in the column: beside it, it was cut off even on a wide screen
                ImGui::Indent(ImGui::GetTreeNodeToLabelSpacing());
                disabled_text_wrapped(tr(s, "(tahun di luar periode rencana)", "(year outside the plan period)"));
                ImGui::Unindent(ImGui::GetTreeNodeToLabelSpacing());
            }
            tally_cells(office.tally, columns, s.lang, office.in_period);
            if (open) {
                for (const auto& o : office.objectives) {
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    ImGui::Indent();
                    ImGui::TextWrapped("%s", o.name.c_str());
                    ImGui::Unindent();
                    tally_cells(o.tally, columns, s.lang);
                }
                ImGui::TreePop();
            }
        }
        ImGui::TableNextRow();
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, IM_COL32(225, 232, 240, 255));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(tr(s, "Jumlah kabupaten", "Regency total"));
        tally_cells(c.totals, columns, s.lang);
        ImGui::EndTable();
    }
    disabled_text_wrapped(tr(s, "Rata-rata capaian: rata-rata semua indikator yang capaiannya dapat dihitung, tiap capaian dengan rumus dan "
                                "batas capaian rencananya (atau batas indikator itu sendiri); jumlah kabupaten merata-ratakan semua indikator, "
                                "bukan rata-rata instansi.",
                             "Average achievement: the mean over every indicator whose achievement can be computed, each with its plan's "
                             "rule and cap (or the indicator's own cap); the regency total averages all indicators, not the offices' averages."));
    // What the averages are over, as `tolok summary` says it (core/regency_basis.h): once when every office shares
    // it, else per office under the note on the pooled total.
    const bool same_plans = c.offices.size() == s.plans.size();
    std::optional<SummaryBasis> basis;
    if (same_plans) {
        std::vector<PlanBasis> plans;
        std::vector<bool> in_period;
        for (size_t i = 0; i < s.plans.size(); ++i) {
            plans.push_back(plan_basis(s.plans[i]));
            in_period.push_back(c.offices[i].in_period);
        }
        basis = summary_basis_of(plans, in_period);
        if (basis->same_for_all)
            for (const auto& b : basis->offices)
                if (b) {
                    disabled_text_wrapped(("(" + b->in(s.lang) + ")").c_str());
                    break;
                }
    }

    // What the totals should be read with (two plans of one office, links that do not resolve), wrapped, under them.
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.7f, 0.4f, 0, 1));
    for (const auto& p : c.problems)
        if (p.severity != Severity::Info) ImGui::TextWrapped("%s", problem_text(s, p).c_str());
    if (basis && (basis->pooled_note || !basis->same_for_all)) {
        if (basis->pooled_note) ImGui::TextWrapped("%s:", basis->pooled_note->in(s.lang).c_str());
        for (size_t i = 0; i < basis->offices.size(); ++i)  // each office's basis, as tolok summary gives it
            if (basis->offices[i]) {
                ImGui::Bullet();
                ImGui::TextWrapped("%s: %s", c.offices[i].office.c_str(), basis->offices[i]->in(s.lang).c_str());
            }
    }
    ImGui::PopStyleColor();

    section(tr(s, "Indikator di bawah target", "Indicators below target"));
    if (c.below_target.empty()) ImGui::TextDisabled("%s", tr(s, "Tidak ada.", "None."));
    else if (ImGui::BeginTable("below", 6, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr(s, "Instansi", "Office"), 0, 2.0f);
        ImGui::TableSetupColumn(tr(s, "Indikator", "Indicator"), 0, 4.0f);
        ImGui::TableSetupColumn("Target", 0, 1.0f);
        ImGui::TableSetupColumn(tr(s, "Realisasi", "Actual"), 0, 1.0f);
        ImGui::TableSetupColumn(tr(s, "Capaian", "Achievement"), 0, 1.3f);
        ImGui::TableSetupColumn(tr(s, "Kategori", "Category"), 0, 1.2f);
        ImGui::TableHeadersRow();
        for (const auto& b : c.below_target) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", b.office.c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s. %s", b.code.c_str(), b.indicator.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(numbers_in(b.target, s.lang).c_str());  // "87,35%" in English: "87.35%"
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(numbers_in(b.actual, s.lang).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted((format_number(b.percent, 2, s.lang) + " %").c_str());
            ImGui::TableNextColumn();
            category_label(b.category, category_color(c, b.category));
        }
        ImGui::EndTable();
    }

    section(tr(s, "Pohon kinerja", "Performance tree"));
    if (c.cascade.empty())
        disabled_text_wrapped(tr(s, "Belum ada indikator yang ditautkan ke indikator kabupaten (isian \"Mendukung indikator\" di penyunting).",
                                 "No indicator is linked to a regency indicator yet (the \"Supports indicator\" field in the editor)."));
    for (const auto& root : c.cascade) draw_cascade(s, c, root);
    ImGui::EndChild();
}

}  // namespace tolok::app
