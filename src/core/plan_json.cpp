// The one JSON mapping of a plan (format "tolok-plan", docs/file-format.md): a strict, all-or-nothing reader that
// reports every problem with a JSON pointer, version migration, and a deterministic writer. The reader here works
// on an nlohmann DOM and is the reference; read_plans first tries the fast path (plan_json_sax.cpp), which builds
// the same plans from a valid version 2 file without a DOM and leaves everything else to this reader.
#include "plan_json.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <string_view>
#include <unordered_set>

#include "achievement.h"
#include "plan_json_read.h"
#include "text_check.h"

namespace tolok {

namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

// ---- JSON pointer built only when an error is reported ----
class Path {
public:
    void push(const char* key) { frames_.push_back({key, -1, {}}); }
    void push(const std::string& key) { frames_.push_back({nullptr, -1, key}); }
    void push(size_t index) { frames_.push_back({nullptr, static_cast<long>(index), {}}); }
    void pop() { frames_.pop_back(); }
    std::string str() const {
        std::string out;
        for (const auto& f : frames_) {
            out += '/';
            std::string token = f.key ? f.key : f.index >= 0 ? std::to_string(f.index) : f.owned;
            for (char c : token) {  // RFC 6901 escaping
                if (c == '~') out += "~0";
                else if (c == '/') out += "~1";
                else out += c;
            }
        }
        return out;
    }

private:
    struct Frame {
        const char* key;
        long index;
        std::string owned;
    };
    std::vector<Frame> frames_;
};

struct Scope {
    Path& p;
    template <class K>
    Scope(Path& path, K key) : p(path) { p.push(key); }
    ~Scope() { p.pop(); }
};

const char* type_name_id(const json& j) {
    switch (j.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "objek";
        case json::value_t::array: return "larik";
        case json::value_t::string: return "teks";
        case json::value_t::boolean: return "boolean";
        default: return "angka";
    }
}
const char* type_name_en(const json& j) {
    switch (j.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "object";
        case json::value_t::array: return "array";
        case json::value_t::string: return "text";
        case json::value_t::boolean: return "boolean";
        default: return "number";
    }
}

class Reader {
public:
    Diagnostics errors;
    Path path;

    void error(const char* id, std::string msg_id, std::string msg_en, const std::string& location) {
        if (errors.size() >= 200) return;  // enough to act on; keeps hostile files cheap
        errors.push_back(Diagnostic{Severity::Error, id, location, {std::move(msg_id), std::move(msg_en)}});
    }
    void error(const char* id, std::string msg_id, std::string msg_en) { error(id, std::move(msg_id), std::move(msg_en), path.str()); }

    void wrong_type(const json& j, const char* want_id, const char* want_en) {
        error("import.wrong_type", std::string("harus ") + want_id + ", bukan " + type_name_id(j),
              std::string("must be ") + want_en + ", not " + type_name_en(j));
    }

