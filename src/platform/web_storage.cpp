// localStorage through EM_JS; a full quota (QuotaExceededError) is reported as WriteStatus::QuotaExceeded and the
// previous value stays intact.
#include "platform/web_storage.h"

#include <emscripten.h>

#include <cstdlib>

EM_JS(char*, tolok_ls_get, (const char* key), {
    var v = null;
    try { v = window.localStorage.getItem(UTF8ToString(key)); } catch (e) { v = null; }
    if (v === null) return 0;
    var n = lengthBytesUTF8(v) + 1;
    var p = _malloc(n);
    stringToUTF8(v, p, n);
    return p;
});

EM_JS(int, tolok_ls_set, (const char* key, const char* value), {
    try {
        window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
        return 0;
    } catch (e) {
        return (e && (e.name === 'QuotaExceededError' || e.code === 22)) ? 1 : 2;
    }
});

EM_JS(void, tolok_ls_remove, (const char* key), {
    try { window.localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});

namespace tolok::platform {

std::optional<std::string> LocalStorageStore::read(const std::string& key) {
    char* p = tolok_ls_get(key.c_str());
    if (!p) return std::nullopt;
    std::string s(p);
    std::free(p);
    return s;
}

app::WriteStatus LocalStorageStore::write(const std::string& key, const std::string& value) {
    int r = tolok_ls_set(key.c_str(), value.c_str());
    return r == 0 ? app::WriteStatus::Ok : r == 1 ? app::WriteStatus::QuotaExceeded : app::WriteStatus::Failed;
}

void LocalStorageStore::remove(const std::string& key) { tolok_ls_remove(key.c_str()); }

}  // namespace tolok::platform
