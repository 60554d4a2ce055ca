// The Tolok domain model: a plan (an office's IKU for a period) with its objectives (sasaran), indicators,
// targets and actuals (realisasi) per year and quarter, signatories, document chapters and achievement settings.
// Plain data only: derived numbers (capaian, categories, totals) are computed elsewhere, never stored here.
#pragma once

#include <array>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "value.h"

namespace tolok {

enum class ValueKind {
    Number,   // a count or amount with a unit word ("20 prd")
    Percent,  // "100%"
    Grade,    // a letter grade on an ordinal scale (see GradeScale)
    Index,    // an index score such as IKM 25-100
    Text      // a status; never computed
};

enum class Polarity {
    Maximize,  // higher is better
    Minimize,  // lower is better
    Stabilize  // within a range (targets written "80-90 %")
};

// How quarterly actuals make the yearly one when no yearly actual is entered.
enum class Aggregation { Sum, Last, Average };
// A realisasi that follows its evidence log (bukti dukung): the number of rows, of distinct places, the sum of the
// values, or the latest-dated value (core/evidence.h), recomputed whenever the log changes.
enum class EvidenceRule { None, Count, DistinctPlaces, Sum, Last };

// Rule used for lower-is-better indicators (a plan setting).
enum class MinimizeRule {
    TwoMinusRatio,  // (2 - R/T) x 100 = (2T - R)/T x 100; defined at R = 0 (default)
    InverseRatio    // T / R x 100; not computable at R = 0
};

struct Office {
    std::string name;        // "Sekretariat Daerah"
    std::string government;  // "Pemerintah Kabupaten Tanggamus"
    std::string code;        // optional office code
    std::string place;       // place printed by the signature, e.g. "Kota Agung"
};

struct Signatory {
    std::string title;  // "SEKRETARIS DAERAH KABUPATEN TANGGAMUS"
    std::string name;   // "Drs. HAMID HERIANSYAH LUBIS, M.SI."
    std::string rank;   // pangkat/golongan, "Pembina Utama Muda"
    std::string nip;    // as written, "19750308 199403 1 003"
    bool empty() const { return title.empty() && name.empty() && rank.empty() && nip.empty(); }
};

// A chapter or section of the IKU document, e.g. {"kata_pengantar", "KATA PENGANTAR", "..."}.
struct Chapter {
    std::string id;
    std::string title;
    std::string text;  // paragraphs separated by blank lines
};

// A named input of a computable formula, e.g. {"jumlah_opd", "Jumlah OPD", "OPD"}.
struct Component {
    std::string id;     // identifier used in the expression (letters, digits, '_')
    std::string label;  // as printed; the expression may also refer to it as [label]
    std::string unit;
};

struct Formula {
    std::string text;        // the rumus as printed, e.g. "Jumlah Type OPD / Jumlah OPD × 100 %"
    std::string expression;  // optional computable form, e.g. "[Jumlah Type OPD] / [Jumlah OPD] x 100 %"
    std::vector<Component> components;
};

// One piece of field evidence (bukti dukung), e.g. a kecamatan visited for "distribusi beras miskin".
struct Evidence {
    std::string date;   // as written: "2023-03-14", "14/03/2023", "14 Maret 2023" (evidence.h reads them)
    std::string place;
    std::string note;
    Value value;        // optional measured value
};

struct Actual {
    Value value;                              // the realisasi as typed; empty when given by components
    std::map<std::string, double> components; // component id -> value, when the formula computes it
    std::string note;                         // analysis / explanation
    std::vector<Evidence> evidence;
    EvidenceRule from_evidence = EvidenceRule::None;  // when set (and no value typed), the realisasi is this aggregate
    bool empty() const {
        return value.empty() && components.empty() && note.empty() && evidence.empty() && from_evidence == EvidenceRule::None;
    }
};

// Four quarters (TW I..IV) of T, stored only once one of them is written to: most indicator-years carry no
// quarterly data, and a national set of 300,000 indicators x 6 years must stay small in memory. Reading an
// unallocated quarter gives an empty T.
template <class T>
class Quarters {
public:
    Quarters() = default;
    Quarters(std::initializer_list<T> items) {
        size_t i = 0;
        for (const T& v : items)
            if (i < 4) (*this)[i++] = v;
    }
    Quarters(const Quarters& o) : data_(o.data_ ? std::make_unique<std::array<T, 4>>(*o.data_) : nullptr) {}
    Quarters(Quarters&&) noexcept = default;
    Quarters& operator=(const Quarters& o) {
        if (this != &o) data_ = o.data_ ? std::make_unique<std::array<T, 4>>(*o.data_) : nullptr;
        return *this;
    }
    Quarters& operator=(Quarters&&) noexcept = default;

