// libFuzzer entry point: the strict plan reader on arbitrary bytes; an accepted file must write and re-read to
// the same bytes. Run: ./build-wasm.sh fuzz [SECONDS].
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/plan_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    tolok::PlanReadResult r = tolok::read_plans(text);
    if (r.ok()) {
        std::string once = tolok::write_plans(r.plans);
        tolok::PlanReadResult again = tolok::read_plans(once);
        if (!again.ok() || tolok::write_plans(again.plans) != once) std::abort();
    }
    return 0;
}
