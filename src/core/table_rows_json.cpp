// The JSON form of exported table rows (see table_rows_json.h), with nlohmann/json.
#include "table_rows_json.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace tolok {

std::string table_rows_to_json(const std::vector<TableRow>& rows) {
    nlohmann::json out = nlohmann::json::array();
    for (const TableRow& row : rows) {
        nlohmann::json cells = nlohmann::json::array();
        for (const TableCell& cell : row) {
            switch (cell.kind) {
                case TableCell::Kind::Empty: cells.push_back(nullptr); break;
                case TableCell::Kind::Number:
                    if (cell.decimals >= 0) cells.push_back({{"number", cell.number}, {"decimals", cell.decimals}});
                    else cells.push_back(cell.number);
                    break;
                case TableCell::Kind::Text: cells.push_back(cell.text); break;
            }
        }
        out.push_back(std::move(cells));
    }
    // Texts come from the plan, whose strings are checked UTF-8; a stray invalid byte is replaced, never thrown on.
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<std::vector<TableRow>> table_rows_from_json(std::string_view json) {
    nlohmann::json in = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (!in.is_array()) return std::nullopt;
    std::vector<TableRow> rows;
    rows.reserve(in.size());
    for (const nlohmann::json& cells : in) {
        if (!cells.is_array()) return std::nullopt;
        TableRow row;
        row.reserve(cells.size());
        for (const nlohmann::json& value : cells) {
            TableCell cell;
            if (value.is_string()) {
                cell.kind = TableCell::Kind::Text;
                cell.text = value.get<std::string>();
            } else if (value.is_number()) {
                cell.kind = TableCell::Kind::Number;
                cell.number = value.get<double>();
                if (!std::isfinite(cell.number)) return std::nullopt;
            } else if (value.is_object()) {  // {"number": N, "decimals": D}, nothing else
                const auto n = value.find("number");
                const auto d = value.find("decimals");
                if (value.size() != 2 || n == value.end() || d == value.end() || !n->is_number() ||
                    !d->is_number_integer() || d->get<long long>() < 0 || d->get<long long>() > 10)
                    return std::nullopt;
                cell.kind = TableCell::Kind::Number;
                cell.number = n->get<double>();
                cell.decimals = static_cast<int>(d->get<long long>());
                if (!std::isfinite(cell.number)) return std::nullopt;
            } else if (!value.is_null()) {
                return std::nullopt;
            }
            row.push_back(std::move(cell));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace tolok
