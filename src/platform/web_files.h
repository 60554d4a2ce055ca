// Browser implementation of the app's FileService (src/app/services.h): downloads through a Blob link, the file
// picker through a hidden <input type="file">, documents in a new tab.
#pragma once

#include "app/services.h"

namespace tolok::platform {

class BrowserFiles : public app::FileService {
public:
    void download(const std::string& filename, const std::string& mime, const std::string& content) override;
    void pick_file(const std::string& accept) override;
    void open_document(const std::string& html) override;
};

}  // namespace tolok::platform
