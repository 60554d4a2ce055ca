// Answers for the GL state that Dear ImGui's OpenGL3 backend saves before it draws and restores afterwards.
// In a browser every glGetIntegerv/glIsEnabled of that state is a synchronous round trip to the GPU process, which
// first finishes all queued GL work: a dozen such waits per frame, several milliseconds of the first frame with
// software GL. Tolok draws nothing but ImGui (src/platform/web_main.cpp only sets the viewport and clears), so the
// state the backend finds is always the one it restored: GL's initial values. cmake/wasm-app.cmake compiles the
// backend with glGetIntegerv/glIsEnabled renamed to these functions; other queries go to GL.
#include <GLES2/gl2.h>
#include <emscripten/html5.h>

extern "C" void tolok_gl_get_integerv(GLenum pname, GLint* data) {
    switch (pname) {
    case GL_ACTIVE_TEXTURE: data[0] = GL_TEXTURE0; return;
    case GL_CURRENT_PROGRAM:
    case GL_TEXTURE_BINDING_2D:
    case GL_ARRAY_BUFFER_BINDING: data[0] = 0; return;
    case GL_BLEND_SRC_RGB:
    case GL_BLEND_SRC_ALPHA: data[0] = GL_ONE; return;
    case GL_BLEND_DST_RGB:
    case GL_BLEND_DST_ALPHA: data[0] = GL_ZERO; return;
    case GL_BLEND_EQUATION_RGB:
    case GL_BLEND_EQUATION_ALPHA: data[0] = GL_FUNC_ADD; return;
    case GL_VIEWPORT:
    case GL_SCISSOR_BOX: {  // the whole drawing buffer (the app sets its viewport before it clears)
        int width = 0, height = 0;
        emscripten_get_canvas_element_size("#canvas", &width, &height);
        data[0] = 0;
        data[1] = 0;
        data[2] = width;
        data[3] = height;
        return;
    }
    default: glGetIntegerv(pname, data); return;
    }
}

extern "C" GLboolean tolok_gl_is_enabled(GLenum cap) {
    switch (cap) {
    case GL_BLEND:
    case GL_CULL_FACE:
    case GL_DEPTH_TEST:
    case GL_STENCIL_TEST:
    case GL_SCISSOR_TEST: return GL_FALSE;
    default: return glIsEnabled(cap);
    }
}
