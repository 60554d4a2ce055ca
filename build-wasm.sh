#!/usr/bin/env bash
# Tolok's one entry point.
#   ./build-wasm.sh serve   set up what is missing, build, serve dist/ on http://localhost:8080 and open it
#   ./build-wasm.sh test    set up, build, run every test (unit, CLI, short fuzz, browser end-to-end)
#   ./build-wasm.sh build   set up and build only (native CLI + tests, wasm app, dist/)
#   ./build-wasm.sh setup   install dependencies only (Debian packages, imgui source, npm test tooling)
#   ./build-wasm.sh bench   build and run the benchmarks (prints figures)
#   ./build-wasm.sh fuzz [SECONDS]   longer fuzzing run (default 600 s per target)
#   ./build-wasm.sh help    this list
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
jobs="${TOLOK_JOBS:-$(nproc)}"
export NODE_PATH=/usr/share/nodejs   # emscripten's JS optimizer needs acorn from Debian's node modules

setup() { bash scripts/setup.sh; }

build_native() {
  local dir="$1"; shift
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
}

build_wasm() {
  if [ ! -f build-wasm/CMakeCache.txt ]; then
    emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  cmake --build build-wasm -j "$jobs"
  bash scripts/make-dist.sh build-wasm dist
}

# Fuzz targets only (clang + libFuzzer), each registered in ctest with a run of $1 seconds.
build_fuzz() {
  cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++ -DTOLOK_FUZZ=ON \
        -DTOLOK_FUZZ_SECONDS="$1" >/dev/null
  local targets=()
  for f in fuzz/fuzz-*.cpp; do targets+=(--target "$(basename "$f" .cpp)"); done
  cmake --build build-fuzz -j "$jobs" "${targets[@]}"
}

build_all() {
  build_native build
  build_wasm
}

cmd="${1:-serve}"
case "$cmd" in
  setup) setup ;;
  build) setup; build_all ;;
  serve)
    setup; build_all
    port="${PORT:-8080}"
    echo "Tolok: http://localhost:$port/  (Ctrl+C to stop; dist/tolok.html also works offline from a file)"
    if [ -n "${DISPLAY:-}" ] && command -v xdg-open >/dev/null; then (sleep 1; xdg-open "http://localhost:$port/") & fi
    exec node scripts/serve.mjs dist "$port"
    ;;
  test)
    setup; build_all
    status=0
    # Short fuzz runs first (clang + libFuzzer; only the fuzz targets are built there).
    if command -v clang++ >/dev/null && ls fuzz/fuzz-*.cpp >/dev/null 2>&1; then
      build_fuzz "${TOLOK_FUZZ_SECONDS:-10}"
      (cd build-fuzz && ctest --output-on-failure -R '^fuzz-') || status=1
    fi
    # Unit, CLI and browser end-to-end tests.
    cmake -S . -B build -DTOLOK_E2E=ON >/dev/null
    (cd build && ctest --output-on-failure -j "$jobs") || status=1
    exit $status
    ;;
  bench)
    setup; build_native build
    for b in build/bench-*; do [ -x "$b" ] && "$b"; done
    if [ -f bench/app-bench.mjs ]; then build_wasm; node bench/app-bench.mjs dist; fi
    ;;
  fuzz)
    setup
    build_fuzz "${2:-600}"
    (cd build-fuzz && ctest --output-on-failure -R '^fuzz-')
    ;;
  help|-h|--help) sed -n '2,9p' "$0" ;;
  *) sed -n '2,9p' "$0"; exit 2 ;;
esac
