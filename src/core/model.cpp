// Model helpers: lookups, enum names as stored in files, built-in grade scales, default category bands and the
// NIP structure check.
#include "model.h"

#include <algorithm>
#include <cctype>

namespace tolok {

const Indicator* find_indicator(const Plan& plan, const std::string& indicator_id) {
    for (const auto& objective : plan.objectives)
        for (const auto& indicator : objective.indicators)
            if (indicator.id == indicator_id) return &indicator;
    return nullptr;
}

Indicator* find_indicator(Plan& plan, const std::string& indicator_id) {
    return const_cast<Indicator*>(find_indicator(static_cast<const Plan&>(plan), indicator_id));
}

size_t indicator_count(const Plan& plan) {
    size_t n = 0;
    for (const auto& objective : plan.objectives) n += objective.indicators.size();
    return n;
}

const std::vector<GradeScale>& builtin_grade_scales() {
    static const std::vector<GradeScale> scales = {
        {"akip",
         "Predikat Evaluasi AKIP",
         {{"D", 0, 30}, {"C", 30, 50}, {"CC", 50, 60}, {"B", 60, 70}, {"BB", 70, 80}, {"A", 80, 90}, {"AA", 90, 100}}},
        {"ikm",
         "Indeks Kepuasan Masyarakat (PermenPAN-RB 14/2017)",
         {{"D", 25, 64.99}, {"C", 64.99, 76.60}, {"B", 76.60, 88.30}, {"A", 88.30, 100}}},
    };
    return scales;
}

const GradeScale* find_grade_scale(const Plan& plan, const std::string& scale_id) {
    for (const auto& s : plan.grade_scales)
        if (s.id == scale_id) return &s;
    for (const auto& s : builtin_grade_scales())
        if (s.id == scale_id) return &s;
    return nullptr;
}

namespace {

// Every value of an indicator a grade can be written in: baseline, targets and realisasi of the year and quarters.
template <typename IndicatorT, typename F>
void for_each_gradable_value(IndicatorT& ind, F&& f) {
    f(ind.baseline);
    for (auto& year_entry : ind.years) {
        auto& e = year_entry.second;
        f(e.target);
        f(e.actual.value);
        if (e.quarter_targets.allocated())
            for (int q = 0; q < 4; ++q) f(e.quarter_targets[q]);
        if (e.quarter_actuals.allocated())
            for (int q = 0; q < 4; ++q) f(e.quarter_actuals[q].value);
    }
}

// A value's text read as a grade's words: their key (name_key) and, when the score follows in brackets ("Zona Hijau
// (Nilai 85)", as "BB (Nilai 75)" on the AKIP scale), that bracket as written and the score.
struct WrittenGrade {
    std::string key;
    std::string score_text;  // " (Nilai 85)"
    std::optional<double> score;
};

WrittenGrade written_grade(const std::string& text) {
    WrittenGrade g;
    if (const size_t open = text.rfind('('); open != std::string::npos && open > 0)
        if ((g.score = bracketed_score(std::string_view(text).substr(open)))) {
            size_t words_end = open;
            while (words_end > 0 && text[words_end - 1] == ' ') --words_end;
            g.key = name_key(text.substr(0, words_end));
            g.score_text = text.substr(words_end);
            // "nilai" as the scale's grade is written, capitalised: "Zona Kuning (Nilai 70)", not "(nilai 70)".
            const size_t word = g.score_text.find_first_not_of(" (");
            if (word != std::string::npos && g.score_text.compare(word, 5, "nilai") == 0) g.score_text[word] = 'N';
            return g;
        }
    g.key = name_key(text);
    return g;
}

}  // namespace

size_t grade_uses(const Plan& plan, const std::string& scale_id, const std::string& label) {
    const std::string key = name_key(label);
    size_t n = 0;
    if (key.empty()) return 0;
    for (const auto& o : plan.objectives)
        for (const auto& ind : o.indicators)
            if (ind.grade_scale == scale_id)
                for_each_gradable_value(ind, [&](const Value& v) { n += !v.empty() && written_grade(v.text).key == key; });
    return n;
}

size_t rename_grade_uses(Plan& plan, const std::string& scale_id, const std::string& from, const std::string& to) {
    const std::string key = name_key(from);
    size_t n = 0;
    if (key.empty()) return 0;
    for (auto& o : plan.objectives)
        for (auto& ind : o.indicators)
            if (ind.grade_scale == scale_id)
                for_each_gradable_value(ind, [&](Value& v) {
                    if (v.empty()) return;
                    const WrittenGrade written = written_grade(v.text);
                    if (written.key != key) return;
                    v = parse_value(to + written.score_text);  // its score kept: "Hampir Informatif (Nilai 93)"
                    ++n;
                });
    return n;
}

Value on_grade_scale(const Plan& plan, const Indicator& indicator, const Value& v) {
    if (v.shape != ValueShape::Text) return v;
    const GradeScale* scale = find_grade_scale(plan, indicator.grade_scale);
    if (!scale) return v;
    // The grade alone, or with its score in brackets ("Zona Hijau (Nilai 85)").
    const WrittenGrade written = written_grade(v.text);
    for (const auto& step : scale->steps)
        if (!step.label.empty() && name_key(step.label) == written.key) {
            Value graded = v;
            graded.shape = ValueShape::Grade;
            graded.grade = step.label;
            graded.text = step.label + written.score_text;  // shown as the scale names it ("zona kuning": "Zona Kuning")
            if (written.score) graded.number = written.score;
            return graded;
        }
    return v;
}

bool uses_grade_scale(const Indicator& indicator) {
    if (indicator.kind == ValueKind::Grade) return true;
    auto grade = [](const Value& v) { return v.shape == ValueShape::Grade; };
    for (const auto& [year, entry] : indicator.years) {
        if (grade(entry.target) || grade(entry.actual.value)) return true;
        for (const Value& v : entry.quarter_targets)
            if (grade(v)) return true;
        for (const Actual& a : entry.quarter_actuals)
            if (grade(a.value)) return true;
    }
    return false;
}

int latest_year_with_actuals(const Plan& plan) {
    int latest = 0;
    for (const auto& o : plan.objectives)
        for (const auto& ind : o.indicators)
            for (const auto& [year, entry] : ind.years) {
                if (year <= latest || !plan.in_period(year)) continue;
                bool any = !entry.actual.empty();
                for (const Actual& q : entry.quarter_actuals) any = any || !q.empty();
                if (any) latest = year;
            }
    return latest;
}

std::vector<CategoryBand> default_category_bands() {
    return {
        {"Sangat Rendah", 0, true, 50.0, true, "#c62828"},
        {"Rendah", 50, false, 65.0, true, "#ef6c00"},
        {"Sedang", 65, false, 75.0, true, "#f9a825"},
        {"Tinggi", 75, false, 90.0, true, "#2e7d32"},
        {"Sangat Tinggi", 90, false, std::nullopt, true, "#1565c0"},
    };
}

const char* to_string(Polarity p) {
    switch (p) {
        case Polarity::Maximize: return "maximize";
        case Polarity::Minimize: return "minimize";
        case Polarity::Stabilize: return "stabilize";
    }
    return "maximize";
}

const char* to_string(Aggregation a) {
    switch (a) {
        case Aggregation::Sum: return "sum";
        case Aggregation::Last: return "last";
        case Aggregation::Average: return "average";
    }
    return "last";
}

const char* to_string(ValueKind k) {
    switch (k) {
        case ValueKind::Number: return "number";
        case ValueKind::Percent: return "percent";
        case ValueKind::Grade: return "grade";
        case ValueKind::Index: return "index";
        case ValueKind::Text: return "text";
    }
    return "number";
}

const char* to_string(MinimizeRule r) {
    switch (r) {
        case MinimizeRule::TwoMinusRatio: return "two_minus_ratio";
        case MinimizeRule::InverseRatio: return "inverse_ratio";
    }
    return "two_minus_ratio";
}

const char* quarter_name(int quarter, Lang lang) {
    static const char* const id[] = {"TW I", "TW II", "TW III", "TW IV"};
    static const char* const en[] = {"Q1", "Q2", "Q3", "Q4"};
    if (quarter < 1 || quarter > 4) return "";
    return lang == Lang::En ? en[quarter - 1] : id[quarter - 1];
}

const char* to_string(EvidenceRule r) {
    switch (r) {
        case EvidenceRule::None: return "none";
        case EvidenceRule::Count: return "count";
        case EvidenceRule::DistinctPlaces: return "distinct_places";
        case EvidenceRule::Sum: return "sum";
        case EvidenceRule::Last: return "last";
    }
    return "none";
}

std::optional<EvidenceRule> evidence_rule_from_string(const std::string& s) {
    for (EvidenceRule r : {EvidenceRule::None, EvidenceRule::Count, EvidenceRule::DistinctPlaces, EvidenceRule::Sum, EvidenceRule::Last})
        if (s == to_string(r)) return r;
    return std::nullopt;
}

std::optional<Polarity> polarity_from_string(const std::string& s) {
    for (Polarity p : {Polarity::Maximize, Polarity::Minimize, Polarity::Stabilize})
        if (s == to_string(p)) return p;
    return std::nullopt;
}

std::optional<Aggregation> aggregation_from_string(const std::string& s) {
    for (Aggregation a : {Aggregation::Sum, Aggregation::Last, Aggregation::Average})
        if (s == to_string(a)) return a;
    return std::nullopt;
}

std::optional<ValueKind> value_kind_from_string(const std::string& s) {
    for (ValueKind k : {ValueKind::Number, ValueKind::Percent, ValueKind::Grade, ValueKind::Index, ValueKind::Text})
        if (s == to_string(k)) return k;
    return std::nullopt;
}

std::optional<MinimizeRule> minimize_rule_from_string(const std::string& s) {
    for (MinimizeRule r : {MinimizeRule::TwoMinusRatio, MinimizeRule::InverseRatio})
        if (s == to_string(r)) return r;
    return std::nullopt;
}

namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

int to_int(const std::string& digits, size_t pos, size_t len) { return std::stoi(digits.substr(pos, len)); }

Diagnostic nip_error(const std::string& location, const std::string& id_text, const std::string& en_text) {
    return Diagnostic{Severity::Warning, "nip.invalid", location,
                      {"NIP tidak sah: " + id_text, "Invalid NIP: " + en_text}};
}

}  // namespace