    T& operator[](size_t q) {
        if (!data_) data_ = std::make_unique<std::array<T, 4>>();
        return (*data_)[q];
    }
    const T& operator[](size_t q) const { return data_ ? (*data_)[q] : empties()[q]; }
    bool allocated() const { return data_ != nullptr; }
    static constexpr size_t size() { return 4; }
    const T* begin() const { return data_ ? data_->data() : empties().data(); }
    const T* end() const { return begin() + 4; }

private:
    static const std::array<T, 4>& empties() {
        static const std::array<T, 4> e{};
        return e;
    }
    std::unique_ptr<std::array<T, 4>> data_;
};

struct YearEntry {
    Value target;
    Quarters<Value> quarter_targets;  // TW I..IV
    Actual actual;
    Quarters<Actual> quarter_actuals;
    std::string activities;  // kegiatan planned for this target (Rencana Aksi), one per line
};

// An indicator's own cap over the plan's ("Konversi 120: Ya/Tidak" in manual IKU documents): as the plan says,
// never capped, or capped at `at` percent.
struct IndicatorCap {
    enum class Rule { Plan, None, At };
    Rule rule = Rule::Plan;
    double at = 120;  // used with Rule::At only
    bool operator==(const IndicatorCap& o) const { return rule == o.rule && (rule != Rule::At || at == o.at); }
    bool operator!=(const IndicatorCap& o) const { return !(*this == o); }
};

struct Indicator {
    std::string id;    // stable, unique within the plan, never reused ("i1", "i2" ...)
    std::string code;  // as numbered in the document ("1" .. "15")
    std::string name;
    std::string definition;
    Formula formula;
    std::string unit;  // satuan
    ValueKind kind = ValueKind::Number;
    Polarity polarity = Polarity::Maximize;
    Aggregation aggregation = Aggregation::Last;
    IndicatorCap cap;                  // the plan's cap unless set here
    std::string grade_scale = "akip";  // GradeScale id, used when kind == Grade
    std::string data_source;
    std::string owner;  // penanggung jawab
    Value baseline;
    std::map<int, YearEntry> years;  // year -> targets and actuals
    // Pohon kinerja (cascading): the higher-level (e.g. regency) indicator this one supports, as
    // "planId/indicatorId" (split at the last '/'); empty = none. See core/consolidation.h.
    std::string supports;
};

struct Objective {
    std::string id;    // stable ("s1" ...)
    std::string code;  // optional
    std::string name;
    std::vector<Indicator> indicators;
};

// One step of an ordinal grade scale with its score range, e.g. {"BB", 70, 80} (score > 70 and <= 80).
struct GradeStep {
    std::string label;
    double min_score = 0;  // exclusive, except for the lowest step
    double max_score = 0;  // inclusive
};

struct GradeScale {
    std::string id;    // "akip", "ikm"
    std::string name;  // "Predikat Evaluasi AKIP"
    std::vector<GradeStep> steps;  // ordered from lowest to highest
};

// One category band over capaian percent, e.g. {"Tinggi", 75, false, 90, true, "#4caf50"} = (75, 90].
struct CategoryBand {
    std::string label;
    double min = 0;
    bool min_inclusive = true;
    std::optional<double> max;  // none = no upper bound
    bool max_inclusive = true;
    std::string color;  // "#rrggbb"
};

struct AchievementSettings {
    MinimizeRule minimize_rule = MinimizeRule::TwoMinusRatio;
    std::optional<double> cap;  // e.g. 100 or 120; off by default; applies to the category and averages
    std::string scale_name = "Permendagri 86/2017";
    std::vector<CategoryBand> bands;  // empty = default_category_bands()
};

// A program of the office with its budget (anggaran) per year, listed in the Perjanjian Kinerja.
struct Program {
    std::string id;                // stable within the plan ("p1" ...)
    std::string name;              // "Program Penataan Peraturan Perundang-undangan"
    std::map<int, Value> budget;   // year -> "Rp 1.250.000.000", years of the plan period
};

// The longest period a plan may have, last year minus first (the file readers and the app's settings agree).
constexpr int kMaxPeriodSpan = 50;

struct Plan {
    std::string id;     // stable plan id
    std::string title;  // "Indikator Kinerja Utama (IKU) Tahun 2018-2023"
    Office office;
    int start_year = 0;
    int end_year = 0;
    Signatory signatory;  // head of office (Pihak Pertama)
    Signatory superior;   // Pihak Kedua for the Perjanjian Kinerja
    std::vector<Chapter> chapters;
    std::vector<Objective> objectives;
    AchievementSettings settings;
    std::vector<GradeScale> grade_scales;  // empty = built-in scales (akip, ikm)
    std::vector<Program> programs;         // programs and their budget, for the Perjanjian Kinerja

