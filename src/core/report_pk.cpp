// The Perjanjian Kinerja (performance agreement) for one year: the agreement text between the head of office
// (Pihak Pertama, plan.signatory) and the superior (Pihak Kedua, plan.superior), both signatures, and the table
// No | Sasaran | Indikator Kinerja | Target of that year, then the programs with their budget for the year.
#include <algorithm>

#include "report_common.h"

namespace tolok::report {

namespace {

void party(HtmlWriter& w, const Signatory& s, Lang lang) {
    w.open("table", {{"class", "meta"}});
    w.open("tr").element("td", tr(lang, "Nama", "Name")).element("td", ":").element("td", s.name.empty() ? "...................." : s.name).close("tr");
    w.open("tr").element("td", tr(lang, "Jabatan", "Position")).element("td", ":").element("td", s.title.empty() ? "...................." : s.title).close("tr");
    w.close("table").raw("\n");
}

void two_signatures(HtmlWriter& w, const Plan& plan, const std::string& place_date, Lang lang) {
    signatures(w, {{&plan.superior, tr(lang, "PIHAK KEDUA", "PIHAK KEDUA (second party)")},
                   {&plan.signatory, tr(lang, "PIHAK PERTAMA", "PIHAK PERTAMA (first party)")}},
               place_date);
}

void heading(HtmlWriter& w, const Plan& plan, int year, Lang lang) {
    w.open("h1", {{"class", "upper"}});
    w.text(std::string(tr(lang, "Perjanjian Kinerja Tahun ", "Performance Agreement (Perjanjian Kinerja) ")) + std::to_string(year));
    w.empty_element("br");
    w.text(office_full_name(plan));
    w.close("h1").raw("\n");
}

}  // namespace

std::string render_pk(const Plan& plan, const ReportOptions& options) {
    const Lang lang = options.lang;
    const int year = options.year;
    const std::string place_date = place_date_line(plan, options, year);
    HtmlWriter w;
    begin_document(w, std::string(tr(lang, "Perjanjian Kinerja ", "Performance Agreement ")) + std::to_string(year) + " - " +
                          office_full_name(plan), lang);

    w.open("section", {{"class", "sheet"}});
    heading(w, plan, year, lang);
    w.element("p", tr(lang,
                      "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta "
                      "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
                      "To achieve effective, transparent and accountable government management oriented to results, we "
                      "the undersigned:"));
    party(w, plan.signatory, lang);
    w.element("p", tr(lang, "selanjutnya disebut pihak pertama.", "hereinafter the first party (pihak pertama)."), {{"class", "plain"}});
    party(w, plan.superior, lang);
    w.element("p", tr(lang, "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
                      "as the superior of the first party, hereinafter the second party (pihak kedua)."), {{"class", "plain"}});
    w.element("p", tr(lang,
                      "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, "
                      "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen "
                      "perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.",
                      "The first party undertakes to achieve the performance targets in the annex to this agreement, towards "
                      "the medium-term targets set in the planning documents. Success or failure in meeting these targets is "
                      "our responsibility."));
    w.element("p", tr(lang,
                      "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian "
                      "kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan "
                      "dan sanksi.",
                      "The second party will supervise as needed, evaluate the performance achieved under this agreement and "
                      "take the necessary action on rewards and sanctions."));
    two_signatures(w, plan, place_date, lang);
    w.close("section").raw("\n");

    w.open("section", {{"class", "sheet"}});
    heading(w, plan, year, lang);
    year_targets_table(w, plan, year, lang);
    programs_table(w, plan, year, lang);
    two_signatures(w, plan, place_date, lang);
    w.close("section").raw("\n");
    end_document(w);
    return w.take();
}

}  // namespace tolok::report
