# zlib and libxlsxwriter for the browser build's .xlsx export (core/xlsx_export.h), compiled with emcc from the
# upstream sources of Debian's source packages (third_party/zlib, third_party/libxlsxwriter; fetched by
# scripts/setup.sh, never committed). Debian's emscripten has no ports (no -sUSE_ZLIB), so zlib is built here too.
# The two libraries are listed file by file instead of running their own CMake projects: no sub-configure, no
# generated zconf.h in the source tree, and only what libxlsxwriter needs (zlib's deflate side, the minizip that
# libxlsxwriter bundles, no gz* file functions). libxlsxwriter's options are those of its CMakeLists:
# NOCRYPT NOUNCRYPT (minizip without encryption), USE_STANDARD_TMPFILE (tmpfile() in Emscripten's in-memory
# file system instead of tmpfileplus), IOAPI_NO_64 (plain fopen/fseeko; off_t is 64-bit in wasm anyway).
# Static libraries only; the wasm linker keeps only what export_xlsx calls.
set(TOLOK_ZLIB_DIR "${CMAKE_SOURCE_DIR}/third_party/zlib")
set(TOLOK_LXW_DIR "${CMAKE_SOURCE_DIR}/third_party/libxlsxwriter")
if(NOT EXISTS "${TOLOK_ZLIB_DIR}/deflate.c" OR NOT EXISTS "${TOLOK_LXW_DIR}/src/workbook.c")
  message(FATAL_ERROR "zlib/libxlsxwriter sources missing in third_party/: run ./build-wasm.sh setup")
endif()
enable_language(C)

add_library(tolok_wasm_zlib STATIC
  "${TOLOK_ZLIB_DIR}/adler32.c" "${TOLOK_ZLIB_DIR}/compress.c" "${TOLOK_ZLIB_DIR}/crc32.c"
  "${TOLOK_ZLIB_DIR}/deflate.c" "${TOLOK_ZLIB_DIR}/inffast.c" "${TOLOK_ZLIB_DIR}/inflate.c"
  "${TOLOK_ZLIB_DIR}/inftrees.c" "${TOLOK_ZLIB_DIR}/trees.c" "${TOLOK_ZLIB_DIR}/uncompr.c" "${TOLOK_ZLIB_DIR}/zutil.c")
target_include_directories(tolok_wasm_zlib PUBLIC "${TOLOK_ZLIB_DIR}")
target_compile_definitions(tolok_wasm_zlib PRIVATE HAVE_UNISTD_H HAVE_STDARG_H)
target_compile_options(tolok_wasm_zlib PRIVATE -Os -w)

file(GLOB TOLOK_LXW_SOURCES "${TOLOK_LXW_DIR}/src/*.c")
add_library(tolok_wasm_xlsxwriter STATIC ${TOLOK_LXW_SOURCES}
  "${TOLOK_LXW_DIR}/third_party/minizip/ioapi.c" "${TOLOK_LXW_DIR}/third_party/minizip/zip.c"
  "${TOLOK_LXW_DIR}/third_party/md5/md5.c")
target_include_directories(tolok_wasm_xlsxwriter PUBLIC "${TOLOK_LXW_DIR}/include" PRIVATE "${TOLOK_LXW_DIR}/include/xlsxwriter")
target_compile_definitions(tolok_wasm_xlsxwriter PRIVATE NOCRYPT NOUNCRYPT USE_STANDARD_TMPFILE IOAPI_NO_64=1)
target_compile_options(tolok_wasm_xlsxwriter PRIVATE -Os -w)
target_link_libraries(tolok_wasm_xlsxwriter PUBLIC tolok_wasm_zlib)

target_link_libraries(tolok_core PUBLIC tolok_wasm_xlsxwriter)
