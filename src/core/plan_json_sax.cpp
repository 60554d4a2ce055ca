// Fast path of the plan reader (see plan_json_read.h): maps the SAX events of a JSON text (plan_json_scan.h, the
// events nlohmann::json::sax_parse would give) straight into the model, without building a DOM. It accepts exactly the inputs that the DOM reader (plan_json.cpp) reads without any
// diagnostic and builds the same plans; it stops at the first thing it would have to report (or cannot map in one
// pass) and returns nullopt, and read_plans then re-reads with the DOM reader for the diagnostics. Also here, on the
// same scanner: is_plan_bundle (plan_json.h).
#include <cstdint>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <string_view>
#include <unordered_set>

#include "achievement.h"
#include "plan_json_read.h"
#include "plan_json_scan.h"

namespace tolok {

namespace {

using json = nlohmann::json;

// Where the parser is: one frame per open object or array of the file.
enum class Ctx : unsigned char {
    Document, Root, Plans, Plan, Office, Period, Signatory, Chapters, Chapter, Settings, Bands, Band, Scales, Scale,
    Steps, Step, Objectives, Objective, Indicators, Indicator, Formula, Components, Component, Years, Year,
    QuarterTargets, QuarterActuals, Actual, ActualComponents, EvidenceList, Evidence, Programs, Program, ProgramBudget,
    Skip,   // an unknown field's value (ignored, like the DOM reader does)
    Refuse  // not a child the DOM reader accepts without a diagnostic: the fast path stops
};

// Field names of each object, in the order of its enum (the enum value is the bit in Frame::seen).
struct RootKeys { enum : int { format, version, plan, plans }; };
constexpr std::string_view kRootKeys[] = {"format", "version", "plan", "plans", {}};
struct PlanKeys { enum : int { id, title, office, period, signatory, superior, chapters, settings, grade_scales, objectives, programs }; };
constexpr std::string_view kPlanKeys[] = {"id", "title", "office", "period", "signatory", "superior", "chapters", "settings",
                                 "grade_scales", "objectives", "programs", {}};
struct ProgramKeys { enum : int { id, name, budget }; };
constexpr std::string_view kProgramKeys[] = {"id", "name", "budget", {}};
struct OfficeKeys { enum : int { name, government, code, place }; };
constexpr std::string_view kOfficeKeys[] = {"name", "government", "code", "place", {}};
struct PeriodKeys { enum : int { start, end }; };
constexpr std::string_view kPeriodKeys[] = {"start", "end", {}};
struct SignatoryKeys { enum : int { title, name, rank, nip }; };
constexpr std::string_view kSignatoryKeys[] = {"title", "name", "rank", "nip", {}};
struct ChapterKeys { enum : int { id, title, text }; };
constexpr std::string_view kChapterKeys[] = {"id", "title", "text", {}};
struct SettingsKeys { enum : int { minimize_rule, cap, scale_name, bands }; };
constexpr std::string_view kSettingsKeys[] = {"minimize_rule", "cap", "scale_name", "bands", {}};
struct BandKeys { enum : int { label, min, max, min_inclusive, max_inclusive, color }; };
constexpr std::string_view kBandKeys[] = {"label", "min", "max", "min_inclusive", "max_inclusive", "color", {}};
struct ScaleKeys { enum : int { id, name, steps }; };
constexpr std::string_view kScaleKeys[] = {"id", "name", "steps", {}};
struct StepKeys { enum : int { label, min, max }; };
constexpr std::string_view kStepKeys[] = {"label", "min", "max", {}};
struct ObjectiveKeys { enum : int { id, code, name, indicators }; };
constexpr std::string_view kObjectiveKeys[] = {"id", "code", "name", "indicators", {}};
struct IndicatorKeys {
    enum : int { id, code, name, definition, formula, unit, kind, polarity, aggregation, cap, grade_scale, data_source,
                 owner, baseline, supports, years };
};
constexpr std::string_view kIndicatorKeys[] = {"id", "code", "name", "definition", "formula", "unit", "kind", "polarity",
                                               "aggregation", "cap", "grade_scale", "data_source", "owner", "baseline",
                                               "supports", "years", {}};
struct FormulaKeys { enum : int { text, expression, components }; };
constexpr std::string_view kFormulaKeys[] = {"text", "expression", "components", {}};
struct ComponentKeys { enum : int { id, label, unit }; };
constexpr std::string_view kComponentKeys[] = {"id", "label", "unit", {}};
struct YearKeys { enum : int { target, quarter_targets, actual, quarter_actuals, activities }; };
constexpr std::string_view kYearKeys[] = {"target", "quarter_targets", "actual", "quarter_actuals", "activities", {}};
struct ActualKeys { enum : int { value, components, note, evidence, from_evidence }; };
constexpr std::string_view kActualKeys[] = {"value", "components", "note", "evidence", "from_evidence", {}};
struct EvidenceKeys { enum : int { date, place, note, value }; };
constexpr std::string_view kEvidenceKeys[] = {"date", "place", "note", "value", {}};

constexpr unsigned bit(int field) { return 1u << field; }

// The field names of an object context (ending with an empty name); nullptr for arrays and maps (years, the
// components of an actual).
const std::string_view* keys_of(Ctx c) {
    switch (c) {
        case Ctx::Root: return kRootKeys;
        case Ctx::Plan: return kPlanKeys;
        case Ctx::Office: return kOfficeKeys;
        case Ctx::Period: return kPeriodKeys;
        case Ctx::Signatory: return kSignatoryKeys;
        case Ctx::Chapter: return kChapterKeys;
        case Ctx::Settings: return kSettingsKeys;
        case Ctx::Band: return kBandKeys;
        case Ctx::Scale: return kScaleKeys;
        case Ctx::Step: return kStepKeys;
        case Ctx::Objective: return kObjectiveKeys;
        case Ctx::Indicator: return kIndicatorKeys;
        case Ctx::Formula: return kFormulaKeys;
        case Ctx::Component: return kComponentKeys;
        case Ctx::Year: return kYearKeys;
        case Ctx::Actual: return kActualKeys;
        case Ctx::Evidence: return kEvidenceKeys;
        case Ctx::Program: return kProgramKeys;
        default: return nullptr;
    }
}

// Fields an object must have (the DOM reader reports import.missing_field otherwise).
unsigned required_of(Ctx c) {
    switch (c) {
        case Ctx::Plan: return bit(PlanKeys::id) | bit(PlanKeys::office) | bit(PlanKeys::period) | bit(PlanKeys::objectives);
        case Ctx::Office: return bit(OfficeKeys::name);
        case Ctx::Period: return bit(PeriodKeys::start) | bit(PeriodKeys::end);
        case Ctx::Chapter: return bit(ChapterKeys::id);
        case Ctx::Band: return bit(BandKeys::label) | bit(BandKeys::min);
        case Ctx::Scale: return bit(ScaleKeys::id) | bit(ScaleKeys::steps);
        case Ctx::Step: return bit(StepKeys::label) | bit(StepKeys::min) | bit(StepKeys::max);
        case Ctx::Objective: return bit(ObjectiveKeys::id) | bit(ObjectiveKeys::name) | bit(ObjectiveKeys::indicators);
        case Ctx::Indicator: return bit(IndicatorKeys::id) | bit(IndicatorKeys::name);
        case Ctx::Component: return bit(ComponentKeys::id);
        case Ctx::Program: return bit(ProgramKeys::id) | bit(ProgramKeys::name);
        default: return 0;
    }
}

struct Frame {
    Ctx ctx;
    unsigned seen = 0;  // objects: bit per field already read (a second one is a duplicate key)
    size_t count = 0;   // arrays: elements read so far
};

// One scalar event of the parser, typed the way the DOM reader tests its values.
struct Scalar {
    enum Kind { Null, Bool, Integer, Float, String } kind = Null;
    bool boolean = false;
    long long integer = 0;  // as json::get<long long>() gives it (unsigned values wrap the same way)
    double number = 0;      // as json::get<double>() gives it
    const std::string* text = nullptr;
};

bool read_text(const Scalar& v, std::string& out) {
    if (v.kind != Scalar::String) return false;
    out = *v.text;
    return true;
}
bool read_value(const Scalar& v, Value& out) {
    if (v.kind != Scalar::String) return false;
    out = parse_value(*v.text);
    return true;
}
bool read_number(const Scalar& v, double& out) {
    if (v.kind != Scalar::Integer && v.kind != Scalar::Float) return false;
    out = v.number;
    return true;
}
bool read_integer(const Scalar& v, int& out) {
    if (v.kind != Scalar::Integer || v.integer < -1000000 || v.integer > 1000000) return false;
    out = static_cast<int>(v.integer);
    return true;
}
bool read_boolean(const Scalar& v, bool& out) {
    if (v.kind != Scalar::Bool) return false;
    out = v.boolean;
    return true;
}
template <class E>
bool read_enum(const Scalar& v, E& out, std::optional<E> (*from)(const std::string&)) {
    if (v.kind != Scalar::String) return false;
    auto e = from(*v.text);
    if (!e) return false;
    out = *e;
    return true;
}

// The SAX handler (the json_sax interface of nlohmann, driven by scan_json, which gives the events nlohmann would).
// Every handler returns false, which stops the parse, as soon as the DOM reader would report a problem.
class PlanSax {
public:
    std::vector<Plan> plans;

