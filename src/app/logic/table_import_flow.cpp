// The "import a table" flow of the app (see table_import_flow.h).
#include "app/logic/table_import_flow.h"

#include "core/text_check.h"

#include "app/state.h"

namespace tolok::app {

void refresh_table_preview(AppState& s) {
    TableImportDraft& d = s.table_import;
    if (d.text == d.previewed_text && d.year == d.previewed_year) return;
    TableImportOptions options;
    options.year = d.year;
    options.lang = s.lang;
    if (const Plan* plan = current_plan(s)) options.office_name = plan->office.name;
    d.preview = d.text.empty() ? TableImportResult{} : import_table(d.text, options);
    d.held_for.clear();
    if (const Plan* plan = current_plan(s); plan && d.preview.plan) {
        const std::vector<HeldMatch> matches = match_held_indicators(*plan, *d.preview.plan);
        size_t at = 0;
        for (const auto& o : d.preview.plan->objectives)
            for (const auto& ind : o.indicators) d.held_for[ind.id] = matches.at(at++);
    }
    d.previewed_text = d.text;
    d.previewed_year = d.year;
}

TableImportSummary summarize(const TableImportResult& r) {
    TableImportSummary sum;
    if (r.plan)
        for (const auto& o : r.plan->objectives)
            for (const auto& ind : o.indicators) {
                ++sum.indicators;
                for (const auto& [year, entry] : ind.years) {
                    sum.targets += !entry.target.empty();
                    // ("-" and "n/a" give no realisasi: Perbarui keeps the one held)
                    sum.actuals += !entry.actual.value.empty() && entry.actual.value.shape != ValueShape::Missing;
                    for (const Value& t : entry.quarter_targets) sum.quarter_targets += !t.empty();
                    for (const Actual& a : entry.quarter_actuals) sum.quarter_actuals += !a.value.empty();
                }
            }
    for (const auto& row : r.rows) {
        sum.rejected_rows += row.kind == ImportedRow::Kind::Rejected;
        sum.skipped_rows += row.kind == ImportedRow::Kind::Skipped;
    }
    for (const auto& p : r.problems) sum.warnings += p.severity == Severity::Warning;
    return sum;
}

std::string update_note(const AppState& s, const ImportedRow& row) {
    const auto it = s.table_import.held_for.find(row.indicator_id);
    if (row.kind != ImportedRow::Kind::Indicator || it == s.table_import.held_for.end()) return "";
    if (it->second.indicator_id.empty()) return tr(s, "indikator baru", "new indicator");
    return (s.lang == Lang::En ? "updates no. " : "memperbarui no. ") + it->second.indicator_code;
}

bool apply_table_import(AppState& s, bool as_new_plan) {
    refresh_table_preview(s);
    TableImportDraft& d = s.table_import;
    if (!d.preview.plan || summarize(d.preview).indicators == 0) {
        say(s, BiText{"!Tabel belum berisi indikator yang terbaca; tidak ada yang diubah.",
                       "!The table holds no readable indicator yet; nothing was changed."});
        return false;
    }
    Plan* plan = current_plan(s);
    if (as_new_plan || !plan) {
        // The table is most often another office's: its name is asked for (the settings open on it, as for
        // Rencana baru), not taken from the plan open; the regency and place stay, an id of its own.
        Plan p = *d.preview.plan;
        const Plan fresh = make_new_plan(s);
        p.id = fresh.id;
        p.office = Office{};
        p.office.name = fresh.office.name;
        if (plan) {
            p.office.government = plan->office.government;
            p.office.place = plan->office.place;
        }
        apply_plans(s, {std::move(p)}, BiText{"Impor tabel sebagai rencana baru", "Import a table as a new plan"});
        say(s, BiText{"Tabel diimpor sebagai rencana baru; tulis nama instansinya.",
                       "The table was imported as a new plan; type its office's name."});
        s.tab_request = kTabSettings;
        s.focus_field = "office/name";
    } else {
        Plan& target = change(s, BiText{"Impor tabel ke rencana ini", "Import a table into this plan"});
        TableMergeCounts c = merge_imported_plan(target, d.preview);
        s.message = s.lang == Lang::En ? "Table imported: " + std::to_string(c.updated) + " indicator(s) updated, " +
                                             std::to_string(c.added) + " added"
                                       : "Tabel diimpor: " + std::to_string(c.updated) + " indikator diperbarui, " +
                                             std::to_string(c.added) + " ditambahkan";
        if (c.actuals_replaced)  // said: realisasi entered here were replaced by the table's (Ctrl+Z brings them back)
            s.message += s.lang == Lang::En ? "; " + std::to_string(c.actuals_replaced) + " actual(s) replaced by the table's (Ctrl+Z undoes)"
                                            : "; " + std::to_string(c.actuals_replaced) + " realisasi diganti dengan isi tabel (Ctrl+Z membatalkan)";
        s.message += ".";
    }
    d = TableImportDraft{};
    return true;
}

bool is_table_file_name(const std::string& name) {
    size_t dot = name.rfind('.');
    if (dot == std::string::npos) return false;
    std::string ext = name.substr(dot + 1);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == "csv" || ext == "tsv" || ext == "txt";
}

void paste_into_table_import(AppState& s, const std::string& text) {
    TableImportDraft& d = s.table_import;
    if (!d.open) return;  // the dialog was closed while the browser asked
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        d.paste_problem = BiText{"Papan klip kosong: salin dulu tabelnya di Word, Excel atau LibreOffice.",
                                 "The clipboard is empty: copy the table in Word, Excel or LibreOffice first."};
        return;
    }
    d.paste_problem.reset();
    d.source_name.clear();
    d.read_as_windows_1252 = false;
    d.text = text;
    refresh_table_preview(s);
}

void open_table_import(AppState& s, const std::string& name, const std::string& text) {
    TableImportDraft& d = s.table_import;
    d.paste_problem.reset();
    d.source_name = name;
    const std::optional<std::string> decoded = windows1252_to_utf8(text);
    d.read_as_windows_1252 = decoded.has_value();
    d.text = decoded ? *decoded : text;
    d.open_request = true;
    refresh_table_preview(s);
}

}  // namespace tolok::app
