// Linked with --post-js (cmake/wasm-app.cmake): how the wasm embedded in tolok.js (SINGLE_FILE, base64) is read.
// Both declarations replace Emscripten 3.1.6's functions of the same name (in one script the later top-level
// declaration wins), which cost about 100 ms of the start in Chromium:
// - getBinaryPromise first tried fetch() on the data: URI, which the page's CSP (connect-src 'none') refuses with
//   a violation report, before falling back to decoding it;
// - intArrayFromBase64 decoded with atob() and a byte-by-byte copy; the browser's native decoder is used when
//   there is one.
function getBinaryPromise() {
  return Promise.resolve().then(function () { return getBinary(wasmBinaryFile); });
}

function intArrayFromBase64(s) {
  if (typeof Uint8Array.fromBase64 == 'function') return Uint8Array.fromBase64(s);
  var decoded = atob(s);
  var bytes = new Uint8Array(decoded.length);
  for (var i = 0; i < decoded.length; ++i) bytes[i] = decoded.charCodeAt(i);
  return bytes;
}
