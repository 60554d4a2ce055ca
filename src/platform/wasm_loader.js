// tolok-wasm.js: starts compiling the app's WebAssembly as early as possible. scripts/make-dist.sh writes this file
// with the wasm gzip-compressed and base64-encoded in place of the placeholder string below; web/index.html runs it
// before tolok.js (Emscripten's glue), and src/platform/wasm_instantiate.pre.js instantiates the result.
// Why not Emscripten's SINGLE_FILE embedding: the page's CSP (connect-src 'none') refuses fetch() of its data: URI,
// a 1.4 MB base64 string literal costs Chromium more than 10 ms to parse, and the wasm was only compiled once the
// whole glue had run. Here the compressed wasm (1.0 MB -> 0.44 MB) is inflated by the browser
// (DecompressionStream, 2020-2023 in all engines) straight into a streaming compile that runs in the background,
// while the page makes its WebGL2 context and runs the glue. Nothing is fetched. A browser without
// DecompressionStream (before Chrome 80, Firefox 113, Safari 16.4) inflates it with pako instead: the inflate
// script of Debian's node-pako (scripts/setup.sh) is put in the string below by make-dist.sh and only run then.

// A wasm gzip-compressed in base64, as a Response of its bytes (inflated as they are read). Also used by
// tolok-xlsx.js (src/platform/xlsx_loader.js) for the Excel module.
window.tolokUnpackWasm = function (text) {
  'use strict';
  var gz;
  if (typeof Uint8Array.fromBase64 == 'function') {
    gz = Uint8Array.fromBase64(text);
  } else {
    var raw = atob(text);
    gz = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; ++i) gz[i] = raw.charCodeAt(i);
  }
  var headers = { 'Content-Type': 'application/wasm' };
  if (typeof DecompressionStream != 'function') {
    if (!window.pako) (0, eval)(@PAKO_INFLATE_SOURCE@);  // defines window.pako (the page's CSP allows eval)
    return new Response(window.pako.inflate(gz), { headers: headers });
  }
  // A stream over the bytes in memory (a Blob's stream would go through the browser process).
  var input = new ReadableStream({ start: function (c) { c.enqueue(gz); c.close(); } });
  return new Response(input.pipeThrough(new DecompressionStream('gzip')), { headers: headers });
};
window.tolokWasm = (function () {
  'use strict';
  try {
    var wasm = window.tolokUnpackWasm('@TOLOK_WASM_GZ_BASE64@');
    var compiled = typeof WebAssembly.compileStreaming == 'function'
      ? WebAssembly.compileStreaming(wasm)
      : wasm.arrayBuffer().then(function (bytes) { return WebAssembly.compile(bytes); });
    compiled.catch(function () {});  // reported when the app instantiates it
    return compiled;
  } catch (e) {
    var failed = Promise.reject(e);
    failed.catch(function () {});
    return failed;
  }
})();
