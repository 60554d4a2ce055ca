// The IKU document's chapters to start from, for a plan that has none (a new office's plan): Kata Pengantar, BAB I
// Pendahuluan (1.1 Latar Belakang, 1.2 Maksud dan Tujuan), BAB II Penetapan IKU with 2.1, whose list of indicators
// the IKU document fills from the plan, and BAB III Penutup. In Indonesian (the plan's own text, printed as written
// in the Indonesian document), naming the office and its period; "..." marks what the office writes itself.
#include "report_common.h"
#include "report_html.h"

namespace tolok {

std::vector<Chapter> iku_chapter_templates(const Plan& plan) {
    const std::string named = report::office_full_name(plan);
    const std::string office = named.empty() ? std::string("instansi ini") : named;
    const std::string period = report::period_text(plan);
    return {
        {"kata_pengantar", "KATA PENGANTAR",
         "Dalam rangka mewujudkan akuntabilitas kinerja instansi pemerintah, " + office +
             " menetapkan Indikator Kinerja Utama (IKU) Tahun " + period +
             " sebagai ukuran keberhasilan pencapaian sasaran strategis. IKU ini menjadi acuan penyusunan Perjanjian "
             "Kinerja, Rencana Aksi dan Laporan Kinerja Instansi Pemerintah (LKjIP).\n\n"
             "Semoga IKU ini bermanfaat bagi peningkatan kinerja " + office + "."},
        {"bab1_latar_belakang", "BAB I PENDAHULUAN - 1.1 Latar Belakang",
         "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah mewajibkan "
         "setiap instansi pemerintah menetapkan Indikator Kinerja Utama sebagai ukuran keberhasilan dari suatu tujuan "
         "dan sasaran strategis.\n\nTugas pokok dan fungsi " + office + ": ..."},
        {"bab1_maksud_tujuan", "BAB I PENDAHULUAN - 1.2 Maksud dan Tujuan",
         "Penetapan Indikator Kinerja Utama " + office +
             " dimaksudkan untuk memperoleh informasi kinerja yang penting dan diperlukan dalam menyelenggarakan "
             "manajemen kinerja secara baik, serta sebagai alat ukur tingkat keberhasilan pencapaian sasaran. ..."},
        {"bab2_penetapan", "BAB II PENETAPAN INDIKATOR KINERJA UTAMA",
         "Indikator Kinerja Utama " + office + " Tahun " + period +
             " ditetapkan dengan mengacu pada sasaran strategis dalam dokumen perencanaan (Renstra) ..."},
        {"bab2_iku", "BAB II - 2.1 Indikator Kinerja Utama",
         "Indikator Kinerja Utama " + office + " terdiri atas:"},
        {"bab3_penutup", "BAB III PENUTUP",
         "Dengan ditetapkannya Indikator Kinerja Utama (IKU) " + office +
             ", diharapkan IKU ini menjadi pedoman dalam mengukur keberhasilan pelaksanaan program dan kegiatan ..."},
    };
}

}  // namespace tolok
