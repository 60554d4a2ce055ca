// Implementation of the two verified storage slots (see storage_slots.h).
#include "app/logic/storage_slots.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace tolok::app {

namespace {

unsigned long long fnv1a(const std::string& s) {
    unsigned long long h = 1469598103934665603ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::optional<SlotContent> read_slot(KeyValueStore& store, int i) {
    auto text = store.read(kSlotKeys[i]);
    if (!text) return std::nullopt;
    return decode_slot(*text);
}

}  // namespace

std::string encode_slot(unsigned long long sequence, const std::string& payload) {
    char head[96];
    std::snprintf(head, sizeof head, "tolok-slot 1 %llu %016llx %zu\n", sequence, fnv1a(payload), payload.size());
    return head + payload;
}

std::optional<SlotContent> decode_slot(const std::string& text) {
    size_t nl = text.find('\n');
    if (nl == std::string::npos || text.compare(0, 13, "tolok-slot 1 ") != 0) return std::nullopt;
    unsigned long long sequence = 0, sum = 0;
    size_t length = 0;
    if (std::sscanf(text.c_str() + 13, "%llu %llx %zu", &sequence, &sum, &length) != 3) return std::nullopt;
    std::string payload = text.substr(nl + 1);
    if (payload.size() != length || fnv1a(payload) != sum) return std::nullopt;
    return SlotContent{sequence, std::move(payload)};
}

SlotSequences read_slot_sequences(KeyValueStore& store) {
    SlotSequences out;
    if (auto a = read_slot(store, 0)) out.a = a->sequence;
    if (auto b = read_slot(store, 1)) out.b = b->sequence;
    return out;
}

SaveResult save_to_slots(KeyValueStore& store, const std::string& payload, unsigned long long after, const SlotSequences* known) {
    const SlotSequences slots = known ? *known : read_slot_sequences(store);
    const unsigned long long newest = std::max(slots.newest(), after);
    // Write over the slot that is damaged, missing, or older; the newest good copy stays untouched.
    const int target = !slots.a ? 0 : !slots.b ? 1 : (*slots.a <= *slots.b ? 0 : 1);
    SaveResult r;
    r.sequence = newest + 1;
    r.text = encode_slot(r.sequence, payload);
    r.status = store.write(kSlotKeys[target], r.text);
    if (r.status != WriteStatus::Ok) return r;
    auto back = store.read(kSlotKeys[target]);
    if (!back || *back != r.text) r.status = WriteStatus::Failed;
    return r;
}

SavedCopies read_saved_copies(KeyValueStore& store, DurableMirror* mirror) {
    SavedCopies out;
    auto take = [&](const std::optional<std::string>& text, bool from_mirror) {
        if (!text || text->empty()) return;
        if (auto whole = decode_slot(*text)) {
            whole->from_mirror = from_mirror;
            out.whole.push_back(std::move(*whole));
            return;
        }
        // Its number from the first line, whatever its format version ("tolok-slot 2 <sequence> ..." from a newer
        // Tolok); a first line that says none may be newer than every copy read, so it counts as the newest.
        unsigned long long sequence = 0;
        unsigned format = 0;
        const bool numbered = std::sscanf(text->c_str(), "tolok-slot %u %llu", &format, &sequence) == 2;
        if (out.damaged_text.empty() || !numbered || (!out.damaged_unnumbered && sequence > out.damaged_sequence)) {
            out.damaged_sequence = numbered ? sequence : 0;
            out.damaged_unnumbered = !numbered;
            out.damaged_text = *text;
        }
    };
    for (int i = 0; i < 2; ++i) take(store.read(kSlotKeys[i]), false);
    if (mirror) take(mirror->load("slot"), true);
    // Newest first; of one save held twice (localStorage and the mirror), localStorage's first.
    std::stable_sort(out.whole.begin(), out.whole.end(), [](const SlotContent& a, const SlotContent& b) { return a.sequence > b.sequence; });
    return out;
}

unsigned long long newest_slot_sequence(KeyValueStore& store) { return read_slot_sequences(store).newest(); }

unsigned long long mirror_sequence(DurableMirror* mirror) {
    if (!mirror) return 0;
    if (auto text = mirror->load("slot"))
        if (auto m = decode_slot(*text)) return m->sequence;
    return 0;
}

unsigned long long newest_saved_sequence(KeyValueStore& store, DurableMirror* mirror) {
    return std::max(newest_slot_sequence(store), mirror_sequence(mirror));
}

std::optional<SlotContent> load_from_slots(KeyValueStore& store, DurableMirror* mirror) {
    SavedCopies copies = read_saved_copies(store, mirror);  // newest first; of equals, localStorage's
    if (copies.whole.empty()) return std::nullopt;
    return std::move(copies.whole.front());
}

}  // namespace tolok::app
