// Structural edits of a plan that keep it tidy, shared by the app's commands: adding an objective (sasaran) or an
// indicator, moving an indicator to another objective, putting indicators and objectives in order (one place up or
// down), removing an indicator, and changing the period. An objective left without
// indicators by a move or a removal is dropped (nothing shows or prints it). Pure functions on a Plan.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "model.h"

namespace tolok {

// Appends an objective named `name`, numbered one past the highest whole-number code in use (so never a code
// already taken, after a deletion either); returns its id.
std::string add_objective(Plan& plan, const std::string& name);

// Appends an indicator named `name` to the objective `objective_id` (to the last objective when that id is
// unknown; to a new objective named `new_objective_name` when the plan has none). Its code is the next number of
// the plan, one past the highest whole-number code in use. Its id skips `reserved_ids` (ids other plans' links point to). Returns the new indicator's id.
std::string add_indicator(Plan& plan, const std::string& objective_id, const std::string& name,
                          const std::string& new_objective_name, const std::set<std::string>& reserved_ids = {});

// Numbers the objectives 1..M and the indicators 1..N in the order they stand (the IKU documents number the
// indicators straight through). False when every code already was its number.
bool renumber_codes(Plan& plan);

// Moves the indicator to the objective `objective_id`: in front of the indicator `before_id` when that one is in
// the objective, else to its end. False (nothing changed) when either is unknown or the indicator is already there.
bool move_indicator(Plan& plan, const std::string& indicator_id, const std::string& objective_id,
                    const std::string& before_id = "");

// Where an indicator stands: its objective and the indicator after it there (empty when it is the last). Given back
// to move_indicator, it puts the indicator back in its place. Both empty when the indicator is unknown.
struct IndicatorPlace {
    std::string objective_id;
    std::string before_id;
};
IndicatorPlace place_of(const Plan& plan, const std::string& indicator_id);

// An item's place in its list (0-based) and the list's length: an indicator among its objective's, an objective
// among the plan's. count 0 when unknown.
struct OrderPlace {
    size_t index = 0;
    size_t count = 0;
    bool first() const { return index == 0; }
    bool last() const { return index + 1 >= count; }
};
OrderPlace indicator_order(const Plan& plan, const std::string& indicator_id);
OrderPlace objective_order(const Plan& plan, const std::string& objective_id);

// Moves the indicator one place up (`step` -1) or down (+1) among its objective's indicators, or the objective among
// the plan's, with everything in it. Codes stay as they are (the official numbers; Rencana > Nomori ulang renumbers).
// False (nothing changed) when unknown or already first (up) or last (down).
bool move_indicator_step(Plan& plan, const std::string& indicator_id, int step);
bool move_objective_step(Plan& plan, const std::string& objective_id, int step);

// Removes the indicator; false when it is unknown.
bool remove_indicator(Plan& plan, const std::string& indicator_id);

// Why a period cannot be used (empty when it can): years from 1990 to 2100, the last not before the first, the last
// at most kMaxPeriodSpan after the first (as the plan files allow).
BiText period_problem(int start_year, int end_year);
// Sets the period: years outside it are removed from every indicator, and the old period written out in the
// texts that name it (period_mentions: "Tahun 2024-2028", "2024 - 2028", "2024–2028") becomes the new one,
// "2025-2029"; a year alone ("tahun 2024") or another period ("periode 2019-2024") is left as written.
void set_period(Plan& plan, int start_year, int end_year);

// The texts naming the plan's period as set_period rewrites it: the document title, and the chapters (title or text;
// the IKU document's and the LKjIP's). The office, signatories and indicators name no period of the plan's and are
// left as written. Counted for saying what a period change changes besides the years.
struct PeriodMentions {
    bool title = false;
    int chapters = 0;
    bool empty() const { return !title && chapters == 0; }
};
PeriodMentions period_mentions(const Plan& plan);
// "judul dokumen dan 4 bab" / "the document title and 4 chapters".
BiText describe(const PeriodMentions& mentions);

// Appends a program named `name` with no budget yet (id "p<N>", one past the highest in use); returns its id.
std::string add_program(Plan& plan, const std::string& name);
// Removes the program; false when it is unknown.
bool remove_program(Plan& plan, const std::string& program_id);

// What set_period would remove: the entries of the years left outside the new period, counted for asking first.
struct PeriodLoss {
    int targets = 0;   // yearly and quarterly targets
    int actuals = 0;   // yearly and quarterly realisasi (typed, from components or following the evidence)
    int notes = 0;     // notes of those realisasi, and the years' kegiatan
    int evidence = 0;  // evidence rows (bukti dukung)
    int budgets = 0;   // program budgets (anggaran) of those years
    std::vector<int> years;  // the years with any of these, in order
    bool empty() const { return targets + actuals + notes + evidence + budgets == 0; }
};
PeriodLoss period_loss(const Plan& plan, int start_year, int end_year);
// "6 target, 15 realisasi dan 2 bukti dukung pada tahun 2018" / "6 targets, 15 actuals and 2 evidence rows in 2018".
BiText describe(const PeriodLoss& loss);

// The objective that moving or removing this indicator would drop, because it is its only one (nullptr when none):
// for saying so before or as it happens.
const Objective* objective_dropped_without(const Plan& plan, const std::string& indicator_id);

// The objective holding the indicator (nullptr when none does).
const Objective* objective_of(const Plan& plan, const std::string& indicator_id);

// Category bands as edited in the settings, each step keeping bands that covered 0..inf covering it:
// the band `i` removed, its range going to the band below it (the last band's to the band above, which then has no
// upper limit); a band `label` added on top, the top band split 10 points above where it starts; band `i`'s lower
// limit included or not, the band below it then ending short of that limit or at it (one shared boundary).
void remove_category_band(std::vector<CategoryBand>& bands, size_t i);
void add_category_band(std::vector<CategoryBand>& bands, const std::string& label);
void set_band_start_included(std::vector<CategoryBand>& bands, size_t i, bool included);

}  // namespace tolok
