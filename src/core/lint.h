// IKU quality lint: what SAKIP evaluators catch in an IKU, as findings with stable ids located by JSON pointer.
#pragma once

#include "diagnostic.h"
#include "model.h"

namespace tolok {

// Findings (all Severity::Warning unless noted), located at the field to fix, "/objectives/O/indicators/I/<field>"
// (name, formula/text, formula/expression, years/Y/target, years/Y/actual/..., grade_scale), so a tool can open
// that field:
//   lint.formula_unit_mismatch  the unit the formula produces (e.g. % from "x 100 %") differs from the targets'
//   lint.name_kind_mismatch     name starts "Persentase"/"Presentase"/"Jumlah"/"Nilai"/"Indeks"/"Tingkat"/"Laju"
//                               but targets are of another kind (e.g. "Jumlah ..." with "%" targets,
//                               "Nilai Indeks Kepuasan" with "%" targets for a 25-100 index)
//   lint.missing_target         a year of the period without a target
//   lint.formula_not_computable formula text without a computable expression (Info)
//   lint.formula_invalid        the expression does not parse (Error)
//   lint.duplicate_indicator    two indicators with the same name (normalised)
//   lint.mixed_target_units     targets of one indicator written in different units
//   lint.spelling               known misspellings ("Presentase" for "Persentase") (Info)
//   lint.target_text            a target written as text among value targets
//   lint.quarter_targets_sum    summed quarters whose four targets do not add up to the year's
//   lint.actual_quarters_differ a realisasi entered for the year (typed or from components) that differs from its
//                               quarters' sum/average/last: the year's own value is the one used (years/Y/actual/value)
//   lint.actual_components_differ a yearly realisasi typed beside formula components that give another number (the
//                               typed one is used; years/Y/actual/value)
//   lint.quarter_actuals_cumulative quarter realisasi typed as running totals (5, 10, 15, 18) against cumulative
//                               quarter targets, which Tolok adds up itself (quarters_typed_cumulatively); at the
//                               first such quarter's value
//   lint.actual_implausible     a realisasi of a year or quarter (typed, from components, the evidence log or the
//                               quarters) whose capaian is above 300 % or below -100 %: most often a typo such as
//                               1.250 (1250) for 1,250 or 12,50; at what was typed
//   lint.cap_below_target       a cap (the plan's, /settings/cap, or the indicator's, cap) below 100 %
//   evidence.*                  the evidence log's problems (core/evidence.h), at the row's field
//                               (years/Y/actual/evidence/N/date, /value, or /place for evidence.place_missing; a
//                               duplicate row at its date; quarter_actuals/Q/... for a quarter's); and
//                               evidence.aggregate_unfit: a realisasi following an aggregate that can be none of the
//                               indicator (evidence_rule_unfit: a count as a percentage), at years/Y/actual/from_evidence
//   lint.grade_scale_unknown    graded, on a scale the plan does not have (Error)
//   lint.nip_invalid            a signatory's NIP (/signatory/nip, /superior/nip) fails its structure check
//   scale.*                     a grade scale of the plan's own (/grade_scales/G/steps/N): check_grade_scale in
//                               core/achievement.h
Diagnostics lint_plan(const Plan& plan);

// Whether a capaian (percent, uncapped) is so far beyond plausible (above 300 %, below -100 %) that its realisasi is
// most likely a typo: lint.actual_implausible, and the mark the Capaian tab puts on it.
bool capaian_implausible(double percent);
// Whether a realisasi typed as a bare fraction against a percent target ("0,66" against 65 %: how Excel keeps a
// percentage, computed as 0,66 %) is most likely a percentage meant: lint.actual_fraction_of_percent, and the mark
// the Capaian tab puts on it.
bool actual_fraction_of_percent(const Value& typed, const Value& target);

}  // namespace tolok
