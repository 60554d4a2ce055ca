// libFuzzer entry point: the formula engine, the value parser, the number formatter and the achievement rule on
// arbitrary bytes. Nothing may crash, overflow the stack or hit undefined behaviour, and no result may be NaN or
// infinite. Run: ./build-wasm.sh fuzz [SECONDS].
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>

#include "core/achievement.h"
#include "core/formula.h"
#include "core/value.h"

namespace {

void require_finite(const std::optional<double>& v) {
    if (v && !std::isfinite(*v)) std::abort();
}

void require_finite(const tolok::FormulaResult& r) {
    require_finite(r.value);
    if (!r.value && r.reason.id.empty()) std::abort();  // not computable always says why
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace tolok;
    std::string text(reinterpret_cast<const char*>(data), size);

    // The expression, evaluated with a few component values: non-zero ones, then all zero (division by zero).
    ParsedFormula f = parse_formula(text);
    std::map<std::string, double> values, zeros;
    for (const auto& r : f.references) {
        values[r] = static_cast<double>(r.size()) - 3.0;
        zeros[r] = 0;
    }
    require_finite(evaluate_formula(f, values));
    require_finite(evaluate_formula(f, zeros));
    require_finite(evaluate_formula(f, {{"a", 1e308}, {"b", -1e308}}));
    if (f.ok() != (f.root && f.errors.empty())) std::abort();
    (void)formula_to_text(f);

    // The printed-rumus helpers.
    (void)latex_to_plain(text);
    if (auto d = derive_formula(text)) {
        if (!parse_formula(d->expression).ok()) std::abort();
        std::map<std::string, double> by_id;
        for (size_t i = 0; i < d->components.size(); ++i) by_id[d->components[i].id] = static_cast<double>(i);
        require_finite(evaluate_formula(*d, by_id));
    }

    // The same bytes as a value, formatted back.
    Value v = parse_value(text);
    require_finite(v.number);
    require_finite(v.upper);
    if (v.number) {
        (void)format_number(*v.number, 2, Lang::Id);
        (void)format_number(*v.number, 0, Lang::En);
        (void)format_number_short(*v.number);
    }
    (void)normalize_unit(v.unit);
    require_finite(parse_number(text));

    // Target and realisasi split at the first '|': every comparison, both minimize rules, a cap.
    size_t bar = text.find('|');
    if (bar != std::string::npos) {
        Value target = parse_value(std::string_view(text).substr(0, bar));
        Value actual = parse_value(std::string_view(text).substr(bar + 1));
        AchievementSettings settings;
        settings.cap = 120;
        for (Polarity p : {Polarity::Maximize, Polarity::Minimize, Polarity::Stabilize}) {
            Achievement a = achieve(target, actual, p, settings, &builtin_grade_scales()[0]);
            require_finite(a.percent);
            require_finite(a.capped_percent);
            if (a.computable() == a.category.empty()) std::abort();  // a category exactly when computable
            settings.minimize_rule = MinimizeRule::InverseRatio;
        }
    }
    return 0;
}