Diagnostics check_nip(const std::string& nip, const std::string& location) {
    Diagnostics out;
    if (nip.empty()) return out;
    std::string digits;
    for (char c : nip) {
        if (std::isdigit(static_cast<unsigned char>(c)))
            digits += c;
        else if (c != ' ' && c != '.' && c != '-') {
            out.push_back(nip_error(location, "hanya boleh berisi angka dan spasi",
                                    "only digits and spaces are allowed"));
            return out;
        }
    }
    if (digits.size() != 18) {
        out.push_back(nip_error(location, "harus 18 angka, tertulis " + std::to_string(digits.size()),
                                "must have 18 digits, found " + std::to_string(digits.size())));
        return out;
    }
    const int birth_year = to_int(digits, 0, 4), birth_month = to_int(digits, 4, 2), birth_day = to_int(digits, 6, 2);
    const int appoint_year = to_int(digits, 8, 4), appoint_month = to_int(digits, 12, 2);
    const int sex = to_int(digits, 14, 1);
    if (birth_year < 1900 || birth_month < 1 || birth_month > 12 || birth_day < 1 ||
        birth_day > days_in_month(birth_year, birth_month))
        out.push_back(nip_error(location, "tanggal lahir (8 angka pertama) tidak valid",
                                "birth date (first 8 digits) is not a valid date"));
    if (appoint_year < 1900 || appoint_month < 1 || appoint_month > 12)
        out.push_back(nip_error(location, "bulan/tahun pengangkatan (angka 9-14) tidak valid",
                                "appointment year/month (digits 9-14) is not valid"));
    else if (appoint_year < birth_year + 15)
        out.push_back(nip_error(location, "tahun pengangkatan terlalu dekat dengan tahun lahir",
                                "appointment year is too close to the birth year"));
    if (sex != 1 && sex != 2)
        out.push_back(nip_error(location, "angka ke-15 (jenis kelamin) harus 1 atau 2",
                                "digit 15 (sex) must be 1 or 2"));
    return out;
}

