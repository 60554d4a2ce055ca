// The undo menu's names of the indicator editor's changes (see edit_names.h).
#include "app/logic/edit_names.h"

namespace tolok::app {

// The undo menu's name of an editor change: "Ubah target TW II 2025 indikator 3.1" / "Change target Q2 2025 of
// indicator 3.1", from the field key the editor uses ("target TW 2 2025", "component jumlah_opd", "polarity"); a
// component named by its label, evidence rows added or removed as such ("Tambah bukti dukung indikator 2").
BiText edit_description(const std::string& what, const Indicator& ind) {
    const std::string& code = ind.code;
    if (what == "add evidence") return {"Tambah bukti dukung indikator " + code, "Add evidence to indicator " + code};
    if (what == "remove evidence") return {"Hapus bukti dukung indikator " + code, "Remove evidence of indicator " + code};
    static const struct { const char* key; const char* id; const char* en; } fields[] = {
        {"code", "kode", "code"}, {"name", "nama", "name"}, {"definition", "definisi", "definition"}, {"unit", "satuan", "unit"},
        {"kind", "jenis nilai", "value kind"}, {"polarity", "polaritas", "polarity"},
        {"aggregation", "penggabungan triwulan", "quarters to year"}, {"cap", "batas capaian", "achievement cap"}, {"grade_scale", "skala predikat", "grade scale"},
        {"data_source", "sumber data", "data source"}, {"owner", "penanggung jawab", "owner"},
        {"supports", "indikator yang didukung", "supported indicator"}, {"baseline", "baseline", "baseline"},
        {"formula", "rumus", "formula"}, {"expression", "ekspresi", "expression"}, {"components", "komponen", "components"},
        {"note", "catatan", "note"}, {"evidence", "bukti dukung", "evidence"},
        // Prefixes, the rest of the key kept (a year).
        {"actual", "realisasi", "actual"}, {"target ", "target ", "target "}, {"activities ", "kegiatan ", "activities "},
    };
    std::string field_id = what, field_en = what;
    // "target TW 2 2025", "actual TW 2": the quarter by its name ("TW II", "Q2").
    for (const char* kind : {"target", "actual"}) {
        const std::string prefix = std::string(kind) + " TW ";
        if (what.rfind(prefix, 0) == 0 && what.size() > prefix.size()) {
            const int q = what[prefix.size()] - '0';
            const std::string rest = what.substr(prefix.size() + 1);
            const bool target = kind[0] == 't';
            field_id = std::string(target ? "target " : "realisasi ") + quarter_name(q, Lang::Id) + rest;
            field_en = std::string(target ? "target " : "actual ") + quarter_name(q, Lang::En) + rest;
            return {"Ubah " + field_id + " indikator " + code, "Change " + field_en + " of indicator " + code};
        }
    }
    if (what.rfind("component ", 0) == 0) {  // by its label, as the editor shows it
        const std::string component_id = what.substr(10);
        std::string name = component_id;
        for (const auto& c : ind.formula.components)
            if (c.id == component_id && !c.label.empty()) name = c.label;
        return {"Ubah komponen \"" + name + "\" indikator " + code, "Change component \"" + name + "\" of indicator " + code};
    }
    for (const auto& f : fields) {
        const std::string key = f.key;
        if (what == key || (key.back() == ' ' && what.rfind(key, 0) == 0)) {
            field_id = f.id + what.substr(key.size());
            field_en = f.en + what.substr(key.size());
            break;
        }
    }
    return {"Ubah " + field_id + " indikator " + code, "Change " + field_en + " of indicator " + code};
}

}  // namespace tolok::app
