// The built-in plan: the IKU of the Sekretariat Daerah Kabupaten Tanggamus 2018-2023, transcribed from the
// printed document into assets/iku-setda-tanggamus-2018-2023.json and embedded at build time.
#pragma once

#include <string>

#include "model.h"

namespace tolok {

// The embedded JSON text, byte for byte as in assets/ (generated source, see cmake/embed.cmake).
const std::string& builtin_plan_json();

// The built-in plan, read through the normal strict reader (asserts that it reads without errors).
Plan builtin_plan();

}  // namespace tolok