std::string display_unit(const Indicator& indicator) {
    if (!indicator.unit.empty()) return indicator.unit;
    for (const auto& [year, entry] : indicator.years)
        if (!entry.target.unit.empty()) return entry.target.unit;
    return "";
}

std::string next_numbered_id(const std::string& prefix, const std::vector<std::string>& used,
                             const std::set<std::string>& reserved) {
    // One past the highest number in use, so that an id deleted from the middle is not handed out again.
    size_t highest = 0;
    for (const std::string& id : used) {
        if (id.size() <= prefix.size() || id.compare(0, prefix.size(), prefix) != 0 || id.size() - prefix.size() > 9) continue;
        size_t n = 0;
        bool digits = true;
        for (size_t i = prefix.size(); i < id.size() && digits; ++i) {
            digits = id[i] >= '0' && id[i] <= '9';
            n = n * 10 + static_cast<size_t>(id[i] - '0');
        }
        if (digits) highest = std::max(highest, n);
    }
    for (size_t n = highest + 1;; ++n) {
        std::string id = prefix + std::to_string(n);
        if (!reserved.count(id) && std::find(used.begin(), used.end(), id) == used.end()) return id;
    }
}

std::string numbered_plan_id(const std::string& base, int n) { return base + "-" + std::to_string(n); }

