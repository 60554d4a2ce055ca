// CSV export of the IKU, targets and capaian tables for spreadsheets (see csv_export.h): the three table layouts
// as rows of cells (export_table_rows, shared with the .xlsx export), then numbers, quoting and the
// formula-injection guard of the CSV text. Values are read from core/value.h's parsed Value and
// capaian from core/achievement.h's compute_achievement; nothing here parses or computes them again.
#include "csv_export.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

#include "achievement.h"
#include "value.h"

namespace tolok {

namespace {

char separator_of(CsvLocale locale) { return locale == CsvLocale::Id ? ';' : ','; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "-5", "+3", "-12,5", "-1.250.000", "-5 %": only a sign, digits, '.' or ',' between digits and an optional
// percent sign; a spreadsheet reads it as a number and it cannot hold a formula.
bool plain_number_text(std::string_view s) {
    size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    if (i >= s.size() || !is_digit(s[i])) return false;
    while (i < s.size() && (is_digit(s[i]) || ((s[i] == '.' || s[i] == ',') && i + 1 < s.size() && is_digit(s[i + 1]))))
        ++i;
    while (i < s.size() && s[i] == ' ') ++i;
    if (i < s.size() && s[i] == '%') ++i;
    return i == s.size();
}

bool formula_like(std::string_view s) {
    if (s.empty()) return false;
    char c = s[0];
    if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r') return false;
    return s != "-" && !plain_number_text(s);
}



std::string polarity_label(Polarity p, Lang lang) {
    bool en = lang == Lang::En;
    switch (p) {
        case Polarity::Maximize: return en ? "higher is better" : "semakin tinggi semakin baik";
        case Polarity::Minimize: return en ? "lower is better" : "semakin rendah semakin baik";
        case Polarity::Stabilize: return en ? "within a range" : "dalam rentang (stabil)";
    }
    return "";
}

std::string office_label(const Plan& plan) { return plan.office.name.empty() ? plan.id : plan.office.name; }

// Builds the rows of a table (TableCell); the CSV text is written from them by render_csv.
class Writer {
public:
    Writer& text(std::string_view s) {
        TableCell c;
        c.kind = TableCell::Kind::Text;
        c.text = std::string(s);
        row_.push_back(std::move(c));
        return *this;
    }
    // Empty for none or a non-finite number. `decimals`: as TableCell::decimals (the value itself is kept whole).
    Writer& number(std::optional<double> n, int decimals = -1) {
        TableCell c;
        if (n && std::isfinite(*n)) {
            c.kind = TableCell::Kind::Number;
            c.number = *n;
            c.decimals = decimals;
        }
        row_.push_back(std::move(c));
        return *this;
    }
    Writer& empty() { return number(std::nullopt); }
    // An indicator's code: a whole number ("10") as a number, so Excel sorts 1, 2, ..., 10 (not 1, 10, 11, 2); any
    // other code ("1.10", "5a", "07") as written.
    Writer& code(const std::string& c) {
        const bool whole = !c.empty() && c.size() <= 6 && c[0] != '0' &&
                           std::all_of(c.begin(), c.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        return whole ? integer(std::stoll(c)) : text(c);
    }
    Writer& integer(long long n) { return number(static_cast<double>(n)); }
    void end_row() {
        rows_.push_back(std::move(row_));
        row_.clear();
    }
    std::vector<TableRow> take() { return std::move(rows_); }

private:
    TableRow row_;
    std::vector<TableRow> rows_;
};

void iku_table(Writer& w, const std::vector<const Plan*>& plans, Lang lang) {
    bool en = lang == Lang::En;
    bool office_column = plans.size() > 1;
    std::set<int> years;
    for (const Plan* plan : plans)
        for (int y = plan->start_year; y <= plan->end_year && y - plan->start_year < 1000; ++y) years.insert(y);

    if (office_column) w.text(en ? "Office" : "Instansi");
    w.text("No").text(en ? "Objective" : "Sasaran").text(en ? "Indicator" : "Indikator").text(en ? "Formula" : "Rumus")
        .text(en ? "Unit" : "Satuan").text(en ? "Polarity" : "Polaritas");
    for (int y : years) w.text("Target " + std::to_string(y)).text("Target " + std::to_string(y) + (en ? " (text)" : " (teks)"));
    w.end_row();

    for (const Plan* p : plans)
        for (const auto& objective : p->objectives)
            for (const auto& ind : objective.indicators) {
                if (office_column) w.text(office_label(*p));
                w.code(ind.code).text(objective.name).text(ind.name).text(ind.formula.text).text(display_unit(ind))
                    .text(polarity_label(ind.polarity, lang));
                for (int y : years) {
                    auto it = ind.years.find(y);
                    if (it == ind.years.end()) {
                        w.empty().empty();
                        continue;
                    }
                    w.number(single_number(it->second.target)).text(it->second.target.text);
                }
                w.end_row();
            }
}

void targets_table(Writer& w, const std::vector<const Plan*>& plans, Lang lang) {
    bool en = lang == Lang::En;
    bool office_column = plans.size() > 1;
    if (office_column) w.text(en ? "Office" : "Instansi");
    w.text(en ? "Objective" : "Sasaran").text(en ? "Code" : "Kode").text(en ? "Indicator" : "Indikator")
        .text(en ? "Year" : "Tahun").text(en ? "Quarter" : "Triwulan").text(en ? "Target number" : "Target angka")
        .text(en ? "Unit" : "Satuan").text(en ? "Target text" : "Target teks");
    w.end_row();

    auto row = [&](const Plan& plan, const Objective& o, const Indicator& ind, int year, int quarter, const Value& v) {
        if (office_column) w.text(office_label(plan));
        w.text(o.name).code(ind.code).text(ind.name).integer(year);
        if (quarter > 0) w.integer(quarter);
        else w.empty();
        std::string unit = ind.unit.empty() ? v.unit : ind.unit;
        w.number(single_number(v)).text(unit).text(v.text);
        w.end_row();
    };
    for (const Plan* p : plans)
        for (const auto& objective : p->objectives)
            for (const auto& ind : objective.indicators)
                for (const auto& [year, entry] : ind.years) {
                    if (!entry.target.empty()) row(*p, objective, ind, year, 0, entry.target);
                    for (int q = 0; q < 4; ++q)
                        if (!entry.quarter_targets[q].empty()) row(*p, objective, ind, year, q + 1, entry.quarter_targets[q]);
                }
}

// `by_quarter`: a row per quarter with something in it (a target or a realisasi), then the year's. Two realisasi
// pairs: "Realisasi diisi" (as typed for the year or quarter; empty when none was) and "Realisasi dipakai" (the one
// the capaian beside it used).
void capaian_table(Writer& w, const std::vector<const Plan*>& plans, int year, Lang lang, bool by_quarter) {
    bool en = lang == Lang::En;
    bool office_column = plans.size() > 1;
    if (office_column) w.text(en ? "Office" : "Instansi");
    w.text(en ? "Code" : "Kode").text(en ? "Objective" : "Sasaran").text(en ? "Indicator" : "Indikator")
        .text(en ? "Unit" : "Satuan").text(en ? "Year" : "Tahun");
    if (by_quarter) w.text(en ? "Quarter" : "Triwulan");
    w.text("Target").text(en ? "Target (text)" : "Target (teks)")
        .text(en ? "Actual typed" : "Realisasi diisi").text(en ? "Actual typed (text)" : "Realisasi diisi (teks)")
        .text(en ? "Actual used" : "Realisasi dipakai").text(en ? "Actual used (text)" : "Realisasi dipakai (teks)")
        .text(en ? "Achievement %" : "Capaian %").text(en ? "Category" : "Kategori")
        .text(en ? "Explanation" : "Penjelasan");
    w.end_row();

    Achievement a;  // reused row after row
    const std::vector<int> periods = by_quarter ? std::vector<int>{1, 2, 3, 4, 0} : std::vector<int>{0};  // 0: the year
    for (const Plan* p : plans)
        for (const auto& objective : p->objectives)
            for (const auto& ind : objective.indicators) {
                const auto entry = ind.years.find(year);
                for (int quarter : periods) {
                    if (quarter) {  // a quarter with nothing planned or measured: no row
                        const bool used = entry != ind.years.end() &&
                                          (!entry->second.quarter_targets[quarter - 1].empty() ||
                                           !entry->second.quarter_actuals[quarter - 1].value.empty() ||
                                           !entry->second.quarter_actuals[quarter - 1].components.empty() ||
                                           !entry->second.quarter_actuals[quarter - 1].evidence.empty());
                        if (!used) continue;
                    }
                    compute_achievement_into(a, *p, ind, year, quarter);
                    if (office_column) w.text(office_label(*p));
                    w.code(ind.code).text(objective.name).text(ind.name).text(display_unit(ind)).integer(year);
                    if (by_quarter) {
                        if (quarter) w.integer(quarter);
                        else w.empty();
                    }
                    w.number(single_number(a.target)).text(a.target.text);
                    // What was typed for the period (read back by the table import), then the realisasi the capaian
                    // used: the running total up to a quarter against cumulative targets, a year added up from its
                    // quarters, computed from the formula's components or from the evidence log (never read back).
                    const Value none;
                    const Value& typed = entry == ind.years.end() ? none
                                         : quarter              ? entry->second.quarter_actuals[quarter - 1].value
                                                                : entry->second.actual.value;
                    w.number(single_number(typed)).text(typed.text);
                    w.number(single_number(a.actual)).text(a.actual.text);
                    w.number(a.percent, 2);  // shown as the app and the documents show it (101,86); exact in the cell
                    w.text(a.category).text(a.explanation.in(lang));
                    w.end_row();
                }
            }
}

}  // namespace

std::string csv_number(double value, CsvLocale locale) {
    if (!std::isfinite(value)) return "";
    // The one formatter (value.h), international style, then without its thousands separators.
    std::string s = format_number_short(value, Lang::En, 6);
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c == ',') continue;
        out += c == '.' && locale == CsvLocale::Id ? ',' : c;
    }
    if (out == "-0") out = "0";
    return out;
}

std::string csv_quoted(std::string_view field, char separator) {
    if (field.find_first_of(std::string{separator, '"', '\r', '\n'}) == std::string_view::npos) return std::string(field);
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csv_text_cell(std::string_view text, CsvLocale locale) {
    std::string s(text);
    if (formula_like(s)) s.insert(s.begin(), '\'');
    return csv_quoted(s, separator_of(locale));
}

namespace {

std::vector<TableRow> table_rows(const std::vector<const Plan*>& plans, CsvTable table, int year, Lang headers) {
    Writer w;
    switch (table) {
        case CsvTable::Iku: iku_table(w, plans, headers); break;
        case CsvTable::Targets: targets_table(w, plans, headers); break;
        case CsvTable::Capaian: capaian_table(w, plans, year, headers, false); break;
        case CsvTable::CapaianQuarters: capaian_table(w, plans, year, headers, true); break;
    }
    return w.take();
}

std::vector<const Plan*> pointers(const std::vector<Plan>& plans) {
    std::vector<const Plan*> list;
    list.reserve(plans.size());
    for (const auto& plan : plans) list.push_back(&plan);
    return list;
}

// CSV text of the rows: numbers through csv_number, texts through the guard and quoting, CRLF, BOM for Id.
std::string render_csv(const std::vector<TableRow>& rows, CsvLocale locale) {
    std::string out = locale == CsvLocale::Id ? "\xEF\xBB\xBF" : "";
    for (const auto& row : rows) {
        bool first = true;
        for (const auto& cell : row) {
            if (!first) out += separator_of(locale);
            first = false;
            if (cell.kind == TableCell::Kind::Number) out += csv_number(cell.number, locale);
            else if (cell.kind == TableCell::Kind::Text) out += csv_text_cell(cell.text, locale);
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace

std::vector<TableRow> export_table_rows(const std::vector<Plan>& plans, CsvTable table, int year, Lang headers) {
    return table_rows(pointers(plans), table, year, headers);
}

std::vector<TableRow> export_table_rows(const Plan& plan, CsvTable table, int year, Lang headers) {
    return table_rows({&plan}, table, year, headers);
}

std::string table_sheet_name(CsvTable table, int year, Lang headers) {
    bool en = headers == Lang::En;
    switch (table) {
        case CsvTable::Iku: return "IKU";
        case CsvTable::Targets: return en ? "Targets" : "Target";
        case CsvTable::Capaian: return (en ? "Achievement " : "Capaian ") + std::to_string(year);
        case CsvTable::CapaianQuarters: return (en ? "Achievement Q " : "Capaian TW ") + std::to_string(year);
    }
    return "IKU";
}

std::string export_csv(const std::vector<Plan>& plans, CsvTable table, CsvLocale locale, int year, Lang headers) {
    return render_csv(table_rows(pointers(plans), table, year, headers), locale);
}

std::string export_csv(const Plan& plan, CsvTable table, CsvLocale locale, int year, Lang headers) {
    return render_csv(table_rows({&plan}, table, year, headers), locale);
}

}  // namespace tolok
