// Downloads, file picking and document tabs in the browser. A picked or dropped file is read as text and handed
// to the app through tolok_file_opened (web_main.cpp).
#include "platform/web_files.h"

#include <emscripten.h>

// The bytes are copied as they are: decoding them to a JS string first would drop a leading UTF-8 BOM, which the
// CSV for Excel needs.
EM_JS(void, tolok_js_download, (const char* name, const char* mime, const char* content, size_t size), {
    var blob = new Blob([HEAPU8.slice(content, content + size)], { type: UTF8ToString(mime) });
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
    var url = URL.createObjectURL(blob);
    // A blocked pop-up (no user gesture recognised) falls back to downloading the document.
    if (!window.open(url, '_blank')) {
        var a = document.createElement('a');
        a.href = url;
        a.download = 'tolok-dokumen.html';
        document.body.appendChild(a);
        a.click();
        a.remove();
    }
});

namespace tolok::platform {

void BrowserFiles::download(const std::string& filename, const std::string& mime, const std::string& content) {
    tolok_js_download(filename.c_str(), mime.c_str(), content.data(), content.size());
}

void BrowserFiles::pick_file(const std::string& accept) { tolok_js_pick_file(accept.c_str()); }

void BrowserFiles::open_document(const std::string& html) { tolok_js_open_document(html.c_str()); }

}  // namespace tolok::platform