    bool in_period(int year) const { return year >= start_year && year <= end_year; }
};

// Lookup helpers (linear; plans hold at most a few thousand indicators).
const Indicator* find_indicator(const Plan& plan, const std::string& indicator_id);
Indicator* find_indicator(Plan& plan, const std::string& indicator_id);
size_t indicator_count(const Plan& plan);
// The unit shown for an indicator: its satuan, else the unit of its first target that has one.
std::string display_unit(const Indicator& indicator);
// A fresh stable id `prefix`<N>: N one past the highest in use (an id deleted from the middle of a plan is not
// handed out again), skipping `reserved`.
std::string next_numbered_id(const std::string& prefix, const std::vector<std::string>& used,
                             const std::set<std::string>& reserved);
// "i<N>" / "s<N>" for the plan. `reserved`: indicator ids something else still points to (see
// indicator_ids_linked_from), so that a new indicator never silently becomes the target of an old link.
std::string next_indicator_id(const Plan& plan, const std::set<std::string>& reserved = {});
std::string next_objective_id(const Plan& plan);
// A plan imported under an id already held is added as "<id>-2", "-3" ... (the app's import): the id for N, and
// whether `id` is `base` with such a suffix, N from 2 and at most 3 digits ("dinkes-2019-2024-2" of
// "dinkes-2019-2024"; "dinkes-2019-2024" is not one of "dinkes-2019").
std::string numbered_plan_id(const std::string& base, int n);
bool is_numbered_plan_id(const std::string& id, const std::string& base);
// The ids of plan `plan_id`'s indicators that the plans' pohon kinerja links ("planId/indicatorId") point to,
// whether or not the indicator still exists.
std::set<std::string> indicator_ids_linked_from(const std::vector<Plan>& plans, const std::string& plan_id);
// A name as compared for sameness: ASCII letters lower-cased, runs of spaces, tabs and hyphens as one space,
// trimmed ("Persentase  OPD" == "persentase opd"; "masing-masing" == "masing masing").
std::string name_key(const std::string& name);
// A name as the start of an id or a file name: ASCII letters and digits lower-cased, every run of anything else one
// '-', at most 60 characters ("Dinas Komunikasi & Informatika" -> "dinas-komunikasi-informatika"); empty when the
// name has no ASCII letter or digit.
std::string id_slug(const std::string& name);

// Built-in grade scales: "akip" (D 0-30, C >30-50, CC >50-60, B >60-70, BB >70-80, A >80-90, AA >90-100)
// and "ikm" (D 25-64.99, C 65-76.60, B 76.61-88.30, A 88.31-100).
const std::vector<GradeScale>& builtin_grade_scales();
// The scale an indicator uses: the plan's own by id, else the built-in one, else nullptr.
const GradeScale* find_grade_scale(const Plan& plan, const std::string& scale_id);
// A value as the indicator's grade scale reads it: text that is one of the scale's step labels as name_key compares
// names ("Informatif", "menuju  informatif" on a scale of the plan's own), alone or with its score in brackets ("Menuju
// Informatif (Nilai 93)"), becomes that grade, its text as the scale writes it ("Menuju Informatif", as the documents
// print it); anything else is returned as it is. Capaian, Pemeriksaan and the editor read grades through it.
Value on_grade_scale(const Plan& plan, const Indicator& indicator, const Value& v);
// How many targets, realisasi and baselines of the indicators graded on `scale_id` are written as the grade `label`
// (as name_key compares them).
size_t grade_uses(const Plan& plan, const std::string& scale_id, const std::string& label);
// Writes them as `to` instead (a grade renamed in the settings); returns how many.
size_t rename_grade_uses(Plan& plan, const std::string& scale_id, const std::string& from, const std::string& to);
// True when the indicator's capaian can go through a grade scale: its kind is Grade, or one of its targets or
// actuals (yearly or quarterly) is written as a grade ("BB"). The editor offers the scale only then.
bool uses_grade_scale(const Indicator& indicator);
// The latest year of the period for which any indicator has a realisasi (yearly, quarterly, by components or
// evidence); 0 when none has.
int latest_year_with_actuals(const Plan& plan);

// Default category bands (Permendagri 86/2017 cut-points): Sangat Rendah [0,50], Rendah (50,65],
// Sedang (65,75], Tinggi (75,90], Sangat Tinggi (90, inf).
std::vector<CategoryBand> default_category_bands();

// Enum names as stored in files: "maximize"/"minimize"/"stabilize", "sum"/"last"/"average",
// "number"/"percent"/"grade"/"index"/"text", "two_minus_ratio"/"inverse_ratio".
const char* to_string(Polarity p);
const char* to_string(Aggregation a);
const char* to_string(ValueKind k);
const char* to_string(MinimizeRule r);
const char* to_string(EvidenceRule r);  // "none"/"count"/"distinct_places"/"sum"/"last"
// A quarter as people write it: "TW I".."TW IV" (triwulan) in Indonesian, "Q1".."Q4" in English; quarter 1-4 ("" else).
const char* quarter_name(int quarter, Lang lang);
std::optional<EvidenceRule> evidence_rule_from_string(const std::string& s);
std::optional<Polarity> polarity_from_string(const std::string& s);
std::optional<Aggregation> aggregation_from_string(const std::string& s);
std::optional<ValueKind> value_kind_from_string(const std::string& s);
std::optional<MinimizeRule> minimize_rule_from_string(const std::string& s);

// Checks the 18-digit NIP structure (birth date YYYYMMDD, appointment YYYYMM, sex 1/2, serial); spaces allowed.
// Returns no diagnostics when valid or empty.
Diagnostics check_nip(const std::string& nip, const std::string& location);

}  // namespace tolok
