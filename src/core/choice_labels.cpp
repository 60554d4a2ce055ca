// The words for the model's choices in both languages (see choice_labels.h).
#include "choice_labels.h"

namespace tolok {

const BiText& choice_label(ValueKind kind) {
    switch (kind) {
        case ValueKind::Number: { static const BiText words{"angka dengan satuan", "number with unit"}; return words; }
        case ValueKind::Percent: { static const BiText words{"persen", "percentage"}; return words; }
        case ValueKind::Grade: { static const BiText words{"predikat (AA..D, atau skala sendiri)", "grade (AA..D, or an own scale)"}; return words; }
        case ValueKind::Index: { static const BiText words{"indeks", "index"}; return words; }
        case ValueKind::Text: default: { static const BiText words{"teks", "text"}; return words; }
    }
}

const BiText& choice_label(Polarity polarity) {
    switch (polarity) {
        case Polarity::Maximize: { static const BiText words{"semakin tinggi semakin baik", "higher is better"}; return words; }
        case Polarity::Minimize: { static const BiText words{"semakin rendah semakin baik", "lower is better"}; return words; }
        case Polarity::Stabilize: default: { static const BiText words{"dalam rentang (stabil)", "within a range"}; return words; }
    }
}

const BiText& choice_label(Aggregation aggregation) {
    switch (aggregation) {
        case Aggregation::Sum: { static const BiText words{"jumlah", "sum"}; return words; }
        case Aggregation::Last: { static const BiText words{"nilai terakhir", "last value"}; return words; }
        case Aggregation::Average: default: { static const BiText words{"rata-rata", "average"}; return words; }
    }
}

const BiText& choice_label(EvidenceRule rule) {
    switch (rule) {
        case EvidenceRule::Count: { static const BiText words{"jumlah bukti", "the count"}; return words; }
        case EvidenceRule::DistinctPlaces: { static const BiText words{"jumlah tempat berbeda", "distinct places"}; return words; }
        case EvidenceRule::Sum: { static const BiText words{"jumlah nilai", "the sum"}; return words; }
        case EvidenceRule::Last: { static const BiText words{"nilai terakhir", "the last value"}; return words; }
        case EvidenceRule::None: default: { static const BiText words{"", ""}; return words; }
    }
}

const BiText& choice_label(MinimizeRule rule) {
    static const BiText two_minus{"(2 - R/T) x 100", "(2 - R/T) x 100"}, inverse{"T / R x 100", "T / R x 100"};
    return rule == MinimizeRule::TwoMinusRatio ? two_minus : inverse;
}

}  // namespace tolok
