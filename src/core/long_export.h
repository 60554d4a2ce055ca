// Long-format export for analysis tools (DuckDB, Spark, pandas, R): one row per indicator, year and quarter with
// the office, objective (sasaran), target, realisasi, capaian and category, as CSV or NDJSON (one JSON object per
// line). Both load directly: DuckDB `read_csv_auto('x.csv')` / `read_json_auto('x.ndjson')`, Spark
// `spark.read.csv(path, header=True, inferSchema=True)` / `spark.read.json(path)`. See docs/analysis.md.
//
// Rows: for every indicator (plan order) and every year of the plan period, one yearly row (quarter empty / null),
// then one row per quarter 1-4 that has a quarterly target or realisasi. So a plan without quarterly data gives
// indicators x years rows.
//
// Columns (the same keys in NDJSON): plan_id, office, sasaran_id, sasaran, indicator_id, indicator_code,
// indicator, unit, polarity, year, quarter, target, target_text, realisasi, realisasi_text, capaian,
// capaian_capped, category.
// - target / realisasi: the value as a bare number when it is one number (count, percent, money), empty / null
//   for grades, ranges, text, n/a and empty values; *_text holds the value as written (or as computed from the
//   formula components / the quarters, see achievement.h resolve_actual).
// - capaian: uncapped achievement in percent; capaian_capped: after the cap in force (the indicator's own, else the plan's) (equal without a cap); both
//   empty / null when not computable. category: the band label, empty / null when not computable.
// - polarity: maximize | minimize | stabilize.
// CSV: ',' separator, '.' decimal point, no thousands separator, a header row, UTF-8 without BOM, LF line ends,
// RFC 4180 quoting (a field holding ',', '"', CR or LF is enclosed in '"', inner '"' doubled). Unlike
// export-csv (for spreadsheets) text is never altered: no formula-injection apostrophe, so the data stay exact;
// open it in a spreadsheet only through an import dialog.
// NDJSON: UTF-8, one object per line ending in LF, keys in the column order, numbers as JSON numbers (at most 6
// decimals), null for missing numbers, quarter and category.
#pragma once

#include <string>
#include <vector>

#include "model.h"

namespace tolok {

enum class LongFormat { Csv, Ndjson };

// The CSV header line (with its LF); empty for NDJSON.
std::string long_header(LongFormat format);

// Appends the rows of one plan to `out` (no header), so callers can stream plan by plan.
void append_long_rows(std::string& out, const Plan& plan, LongFormat format);

// Header (CSV) and the rows of every plan.
std::string export_long(const std::vector<Plan>& plans, LongFormat format);

}  // namespace tolok
