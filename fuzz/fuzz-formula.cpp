// libFuzzer entry point: the formula engine and the value parser on arbitrary text; results must never be NaN
// or infinite. Run: ./build-wasm.sh fuzz [SECONDS].
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/formula.h"
#include "core/value.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    tolok::ParsedFormula f = tolok::parse_formula(text);
    std::map<std::string, double> values;
    for (const auto& r : f.references) values[r] = static_cast<double>(r.size()) - 3.0;
    tolok::FormulaResult r = tolok::evaluate_formula(f, values);
    if (r.value && !std::isfinite(*r.value)) std::abort();
    (void)tolok::formula_to_text(f);
    (void)tolok::latex_to_plain(text);
    if (auto d = tolok::derive_formula(text))
        if (!tolok::parse_formula(d->expression).ok()) std::abort();
    tolok::Value v = tolok::parse_value(text);
    if (v.number && !std::isfinite(*v.number)) std::abort();
    return 0;
}
