// The header of a pasted table and its columns: the header row found (the first with an Indikator column), each
// column classified by its words (Indonesian or English), the years of a spanning header read from the row of years
// or quarter names below it, and the columns that cannot be read as they are said (a number that is no year, two
// columns for one year's target or one quarter, semester columns, the bare number beside a "(teks)" column). A long
// table's "Tahun" and "Triwulan" columns give the rows' years and quarters (table_row_period reads their cells).
// The capaian tables' "Realisasi dipakai" (the realisasi used, derived) is not read; their "Realisasi diisi" is.
#include "table_columns.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

namespace tolok::table_detail {

namespace {

// The first year (1990-2100) written as four digits of their own in `s`, else 0.
int year_in(const std::string& s) {
    for (size_t i = 0; i + 4 <= s.size(); ++i) {
        if ((i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1]))) || (i + 4 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 4]))))
            continue;
        bool digits = true;
        for (size_t k = 0; k < 4; ++k) digits = digits && std::isdigit(static_cast<unsigned char>(s[i + k]));
        if (!digits) continue;
        int y = std::stoi(s.substr(i, 4));
        if (y >= 1990 && y <= 2100) return y;
    }
    return 0;
}

// A year mistyped in a header: 4 digits from 1800 to 2999 that year_in does not take ("Target 1899", "Target 2201"),
// or 5 digits starting "19" or "20" ("Target 20255"). Empty when there is none ("Target (x 1000)" has none).
std::string number_not_year(const std::string& s) {
    for (size_t i = 0; i < s.size();) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < s.size() && std::isdigit(static_cast<unsigned char>(s[end]))) ++end;
        const std::string digits = s.substr(i, end - i);
        const bool four = digits.size() == 4 && (digits[0] == '1' ? digits[1] >= '8' : digits[0] == '2');
        const bool five = digits.size() == 5 && (digits.compare(0, 2, "19") == 0 || digits.compare(0, 2, "20") == 0);
        if ((four || five) && year_in(digits) == 0) return digits;
        i = end;
    }
    return "";
}
// The quarter a header names, 1-4, else 0: "TW I", "TW-2", "TW.III", "TW4", "Triwulan IV", "Trw II", "Q1", "Quarter 3",
// anywhere after its first word ("Target TW I 2025", "Realisasi Triwulan II"). `bare_roman` also takes "I".."IV"
// alone (a row of quarter names under a spanning header). Lower-case input. `where` gets the quarter word's place,
// `end` the place after the quarter's number.
int quarter_in(const std::string& h, bool bare_roman, size_t* where = nullptr, size_t* end_of = nullptr) {
    auto word_start = [&](size_t at) { return at == 0 || !std::isalnum(static_cast<unsigned char>(h[at - 1])); };
    auto number_at = [&](size_t at) {
        while (at < h.size() && (h[at] == ' ' || h[at] == '.' || h[at] == '-')) ++at;
        size_t end = at;
        while (end < h.size() && std::isalnum(static_cast<unsigned char>(h[end]))) ++end;
        if (end_of) *end_of = end;
        const std::string n = h.substr(at, end - at);
        if (n == "1" || n == "i") return 1;
        if (n == "2" || n == "ii") return 2;
        if (n == "3" || n == "iii") return 3;
        if (n == "4" || n == "iv") return 4;
        return 0;
    };
    if (bare_roman) {
        const std::string t = trim(h);
        if (t == "i" || t == "ii" || t == "iii" || t == "iv") {
            if (where) *where = h.find(t);
            return number_at(h.find(t));
        }
    }
    for (const char* word : {"triwulan", "quarter", "trw", "tw", "q"}) {
        const size_t n = std::char_traits<char>::length(word);
        for (size_t at = h.find(word); at != std::string::npos; at = h.find(word, at + 1))
            if (word_start(at))
                if (int q = number_at(at + n)) {
                    if (where) *where = at;
                    return q;
                }
    }
    return 0;
}

}  // namespace

bool is_bare_year(const std::string& s) { return s.size() == 4 && year_in(s) != 0; }

int column_of(const std::vector<ImportColumn>& columns, ColumnRole role) {
    for (size_t c = 0; c < columns.size(); ++c)
        if (columns[c].role == role) return static_cast<int>(c);
    return -1;
}

int quarter_cell(const std::string& cell) {
    const std::string t = trim(lower(one_line(cell)));
    if (t.size() == 1 && t[0] >= '1' && t[0] <= '4') return t[0] - '0';
    size_t at = std::string::npos, end = 0;
    const int q = quarter_in(t, true, &at, &end);
    return q && at == 0 && end == t.size() ? q : 0;
}