    // Member lookup; reports a missing required field. Returns nullptr when absent.
    const json* member(const json& obj, const char* key, bool required) {
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) {
                Scope s(path, key);
                error("import.missing_field", std::string("kolom wajib \"") + key + "\" tidak ada",
                      std::string("required field \"") + key + "\" is missing");
            }
            return nullptr;
        }
        return &*it;
    }

    bool object(const json& j) {
        if (j.is_object()) return true;
        wrong_type(j, "objek", "an object");
        return false;
    }

    void text(const json& obj, const char* key, std::string& out, bool required = false) {
        const json* j = member(obj, key, required);
        if (!j) return;
        Scope s(path, key);
        if (j->is_string()) out = j->get_ref<const std::string&>();
        else wrong_type(*j, "teks", "text");
    }

    void value(const json& obj, const char* key, Value& out) {
        const json* j = member(obj, key, false);
        if (!j) return;
        Scope s(path, key);
        if (j->is_string()) out = parse_value(j->get_ref<const std::string&>());
        else wrong_type(*j, "teks seperti \"20 prd\"", "text such as \"20 prd\"");
    }

    bool integer(const json& obj, const char* key, int& out, bool required) {
        const json* j = member(obj, key, required);
        if (!j) return false;
        Scope s(path, key);
        // A whole number written as 2018.0 or 1e20 (or too long for 64 bits, which the parser keeps as a double)
        // is read as the integer it is, and judged by its range, not called "not an integer".
        const bool whole_float = j->is_number_float() && std::isfinite(j->get<double>()) && std::floor(j->get<double>()) == j->get<double>();
        if (j->is_number_integer() || whole_float) {
            const double v = j->get<double>();
            if (v < -1000000 || v > 1000000) {
                error("import.invalid_value", "angka " + j->dump() + " di luar batas (paling besar 1000000)",
                      "the number " + j->dump() + " is out of range (at most 1000000)");
                return false;
            }
            out = static_cast<int>(v);
            return true;
        }
        wrong_type(*j, "bilangan bulat", "an integer");
        return false;
    }

    bool number(const json& j, double& out) {
        if (j.is_number()) {
            out = j.get<double>();
            return true;
        }
        wrong_type(j, "angka", "a number");
        return false;
    }

    template <class E>
    void enumeration(const json& obj, const char* key, E& out, std::optional<E> (*from)(const std::string&), const char* allowed) {
        const json* j = member(obj, key, false);
        if (!j) return;
        Scope s(path, key);
        if (!j->is_string()) {
            wrong_type(*j, "teks", "text");
            return;
        }
        auto v = from(j->get_ref<const std::string&>());
        if (!v) {
            error("import.invalid_value", "nilai \"" + j->get<std::string>() + "\" tidak dikenal; pilihan: " + allowed,
                  "unknown value \"" + j->get<std::string>() + "\"; allowed: " + allowed);
            return;
        }
        out = *v;
    }

    template <class F>
    void array(const json& obj, const char* key, bool required, F&& each) {
        const json* j = member(obj, key, required);
        if (!j) return;
        Scope s(path, key);
        if (!j->is_array()) {
            wrong_type(*j, "larik", "an array");
            return;
        }
        for (size_t i = 0; i < j->size(); ++i) {
            Scope si(path, i);
            each((*j)[i]);
        }
    }

    // ---- model parts ----
    void read_office(const json& j, Office& o) {
        if (!object(j)) return;
        text(j, "name", o.name, true);
        text(j, "government", o.government);
        text(j, "code", o.code);
        text(j, "place", o.place);
    }

    void read_signatory(const json& j, Signatory& s) {
        if (!object(j)) return;
        text(j, "title", s.title);
        text(j, "name", s.name);
        text(j, "rank", s.rank);
        text(j, "nip", s.nip);
    }

    void read_actual(const json& j, Actual& a, const Indicator& ind) {
        if (!object(j)) return;
        value(j, "value", a.value);
        if (const json* c = member(j, "components", false)) {
            Scope s(path, "components");
            if (!c->is_object()) wrong_type(*c, "objek", "an object");
            else
                for (auto it = c->begin(); it != c->end(); ++it) {
                    Scope sk(path, it.key());
                    bool known = false;
                    for (const auto& comp : ind.formula.components) known = known || comp.id == it.key();
                    if (!known) {
                        error("import.invalid_value", "komponen \"" + it.key() + "\" tidak ada dalam rumus indikator",
                              "component \"" + it.key() + "\" is not in the indicator's formula");
                        continue;
                    }
                    double v = 0;
                    if (number(it.value(), v)) a.components[it.key()] = v;
                }
        }
        text(j, "note", a.note);
        array(j, "evidence", false, [&](const json& e) {
            if (!object(e)) return;
            Evidence ev;
            text(e, "date", ev.date);
            text(e, "place", ev.place);
            text(e, "note", ev.note);
            value(e, "value", ev.value);
            a.evidence.push_back(std::move(ev));
        });
        enumeration(j, "from_evidence", a.from_evidence, evidence_rule_from_string, "none, count, distinct_places, sum, last");
    }

    template <class T, class F>
    void quarters(const json& obj, const char* key, Quarters<T>& out, F&& each) {
        const json* j = member(obj, key, false);
        if (!j) return;
        Scope s(path, key);
        if (!j->is_array()) {
            wrong_type(*j, "larik", "an array");
            return;
        }
        if (j->size() != 4) {
            error("import.invalid_value", "harus berisi 4 triwulan, bukan " + std::to_string(j->size()),
                  "must hold 4 quarters, not " + std::to_string(j->size()));
            return;
        }
        for (size_t q = 0; q < 4; ++q) {
            Scope sq(path, q);
            each((*j)[q], out[q]);
        }
    }

    // When the period itself was reported (period_known false) the years are still read, so that their other
    // problems (a target that is a number ...) come out in the same pass; only the check against the period is left
    // out. A valid period of 0-0 ignores the years, as the fast path does.
    // A key of a by-year object ("2023"), inside the plan period when it is known; none (reported) otherwise.
    std::optional<int> year_key(const std::string& key, const Plan& plan, bool period_known) {
        bool digits = !key.empty() && key.size() <= 4;
        for (char c : key) digits = digits && c >= '0' && c <= '9';
        if (!digits) {
            error("import.invalid_value", "\"" + key + "\" bukan tahun", "\"" + key + "\" is not a year");
            return std::nullopt;
        }
        int year = std::stoi(key);
        if (period_known && !plan.in_period(year)) {
            error("import.year_outside_period",
                  "tahun " + key + " di luar periode rencana " + std::to_string(plan.start_year) + "-" + std::to_string(plan.end_year),
                  "year " + key + " is outside the plan period " + std::to_string(plan.start_year) + "-" + std::to_string(plan.end_year));
            return std::nullopt;
        }
        return year;
    }

    void read_years(const json& j, Indicator& ind, const Plan& plan, bool period_known) {
        if (!object(j)) return;
        if (period_known && plan.start_year == 0 && plan.end_year == 0) return;
        for (auto it = j.begin(); it != j.end(); ++it) {
            Scope s(path, it.key());
            const std::optional<int> known_year = year_key(it.key(), plan, period_known);
            if (!known_year) continue;
            const int year = *known_year;
            const json& y = it.value();
            if (!object(y)) continue;
            YearEntry& e = ind.years[year];
            value(y, "target", e.target);
            quarters(y, "quarter_targets", e.quarter_targets, [&](const json& q, Value& v) {
                if (q.is_string()) v = parse_value(q.get_ref<const std::string&>());
                else wrong_type(q, "teks", "text");
            });
            if (const json* a = member(y, "actual", false)) {
                Scope sa(path, "actual");
                read_actual(*a, e.actual, ind);
            }
            quarters(y, "quarter_actuals", e.quarter_actuals, [&](const json& q, Actual& a) { read_actual(q, a, ind); });
            text(y, "activities", e.activities);
        }
    }

    void read_indicator(const json& j, Indicator& ind, const Plan& plan, bool period_known) {
        if (!object(j)) return;
        text(j, "id", ind.id, true);
        text(j, "code", ind.code);
        text(j, "name", ind.name, true);
        text(j, "definition", ind.definition);
        if (const json* f = member(j, "formula", false)) {
            Scope s(path, "formula");
            if (object(*f)) {
                text(*f, "text", ind.formula.text);
                text(*f, "expression", ind.formula.expression);
                std::set<std::string> ids;
                array(*f, "components", false, [&](const json& c) {
                    if (!object(c)) return;
                    Component comp;
                    text(c, "id", comp.id, true);
                    text(c, "label", comp.label);
                    text(c, "unit", comp.unit);
                    if (!comp.id.empty() && !ids.insert(comp.id).second) {
                        Scope sid(path, "id");
                        error("import.duplicate_id", "id komponen \"" + comp.id + "\" dipakai dua kali",
                              "component id \"" + comp.id + "\" is used twice");
                    }
                    ind.formula.components.push_back(std::move(comp));
                });
            }
        }
        text(j, "unit", ind.unit);
        enumeration(j, "kind", ind.kind, value_kind_from_string, "number, percent, grade, index, text");
        enumeration(j, "polarity", ind.polarity, polarity_from_string, "maximize, minimize, stabilize");
        enumeration(j, "aggregation", ind.aggregation, aggregation_from_string, "sum, last, average");
        if (const json* cap = member(j, "cap", false)) read_indicator_cap(*cap, ind.cap);
        text(j, "grade_scale", ind.grade_scale);
        text(j, "data_source", ind.data_source);
        text(j, "owner", ind.owner);
        value(j, "baseline", ind.baseline);
        text(j, "supports", ind.supports);
        if (const json* y = member(j, "years", false)) {
            Scope s(path, "years");
            read_years(*y, ind, plan, period_known);
        }
    }

    // An indicator's own cap: a number above 0, or "none" (never capped); absent or null: the plan's.
    void read_indicator_cap(const json& j, IndicatorCap& out) {
        Scope sc(path, "cap");
        if (j.is_null()) return;
        if (j.is_string()) {
            if (j.get_ref<const std::string&>() == "none") out.rule = IndicatorCap::Rule::None;
            else error("import.invalid_value", "batas capaian indikator harus angka di atas 0 atau \"none\", bukan \"" + j.get<std::string>() + "\"",
                       "an indicator's cap must be a number above 0 or \"none\", not \"" + j.get<std::string>() + "\"");
            return;
        }
        double v = 0;
        if (!number(j, v)) return;
        if (v <= 0 || !std::isfinite(v)) {
            error("import.invalid_value", "batas capaian harus di atas 0", "the cap must be above 0");
            return;
        }
        out.rule = IndicatorCap::Rule::At;
        out.at = v;
    }

    void read_settings(const json& j, AchievementSettings& s) {
        if (!object(j)) return;
        enumeration(j, "minimize_rule", s.minimize_rule, minimize_rule_from_string, "two_minus_ratio, inverse_ratio");
        if (const json* cap = member(j, "cap", false)) {
            Scope sc(path, "cap");
            double v = 0;
            if (!cap->is_null() && number(*cap, v)) {
                if (v <= 0) error("import.invalid_value", "batas capaian harus di atas 0", "the cap must be above 0");
                else s.cap = v;
            }
        }
        text(j, "scale_name", s.scale_name);
        array(j, "bands", false, [&](const json& b) {
            if (!object(b)) return;
            CategoryBand band;
            text(b, "label", band.label, true);
            if (const json* m = member(b, "min", true)) {
                Scope sm(path, "min");
                number(*m, band.min);
            }
            if (const json* m = member(b, "max", false)) {
                Scope sm(path, "max");
                double v = 0;
                if (!m->is_null() && number(*m, v)) band.max = v;
            }
            boolean(b, "min_inclusive", band.min_inclusive);
            boolean(b, "max_inclusive", band.max_inclusive);
            text(b, "color", band.color);
            s.bands.push_back(std::move(band));
        });
    }

    void boolean(const json& obj, const char* key, bool& out) {
        const json* j = member(obj, key, false);
        if (!j) return;
        Scope s(path, key);
        if (j->is_boolean()) out = j->get<bool>();
        else wrong_type(*j, "true/false", "true/false");
    }

    void read_scale(const json& j, GradeScale& g) {
        if (!object(j)) return;
        text(j, "id", g.id, true);
        text(j, "name", g.name);
        array(j, "steps", true, [&](const json& st) {
            if (!object(st)) return;
            GradeStep step;
            text(st, "label", step.label, true);
            if (const json* m = member(st, "min", true)) { Scope s(path, "min"); number(*m, step.min_score); }
            if (const json* m = member(st, "max", true)) { Scope s(path, "max"); number(*m, step.max_score); }
            g.steps.push_back(std::move(step));
        });
    }

    void read_plan(const json& j, Plan& plan) {
        if (!object(j)) return;
        text(j, "id", plan.id, true);
        text(j, "title", plan.title);
        if (const json* o = member(j, "office", true)) { Scope s(path, "office"); read_office(*o, plan.office); }
        bool period_ok = false;
        if (const json* p = member(j, "period", true)) {
            Scope s(path, "period");
            if (object(*p)) {
                bool a = integer(*p, "start", plan.start_year, true);
                bool b = integer(*p, "end", plan.end_year, true);
                period_ok = a && b;
                if (period_ok && (plan.end_year < plan.start_year || plan.end_year - plan.start_year > kMaxPeriodSpan)) {
                    const std::string period = std::to_string(plan.start_year) + "-" + std::to_string(plan.end_year);
                    const std::string span = std::to_string(kMaxPeriodSpan);
                    error("import.invalid_value",
                          "periode tidak sah: " + period + " (tahun akhir tidak boleh sebelum tahun awal, dan paling jauh " + span +
                              " tahun sesudahnya)",
                          "invalid period: " + period + " (the end year may not come before the start year, nor more than " + span +
                              " years after it)");
                    period_ok = false;
                }
            }
        }
        if (!period_ok) plan.start_year = plan.end_year = 0;
        if (const json* s = member(j, "signatory", false)) { Scope sc(path, "signatory"); read_signatory(*s, plan.signatory); }
        if (const json* s = member(j, "superior", false)) { Scope sc(path, "superior"); read_signatory(*s, plan.superior); }
        std::set<std::string> chapter_ids;
        array(j, "chapters", false, [&](const json& c) {
            if (!object(c)) return;
            Chapter ch;
            text(c, "id", ch.id, true);
            text(c, "title", ch.title);
            text(c, "text", ch.text);
            if (!ch.id.empty() && !chapter_ids.insert(ch.id).second) {
                Scope sid(path, "id");
                error("import.duplicate_id", "id bab \"" + ch.id + "\" dipakai dua kali", "chapter id \"" + ch.id + "\" is used twice");
            }
            plan.chapters.push_back(std::move(ch));
        });
        if (const json* s = member(j, "settings", false)) {
            Scope sc(path, "settings");
            size_t before = errors.size();
            read_settings(*s, plan.settings);
            if (errors.size() == before)
                for (Diagnostic d : validate_bands(plan.settings.bands)) {
                    std::string prefix = path.str();
                    d.location = prefix.substr(0, prefix.size() - std::string("/settings").size()) + d.location;
                    errors.push_back(std::move(d));
                }
        }
        array(j, "grade_scales", false, [&](const json& g) {
            GradeScale scale;
            read_scale(g, scale);
            plan.grade_scales.push_back(std::move(scale));
        });
        std::set<std::string> program_ids;
        array(j, "programs", false, [&](const json& pj) {
            if (!object(pj)) return;
            Program program;
            text(pj, "id", program.id, true);
            text(pj, "name", program.name, true);
            if (!program.id.empty() && !program_ids.insert(program.id).second) {
                Scope sid(path, "id");
                error("import.duplicate_id", "id program \"" + program.id + "\" dipakai dua kali", "program id \"" + program.id + "\" is used twice");
            }
            if (const json* b = member(pj, "budget", false)) {
                Scope sb(path, "budget");
                if (object(*b))
                    for (auto it = b->begin(); it != b->end(); ++it) {
                        Scope sy(path, it.key());
                        const std::optional<int> year = year_key(it.key(), plan, period_ok);
                        if (!year) continue;
                        if (it.value().is_string()) program.budget[*year] = parse_value(it.value().get_ref<const std::string&>());
                        else wrong_type(it.value(), "teks", "text");
                    }
            }
            plan.programs.push_back(std::move(program));
        });
        std::unordered_set<std::string> objective_ids, indicator_ids;
        array(j, "objectives", true, [&](const json& o) {
            if (!object(o)) return;
            Objective obj;
            text(o, "id", obj.id, true);
            text(o, "code", obj.code);
            text(o, "name", obj.name, true);
            if (!obj.id.empty() && !objective_ids.insert(obj.id).second) {
                Scope sid(path, "id");
                error("import.duplicate_id", "id sasaran \"" + obj.id + "\" dipakai dua kali", "objective id \"" + obj.id + "\" is used twice");
            }
            if (const json* list = member(o, "indicators", true)) {
                Scope si(path, "indicators");
                if (!list->is_array()) wrong_type(*list, "larik", "an array");
                else {
                    obj.indicators.reserve(list->size());
                    for (size_t i = 0; i < list->size(); ++i) {
                        Scope sii(path, i);
                        Indicator ind;
                        read_indicator((*list)[i], ind, plan, period_ok);
                        if (!ind.id.empty() && !indicator_ids.insert(ind.id).second) {
                            Scope sid(path, "id");
                            error("import.duplicate_id", "id indikator \"" + ind.id + "\" dipakai dua kali",
                                  "indicator id \"" + ind.id + "\" is used twice");
                        }
                        obj.indicators.push_back(std::move(ind));
                    }
                }
            }
            plan.objectives.push_back(std::move(obj));
        });
    }
};

