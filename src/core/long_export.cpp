// Long-format CSV / NDJSON export (see long_export.h).
#include "long_export.h"

#include <cmath>
#include <cstdio>
#include <optional>
#include <nlohmann/json.hpp>
#include <string_view>

#include "achievement.h"
#include "csv_export.h"
#include "value.h"

namespace tolok {

namespace {

constexpr const char* kColumns[] = {"plan_id", "office",    "sasaran_id",  "sasaran",        "indicator_id", "indicator_code",
                                    "indicator", "unit",    "polarity",    "year",           "quarter",      "target",
                                    "target_text", "realisasi", "realisasi_text", "capaian", "capaian_capped", "category"};
constexpr size_t kColumnCount = sizeof kColumns / sizeof kColumns[0];

// A bare number (international, at most 6 decimals, no thousands separator); nullopt for non-finite.
std::optional<std::string> number_text(double v) {
    if (!std::isfinite(v)) return std::nullopt;
    return csv_number(v, CsvLocale::En);
}

// The value as one number, when it is one: counts, percents, money; not grades, ranges, text, n/a.
struct Cell {
    enum Kind { Null, Text, Number } kind = Null;
    std::string_view text;
    std::string number;
};

Cell text(std::string_view s) { return Cell{Cell::Text, s, {}}; }
Cell number(std::optional<double> v) {
    if (!v) return Cell{};
    auto t = number_text(*v);
    if (!t) return Cell{};
    return Cell{Cell::Number, {}, std::move(*t)};
}
Cell integer(int v) { return Cell{Cell::Number, {}, std::to_string(v)}; }

void append_json_string(std::string& out, std::string_view s) {
    out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void append_row(std::string& out, const Cell (&cells)[kColumnCount], LongFormat format) {
    if (format == LongFormat::Csv) {
        for (size_t i = 0; i < kColumnCount; ++i) {
            if (i) out += ',';
            if (cells[i].kind == Cell::Text) out += csv_quoted(cells[i].text, ',');
            else if (cells[i].kind == Cell::Number) out += cells[i].number;
        }
        out += '\n';
        return;
    }
    out += '{';
    for (size_t i = 0; i < kColumnCount; ++i) {
        if (i) out += ',';
        out += '"';
        out += kColumns[i];
        out += "\":";
        if (cells[i].kind == Cell::Text) append_json_string(out, cells[i].text);
        else if (cells[i].kind == Cell::Number) out += cells[i].number;
        else out += "null";
    }
    out += "}\n";
}

bool quarter_has_data(const YearEntry& e, size_t q) {
    return !e.quarter_targets[q].empty() || !e.quarter_actuals[q].empty();
}

}  // namespace

std::string long_header(LongFormat format) {
    if (format != LongFormat::Csv) return "";
    std::string out;
    for (size_t i = 0; i < kColumnCount; ++i) {
        if (i) out += ',';
        out += kColumns[i];
    }
    out += '\n';
    return out;
}

void append_long_rows(std::string& out, const Plan& plan, LongFormat format) {
    const std::string& office = plan.office.name.empty() ? plan.id : plan.office.name;
    Achievement a;  // reused row after row
    for (const auto& o : plan.objectives)
        for (const auto& ind : o.indicators) {
            std::string unit = display_unit(ind);
            auto row = [&](int year, int quarter) {
                compute_achievement_into(a, plan, ind, year, quarter);
                Cell cells[kColumnCount] = {
                    text(plan.id), text(office), text(o.id), text(o.name), text(ind.id), text(ind.code), text(ind.name),
                    text(unit), text(to_string(ind.polarity)), integer(year), quarter > 0 ? integer(quarter) : Cell{},
                    number(single_number(a.target)), text(a.target.text), number(single_number(a.actual)), text(a.actual.text),
                    number(a.percent), number(a.capped_percent), a.category.empty() ? Cell{} : text(a.category)};
                append_row(out, cells, format);
            };
            for (int year = plan.start_year; year <= plan.end_year; ++year) {
                row(year, 0);
                auto it = ind.years.find(year);
                if (it == ind.years.end()) continue;
                if (!it->second.quarter_targets.allocated() && !it->second.quarter_actuals.allocated()) continue;
                for (size_t q = 0; q < 4; ++q)
                    if (quarter_has_data(it->second, q)) row(year, static_cast<int>(q) + 1);
            }
        }
}

std::string export_long(const std::vector<Plan>& plans, LongFormat format) {
    std::string out = long_header(format);
    for (const auto& p : plans) append_long_rows(out, p, format);
    return out;
}

}  // namespace tolok
