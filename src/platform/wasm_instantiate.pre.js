// Linked with --pre-js (cmake/wasm-app.cmake): Emscripten's Module.instantiateWasm hook, which instantiates the
// module that tolok-wasm.js (src/platform/wasm_loader.js) has been compiling since the page started.
Module['instantiateWasm'] = function (imports, receiveInstance) {
  window.tolokWasm.then(function (module) {
    return WebAssembly.instantiate(module, imports).then(function (instance) {
      // While the page's IndexedDB read (web/index.html) is still under way, main() runs in a task of its own, so
      // the read's callbacks get their turn first instead of waiting behind main() and the first frame.
      if (window.tolokMirrorPreloaded) receiveInstance(instance, module);
      else setTimeout(function () { receiveInstance(instance, module); }, 0);
    });
  }).catch(function (e) {
    err('Tolok: the WebAssembly module could not be started: ' + e);
    abort(e);
  });
  return {};  // asynchronous: the runtime waits for receiveInstance
};
