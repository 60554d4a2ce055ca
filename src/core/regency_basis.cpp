// The basis of the regency summary's averages and the note on pooled plans (see regency_basis.h).
#include "regency_basis.h"

#include "achievement.h"

namespace tolok {

namespace {

// The bands that decide the categories: the plan's own, or the default scale when it has none. Colours do not.
std::vector<CategoryBand> effective_bands(const AchievementSettings& s) {
    return s.bands.empty() ? default_category_bands() : s.bands;
}

bool same_scale(const AchievementSettings& a, const AchievementSettings& b) {
    return a.scale_name == b.scale_name && same_bands(effective_bands(a), effective_bands(b));
}

}  // namespace

SummaryBasis summary_basis_of(const std::vector<AchievementSettings>& settings, const std::vector<bool>& in_period) {
    SummaryBasis out;
    const AchievementSettings* first = nullptr;
    bool caps_differ = false, scales_differ = false;
    for (size_t i = 0; i < settings.size(); ++i) {
        if (i >= in_period.size() || !in_period[i]) {
            out.offices.emplace_back();
            continue;
        }
        out.offices.push_back(summary_basis(settings[i]));
        if (!first) {
            first = &settings[i];
            continue;
        }
        caps_differ = caps_differ || settings[i].cap != first->cap;
        scales_differ = scales_differ || !same_scale(settings[i], *first);
        out.same_for_all = out.same_for_all && out.offices.back()->id == summary_basis(*first).id;
    }
    if (caps_differ || scales_differ) {
        std::string id = caps_differ && scales_differ ? "batas capaian dan skala kategori yang berbeda"
                         : caps_differ                ? "batas capaian yang berbeda"
                                                      : "skala kategori yang berbeda";
        std::string en = caps_differ && scales_differ ? "different achievement caps and category scales"
                         : caps_differ                ? "different achievement caps"
                                                      : "different category scales";
        out.pooled_note = BiText{"Catatan: jumlah kabupaten menggabungkan rencana dengan " + id +
                                     "; rata-rata dan jumlah per kategorinya tidak sepenuhnya sebanding",
                                 "Note: the regency total pools plans with " + en +
                                     "; its average and category counts are not fully comparable"};
    }
    return out;
}

}  // namespace tolok
