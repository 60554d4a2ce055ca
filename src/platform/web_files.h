// Browser implementation of the app's FileService (src/app/services.h): downloads through a Blob link, Excel
// workbooks made by the Excel module (dist/tolok-xlsx.js, src/platform/xlsx_module/) that the page loads on first
// use, the file picker through a hidden <input type="file">, documents in a new tab, the clipboard's text through
// navigator.clipboard.readText.
#pragma once

#include "app/services.h"

namespace tolok::platform {

class BrowserFiles : public app::FileService {
public:
    void download(const std::string& filename, const std::string& mime, const std::string& content) override;
    void download_xlsx(const std::string& filename, const std::vector<TableRow>& rows, const std::string& sheet) override;
    void pick_file(const std::string& accept) override;
    void open_document(const std::string& html) override;
    void read_clipboard() override;
};

}  // namespace tolok::platform
