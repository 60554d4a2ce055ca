#!/usr/bin/env bash
# Assembles dist/ from the wasm build: index.html + tolok.js (wasm embedded), service worker with a versioned
# cache, manifest and icons (SVG, PNG drawn by web/icons.mjs), and tolok.html: one self-contained file (script
# inlined) that works from file://.
# Usage: scripts/make-dist.sh BUILD_DIR DIST_DIR
set -euo pipefail
build="$1"; dist="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$dist"
cp "$build/tolok.js" "$dist/tolok.js"
cp "$here/web/manifest.webmanifest" "$here/web/icon.svg" "$dist/"
node "$here/web/icons.mjs" "$dist"   # icon-192.png, icon-512.png for the manifest
# index.html with the tab icon inlined as a data: URI (no extra request, also in tolok.html).
node -e '
  const fs = require("fs");
  const [page, svg, out] = process.argv.slice(1);
  const uri = "data:image/svg+xml," + encodeURIComponent(fs.readFileSync(svg, "utf8").trim());
  fs.writeFileSync(out, fs.readFileSync(page, "utf8").split("@ICON_DATA_URI@").join(uri));
' "$here/web/index.html" "$here/web/icon.svg" "$dist/index.html"
# The worker's cache name changes whenever any cached file does, so a new build replaces the old cache.
version="$(cat "$dist/tolok.js" "$dist/index.html" "$dist/manifest.webmanifest" "$dist/icon.svg" | sha256sum | cut -c1-12)"
sed "s/@VERSION@/$version/" "$here/web/sw.js" >"$dist/sw.js"
# tolok.html: the page with tolok.js inlined (the manifest and service worker do not apply to file://).
node -e '
  const fs = require("fs");
  const [page, script, out] = process.argv.slice(1);
  let html = fs.readFileSync(page, "utf8");
  const js = fs.readFileSync(script, "utf8").replace(/<\/script/gi, "<\\/script");
  html = html.replace(/<link rel="(manifest|icon|preload)"[^>]*>\n/g, "");
  const tag = "<script src=\"tolok.js\"></script>";
  if (!html.includes(tag)) throw new Error("script tag not found in index.html");
  html = html.split(tag).join("<script>" + js + "</script>");
  fs.writeFileSync(out, html);
' "$dist/index.html" "$dist/tolok.js" "$dist/tolok.html"
echo "dist: $dist (tolok.html $(stat -c %s "$dist/tolok.html") bytes)"