    PlanSax() {
        stack_.reserve(32);
        stack_.push_back({Ctx::Document});
    }

    bool null() { return scalar(Scalar{}); }
    bool boolean(bool b) {
        Scalar v;
        v.kind = Scalar::Bool;
        v.boolean = b;
        return scalar(v);
    }
    bool number_integer(json::number_integer_t i) {
        Scalar v;
        v.kind = Scalar::Integer;
        v.integer = static_cast<long long>(i);
        v.number = static_cast<double>(i);
        return scalar(v);
    }
    bool number_unsigned(json::number_unsigned_t u) {
        Scalar v;
        v.kind = Scalar::Integer;
        v.integer = static_cast<long long>(u);
        v.number = static_cast<double>(u);
        return scalar(v);
    }
    bool number_float(json::number_float_t d, const json::string_t&) {
        Scalar v;
        v.kind = Scalar::Float;
        v.number = d;
        return scalar(v);
    }
    bool string(json::string_t& s) {
        Scalar v;
        v.kind = Scalar::String;
        v.text = &s;
        return scalar(v);
    }
    bool binary(json::binary_t&) { return false; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

    bool key(json::string_t& k) {
        Frame& f = stack_.back();
        if (f.ctx == Ctx::Skip) return true;
        if (f.ctx == Ctx::Years || f.ctx == Ctx::ActualComponents || f.ctx == Ctx::ProgramBudget) {
            map_key_ = k;
            return true;
        }
        field_ = -1;
        const std::string_view* names = keys_of(f.ctx);
        for (int i = 0; !names[i].empty(); ++i)
            if (std::string_view(k) == names[i]) {
                if (f.seen & bit(i)) return false;  // a duplicate key: the DOM keeps the last one; leave it to the DOM
                f.seen |= bit(i);
                field_ = i;
                break;
            }
        return true;
    }

    bool start_object(std::size_t) {
        Ctx child = open_object();
        if (child == Ctx::Refuse) return false;
        stack_.push_back({child});
        return true;
    }
    bool start_array(std::size_t) {
        Ctx child = open_array();
        if (child == Ctx::Refuse) return false;
        stack_.push_back({child});
        return true;
    }
    bool end_object() {
        Frame f = stack_.back();
        stack_.pop_back();
        if (f.ctx == Ctx::Skip) return true;
        if ((f.seen & required_of(f.ctx)) != required_of(f.ctx)) return false;
        return close_object(f);
    }
    bool end_array() {
        Frame f = stack_.back();
        stack_.pop_back();
        switch (f.ctx) {
            case Ctx::Plans: return f.count > 0;
            case Ctx::QuarterTargets:
            case Ctx::QuarterActuals: return f.count == 4;
            case Ctx::Indicators:  // moved out of the scratch list into a list of the exact size
                objective_->indicators.reserve(indicators_.size());
                for (Indicator& ind : indicators_) objective_->indicators.push_back(std::move(ind));
                indicators_.clear();
                return true;
            default: return true;
        }
    }

private:
    std::vector<Frame> stack_;
    int field_ = -1;        // the field whose value comes next in the innermost object; -1 = an unknown field
    std::string map_key_;   // the key whose value comes next, in a year or component map
    bool format_ok_ = false, version_ok_ = false;
    bool period_read_ = false;
    bool check_components_ = false;  // the indicator has actual components to check against its formula

    // The model parts being filled (each valid while its frame is open).
    Plan* plan_ = nullptr;
    Signatory* signatory_ = nullptr;
    GradeScale* scale_ = nullptr;
    Objective* objective_ = nullptr;
    Indicator* indicator_ = nullptr;
    YearEntry* year_ = nullptr;
    Actual* actual_ = nullptr;
    std::vector<Indicator> indicators_;  // the indicators of the objective being read (reused: no regrowth)
    std::set<std::string> plan_ids_, chapter_ids_, component_ids_, program_ids_;
    std::unordered_set<std::string> objective_ids_, indicator_ids_;

    // ---- scalars ----
    bool scalar(const Scalar& v) {
        Frame& f = stack_.back();
        int k = field_;
        switch (f.ctx) {
            case Ctx::Skip: return true;
            case Ctx::Root:
                if (k == RootKeys::format) return format_ok_ = v.kind == Scalar::String && *v.text == kPlanFormat;
                if (k == RootKeys::version) return version_ok_ = v.kind == Scalar::Integer && v.integer == kPlanFormatVersion;
                return k < 0;
            case Ctx::Plan:
                if (k == PlanKeys::id) return read_text(v, plan_->id);
                if (k == PlanKeys::title) return read_text(v, plan_->title);
                return k < 0;
            case Ctx::Office: {
                Office& o = plan_->office;
                std::string* out[] = {&o.name, &o.government, &o.code, &o.place};
                return k < 0 || read_text(v, *out[k]);
            }
            case Ctx::Period:
                if (k == PeriodKeys::start) return read_integer(v, plan_->start_year);
                if (k == PeriodKeys::end) return read_integer(v, plan_->end_year);
                return true;
            case Ctx::Signatory: {
                Signatory& s = *signatory_;
                std::string* out[] = {&s.title, &s.name, &s.rank, &s.nip};
                return k < 0 || read_text(v, *out[k]);
            }
            case Ctx::Chapter: {
                Chapter& c = plan_->chapters.back();
                std::string* out[] = {&c.id, &c.title, &c.text};
                return k < 0 || read_text(v, *out[k]);
            }
            case Ctx::Program: {
                Program& p = plan_->programs.back();
                if (k == ProgramKeys::id) return read_text(v, p.id);
                if (k == ProgramKeys::name) return read_text(v, p.name);
                return k < 0;  // "budget" as a scalar: the DOM reader says so
            }
            case Ctx::ProgramBudget: {  // "2023": "Rp 1.250.000": a year of the period, once
                const std::string& key = map_key_;
                if (key.empty() || key.size() > 4) return false;
                int year = 0;
                for (char c : key) {
                    if (c < '0' || c > '9') return false;
                    year = year * 10 + (c - '0');
                }
                if (!plan_->in_period(year)) return false;
                auto [it, inserted] = plan_->programs.back().budget.try_emplace(year);
                return inserted && read_value(v, it->second);
            }
            case Ctx::Settings: {
                AchievementSettings& s = plan_->settings;
                if (k == SettingsKeys::minimize_rule) return read_enum(v, s.minimize_rule, minimize_rule_from_string);
                if (k == SettingsKeys::cap) {
                    if (v.kind == Scalar::Null) return true;
                    double cap = 0;
                    if (!read_number(v, cap) || cap <= 0) return false;
                    s.cap = cap;
                    return true;
                }
                if (k == SettingsKeys::scale_name) return read_text(v, s.scale_name);
                return k < 0;
            }
            case Ctx::Band: {
                CategoryBand& b = plan_->settings.bands.back();
                switch (k) {
                    case BandKeys::label: return read_text(v, b.label);
                    case BandKeys::min: return read_number(v, b.min);
                    case BandKeys::max: {
                        double max = 0;
                        if (v.kind == Scalar::Null) return true;
                        if (!read_number(v, max)) return false;
                        b.max = max;
                        return true;
                    }
                    case BandKeys::min_inclusive: return read_boolean(v, b.min_inclusive);
                    case BandKeys::max_inclusive: return read_boolean(v, b.max_inclusive);
                    case BandKeys::color: return read_text(v, b.color);
                    default: return true;
                }
            }
            case Ctx::Scale:
                if (k == ScaleKeys::id) return read_text(v, scale_->id);
                if (k == ScaleKeys::name) return read_text(v, scale_->name);
                return k < 0;
            case Ctx::Step: {
                GradeStep& s = scale_->steps.back();
                if (k == StepKeys::label) return read_text(v, s.label);
                if (k == StepKeys::min) return read_number(v, s.min_score);
                if (k == StepKeys::max) return read_number(v, s.max_score);
                return true;
            }
            case Ctx::Objective:
                if (k == ObjectiveKeys::id) return read_text(v, objective_->id);
                if (k == ObjectiveKeys::code) return read_text(v, objective_->code);
                if (k == ObjectiveKeys::name) return read_text(v, objective_->name);
                return k < 0;
            case Ctx::Indicator: return indicator_scalar(k, v);
            case Ctx::Formula:
                if (k == FormulaKeys::text) return read_text(v, indicator_->formula.text);
                if (k == FormulaKeys::expression) return read_text(v, indicator_->formula.expression);
                return k < 0;
            case Ctx::Component: {
                Component& c = indicator_->formula.components.back();
                std::string* out[] = {&c.id, &c.label, &c.unit};
                return k < 0 || read_text(v, *out[k]);
            }
            case Ctx::Year:
                if (k == YearKeys::target) return read_value(v, year_->target);
                if (k == YearKeys::activities) return read_text(v, year_->activities);
                return k < 0;
            case Ctx::QuarterTargets: {
                if (f.count >= 4) return false;
                return read_value(v, year_->quarter_targets[f.count++]);
            }
            case Ctx::Actual:
                if (k == ActualKeys::value) return read_value(v, actual_->value);
                if (k == ActualKeys::note) return read_text(v, actual_->note);
                if (k == ActualKeys::from_evidence) return read_enum(v, actual_->from_evidence, evidence_rule_from_string);
                return k < 0;
            case Ctx::ActualComponents: {
                double number = 0;
                if (!read_number(v, number)) return false;
                check_components_ = true;
                return actual_->components.emplace(map_key_, number).second;  // a repeated key: leave it to the DOM
            }
            case Ctx::Evidence: {
                Evidence& e = actual_->evidence.back();
                if (k == EvidenceKeys::value) return read_value(v, e.value);
                std::string* out[] = {&e.date, &e.place, &e.note};
                return k < 0 || read_text(v, *out[k]);
            }
            default: return false;  // a scalar where an object or array is required
        }
    }

    bool indicator_scalar(int k, const Scalar& v) {
        Indicator& ind = *indicator_;
        switch (k) {
            case IndicatorKeys::id: return read_text(v, ind.id);
            case IndicatorKeys::code: return read_text(v, ind.code);
            case IndicatorKeys::name: return read_text(v, ind.name);
            case IndicatorKeys::definition: return read_text(v, ind.definition);
            case IndicatorKeys::unit: return read_text(v, ind.unit);
            case IndicatorKeys::kind: return read_enum(v, ind.kind, value_kind_from_string);
            case IndicatorKeys::polarity: return read_enum(v, ind.polarity, polarity_from_string);
            case IndicatorKeys::aggregation: return read_enum(v, ind.aggregation, aggregation_from_string);
            case IndicatorKeys::cap: {  // a number above 0 or "none"; anything else goes to the checking reader
                if (v.kind == Scalar::Null) return true;
                if (v.kind == Scalar::String) {
                    if (*v.text != "none") return false;
                    ind.cap.rule = IndicatorCap::Rule::None;
                    return true;
                }
                double at = 0;
                if (!read_number(v, at) || !(at > 0) || !std::isfinite(at)) return false;
                ind.cap.rule = IndicatorCap::Rule::At;
                ind.cap.at = at;
                return true;
            }
            case IndicatorKeys::grade_scale: return read_text(v, ind.grade_scale);
            case IndicatorKeys::data_source: return read_text(v, ind.data_source);
            case IndicatorKeys::owner: return read_text(v, ind.owner);
            case IndicatorKeys::baseline: return read_value(v, ind.baseline);
            case IndicatorKeys::supports: return read_text(v, ind.supports);
            case IndicatorKeys::formula:
            case IndicatorKeys::years: return false;  // must be objects
            default: return true;
        }
    }

    // ---- objects and arrays: the context of the one that starts here (Refuse: stop the fast path) ----
    // The context of the object that starts here.
    Ctx open_object() {
        Frame& f = stack_.back();
        int k = field_;
        switch (f.ctx) {
            case Ctx::Skip: return Ctx::Skip;
            case Ctx::Document: return Ctx::Root;
            case Ctx::Root:
                if (k == RootKeys::plan) return start_plan();
                return k < 0 ? Ctx::Skip : Ctx::Refuse;
            case Ctx::Plans: ++f.count; return start_plan();
            case Ctx::Plan:
                switch (k) {
                    case PlanKeys::office: return Ctx::Office;
                    case PlanKeys::period: return Ctx::Period;
                    case PlanKeys::signatory:
                    case PlanKeys::superior:
                        signatory_ = k == PlanKeys::superior ? &plan_->superior : &plan_->signatory;
                        return Ctx::Signatory;
                    case PlanKeys::settings: return Ctx::Settings;
                    case -1: return Ctx::Skip;
                    default: return Ctx::Refuse;
                }
            case Ctx::Chapters: plan_->chapters.emplace_back(); return Ctx::Chapter;
            case Ctx::Programs: plan_->programs.emplace_back(); return Ctx::Program;
            case Ctx::Program:
                if (k == ProgramKeys::budget) return Ctx::ProgramBudget;
                return k < 0 ? Ctx::Skip : Ctx::Refuse;
            case Ctx::Bands: plan_->settings.bands.emplace_back(); return Ctx::Band;
            case Ctx::Scales: scale_ = &plan_->grade_scales.emplace_back(); return Ctx::Scale;
            case Ctx::Steps: scale_->steps.emplace_back(); return Ctx::Step;
            case Ctx::Objectives: objective_ = &plan_->objectives.emplace_back(); return Ctx::Objective;
            case Ctx::Indicators:
                indicator_ = &indicators_.emplace_back();
                check_components_ = false;
                return Ctx::Indicator;
            case Ctx::Indicator:
                if (k == IndicatorKeys::formula) return Ctx::Formula;
                if (k == IndicatorKeys::years)  // a plan whose period is 0-0 ignores the years (as the DOM reader does)
                    return plan_->start_year == 0 && plan_->end_year == 0 ? Ctx::Skip : Ctx::Years;
                return k < 0 ? Ctx::Skip : Ctx::Refuse;
            case Ctx::Components: indicator_->formula.components.emplace_back(); return Ctx::Component;
            case Ctx::Years: return start_year();
            case Ctx::Year:
                if (k == YearKeys::actual) {
                    actual_ = &year_->actual;
                    return Ctx::Actual;
                }
                return k < 0 ? Ctx::Skip : Ctx::Refuse;
            case Ctx::QuarterActuals:
                if (f.count >= 4) return Ctx::Refuse;
                actual_ = &year_->quarter_actuals[f.count++];
                return Ctx::Actual;
            case Ctx::Actual:
                if (k == ActualKeys::components) return Ctx::ActualComponents;
                return k < 0 ? Ctx::Skip : Ctx::Refuse;
            case Ctx::EvidenceList: actual_->evidence.emplace_back(); return Ctx::Evidence;
            default:
                return k < 0 && keys_of(f.ctx) ? Ctx::Skip : Ctx::Refuse;
        }
    }

    Ctx start_plan() {
        if (!format_ok_ || !version_ok_) return Ctx::Refuse;  // "plan" before "format"/"version": DOM reader
        plan_ = &plans.emplace_back();
        period_read_ = false;
        chapter_ids_.clear();
        program_ids_.clear();
        objective_ids_.clear();
        indicator_ids_.clear();
        return Ctx::Plan;
    }

    // The object of one year of an indicator: the key must be a year of the plan period, not read before.
    Ctx start_year() {
        const std::string& key = map_key_;
        if (key.empty() || key.size() > 4) return Ctx::Refuse;
        int year = 0;
        for (char c : key) {
            if (c < '0' || c > '9') return Ctx::Refuse;
            year = year * 10 + (c - '0');
        }
        if (!plan_->in_period(year)) return Ctx::Refuse;
        auto& years = indicator_->years;
        if (years.empty() || years.rbegin()->first < year) year_ = &years.try_emplace(years.end(), year)->second;
        else {
            auto [it, inserted] = years.try_emplace(year);
            if (!inserted) return Ctx::Refuse;  // "2019" twice, or "0123" next to "123": DOM reader
            year_ = &it->second;
        }
        return Ctx::Year;
    }

    // The context of the array that starts here.
    Ctx open_array() {
        Frame& f = stack_.back();
        int k = field_;
        switch (f.ctx) {
            case Ctx::Skip: return Ctx::Skip;
            case Ctx::Root:
                if (k == RootKeys::plans) return format_ok_ && version_ok_ ? Ctx::Plans : Ctx::Refuse;
                return k < 0 ? Ctx::Skip : Ctx::Refuse;
            case Ctx::Plan:
                switch (k) {
                    case PlanKeys::chapters: return Ctx::Chapters;
                    case PlanKeys::grade_scales: return Ctx::Scales;
                    case PlanKeys::objectives: return period_read_ ? Ctx::Objectives : Ctx::Refuse;
                    case PlanKeys::programs: return period_read_ ? Ctx::Programs : Ctx::Refuse;
                    case -1: return Ctx::Skip;
                    default: return Ctx::Refuse;
                }
            case Ctx::Settings:
                if (k == SettingsKeys::bands) return Ctx::Bands;
                return k < 0 ? Ctx::Skip : Ctx::Refuse;
            case Ctx::Scale:
                if (k == ScaleKeys::steps) return Ctx::Steps;
                return k < 0 ? Ctx::Skip : Ctx::Refuse;
            case Ctx::Objective:
                if (k == ObjectiveKeys::indicators) return Ctx::Indicators;
                return k < 0 ? Ctx::Skip : Ctx::Refuse;
            case Ctx::Formula:
                if (k == FormulaKeys::components) {
                    component_ids_.clear();
                    return Ctx::Components;
                }
                return k < 0 ? Ctx::Skip : Ctx::Refuse;
            case Ctx::Year:
                if (k == YearKeys::quarter_targets) return Ctx::QuarterTargets;
                if (k == YearKeys::quarter_actuals) return Ctx::QuarterActuals;
                return k < 0 ? Ctx::Skip : Ctx::Refuse;
            case Ctx::Actual:
                if (k == ActualKeys::evidence) return Ctx::EvidenceList;
                return k < 0 ? Ctx::Skip : Ctx::Refuse;
            default:
                return k < 0 && keys_of(f.ctx) ? Ctx::Skip : Ctx::Refuse;
        }
    }

    // ---- checks when an object ends (its required fields are already checked) ----
    bool close_object(const Frame& f) {
        switch (f.ctx) {
            case Ctx::Root: return ((f.seen & bit(RootKeys::plan)) != 0) != ((f.seen & bit(RootKeys::plans)) != 0);
            case Ctx::Plan: return plan_->id.empty() || plan_ids_.insert(plan_->id).second;
            case Ctx::Period:
                if (plan_->end_year < plan_->start_year || plan_->end_year - plan_->start_year > kMaxPeriodSpan) return false;
                period_read_ = true;
                return true;
            case Ctx::Settings: return validate_bands(plan_->settings.bands).empty();
            case Ctx::Chapter: {
                const std::string& id = plan_->chapters.back().id;
                return id.empty() || chapter_ids_.insert(id).second;
            }
            case Ctx::Program: {
                const std::string& id = plan_->programs.back().id;
                return id.empty() || program_ids_.insert(id).second;
            }
            case Ctx::Component: {
                const std::string& id = indicator_->formula.components.back().id;
                return id.empty() || component_ids_.insert(id).second;
            }
            case Ctx::Objective: return objective_->id.empty() || objective_ids_.insert(objective_->id).second;
            case Ctx::Indicator:
                if (check_components_ && !components_known(*indicator_)) return false;
                return indicator_->id.empty() || indicator_ids_.insert(indicator_->id).second;
            default: return true;
        }
    }

    // Every component value of the indicator's actuals names a component of its formula. Checked at the end of
    // the indicator, since "formula" may come after "years".
    static bool components_known(const Indicator& ind) {
        auto known = [&](const Actual& a) {
            for (const auto& entry : a.components) {
                bool found = false;
                for (const auto& c : ind.formula.components) found = found || c.id == entry.first;
                if (!found) return false;
            }
            return true;
        };
        for (const auto& [year, e] : ind.years) {
            if (!known(e.actual)) return false;
            for (const Actual& q : e.quarter_actuals)
                if (!known(q)) return false;
        }
        return true;
    }
};

// Finds the first top-level "plan" or "plans" key and stops there (written files have it near the start).
struct TopLevelPlanKey {
    int depth = 0;
    bool bundle = false;
    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(json::number_integer_t) { return true; }
    bool number_unsigned(json::number_unsigned_t) { return true; }
    bool number_float(json::number_float_t, const json::string_t&) { return true; }
    bool string(json::string_t&) { return true; }
    bool start_object(std::size_t) { ++depth; return true; }
    bool end_object() { --depth; return true; }
    bool start_array(std::size_t) { ++depth; return true; }
    bool end_array() { --depth; return true; }
    bool key(json::string_t& k) {
        if (depth != 1 || (k != "plan" && k != "plans")) return true;
        bundle = k == "plans";
        return false;  // found: stop
    }
};

}  // namespace

bool is_plan_bundle(std::string_view text) {
    TopLevelPlanKey top;
    scan_json(text, top);
    return top.bundle;
}

std::optional<std::vector<Plan>> read_plans_sax(const std::string& text) {
    PlanSax sax;
    if (scan_json(text, sax) != JsonScan::Done) return std::nullopt;
    return std::move(sax.plans);
}

}  // namespace tolok