ImportColumn classify(const std::string& header) {
    ImportColumn c;
    c.header = header;
    std::string h = lower(header);
    if (h.find("semester") != std::string::npos) return c;  // half-year columns are not read (import_table says so)
    const std::string alone = trim(h);  // a long table's columns of each row's year and quarter
    if (alone == "tahun" || alone == "year") c.role = ColumnRole::RowYear;
    else if (alone == "triwulan" || alone == "tw" || alone == "trw" || alone == "quarter") c.role = ColumnRole::RowQuarter;
    else if (h == "no" || h == "no." || h == "nomor" || h == "#") c.role = ColumnRole::Number;
    else if (starts(h, "sasaran") || starts(h, "objective") || starts(h, "tujuan/sasaran")) c.role = ColumnRole::Objective;
    else if (starts(h, "indikator") || starts(h, "indicator") || h == "iku" || starts(h, "performance indicator") ||
             starts(h, "key performance indicator"))  // (the English documents' own headers)
        c.role = ColumnRole::Indicator;
    else if (starts(h, "rumus") || starts(h, "formula") || starts(h, "cara perhitungan") || starts(h, "cara pengukuran")) c.role = ColumnRole::Formula;
    else if (starts(h, "satuan") || h == "unit") c.role = ColumnRole::Unit;
    else if (starts(h, "target") || starts(h, "annual target") || starts(h, "yearly target") ||
             (starts(h, "tahun") && year_in(h))) {  // "Tahun 2025": the year's target
        c.year = year_in(h);
        c.quarter = quarter_in(h, false);
        c.role = c.quarter ? ColumnRole::QuarterTarget : c.year ? ColumnRole::TargetYear : ColumnRole::Target;
    } else if (starts(h, "realisasi dipakai") || starts(h, "actual used")) {  // the capaian tables' derived one
        c.role = ColumnRole::ActualUsed;
    } else if (starts(h, "realisasi") || starts(h, "actual") || starts(h, "realization")) {  // ("Realisasi diisi" too)
        c.year = year_in(h);
        c.quarter = quarter_in(h, false);
        c.role = c.quarter ? ColumnRole::QuarterActual : ColumnRole::Actual;
    } else if (size_t at = 0, q = quarter_in(h, false, &at); q && at == h.find_first_not_of(' ')) {  // "TW I" alone
        c.role = ColumnRole::QuarterTarget;  // (realisasi when a Realisasi column is on its left: import_table)
        c.quarter = static_cast<int>(q);
        c.year = year_in(h);
    } else if (starts(h, "capaian") || starts(h, "% capaian") || starts(h, "persentase capaian") || starts(h, "achievement"))
        c.role = ColumnRole::Achievement;
    else if (starts(h, "polari") || starts(h, "polarity")) c.role = ColumnRole::Polarity;
    // ("Sumber Dana", the funding, is no data source)
    else if (starts(h, "sumber data") || starts(h, "data source") || h == "sumber") c.role = ColumnRole::DataSource;
    else if (starts(h, "penanggung jawab") || h == "pj" || starts(h, "owner") || starts(h, "person in charge") || starts(h, "pic"))
        c.role = ColumnRole::Owner;
    else if (is_bare_year(h)) {
        c.role = ColumnRole::TargetYear;
        c.year = year_in(h);
    }
    // "Target 2023 (teks)", "Actual (text)", "Target teks": the value as written, as Tolok's exports head it.
    if (c.role == ColumnRole::Target || c.role == ColumnRole::TargetYear || c.role == ColumnRole::Actual) {
        const std::string t = trim(h);
        auto ends = [&](const char* e) {
            const size_t n = std::char_traits<char>::length(e);
            return t.size() > n && t.compare(t.size() - n, n, e) == 0;
        };
        c.as_written = ends("(teks)") || ends("(text)") || ends(" teks") || ends(" text");
    }
    return c;
}

