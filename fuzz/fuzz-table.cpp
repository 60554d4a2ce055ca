// libFuzzer entry point: the table import on arbitrary bytes; an imported plan must write as a valid plan file.
// Run: ./build-wasm.sh fuzz [SECONDS].
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/plan_json.h"
#include "core/table_import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    tolok::TableImportResult r = tolok::import_table(text, {"Fuzz", 2023, tolok::Lang::Id});
    if (r.plan && !tolok::has_errors(r.problems)) {
        tolok::PlanReadResult back = tolok::read_plans(tolok::write_plan(*r.plan));
        if (!back.ok()) std::abort();
    }
    return 0;
}
