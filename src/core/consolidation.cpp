// Regency consolidation and the performance tree (see consolidation.h).
#include "consolidation.h"

#include <set>
#include <unordered_map>
#include <utility>

#include "achievement.h"
#include "office_twice.h"

namespace tolok {

std::optional<double> CategoryTally::average() const {
    if (computable == 0) return std::nullopt;
    return capped_sum / computable;
}

int CategoryTally::count(const std::string& label) const {
    for (const auto& c : counts)
        if (c.label == label) return c.count;
    return 0;
}

namespace {

constexpr int kMaxDepth = 64;

CategoryTally empty_tally(const AchievementSettings& settings) {
    CategoryTally t;
    for (const auto& b : bands_in_force(settings)) t.counts.push_back(CategoryCount{b.label, b.color, 0});
    return t;
}

void bump(CategoryTally& t, const std::string& label, const std::string& color, int by = 1) {
    for (auto& c : t.counts)
        if (c.label == label) { c.count += by; return; }
    t.counts.push_back(CategoryCount{label, color, by});
}

// Adds `from` into `into`; band labels merged by name, new labels appended in order.
void add_tally(CategoryTally& into, const CategoryTally& from) {
    for (const auto& c : from.counts) bump(into, c.label, c.color, c.count);
    into.indicators += from.indicators;
    into.not_computable += from.not_computable;
    into.below_target += from.below_target;
    into.computable += from.computable;
    into.capped_sum += from.capped_sum;
}

struct PlanInfo {
    std::string id;
    std::string office;
    std::string title;
    AchievementSettings settings;
    bool in_period = false;  // the consolidation's year is in the plan's period: its indicators count
    int start_year = 0, end_year = 0;
};

struct Record {
    size_t plan = 0;  // index into plans
    std::string indicator_id, code, name, supports;
    std::optional<double> percent, capped;
    std::string category;
};

}  // namespace

struct Consolidator::State {
    int year = 0;
    Consolidation result;
    std::vector<PlanInfo> plans;
    std::vector<Record> records;
    std::vector<OfficeFacts> counted;  // of the plans counted in the year, for "maybe the same office twice"
    std::vector<size_t> below_plan;    // the plan (index into plans) of each result.below_target
};

Consolidator::Consolidator(int year) : s_(std::make_unique<State>()) {
    s_->year = year;
    s_->result.year = year;
}
Consolidator::~Consolidator() = default;
Consolidator::Consolidator(Consolidator&&) noexcept = default;
Consolidator& Consolidator::operator=(Consolidator&&) noexcept = default;

void Consolidator::add(const Plan& plan) {
    State& s = *s_;
    OfficeTally office;
    office.plan_id = plan.id;
    office.office = plan.office.name.empty() ? plan.id : plan.office.name;
    office.government = plan.office.government;
    office.in_period = plan.in_period(s.year);
    office.tally = empty_tally(plan.settings);
    size_t plan_index = s.plans.size();
    // Two plans of one office both counted in the year's totals (a duplicate kept by mistake, or overlapping
    // periods): said. Plans of one office for other periods (2018-2023, 2024-2026) are not a duplicate.
    // Two plans under one id (two offices' files that clash, a file given twice): links "planId/indicatorId" to it
    // cannot tell them apart. tolok merge refuses this and the app renames the second; the summary says it.
    // A plan imported beside one under the same id gets "<id>-N" (numbered_plan_id): with the same period and the
    // office spelled otherwise (a corrected file), it is likely the same office counted twice.
    const PlanTag tag = plan_tag(plan);
    for (const PlanInfo& other : s.plans) {
        const bool both_counted = office.in_period && other.in_period;
        if (both_counted && name_key(other.office) == name_key(office.office)) {
            // Named as the user tells them apart (a duplicate's title "... (salinan)"), not by ids alone.
            const auto named = tell_apart({PlanTag{other.id, other.office, other.title, other.start_year, other.end_year}, tag});
            const BiText a = plan_named(named[0]), b = plan_named(named[1]);
            s.result.problems.push_back(Diagnostic{
                Severity::Warning, "consolidation.same_office", plan.id,
                BiText{"rencana " + a.id + " dan " + b.id + " sama-sama dari " + office.office +
                           "; keduanya dihitung dalam jumlah kabupaten (hapus salah satu bila itu salinan)",
                       "plans " + a.en + " and " + b.en + " are both from " + office.office +
                           "; both are counted in the regency totals (delete one if it is a copy)"}});
        } else if (both_counted && other.start_year == plan.start_year && other.end_year == plan.end_year &&
                 (is_numbered_plan_id(plan.id, other.id) || is_numbered_plan_id(other.id, plan.id)))
            s.result.problems.push_back(Diagnostic{
                Severity::Warning, "consolidation.numbered_copy", plan.id,
                BiText{"rencana " + other.id + " (" + other.office + ") dan " + plan.id + " (" + office.office +
                           ") berperiode sama dan id-nya hanya berbeda akhiran nomor yang diberikan saat impor; mungkin instansi "
                           "yang sama dihitung dua kali dalam jumlah kabupaten (hapus salah satu bila itu salinan)",
                       "plans " + other.id + " (" + other.office + ") and " + plan.id + " (" + office.office +
                           ") have the same period and ids that differ only by the number added on import; they may be the "
                           "same office counted twice in the regency totals (delete one if it is a copy)"}});
        if (other.id == plan.id)
            s.result.problems.push_back(Diagnostic{
                Severity::Warning, "consolidation.duplicate_plan_id", plan.id,
                BiText{"dua rencana ber-id sama \"" + plan.id + "\" (" + other.office + " dan " + office.office +
                           "); tautan pohon kinerja ke id itu tidak dapat membedakannya (beri salah satu id lain, mis. tolok merge --rename-duplicates)",
                       "two plans share the id \"" + plan.id + "\" (" + other.office + " and " + office.office +
                           "); performance tree links to that id cannot tell them apart (give one another id, e.g. tolok merge --rename-duplicates)"}});
    }
    s.plans.push_back(PlanInfo{plan.id, office.office, plan.title, plan.settings, office.in_period, plan.start_year, plan.end_year});
    if (!office.in_period) {
        s.result.problems.push_back(Diagnostic{
            Severity::Info, "consolidation.year_outside_period", plan.id,
            BiText{"tahun " + std::to_string(s.year) + " di luar periode rencana " + plan.id + " (" + std::to_string(plan.start_year) +
                       "-" + std::to_string(plan.end_year) + "); indikatornya tidak dihitung",
                   "year " + std::to_string(s.year) + " is outside the period of plan " + plan.id + " (" +
                       std::to_string(plan.start_year) + "-" + std::to_string(plan.end_year) + "); its indicators are not counted"}});
    }
    Achievement a;  // reused indicator after indicator
    for (const auto& o : plan.objectives) {
        ObjectiveTally ot;
        ot.id = o.id;
        ot.code = o.code;
        ot.name = o.name;
        ot.tally = empty_tally(plan.settings);
        for (const auto& ind : o.indicators) {
            Record rec;
            rec.plan = plan_index;
            rec.indicator_id = ind.id;
            rec.code = ind.code;
            rec.name = ind.name;
            rec.supports = ind.supports;
            if (office.in_period) {
                compute_achievement_into(a, plan, ind, s.year);
                CategoryTally& t = ot.tally;
                ++t.indicators;
                if (!a.computable()) {
                    ++t.not_computable;
                } else {
                    ++t.computable;
                    t.capped_sum += *a.capped_percent;
                    bump(t, a.category, a.color);
                    if (capaian_as_shown(*a.percent) < 100.0) {  // as shown: 99,9999 is "100,00", on target
                        ++t.below_target;
                        s.below_plan.push_back(plan_index);
                        s.result.below_target.push_back(BelowTarget{plan.id, office.office, o.id, o.name, ind.id, ind.code, ind.name,
                                                                    a.target.text, a.actual.text, *a.percent, a.category});
                    }
                    rec.percent = a.percent;
                    rec.capped = a.capped_percent;
                    rec.category = a.category;
                }
            }
            s.records.push_back(std::move(rec));
        }
        add_tally(office.tally, ot.tally);
        office.objectives.push_back(std::move(ot));
    }
    if (office.in_period) {
        add_tally(s.result.totals, office.tally);
        s.counted.push_back(office_facts(plan));
    }
    s.result.offices.push_back(std::move(office));
}

Consolidation Consolidator::finish() {
    State& s = *s_;
    Consolidation& r = s.result;
    const size_t n = s.records.size();
    // Two plans counted that may be one office's (a typo in its name, the same indicators): core/office_twice.h.
    for (auto& d : maybe_same_office(s.counted)) r.problems.push_back(std::move(d));
    // An office's plans shown side by side are told apart (rows, indicators below target, the tree).
    std::vector<PlanTag> tags;
    for (const PlanInfo& p : s.plans) tags.push_back(PlanTag{p.id, p.office, p.title, p.start_year, p.end_year});
    const std::vector<PlanDistinction> distinct = tell_apart(tags);
    std::vector<std::string> shown;
    for (size_t i = 0; i < s.plans.size(); ++i) shown.push_back(plan_shown(s.plans[i].office, distinct[i]));
    for (size_t i = 0; i < r.offices.size(); ++i) r.offices[i].office = shown[i];
    for (size_t i = 0; i < r.below_target.size(); ++i) r.below_target[i].office = shown[s.below_plan[i]];
    auto key = [&](const Record& rec) { return s.plans[rec.plan].id + "/" + rec.indicator_id; };
    auto problem = [&](const Record& rec, const char* id, std::string msg_id, std::string msg_en) {
        r.problems.push_back(Diagnostic{Severity::Warning, id, key(rec), BiText{std::move(msg_id), std::move(msg_en)}});
    };

    // Resolve links: parent[i] = index of the supported indicator, or -1.
    std::unordered_map<std::string, size_t> by_key;
    by_key.reserve(n);
    for (size_t i = 0; i < n; ++i) by_key.emplace(key(s.records[i]), i);
    std::vector<long> parent(n, -1);
    std::vector<std::vector<size_t>> children(n);
    for (size_t i = 0; i < n; ++i) {
        const Record& rec = s.records[i];
        if (rec.supports.empty()) continue;
        size_t slash = rec.supports.rfind('/');
        if (slash == std::string::npos || slash == 0 || slash + 1 == rec.supports.size()) {
            problem(rec, "consolidation.link_invalid",
                    "tautan pohon kinerja \"" + rec.supports + "\" harus berbentuk idRencana/idIndikator",
                    "performance tree link \"" + rec.supports + "\" must be planId/indicatorId");
            continue;
        }
        auto it = by_key.find(rec.supports);
        if (it == by_key.end()) {
            problem(rec, "consolidation.link_not_found", "indikator yang didukung \"" + rec.supports + "\" tidak ada dalam gabungan",
                    "supported indicator \"" + rec.supports + "\" is not in the set");
            continue;
        }
        parent[i] = static_cast<long>(it->second);
        children[it->second].push_back(i);
    }

    // Cycles: follow parents (each indicator supports at most one) with three colours.
    std::vector<char> colour(n, 0);  // 0 new, 1 on the current walk, 2 done
    std::vector<char> on_cycle(n, 0);
    for (size_t i = 0; i < n; ++i) {
        if (colour[i]) continue;
        std::vector<size_t> walk;
        long j = static_cast<long>(i);
        while (j >= 0 && colour[j] == 0) {
            colour[j] = 1;
            walk.push_back(static_cast<size_t>(j));
            j = parent[j];
        }
        if (j >= 0 && colour[j] == 1) {  // closed a cycle on this walk
            for (size_t k = walk.size(); k-- > 0;) {
                on_cycle[walk[k]] = 1;
                if (walk[k] == static_cast<size_t>(j)) break;
            }
        }
        for (size_t k : walk) colour[k] = 2;
    }
    for (size_t i = 0; i < n; ++i)
        if (on_cycle[i])
            problem(s.records[i], "consolidation.link_cycle",
                    "indikator ini mendukung dirinya sendiri melalui rantai \"" + s.records[i].supports + "\"",
                    "this indicator supports itself through the chain \"" + s.records[i].supports + "\"");

    // Build the trees from the roots: supported indicators whose own link does not resolve.
    struct Builder {
        State& s;
        const std::vector<std::string>& shown;
        const std::vector<std::vector<size_t>>& children;
        Diagnostics& problems;
        CascadeNode build(size_t i, int depth) {
            const Record& rec = s.records[i];
            const PlanInfo& plan = s.plans[rec.plan];
            CascadeNode node;
            node.plan_id = plan.id;
            node.office = shown[rec.plan];
            node.indicator_id = rec.indicator_id;
            node.code = rec.code;
            node.name = rec.name;
            node.percent = rec.percent;
            node.capped_percent = rec.capped;
            node.category = rec.category;
            double sum = 0;
            for (size_t c : children[i]) {
                ++node.supporters;
                const Record& cr = s.records[c];
                if (cr.capped) {
                    ++node.supporters_computable;
                    sum += *cr.capped;
                }
            }
            if (node.supporters_computable > 0) {
                node.rolled_up = sum / node.supporters_computable;
                if (const CategoryBand* b = category_for(plan.settings, *node.rolled_up)) node.rolled_up_category = b->label;
            }
            if (depth >= kMaxDepth) {
                if (!children[i].empty())
                    problems.push_back(Diagnostic{Severity::Warning, "consolidation.link_too_deep", plan.id + "/" + rec.indicator_id,
                                                  BiText{"pohon kinerja lebih dalam dari " + std::to_string(kMaxDepth) + " tingkat; sisanya tidak ditampilkan",
                                                         "performance tree deeper than " + std::to_string(kMaxDepth) + " levels; the rest is not shown"}});
                return node;
            }
            for (size_t c : children[i]) node.children.push_back(build(c, depth + 1));
            return node;
        }
    } builder{s, shown, children, r.problems};
    for (size_t i = 0; i < n; ++i)
        if (parent[i] < 0 && !children[i].empty()) r.cascade.push_back(builder.build(i, 1));

    Consolidation out = std::move(r);
    s_ = std::make_unique<State>();
    s_->year = out.year;
    s_->result.year = out.year;
    return out;
}

Consolidation consolidate(const std::vector<Plan>& plans, int year) {
    Consolidator c(year);
    for (const auto& p : plans) c.add(p);
    return c.finish();
}

PlanTag plan_tag(const Plan& plan) {
    return PlanTag{plan.id, plan.office.name.empty() ? plan.id : plan.office.name, plan.title, plan.start_year, plan.end_year};
}

std::vector<PlanDistinction> tell_apart(const std::vector<PlanTag>& plans) {
    std::vector<PlanDistinction> out(plans.size());
    std::unordered_map<std::string, std::vector<size_t>> offices;  // name_key -> the plans of that office
    for (size_t i = 0; i < plans.size(); ++i) offices[name_key(plans[i].office)].push_back(i);
    auto period = [&](size_t i) { return std::to_string(plans[i].start_year) + "-" + std::to_string(plans[i].end_year); };
    for (size_t i = 0; i < plans.size(); ++i) {
        const std::vector<size_t>& group = offices[name_key(plans[i].office)];
        if (group.size() < 2) continue;
        auto alone = [&](auto&& of) {
            for (size_t j : group)
                if (j != i && of(j) == of(i)) return false;
            return true;
        };
        if (alone(period)) out[i] = {PlanDistinction::By::Period, period(i)};
        else if (!plans[i].title.empty() && alone([&](size_t j) { return plans[j].title; })) out[i] = {PlanDistinction::By::Title, plans[i].title};
        else out[i] = {PlanDistinction::By::Id, plans[i].id};
    }
    return out;
}

std::string plan_shown(const std::string& office, const PlanDistinction& d) {
    return d.by == PlanDistinction::By::Nothing ? office : office + " \xE2\x80\x94 " + d.text;  // em dash
}

BiText plan_named(const PlanDistinction& d) {
    switch (d.by) {
        case PlanDistinction::By::Period: return {"periode " + d.text, "period " + d.text};
        case PlanDistinction::By::Title: return {"\"" + d.text + "\"", "\"" + d.text + "\""};
        default: return {d.text, d.text};
    }
}

size_t office_count(const std::vector<PlanTag>& plans) {
    std::set<std::string> offices;
    for (const PlanTag& p : plans) offices.insert(name_key(p.office));
    return offices.size();
}

PlanNames plan_names(const Plan& plan) {
    PlanNames n{plan.id, plan.office.name.empty() ? plan.id : plan.office.name, plan_tag(plan), {}};
    for (const auto& o : plan.objectives)
        for (const auto& ind : o.indicators) n.indicators.emplace_back(ind.id, (ind.code.empty() ? "" : ind.code + " ") + ind.name);
    return n;
}

BiText consolidation_place(const std::vector<PlanNames>& plans, const std::string& location) {
    std::vector<PlanTag> tags;
    for (const PlanNames& p : plans) tags.push_back(p.tag);
    const std::vector<PlanDistinction> distinct = tell_apart(tags);
    for (size_t i = 0; i < plans.size(); ++i)
        if (plans[i].plan_id == location) {
            const std::string office = plan_shown(plans[i].office, distinct[i]);
            return BiText{office, office};
        }
    // As links are split: at the last '/' (plan ids may hold one).
    const size_t slash = location.rfind('/');
    if (slash != std::string::npos) {
        const std::string plan_id = location.substr(0, slash), indicator_id = location.substr(slash + 1);
        for (size_t i = 0; i < plans.size(); ++i) {
            if (plans[i].plan_id != plan_id) continue;
            const std::string office = plan_shown(plans[i].office, distinct[i]);
            for (const auto& [id, what] : plans[i].indicators)
                if (id == indicator_id) return BiText{office + ", indikator " + what, office + ", indicator " + what};
        }
    }
    return BiText{location, location};
}

std::string category_color(const Consolidation& c, const std::string& label) {
    for (const auto& b : c.totals.counts)
        if (b.label == label) return b.color;
    return {};
}

BiText consolidation_place(const std::vector<Plan>& plans, const std::string& location) {
    std::vector<PlanNames> names;
    for (const Plan& p : plans) names.push_back(plan_names(p));
    return consolidation_place(names, location);
}

}  // namespace tolok