namespace {

// The header: the first row with an Indikator column and another column recognised (a lone "INDIKATOR KINERJA
// UTAMA" title is not a header); rows.size() when there is none.
size_t find_header_row(const std::vector<SourceRow>& rows) {
    size_t header = rows.size();
    for (size_t r = 0; r < rows.size() && header == rows.size(); ++r) {
        int recognised = 0;
        bool indicator = false;
        for (const auto& c : rows[r].cells) {
            ColumnRole role = classify(c).role;
            recognised += role != ColumnRole::Ignored;
            indicator = indicator || role == ColumnRole::Indicator;
        }
        if (indicator && recognised >= 2) header = r;  // a lone "INDIKATOR KINERJA UTAMA" title is not a header
    }
    return header;
}

// The rows above the header: blank, or a title above the table (skipped, and said).
void list_rows_above(const std::vector<SourceRow>& rows, size_t header, TableImportResult& result) {
    for (size_t r = 0; r < header; ++r) {
        ImportedRow ir;
        ir.row = rows[r].row;
        ir.cells = rows[r].cells;
        if (all_empty(rows[r].cells)) ir.kind = ImportedRow::Kind::Blank;
        else {
            ir.kind = ImportedRow::Kind::Header;
            ir.problems.push_back(problem(Severity::Info, "table.before_header", ir.row, 0, "judul di atas tabel, dilewati",
                                          "title above the table, skipped"));
            result.problems.push_back(ir.problems.back());
        }
        result.rows.push_back(std::move(ir));
    }
}

// A row of years under the header (its Indikator cell empty), as under a spanning "Target ... pada tahun ke": each
// year is the year of the column above it. Whether the row is one.
bool read_year_row(const SourceRow& row, TableImportResult& result) {
    const auto& sub = row.cells;
    int years = 0;
    for (const auto& c : sub) years += is_bare_year(c) ? 1 : 0;
    const auto indicator = std::find_if(result.columns.begin(), result.columns.end(),
                                        [](const ImportColumn& c) { return c.role == ColumnRole::Indicator; });
    if (years == 0 || !cell_at(sub, static_cast<int>(indicator - result.columns.begin())).empty()) return false;
    ColumnRole spanning = ColumnRole::TargetYear;
    for (size_t c = 0; c < sub.size(); ++c) {
        if (c >= result.columns.size()) result.columns.push_back(ImportColumn{});
        ImportColumn& col = result.columns[c];
        if (col.role == ColumnRole::Target || col.role == ColumnRole::TargetYear) spanning = ColumnRole::TargetYear;
        if (col.role == ColumnRole::Actual) spanning = ColumnRole::Actual;
        // (a "Tahun" over years spans them: no column of each row's year)
        if (is_bare_year(sub[c]) && (col.role == ColumnRole::Ignored || col.role == ColumnRole::RowYear || col.role == ColumnRole::Target ||
                                      col.role == ColumnRole::TargetYear || col.role == ColumnRole::Actual)) {
            col.role = col.role == ColumnRole::Ignored || col.role == ColumnRole::RowYear ? spanning
                       : col.role == ColumnRole::Target                                   ? ColumnRole::TargetYear
                                                                                          : col.role;
            col.year = year_in(sub[c]);
        }
    }
    for (ImportColumn& col : result.columns)  // a table of years spanned: not a long one
        if (col.role == ColumnRole::RowYear) col.role = ColumnRole::Ignored;
    result.rows.push_back(ImportedRow{row.row, ImportedRow::Kind::Header, "", "", sub, {}, ""});
    return true;
}

// A row of quarter names under the header ("TW I", "Triwulan II", "Q3", "I".."IV"): the quarter columns of the
// Target or Realisasi header spanning them ("Target 2025" over "Tahunan | TW I | ... | TW IV"), of its year.
// Whether the row is one.
bool read_quarter_row(const SourceRow& row, TableImportResult& result) {
    const auto& sub = row.cells;
    int quarters = 0, yearly = 0, filled = 0;  // "Tahunan" beside the quarters is the year's own column
    for (const auto& c : sub)
        if (!c.empty()) {
            ++filled;
            quarters += quarter_in(lower(one_line(c)), true) != 0;
            yearly += lower(one_line(c)) == "tahunan";
        }
    if (quarters < 2 || quarters + yearly != filled) return false;
    bool actual = false;  // the spanning header's kind and year, carried over its empty cells
    int year = 0;
    for (ImportColumn& col : result.columns)  // a "Triwulan" over the quarters spans them: no column of each row's
        if (col.role == ColumnRole::RowQuarter) col.role = ColumnRole::Ignored;  // quarter
    for (size_t c = 0; c < sub.size() && c < result.columns.size(); ++c) {
        ImportColumn& col = result.columns[c];
        if (!trim(col.header).empty()) {
            actual = col.role == ColumnRole::Actual || col.role == ColumnRole::QuarterActual;
            year = col.year;
        }
        if (const int q = sub[c].empty() ? 0 : quarter_in(lower(one_line(sub[c])), true)) {
            col.role = actual ? ColumnRole::QuarterActual : ColumnRole::QuarterTarget;
            col.quarter = q;
            if (!col.year) col.year = year;
            if (trim(col.header).empty()) col.header = sub[c];  // named by the row of quarters ("TW I") in the preview
        }
    }
    result.rows.push_back(ImportedRow{row.row, ImportedRow::Kind::Header, "", "", sub, {}, ""});
    return true;
}

// A header whose number is no year ("Target 1899", "Target 20255"): said plainly, the column not read (and not
// given the year of single columns). Whether there is one: no plan is made until the header is right.
bool drop_not_a_year_columns(int line, TableImportResult& result) {
    bool header_error = false;
    for (size_t c = 0; c < result.columns.size(); ++c) {
        ImportColumn& col = result.columns[c];
        const bool value_column = col.role == ColumnRole::Target || col.role == ColumnRole::TargetYear || col.role == ColumnRole::Actual ||
                                  col.role == ColumnRole::QuarterTarget || col.role == ColumnRole::QuarterActual;
        const std::string number = value_column && col.year == 0 ? number_not_year(col.header) : std::string();
        if (number.empty()) continue;
        std::string fixed = one_line(col.header);
        fixed.replace(fixed.find(number), number.size(), "2025");
        const std::string header_text = one_line(col.header), n = std::to_string(c + 1);
        result.problems.push_back(problem(Severity::Error, "table.not_a_year", line, static_cast<int>(c) + 1,
                                          "kolom " + n + " \"" + header_text + "\": " + number + " bukan tahun (1990-2100); tulis "
                                              "tahunnya di judul kolom, mis. \"" + fixed + "\"",
                                          "column " + n + " \"" + header_text + "\": " + number + " is not a year (1990-2100); write "
                                              "the year in the header, such as \"" + fixed + "\""));
        col.role = ColumnRole::Ignored;
        header_error = true;
    }
    return header_error;
}

// Quarter columns: "TW II" alone right of a Realisasi column is realisasi; a quarter column without a year takes
// the one of --year, else the table's when its yearly columns name one year only ("Target 2025 | Target TW I"),
// unless a Tahun column gives each row's year.
void settle_quarter_columns(const TableImportOptions& options, TableImportResult& result) {
    bool actual = false;
    std::set<int> table_years;
    for (ImportColumn& col : result.columns) {
        if (col.role == ColumnRole::Target || col.role == ColumnRole::TargetYear) actual = false;
        if (col.role == ColumnRole::Actual) actual = true;
        if (col.role == ColumnRole::QuarterTarget && actual && !starts(lower(col.header), "target")) col.role = ColumnRole::QuarterActual;
        if (col.year) table_years.insert(col.year);
    }
    if (column_of(result.columns, ColumnRole::RowYear) >= 0) return;  // each row's year, as for single columns
    for (ImportColumn& col : result.columns)
        if ((col.role == ColumnRole::QuarterTarget || col.role == ColumnRole::QuarterActual) && !col.year)
            col.year = options.year ? options.year : table_years.size() == 1 ? *table_years.begin() : 0;
}

// Two columns for one quarter of one year ("Target TW I" twice): the first is read, the others left out and said.
void drop_duplicate_quarter_columns(int line, TableImportResult& result) {
    std::map<std::tuple<ColumnRole, int, int>, size_t> first_for_quarter;
    for (size_t c = 0; c < result.columns.size(); ++c) {
        ImportColumn& col = result.columns[c];
        if (col.role != ColumnRole::QuarterTarget && col.role != ColumnRole::QuarterActual) continue;
        const auto [it, first] = first_for_quarter.emplace(std::make_tuple(col.role, col.year, col.quarter), c);
        if (first) continue;
        const std::string what = std::string(col.role == ColumnRole::QuarterTarget ? "target" : "realisasi") + " " +
                                 quarter_name(col.quarter, Lang::Id) + (col.year ? " " + std::to_string(col.year) : "");
        const std::string what_en = std::string(quarter_name(col.quarter, Lang::En)) + (col.year ? " " + std::to_string(col.year) : "") +
                                    (col.role == ColumnRole::QuarterTarget ? " target" : " actual");
        result.problems.push_back(problem(Severity::Warning, "table.duplicate_quarter_column", line, static_cast<int>(c) + 1,
                                          "kolom " + std::to_string(c + 1) + " juga " + what + "; dipakai kolom " +
                                              std::to_string(it->second + 1) + ", kolom ini dilewati",
                                          "column " + std::to_string(c + 1) + " is the " + what_en + " too; column " +
                                              std::to_string(it->second + 1) + " is used, this one skipped"));
        col.role = ColumnRole::Ignored;
    }
}

// Semester columns ("Target Semester I"): not a year's, not a quarter's; said, not read.
void say_semester_columns(int line, TableImportResult& result) {
    for (size_t c = 0; c < result.columns.size(); ++c)
        if (lower(result.columns[c].header).find("semester") != std::string::npos)
            result.problems.push_back(problem(Severity::Warning, "table.semester_column", line, static_cast<int>(c) + 1,
                                              "kolom \"" + one_line(result.columns[c].header) +
                                                  "\" (semester) tidak dibaca; isi target triwulan (TW II untuk semester I, TW IV untuk semester II) di penyunting",
                                              "column \"" + one_line(result.columns[c].header) +
                                                  "\" (a half-year) is not read; enter quarter targets (Q2 for the first half, Q4 for the second) in the editor"));
}

// A year's value as Tolok exports it: a bare number ("Target 2023") and the value as written ("Target 2023 (teks)"),
// with its unit, grade or range. The written one is read; the number only where the written cell is empty. Said
// once for all such columns.
void pair_numbers_beside_text(int line, const TableImportOptions& options, TableImportResult& result) {
    std::vector<int> number_columns;
    for (size_t c = 0; c < result.columns.size(); ++c) {
        ImportColumn& written = result.columns[c];
        if (!written.as_written) continue;
        const bool actual = written.role == ColumnRole::Actual;
        const int year = written.year ? written.year : options.year;
        for (size_t n = 0; n < result.columns.size() && written.number_column < 0; ++n) {
            ImportColumn& number = result.columns[n];
            const bool same_kind = actual ? number.role == ColumnRole::Actual
                                          : number.role == ColumnRole::Target || number.role == ColumnRole::TargetYear;
            if (n == c || number.as_written || !same_kind || (number.year ? number.year : options.year) != year) continue;
            number.role = ColumnRole::NumberBesideText;
            number.year = year;
            written.number_column = static_cast<int>(n);
            number_columns.push_back(static_cast<int>(n) + 1);
        }
    }
    if (!number_columns.empty()) {
        std::sort(number_columns.begin(), number_columns.end());
        std::string list;
        for (int n : number_columns) list += (list.empty() ? "" : ", ") + std::to_string(n);
        result.problems.push_back(problem(Severity::Info, "table.number_beside_text", line, number_columns.front(),
                                          "kolom " + list + " berisi angka saja dari kolom \"(teks)\" di sebelahnya (seperti ekspor "
                                          "Tolok): nilainya dibaca dari kolom teks, lengkap dengan satuan, predikat atau rentangnya; "
                                          "angkanya dipakai bila sel teks kosong",
                                          "column(s) " + list + " hold the bare numbers of the \"(text)\" columns beside them (as "
                                          "Tolok exports them): the values are read from the text columns, with their unit, grade or "
                                          "range; a number is used where the text cell is empty"));
    }
}

// Two target columns for one year ("Target Tahunan" and "Target 2025" with --year 2025; two single ones beside a
// Tahun column): the first is the year's target; the others are left out and said, never written over it.
void drop_duplicate_target_columns(int line, const TableImportOptions& options, TableImportResult& result) {
    constexpr int kRowsYear = -1;  // single columns beside a Tahun column: each row's year
    const bool row_years = column_of(result.columns, ColumnRole::RowYear) >= 0;
    std::map<int, size_t> first_for_year;
    for (size_t c = 0; c < result.columns.size(); ++c) {
        ImportColumn& col = result.columns[c];
        if (col.role != ColumnRole::Target && col.role != ColumnRole::TargetYear) continue;
        const int year = col.year ? col.year : row_years ? kRowsYear : options.year;
        if (year == 0) continue;  // a column without a year: said once below (table.year_needed)
        const auto [it, first] = first_for_year.emplace(year, c);
        if (first) continue;
        const std::string y = year == kRowsYear ? "baris itu" : std::to_string(year);
        const std::string y_en = year == kRowsYear ? "the row's year" : std::to_string(year);
        result.problems.push_back(problem(Severity::Warning, "table.duplicate_target_column", line, static_cast<int>(c) + 1,
                                          "kolom " + std::to_string(c + 1) + " \"" + one_line(col.header) + "\" juga target tahun " + y +
                                              "; dipakai kolom " + std::to_string(it->second + 1) + " \"" +
                                              one_line(result.columns[it->second].header) + "\", kolom ini dilewati",
                                          "column " + std::to_string(c + 1) + " \"" + one_line(col.header) + "\" is a target of " + y_en +
                                              " too; column " + std::to_string(it->second + 1) + " \"" +
                                              one_line(result.columns[it->second].header) + "\" is used, this one skipped"));
        col.role = ColumnRole::Ignored;
    }
}

}  // namespace