// Version 1 kept the targets flat per indicator: {"targets": {"2018": "B"}}. Moves them into "years".
// A year whose target a version-1 file gives twice, differently: in "targets" and in a "years" entry.
struct V1TargetConflict {
    size_t objective, indicator;
    std::string year, in_targets, in_years;
};

// Version 1's flat "targets" moved into "years", merged with a "years" the file may also hold (its realisasi stay).
std::vector<V1TargetConflict> migrate_v1(json& plan) {
    std::vector<V1TargetConflict> conflicts;
    if (!plan.is_object()) return conflicts;
    auto objectives = plan.find("objectives");
    if (objectives == plan.end() || !objectives->is_array()) return conflicts;
    for (size_t oi = 0; oi < objectives->size(); ++oi) {
        json& o = (*objectives)[oi];
        if (!o.is_object()) continue;
        auto inds = o.find("indicators");
        if (inds == o.end() || !inds->is_array()) continue;
        for (size_t ii = 0; ii < inds->size(); ++ii) {
            json& ind = (*inds)[ii];
            if (!ind.is_object()) continue;
            auto t = ind.find("targets");
            if (t == ind.end() || !t->is_object()) continue;
            json years = ind.contains("years") && ind["years"].is_object() ? ind["years"] : json::object();
            for (auto it = t->begin(); it != t->end(); ++it) {
                json& entry = years[it.key()];
                if (!entry.is_object()) entry = json::object();
                auto held = entry.find("target");
                if (held != entry.end() && *held != it.value())
                    conflicts.push_back({oi, ii, it.key(), it.value().is_string() ? it.value().get<std::string>() : it.value().dump(),
                                         held->is_string() ? held->get<std::string>() : held->dump()});
                else entry["target"] = it.value();
            }
            ind.erase("targets");
            ind["years"] = std::move(years);
        }
    }
    return conflicts;
}