bool is_numbered_plan_id(const std::string& id, const std::string& base) {
    // N from 2, at most 3 digits: "renstra-2021" is not a copy of "renstra" (the import never counts that far).
    if (id.size() <= base.size() + 1 || id.size() > base.size() + 4 || id.compare(0, base.size(), base) != 0 || id[base.size()] != '-')
        return false;
    const std::string n = id.substr(base.size() + 1);
    return n.find_first_not_of("0123456789") == std::string::npos && n[0] != '0' && n != "1";
}

std::string next_indicator_id(const Plan& plan, const std::set<std::string>& reserved) {
    std::vector<std::string> used;
    for (const auto& o : plan.objectives)
        for (const auto& ind : o.indicators) used.push_back(ind.id);
    return next_numbered_id("i", used, reserved);
}

std::string next_objective_id(const Plan& plan) {
    std::vector<std::string> used;
    for (const auto& o : plan.objectives) used.push_back(o.id);
    return next_numbered_id("s", used, {});
}

std::set<std::string> indicator_ids_linked_from(const std::vector<Plan>& plans, const std::string& plan_id) {
    std::set<std::string> linked;
    const std::string prefix = plan_id + "/";
    for (const auto& plan : plans)
        for (const auto& o : plan.objectives)
            for (const auto& ind : o.indicators)
                if (ind.supports.size() > prefix.size() && ind.supports.compare(0, prefix.size(), prefix) == 0)
                    linked.insert(ind.supports.substr(prefix.size()));
    return linked;
}

std::string id_slug(const std::string& name) {
    std::string slug;
    for (unsigned char c : name) {
        if (std::isalnum(c) && c < 0x80) slug += static_cast<char>(std::tolower(c));
        else if (!slug.empty() && slug.back() != '-') slug += '-';
        if (slug.size() >= 60) break;
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return slug;
}

std::string name_key(const std::string& name) {
    std::string key;
    bool space = false;
    for (unsigned char c : name) {
        if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r') {
            space = !key.empty();
            continue;
        }
        if (space) key += ' ';
        space = false;
        key += static_cast<char>(std::tolower(c));
    }
    return key;
}

}  // namespace tolok
