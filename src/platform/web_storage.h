// Browser implementations of the app's host services (src/app/services.h): localStorage as the key/value store.
#pragma once

#include "app/services.h"

namespace tolok::platform {

class LocalStorageStore : public app::KeyValueStore {
public:
    std::optional<std::string> read(const std::string& key) override;
    app::WriteStatus write(const std::string& key, const std::string& value) override;
    void remove(const std::string& key) override;
};

}  // namespace tolok::platform