// SAX handler that only records where parsing failed (never throws), whether a number was out of range there
// (nlohmann's out_of_range.406, "1e999"), and the JSON pointer of the value being read then.
struct ErrorPosition : nlohmann::json_sax<json> {
    size_t byte = 0;
    bool number_overflow = false;
    std::string token;    // the text of the last token read (the number, for an overflow)
    std::string pointer;  // of the value where parsing failed

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override { return open(false); }
    bool key(string_t& k) override {
        if (!frames_.empty()) frames_.back().key = k;
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& e) override {
        byte = position;
        number_overflow = e.id == 406;
        token = last_token;
        Path p;
        for (const auto& f : frames_) {
            if (f.array) p.push(f.index);
            else p.push(f.key);
        }
        pointer = p.str();
        return false;
    }

private:
    struct Frame {
        bool array;
        size_t index = 0;  // arrays: the element being read
        std::string key;   // objects: the member being read
    };
    std::vector<Frame> frames_;
    bool value() {
        if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
        return true;
    }
    bool open(bool array) {
        frames_.push_back(Frame{array, 0, {}});
        return true;
    }
    bool close() {
        frames_.pop_back();
        return value();  // the container was one value of its parent
    }
};

}  // namespace

// ---- files that are not a plan file at all ----
// The signature of a format people drop by mistake (a workbook, a document, a PDF). The browser may hand the file
// over as text with U+FFFD for the bytes that were not UTF-8; that start is binary too.
std::optional<ForeignFile> foreign_file(std::string_view t) {
    auto starts = [&](std::string_view sig) { return t.substr(0, sig.size()) == sig; };
    auto found = [](ForeignFileKind kind, const char* id, const char* en) { return ForeignFile{kind, BiText{id, en}}; };
    if (starts("PK\x03\x04") || starts("PK\x05\x06") || starts("PK\x07\x08"))
        return found(ForeignFileKind::Zip, "berkas ZIP, mis. Excel .xlsx, Word .docx atau LibreOffice .ods/.odt",
                     "a ZIP file, e.g. Excel .xlsx, Word .docx or LibreOffice .ods/.odt");
    if (starts("%PDF")) return found(ForeignFileKind::Pdf, "berkas PDF", "a PDF file");
    if (starts("\xD0\xCF\x11\xE0"))
        return found(ForeignFileKind::OldOffice, "berkas Office lama, mis. Word .doc atau Excel .xls",
                     "an older Office file, e.g. Word .doc or Excel .xls");
    if (starts("{\\rtf")) return found(ForeignFileKind::Rtf, "dokumen RTF (Word)", "an RTF document (Word)");
    if (starts("\xEF\xBB\xBF")) t.remove_prefix(3);
    size_t first = t.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return std::nullopt;
    t.remove_prefix(first);
    if (t[0] == '<')
        return found(ForeignFileKind::Html, "halaman HTML/XML, mis. dari \"simpan sebagai halaman web\"",
                     "an HTML/XML page, e.g. from \"save as web page\"");
    if (starts("\xFF\xFE") || starts("\xFE\xFF")) return std::nullopt;  // UTF-16 text: "not UTF-8 text", as before
    // A control character, or a first character that is no UTF-8 (a window of 4 bytes holds any whole character).
    if (starts("\xEF\xBF\xBD") || static_cast<unsigned char>(t[0]) < 0x20 || t[0] == 0x7F ||
        first_non_text_byte(t.substr(0, 4)) == 0)
        return found(ForeignFileKind::Binary, "berkas biner", "a binary file");
    return std::nullopt;
}

