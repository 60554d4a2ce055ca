// "Maybe the same office twice" (see office_twice.h).
#include "office_twice.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <utility>

namespace tolok {

namespace {

// Edit distance where two neighbouring letters swapped count as one edit, as a typist makes them ("Sosail" for
// "Sosial"; optimal string alignment), stopping once it is over `limit` (then limit + 1).
size_t edit_distance(const std::string& a, const std::string& b, size_t limit) {
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return limit + 1;
    std::vector<size_t> before(b.size() + 1), row(b.size() + 1), next(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        next[0] = i;
        size_t best = next[0];
        for (size_t j = 1; j <= b.size(); ++j) {
            next[j] = std::min({row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) next[j] = std::min(next[j], before[j - 2] + 1);
            best = std::min(best, next[j]);
        }
        if (best > limit) return limit + 1;
        std::swap(before, row);
        std::swap(row, next);
    }
    return std::min(row[b.size()], limit + 1);
}

std::string without_digits(std::string s) {
    s.erase(std::remove_if(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; }), s.end());
    return s;
}

}  // namespace

OfficeFacts office_facts(const Plan& plan) {
    OfficeFacts f;
    f.plan_id = plan.id;
    f.office = plan.office.name.empty() ? plan.id : plan.office.name;
    f.start_year = plan.start_year;
    f.end_year = plan.end_year;
    for (const auto& o : plan.objectives)
        for (const auto& ind : o.indicators) f.indicators.push_back(name_key(ind.name));
    std::sort(f.indicators.begin(), f.indicators.end());
    f.indicators.erase(std::unique(f.indicators.begin(), f.indicators.end()), f.indicators.end());
    return f;
}

bool office_names_nearly_same(const std::string& a, const std::string& b) {
    const std::string ka = name_key(a), kb = name_key(b);
    if (ka == kb || ka.size() < 8 || kb.size() < 8) return false;
    if (without_digits(ka) == without_digits(kb)) return false;  // they differ in their numbers only
    // One slip (a letter wrong, missing, extra or two swapped) in a short name; two in a long one. Two slips in a
    // short name are as often another office: "Bagian Umum" and "Bagian Hukum", "Pekon Sukamaju" and "Pekon Sukaraja".
    const size_t slips = std::min(ka.size(), kb.size()) >= 20 ? 2 : 1;
    return edit_distance(ka, kb, slips) <= slips;
}

Diagnostics maybe_same_office(const std::vector<OfficeFacts>& plans) {
    // How many plans of a period have each indicator set (a set of three or more is a template).
    std::map<std::pair<std::pair<int, int>, std::vector<std::string>>, int> sharing;
    for (const auto& p : plans)
        if (!p.indicators.empty()) ++sharing[{{p.start_year, p.end_year}, p.indicators}];
    Diagnostics out;
    for (size_t j = 0; j < plans.size(); ++j) {
        const OfficeFacts& later = plans[j];
        for (size_t i = 0; i < j; ++i) {
            const OfficeFacts& earlier = plans[i];
            if (earlier.start_year != later.start_year || earlier.end_year != later.end_year) continue;
            if (name_key(earlier.office) == name_key(later.office) || earlier.plan_id == later.plan_id ||
                is_numbered_plan_id(later.plan_id, earlier.plan_id) || is_numbered_plan_id(earlier.plan_id, later.plan_id))
                continue;  // said by the rules of one name, one id, or the import's number
            const bool typo = office_names_nearly_same(earlier.office, later.office);
            const bool same_indicators = !later.indicators.empty() && later.indicators == earlier.indicators &&
                                         sharing[{{later.start_year, later.end_year}, later.indicators}] == 2;
            if (!typo && !same_indicators) continue;
            const std::string period = std::to_string(later.start_year) + "-" + std::to_string(later.end_year);
            const std::string why_id = typo ? "nama instansinya hampir sama" : "indikatornya sama persis";
            const std::string why_en = typo ? "their office names are nearly the same" : "they have exactly the same indicators";
            out.push_back(Diagnostic{
                Severity::Warning, "consolidation.maybe_same_office", later.plan_id,
                BiText{"rencana " + earlier.plan_id + " (" + earlier.office + ") dan " + later.plan_id + " (" + later.office +
                           ") berperiode sama (" + period + ") dan " + why_id +
                           "; mungkin instansi yang sama dihitung dua kali (hapus salah satu bila itu salinan, atau betulkan nama instansinya)",
                       "plans " + earlier.plan_id + " (" + earlier.office + ") and " + later.plan_id + " (" + later.office +
                           ") have the same period (" + period + ") and " + why_en +
                           "; they may be the same office counted twice (delete one if it is a copy, or correct the office name)"}});
        }
    }
    return out;
}

}  // namespace tolok
