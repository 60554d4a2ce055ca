// A JSON pointer into a plan file read out for people: "/plan/objectives/0/indicators/2/years/2030" becomes
// `sasaran 1 "Meningkatnya ...", indikator 3 "Angka partisipasi sekolah", tahun 2030` (and in English), with the
// names taken from the file itself, so a refused file says where in words a planner recognises, not by 0-based
// indexes. For files that were refused: the text need not be a valid plan, only JSON.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"

namespace tolok {

// One place per pointer (an empty BiText for a pointer that names no sasaran, indicator, year or program, or when
// the text is not JSON). The text is parsed once for all of them.
std::vector<BiText> pointer_places(const std::string& file_text, const std::vector<std::string>& pointers);

}  // namespace tolok