BiText not_plan_file_text(const std::optional<ForeignFile>& file) {
    BiText out{"ini bukan berkas rencana Tolok (JSON)", "this is not a Tolok plan file (JSON)"};
    if (file) {
        out.id += ", melainkan " + file->name.id;
        out.en += " but " + file->name.en;
    }
    return out;
}

namespace {

// The first character after the byte order mark and white space can start a plan file: '{' (or '[', a JSON
// array, reported as the wrong type).
bool starts_like_json(std::string_view t) {
    if (t.substr(0, 3) == "\xEF\xBB\xBF") t.remove_prefix(3);
    size_t first = t.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && (t[first] == '{' || t[first] == '[');
}

// The reader's message ends with where tables go in the app; the CLI says its own command instead.
void not_json(Reader& r, const std::optional<ForeignFile>& file) {
    BiText what = not_plan_file_text(file);
    r.error("import.not_json",
            what.id + ". Tabel dari Excel/Word: salin lalu tempel di Berkas > Impor tabel, atau simpan sebagai CSV lalu buka di sana",
            what.en + ". For a table from Excel/Word: copy it and paste it in File > Import a table, or save it as CSV and open that there",
            "");
}

// ---- writing ----
ojson value_json(const Value& v) { return v.text; }

ojson actual_json(const Actual& a) {
    ojson j = ojson::object();
    if (!a.value.empty()) j["value"] = a.value.text;
    if (!a.components.empty()) {
        ojson c = ojson::object();
        for (const auto& [k, v] : a.components) c[k] = v;
        j["components"] = std::move(c);
    }
    if (!a.note.empty()) j["note"] = a.note;
    if (!a.evidence.empty()) {
        ojson list = ojson::array();
        for (const auto& e : a.evidence) list.push_back(ojson{{"date", e.date}, {"place", e.place}, {"note", e.note}, {"value", e.value.text}});
        j["evidence"] = std::move(list);
    }
    if (a.from_evidence != EvidenceRule::None) j["from_evidence"] = to_string(a.from_evidence);
    return j;
}

ojson signatory_json(const Signatory& s) { return ojson{{"title", s.title}, {"name", s.name}, {"rank", s.rank}, {"nip", s.nip}}; }

ojson indicator_json(const Indicator& ind) {
    // Fields equal to their default are left out: a national file of 300,000 indicators stays about half the size.
    ojson j;
    j["id"] = ind.id;
    j["code"] = ind.code;
    j["name"] = ind.name;
    if (!ind.definition.empty()) j["definition"] = ind.definition;
    if (!ind.formula.text.empty() || !ind.formula.expression.empty() || !ind.formula.components.empty()) {
        ojson f;
        f["text"] = ind.formula.text;
        if (!ind.formula.expression.empty()) f["expression"] = ind.formula.expression;
        if (!ind.formula.components.empty()) {
            ojson comps = ojson::array();
            for (const auto& c : ind.formula.components) comps.push_back(ojson{{"id", c.id}, {"label", c.label}, {"unit", c.unit}});
            f["components"] = std::move(comps);
        }
        j["formula"] = std::move(f);
    }
    if (!ind.unit.empty()) j["unit"] = ind.unit;
    if (ind.kind != ValueKind::Number) j["kind"] = to_string(ind.kind);
    if (ind.polarity != Polarity::Maximize) j["polarity"] = to_string(ind.polarity);
    if (ind.aggregation != Aggregation::Last) j["aggregation"] = to_string(ind.aggregation);
    if (ind.cap.rule == IndicatorCap::Rule::None) j["cap"] = "none";
    if (ind.cap.rule == IndicatorCap::Rule::At) j["cap"] = ind.cap.at;
    if (ind.grade_scale != "akip") j["grade_scale"] = ind.grade_scale;
    if (!ind.data_source.empty()) j["data_source"] = ind.data_source;
    if (!ind.owner.empty()) j["owner"] = ind.owner;
    if (!ind.baseline.empty()) j["baseline"] = value_json(ind.baseline);
    if (!ind.supports.empty()) j["supports"] = ind.supports;
    ojson years = ojson::object();
    for (const auto& [year, e] : ind.years) {
        ojson y = ojson::object();
        y["target"] = e.target.text;
        bool any_qt = false;
        for (const auto& q : e.quarter_targets) any_qt = any_qt || !q.empty();
        if (any_qt) {
            ojson q = ojson::array();
            for (const auto& v : e.quarter_targets) q.push_back(v.text);
            y["quarter_targets"] = std::move(q);
        }
        if (!e.actual.empty()) y["actual"] = actual_json(e.actual);
        bool any_qa = false;
        for (const auto& q : e.quarter_actuals) any_qa = any_qa || !q.empty();
        if (any_qa) {
            ojson q = ojson::array();
            for (const auto& a : e.quarter_actuals) q.push_back(actual_json(a));
            y["quarter_actuals"] = std::move(q);
        }
        if (!e.activities.empty()) y["activities"] = e.activities;
        years[std::to_string(year)] = std::move(y);
    }
    if (!years.empty()) j["years"] = std::move(years);
    return j;
}

ojson plan_json(const Plan& p) {
    ojson j;
    j["id"] = p.id;
    j["title"] = p.title;
    j["office"] = ojson{{"name", p.office.name}, {"government", p.office.government}, {"code", p.office.code}, {"place", p.office.place}};
    j["period"] = ojson{{"start", p.start_year}, {"end", p.end_year}};
    j["signatory"] = signatory_json(p.signatory);
    j["superior"] = signatory_json(p.superior);
    ojson chapters = ojson::array();
    for (const auto& c : p.chapters) chapters.push_back(ojson{{"id", c.id}, {"title", c.title}, {"text", c.text}});
    j["chapters"] = std::move(chapters);
    ojson settings;
    settings["minimize_rule"] = to_string(p.settings.minimize_rule);
    settings["cap"] = p.settings.cap ? ojson(*p.settings.cap) : ojson(nullptr);
    settings["scale_name"] = p.settings.scale_name;
    ojson bands = ojson::array();
    for (const auto& b : p.settings.bands) {
        ojson bj;
        bj["label"] = b.label;
        bj["min"] = b.min;
        bj["min_inclusive"] = b.min_inclusive;
        bj["max"] = b.max ? ojson(*b.max) : ojson(nullptr);
        bj["max_inclusive"] = b.max_inclusive;
        bj["color"] = b.color;
        bands.push_back(std::move(bj));
    }
    settings["bands"] = std::move(bands);
    j["settings"] = std::move(settings);
    ojson scales = ojson::array();
    for (const auto& g : p.grade_scales) {
        ojson steps = ojson::array();
        for (const auto& s : g.steps) steps.push_back(ojson{{"label", s.label}, {"min", s.min_score}, {"max", s.max_score}});
        scales.push_back(ojson{{"id", g.id}, {"name", g.name}, {"steps", std::move(steps)}});
    }
    j["grade_scales"] = std::move(scales);
    if (!p.programs.empty()) {  // written only when there are some: files without programs keep their bytes
        ojson programs = ojson::array();
        for (const auto& program : p.programs) {
            ojson budget = ojson::object();
            for (const auto& [year, v] : program.budget) budget[std::to_string(year)] = v.text;
            programs.push_back(ojson{{"id", program.id}, {"name", program.name}, {"budget", std::move(budget)}});
        }
        j["programs"] = std::move(programs);
    }
    ojson objectives = ojson::array();
    for (const auto& o : p.objectives) {
        ojson inds = ojson::array();
        for (const auto& ind : o.indicators) inds.push_back(indicator_json(ind));
        objectives.push_back(ojson{{"id", o.id}, {"code", o.code}, {"name", o.name}, {"indicators", std::move(inds)}});
    }
    j["objectives"] = std::move(objectives);
    return j;
}

}  // namespace

