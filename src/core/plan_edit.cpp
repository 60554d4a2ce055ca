// Structural plan edits: objectives and indicators added, moved, put in order and removed (see plan_edit.h).
#include "plan_edit.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <utility>

namespace tolok {

namespace {

Objective* find_objective(Plan& plan, const std::string& objective_id) {
    for (auto& o : plan.objectives)
        if (o.id == objective_id) return &o;
    return nullptr;
}

// `objective_id` by value: it may name an element that remove_if moves.
void drop_empty_objective(Plan& plan, std::string objective_id) {
    plan.objectives.erase(std::remove_if(plan.objectives.begin(), plan.objectives.end(),
                                         [&](const Objective& o) { return o.id == objective_id && o.indicators.empty(); }),
                          plan.objectives.end());
}

// One past the highest code that is a whole number ("1".."15" -> "16"); the count plus one when none is.
template <typename Codes>
std::string next_code(const Codes& codes, size_t count) {
    long highest = 0;
    bool any = false;
    codes([&](const std::string& code) {
        if (code.empty() || code.size() > 9 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return;
        highest = std::max(highest, std::stol(code));
        any = true;
    });
    return std::to_string(any ? highest + 1 : static_cast<long>(count) + 1);
}

}  // namespace

std::string add_objective(Plan& plan, const std::string& name) {
    Objective o;
    o.id = next_objective_id(plan);
    o.code = next_code([&](auto&& each) { for (const auto& x : plan.objectives) each(x.code); }, plan.objectives.size());
    o.name = name;
    plan.objectives.push_back(std::move(o));
    return plan.objectives.back().id;
}

std::string add_indicator(Plan& plan, const std::string& objective_id, const std::string& name,
                          const std::string& new_objective_name, const std::set<std::string>& reserved_ids) {
    if (plan.objectives.empty()) add_objective(plan, new_objective_name);
    Objective* target = find_objective(plan, objective_id);
    if (!target) target = &plan.objectives.back();
    Indicator ind;
    ind.id = next_indicator_id(plan, reserved_ids);
    ind.code = next_code([&](auto&& each) { for (const auto& x : plan.objectives) for (const auto& i : x.indicators) each(i.code); },
                         indicator_count(plan));
    ind.name = name;
    target->indicators.push_back(std::move(ind));
    return target->indicators.back().id;
}

bool renumber_codes(Plan& plan) {
    bool changed = false;
    size_t n = 0;
    for (size_t o = 0; o < plan.objectives.size(); ++o) {
        Objective& objective = plan.objectives[o];
        changed = changed || objective.code != std::to_string(o + 1);
        objective.code = std::to_string(o + 1);
        for (Indicator& ind : objective.indicators) {
            const std::string number = std::to_string(++n);
            changed = changed || ind.code != number;
            ind.code = number;
        }
    }
    return changed;
}

bool move_indicator(Plan& plan, const std::string& indicator_id, const std::string& objective_id, const std::string& before_id) {
    Objective* to = find_objective(plan, objective_id);
    if (!to) return false;
    for (auto& from : plan.objectives) {
        auto it = std::find_if(from.indicators.begin(), from.indicators.end(), [&](const Indicator& i) { return i.id == indicator_id; });
        if (it == from.indicators.end()) continue;
        if (&from == to) return false;
        Indicator moved = std::move(*it);
        from.indicators.erase(it);
        // `to` stays valid: no objective was added or removed yet
        auto at = std::find_if(to->indicators.begin(), to->indicators.end(), [&](const Indicator& i) { return i.id == before_id; });
        to->indicators.insert(before_id.empty() ? to->indicators.end() : at, std::move(moved));
        drop_empty_objective(plan, from.id);
        return true;
    }
    return false;
}

IndicatorPlace place_of(const Plan& plan, const std::string& indicator_id) {
    for (const auto& o : plan.objectives)
        for (size_t i = 0; i < o.indicators.size(); ++i)
            if (o.indicators[i].id == indicator_id) return {o.id, i + 1 < o.indicators.size() ? o.indicators[i + 1].id : ""};
    return {};
}

OrderPlace indicator_order(const Plan& plan, const std::string& indicator_id) {
    for (const auto& o : plan.objectives)
        for (size_t i = 0; i < o.indicators.size(); ++i)
            if (o.indicators[i].id == indicator_id) return {i, o.indicators.size()};
    return {};
}

OrderPlace objective_order(const Plan& plan, const std::string& objective_id) {
    for (size_t i = 0; i < plan.objectives.size(); ++i)
        if (plan.objectives[i].id == objective_id) return {i, plan.objectives.size()};
    return {};
}

namespace {

// Swaps the item at `index` with its neighbour `step` (-1 or +1) away; false when there is none.
template <typename T>
bool swap_with_neighbour(std::vector<T>& items, size_t index, int step) {
    if (step != -1 && step != 1) return false;
    if (step < 0 ? index == 0 : index + 1 >= items.size()) return false;
    std::swap(items[index], items[step < 0 ? index - 1 : index + 1]);
    return true;
}

}  // namespace

bool move_indicator_step(Plan& plan, const std::string& indicator_id, int step) {
    for (auto& o : plan.objectives)
        for (size_t i = 0; i < o.indicators.size(); ++i)
            if (o.indicators[i].id == indicator_id) return swap_with_neighbour(o.indicators, i, step);
    return false;
}

bool move_objective_step(Plan& plan, const std::string& objective_id, int step) {
    const OrderPlace place = objective_order(plan, objective_id);
    return place.count > 0 && swap_with_neighbour(plan.objectives, place.index, step);
}

bool remove_indicator(Plan& plan, const std::string& indicator_id) {
    for (auto& o : plan.objectives) {
        auto it = std::find_if(o.indicators.begin(), o.indicators.end(), [&](const Indicator& i) { return i.id == indicator_id; });
        if (it == o.indicators.end()) continue;
        o.indicators.erase(it);
        drop_empty_objective(plan, o.id);
        return true;
    }
    return false;
}

namespace {

// A period as texts write it out: "2024-2028", "2024 - 2028", "2024–2028" (en dash), "2024 – 2028".
struct PeriodWritten {
    std::vector<std::string> forms;
    PeriodWritten(int start_year, int end_year) {
        const std::string from = std::to_string(start_year), to = std::to_string(end_year);
        for (const char* dash : {"-", " - ", "\xE2\x80\x93", " \xE2\x80\x93 "}) forms.push_back(from + dash + to);
    }
    // Where `form` stands in `text` from `from` on as a period of its own: not inside a longer number ("2018-20231",
    // "12018-2023").
    static size_t find_whole(const std::string& text, const std::string& form, size_t from) {
        auto digit = [](char c) { return c >= '0' && c <= '9'; };
        for (size_t at = text.find(form, from); at != std::string::npos; at = text.find(form, at + 1)) {
            const size_t end = at + form.size();
            if ((at == 0 || !digit(text[at - 1])) && (end >= text.size() || !digit(text[end]))) return at;
        }
        return std::string::npos;
    }
    bool in(const std::string& text) const {
        for (const std::string& f : forms)
            if (find_whole(text, f, 0) != std::string::npos) return true;
        return false;
    }
    void replace_in(std::string& text, const std::string& now) const {
        for (const std::string& f : forms)
            for (size_t at = find_whole(text, f, 0); at != std::string::npos; at = find_whole(text, f, at + now.size()))
                text.replace(at, f.size(), now);
    }
};

}  // namespace

BiText period_problem(int start_year, int end_year) {
    if (start_year < 1990 || start_year > 2100 || end_year < 1990 || end_year > 2100)
        return {"Periode tidak sah: tahun awal dan akhir harus antara 1990 dan 2100.",
                "Invalid period: the first and last years must be between 1990 and 2100."};
    if (end_year < start_year)
        return {"Periode tidak sah: tahun akhir tidak boleh sebelum tahun awal.", "Invalid period: the last year must not precede the first."};
    if (end_year - start_year > kMaxPeriodSpan)  // as a plan file may have it
        return {"Periode tidak sah: paling lama " + std::to_string(kMaxPeriodSpan + 1) + " tahun.",
                "Invalid period: at most " + std::to_string(kMaxPeriodSpan + 1) + " years."};
    return {};
}

void set_period(Plan& plan, int start_year, int end_year) {
    const int old_start = plan.start_year, old_end = plan.end_year;
    plan.start_year = start_year;
    plan.end_year = end_year;
    for (auto& o : plan.objectives)
        for (auto& ind : o.indicators)
            for (auto it = ind.years.begin(); it != ind.years.end();)
                it = plan.in_period(it->first) ? std::next(it) : ind.years.erase(it);
    for (auto& program : plan.programs)  // a file with a budget outside the period would not read back
        for (auto it = program.budget.begin(); it != program.budget.end();)
            it = plan.in_period(it->first) ? std::next(it) : program.budget.erase(it);
    const PeriodWritten from(old_start, old_end);
    const std::string now = std::to_string(start_year) + "-" + std::to_string(end_year);
    from.replace_in(plan.title, now);
    for (Chapter& c : plan.chapters) {
        from.replace_in(c.title, now);
        from.replace_in(c.text, now);
    }
}

PeriodMentions period_mentions(const Plan& plan) {
    const PeriodWritten period(plan.start_year, plan.end_year);
    PeriodMentions m;
    m.title = period.in(plan.title);
    for (const Chapter& c : plan.chapters) m.chapters += period.in(c.title) || period.in(c.text);
    return m;
}

BiText describe(const PeriodMentions& m) {
    const std::string n = std::to_string(m.chapters);
    BiText chapters{n + " bab", n + (m.chapters == 1 ? " chapter" : " chapters")};
    if (!m.title) return chapters;
    if (m.chapters == 0) return {"judul dokumen", "the document title"};
    return {"judul dokumen dan " + chapters.id, "the document title and " + chapters.en};
}

std::string add_program(Plan& plan, const std::string& name) {
    std::vector<std::string> used;
    for (const auto& p : plan.programs) used.push_back(p.id);
    plan.programs.push_back(Program{next_numbered_id("p", used, {}), name, {}});
    return plan.programs.back().id;
}

bool remove_program(Plan& plan, const std::string& program_id) {
    auto it = std::find_if(plan.programs.begin(), plan.programs.end(), [&](const Program& p) { return p.id == program_id; });
    if (it == plan.programs.end()) return false;
    plan.programs.erase(it);
    return true;
}

PeriodLoss period_loss(const Plan& plan, int start_year, int end_year) {
    PeriodLoss loss;
    std::set<int> years;
    auto count_actual = [&](const Actual& a) {
        const int before = loss.actuals + loss.notes + loss.evidence;
        loss.actuals += !a.value.empty() || !a.components.empty() || a.from_evidence != EvidenceRule::None;
        loss.notes += !a.note.empty();
        loss.evidence += static_cast<int>(a.evidence.size());
        return loss.actuals + loss.notes + loss.evidence != before;
    };
    for (const auto& o : plan.objectives)
        for (const auto& ind : o.indicators)
            for (const auto& [year, e] : ind.years) {
                if (year >= start_year && year <= end_year) continue;
                bool any = false;
                any |= !e.target.empty();
                loss.targets += !e.target.empty();
                for (const Value& q : e.quarter_targets) {
                    loss.targets += !q.empty();
                    any |= !q.empty();
                }
                any |= count_actual(e.actual);
                loss.notes += !e.activities.empty();  // the year's kegiatan, text like a note
                any |= !e.activities.empty();
                for (const Actual& q : e.quarter_actuals) any |= count_actual(q);
                if (any) years.insert(year);
            }
    for (const auto& program : plan.programs)  // budgets of the years left out go too, counted as targets are
        for (const auto& [year, budget] : program.budget)
            if ((year < start_year || year > end_year) && !budget.empty()) {
                ++loss.budgets;
                years.insert(year);
            }
    loss.years.assign(years.begin(), years.end());
    return loss;
}

BiText describe(const PeriodLoss& loss) {
    std::vector<std::pair<std::string, std::string>> parts;
    auto add = [&](int n, const char* id, const char* en_one, const char* en_many) {
        if (n) parts.emplace_back(std::to_string(n) + " " + id, std::to_string(n) + " " + (n == 1 ? en_one : en_many));
    };
    add(loss.targets, "target", "target", "targets");
    add(loss.actuals, "realisasi", "actual", "actuals");
    add(loss.notes, "catatan", "note", "notes");
    add(loss.evidence, "bukti dukung", "evidence row", "evidence rows");
    add(loss.budgets, "anggaran program", "program budget", "program budgets");
    BiText out;
    for (size_t i = 0; i < parts.size(); ++i) {
        const char* glue_id = i == 0 ? "" : i + 1 == parts.size() ? " dan " : ", ";
        const char* glue_en = i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ";
        out.id += glue_id + parts[i].first;
        out.en += glue_en + parts[i].second;
    }
    if (!loss.years.empty()) {
        out.id += " pada tahun ";
        out.en += " in ";
        for (size_t i = 0; i < loss.years.size(); ++i) {
            const bool last = i + 1 == loss.years.size();
            out.id += (i == 0 ? "" : last ? " dan " : ", ") + std::to_string(loss.years[i]);
            out.en += (i == 0 ? "" : last ? " and " : ", ") + std::to_string(loss.years[i]);
        }
    }
    return out;
}

const Objective* objective_dropped_without(const Plan& plan, const std::string& indicator_id) {
    const Objective* holder = objective_of(plan, indicator_id);
    return holder && holder->indicators.size() == 1 ? holder : nullptr;
}

const Objective* objective_of(const Plan& plan, const std::string& indicator_id) {
    for (const auto& o : plan.objectives)
        for (const auto& i : o.indicators)
            if (i.id == indicator_id) return &o;
    return nullptr;
}

void remove_category_band(std::vector<CategoryBand>& bands, size_t i) {
    if (bands.size() < 2 || i >= bands.size()) return;
    if (i + 1 < bands.size()) {
        bands[i + 1].min = bands[i].min;
        bands[i + 1].min_inclusive = bands[i].min_inclusive;
    } else {
        bands[i - 1].max.reset();
    }
    bands.erase(bands.begin() + static_cast<long>(i));
}

void add_category_band(std::vector<CategoryBand>& bands, const std::string& label) {
    if (bands.empty()) return;
    CategoryBand top = bands.back();
    bands.back().max = top.min + 10;
    bands.back().max_inclusive = true;
    top.label = label;
    top.min += 10;
    top.min_inclusive = false;
    bands.push_back(top);
}

void set_band_start_included(std::vector<CategoryBand>& bands, size_t i, bool included) {
    if (i >= bands.size()) return;
    bands[i].min_inclusive = included;
    if (i > 0 && bands[i - 1].max) bands[i - 1].max_inclusive = !included;
}

}  // namespace tolok
