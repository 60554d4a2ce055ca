// Saving that does not lose work: the plans are written to one of two localStorage slots (the older one), each
// with a sequence number and a checksum, then read back and verified. A corrupt or half-written slot never
// replaces a good one; on start the newest valid slot is loaded (or the durable mirror's copy when newer).
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "app/services.h"

namespace tolok::app {

constexpr const char* kSlotKeys[2] = {"tolok.v1.slotA", "tolok.v1.slotB"};

struct SlotContent {
    unsigned long long sequence = 0;
    std::string payload;
    bool from_mirror = false;  // read from the durable mirror, not localStorage (read_saved_copies)
};

// "tolok-slot 1 <sequence> <fnv1a-64 hex of payload> <payload length>\n<payload>"
std::string encode_slot(unsigned long long sequence, const std::string& payload);
std::optional<SlotContent> decode_slot(const std::string& text);  // none when damaged

struct SaveResult {
    WriteStatus status = WriteStatus::Failed;
    unsigned long long sequence = 0;
    std::string text;  // the slot as written (encode_slot), for the mirror's copy
};

// The sequence numbers of the two slots that are valid (none for a missing or damaged one).
struct SlotSequences {
    std::optional<unsigned long long> a, b;
    unsigned long long newest() const { return std::max(a.value_or(0), b.value_or(0)); }
};
SlotSequences read_slot_sequences(KeyValueStore& store);

// Writes `payload` to the older slot with the next sequence number, after both slots' and `after` (the newest
// save elsewhere, such as the mirror's copy made while localStorage was full), and verifies it by reading it back.
// `known`: the slots as just read (read_slot_sequences), so that a save does not read them twice.
SaveResult save_to_slots(KeyValueStore& store, const std::string& payload, unsigned long long after = 0,
                         const SlotSequences* known = nullptr);

// Every copy the browser holds, for the start: the whole ones (checksum right), newest first, from the two slots
// and the mirror, so that one that cannot be read (written by another version of Tolok) gives way to the next; and
// of the damaged ones (a checksum or length that does not match), the newest as stored with the sequence number its
// first line names, when that can be read.
struct SavedCopies {
    std::vector<SlotContent> whole;
    unsigned long long damaged_sequence = 0;
    bool damaged_unnumbered = false;  // its first line names no sequence: it may be the newest of all
    std::string damaged_text;
};
SavedCopies read_saved_copies(KeyValueStore& store, DurableMirror* mirror);

// The newest valid slot (or, when given, the mirror's copy if it is valid and newer).
std::optional<SlotContent> load_from_slots(KeyValueStore& store, DurableMirror* mirror);

// The sequence number of the newest valid slot in `store` (0 when there is none). Another tab saving (or another
// tolok.html: every file:// page shares one localStorage) makes it larger than the one this tab loaded or wrote.
unsigned long long newest_slot_sequence(KeyValueStore& store);
// The same over both copies: the slots and, when given, the mirror's (which alone holds the saves made while
// localStorage was full, another tab's too once the platform has read it).
unsigned long long newest_saved_sequence(KeyValueStore& store, DurableMirror* mirror);
// The sequence number of the mirror's copy when it is valid (0 when none).
unsigned long long mirror_sequence(DurableMirror* mirror);

}  // namespace tolok::app
