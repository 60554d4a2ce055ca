// Implementation of the evidence log summary (see evidence.h).
#include "core/evidence.h"

#include <array>
#include <map>
#include <optional>
#include <set>

#include "core/value.h"

namespace tolok {

namespace {

struct Date {
    int year = 0, month = 0, day = 0;
    bool operator<(const Date& o) const {
        return year != o.year ? year < o.year : month != o.month ? month < o.month : day < o.day;
    }
};

bool digits(std::string_view s, size_t from, size_t n, int& out) {
    if (from + n > s.size()) return false;
    out = 0;
    for (size_t i = from; i < from + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// The month of a written month name, Indonesian or English, in full or shortened ("Mei", "Agustus", "Agt", "Okt.",
// "Des", "May", "Oct"), any case; 0 when it is none.
int month_from_name(std::string_view word) {
    std::string w;
    for (char c : word) w += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (!w.empty() && w.back() == '.') w.pop_back();
    static const char* const names[][5] = {
        {"januari", "january", "jan", nullptr},         {"februari", "february", "feb", "pebruari", nullptr},
        {"maret", "march", "mar", nullptr},             {"april", "apr", nullptr},
        {"mei", "may", nullptr},                        {"juni", "june", "jun", nullptr},
        {"juli", "july", "jul", nullptr},               {"agustus", "august", "agu", "agt", "aug"},
        {"september", "sep", "sept", nullptr},          {"oktober", "october", "okt", "oct", nullptr},
        {"november", "nov", "nopember", nullptr},       {"desember", "december", "des", "dec", nullptr},
    };
    for (int m = 0; m < 12; ++m)
        for (const char* name : names[m])
            if (name && w == name) return m + 1;
    return 0;
}

// The day, month and year of a date written "2023-03-14" (ISO, as the app writes it) or "14/03/2023", "14-03-2023",
// "4/3/2023", "14 Maret 2023", "4 Agt 2023" (as offices write it), whether or not that day exists (31/02/2025).
std::optional<Date> read_date_parts(std::string_view s) {
    Date d;
    bool ok = false;
    const size_t first_space = s.find(' ');
    const size_t last_space = s.rfind(' ');
    if (first_space != std::string_view::npos && first_space != last_space && first_space >= 1 && first_space <= 2 &&
        s.size() - last_space - 1 == 4) {
        std::string_view month = s.substr(first_space + 1, last_space - first_space - 1);
        while (!month.empty() && month.front() == ' ') month.remove_prefix(1);
        while (!month.empty() && month.back() == ' ') month.remove_suffix(1);
        d.month = month_from_name(month);
        ok = d.month != 0 && digits(s, 0, first_space, d.day) && digits(s, last_space + 1, 4, d.year);
    } else if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
        ok = digits(s, 0, 4, d.year) && digits(s, 5, 2, d.month) && digits(s, 8, 2, d.day);
    } else {
        size_t a = s.find_first_of("/-");
        size_t b = a == std::string_view::npos ? a : s.find(s[a], a + 1);
        if (b != std::string_view::npos && a >= 1 && a <= 2 && b - a - 1 >= 1 && b - a - 1 <= 2 && s.size() - b - 1 == 4)
            ok = digits(s, 0, a, d.day) && digits(s, a + 1, b - a - 1, d.month) && digits(s, b + 1, 4, d.year);
    }
    if (!ok) return std::nullopt;
    return d;
}

bool date_exists(const Date& d) { return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= days_in_month(d.year, d.month); }

// A date written in one of read_date_parts' ways that exists.
std::optional<Date> parse_date(std::string_view s) {
    std::optional<Date> d = read_date_parts(s);
    if (!d || !date_exists(*d)) return std::nullopt;
    return d;
}

Diagnostic warning(const char* id, size_t row, std::string message_id, std::string message_en) {
    return Diagnostic{Severity::Warning, id, "row " + std::to_string(row), {std::move(message_id), std::move(message_en)}};
}

}  // namespace

std::optional<BiText> evidence_rule_unfit(const Indicator& indicator, EvidenceRule rule) {
    if (rule != EvidenceRule::Count && rule != EvidenceRule::DistinctPlaces && rule != EvidenceRule::Sum) return std::nullopt;
    const char* advice_id = "; pakai nilai terakhir, atau ketik realisasinya";
    const char* advice_en = "; use the last value, or type the actual";
    if (uses_grade_scale(indicator)) {
        if (rule == EvidenceRule::Sum)
            return BiText{std::string("indikator ini berpredikat: predikat tidak dapat dijumlahkan") + advice_id,
                          std::string("this indicator is graded: grades do not add up") + advice_en};
        const bool rows = rule == EvidenceRule::Count;
        return BiText{std::string("indikator ini berpredikat: banyaknya ") + (rows ? "baris bukti" : "tempat") + " bukan predikat" + advice_id,
                      std::string("this indicator is graded: a count of ") + (rows ? "evidence rows" : "places") + " is no grade" + advice_en};
    }
    if (indicator.kind == ValueKind::Percent || normalize_unit(display_unit(indicator)) == "%") {
        if (rule == EvidenceRule::Sum)
            return BiText{std::string("indikator ini dalam persen: persentase tidak dapat dijumlahkan (jumlahnya bukan persentase)") + advice_id,
                          std::string("this indicator is in percent: percentages do not add up (their sum is no percentage)") + advice_en};
        const bool rows = rule == EvidenceRule::Count;
        return BiText{std::string("indikator ini dalam persen: banyaknya ") + (rows ? "baris bukti" : "tempat") + " bukan persentase" + advice_id,
                      std::string("this indicator is in percent: a count of ") + (rows ? "evidence rows" : "places") + " is no percentage" + advice_en};
    }
    return std::nullopt;
}

EvidenceValue evidence_value(const EvidenceSummary& summary, EvidenceRule rule, const Indicator& indicator, const Value& target) {
    const std::string& unit = indicator.unit;
    const std::string with_unit = unit.empty() ? "" : " " + unit;
    // Written in Indonesian style whatever the interface language: it is data, read back by parse_value.
    EvidenceValue out;
    switch (rule) {
        case EvidenceRule::None: return out;
        case EvidenceRule::Count:
            out = {parse_value(std::to_string(summary.count) + with_unit), {"jumlah bukti", "count of evidence"}, std::nullopt};
            break;
        case EvidenceRule::DistinctPlaces:
            out = {parse_value(std::to_string(summary.distinct_places) + with_unit), {"jumlah tempat berbeda", "distinct places"}, std::nullopt};
            break;
        case EvidenceRule::Sum:
            out = {computed_value(summary.sum, unit, target), {"jumlah nilai bukti", "sum of the evidence values"}, std::nullopt};
            break;
        case EvidenceRule::Last: {
            out.what = {"nilai bukti terakhir", "latest evidence value"};
            if (summary.last.text.empty()) break;
            const bool bare = summary.last.shape == ValueShape::Number && summary.last.unit.empty();
            out.value = bare ? parse_value(summary.last.text + with_unit) : summary.last;
            break;
        }
    }
    // An aggregate that means nothing for the indicator ("6 %" for six rows of a percentage) is refused, with the reason.
    if ((out.unfit = evidence_rule_unfit(indicator, rule))) out.value = Value{};
    return out;
}

std::string place_key(std::string_view place) {
    std::string key;
    for (char c : place) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!key.empty() && key.back() != ' ') key += ' ';
        } else {
            key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
    }
    if (!key.empty() && key.back() == ' ') key.pop_back();
    return key;
}

