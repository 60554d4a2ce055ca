// The IKU document as printed by offices (the seed is one): cover, Kata Pengantar signed by the head of office,
// BAB I-III from the plan's chapters (with the numbered list of indicators in BAB II), and the landscape Lampiran
// table Sasaran | Indikator Sasaran | Rumus | Target per plan year, with the column-number row and each Sasaran
// cell spanning its indicators.
#include <algorithm>
#include <cctype>

#include "report_common.h"

namespace tolok::report {

namespace {

bool is_kata_pengantar(const Chapter& c) {
    if (c.id == "kata_pengantar") return true;
    std::string t;
    for (char ch : c.title) t += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return t == "KATA PENGANTAR";
}

// "BAB I PENDAHULUAN - 1.1 Latar Belakang" -> head "BAB I PENDAHULUAN", sub "1.1 Latar Belakang".
void split_title(const std::string& title, std::string& head, std::string& sub) {
    size_t dash = title.find(" - ");
    head = dash == std::string::npos ? title : title.substr(0, dash);
    sub = dash == std::string::npos ? std::string() : title.substr(dash + 3);
}

// "BAB I" from "BAB I PENDAHULUAN"; the head itself when it is not a BAB.
std::string bab_key(const std::string& head, std::string& rest) {
    rest.clear();
    if (head.rfind("BAB ", 0) != 0) return head;
    size_t end = head.find(' ', 4);
    if (end == std::string::npos) return head;
    rest = head.substr(end + 1);
    return head.substr(0, end);
}

// BAB II's numbered list, numbered by the indicators' codes as the app and the LKjIP show them (after
// a deletion, indicator 5 stays 5 everywhere); a code that is not a whole number is followed on from the one before.
void indicator_list(HtmlWriter& w, const Plan& plan) {
    w.open("ol");
    int n = 0;
    for (const auto& o : plan.objectives)
        for (const auto& ind : o.indicators) {
            const bool whole = !ind.code.empty() && ind.code.size() < 6 &&
                               std::all_of(ind.code.begin(), ind.code.end(), [](char c) { return c >= '0' && c <= '9'; });
            n = whole ? std::stoi(ind.code) : n + 1;
            w.element("li", ind.name, {{"value", std::to_string(n)}});
        }
    w.close("ol").raw("\n");
}

// Splits a chapter's text around its list of indicators (two or more lines "1. ...", "a.", "(1)", "-", blank lines
// between items and indented continuations allowed; Windows line breaks too): the text before it and after it. False
// when there is none.
bool split_around_numbered_list(const std::string& raw, const std::vector<std::string>& indicator_names, std::string& before,
                                std::string& after) {
    std::string text;
    for (size_t i = 0; i < raw.size(); ++i)
        if (!(raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n')) text += raw[i];
    std::vector<std::string> lines;
    for (size_t at = 0; at <= text.size();) {
        size_t nl = text.find('\n', at);
        if (nl == std::string::npos) nl = text.size();
        lines.push_back(text.substr(at, nl - at));
        at = nl + 1;
    }
    auto blank = [](const std::string& line) { return line.find_first_not_of(" \t") == std::string::npos; };
    // An item: "1." or "1)" (a number of at most 3 digits: "2018. ..." is a sentence), "(1)", "a." / "A." or "a)",
    // or a bullet, followed by a space; "1.Indeks" (Word users often leave the space out after a number) too.
    // Bullets: "-", "*", "•", "–", "—", "▪", "◦", "·" and the Symbol font's bullet that Word pastes as U+F0B7.
    static const char* const bullets[] = {"-", "*", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x96\xAA",
                                          "\xE2\x97\xA6", "\xC2\xB7", "\xEF\x82\xB7"};
    auto numbered = [&](const std::string& line) {
        size_t i = line.find_first_not_of(" \t");
        if (i == std::string::npos) return false;
        auto space_after = [&](size_t at) { return at < line.size() && (line[at] == ' ' || line[at] == '\t'); };
        for (const char* b : bullets) {
            const size_t n = std::char_traits<char>::length(b);
            if (line.compare(i, n, b) == 0) return space_after(i + n);
        }
        const bool paren = line[i] == '(';
        if (paren) ++i;
        const size_t start = i;
        while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
        const size_t digits = i - start;
        if (digits == 0 && i < line.size() && std::isalpha(static_cast<unsigned char>(line[i]))) ++i;  // "a.", "A."
        if (i == start || digits > 3 || i >= line.size()) return false;
        if (paren) return line[i] == ')' && space_after(i + 1);
        if (line[i] != '.' && line[i] != ')') return false;
        if (space_after(i + 1)) return true;
        // "1.Indeks": a number followed straight by a word (not "1.5", not "a.n.").
        return digits > 0 && line[i] == '.' && i + 1 < line.size() && std::isalpha(static_cast<unsigned char>(line[i + 1]));
    };
    // A line indented under an item continues it ("1. Nilai ...\n   lanjutan").
    auto continues = [&](const std::string& line) { return !blank(line) && (line[0] == ' ' || line[0] == '\t') && !numbered(line); };
    // Every list of the chapter; the one whose items name the most of the plan's indicators is the indicator list (a
    // chapter may list its sasaran first), the first one when none does.
    struct Run { size_t first, end; int named; };
    std::vector<Run> runs;
    for (size_t first = 0; first < lines.size(); ++first) {
        if (!numbered(lines[first])) continue;
        size_t end = first, items = 0;  // one past the run's last item line
        int named = 0;
        for (size_t k = first; k < lines.size(); ++k) {
            if (numbered(lines[k])) {
                ++items;
                end = k + 1;
                const std::string item = name_key(lines[k]);
                for (const std::string& n : indicator_names)
                    if (!n.empty() && item.find(n) != std::string::npos) {
                        ++named;
                        break;
                    }
            } else if (continues(lines[k])) {
                end = k + 1;
            } else if (!blank(lines[k])) {
                break;
            }
        }
        if (items >= 2) runs.push_back(Run{first, end, named});
        first = end > first ? end - 1 : first;
    }
    if (runs.empty()) return false;
    const Run* chosen = &runs.front();
    for (const Run& r : runs)
        if (r.named > chosen->named) chosen = &r;
    auto join = [&](size_t from, size_t to) {
        std::string out;
        for (size_t k = from; k < to; ++k) out += lines[k] + (k + 1 < to ? "\n" : "");
        return out;
    };
    before = join(0, chosen->first);
    after = join(chosen->end, lines.size());
    return true;
}

void cover(HtmlWriter& w, const Plan& plan, Lang lang) {
    w.open("section", {{"class", "sheet"}}).open("div", {{"class", "cover"}});
    w.open("div");
    w.element("div", plan.title.empty() ? std::string(tr(lang, "Indikator Kinerja Utama (IKU)", "Key Performance Indicators (IKU)")) : plan.title,
              {{"class", "title upper"}});
    if (lang == Lang::En) w.element("div", "Key Performance Indicators", {{"class", "muted"}});
    w.close("div");
    const std::string period = period_text(plan);
    if (plan.title.find(period) == std::string::npos) w.element("div", period, {{"class", "year"}});
    else w.element("div", "");
    w.open("div", {{"class", "office"}});
    w.element("div", plan.office.name);
    // the region on a line of its own, unless the office is named with it already ("Dinas Kesehatan Kabupaten ...")
    const std::string& name = plan.office.name;
    const size_t first = name.find_first_not_of(" \t"), last = name.find_last_not_of(" \t");
    const std::string trimmed = first == std::string::npos ? std::string() : name.substr(first, last - first + 1);
    if (office_full_name(plan) != trimmed) w.element("div", region_name(plan));
    w.close("div");
    w.close("div").close("section").raw("\n");
}

void lampiran(HtmlWriter& w, const Plan& plan, Lang lang) {
    const int years = plan.end_year - plan.start_year + 1;
    w.open("section", {{"class", "sheet landscape"}});
    w.element("h2", tr(lang, "L A M P I R A N", "A N N E X"), {{"class", "spaced"}});
    w.open("h2", {{"class", "upper"}});
    w.text(tr(lang, "Indikator Kinerja Utama (IKU)", "Key Performance Indicators (IKU)"));
    w.empty_element("br");
    w.text(office_full_name(plan) + " " + period_text(plan));
    w.close("h2").raw("\n");

    w.open("table", {{"class", "lampiran"}}).raw("\n");
    w.open("colgroup");
    w.empty_element("col", {{"style", "width:15%"}}).empty_element("col", {{"style", "width:18%"}})
        .empty_element("col", {{"style", "width:22%"}});
    for (int i = 0; i < years; ++i) w.empty_element("col");
    w.close("colgroup").raw("\n");
    w.open("thead").open("tr");
    w.element("th", tr(lang, "Sasaran", "Objective (Sasaran)"), {{"rowspan", "2"}});
    w.element("th", tr(lang, "Indikator Sasaran", "Indicator (Indikator Sasaran)"), {{"rowspan", "2"}});
    w.element("th", tr(lang, "Rumus", "Formula (Rumus)"), {{"rowspan", "2"}});
    w.element("th", tr(lang, "Target Kinerja Sasaran pada tahun ke", "Target per year"), {{"colspan", std::to_string(years)}});
    w.close("tr").raw("\n").open("tr");
    for (int y = plan.start_year; y <= plan.end_year; ++y) w.element("th", std::to_string(y));
    w.close("tr").raw("\n").open("tr", {{"class", "colnum"}});
    for (int i = 1; i <= 3 + years; ++i) w.element("th", std::to_string(i));
    w.close("tr").close("thead").raw("\n");
    sasaran_rows(w, plan, false, 2 + years, [&](const Indicator& ind) {
        w.element("td", ind.name);
        w.open("td");
        formula_html(w, ind.formula);
        w.close("td");
        for (int y = plan.start_year; y <= plan.end_year; ++y) {
            auto it = ind.years.find(y);
            value_cell(w, it == ind.years.end() ? std::string() : text_with_unit(it->second.target, ind.unit), lang);
        }
    });
    w.close("table").raw("\n");
    w.close("section").raw("\n");
}

}  // namespace

std::string render_iku(const Plan& plan, const ReportOptions& options) {
    const Lang lang = options.lang;
    const std::string place_date = place_date_line(plan, options, 0);
    HtmlWriter w;
    begin_document(w, (plan.title.empty() ? std::string("IKU") : plan.title) + " - " + office_full_name(plan), lang);
    cover(w, plan, lang);

    bool has_list = false;
    std::vector<std::string> indicator_keys;  // the indicators' names as name_key compares them
    for (const auto& o : plan.objectives)
        for (const auto& ind : o.indicators) indicator_keys.push_back(name_key(ind.name));
    std::string prev_key;
    bool in_sheet = false, any_bab = false;
    auto end_sheet = [&] {
        if (in_sheet) w.close("section").raw("\n");
        in_sheet = false;
    };
    for (const auto& c : plan.chapters) {
        if (c.id.rfind("lkjip_", 0) == 0) continue;  // the LKjIP's own chapters (report_html.h)
        if (c.id == "bab2_iku") has_list = true;
        if (is_kata_pengantar(c)) {
            end_sheet();
            w.open("section", {{"class", "sheet"}});
            w.element("h2", c.title);
            w.paragraphs(c.text);
            signature(w, plan.signatory, place_date);
            w.close("section").raw("\n");
            prev_key.clear();
            continue;
        }
        std::string head, sub, rest;
        split_title(c.title, head, sub);
        std::string key = bab_key(head, rest);
        if (key != prev_key) {
            end_sheet();
            w.open("section", {{"class", "sheet"}});
            in_sheet = true;
            w.element("h2", key);
            if (!rest.empty()) w.element("h2", rest);
            prev_key = key;
        }
        any_bab = true;
        if (!sub.empty()) w.element("h3", sub);
        // The chapter that lists the indicators (BAB II 2.1) lists them from the plan: a list typed into its text
        // (the seed's, copied from the signed document) is replaced by the indicators as they are now, so the body
        // and the Lampiran never disagree after an indicator is added, renamed or deleted.
        std::string before, after;
        if (c.id == "bab2_iku" && split_around_numbered_list(c.text, indicator_keys, before, after)) {
            w.paragraphs(before);
            indicator_list(w, plan);
            w.paragraphs(after);
        } else if (c.id == "bab2_iku") {
            w.paragraphs(c.text);
            indicator_list(w, plan);
        } else {
            w.paragraphs(c.text);
        }
    }
    if (!has_list) {  // the numbered list of indicators, from the plan, when no chapter carries it
        if (!in_sheet) {
            w.open("section", {{"class", "sheet"}});
            in_sheet = true;
        }
        w.element("h3", tr(lang, "Indikator Kinerja Utama", "Key Performance Indicators"));
        indicator_list(w, plan);
    }
    if (any_bab || in_sheet) signature(w, plan.signatory, place_date);
    end_sheet();
    lampiran(w, plan, lang);
    end_document(w);
    return w.take();
}

}  // namespace tolok::report
