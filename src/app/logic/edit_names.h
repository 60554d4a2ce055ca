// The undo menu's names of the indicator editor's changes ("Ubah target TW II 2025 indikator 3"), in both languages,
// from the field keys the editor records its steps under.
#pragma once

#include <string>

#include "core/diagnostic.h"
#include "core/model.h"

namespace tolok::app {

// "target TW 2 2025" -> "Ubah target TW II 2025 indikator 3" / "Change target Q2 2025 of indicator 3"; "component
// <id>" by the component's label; "add evidence" -> "Tambah bukti dukung indikator 3"; any other key by its field name.
BiText edit_description(const std::string& what, const Indicator& ind);

}  // namespace tolok::app
