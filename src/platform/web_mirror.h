// The durable mirror (src/app/services.h) in IndexedDB through Emscripten's IDBFS: localStorage reaches disk only
// seconds after a write, IndexedDB survives a browser killed right after the save's sync.
#pragma once

#include "app/services.h"

namespace tolok::platform {

class IdbMirror : public app::DurableMirror {
public:
    void save(const std::string& name, const std::string& content) override;
    std::optional<std::string> load(const std::string& name) override;
    bool durable() const override;
    void tell_other_tabs() override;
    Flush flush_state() const override;
};

// Mounts IDBFS at /persist and loads it from IndexedDB; calls `ready` when done (also when IndexedDB is
// unavailable, e.g. in a private window: the app then runs on localStorage alone). From then on, when another tab
// says it saved to the mirror alone (tell_other_tabs, over a BroadcastChannel), /persist is read again from
// IndexedDB and `changed` is called.
void mount_mirror(void (*ready)(), void (*changed)());

}  // namespace tolok::platform
