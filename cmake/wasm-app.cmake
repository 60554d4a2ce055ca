# The browser app (Emscripten): Dear ImGui 1.86 from Debian's source package (third_party/imgui, fetched by
# scripts/setup.sh), GLFW + WebGL2, the Inter font embedded. Emits tolok.js (Emscripten's glue) and tolok.wasm;
# scripts/make-dist.sh turns tolok.wasm into dist/tolok-wasm.js (see src/platform/wasm_loader.js).
set(IMGUI_DIR "${CMAKE_SOURCE_DIR}/third_party/imgui")
if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui sources missing in ${IMGUI_DIR}: run ./build-wasm.sh setup")
endif()
# libxlsxwriter + zlib for core/xlsx_export (built from Debian's sources with emcc).
include("${CMAKE_SOURCE_DIR}/cmake/xlsx-wasm.cmake")

set(TOLOK_INTER_FONT "/usr/share/fonts/opentype/inter/Inter-Regular.otf")
if(NOT EXISTS "${TOLOK_INTER_FONT}")
  message(FATAL_ERROR "Inter font missing: run ./build-wasm.sh setup (installs fonts-inter)")
endif()
# The font is cut down to the characters the UI draws (the glyph ranges of src/platform/ui_font.cpp; keep the
# two lists equal) with fontTools from Debian (python3-fonttools): 260 KB -> about 27 KB, which keeps tolok.html
# small and its start fast.
set(TOLOK_UI_FONT_CFF "${CMAKE_BINARY_DIR}/Inter-Regular-ui.otf")
set(TOLOK_UI_FONT "${CMAKE_BINARY_DIR}/Inter-Regular-ui.ttf")
add_custom_command(
  OUTPUT "${TOLOK_UI_FONT_CFF}"
  COMMAND /usr/bin/python3 -m fontTools.subset "${TOLOK_INTER_FONT}" "--output-file=${TOLOK_UI_FONT_CFF}"
          "--unicodes=U+0020-00FF,U+2010-2027,U+2030,U+2190-2193,U+2212,U+2260-2265" --layout-features= --no-hinting
  DEPENDS "${TOLOK_INTER_FONT}"
  COMMENT "Subsetting the Inter font")
# Then TrueType outlines, which the font atlas is built from about twice as fast (scripts/font-to-truetype.py).
add_custom_command(
  OUTPUT "${TOLOK_UI_FONT}"
  COMMAND /usr/bin/python3 "${CMAKE_SOURCE_DIR}/scripts/font-to-truetype.py" "${TOLOK_UI_FONT_CFF}" "${TOLOK_UI_FONT}"
  DEPENDS "${TOLOK_UI_FONT_CFF}" "${CMAKE_SOURCE_DIR}/scripts/font-to-truetype.py"
  COMMENT "Converting the Inter subset to TrueType outlines")
add_custom_target(tolok_ui_font DEPENDS "${TOLOK_UI_FONT}")

# The UI font's atlas, baked for the common device pixel ratios by a build tool that runs Dear ImGui's own builder
# under node and checks that the app's baked-atlas builder gives back the same atlas (src/tools/bake_ui_font.cpp,
# src/platform/ui_font.cpp): the app then skips rasterising the glyphs while it starts. Other ratios (and a zoomed
# browser) rasterise as before.
set(TOLOK_UI_FONT_RATIOS 1 2)
add_executable(tolok_bake_ui_font "${CMAKE_SOURCE_DIR}/src/tools/bake_ui_font.cpp" "${CMAKE_SOURCE_DIR}/src/platform/ui_font.cpp"
  "${IMGUI_DIR}/imgui.cpp" "${IMGUI_DIR}/imgui_draw.cpp" "${IMGUI_DIR}/imgui_tables.cpp" "${IMGUI_DIR}/imgui_widgets.cpp")
target_include_directories(tolok_bake_ui_font PRIVATE "${CMAKE_SOURCE_DIR}/src" "${IMGUI_DIR}")
# SINGLE_FILE: the glue of this Emscripten version would fetch() its .wasm under a node with fetch.
target_link_options(tolok_bake_ui_font PRIVATE -sENVIRONMENT=node -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sSINGLE_FILE=1)
set(TOLOK_UI_FONT_ATLASES "")
set(TOLOK_UI_FONT_ATLAS_EMBEDS "")
foreach(ratio ${TOLOK_UI_FONT_RATIOS})
  math(EXPR percent "${ratio} * 100")
  list(APPEND TOLOK_UI_FONT_ATLASES "${CMAKE_BINARY_DIR}/ui-font-atlas-${percent}.bin")
  list(APPEND TOLOK_UI_FONT_ATLAS_EMBEDS "--embed-file=${CMAKE_BINARY_DIR}/ui-font-atlas-${percent}.bin@/fonts/ui-font-atlas-${percent}.bin")
