// The LKjIP's chapters around its measurement tables (BAB III, report_lkjip.cpp): BAB I Pendahuluan and BAB IV
// Penutup from the plan's chapters "lkjip_bab1" / "lkjip_bab4" (a standard text when the plan has none), BAB II
// Perencanaan Kinerja from the plan itself (the year's targets as agreed in the Perjanjian Kinerja, and the
// programs with their budget), and the closing summary of capaian, computed, never typed.
#include "report_common.h"
#include "report_html.h"
#include "value.h"

namespace tolok::report {

namespace {

const Chapter* chapter(const Plan& plan, const char* id) {
    for (const auto& c : plan.chapters)
        if (c.id == id) return &c;
    return nullptr;
}

std::string standard_introduction(const Plan& plan, int year, Lang lang) {
    const std::string office = office_full_name(plan), y = std::to_string(year);
    if (lang == Lang::En)
        return "The Government Performance Report (LKjIP) of " + office + " for " + y +
               " accounts for the work done to reach the objectives set for the year, as Presidential Regulation "
               "29/2014 on the Government Performance Accountability System (SAKIP) and Minister of State "
               "Apparatus Empowerment and Bureaucratic Reform Regulation 53/2014 require.\n\n"
               "Chapter II sets out the performance plan for " + y + ", chapter III measures and analyses the "
               "achievement of each objective, and chapter IV concludes.";
    return "Laporan Kinerja Instansi Pemerintah (LKjIP) " + office + " Tahun " + y +
           " disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan fungsi dalam mencapai sasaran yang "
           "telah ditetapkan, sesuai dengan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas "
           "Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi "
           "Nomor 53 Tahun 2014.\n\n"
           "Bab II menyajikan perencanaan kinerja tahun " + y + ", Bab III pengukuran dan analisis capaian kinerja "
           "setiap sasaran, dan Bab IV simpulan.";
}

}  // namespace

void lkjip_introduction(HtmlWriter& w, const Plan& plan, int year, Lang lang) {
    w.element("h2", tr(lang, "BAB I PENDAHULUAN", "CHAPTER I INTRODUCTION"));
    const Chapter* own = chapter(plan, kLkjipIntroductionId);
    w.paragraphs(own && !own->text.empty() ? own->text : standard_introduction(plan, year, lang));
}

void lkjip_planning(HtmlWriter& w, const Plan& plan, int year, Lang lang) {
    w.element("h2", tr(lang, "BAB II PERENCANAAN KINERJA", "CHAPTER II PERFORMANCE PLAN"));
    w.element("p", std::string(tr(lang, "Sasaran, indikator kinerja dan target tahun ", "The objectives, performance indicators and targets for ")) +
                       std::to_string(year) +
                       tr(lang, " sebagaimana ditetapkan dalam Perjanjian Kinerja:", " as set in the Performance Agreement (Perjanjian Kinerja):"));
    year_targets_table(w, plan, year, lang);
    programs_table(w, plan, year, lang);
}

void lkjip_closing(HtmlWriter& w, const Plan& plan, int year, Lang lang) {
    w.element("h2", tr(lang, "BAB IV PENUTUP", "CHAPTER IV CONCLUSION"));
    const CategorySummary sum = summarize_categories(plan, year);
    int computable = 0;
    std::string counts;
    for (const auto& [label, n] : sum.counts) {
        computable += n;
        if (n) counts += (counts.empty() ? "" : ", ") + std::to_string(n) + " " + label;
    }
    const std::string total = std::to_string(computable + sum.not_computable), y = std::to_string(year);
    std::string text = lang == Lang::En
                           ? "Of the " + total + " key performance indicators of " + office_full_name(plan) + " for " + y + ", " +
                                 std::to_string(computable) + " could be measured"
                           : "Dari " + total + " indikator kinerja utama " + office_full_name(plan) + " tahun " + y + ", " +
                                 std::to_string(computable) + " dapat diukur capaiannya";
    if (sum.average)
        text += (lang == Lang::En ? ", with an average achievement of " : " dengan rata-rata capaian ") + format_number(*sum.average, 2, lang) +
                " % (" + counts + ")";
    text += ".";
    if (sum.not_computable)
        text += lang == Lang::En ? " " + std::to_string(sum.not_computable) + " could not be measured yet (see chapter III)."
                                 : " Sebanyak " + std::to_string(sum.not_computable) + " indikator belum dapat diukur (lihat Bab III).";
    w.element("p", text);
    const Chapter* own = chapter(plan, kLkjipClosingId);
    if (own && !own->text.empty()) w.paragraphs(own->text);
    else
        w.element("p", tr(lang, "Hasil pengukuran ini menjadi bahan perbaikan perencanaan dan pelaksanaan program pada tahun berikutnya.",
                          "These results feed the improvement of planning and of the programs in the following year."));
}

}  // namespace tolok::report

namespace tolok {

std::vector<Chapter> lkjip_chapter_templates(Lang lang) {
    if (lang == Lang::En)
        return {{kLkjipIntroductionId, "LKjIP - CHAPTER I INTRODUCTION",
                 "This Government Performance Report (LKjIP) accounts for the work done to reach the objectives set for "
                 "the year, as Presidential Regulation 29/2014 on SAKIP and Minister of State Apparatus Empowerment and "
                 "Bureaucratic Reform Regulation 53/2014 require.\n\nThe office's tasks and functions: ..."},
                {kLkjipClosingId, "LKjIP - CHAPTER IV CONCLUSION",
                 "Supporting factors: ...\n\nObstacles: ...\n\nImprovements planned for next year: ..."}};
    return {{kLkjipIntroductionId, "LKjIP - BAB I PENDAHULUAN",
             "Laporan Kinerja Instansi Pemerintah (LKjIP) ini disusun sebagai wujud pertanggungjawaban atas pelaksanaan "
             "tugas dan fungsi dalam mencapai sasaran yang telah ditetapkan, sesuai dengan Peraturan Presiden Nomor 29 "
             "Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan "
             "Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014.\n\nTugas pokok dan fungsi: ..."},
            {kLkjipClosingId, "LKjIP - BAB IV PENUTUP",
             "Faktor pendukung: ...\n\nFaktor penghambat: ...\n\nUpaya perbaikan pada tahun berikutnya: ..."}};
}

}  // namespace tolok
