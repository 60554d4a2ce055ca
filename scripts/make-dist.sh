#!/usr/bin/env bash
# Assembles dist/ from the wasm build: index.html + tolok-wasm.js (the wasm, compressed, in a script: no fetch) +
# tolok.js (Emscripten's glue) + tolok-xlsx.js (the Excel module, loaded on the first workbook download), service
# worker with a versioned cache, manifest and icons (SVG, PNG drawn by web/icons.mjs), and tolok.html: one
# self-contained file (scripts inlined) that works from file://.
# Usage: scripts/make-dist.sh BUILD_DIR DIST_DIR
set -euo pipefail
build="$1"; dist="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$dist"
# tolok.js: Emscripten's glue, with one start-up cost removed. Its file system makes the prototype of its error type
# with `new Error`, which in Chromium costs 3-4 ms of the start (the stack trace of the glue's 150 KB top level);
# Object.create(Error.prototype) makes the same prototype without it. Only a speed-up: without the pattern (another
# Emscripten version) the glue is copied as it is, with a warning.
node -e '
  const fs = require("fs");
  const [from, to] = process.argv.slice(1);
  let js = fs.readFileSync(from, "utf8");
  const slow = "FS.ErrnoError.prototype=new Error;";
  if (js.split(slow).length === 2) js = js.replace(slow, "FS.ErrnoError.prototype=Object.create(Error.prototype);");
  else console.warn("make-dist: " + slow + " not found once in tolok.js; glue copied unchanged");
  fs.writeFileSync(to, js);
' "$build/tolok.js" "$dist/tolok.js"
# tolok-wasm.js: src/platform/wasm_loader.js with the wasm gzip-compressed in base64, and pako's inflate script
# (Debian's node-pako) as a string for browsers without DecompressionStream.
pako=/usr/share/nodejs/pako/dist/pako_inflate.es5.min.js
[ -f "$pako" ] || { echo "make-dist: $pako missing: run ./build-wasm.sh setup (installs node-pako)" >&2; exit 1; }
node "$here/scripts/wasm-script.mjs" "$here/src/platform/wasm_loader.js" "$build/tolok.wasm" @TOLOK_WASM_GZ_BASE64@ \
  "$dist/tolok-wasm.js" "@PAKO_INFLATE_SOURCE@=$pako:json"
# tolok-xlsx.js: the Excel module, loaded by the page on the first workbook download (src/platform/xlsx_loader.js):
# its wasm gzip-compressed in base64 and its Emscripten glue.
node "$here/scripts/wasm-script.mjs" "$here/src/platform/xlsx_loader.js" "$build/tolok-xlsx.wasm" @TOLOK_XLSX_WASM_GZ_BASE64@ \
  "$dist/tolok-xlsx.js" "@TOLOK_XLSX_GLUE@=$build/tolok-xlsx.js"
cp "$here/web/manifest.webmanifest" "$here/web/icon.svg" "$dist/"
node "$here/web/icons.mjs" "$dist"   # icon-192.png, icon-512.png for the manifest
# index.html with the tab icon inlined as a data: URI (no extra request, also in tolok.html) and the GLSL ES 3.0
# shader sources of Dear ImGui's OpenGL3 backend, which the page compiles early (see web/index.html).
node -e '
  const fs = require("fs");
  const [page, svg, backend, out] = process.argv.slice(1);
  const uri = "data:image/svg+xml," + encodeURIComponent(fs.readFileSync(svg, "utf8").trim());
  const cpp = fs.readFileSync(backend, "utf8");
  const shader = (name) => {
    const m = cpp.match(new RegExp("\\b" + name + "\\s*=((?:\\s*\"(?:[^\"\\\\]|\\\\.)*\")+)\\s*;"));
    if (!m) throw new Error(name + " not found in " + backend);
    return "#version 300 es\n" + [...m[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => JSON.parse("\"" + x[1] + "\"")).join("");
  };
  const sources = JSON.stringify([shader("vertex_shader_glsl_300_es"), shader("fragment_shader_glsl_300_es")]);
  let html = fs.readFileSync(page, "utf8");
  for (const [key, value] of [["@ICON_DATA_URI@", uri], ["@IMGUI_SHADER_SOURCES@", sources]]) {
    if (!html.includes(key)) throw new Error(key + " not found in " + page);
    html = html.split(key).join(value);
  }
  fs.writeFileSync(out, html);
' "$here/web/index.html" "$here/web/icon.svg" "$here/third_party/imgui/backends/imgui_impl_opengl3.cpp" "$dist/index.html"
# The worker's cache name changes whenever any cached file does, so a new build replaces the old cache.
version="$(cat "$dist/tolok-wasm.js" "$dist/tolok.js" "$dist/tolok-xlsx.js" "$dist/index.html" "$dist/manifest.webmanifest" "$dist/icon.svg" | sha256sum | cut -c1-12)"
sed "s/@VERSION@/$version/" "$here/web/sw.js" >"$dist/sw.js"
# tolok.html: the page with tolok-wasm.js and tolok.js inlined, and tolok-xlsx.js carried as text that the page runs
# on the first workbook download (the manifest and service worker do not apply to file://).
node -e '
  const fs = require("fs");
  const [page, dir, out] = process.argv.slice(1);
  let html = fs.readFileSync(page, "utf8");
  html = html.replace(/<link rel="(manifest|icon|preload)"[^>]*>\n/g, "");
  // A script as the content of a <script> element (no "</script" inside it).
  const content = (name) => fs.readFileSync(dir + "/" + name, "utf8").replace(/<\/script/gi, "<\\/script");
  const place = (tag, element) => {
    if (html.split(tag).length !== 2) throw new Error(tag + " not found once in index.html");
    html = html.split(tag).join(element);
  };
  for (const name of ["tolok-wasm.js", "tolok.js"])
    place("<script src=\"" + name + "\"></script>", "<script>" + content(name) + "</script>");
  place("</body>", "<script type=\"text/plain\" id=\"tolok-xlsx-source\">" + content("tolok-xlsx.js") + "</script>\n</body>");
  fs.writeFileSync(out, html);
' "$dist/index.html" "$dist" "$dist/tolok.html"
echo "dist: $dist (tolok.html $(stat -c %s "$dist/tolok.html") bytes)"