endforeach()
add_custom_command(
  OUTPUT ${TOLOK_UI_FONT_ATLASES}
  COMMAND node "$<TARGET_FILE:tolok_bake_ui_font>" "${TOLOK_UI_FONT}" "${CMAKE_BINARY_DIR}" ${TOLOK_UI_FONT_RATIOS}
  DEPENDS tolok_bake_ui_font "${TOLOK_UI_FONT}"
  COMMENT "Baking the UI font's atlas")
add_custom_target(tolok_ui_font_atlases DEPENDS ${TOLOK_UI_FONT_ATLASES})

file(GLOB_RECURSE TOLOK_APP_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/app/*.cpp")
file(GLOB TOLOK_PLATFORM_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/platform/*.cpp")
add_executable(tolok_app ${TOLOK_APP_SOURCES} ${TOLOK_PLATFORM_SOURCES}
  "${IMGUI_DIR}/imgui.cpp" "${IMGUI_DIR}/imgui_draw.cpp" "${IMGUI_DIR}/imgui_tables.cpp" "${IMGUI_DIR}/imgui_widgets.cpp"
  "${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp"
  "${IMGUI_DIR}/backends/imgui_impl_glfw.cpp" "${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
target_include_directories(tolok_app PRIVATE "${CMAKE_SOURCE_DIR}/src" "${IMGUI_DIR}" "${IMGUI_DIR}/backends")
target_link_libraries(tolok_app PRIVATE tolok_core)
add_dependencies(tolok_app tolok_ui_font tolok_ui_font_atlases)
# Item hooks (label + rectangle of every widget) for window.tolok.widgets(): tests click widgets by label.
target_compile_definitions(tolok_app PRIVATE IMGUI_ENABLE_TEST_ENGINE)
target_compile_options(tolok_app PRIVATE -Os)
# The OpenGL3 backend's state save/restore is answered without GPU round trips (src/platform/gl_state_shim.cpp).
set_source_files_properties("${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp" PROPERTIES
  COMPILE_DEFINITIONS "glGetIntegerv=tolok_gl_get_integerv;glIsEnabled=tolok_gl_is_enabled")
set_target_properties(tolok_app PROPERTIES OUTPUT_NAME "tolok" SUFFIX ".js")
target_link_options(tolok_app PRIVATE
  -Os -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sALLOW_MEMORY_GROWTH=1
  -sENVIRONMENT=web -lidbfs.js
  # Binaryen inlines every function that has one caller, which merged all of the app's panels into one 136 KB
  # function that Chromium compiled (lazily, on the first frame) in 350 ms; small single-caller functions only.
  -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=300
  # ImGui needs no WebGL extension: enabling them all at context creation only costs start-up time.
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sGL_SUPPORT_SIMPLE_ENABLE_EXTENSIONS=0
  "-sEXPORTED_FUNCTIONS=['_main','_malloc','_free']"
  "-sEXPORTED_RUNTIME_METHODS=['ccall','cwrap','UTF8ToString']"
  "--embed-file=${TOLOK_UI_FONT}@/fonts/Inter-Regular.ttf" ${TOLOK_UI_FONT_ATLAS_EMBEDS}
  "--pre-js=${CMAKE_SOURCE_DIR}/src/platform/wasm_instantiate.pre.js")
set_property(TARGET tolok_app APPEND PROPERTY LINK_DEPENDS "${CMAKE_SOURCE_DIR}/src/platform/wasm_instantiate.pre.js" "${TOLOK_UI_FONT}"
  ${TOLOK_UI_FONT_ATLASES})

# The Excel module (src/platform/xlsx_module/): core/xlsx_export with libxlsxwriter and zlib, which the page loads
# on the first Excel download instead of inflating and compiling them at every start. MODULARIZE: its glue defines
# one factory, createTolokXlsx, and leaves the app's Module alone; the page hands it the wasm bytes (wasmBinary), so
# nothing is fetched. scripts/make-dist.sh wraps both into dist/tolok-xlsx.js (src/platform/xlsx_loader.js).
add_executable(tolok_xlsx "${CMAKE_SOURCE_DIR}/src/platform/xlsx_module/xlsx_module.cpp")
target_include_directories(tolok_xlsx PRIVATE "${CMAKE_SOURCE_DIR}/src")
target_link_libraries(tolok_xlsx PRIVATE tolok_core)
target_compile_options(tolok_xlsx PRIVATE -Os)
set_target_properties(tolok_xlsx PROPERTIES OUTPUT_NAME "tolok-xlsx" SUFFIX ".js")
target_link_options(tolok_xlsx PRIVATE
  -Os -sMODULARIZE=1 -sEXPORT_NAME=createTolokXlsx -sENVIRONMENT=web -sALLOW_MEMORY_GROWTH=1
  "-sEXPORTED_FUNCTIONS=['_tolok_xlsx_make','_tolok_xlsx_size','_malloc','_free']")