EvidenceSummary summarize_evidence(const std::vector<Evidence>& rows, int year, int quarter, const std::string& unit,
                                   EvidenceRule rule) {
    EvidenceSummary out;
    std::set<std::string> places;
    // Each row as written (date, place, note, value) -> the first row (1-based) written so: a row repeating it is said.
    std::map<std::array<std::string_view, 4>, size_t> written;
    std::optional<Date> last_date;  // of the row `out.last` came from; rows without a valid date rank below dated ones
    // The unit numbers are summed in: the indicator's (an indicator in Rp: an amount), else the first number's.
    std::optional<Value> in_unit;
    if (!unit.empty()) {
        in_unit = value_in_unit(parse_value("0"), unit);
        if (in_unit->unit.empty()) in_unit = parse_value("Rp 0");  // Rp or rupiah: a bare number is an amount
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        const Evidence& e = rows[i];
        const size_t row = i + 1;
        // A row left empty (added and never filled in) is no evidence.
        if (e.date.empty() && e.place.empty() && e.note.empty() && e.value.empty()) continue;
        // A row dated outside the year (or the quarter) is evidence of another period: warned below, and not counted,
        // summed or taken as the last value (a row of 5 January 2024 was 2023's last value). A row whose date cannot
        // be read still counts.
        const std::optional<Date> d = parse_date(e.date);
        const bool outside_year = d && year > 0 && d->year != year;
        const bool outside_quarter = d && !outside_year && quarter >= 1 && quarter <= 4 && (d->month - 1) / 3 + 1 != quarter;
        const bool outside = outside_year || outside_quarter;
        if (!outside) {
            ++out.count;
            const std::string key = place_key(e.place);
            if (!key.empty()) places.insert(key);
            else if (rule == EvidenceRule::DistinctPlaces)
                out.problems.push_back(warning("evidence.place_missing", row, "tempat belum diisi; baris ini tidak ikut jumlah tempat berbeda",
                                               "no place written; the row is not counted among the distinct places"));
        }
        // The same row typed twice (pasted, or added again) would be counted twice without a word.
        if (const auto [first, fresh] = written.emplace(std::array<std::string_view, 4>{e.date, e.place, e.note, e.value.text}, row); !fresh) {
            const std::string earlier = std::to_string(first->second);
            out.problems.push_back(warning("evidence.duplicate_row", row,
                                           "sama persis dengan baris " + earlier + " (tanggal, tempat, catatan dan nilai)" +
                                               (outside ? "" : " dan ikut dihitung lagi") + "; bila bukan kegiatan lain, hapus salah satunya",
                                           "the same as row " + earlier + " (date, place, note and value)" +
                                               (outside ? "" : ", and counted again") + "; unless it is another activity, delete one of them"));
        }
        if (!outside && !e.value.empty()) {
            // A number in the unit: its amount in it (rupiah for money, "1,25 miliar" is 1.250.000.000); none for a
            // number in another unit (50 % among counts in keg is never added into them).
            const std::optional<double> n = single_number(e.value);
            std::optional<double> amount;
            if (n) {
                const Value v = value_in_unit(e.value, unit);
                if (!in_unit) in_unit = v;
                const std::optional<double> unit_rupiah = rupiah_amount(*in_unit), rupiah = rupiah_amount(v);
                if (unit_rupiah && rupiah) amount = rupiah;
                else if (units_compatible(*in_unit, v)) amount = n;
            }
            if ((!n || amount) && (!last_date || (d && !(*d < *last_date)))) {
                out.last = e.value;
                if (d) last_date = d;
            }
            if (amount) {
                out.sum += *amount;
            } else if (n) {
                ++out.not_summed;
                const std::string& shown = unit.empty() ? in_unit->unit : unit;
                out.problems.push_back(warning("evidence.value_other_unit", row,
                                               "nilai \"" + e.value.text + "\" bukan dalam satuan \"" + shown +
                                                   "\"; tidak ikut dijumlahkan dan tidak dipakai sebagai nilai terakhir",
                                               "the value \"" + e.value.text + "\" is not in the unit \"" + shown +
                                                   "\"; it is left out of the sum and of the latest value"));
            } else {
                ++out.not_summed;
                out.problems.push_back(warning("evidence.value_not_number", row,
                                               "nilai \"" + e.value.text + "\" bukan angka; tidak ikut dijumlahkan",
                                               "the value \"" + e.value.text + "\" is not a number; it is left out of the sum"));
            }
        }
        if (e.date.empty()) {
            out.problems.push_back(warning("evidence.date_missing", row, "tanggal belum diisi", "no date written"));
            continue;
        }
        if (const std::optional<Date> parts = read_date_parts(e.date); !d && parts)  // written right, no such day
            out.problems.push_back(warning("evidence.date_invalid", row,
                                           "tanggal \"" + e.date + "\" tidak ada (" +
                                               (parts->month < 1 || parts->month > 12 ? "bulan " + std::to_string(parts->month) + " tidak ada"
                                                                                     : "bulan itu " + std::to_string(days_in_month(parts->year, parts->month)) + " hari") + ")",
                                           "the date \"" + e.date + "\" does not exist (" +
                                               (parts->month < 1 || parts->month > 12 ? "there is no month " + std::to_string(parts->month)
                                                                                     : "that month has " + std::to_string(days_in_month(parts->year, parts->month)) + " days") + ")"));
        else if (!d)
            out.problems.push_back(warning("evidence.date_invalid", row,
                                           "tanggal \"" + e.date + "\" tidak dikenali (tulis mis. 14/03/2023, 14 Maret 2023 atau 2023-03-14)",
                                           "the date \"" + e.date + "\" is not a date (write e.g. 14/03/2023, 14 Maret 2023 or 2023-03-14)"));
        else if (outside_year)
            out.problems.push_back(warning("evidence.date_outside_year", row,
                                           "tanggal " + e.date + " di luar tahun " + std::to_string(year) + "; bukti ini tidak dihitung",
                                           "the date " + e.date + " is outside " + std::to_string(year) + "; the row is not counted"));
        else if (outside_quarter) {
            out.problems.push_back(warning("evidence.date_outside_quarter", row,
                                           "tanggal " + e.date + " di luar " + quarter_name(quarter, Lang::Id) + " " + std::to_string(year) +
                                               "; bukti ini tidak dihitung",
                                           "the date " + e.date + " is outside " + quarter_name(quarter, Lang::En) + " " +
                                               std::to_string(year) + "; the row is not counted"));
        }
    }
    out.distinct_places = places.size();
    return out;
}

}  // namespace tolok
