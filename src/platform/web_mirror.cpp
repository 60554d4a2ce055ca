// IDBFS mirror (see web_mirror.h).
#include "platform/web_mirror.h"

#include <emscripten.h>

#include <cstdio>

#include "core/file_bytes.h"

namespace {
void (*g_ready)() = nullptr;
void (*g_changed)() = nullptr;
}

extern "C" EMSCRIPTEN_KEEPALIVE void tolok_mirror_mounted() {
    if (g_ready) g_ready();
}

extern "C" EMSCRIPTEN_KEEPALIVE void tolok_mirror_changed() {
    if (g_changed) g_changed();
}

// Mounts IDBFS at /persist and fills it from IndexedDB. web/index.html starts reading the database (same name,
// version and layout as IDBFS) while tolok.js is still loading (window.tolokMirrorPreload); its entries are stored
// here with IDBFS's own storeLocalEntry and its connection is reused. Without a preload, IDBFS loads it itself.
EM_JS(void, tolok_mount_mirror_js, (), {
    // Saves sync to IndexedDB only from here on: a sync before IndexedDB's entries are in /persist would delete them.
    var done = function () {
        Module.tolokMirrorReady = !!Module.tolokMirrorMounted;
        // A save made before this point is in /persist only: written now, counted as the others (IdbMirror::save).
        if (Module.tolokMirrorReady && Module.tolokMirrorWaiting) {
            Module.tolokMirrorWaiting = false;
            Module.tolokMirrorPending = (Module.tolokMirrorPending || 0) + 1;
            try {
                FS.syncfs(false, function (err) {
                    Module.tolokMirrorPending--;
                    Module.tolokMirrorFailed = !!err;
                });
            } catch (e) { Module.tolokMirrorPending--; Module.tolokMirrorFailed = true; }
        }
        // Saves another tab made to IndexedDB alone (localStorage full): no storage event says so, this channel does
        // (IdbMirror::tell_other_tabs). /persist is read again, then the app compares the copies.
        // Opened after the first frame (a task of its own): the start does not wait for it.
        if (Module.tolokMirrorReady && typeof BroadcastChannel == 'function') setTimeout(function () {
            try {
                Module.tolokMirrorChannel = new BroadcastChannel('tolok-mirror');
                Module.tolokMirrorChannel.onmessage = function () {
                    FS.syncfs(true, function (err) {
                        if (err) console.warn('IDBFS reload', err);
                        else Module.ccall('tolok_mirror_changed', null, [], []);
                    });
                };
            } catch (e) {}
        }, 0);
        Module.ccall('tolok_mirror_mounted', null, [], []);
    };
    var populate = function () {
        FS.syncfs(true, function (err) { if (err) console.warn('IDBFS load', err); done(); });
    };
    try {
        FS.mkdir('/persist');
        // Without IndexedDB (some embedded browsers) IDBFS would abort the whole module: the app then runs on
        // localStorage alone, /persist staying in memory.
        if (typeof indexedDB == 'undefined' || !indexedDB) { done(); return; }
        FS.mount(IDBFS, {}, '/persist');
        Module.tolokMirrorMounted = true;
    } catch (e) {
        console.warn('IDBFS unavailable', e);
        done();
        return;
    }
    var apply = function (r) {
        if (!r) { populate(); return; }
        IDBFS.dbs['/persist'] = r.db;
        // Parents before children, as IDBFS's reconcile does.
        var order = r.keys.map(function (k, i) { return i; });
        order.sort(function (a, b) { return String(r.keys[a]) < String(r.keys[b]) ? -1 : 1; });
        order.forEach(function (i) {
            IDBFS.storeLocalEntry(String(r.keys[i]), r.values[i], function (err) { if (err) console.warn('IDBFS entry', err); });
        });
        done();
    };
    // Already read (the usual case once the wasm is running): taken now, so main() knows the app can start.
    if (typeof window != 'undefined' && window.tolokMirrorPreloaded) { apply(window.tolokMirrorPreloaded); return; }
    var preload = typeof window != 'undefined' && window.tolokMirrorPreload;
    if (!preload) { populate(); return; }
    preload.then(apply, populate);
});

namespace tolok::platform {

void mount_mirror(void (*ready)(), void (*changed)()) {
    g_ready = ready;
    g_changed = changed;
    tolok_mount_mirror_js();
}

// C stdio rather than iostreams (see core/file_bytes.h).
void IdbMirror::save(const std::string& name, const std::string& content) {
    if (std::FILE* f = std::fopen(("/persist/tolok-" + name).c_str(), "wb")) {
        std::fwrite(content.data(), 1, content.size(), f);
        std::fclose(f);
    }
    // Counted until IndexedDB has it (flush_state); a save before the mount is written by the first sync after it.
    EM_ASM({
        if (!Module.tolokMirrorReady) { Module.tolokMirrorWaiting = true; return; }
        Module.tolokMirrorPending = (Module.tolokMirrorPending || 0) + 1;
        var finished = function (err) {
            Module.tolokMirrorPending--;
            Module.tolokMirrorFailed = !!err;
            if (err) console.warn('IDBFS save', err);
        };
        try { FS.syncfs(false, finished); } catch (e) { finished(e); }
    });
}

tolok::app::DurableMirror::Flush IdbMirror::flush_state() const {
    const int state = EM_ASM_INT({
        if (Module.tolokMirrorPending > 0 || (Module.tolokMirrorWaiting && Module.tolokMirrorMounted)) return 1;
        return Module.tolokMirrorFailed ? 2 : 0;
    });
    return state == 1 ? Flush::Pending : state == 2 ? Flush::Failed : Flush::Done;
}

void IdbMirror::tell_other_tabs() {
    // Told once the save is in IndexedDB, so that the other tabs read it: a sync of its own (the one save() started
    // may still be running; a second one only repeats its work), then the message.
    EM_ASM({
        if (!Module.tolokMirrorReady || !Module.tolokMirrorChannel) return;
        try {
            FS.syncfs(false, function (err) {
                if (err) console.warn('IDBFS save', err);
                else Module.tolokMirrorChannel.postMessage('saved');
            });
        } catch (e) {}
    });
}

bool IdbMirror::durable() const { return EM_ASM_INT({ return Module.tolokMirrorMounted ? 1 : 0; }) != 0; }

std::optional<std::string> IdbMirror::load(const std::string& name) {
    return read_file_bytes("/persist/tolok-" + name);
}

}  // namespace tolok::platform