PlanReadResult read_plans(const std::string& text) {
    // The fast SAX reader takes the common case, a valid version 2 file; anything else (errors, version 1, rare
    // layouts) is read by the DOM reader, which gives the diagnostics. The SAX reader accepts only valid JSON,
    // which is never empty and always UTF-8 without NUL bytes, so the file-level checks are left to the DOM reader.
    if (auto plans = read_plans_sax(text)) {
        PlanReadResult result;
        result.plans = std::move(*plans);
        return result;
    }
    return read_plans_dom(text);
}

PlanReadResult read_plans_dom(const std::string& text) {
    PlanReadResult result;
    Reader r;
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        r.error("import.empty_file", "berkas kosong", "the file is empty", "");
        result.errors = std::move(r.errors);
        return result;
    }
    // A workbook, document or PDF dropped by mistake: said as such, not as a JSON syntax error at line 1.
    if (auto file = foreign_file(text)) {
        not_json(r, file);
        result.errors = std::move(r.errors);
        return result;
    }
    // A file cut in the middle of a character is cut short, not binary: the JSON before the cut is what is read.
    std::string_view body = text;
    const size_t bad = first_non_text_byte(text);
    auto not_text = [&] {
        r.error("import.not_text", "berkas bukan teks UTF-8 (byte ke-" + std::to_string(bad + 1) + ")",
                "the file is not UTF-8 text (byte " + std::to_string(bad + 1) + ")", "");
        result.errors = std::move(r.errors);
        return result;
    };
    if (bad != std::string::npos) {
        if (bad != cut_inside_character(text)) return not_text();
        body = body.substr(0, bad);
    }
    // Parsed without exceptions (the browser build has them disabled); on failure a SAX pass finds the position.
    json doc = json::parse(body.begin(), body.end(), nullptr, false);
    if (bad != std::string::npos && !doc.is_discarded()) return not_text();  // whole JSON, then a stray byte
    if (doc.is_discarded()) {
        if (!starts_like_json(body)) {  // e.g. a CSV or a text: it never began as JSON
            not_json(r, std::nullopt);
            result.errors = std::move(r.errors);
            return result;
        }
        ErrorPosition where_failed;
        json::sax_parse(body.begin(), body.end(), &where_failed, json::input_format_t::json, true);
        // The parser reads one past the end when the text stops before the JSON is complete: the file is cut short.
        const bool cut_short = where_failed.byte > body.size();
        size_t byte = where_failed.byte > 0 ? where_failed.byte - 1 : 0;
        size_t line = 1, column = 1;
        for (size_t i = 0; i < byte && i < body.size(); ++i) {
            if (body[i] == '\n') { ++line; column = 1; }
            else if ((static_cast<unsigned char>(body[i]) & 0xC0) != 0x80) ++column;
        }
        // The line and column are the location, which every display shows beside the message (the CLI line, the
        // app's dialog, window.tolok); the message does not repeat them. Only a number located by its JSON pointer
        // tells its line and column in the message.
        std::string where_en = "line " + std::to_string(line) + ", column " + std::to_string(column);
        if (where_failed.number_overflow) {
            // The parser stops at the number's last character: the column where it starts is told.
            size_t start_column = column >= where_failed.token.size() ? column + 1 - where_failed.token.size() : 1;
            where_en = "line " + std::to_string(line) + ", column " + std::to_string(start_column);
            const bool pointer = !where_failed.pointer.empty();
            std::string number = where_failed.token.size() > 40 ? where_failed.token.substr(0, 40) + "..." : where_failed.token;
            r.error("json.number_out_of_range",
                    "angka " + number + " di luar jangkauan (terlalu besar untuk dibaca)" +
                        (pointer ? " pada " + location_label(where_en, Lang::Id) : std::string()),
                    "the number " + number + " is out of range (too large to read)" + (pointer ? " at " + where_en : std::string()),
                    pointer ? where_failed.pointer : where_en);
        } else if (cut_short)
            r.error("json.syntax",
                    "berkas terpotong: JSON berhenti sebelum selesai (bagian akhir berkas hilang); minta atau simpan ulang "
                    "berkas yang utuh",
                    "the file is cut short: the JSON stops before it is complete (the end of the file is missing); get or "
                    "save the whole file again",
                    where_en);
        else
            r.error("json.syntax", "JSON tidak sah (salah ketik atau berkas rusak?)", "invalid JSON (a typo or a damaged file?)",
                    where_en);
        result.errors = std::move(r.errors);
        return result;
    }
    if (!doc.is_object()) {
        r.error("import.wrong_type", std::string("isi berkas harus objek JSON, bukan ") + type_name_id(doc),
                std::string("the file must hold a JSON object, not ") + type_name_en(doc), "");
        result.errors = std::move(r.errors);
        return result;
    }
    auto format = doc.find("format");
    if (format == doc.end() || !format->is_string() || format->get_ref<const std::string&>() != kPlanFormat) {
        r.error("import.unknown_format", std::string("bukan berkas rencana Tolok (\"format\" harus \"") + kPlanFormat + "\")",
                std::string("not a Tolok plan file (\"format\" must be \"") + kPlanFormat + "\")", "/format");
        result.errors = std::move(r.errors);
        return result;
    }
    auto version = doc.find("version");
    if (version == doc.end()) {
        r.error("import.missing_field", "kolom \"version\" (bilangan bulat) tidak ada", "field \"version\" (an integer) is missing", "/version");
        result.errors = std::move(r.errors);
        return result;
    }
    if (!version->is_number_integer()) {  // "2", 2.5, or a number too large to be an integer (1e20)
        std::string got_id = type_name_id(*version), got_en = type_name_en(*version);
        if (version->is_number_float() || version->is_string()) {
            std::string shown = version->dump(-1, ' ', false, json::error_handler_t::replace);
            if (shown.size() > 40) shown = shown.substr(0, 40) + "...";
            got_id += " " + shown;
            got_en += " " + shown;
        }
        r.error("import.wrong_type", "\"version\" harus bilangan bulat seperti " + std::to_string(kPlanFormatVersion) + ", bukan " + got_id,
                "\"version\" must be an integer such as " + std::to_string(kPlanFormatVersion) + ", not " + got_en, "/version");
        result.errors = std::move(r.errors);
        return result;
    }
    const std::string supported = "1-" + std::to_string(kPlanFormatVersion);
    if (version->is_number_unsigned() ? version->get<unsigned long long>() > static_cast<unsigned long long>(kPlanFormatVersion)
                                      : version->get<long long>() > kPlanFormatVersion) {
        std::string shown = version->dump();
        r.error("import.unsupported_version",
                "versi berkas " + shown + " lebih baru dari yang didukung (" + supported + "); perbarui Tolok",
                "file version " + shown + " is newer than supported (" + supported + "); update Tolok", "/version");
        result.errors = std::move(r.errors);
        return result;
    }
    const long long v = version->get<long long>();
    if (v < 1) {
        r.error("import.unsupported_version",
                "versi berkas " + std::to_string(v) + " tidak sah: versi dimulai dari 1 (didukung " + supported + ")",
                "file version " + std::to_string(v) + " is not a valid version: versions start at 1 (supported " + supported + ")",
                "/version");
        result.errors = std::move(r.errors);
        return result;
    }
    auto plan_it = doc.find("plan");
    auto plans_it = doc.find("plans");
    if (plan_it != doc.end() && plans_it != doc.end()) {
        r.error("import.both_plan_and_plans",
                "berkas berisi \"plan\" (satu rencana) dan juga \"plans\" (beberapa rencana); harus salah satu saja",
                "the file holds both \"plan\" (one plan) and \"plans\" (several plans); it must hold only one of them",
                "/plans");
        result.errors = std::move(r.errors);
        return result;
    }
    if (plan_it == doc.end() && plans_it == doc.end()) {
        r.error("import.missing_field", "kolom \"plan\" (satu rencana) atau \"plans\" (beberapa rencana) tidak ada",
                "field \"plan\" (one plan) or \"plans\" (several plans) is missing", "/plan");
        result.errors = std::move(r.errors);
        return result;
    }
    std::vector<Plan> plans;
    std::set<std::string> plan_ids;
    auto read_one = [&](json& pj) {
        if (v == 1)
            for (const V1TargetConflict& c : migrate_v1(pj)) {
                Scope so(r.path, "objectives"), soi(r.path, c.objective), si(r.path, "indicators"), sii(r.path, c.indicator),
                    st(r.path, "targets"), sy(r.path, c.year);
                r.error("import.conflicting_target",
                        "target tahun " + c.year + " tertulis dua kali dan berbeda: \"" + c.in_targets + "\" di \"targets\", \"" +
                            c.in_years + "\" di \"years\"; sisakan satu",
                        "the target of " + c.year + " is written twice, differently: \"" + c.in_targets + "\" in \"targets\", \"" +
                            c.in_years + "\" in \"years\"; keep one");
            }
        Plan p;
        r.read_plan(pj, p);
        if (!p.id.empty() && !plan_ids.insert(p.id).second) {
            Scope s(r.path, "id");
            r.error("import.duplicate_id", "id rencana \"" + p.id + "\" dipakai dua kali", "plan id \"" + p.id + "\" is used twice");
        }
        plans.push_back(std::move(p));
    };
    if (plan_it != doc.end()) {
        Scope s(r.path, "plan");
        read_one(*plan_it);
    } else {
        Scope s(r.path, "plans");
        if (!plans_it->is_array()) r.wrong_type(*plans_it, "larik", "an array");
        else if (plans_it->empty()) r.error("import.missing_field", "\"plans\" kosong", "\"plans\" is empty");
        else
            for (size_t i = 0; i < plans_it->size(); ++i) {
                Scope si(r.path, i);
                read_one((*plans_it)[i]);
            }
    }
    if (!r.errors.empty()) {
        result.errors = std::move(r.errors);
        return result;
    }
    result.plans = std::move(plans);
    return result;
}

std::string write_plan(const Plan& plan) {
    ojson doc;
    doc["format"] = kPlanFormat;
    doc["version"] = kPlanFormatVersion;
    doc["plan"] = plan_json(plan);
    return doc.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

namespace {
std::string plans_text(const std::vector<Plan>& plans, int indent) {
    ojson doc;
    doc["format"] = kPlanFormat;
    doc["version"] = kPlanFormatVersion;
    ojson list = ojson::array();
    for (const auto& p : plans) list.push_back(plan_json(p));
    doc["plans"] = std::move(list);
    return doc.dump(indent, ' ', false, ojson::error_handler_t::replace) + "\n";
}
}  // namespace

std::string write_plans(const std::vector<Plan>& plans) { return plans_text(plans, 2); }

std::string write_plans_compact(const std::vector<Plan>& plans) { return plans_text(plans, -1); }

}  // namespace tolok
