// The words for the model's choices (value kind, polarity, quarters to year, realisasi from the evidence log, the
// lower-is-better rule) in both languages: one wording for the indicator editor's choices and for the review of a
// received file's changes ("polaritas diubah dari "semakin tinggi semakin baik" ..."), never the file's own words
// ("maximize", "distinct_places"). Static texts: the references stay valid.
#pragma once

#include "diagnostic.h"
#include "model.h"

namespace tolok {

const BiText& choice_label(ValueKind kind);
const BiText& choice_label(Polarity polarity);
const BiText& choice_label(Aggregation aggregation);
const BiText& choice_label(EvidenceRule rule);  // empty for None
const BiText& choice_label(MinimizeRule rule);

}  // namespace tolok
