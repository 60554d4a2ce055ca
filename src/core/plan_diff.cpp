// Field-level plan diff, three-way merge and selective apply (see plan_diff.h).
//
// One generic mechanism serves the three operations: a field is reached through a visitor that hands a reference
// to it (a std::string, a Value, an enum, a list ...) to a generic lambda, on a const plan for reading and on a
// mutable plan for writing. `same`, `display` and `is_empty` are overloaded for every field type. The diff walks
// both plans' fields in document order; diff3 compares a change's field on mine and theirs; apply copies the
// field (or the whole item) from the change's source plan into mine.
#include "plan_diff.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <type_traits>
#include <unordered_map>
#include <utility>

#include "choice_labels.h"
#include "value.h"

namespace tolok {

std::string pointer_segment(const std::string& id) {
    std::string out;
    out.reserve(id.size());
    for (char c : id) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

namespace {

// ---------------------------------------------------------------------------------------------------------------
// Field types: equality, display text, emptiness

bool same(const std::string& a, const std::string& b) { return a == b; }
bool same(const Value& a, const Value& b) { return a.text == b.text; }
bool same(int a, int b) { return a == b; }
bool same(ValueKind a, ValueKind b) { return a == b; }
bool same(Polarity a, Polarity b) { return a == b; }
bool same(Aggregation a, Aggregation b) { return a == b; }
bool same(const IndicatorCap& a, const IndicatorCap& b) { return a == b; }
bool same(EvidenceRule a, EvidenceRule b) { return a == b; }
bool same(MinimizeRule a, MinimizeRule b) { return a == b; }
bool same(const std::optional<double>& a, const std::optional<double>& b) { return a == b; }
bool same(const std::map<std::string, double>& a, const std::map<std::string, double>& b) { return a == b; }
bool same(const CategoryBand& a, const CategoryBand& b) {
    return a.label == b.label && a.min == b.min && a.min_inclusive == b.min_inclusive && a.max == b.max &&
           a.max_inclusive == b.max_inclusive && a.color == b.color;
}
bool same(const GradeStep& a, const GradeStep& b) { return a.label == b.label && a.min_score == b.min_score && a.max_score == b.max_score; }
bool same(const Component& a, const Component& b) { return a.id == b.id && a.label == b.label && a.unit == b.unit; }
bool same(const Evidence& a, const Evidence& b) {
    return a.date == b.date && a.place == b.place && a.note == b.note && a.value.text == b.value.text;
}
bool same(const GradeScale& a, const GradeScale& b);
bool same(const Program& a, const Program& b);
template <class T>
bool same(const std::vector<T>& a, const std::vector<T>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (!same(a[i], b[i])) return false;
    return true;
}
bool same(const GradeScale& a, const GradeScale& b) { return a.id == b.id && a.name == b.name && same(a.steps, b.steps); }
bool same(const Program& a, const Program& b) {
    if (a.id != b.id || a.name != b.name || a.budget.size() != b.budget.size()) return false;
    for (auto i = a.budget.begin(), j = b.budget.begin(); i != a.budget.end(); ++i, ++j)
        if (i->first != j->first || i->second.text != j->second.text) return false;
    return true;
}

std::string num(double v) { return format_number_short(v, Lang::Id, 6); }

std::string display(const std::string& s) { return s; }
std::string display(const Value& v) { return v.text; }
std::string display(int v) { return std::to_string(v); }
// The model's choices in the review's words (choice_labels.h), Indonesian; shown() gives both languages.
std::string display(ValueKind v) { return choice_label(v).id; }
std::string display(Polarity v) { return choice_label(v).id; }
std::string display(Aggregation v) { return choice_label(v).id; }
std::string display(const IndicatorCap& v) {
    return v.rule == IndicatorCap::Rule::At ? num(v.at) : v.rule == IndicatorCap::Rule::None ? "none" : std::string();
}
std::string display(EvidenceRule v) { return choice_label(v).id; }
std::string display(MinimizeRule v) { return choice_label(v).id; }
std::string display(const std::optional<double>& v) { return v ? num(*v) : std::string(); }
std::string display(const std::map<std::string, double>& m) {
    std::string out;
    for (const auto& [k, v] : m) out += (out.empty() ? "" : "; ") + k + " = " + num(v);
    return out;
}
std::string display(const std::vector<CategoryBand>& bands) {
    std::string out;
    for (const auto& b : bands)
        out += (out.empty() ? "" : "; ") + b.label + " " + (b.min_inclusive ? "[" : "(") + num(b.min) + ", " +
               (b.max ? num(*b.max) + (b.max_inclusive ? "]" : ")") : std::string("\xE2\x88\x9E)"));
    return out;
}
std::string display(const std::vector<Program>& programs) {
    std::string out;
    for (const auto& p : programs) {
        out += (out.empty() ? "" : "; ") + p.name;
        for (const auto& [year, v] : p.budget) out += " " + std::to_string(year) + ": " + v.text;
    }
    return out;
}
std::string display(const std::vector<GradeScale>& scales) {
    std::string out;
    for (const auto& g : scales) {
        out += (out.empty() ? "" : "; ") + g.id + ":";
        for (const auto& s : g.steps) out += " " + s.label + " " + num(s.min_score) + "-" + num(s.max_score);
    }
    return out;
}
std::string display(const std::vector<Component>& cs) {
    std::string out;
    for (const auto& c : cs) out += (out.empty() ? "" : "; ") + c.id + " (" + c.label + (c.unit.empty() ? "" : ", " + c.unit) + ")";
    return out;
}
std::string display(const std::vector<Evidence>& es) {
    std::string out;
    for (const auto& e : es) {
        std::string one = e.date;
        if (!e.place.empty()) one += (one.empty() ? "" : " ") + e.place;
        if (!e.note.empty()) one += (one.empty() ? "" : ": ") + e.note;
        if (!e.value.empty()) one += " (" + e.value.text + ")";
        out += (out.empty() ? "" : "; ") + one;
    }
    return out;
}

bool is_empty(const std::string& s) { return s.empty(); }
bool is_empty(const Value& v) { return v.text.empty(); }
bool is_empty(const IndicatorCap& v) { return v.rule == IndicatorCap::Rule::Plan; }
bool is_empty(EvidenceRule v) { return v == EvidenceRule::None; }  // "set to ..." rather than "changed from "" to ..." 
template <class T>
bool is_empty(const std::optional<T>& v) { return !v.has_value(); }
template <class T>
bool is_empty(const std::vector<T>& v) { return v.empty(); }
template <class K, class V>
bool is_empty(const std::map<K, V>& v) { return v.empty(); }
template <class T, std::enable_if_t<std::is_enum_v<T> || std::is_arithmetic_v<T>, int> = 0>
bool is_empty(T) { return false; }

// ---------------------------------------------------------------------------------------------------------------
// Visitors: hand a reference to the addressed field to `f`. P is Plan / const Plan, I is Indicator / const
// Indicator. On a const indicator a missing year or quarter reads as empty; on a mutable one it is created.

const YearEntry& empty_year() {
    static const YearEntry e;
    return e;
}

template <class I, class F>
bool visit_indicator_field(I& ind, const ChangeTarget& t, F&& f) {
    const std::string& n = t.field;
    if (t.scope == ChangeScope::Indicator) {
        if (n == "code") f(ind.code);
        else if (n == "name") f(ind.name);
        else if (n == "definition") f(ind.definition);
        else if (n == "formula/text") f(ind.formula.text);
        else if (n == "formula/expression") f(ind.formula.expression);
        else if (n == "formula/components") f(ind.formula.components);
        else if (n == "unit") f(ind.unit);
        else if (n == "kind") f(ind.kind);
        else if (n == "polarity") f(ind.polarity);
        else if (n == "aggregation") f(ind.aggregation);
        else if (n == "cap") f(ind.cap);
        else if (n == "grade_scale") f(ind.grade_scale);
        else if (n == "data_source") f(ind.data_source);
        else if (n == "owner") f(ind.owner);
        else if (n == "baseline") f(ind.baseline);
        else if (n == "supports") f(ind.supports);
        else return false;
        return true;
    }
    if (t.scope != ChangeScope::Year && t.scope != ChangeScope::Quarter) return false;
    auto with_entry = [&](auto& e) {
        if (t.scope == ChangeScope::Year) {
            if (n == "target") f(e.target);
            else if (n == "actual") f(e.actual.value);
            else if (n == "note") f(e.actual.note);
            else if (n == "components") f(e.actual.components);
            else if (n == "evidence") f(e.actual.evidence);
            else if (n == "from_evidence") f(e.actual.from_evidence);
            else if (n == "activities") f(e.activities);
            else return false;
            return true;
        }
        if (t.quarter < 1 || t.quarter > 4) return false;
        size_t q = static_cast<size_t>(t.quarter - 1);
        if (n == "target") f(e.quarter_targets[q]);
        else if (n == "actual") f(e.quarter_actuals[q].value);
        else if (n == "note") f(e.quarter_actuals[q].note);
        else if (n == "components") f(e.quarter_actuals[q].components);
        else if (n == "evidence") f(e.quarter_actuals[q].evidence);
        else if (n == "from_evidence") f(e.quarter_actuals[q].from_evidence);
        else return false;
        return true;
    };
    if constexpr (std::is_const_v<I>) {
        auto it = ind.years.find(t.year);
        return with_entry(it == ind.years.end() ? empty_year() : it->second);
    } else {
        return with_entry(ind.years[t.year]);
    }
}

template <class P, class F>
bool visit_plan_field(P& p, const ChangeTarget& t, F&& f) {
    const std::string& n = t.field;
    if (t.scope == ChangeScope::Plan) {
        auto sig = [&](auto& s, const std::string& sub) {
            if (sub == "title") f(s.title);
            else if (sub == "name") f(s.name);
            else if (sub == "rank") f(s.rank);
            else if (sub == "nip") f(s.nip);
            else return false;
            return true;
        };
        if (n == "title") f(p.title);
        else if (n == "office/name") f(p.office.name);
        else if (n == "office/government") f(p.office.government);
        else if (n == "office/code") f(p.office.code);
        else if (n == "office/place") f(p.office.place);
        else if (n == "period/start") f(p.start_year);
        else if (n == "period/end") f(p.end_year);
        else if (n.rfind("signatory/", 0) == 0) return sig(p.signatory, n.substr(10));
        else if (n.rfind("superior/", 0) == 0) return sig(p.superior, n.substr(9));
        else if (n == "settings/minimize_rule") f(p.settings.minimize_rule);
        else if (n == "settings/cap") f(p.settings.cap);
        else if (n == "settings/scale_name") f(p.settings.scale_name);
        else if (n == "settings/bands") f(p.settings.bands);
        else if (n == "grade_scales") f(p.grade_scales);
        else if (n == "programs") f(p.programs);
        else return false;
        return true;
    }
    if (t.scope == ChangeScope::Chapter) {
        for (auto& c : p.chapters) {
            if (c.id != t.chapter_id) continue;
            if (n == "title") f(c.title);
            else if (n == "text") f(c.text);
            else return false;
            return true;
        }
        return false;
    }
    if (t.scope == ChangeScope::Objective) {
        for (auto& o : p.objectives) {
            if (o.id != t.objective_id) continue;
            if (n == "code") f(o.code);
            else if (n == "name") f(o.name);
            else return false;
            return true;
        }
        return false;
    }
    return false;
}

const char* const kPlanFields[] = {"title",          "office/name",     "office/government", "office/code",
                                   "office/place",   "period/start",    "period/end",        "signatory/title",
                                   "signatory/name", "signatory/rank",  "signatory/nip",     "superior/title",
                                   "superior/name",  "superior/rank",   "superior/nip",      "settings/minimize_rule",
                                   "settings/cap",   "settings/scale_name", "settings/bands", "grade_scales", "programs"};
const char* const kIndicatorFields[] = {"code", "name", "definition", "formula/text", "formula/expression", "formula/components",
                                        "unit", "kind", "polarity", "aggregation", "cap", "grade_scale", "data_source", "owner",
                                        "baseline", "supports"};
const char* const kEntryFields[] = {"target", "actual", "note", "components", "evidence", "from_evidence", "activities"};

// ---------------------------------------------------------------------------------------------------------------
// Locating items

struct Loc {
    int o = -1, i = -1;
    bool found() const { return o >= 0; }
};

Loc locate_indicator(const Plan& p, const std::string& id) {
    for (size_t o = 0; o < p.objectives.size(); ++o)
        for (size_t i = 0; i < p.objectives[o].indicators.size(); ++i)
            if (p.objectives[o].indicators[i].id == id) return {static_cast<int>(o), static_cast<int>(i)};
    return {};
}

int locate_objective(const Plan& p, const std::string& id) {
    for (size_t o = 0; o < p.objectives.size(); ++o)
        if (p.objectives[o].id == id) return static_cast<int>(o);
    return -1;
}

int locate_chapter(const Plan& p, const std::string& id) {
    for (size_t c = 0; c < p.chapters.size(); ++c)
        if (p.chapters[c].id == id) return static_cast<int>(c);
    return -1;
}

// Id -> position of every indicator, built once per plan for the many lookups of diff3.
struct Index {
    std::unordered_map<std::string, Loc> indicators;
    explicit Index(const Plan& p) {
        for (size_t o = 0; o < p.objectives.size(); ++o)
            for (size_t i = 0; i < p.objectives[o].indicators.size(); ++i)
                indicators.emplace(p.objectives[o].indicators[i].id, Loc{static_cast<int>(o), static_cast<int>(i)});
    }
    const Indicator* find(const Plan& p, const std::string& id) const {
        auto it = indicators.find(id);
        return it == indicators.end() ? nullptr : &p.objectives[it->second.o].indicators[it->second.i];
    }
    const Objective* objective_of(const Plan& p, const std::string& id) const {
        auto it = indicators.find(id);
        return it == indicators.end() ? nullptr : &p.objectives[it->second.o];
    }
};

// ---------------------------------------------------------------------------------------------------------------
// Text

// At most `max_bytes` bytes, cut at a character boundary, "…" appended when cut; line breaks become spaces.
std::string shorten(const std::string& s, size_t max_bytes = 80) {
    std::string out = s.size() > max_bytes ? s.substr(0, max_bytes) : s;
    if (s.size() > max_bytes) {
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
        if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0xC0) out.pop_back();
        out += "\xE2\x80\xA6";
    }
    for (char& c : out)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return out;
}

std::string quoted(const std::string& s) { return "\"" + shorten(s) + "\""; }

std::string item_label(const std::string& code, const std::string& name, const std::string& id) {
    std::string n = shorten(name, 60);
    if (!code.empty()) return code + " \"" + n + "\"";
    if (!n.empty()) return "\"" + n + "\"";
    return id;
}

// How an objective is named inside a sentence: its code, else its quoted name, else its id.
std::string objective_ref(const Objective& o) {
    if (!o.code.empty()) return o.code;
    if (!o.name.empty()) return "\"" + shorten(o.name, 60) + "\"";
    return o.id;
}

std::string objective_display(const Objective& o) { return o.code.empty() ? o.name : o.code + " " + o.name; }
std::string indicator_display(const Indicator& i) { return i.code.empty() ? i.name : i.code + " " + i.name; }
std::string chapter_display(const Chapter& c) { return c.title.empty() ? c.id : c.title; }

BiText objective_subject(const Objective& o) {
    std::string l = item_label(o.code, o.name, o.id);
    return {"Sasaran " + l, "Objective " + l};
}
BiText indicator_subject(const Indicator& i) {
    std::string l = item_label(i.code, i.name, i.id);
    return {"Indikator " + l, "Indicator " + l};
}
BiText chapter_subject(const Chapter& c) {
    std::string l = "\"" + shorten(chapter_display(c), 60) + "\"";
    return {"Bab " + l, "Chapter " + l};
}
BiText entry_subject(const BiText& indicator, int year, int quarter) {
    if (quarter >= 1 && quarter <= 4)
        return {indicator.id + ", " + quarter_name(quarter, Lang::Id) + " " + std::to_string(year),
                indicator.en + ", " + quarter_name(quarter, Lang::En) + " " + std::to_string(year)};
    return {indicator.id + ", tahun " + std::to_string(year), indicator.en + ", year " + std::to_string(year)};
}

BiText field_label(ChangeScope scope, const std::string& f) {
    static const std::map<std::string, BiText> plan = {
        {"title", {"judul", "title"}},
        {"office/name", {"nama instansi", "office name"}},
        {"office/government", {"pemerintah daerah", "government"}},
        {"office/code", {"kode instansi", "office code"}},
        {"office/place", {"tempat penandatanganan", "place of signing"}},
        {"period/start", {"tahun awal periode", "first year of the period"}},
        {"period/end", {"tahun akhir periode", "last year of the period"}},
        {"signatory/title", {"jabatan penanda tangan", "signatory's title"}},
        {"signatory/name", {"nama penanda tangan", "signatory's name"}},
        {"signatory/rank", {"pangkat penanda tangan", "signatory's rank"}},
        {"signatory/nip", {"NIP penanda tangan", "signatory's NIP"}},
        {"superior/title", {"jabatan atasan", "superior's title"}},
        {"superior/name", {"nama atasan", "superior's name"}},
        {"superior/rank", {"pangkat atasan", "superior's rank"}},
        {"superior/nip", {"NIP atasan", "superior's NIP"}},
        {"settings/minimize_rule", {"aturan capaian semakin rendah semakin baik", "lower-is-better rule"}},
        {"settings/cap", {"batas atas capaian", "achievement cap"}},
        {"settings/scale_name", {"nama skala kategori", "category scale name"}},
        {"settings/bands", {"pita kategori", "category bands"}},
        {"grade_scales", {"skala predikat", "grade scales"}},
        {"programs", {"program dan anggaran", "programs and budgets"}},
    };
    static const std::map<std::string, BiText> other = {
        {"title", {"judul", "title"}},
        {"text", {"isi", "text"}},
        {"code", {"nomor", "number"}},
        {"name", {"nama", "name"}},
        {"definition", {"definisi", "definition"}},
        {"formula/text", {"rumus", "formula"}},
        {"formula/expression", {"rumus terhitung", "computable formula"}},
        {"formula/components", {"komponen rumus", "formula components"}},
        {"unit", {"satuan", "unit"}},
        {"kind", {"jenis nilai", "value kind"}},
        {"polarity", {"polaritas", "polarity"}},
        {"aggregation", {"agregasi triwulan", "quarterly aggregation"}},
        {"cap", {"batas capaian indikator (konversi)", "indicator's cap"}},
        {"grade_scale", {"skala predikat", "grade scale"}},
        {"data_source", {"sumber data", "data source"}},
        {"owner", {"penanggung jawab", "owner"}},
        {"baseline", {"kondisi awal (baseline)", "baseline"}},
        {"supports", {"indikator yang didukung", "supported indicator"}},
        {"target", {"target", "target"}},
        {"actual", {"realisasi", "actual"}},
        {"note", {"catatan", "note"}},
        {"components", {"nilai komponen", "component values"}},
        {"evidence", {"bukti dukung", "evidence"}},
        {"from_evidence", {"realisasi dari bukti dukung", "actual from the evidence"}},
        {"activities", {"kegiatan (Rencana Aksi)", "activities (action plan)"}},
    };
    const auto& table = scope == ChangeScope::Plan ? plan : other;
    auto it = table.find(f);
    return it == table.end() ? BiText{f, f} : it->second;
}

// A value as the review shows it, in both languages (the model's choices in words; other values as written).
template <class T>
BiText shown(const T& v) {
    std::string text = display(v);
    return {text, text};
}
BiText shown(ValueKind v) { return choice_label(v); }
BiText shown(Polarity v) { return choice_label(v); }
BiText shown(Aggregation v) { return choice_label(v); }
BiText shown(EvidenceRule v) { return choice_label(v); }
BiText shown(MinimizeRule v) { return choice_label(v); }

BiText describe_field(ChangeKind kind, const BiText& subject, const BiText& label, const BiText& before, const BiText& after) {
    switch (kind) {
        case ChangeKind::Added:
            return {subject.id + ": " + label.id + " diisi " + quoted(after.id), subject.en + ": " + label.en + " set to " + quoted(after.en)};
        case ChangeKind::Removed:
            return {subject.id + ": " + label.id + " dikosongkan (sebelumnya " + quoted(before.id) + ")",
                    subject.en + ": " + label.en + " cleared (was " + quoted(before.en) + ")"};
        case ChangeKind::Changed:
        default:
            return {subject.id + ": " + label.id + " diubah dari " + quoted(before.id) + " menjadi " + quoted(after.id),
                    subject.en + ": " + label.en + " changed from " + quoted(before.en) + " to " + quoted(after.en)};
    }
}

std::string indicator_base_path(const std::string& objective_id, const std::string& indicator_id) {
    return "/objectives/" + pointer_segment(objective_id) + "/indicators/" + pointer_segment(indicator_id);
}

std::string field_suffix(const ChangeTarget& t) {
    switch (t.scope) {
        case ChangeScope::Year: return "/years/" + std::to_string(t.year) + "/" + t.field;
        case ChangeScope::Quarter:
            return "/years/" + std::to_string(t.year) + "/quarters/" + std::to_string(t.quarter) + "/" + t.field;
        default: return t.field.empty() ? std::string() : "/" + t.field;
    }
}

std::string path_of(const ChangeTarget& t) {
    switch (t.scope) {
        case ChangeScope::Plan: return "/" + t.field;
        case ChangeScope::Chapter: return "/chapters/" + pointer_segment(t.chapter_id) + field_suffix(t);
        case ChangeScope::Objective: return "/objectives/" + pointer_segment(t.objective_id) + field_suffix(t);
        default: return indicator_base_path(t.objective_id, t.indicator_id) + field_suffix(t);
    }
}

// The key that matches one change on both sides of a three-way merge: like the path, without the objective of
// an indicator (which may differ when an indicator was moved on one side).
std::string key_of(const ChangeTarget& t) {
    switch (t.scope) {
        case ChangeScope::Plan:
        case ChangeScope::Chapter:
        case ChangeScope::Objective: return path_of(t);
        default: return "/indicators/" + pointer_segment(t.indicator_id) + field_suffix(t);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Two-way diff

struct Differ {
    std::vector<Change>* out = nullptr;  // null: only count
    std::shared_ptr<const Plan> source;
    size_t count = 0;

    void emit(ChangeTarget t, ChangeKind kind, std::string before, std::string after, BiText description) {
        ++count;
        if (!out) return;
        Change c;
        c.path = path_of(t);
        c.kind = kind;
        c.before = std::move(before);
        c.after = std::move(after);
        c.description = std::move(description);
        c.target = std::move(t);
        c.source = source;
        out->push_back(std::move(c));
    }

    template <class A, class B>
    void compare(const A& a, const B& b, const ChangeTarget& t, const BiText& subject) {
        if constexpr (std::is_same_v<A, B>) {
            if (same(a, b)) return;
            ChangeKind kind = is_empty(a) ? ChangeKind::Added : is_empty(b) ? ChangeKind::Removed : ChangeKind::Changed;
            const BiText before = shown(a), after = shown(b);
            BiText d = describe_field(kind, subject, field_label(t.scope, t.field), before, after);
            emit(t, kind, before.id, after.id, std::move(d));
            if (out && !out->empty()) {
                if (before.en != before.id) out->back().before_en = before.en;
                if (after.en != after.id) out->back().after_en = after.en;
            }
        }
    }

    void plan_fields(const Plan& a, const Plan& b) {
        BiText subject{"Rencana", "Plan"};
        ChangeTarget t;
        t.scope = ChangeScope::Plan;
        for (const char* f : kPlanFields) {
            t.field = f;
            visit_plan_field(a, t, [&](const auto& fa) { visit_plan_field(b, t, [&](const auto& fb) { compare(fa, fb, t, subject); }); });
        }
    }

    void chapters(const Plan& a, const Plan& b) {
        for (const auto& cb : b.chapters) {
            ChangeTarget t;
            t.scope = ChangeScope::Chapter;
            t.chapter_id = cb.id;
            int ia = locate_chapter(a, cb.id);
            if (ia < 0) {
                std::string l = "\"" + shorten(chapter_display(cb), 60) + "\"";
                emit(t, ChangeKind::Added, "", chapter_display(cb), {"Bab baru " + l, "New chapter " + l});
                continue;
            }
            const Chapter& ca = a.chapters[ia];
            BiText subject = chapter_subject(cb);
            t.field = "title";
            compare(ca.title, cb.title, t, subject);
            t.field = "text";
            compare(ca.text, cb.text, t, subject);
        }
        for (const auto& ca : a.chapters) {
            if (locate_chapter(b, ca.id) >= 0) continue;
            ChangeTarget t;
            t.scope = ChangeScope::Chapter;
            t.chapter_id = ca.id;
            BiText s = chapter_subject(ca);
            emit(t, ChangeKind::Removed, chapter_display(ca), "", {s.id + " dihapus", s.en + " removed"});
        }
    }

    void entry(const Indicator& a, const Indicator& b, ChangeTarget t, const BiText& ind_subject) {
        BiText subject = entry_subject(ind_subject, t.year, t.quarter);
        for (const char* f : kEntryFields) {
            t.field = f;
            visit_indicator_field(a, t, [&](const auto& fa) { visit_indicator_field(b, t, [&](const auto& fb) { compare(fa, fb, t, subject); }); });
        }
    }

    void indicator(const Indicator& a, const Indicator& b, const std::string& objective_id) {
        BiText subject = indicator_subject(b);
        ChangeTarget t;
        t.scope = ChangeScope::Indicator;
        t.objective_id = objective_id;
        t.indicator_id = b.id;
        for (const char* f : kIndicatorFields) {
            t.field = f;
            visit_indicator_field(a, t, [&](const auto& fa) { visit_indicator_field(b, t, [&](const auto& fb) { compare(fa, fb, t, subject); }); });
        }
        std::set<int> years;
        for (const auto& [y, e] : a.years) years.insert(y);
        for (const auto& [y, e] : b.years) years.insert(y);
        for (int y : years) {
            ChangeTarget ty = t;
            ty.scope = ChangeScope::Year;
            ty.year = y;
            entry(a, b, ty, subject);
            auto ea = a.years.find(y), eb = b.years.find(y);
            auto has_quarters = [](const std::map<int, YearEntry>& m, std::map<int, YearEntry>::const_iterator it) {
                return it != m.end() && (it->second.quarter_targets.allocated() || it->second.quarter_actuals.allocated());
            };
            if (!has_quarters(a.years, ea) && !has_quarters(b.years, eb)) continue;
            for (int q = 1; q <= 4; ++q) {
                ChangeTarget tq = t;
                tq.scope = ChangeScope::Quarter;
                tq.year = y;
                tq.quarter = q;
                entry(a, b, tq, subject);
            }
        }
    }

    void run(const Plan& a, const Plan& b) {
        plan_fields(a, b);
        chapters(a, b);
        Index ia(a), ib(b);
        for (const auto& ob : b.objectives) {
            ChangeTarget t;
            t.scope = ChangeScope::Objective;
            t.objective_id = ob.id;
            int oa = locate_objective(a, ob.id);
            if (oa < 0) {
                std::string l = item_label(ob.code, ob.name, ob.id);
                emit(t, ChangeKind::Added, "", objective_display(ob), {"Sasaran baru " + l, "New objective " + l});
            } else {
                BiText subject = objective_subject(ob);
                t.field = "code";
                compare(a.objectives[oa].code, ob.code, t, subject);
                t.field = "name";
                compare(a.objectives[oa].name, ob.name, t, subject);
            }
            for (const auto& indb : ob.indicators) {
                const Indicator* inda = ia.find(a, indb.id);
                ChangeTarget ti;
                ti.scope = ChangeScope::Indicator;
                ti.objective_id = ob.id;
                ti.indicator_id = indb.id;
                if (!inda) {
                    std::string l = item_label(indb.code, indb.name, indb.id);
                    std::string o = objective_ref(ob);
                    emit(ti, ChangeKind::Added, "", indicator_display(indb),
                         {"Indikator baru " + l + " pada sasaran " + o, "New indicator " + l + " in objective " + o});
                    continue;
                }
                const Objective* from = ia.objective_of(a, indb.id);
                if (from->id != ob.id) {
                    ti.field = "objective";
                    BiText s = indicator_subject(indb);
                    std::string fl = objective_ref(*from), tl = objective_ref(ob);
                    emit(ti, ChangeKind::Changed, objective_display(*from), objective_display(ob),
                         {s.id + ": dipindah dari sasaran " + fl + " ke sasaran " + tl,
                          s.en + ": moved from objective " + fl + " to objective " + tl});
                }
                indicator(*inda, indb, ob.id);
            }
        }
        for (const auto& oa : a.objectives)
            for (const auto& inda : oa.indicators) {
                if (ib.find(b, inda.id)) continue;
                ChangeTarget ti;
                ti.scope = ChangeScope::Indicator;
                ti.objective_id = oa.id;
                ti.indicator_id = inda.id;
                BiText s = indicator_subject(inda);
                emit(ti, ChangeKind::Removed, indicator_display(inda), "", {s.id + " dihapus", s.en + " removed"});
            }
        for (const auto& oa : a.objectives) {
            if (locate_objective(b, oa.id) >= 0) continue;
            ChangeTarget t;
            t.scope = ChangeScope::Objective;
            t.objective_id = oa.id;
            BiText s = objective_subject(oa);
            emit(t, ChangeKind::Removed, objective_display(oa), "", {s.id + " dihapus", s.en + " removed"});
        }
    }
};

bool indicators_equal(const Indicator& a, const Indicator& b) {
    Differ d;
    d.indicator(a, b, "");
    return d.count == 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a change's target on a whole plan (diff3)

struct Side {
    const Plan& plan;
    Index index;
    explicit Side(const Plan& p) : plan(p), index(p) {}

    // Calls f with the field; false when the item (chapter, objective, indicator) is absent.
    template <class F>
    bool visit(const ChangeTarget& t, F&& f) const {
        if (t.scope == ChangeScope::Indicator || t.scope == ChangeScope::Year || t.scope == ChangeScope::Quarter) {
            const Indicator* ind = index.find(plan, t.indicator_id);
            return ind && visit_indicator_field(*ind, t, f);
        }
        return visit_plan_field(plan, t, f);
    }

    bool has_item(const ChangeTarget& t) const {
        switch (t.scope) {
            case ChangeScope::Plan: return true;
            case ChangeScope::Chapter: return locate_chapter(plan, t.chapter_id) >= 0;
            case ChangeScope::Objective: return locate_objective(plan, t.objective_id) >= 0;
            default: return index.find(plan, t.indicator_id) != nullptr;
        }
    }

    // Display text of the target on this side ("" when absent).
    std::string show(const ChangeTarget& t) const {
        if (t.field.empty() || t.field == "objective") {
            switch (t.scope) {
                case ChangeScope::Chapter: {
                    int c = locate_chapter(plan, t.chapter_id);
                    return c < 0 ? "" : chapter_display(plan.chapters[c]);
                }
                case ChangeScope::Objective: {
                    int o = locate_objective(plan, t.objective_id);
                    return o < 0 ? "" : objective_display(plan.objectives[o]);
                }
                default: {
                    if (t.field == "objective") {
                        const Objective* o = index.objective_of(plan, t.indicator_id);
                        return o ? objective_display(*o) : "";
                    }
                    const Indicator* ind = index.find(plan, t.indicator_id);
                    return ind ? indicator_display(*ind) : "";
                }
            }
        }
        std::string out;
        visit(t, [&](const auto& v) { out = display(v); });
        return out;
    }
    // A field's value in English where it is a word of the interface; empty when the same as show().
    std::string show_en(const ChangeTarget& t) const {
        if (t.field.empty() || t.field == "objective") return {};
        BiText both;
        visit(t, [&](const auto& v) { both = shown(v); });
        return both.en != both.id ? both.en : std::string();
    }
};

// The change's target holds the same on both sides (both absent counts as the same).
bool same_on(const Side& x, const Side& y, const ChangeTarget& t) {
    if (t.field.empty()) {
        bool hx = x.has_item(t), hy = y.has_item(t);
        if (!hx || !hy) return hx == hy;
        switch (t.scope) {
            case ChangeScope::Chapter: {
                const Chapter& a = x.plan.chapters[locate_chapter(x.plan, t.chapter_id)];
                const Chapter& b = y.plan.chapters[locate_chapter(y.plan, t.chapter_id)];
                return a.title == b.title && a.text == b.text;
            }
            case ChangeScope::Objective: {
                const Objective& a = x.plan.objectives[locate_objective(x.plan, t.objective_id)];
                const Objective& b = y.plan.objectives[locate_objective(y.plan, t.objective_id)];
                return a.code == b.code && a.name == b.name;
            }
            default:
                return indicators_equal(*x.index.find(x.plan, t.indicator_id), *y.index.find(y.plan, t.indicator_id));
        }
    }
    if (t.field == "objective") {
        const Objective* a = x.index.objective_of(x.plan, t.indicator_id);
        const Objective* b = y.index.objective_of(y.plan, t.indicator_id);
        return a && b && a->id == b->id;
    }
    bool result = false, found_x = false;
    x.visit(t, [&](const auto& fx) {
        found_x = true;
        y.visit(t, [&](const auto& fy) {
            if constexpr (std::is_same_v<std::decay_t<decltype(fx)>, std::decay_t<decltype(fy)>>) result = same(fx, fy);
        });
    });
    return found_x && result;
}

bool has_prefix(const std::set<std::string>& keys, const std::string& prefix) {
    auto it = keys.lower_bound(prefix);
    return it != keys.end() && it->compare(0, prefix.size(), prefix) == 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Applying

BiText not_applied(const std::string& why_id, const std::string& why_en) {
    return {"perubahan tidak diterapkan: " + why_id, "change not applied: " + why_en};
}

bool year_empty(const YearEntry& e) {
    if (!e.target.empty() || !e.actual.empty() || !e.activities.empty()) return false;
    for (const auto& v : e.quarter_targets)
        if (!v.empty()) return false;
    for (const auto& a : e.quarter_actuals)
        if (!a.empty()) return false;
    return true;
}

// Position to insert an item that sits at `src_pos` in `src_ids` (the source order) into `dst_ids`: after the
// nearest preceding source item that dst has, else first.
template <class List, class Src>
size_t insert_position(const List& dst, const Src& src, size_t src_pos) {
    for (size_t k = src_pos; k-- > 0;) {
        for (size_t d = 0; d < dst.size(); ++d)
            if (dst[d].id == src[k].id) return d + 1;
    }
    return 0;
}

// Ensures mine has the objective `id` (taken from the source's header when missing); returns its index or -1.
int ensure_objective(Plan& dst, const Plan& src, const std::string& id) {
    int o = locate_objective(dst, id);
    if (o >= 0) return o;
    int so = locate_objective(src, id);
    if (so < 0) return -1;
    Objective header;
    header.id = src.objectives[so].id;
    header.code = src.objectives[so].code;
    header.name = src.objectives[so].name;
    size_t pos = insert_position(dst.objectives, src.objectives, static_cast<size_t>(so));
    dst.objectives.insert(dst.objectives.begin() + static_cast<long>(pos), std::move(header));
    return static_cast<int>(pos);
}

// Puts `ind` into mine's objective as in the source (replacing mine's indicator of the same id in place when it
// is in the same objective). Returns false when the source does not hold it.
bool place_indicator(Plan& dst, const Plan& src, Indicator ind) {
    Loc s = locate_indicator(src, ind.id);
    if (!s.found()) return false;
    const Objective& sobj = src.objectives[s.o];
    Loc d = locate_indicator(dst, ind.id);
    if (d.found()) {
        if (dst.objectives[d.o].id == sobj.id) {
            dst.objectives[d.o].indicators[d.i] = std::move(ind);
            return true;
        }
        auto& list = dst.objectives[d.o].indicators;
        list.erase(list.begin() + d.i);
    }
    int o = ensure_objective(dst, src, sobj.id);
    if (o < 0) return false;
    auto& list = dst.objectives[o].indicators;
    size_t pos = insert_position(list, sobj.indicators, static_cast<size_t>(s.i));
    list.insert(list.begin() + static_cast<long>(pos), std::move(ind));
    return true;
}

int phase_of(const Change& c) {
    const ChangeTarget& t = c.target;
    if (t.scope == ChangeScope::Objective && t.field.empty()) return c.kind == ChangeKind::Removed ? 3 : 0;
    if (t.scope == ChangeScope::Plan || t.scope == ChangeScope::Chapter || t.scope == ChangeScope::Objective) return 0;
    if (t.scope == ChangeScope::Indicator && (t.field.empty() || t.field == "objective")) return 1;
    return 2;
}

}  // namespace

std::vector<Change> diff_plans(const Plan& before, const Plan& after) {
    std::vector<Change> out;
    Differ d;
    d.out = &out;
    d.source = std::make_shared<const Plan>(after);
    d.run(before, *d.source);
    return out;
}

std::vector<Change> diff3(const Plan& base, const Plan& mine, const Plan& theirs) {
    std::vector<Change> theirs_changes = diff_plans(base, theirs);
    std::vector<Change> mine_changes;
    {
        Differ d;
        d.out = &mine_changes;
        d.run(base, mine);
    }
    std::set<std::string> mine_keys;
    std::set<std::string> mine_removed;  // keys of whole items mine removed
    for (const auto& c : mine_changes) {
        std::string k = key_of(c.target);
        if (c.target.field.empty() && c.kind == ChangeKind::Removed) mine_removed.insert(k);
        mine_keys.insert(std::move(k));
    }
    Side m(mine), t(theirs), b(base);

    std::vector<Change> out;
    std::set<std::string> restored;
    for (auto& c : theirs_changes) {
        const ChangeTarget& tg = c.target;
        std::string key = key_of(tg);
        // Theirs changed inside an item mine removed: one conflict that restores theirs' item.
        if (!tg.field.empty()) {
            ChangeTarget item = tg;
            item.field.clear();
            if (item.scope == ChangeScope::Year || item.scope == ChangeScope::Quarter) item.scope = ChangeScope::Indicator;
            item.year = item.quarter = 0;
            std::string item_key = item.scope == ChangeScope::Plan ? std::string() : key_of(item);
            if (!item_key.empty() && mine_removed.count(item_key)) {
                if (!restored.insert(item_key).second) continue;
                Change r;
                r.target = item;
                r.path = path_of(item);
                r.kind = ChangeKind::Added;
                r.before = b.show(item);
                r.after = t.show(item);
                r.conflict = true;
                r.mine = "";
                r.source = c.source;
                BiText s = item.scope == ChangeScope::Chapter ? BiText{"Bab \"" + shorten(r.after, 60) + "\"", "Chapter \"" + shorten(r.after, 60) + "\""}
                         : item.scope == ChangeScope::Objective ? BiText{"Sasaran \"" + shorten(r.after, 60) + "\"", "Objective \"" + shorten(r.after, 60) + "\""}
                         : BiText{"Indikator \"" + shorten(r.after, 60) + "\"", "Indicator \"" + shorten(r.after, 60) + "\""};
                r.description = {"KONFLIK: " + s.id + " dihapus di versi Anda tetapi diubah di versi mereka; terima untuk memulihkannya seperti versi mereka",
                                 "CONFLICT: " + s.en + " was removed in your version but changed in theirs; accept to restore it as in theirs"};
                out.push_back(std::move(r));
                continue;
            }
        }
        if (same_on(m, t, tg)) continue;  // mine already has it
        bool conflict = mine_keys.count(key) != 0;
        if (!conflict && tg.field.empty() && c.kind == ChangeKind::Removed) {
            conflict = has_prefix(mine_keys, key + "/");
            if (!conflict && tg.scope == ChangeScope::Objective) {
                // Mine put indicators into the objective theirs removed.
                int mo = locate_objective(mine, tg.objective_id);
                if (mo >= 0)
                    for (const auto& ind : mine.objectives[mo].indicators) {
                        const Objective* bo = b.index.objective_of(base, ind.id);
                        if (!bo || bo->id != tg.objective_id) { conflict = true; break; }
                    }
            }
        }
        if (conflict) {
            c.conflict = true;
            c.mine = m.show(tg);
            c.mine_en = m.show_en(tg);
            bool mine_has = m.has_item(tg);
            std::string mine_text = tg.field.empty() && c.kind == ChangeKind::Removed
                                        ? std::string()
                                        : (mine_has ? quoted(c.mine) : std::string());
            if (tg.field.empty() && c.kind == ChangeKind::Removed)
                c.description = {"KONFLIK: " + c.description.id + " di versi mereka, tetapi Anda mengubahnya",
                                 "CONFLICT: " + c.description.en + " in theirs, but you changed it"};
            else if (!mine_has)
                c.description = {"KONFLIK: " + c.description.id + "; di versi Anda sudah dihapus",
                                 "CONFLICT: " + c.description.en + "; removed in your version"};
            else
                c.description = {"KONFLIK: " + c.description.id + "; versi Anda: " + mine_text,
                                 "CONFLICT: " + c.description.en + "; your version: " +
                                     (mine_has && !c.mine_en.empty() ? quoted(c.mine_en) : mine_text)};
        }
        out.push_back(std::move(c));
    }
    return out;
}

ApplyResult apply_changes(const Plan& mine, const std::vector<Change>& changes, const std::vector<bool>& accepted) {
    ApplyResult r;
    r.plan = mine;
    Plan& dst = r.plan;
    std::vector<size_t> order;
    for (size_t i = 0; i < changes.size(); ++i)
        if (i < accepted.size() && accepted[i]) order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return phase_of(changes[a]) < phase_of(changes[b]); });

    auto problem = [&](const Change& c, const std::string& why_id, const std::string& why_en) {
        r.problems.push_back(Diagnostic{Severity::Warning, "diff.not_applied", c.path, not_applied(why_id, why_en)});
    };

    for (size_t i : order) {
        const Change& c = changes[i];
        const ChangeTarget& t = c.target;
        const Plan* src = c.source.get();
        bool removal = t.field.empty() && c.kind == ChangeKind::Removed;
        if (!src && !removal) {
            problem(c, "perubahan tanpa sumber", "change without a source plan");
            continue;
        }
        bool ok = true;
        switch (t.scope) {
            case ChangeScope::Plan:
                ok = visit_plan_field(*src, t, [&](const auto& from) {
                    visit_plan_field(dst, t, [&](auto& to) {
                        if constexpr (std::is_same_v<std::decay_t<decltype(from)>, std::decay_t<decltype(to)>>) to = from;
                    });
                });
                if (!ok) problem(c, "kolom tidak dikenal", "unknown field");
                break;
            case ChangeScope::Chapter:
            case ChangeScope::Objective: {
                bool is_chapter = t.scope == ChangeScope::Chapter;
                if (t.field.empty()) {
                    if (is_chapter) {
                        int d = locate_chapter(dst, t.chapter_id);
                        if (removal) {
                            if (d >= 0) dst.chapters.erase(dst.chapters.begin() + d);
                        } else {
                            int s = locate_chapter(*src, t.chapter_id);
                            if (s < 0) { problem(c, "bab tidak ada di sumber", "chapter missing in the source"); ok = false; }
                            else if (d >= 0) dst.chapters[d] = src->chapters[s];
                            else {
                                size_t pos = insert_position(dst.chapters, src->chapters, static_cast<size_t>(s));
                                dst.chapters.insert(dst.chapters.begin() + static_cast<long>(pos), src->chapters[s]);
                            }
                        }
                    } else if (removal) {
                        int d = locate_objective(dst, t.objective_id);
                        if (d >= 0 && !dst.objectives[d].indicators.empty()) {
                            problem(c, "sasaran masih berisi " + std::to_string(dst.objectives[d].indicators.size()) + " indikator",
                                    "the objective still holds " + std::to_string(dst.objectives[d].indicators.size()) + " indicator(s)");
                            ok = false;
                        } else if (d >= 0) {
                            dst.objectives.erase(dst.objectives.begin() + d);
                        }
                    } else {
                        int d = locate_objective(dst, t.objective_id);
                        int s = locate_objective(*src, t.objective_id);
                        if (s < 0) { problem(c, "sasaran tidak ada di sumber", "objective missing in the source"); ok = false; }
                        else if (d >= 0) { dst.objectives[d].code = src->objectives[s].code; dst.objectives[d].name = src->objectives[s].name; }
                        else ensure_objective(dst, *src, t.objective_id);
                    }
                    break;
                }
                bool found_src = false, found_dst = false;
                visit_plan_field(*src, t, [&](const auto& from) {
                    found_src = true;
                    visit_plan_field(dst, t, [&](auto& to) {
                        found_dst = true;
                        if constexpr (std::is_same_v<std::decay_t<decltype(from)>, std::decay_t<decltype(to)>>) to = from;
                    });
                });
                if (!found_src || !found_dst) {
                    ok = false;
                    if (is_chapter) problem(c, "bab tidak ada", "chapter missing");
                    else problem(c, "sasaran tidak ada di versi Anda", "objective missing in your version");
                }
                break;
            }
            default: {
                if (t.scope == ChangeScope::Indicator && t.field.empty()) {
                    if (removal) {
                        Loc d = locate_indicator(dst, t.indicator_id);
                        if (d.found()) dst.objectives[d.o].indicators.erase(dst.objectives[d.o].indicators.begin() + d.i);
                    } else {
                        Loc s = locate_indicator(*src, t.indicator_id);
                        if (!s.found() || !place_indicator(dst, *src, src->objectives[s.o].indicators[s.i])) {
                            problem(c, "indikator tidak ada di sumber", "indicator missing in the source");
                            ok = false;
                        }
                    }
                    break;
                }
                Loc d = locate_indicator(dst, t.indicator_id);
                Loc s = locate_indicator(*src, t.indicator_id);
                if (!d.found() || !s.found()) {
                    problem(c, d.found() ? "indikator tidak ada di sumber" : "indikator tidak ada di versi Anda",
                            d.found() ? "indicator missing in the source" : "indicator missing in your version");
                    ok = false;
                    break;
                }
                if (t.field == "objective") {
                    Indicator moved = dst.objectives[d.o].indicators[d.i];
                    ok = place_indicator(dst, *src, std::move(moved));
                    if (!ok) problem(c, "sasaran tujuan tidak ada", "target objective missing");
                    break;
                }
                Indicator& to_ind = dst.objectives[d.o].indicators[d.i];
                const Indicator& from_ind = src->objectives[s.o].indicators[s.i];
                bool known = visit_indicator_field(from_ind, t, [&](const auto& from) {
                    visit_indicator_field(to_ind, t, [&](auto& to) {
                        if constexpr (std::is_same_v<std::decay_t<decltype(from)>, std::decay_t<decltype(to)>>) to = from;
                    });
                });
                if (!known) { problem(c, "kolom tidak dikenal", "unknown field"); ok = false; break; }
                if (t.scope == ChangeScope::Year || t.scope == ChangeScope::Quarter) {
                    auto it = to_ind.years.find(t.year);
                    if (it != to_ind.years.end()) {
                        YearEntry& e = it->second;
                        bool qt_empty = true, qa_empty = true;
                        for (const auto& v : e.quarter_targets) qt_empty = qt_empty && v.empty();
                        for (const auto& a : e.quarter_actuals) qa_empty = qa_empty && a.empty();
                        if (qt_empty && e.quarter_targets.allocated()) e.quarter_targets = Quarters<Value>();
                        if (qa_empty && e.quarter_actuals.allocated()) e.quarter_actuals = Quarters<Actual>();
                        if (year_empty(e)) to_ind.years.erase(it);
                    }
                }
                break;
            }
        }
        if (ok) ++r.applied;
    }
    return r;
}

}  // namespace tolok