std::optional<TableHeader> read_table_header(const std::vector<SourceRow>& rows, const TableImportOptions& options,
                                             TableImportResult& result) {
    TableHeader header;
    header.at = find_header_row(rows);
    if (header.at == rows.size()) {
        result.problems.push_back(Diagnostic{Severity::Error, "table.no_header", "row 1",
                                             {"tidak ada baris judul kolom dengan kolom \"Indikator\"; salin tabel beserta judul kolomnya",
                                              "no header row with an \"Indikator\" (indicator) column; copy the table with its headers"}});
        return std::nullopt;
    }
    list_rows_above(rows, header.at, result);
    header.line = rows[header.at].row;
    const auto& head = rows[header.at].cells;
    for (const auto& h : head) result.columns.push_back(classify(h));
    result.rows.push_back(ImportedRow{header.line, ImportedRow::Kind::Header, "", "", head, {}, ""});
    header.body = header.at + 1;
    if (header.body < rows.size() && read_year_row(rows[header.body], result)) ++header.body;
    if (header.body < rows.size() && read_quarter_row(rows[header.body], result)) ++header.body;
    header.error = drop_not_a_year_columns(header.line, result);
    settle_quarter_columns(options, result);
    drop_duplicate_quarter_columns(header.line, result);
    say_semester_columns(header.line, result);
    pair_numbers_beside_text(header.line, options, result);
    drop_duplicate_target_columns(header.line, options, result);
    return header;
}

