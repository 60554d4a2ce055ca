// In-memory stand-ins for the browser services of the app (app/services.h), shared by the app's unit tests.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "app/services.h"

namespace tolok::app::testing {

// localStorage: a quota in characters; a write over the quota fails and keeps the old value, as in the browser.
struct MemoryStore : KeyValueStore {
    std::map<std::string, std::string> data;
    size_t quota = 100000000;
    int writes = 0;
    std::optional<std::string> read(const std::string& key) override {
        auto it = data.find(key);
        if (it == data.end()) return std::nullopt;
        return it->second;
    }
    WriteStatus write(const std::string& key, const std::string& value) override {
        size_t used = value.size();
        for (const auto& [k, v] : data)
            if (k != key) used += v.size();
        if (used > quota) return WriteStatus::QuotaExceeded;
        data[key] = value;
        ++writes;
        return WriteStatus::Ok;
    }
    void remove(const std::string& key) override { data.erase(key); }
};

}  // namespace tolok::app::testing
