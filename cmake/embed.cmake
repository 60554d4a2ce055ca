# Turns a text file (the built-in plan JSON) into a C++ source defining tolok::builtin_plan_json().
# Usage: cmake -DIN=file.json -DOUT=file.cpp -P embed.cmake
file(READ "${IN}" content HEX)
string(LENGTH "${content}" hex_len)
math(EXPR byte_count "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${content}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUT}" "// Generated from ${IN} by cmake/embed.cmake. Do not edit.\n#include <string>\nnamespace tolok {\nstatic const unsigned char kData[] = {\n${bytes}0x00};\nconst std::string& builtin_plan_json() {\n    static const std::string s(reinterpret_cast<const char*>(kData), ${byte_count});\n    return s;\n}\n}  // namespace tolok\n")
