// The basis of the regency summary's averages and the note on pooled plans (see regency_basis.h).
#include "regency_basis.h"

#include "achievement.h"
#include "choice_labels.h"

namespace tolok {

namespace {

bool same_scale(const AchievementSettings& a, const AchievementSettings& b) {
    return a.scale_name == b.scale_name && same_bands(bands_in_force(a), bands_in_force(b));
}

// "a", "a dan b", "a, b dan c".
std::string joined(const std::vector<std::string>& parts, const std::string& and_word) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i)
        out += (i == 0 ? "" : i + 1 == parts.size() ? " " + and_word + " " : ", ") + parts[i];
    return out;
}

}  // namespace

PlanBasis plan_basis(const Plan& plan) {
    PlanBasis out{plan.settings, summary_basis(plan), 0, false};
    for (const auto& o : plan.objectives)
        for (const auto& ind : o.indicators) {
            out.own_caps += ind.cap.rule == IndicatorCap::Rule::At || (ind.cap.rule == IndicatorCap::Rule::None && plan.settings.cap);
            out.lower_is_better = out.lower_is_better || ind.polarity != Polarity::Maximize;
        }
    return out;
}

SummaryBasis summary_basis_of(const std::vector<PlanBasis>& plans, const std::vector<bool>& in_period) {
    SummaryBasis out;
    const PlanBasis* first = nullptr;              // the first counted plan
    const PlanBasis* first_lower = nullptr;        // the first counted plan with lower-is-better indicators
    bool caps_differ = false, scales_differ = false, rules_differ = false, own_caps = false;
    int counted = 0;
    for (size_t i = 0; i < plans.size(); ++i) {
        if (i >= in_period.size() || !in_period[i]) continue;
        const PlanBasis& p = plans[i];
        ++counted;
        own_caps = own_caps || p.own_caps > 0;
        if (p.lower_is_better) {
            if (!first_lower) first_lower = &p;
            rules_differ = rules_differ || p.settings.minimize_rule != first_lower->settings.minimize_rule;
        }
        if (!first) {
            first = &p;
            continue;
        }
        caps_differ = caps_differ || p.settings.cap != first->settings.cap;
        scales_differ = scales_differ || !same_scale(p.settings, first->settings);
    }
    // Capaian capped by an indicator's own cap pooled with other offices' capaian: the total mixes caps too.
    caps_differ = caps_differ || (own_caps && counted > 1);
    std::optional<std::string> first_text;  // the first counted office's basis: every other compared with it
    for (size_t i = 0; i < plans.size(); ++i) {
        if (i >= in_period.size() || !in_period[i]) {
            out.offices.emplace_back();
            continue;
        }
        BiText text = plans[i].text;
        if (rules_differ && plans[i].lower_is_better) {  // which rule this office's lower-is-better capaian follow
            const BiText& rule = choice_label(plans[i].settings.minimize_rule);
            text.id += "; rumus semakin rendah semakin baik " + rule.id;
            text.en += "; lower-is-better rule " + rule.en;
        }
        if (!first_text) first_text = text.id;
        out.same_for_all = out.same_for_all && text.id == *first_text;
        out.offices.push_back(std::move(text));
    }
    std::vector<std::string> id, en;
    if (caps_differ) id.push_back("batas capaian"), en.push_back("achievement caps");
    if (scales_differ) id.push_back("skala kategori"), en.push_back("category scales");
    if (rules_differ) id.push_back("rumus semakin rendah semakin baik"), en.push_back("lower-is-better rules");
    if (!id.empty())
        out.pooled_note = BiText{"Catatan: jumlah kabupaten menggabungkan rencana dengan " + joined(id, "dan") +
                                     " yang berbeda; rata-rata dan jumlah per kategorinya tidak sepenuhnya sebanding",
                                 "Note: the regency total pools plans with different " + joined(en, "and") +
                                     "; its average and category counts are not fully comparable"};
    return out;
}

SummaryBasis summary_basis_of(const std::vector<AchievementSettings>& settings, const std::vector<bool>& in_period) {
    std::vector<PlanBasis> plans;
    plans.reserve(settings.size());
    for (const auto& s : settings) plans.push_back(PlanBasis{s, summary_basis(s), 0, true});
    return summary_basis_of(plans, in_period);
}

}  // namespace tolok
