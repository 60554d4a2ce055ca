// IDBFS mirror (see web_mirror.h).
#include "platform/web_mirror.h"

#include <emscripten.h>

#include <fstream>
#include <sstream>

namespace {
void (*g_ready)() = nullptr;
}

extern "C" EMSCRIPTEN_KEEPALIVE void tolok_mirror_mounted() {
    if (g_ready) g_ready();
}

namespace tolok::platform {

void mount_mirror(void (*ready)()) {
    g_ready = ready;
    EM_ASM({
        var done = function () { Module.ccall('tolok_mirror_mounted', null, [], []); };
        try {
            FS.mkdir('/persist');
            FS.mount(IDBFS, {}, '/persist');
            FS.syncfs(true, function (err) { if (err) console.warn('IDBFS load', err); done(); });
        } catch (e) {
            console.warn('IDBFS unavailable', e);
            done();
        }
    });
}

void IdbMirror::save(const std::string& name, const std::string& content) {
    {
        std::ofstream f("/persist/tolok-" + name, std::ios::binary | std::ios::trunc);
        f << content;
    }
    EM_ASM({
        try { FS.syncfs(false, function (err) { if (err) console.warn('IDBFS save', err); }); } catch (e) {}
    });
}

std::optional<std::string> IdbMirror::load(const std::string& name) {
    std::ifstream f("/persist/tolok-" + name, std::ios::binary);
    if (!f) return std::nullopt;
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

}  // namespace tolok::platform
