// Gathering the regency recap (regency_recap.h): the consolidation, the averages' basis, the problems' places, and
// the regency plan's region, place and signatory, one plan at a time.
#include "regency_recap.h"

#include "report_common.h"

namespace tolok {

RegencyRecapBuilder::RegencyRecapBuilder(int year) : consolidator_(year) {}

void RegencyRecapBuilder::add(const Plan& plan) {
    consolidator_.add(plan);
    bases_.push_back(plan_basis(plan));
    names_.push_back(plan_names(plan));
    facts_.push_back(PlanFacts{report::region_name(plan), plan.office.place, plan.signatory});
}

RegencyRecap RegencyRecapBuilder::finish() {
    RegencyRecap r;
    r.consolidation = consolidator_.finish();
    const Consolidation& c = r.consolidation;
    std::vector<bool> in_period;
    for (const auto& o : c.offices) in_period.push_back(o.in_period);
    r.basis = summary_basis_of(bases_, in_period);
    for (const auto& p : c.problems) r.problem_places.push_back(consolidation_place(names_, p.location));
    // The regency plan: the one holding the top of the pohon kinerja.
    size_t regency = facts_.size();
    if (!c.cascade.empty())
        for (size_t i = 0; i < names_.size() && i < c.offices.size(); ++i)
            if (names_[i].plan_id == c.cascade.front().plan_id) { regency = i; break; }
    if (regency < facts_.size()) {
        r.region = facts_[regency].region;
        r.place = facts_[regency].place;
        r.signatory = facts_[regency].signatory;
    }
    for (size_t i = 0; i < facts_.size() && i < c.offices.size(); ++i) {
        if (!c.offices[i].in_period) continue;
        if (r.region.empty()) r.region = facts_[i].region;
        if (r.place.empty()) r.place = facts_[i].place;
    }
    bases_.clear();
    names_.clear();
    facts_.clear();
    return r;
}

RegencyRecap regency_recap(const std::vector<Plan>& plans, int year) {
    RegencyRecapBuilder b(year);
    for (const Plan& p : plans) b.add(p);
    return b.finish();
}

}  // namespace tolok
