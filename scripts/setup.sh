#!/usr/bin/env bash
# Installs every build and test dependency of Tolok from Debian bookworm packages and npm, idempotently.
# Called by build-wasm.sh; safe to run again (it only installs what is missing).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
third="$here/third_party"

need_pkgs=()
for p in cmake g++ clang emscripten nlohmann-json3-dev doctest-dev fonts-inter chromium dpkg-dev xz-utils \
         poppler-utils libreoffice-calc-nogui python3-fonttools libxlsxwriter-dev zlib1g-dev unzip node-pako; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need_pkgs+=("$p")
done
command -v node >/dev/null || need_pkgs+=(nodejs)
command -v npm >/dev/null || need_pkgs+=(npm)
# libFuzzer runtime for clang (optional fuzz builds)
dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q "install ok installed" || need_pkgs+=(libclang-rt-14-dev)

sudo_if() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

src_list=/etc/apt/sources.list.d/tolok-deb-src.sources
if [ ! -f "$src_list" ]; then
  echo "[setup] adding deb-src for bookworm main (imgui, zlib, libxlsxwriter sources)"
  sudo_if tee "$src_list" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  updated=0
else
  updated=1
fi

if [ ${#need_pkgs[@]} -gt 0 ] || [ "$updated" = 0 ] || [ ! -d "$third/imgui" ] \
   || [ ! -f "$third/zlib/deflate.c" ] || [ ! -f "$third/libxlsxwriter/src/workbook.c" ]; then
  echo "[setup] apt-get update"
  sudo_if apt-get update -qq
fi
if [ ${#need_pkgs[@]} -gt 0 ]; then
  echo "[setup] installing: ${need_pkgs[*]}"
  sudo_if env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi

# Dear ImGui 1.86 full sources from Debian's source package (never committed).
if [ ! -f "$third/imgui/imgui.cpp" ]; then
  echo "[setup] fetching imgui source package"
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get source --download-only imgui >/dev/null 2>&1 || apt-get source --download-only imgui)
  orig="$(ls "$tmp"/imgui_*.orig.tar.* | head -n1)"
  mkdir -p "$third/imgui"
  tar -xf "$orig" -C "$third/imgui" --strip-components=1
  rm -rf "$tmp"
fi

# zlib and libxlsxwriter for the browser build's .xlsx export (cmake/xlsx-wasm.cmake compiles them with emcc):
# the upstream sources from Debian's source packages (the native build uses libxlsxwriter-dev instead).
fetch_source() {  # fetch_source PACKAGE DIR CHECK-FILE
  local pkg="$1" dir="$2" check="$3"
  [ -f "$dir/$check" ] && return 0
  echo "[setup] fetching $pkg source package"
  local tmp orig
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get source --download-only "$pkg" >/dev/null 2>&1 || apt-get source --download-only "$pkg")
  orig="$(ls "$tmp"/"$pkg"_*.orig.tar.* | head -n1)"
  rm -rf "$dir" && mkdir -p "$dir"
  tar -xf "$orig" -C "$dir" --strip-components=1
  rm -rf "$tmp"
}
fetch_source zlib "$third/zlib" deflate.c
fetch_source libxlsxwriter "$third/libxlsxwriter" src/workbook.c

# Browser-test tooling from npm (playwright-core only; it drives Debian's /usr/bin/chromium).
if [ ! -d "$here/tests/e2e/node_modules/playwright-core" ]; then
  echo "[setup] npm install (tests/e2e)"
  (cd "$here/tests/e2e" && npm install --no-audit --no-fund --silent)
fi
echo "[setup] ok"