void say_yearless_column(const TableImportOptions& options, TableHeader& header, TableImportResult& result) {
    if (const int at = column_of(result.columns, ColumnRole::RowYear); at >= 0) {  // each row gives its year
        if (options.year) {
            const std::string n = std::to_string(at + 1), header_text = one_line(result.columns[static_cast<size_t>(at)].header);
            const std::string y = std::to_string(options.year);
            result.problems.push_back(problem(Severity::Info, "table.row_year_column", header.line, at + 1,
                                              "kolom " + n + " \"" + header_text + "\" memberi tahun tiap baris; tahun kolom Target/Realisasi "
                                                  "tunggal (" + y + ") hanya dipakai untuk baris yang sel tahunnya kosong",
                                              "column " + n + " \"" + header_text + "\" gives each row's year; the year of single "
                                                  "Target/Actual columns (" + y + ") is used only for rows whose year cell is empty"));
        }
        return;
    }
    int yearless_column = -1;  // the first Target/Realisasi column whose year the table does not say
    for (size_t c = 0; c < result.columns.size() && yearless_column < 0; ++c) {
        const ImportColumn& col = result.columns[c];
        if ((col.role == ColumnRole::Target || col.role == ColumnRole::Actual || col.role == ColumnRole::QuarterTarget ||
             col.role == ColumnRole::QuarterActual) &&
            col.year == 0)
            yearless_column = static_cast<int>(c);
    }
    if (yearless_column >= 0 && options.year == 0) {
        const ImportColumn& col = result.columns[static_cast<size_t>(yearless_column)];
        const std::string name = one_line(col.header.empty() && col.quarter ? std::string(quarter_name(col.quarter, Lang::Id)) : col.header);
        const std::string name_en = one_line(col.header.empty() && col.quarter ? std::string(quarter_name(col.quarter, Lang::En)) : col.header);
        const std::string n = std::to_string(yearless_column + 1);
        result.problems.push_back(problem(Severity::Error, "table.year_needed", header.line, yearless_column + 1,
                                          "kolom " + n + " \"" + name + "\" tanpa tahun: tulis tahunnya di judul kolom (mis. \"" + name +
                                              " 2025\") atau isi tahun kolom Target/Realisasi tunggal",
                                          "column " + n + " \"" + name_en + "\" has no year: write it in the header (such as \"" + name_en +
                                              " 2025\") or give the year of single Target/Actual columns"));
        header.error = true;  // the rows are still read, for the preview, but no plan is made
    }
}

}  // namespace tolok::table_detail
