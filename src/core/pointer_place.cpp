// Reading JSON pointers out as places in a plan file (see pointer_place.h).
#include "pointer_place.h"

#include <cstdlib>

#include <nlohmann/json.hpp>

namespace tolok {

namespace {

using nlohmann::json;

std::vector<std::string> split_pointer(const std::string& pointer) {
    std::vector<std::string> parts;
    if (pointer.empty() || pointer[0] != '/') return parts;
    std::string part;
    for (size_t i = 1; i <= pointer.size(); ++i) {
        if (i == pointer.size() || pointer[i] == '/') {
            parts.push_back(part);
            part.clear();
        } else if (pointer[i] == '~' && i + 1 < pointer.size()) {  // RFC 6901: ~1 is '/', ~0 is '~'
            part += pointer[++i] == '1' ? '/' : '~';
        } else {
            part += pointer[i];
        }
    }
    return parts;
}

bool is_index(const std::string& s) { return !s.empty() && s.size() < 9 && s.find_first_not_of("0123456789") == std::string::npos; }

// `name` of an object's member, quoted, when it is a short enough text.
std::string quoted_name(const json* node, const char* key = "name") {
    if (!node || !node->is_object()) return "";
    auto it = node->find(key);
    if (it == node->end() || !it->is_string()) return "";
    std::string n = it->get<std::string>();
    if (n.size() > 60) n = n.substr(0, 57) + "...";
    return n.empty() ? "" : " \"" + n + "\"";
}

BiText place_of(const json& doc, const std::vector<std::string>& parts) {
    std::string id, en;
    auto add = [&](const std::string& i, const std::string& e) {
        id += (id.empty() ? "" : ", ") + i;
        en += (en.empty() ? "" : ", ") + e;
    };
    const json* node = &doc;
    for (size_t k = 0; k < parts.size(); ++k) {
        const std::string& key = parts[k];
        const json* next = nullptr;
        if (node && node->is_object() && node->contains(key)) next = &(*node)[key];
        if (node && node->is_array() && is_index(key) && std::stoul(key) < node->size()) next = &(*node)[std::stoul(key)];
        const std::string& parent = k > 0 ? parts[k - 1] : std::string();
        if (parent == "years" || parent == "budget") {  // keyed by year ("2030"), not an index
            add("tahun " + key, "year " + key);
        } else if (is_index(key)) {
            const std::string n = std::to_string(std::stoul(key) + 1);
            if (parent == "plans") add("rencana " + n + quoted_name(next ? &(*next)["office"] : nullptr), "plan " + n + quoted_name(next ? &(*next)["office"] : nullptr));
            else if (parent == "objectives") add("sasaran " + n + quoted_name(next), "objective " + n + quoted_name(next));
            else if (parent == "indicators") {
                std::string code = n;
                if (next && next->is_object() && next->contains("code") && (*next)["code"].is_string() && !(*next)["code"].get<std::string>().empty())
                    code = (*next)["code"].get<std::string>();
                add("indikator " + code + quoted_name(next), "indicator " + code + quoted_name(next));
            } else if (parent == "programs") add("program " + n + quoted_name(next), "program " + n + quoted_name(next));
            else if (parent == "quarter_targets") add("target TW " + n, "Q" + n + " target");
            else if (parent == "quarter_actuals") add("realisasi TW " + n, "Q" + n + " actual");
            else if (parent == "evidence") add("bukti baris " + n, "evidence row " + n);
            else if (parent == "chapters") add("bab " + n + quoted_name(next, "title"), "chapter " + n + quoted_name(next, "title"));
        }
        node = next;
    }
    return id.empty() ? BiText{} : BiText{id, en};
}

}  // namespace

std::vector<BiText> pointer_places(const std::string& file_text, const std::vector<std::string>& pointers) {
    std::vector<BiText> out(pointers.size());
    const json doc = json::parse(file_text, nullptr, false);
    if (doc.is_discarded()) return out;
    for (size_t i = 0; i < pointers.size(); ++i) out[i] = place_of(doc, split_pointer(pointers[i]));
    return out;
}

}  // namespace tolok
