// Downloads (Excel workbooks through the Excel module), file picking and document tabs in the browser. A picked or
// dropped file is read as bytes (index.html) and handed to the app through tolok_file_opened (web_main.cpp).
#include "platform/web_files.h"

#include <emscripten.h>

#include "core/table_rows_json.h"

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

// The rows go to the Excel module as JSON (core/table_rows_json.h) through its own heap; the workbook comes back
// into this module's heap for tolok_xlsx_done (web_main.cpp), which downloads it with BrowserFiles::download.
// window.tolokXlsx (web/index.html) loads the module the first time and keeps it.
EM_JS(void, tolok_js_download_xlsx, (const char* name, const char* rows, const char* sheet), {
    var fileName = UTF8ToString(name), rowsJson = UTF8ToString(rows), sheetName = UTF8ToString(sheet);
    var fail = function (e) {
        console.warn('Tolok: Excel workbook not made:', e);
        Module.ccall('tolok_xlsx_failed', null, [], []);
    };
    if (typeof window.tolokXlsx != 'function') return fail('no Excel module in this page');
    window.tolokXlsx().then(function (xlsx) {
        var put = function (text) {  // a UTF-8 C string in the Excel module's heap
            var bytes = new TextEncoder().encode(text);
            var at = xlsx._malloc(bytes.length + 1);
            xlsx.HEAPU8.set(bytes, at);
            xlsx.HEAPU8[at + bytes.length] = 0;
            return at;
        };
        var rowsAt = put(rowsJson), sheetAt = put(sheetName);
        var made = xlsx._tolok_xlsx_make(rowsAt, sheetAt);
        var size = xlsx._tolok_xlsx_size();
        xlsx._free(rowsAt);
        xlsx._free(sheetAt);
        if (!size) throw new Error('empty workbook');
        var copy = _malloc(size);
        HEAPU8.set(xlsx.HEAPU8.subarray(made, made + size), copy);
        try { Module.ccall('tolok_xlsx_done', null, ['string', 'number', 'number'], [fileName, copy, size]); }
        finally { _free(copy); }
    }).catch(fail);
});

EM_JS(void, tolok_js_pick_file, (const char* accept), {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = UTF8ToString(accept);
    input.multiple = true;  // every office's file at once: previewed one after the other
    input.style.display = 'none';
    input.onchange = function () {
        var files = input.files;
        input.remove();
        if (files && window.tolokOpenFiles) window.tolokOpenFiles(files);
    };
    document.body.appendChild(input);
    input.click();
});

// The browser may ask the user first (Chromium's permission prompt, Firefox's "Paste" button); the answer comes
// later, to tolok_clipboard_text or tolok_clipboard_refused (web_main.cpp).
EM_JS(void, tolok_js_read_clipboard, (), {
    var refused = function () { Module.ccall('tolok_clipboard_refused', null, [], []); };
    if (!navigator.clipboard || typeof navigator.clipboard.readText != 'function') return refused();
    navigator.clipboard.readText().then(function (text) { window.tolokHandText('tolok_clipboard_text', text); }, refused);
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

void BrowserFiles::download_xlsx(const std::string& filename, const std::vector<TableRow>& rows, const std::string& sheet) {
    tolok_js_download_xlsx(filename.c_str(), table_rows_to_json(rows).c_str(), sheet.c_str());
}

void BrowserFiles::pick_file(const std::string& accept) { tolok_js_pick_file(accept.c_str()); }

void BrowserFiles::open_document(const std::string& html) { tolok_js_open_document(html.c_str()); }

void BrowserFiles::read_clipboard() { tolok_js_read_clipboard(); }

}  // namespace tolok::platform
