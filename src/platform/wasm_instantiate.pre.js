// Linked with --pre-js (cmake/wasm-app.cmake): Emscripten's Module.instantiateWasm hook, which instantiates the
// module that tolok-wasm.js (src/platform/wasm_loader.js) has been compiling since the page started.
Module['instantiateWasm'] = function (imports, receiveInstance) {
  window.tolokWasm.then(function (module) {
    return WebAssembly.instantiate(module, imports).then(function (instance) {
      receiveInstance(instance, module);
    });
  }).catch(function (e) {
    err('Tolok: the WebAssembly module could not be started: ' + e);
    abort(e);
  });
  return {};  // asynchronous: the runtime waits for receiveInstance
};
