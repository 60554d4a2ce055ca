// tolok-xlsx.js: the Excel module (src/platform/xlsx_module/), which web/index.html (window.tolokXlsx) runs the
// first time the user downloads a workbook: served beside index.html (and kept by the service worker), or carried
// inside tolok.html as text that is only run then. scripts/make-dist.sh puts the module's wasm (gzip-compressed, in
// base64) and its Emscripten glue (which defines createTolokXlsx) in place of the placeholders. The wasm is
// inflated by tolok-wasm.js's window.tolokUnpackWasm and handed to the glue, so nothing is fetched.
(function () {
  var text = '@TOLOK_XLSX_WASM_GZ_BASE64@';
  @TOLOK_XLSX_GLUE@
  window.tolokXlsxLoaded(window.tolokUnpackWasm(text).arrayBuffer().then(function (bytes) {
    return createTolokXlsx({ wasmBinary: new Uint8Array(bytes), print: function () {}, printErr: function (t) { console.warn(t); } });
  }));
})();
