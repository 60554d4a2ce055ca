// The "import a table" flow of the app (see table_import_flow.h).
#include "app/logic/table_import_flow.h"

#include <cctype>

#include "app/state.h"

namespace tolok::app {

namespace {

// A name compared without case and with runs of spaces collapsed: "Persentase  OPD" == "persentase opd".
std::string match_key(const std::string& name) {
    std::string key;
    bool space = false;
    for (unsigned char c : name) {
        if (std::isspace(c)) {
            space = !key.empty();
            continue;
        }
        if (space) key += ' ';
        space = false;
        key += static_cast<char>(std::tolower(c));
    }
    return key;
}

bool plan_id_taken(const AppState& s, const std::string& id) {
    for (const auto& p : s.plans)
        if (p.id == id) return true;
    return false;
}

std::string next_indicator_id(const Plan& plan) {
    size_t n = 0;
    for (;;) {
        std::string id = "i" + std::to_string(++n);
        bool taken = false;
        for (const auto& o : plan.objectives)
            for (const auto& ind : o.indicators) taken = taken || ind.id == id;
        if (!taken) return id;
    }
}

std::string next_objective_id(const Plan& plan) {
    size_t n = 0;
    for (;;) {
        std::string id = "s" + std::to_string(++n);
        bool taken = false;
        for (const auto& o : plan.objectives) taken = taken || o.id == id;
        if (!taken) return id;
    }
}

}  // namespace

void refresh_table_preview(AppState& s) {
    TableImportDraft& d = s.table_import;
    if (d.text == d.previewed_text && d.year == d.previewed_year) return;
    TableImportOptions options;
    options.year = d.year;
    options.lang = s.lang;
    if (const Plan* plan = current_plan(s)) options.office_name = plan->office.name;
    d.preview = d.text.empty() ? TableImportResult{} : import_table(d.text, options);
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
                    sum.actuals += !entry.actual.value.empty();
                }
            }
    for (const auto& row : r.rows) sum.rejected_rows += row.kind == ImportedRow::Kind::Rejected;
    for (const auto& p : r.problems) sum.warnings += p.severity == Severity::Warning;
    return sum;
}

PlanUpdateCounts merge_table_into(Plan& current, const Plan& imported) {
    PlanUpdateCounts counts;
    for (const auto& io : imported.objectives) {
        for (const auto& ii : io.indicators) {
            Indicator* match = nullptr;
            for (auto& o : current.objectives)
                for (auto& ind : o.indicators)
                    if (!match && match_key(ind.name) == match_key(ii.name)) match = &ind;
            if (match) {
                if (!ii.formula.text.empty()) match->formula = ii.formula;
                if (!ii.unit.empty()) match->unit = ii.unit;
                match->polarity = ii.polarity;
                if (!ii.data_source.empty()) match->data_source = ii.data_source;
                if (!ii.owner.empty()) match->owner = ii.owner;
                for (const auto& [year, entry] : ii.years) {
                    YearEntry& mine = match->years[year];
                    if (!entry.target.empty()) mine.target = entry.target;
                    if (!entry.actual.value.empty()) mine.actual.value = entry.actual.value;
                }
                ++counts.updated;
                continue;
            }
            Objective* objective = nullptr;
            for (auto& o : current.objectives)
                if (!objective && match_key(o.name) == match_key(io.name)) objective = &o;
            if (!objective) {
                Objective o;
                o.id = next_objective_id(current);
                o.name = io.name;
                current.objectives.push_back(std::move(o));
                objective = &current.objectives.back();
                ++counts.objectives_added;
            }
            Indicator added = ii;
            added.id = next_indicator_id(current);
            size_t n = 0;
            for (const auto& o : current.objectives) n += o.indicators.size();
            added.code = std::to_string(n + 1);
            objective->indicators.push_back(std::move(added));
            ++counts.added;
        }
    }
    // The period grows to hold the imported years.
    for (const auto& o : current.objectives)
        for (const auto& ind : o.indicators)
            for (const auto& [year, entry] : ind.years) {
                if (year < current.start_year || current.start_year == 0) current.start_year = year;
                if (year > current.end_year) current.end_year = year;
            }
    return counts;
}

bool apply_table_import(AppState& s, bool as_new_plan) {
    refresh_table_preview(s);
    TableImportDraft& d = s.table_import;
    if (!d.preview.plan || summarize(d.preview).indicators == 0) {
        s.message = tr(s, "!Tabel belum berisi indikator yang terbaca; tidak ada yang diubah.",
                       "!The table holds no readable indicator yet; nothing was changed.");
        return false;
    }
    Plan* plan = current_plan(s);
    if (as_new_plan || !plan) {
        Plan p = *d.preview.plan;
        std::string base = p.id;
        for (int n = 2; plan_id_taken(s, p.id); ++n) p.id = base + "-" + std::to_string(n);
        apply_plans(s, {std::move(p)}, tr(s, "Impor tabel sebagai rencana baru", "Import a table as a new plan"));
        s.message = tr(s, "Tabel diimpor sebagai rencana baru.", "The table was imported as a new plan.");
    } else {
        Plan& target = change(s, tr(s, "Impor tabel ke rencana ini", "Import a table into this plan"));
        PlanUpdateCounts c = merge_table_into(target, *d.preview.plan);
        s.message = s.lang == Lang::En ? "Table imported: " + std::to_string(c.updated) + " indicator(s) updated, " +
                                             std::to_string(c.added) + " added."
                                       : "Tabel diimpor: " + std::to_string(c.updated) + " indikator diperbarui, " +
                                             std::to_string(c.added) + " ditambahkan.";
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

void open_table_import(AppState& s, const std::string& name, const std::string& text) {
    TableImportDraft& d = s.table_import;
    d.source_name = name;
    d.text = text;
    d.open_request = true;
    refresh_table_preview(s);
}

}  // namespace tolok::app
