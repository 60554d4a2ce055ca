// The printed regency recap ("Rekapitulasi Capaian Kinerja Perangkat Daerah Kabupaten X Tahun Y") of the plans that
// Bagian Organisasi / Bappeda combine (the app's Kabupaten tab, `tolok summary --format html`): everything it prints
// comes from the one consolidation (consolidation.h) and the averages' basis (regency_basis.h), gathered here one
// plan at a time so a summary of many files may drop each plan after adding it.
// - The regency plan is the plan holding the top of the pohon kinerja (the first cascade root's plan); the recap is
//   signed by its signatory, else a blank block with the place and date lines to fill in by hand.
// - The region ("Kabupaten Tanggamus") and place: the regency plan's, else those of the first office counted that
//   has one.
#pragma once

#include <string>
#include <vector>

#include "consolidation.h"
#include "model.h"
#include "regency_basis.h"
#include "report_html.h"

namespace tolok {

struct RegencyRecap {
    Consolidation consolidation;
    SummaryBasis basis;
    std::vector<BiText> problem_places;  // per consolidation problem: its location read out (consolidation_place)
    std::string region;                  // "Kabupaten Tanggamus" (region_name), "" when no plan names one
    std::string place;                   // where it is signed, e.g. "Kota Agung", "" when none
    Signatory signatory;                 // the regency plan's; empty when there is none
};

class RegencyRecapBuilder {
public:
    explicit RegencyRecapBuilder(int year);
    void add(const Plan& plan);
    // The result; the builder is empty afterwards.
    RegencyRecap finish();

private:
    struct PlanFacts {
        std::string region, place;
        Signatory signatory;
    };
    Consolidator consolidator_;
    std::vector<PlanBasis> bases_;
    std::vector<PlanNames> names_;
    std::vector<PlanFacts> facts_;
};

// All at once: the builder over `plans` in order.
RegencyRecap regency_recap(const std::vector<Plan>& plans, int year);

// The whole HTML document (A4 landscape), in options.lang; options.year is the consolidation's, options.place_date
// the signature's place and date when given (options.kind and quarter are not used).
std::string render_regency_recap(const RegencyRecap& recap, const ReportOptions& options);

}  // namespace tolok
