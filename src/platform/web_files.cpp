// Downloads, file picking and document tabs in the browser. A picked or dropped file is read as text and handed
// to the app through tolok_file_opened (web_main.cpp).
#include "platform/web_files.h"

#include <emscripten.h>

EM_JS(void, tolok_js_download, (const char* name, const char* mime, const char* content), {
    var blob = new Blob([UTF8ToString(content)], { type: UTF8ToString(mime) });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(name);
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
});

EM_JS(void, tolok_js_pick_file, (const char* accept), {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = UTF8ToString(accept);
    input.style.display = 'none';
    input.onchange = function () {
        var file = input.files && input.files[0];
        input.remove();
        if (file && window.tolokOpenFile) window.tolokOpenFile(file);
    };
    document.body.appendChild(input);
    input.click();
});

EM_JS(void, tolok_js_open_document, (const char* html), {
    var blob = new Blob([UTF8ToString(html)], { type: 'text/html' });
    window.open(URL.createObjectURL(blob), '_blank');
});

namespace tolok::platform {

void BrowserFiles::download(const std::string& filename, const std::string& mime, const std::string& content) {
    tolok_js_download(filename.c_str(), mime.c_str(), content.c_str());
}

void BrowserFiles::pick_file(const std::string& accept) { tolok_js_pick_file(accept.c_str()); }

void BrowserFiles::open_document(const std::string& html) { tolok_js_open_document(html.c_str()); }

}  // namespace tolok::platform
