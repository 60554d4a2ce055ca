// libFuzzer entry point: the strict plan reader (fast path and DOM reader) and the exchange-file reader on
// arbitrary bytes. An accepted file must write and re-read to the same bytes; both plan readers must agree; an
// exchange file written from an accepted plan must verify, and must not verify with one byte flipped.
// Run: ./build-wasm.sh fuzz [SECONDS].
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/exchange.h"
#include "core/plan_json.h"
#include "core/plan_json_read.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace tolok;
    std::string text(reinterpret_cast<const char*>(data), size);
    PlanReadResult r = read_plans(text);
    PlanReadResult dom = read_plans_dom(text);
    if (r.ok() != dom.ok()) std::abort();
    (void)read_exchange(text);
    (void)read_exchange(text, {true});
    if (r.ok()) {
        std::string once = write_plans(r.plans);
        if (once != write_plans(dom.plans)) std::abort();
        PlanReadResult again = read_plans(once);
        if (!again.ok() || write_plans(again.plans) != once) std::abort();

        ExchangeWriteOptions o;
        o.sent_at = "2026-11-26T00:00:00Z";
        std::string sealed = write_exchange_plans(r.plans, o);
        if (!read_exchange(sealed).verified) std::abort();
        std::string flipped = sealed;
        flipped[size % flipped.size()] ^= 0x01;
        ExchangeReadResult bad = read_exchange(flipped);
        if (bad.ok() || bad.verified) std::abort();
    }
    return 0;
}
