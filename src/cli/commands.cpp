// The list of `tolok` commands with their one-line summaries and --help texts (Indonesian and English).
#include "cli/commands.h"

namespace tolok::cli {

const std::vector<CommandInfo>& commands() {
    static const std::vector<CommandInfo> list = {
        {"validate",
         {"memeriksa berkas rencana JSON (segel pertukaran, format, nilai, NIP, pita kategori)",
          "check a plan JSON file (exchange seal, format, values, NIP, category bands)"},
         {"Pemakaian: tolok validate BERKAS.json | --builtin [--accept-altered] [--lang id|en]\n"
          "Memeriksa berkas rencana Tolok. Setiap temuan dicetak sebagai \"LEVEL id lokasi: pesan\".\n"
          "Berkas pertukaran (tulisan Tolok, bersegel SHA-256): mencetak pengirim dan waktunya; bila satu byte saja\n"
          "diubah atau rusak, galat exchange.integrity (keluar 1). --accept-altered tetap membacanya (peringatan) dan\n"
          "menganggapnya suntingan tangan. Capaian bawaan berkas yang berbeda dari hitungan ulang: peringatan\n"
          "exchange.capaian_mismatch. Berkas rencana biasa tanpa segel: catatan exchange.no_envelope.\n"
          "Kode keluar: 0 tanpa galat, 1 ada galat, 2 salah pemakaian.\n",
          "Usage: tolok validate FILE.json | --builtin [--accept-altered] [--lang id|en]\n"
          "Checks a Tolok plan file. Each finding is printed as \"LEVEL id location: message\".\n"
          "Exchange files (written by Tolok, sealed with SHA-256): prints who sent it and when; a single altered or\n"
          "damaged byte is the error exchange.integrity (exit 1). --accept-altered reads it anyway (a warning) and\n"
          "counts it as edited by hand. Carried capaian that differ from the recomputed ones: warning\n"
          "exchange.capaian_mismatch. A plain plan file without seal: note exchange.no_envelope.\n"
          "Exit code: 0 no errors, 1 errors, 2 usage.\n"},
         run_validate},
        {"import-table",
         {"mengubah tabel (Word/Excel: TSV, CSV dengan , atau ;) menjadi rencana JSON",
          "turn a table (Word/Excel: TSV, CSV with , or ;) into a plan JSON"},
         {"Pemakaian: tolok import-table BERKAS [-o KELUARAN.json] [--office NAMA] [--year TAHUN] [--lang id|en]\n"
          "Membaca tabel IKU yang disalin dari Word atau Excel (mis. Lampiran IKU) dan menulis rencana JSON\n"
          "(ke stdout tanpa -o). --year memberi tahun untuk kolom Target/Realisasi tunggal.\n"
          "Tabel dari export-csv/export-xlsx terbaca kembali: kolom \"Target YYYY (teks)\" adalah nilainya; kolom\n"
          "\"Tahun\" dan \"Triwulan\" (tabel targets, capaian, capaian-quarters) memberi tahun dan triwulan tiap baris\n"
          "(sel Tahun mengalahkan --year; --year hanya untuk sel Tahun yang kosong). Dari tabel capaian dibaca\n"
          "\"Realisasi diisi\" (yang diketik); \"Realisasi dipakai\" dan \"Capaian %\" adalah hitungan, tidak dibaca.\n"
          "Yang ditulis adalah berkas pertukaran: pengirim (instansi rencana), waktu (sekarang, atau SOURCE_DATE_EPOCH),\n"
          "versi, capaian per indikator dan tahun, dan segel SHA-256 (docs/file-format.md).\n"
          "Masalah per baris dicetak ke stderr. Kode keluar: 0 berhasil, 1 ada galat (tidak ada yang ditulis), 2 salah pemakaian.\n",
          "Usage: tolok import-table FILE [-o OUT.json] [--office NAME] [--year YYYY] [--lang id|en]\n"
          "Reads an IKU table copied from Word or Excel (e.g. the IKU Lampiran) and writes the plan JSON\n"
          "(to stdout without -o). --year names the year of single Target/Realisasi columns.\n"
          "Tables from export-csv/export-xlsx read back: the \"Target YYYY (text)\" column is the value; the\n"
          "\"Tahun\"/\"Year\" and \"Triwulan\"/\"Quarter\" columns (tables targets, capaian, capaian-quarters) give each\n"
          "row's year and quarter (a Year cell wins over --year; --year is only for empty Year cells). From the\n"
          "capaian tables \"Actual typed\" is read; \"Actual used\" and \"Achievement %\" are computed, not read.\n"
          "It writes an exchange file: sender (the plan's office), time (now, or SOURCE_DATE_EPOCH), versions,\n"
          "capaian per indicator and year, and a SHA-256 seal (docs/file-format.md).\n"
          "Row problems go to stderr. Exit code: 0 done, 1 errors (nothing written), 2 usage.\n"},
         run_import_table},
        {"capaian",
         {"menghitung capaian dan kategori per indikator untuk satu tahun/triwulan",
          "compute achievement and category per indicator for a year/quarter"},
         {"Pemakaian: tolok capaian BERKAS.json | --builtin --year TAHUN [--quarter 1-4] [--format text|tsv|json] [--accept-altered] [--lang id|en]\n"
          "Satu baris per indikator: target, realisasi, capaian (%), kategori dan cara hitungnya.\n"
          "Kode keluar: 0 berhasil, 1 berkas tidak sah atau tidak dapat dipakai (mis. tahun di luar periode),\n"
          "2 salah pemakaian. Berkas dengan beberapa rencana: semua rencananya.\n",
          "Usage: tolok capaian FILE.json | --builtin --year YYYY [--quarter 1-4] [--format text|tsv|json] [--accept-altered] [--lang id|en]\n"
          "One row per indicator: target, actual, achievement (%), category and its working.\n"
          "Exit code: 0 done, 1 the file is invalid or cannot be used (e.g. a year outside the period), 2 usage.\n"
          "A file with several plans: all its plans.\n"},
         run_capaian},
        {"lint",
         {"memeriksa mutu IKU (satuan rumus, jenis target, target kosong, duplikat)",
          "check IKU quality (formula units, target kinds, missing targets, duplicates)"},
         {"Pemakaian: tolok lint BERKAS.json | --builtin [--strict] [--accept-altered] [--lang id|en]\n"
          "Temuan mutu IKU seperti yang dicari evaluator SAKIP. Kode keluar: 0 tanpa galat (dengan --strict: tanpa\n"
          "peringatan), 1 ada galat, 2 salah pemakaian.\n",
          "Usage: tolok lint FILE.json | --builtin [--strict] [--accept-altered] [--lang id|en]\n"
          "IKU quality findings such as SAKIP evaluators look for. Exit code: 0 no errors (with --strict: no\n"
          "warnings), 1 errors, 2 usage.\n"},
         run_lint},
        {"report",
         {"mencetak dokumen SAKIP (IKU, Perjanjian Kinerja, Rencana Aksi, LKjIP Bab I-IV, monitoring triwulan) sebagai HTML A4",
          "print the SAKIP documents (IKU, Perjanjian Kinerja, Rencana Aksi, LKjIP chapters I-IV, quarterly monitoring) as A4 HTML"},
         {"Pemakaian: tolok report BERKAS.json | --builtin --kind iku|pk|renaksi|lkjip|monitoring [--year TAHUN] [--quarter 1-4] [--plan ID]\n"
          "           [--place-date \"Kota Agung, 2 Januari 2023\"] [-o KELUARAN.html] [--accept-altered] [--lang id|en]\n"
          "Menulis dokumen sebagai HTML siap cetak (A4); buka di peramban lalu cetak atau simpan sebagai PDF.\n"
          "--plan memilih rencana dalam berkas gabungan (bawaan: yang pertama); --place-date: tempat dan tanggal tanda tangan.\n"
          "--year wajib untuk pk, renaksi, lkjip dan monitoring; monitoring (Laporan Monitoring Capaian Kinerja Triwulan)\n"
          "juga --quarter 1-4 (TW I-IV). Tanpa -o, HTML ditulis ke stdout.\n"
          "Kode keluar: 0 berhasil, 1 berkas tidak sah atau tidak dapat dipakai (mis. tahun di luar periode,\n"
          "--plan yang tidak ada, keluaran yang tidak dapat ditulis), 2 salah pemakaian.\n",
          "Usage: tolok report FILE.json | --builtin --kind iku|pk|renaksi|lkjip|monitoring [--year YYYY] [--quarter 1-4] [--plan ID]\n"
          "       [--place-date \"Kota Agung, 2 Januari 2023\"] [-o OUT.html] [--accept-altered] [--lang id|en]\n"
          "Writes the document as print-ready HTML (A4); open it in a browser, then print or save as PDF.\n"
          "--plan picks a plan of a bundle (default: the first); --place-date: place and date above the signature.\n"
          "--year is required for pk, renaksi, lkjip and monitoring; monitoring (the quarterly performance monitoring\n"
          "report) also --quarter 1-4 (Q1-Q4). Without -o, the HTML goes to stdout.\n"
          "Exit code: 0 done, 1 the file is invalid or cannot be used (e.g. a year outside the period, no such\n"
          "--plan, an output that cannot be written), 2 usage.\n"},
         run_report},
        {"export-csv",
         {"mengekspor tabel IKU, target dan capaian sebagai CSV (Excel Indonesia atau internasional)",
          "export the IKU, targets and capaian tables as CSV (Indonesian or international Excel)"},
         {"Pemakaian: tolok export-csv BERKAS.json | --builtin [--table iku|targets|capaian|capaian-quarters] [--year TAHUN] [--locale id|en] [-o KELUARAN.csv] [--accept-altered] [--lang id|en]\n"
          "--locale id (bawaan): pemisah ';', desimal koma, BOM UTF-8, untuk Excel berbahasa Indonesia.\n"
          "--locale en: pemisah ',', desimal titik. --year wajib untuk tabel capaian dan capaian-quarters (per triwulan).\n"
          "Tabel capaian: \"Realisasi diisi\" (yang diketik untuk tahun/triwulan itu) dan \"Realisasi dipakai\" (yang\n"
          "dipakai menghitung capaian: s.d. triwulan untuk target kumulatif, dari triwulan, komponen rumus atau bukti dukung).\n"
          "Angka ditulis sebagai angka (tanpa satuan/%), teks aslinya di kolom teks tersendiri. Berkas dengan beberapa\n"
          "rencana: satu tabel dengan kolom pertama \"Instansi\". Tanpa -o, CSV ditulis ke stdout.\n"
          "Kode keluar: 0 berhasil, 1 berkas tidak sah atau tidak dapat dipakai (mis. tahun di luar periode,\n"
          "keluaran yang tidak dapat ditulis), 2 salah pemakaian.\n",
          "Usage: tolok export-csv FILE.json | --builtin [--table iku|targets|capaian|capaian-quarters] [--year YYYY] [--locale id|en] [-o OUT.csv] [--accept-altered] [--lang id|en]\n"
          "--locale id (default): ';' separator, decimal comma, UTF-8 BOM, for Excel in Indonesian settings.\n"
          "--locale en: ',' separator, decimal point. --year is required for the capaian and capaian-quarters (by quarter) tables.\n"
          "Capaian tables: \"Actual typed\" (typed for that year/quarter) and \"Actual used\" (the one the achievement\n"
          "used: up to the quarter for cumulative targets, from the quarters, formula components or evidence).\n"
          "Numbers are written as numbers (no unit/%), the text as written in its own column. A file with\n"
          "several plans: one table with an \"Office\" first column. Without -o, the CSV goes to stdout.\n"
          "Exit code: 0 done, 1 the file is invalid or cannot be used (e.g. a year outside the period, an output\n"
          "that cannot be written), 2 usage.\n"},
         run_export_csv},
        {"merge",
         {"menggabungkan rencana banyak berkas menjadi satu berkas gabungan (kabupaten)",
          "combine the plans of many files into one bundle (regency)"},
         {"Pemakaian: tolok merge A.json B.json ... [--files-from DAFTAR] [-o GABUNGAN.json] [--office PENGGABUNG] [--rename-duplicates] [--lang id|en]\n"
          "Hasilnya berkas pertukaran bersegel SHA-256 (pengirim: --office, waktu: sekarang atau SOURCE_DATE_EPOCH).\n"
          "Membaca berkas satu per satu (berkas pertukaran diverifikasi) dan menulis setiap rencana langsung ke\n"
          "keluaran, sehingga memori tetap kecil untuk 20.000 berkas. --files-from: daftar berkas, satu per baris\n"
          "('-' = stdin). Id rencana ganda adalah galat (tidak ada yang ditulis), kecuali --rename-duplicates yang\n"
          "memberi id baru \"ID-2\", \"ID-3\" ... Tanpa -o, hasil ditulis ke stdout. Berkas pertukaran yang segelnya\n"
          "tidak cocok selalu ditolak: gabungan disegel baru, jadi perubahannya tidak boleh ikut tersegel.\n"
          "Kode keluar: 0 berhasil, 1 ada galat (tidak ada yang ditulis), 2 salah pemakaian.\n",
          "Usage: tolok merge A.json B.json ... [--files-from LIST] [-o REGENCY.json] [--office MERGER] [--rename-duplicates] [--lang id|en]\n"
          "The result is an exchange file sealed with SHA-256 (sender: --office, time: now or SOURCE_DATE_EPOCH).\n"
          "Reads the files one at a time (exchange files are verified) and writes each plan straight to the output,\n"
          "so memory stays small for 20,000 files. --files-from: a list of files, one per line ('-' = stdin).\n"
          "Duplicate plan ids are an error (nothing written) unless --rename-duplicates, which gives the new ids\n"
          "\"ID-2\", \"ID-3\" ... Without -o, the bundle goes to stdout. An exchange file whose seal does not match\n"
          "is always refused: the bundle gets a new seal, so an alteration must not be sealed along with it.\n"
          "Exit code: 0 done, 1 errors (nothing written), 2 usage.\n"},
         run_merge},
        {"summary",
         {"ringkasan kabupaten satu tahun: kategori per instansi dan sasaran, di bawah target, pohon kinerja",
          "regency summary for a year: categories per office and objective, below target, performance tree"},
         {"Pemakaian: tolok summary GABUNGAN.json ... | --builtin --year TAHUN [--format text|json|html] [-o KELUARAN.html]\n"
          "       [--place-date \"TEMPAT, TANGGAL\"] [--accept-altered] [--lang id|en]\n"
          "Per instansi dan per sasaran: jumlah indikator per kategori, tidak dapat dihitung, di bawah target\n"
          "(capaian < 100 %) dan rata-rata capaian; daftar indikator di bawah target; pohon kinerja dengan capaian\n"
          "gabungan (rata-rata capaian pendukung langsung). Rencana yang periodenya tidak memuat tahun itu dilewati.\n"
          "Di bawah tabel: dasar rata-ratanya (skala kategori, batas capaian), dengan catatan bila jumlah kabupaten\n"
          "menggabungkan rencana dengan batas capaian atau skala kategori yang berbeda.\n"
          "--format html: Rekapitulasi Capaian Kinerja Perangkat Daerah untuk dicetak (A4 lanskap, HTML mandiri;\n"
          "bahasa Inggris dengan --lang en), ke stdout atau -o; ditandatangani penanda tangan rencana kabupaten (puncak\n"
          "pohon kinerja), atau blok tanda tangan kosong.\n"
          "Kode keluar: 0 berhasil, 1 berkas tidak sah, tahun di luar semua periode atau keluaran yang tidak dapat\n"
          "ditulis, 2 salah pemakaian.\n",
          "Usage: tolok summary REGENCY.json ... | --builtin --year YYYY [--format text|json|html] [-o OUT.html]\n"
          "       [--place-date \"PLACE, DATE\"] [--accept-altered] [--lang id|en]\n"
          "Per office and per objective: indicators per category, not computable, below target (achievement\n"
          "< 100 %) and average achievement; the indicators below target; the performance tree with rolled-up\n"
          "achievement (average of the direct supporters). Plans whose period does not hold the year are skipped.\n"
          "Below the table: what the averages are over (category scale, cap), with a note when the regency total\n"
          "pools plans with different caps or category scales.\n"
          "--format html: the printable regency recap (Rekapitulasi Capaian Kinerja Perangkat Daerah; A4 landscape,\n"
          "self-contained HTML; English with --lang en), to stdout or -o; signed by the regency plan's signatory (top\n"
          "of the performance tree), or a blank signature block.\n"
          "Exit code: 0 done, 1 invalid file, year outside every period or an output that cannot be written, 2 usage.\n"},
         run_summary},
        {"export-long",
         {"ekspor format panjang (CSV/NDJSON) untuk DuckDB, Spark dan alat analisis",
          "long-format export (CSV/NDJSON) for DuckDB, Spark and analysis tools"},
         {"Pemakaian: tolok export-long BERKAS.json ... [--files-from DAFTAR] | --builtin [--format csv|ndjson] [-o KELUARAN] [--accept-altered] [--lang id|en]\n"
          "Satu baris per indikator, tahun (dan triwulan yang berisi data): instansi, sasaran, indikator, target,\n"
          "realisasi, capaian, kategori. CSV dengan ',' dan titik desimal, baris judul; NDJSON satu objek JSON per\n"
          "baris. Lihat docs/analysis.md. Tanpa -o, ditulis ke stdout.\n"
          "Berkas dibaca satu per satu; --files-from: daftar berkas, satu per baris ('-' = stdin; baris kosong dan\n"
          "baris yang diawali '#' dilewati), dibaca setelah berkas yang disebut langsung.\n"
          "Kode keluar: 0 berhasil, 1 berkas tidak sah atau keluaran yang tidak dapat ditulis, 2 salah pemakaian.\n",
          "Usage: tolok export-long FILE.json ... [--files-from LIST] | --builtin [--format csv|ndjson] [-o OUT] [--accept-altered] [--lang id|en]\n"
          "One row per indicator, year (and quarter holding data): office, objective, indicator, target, actual,\n"
          "achievement, category. CSV with ',' and a decimal point, a header row; NDJSON one JSON object per line.\n"
          "See docs/analysis.md. Without -o, the output goes to stdout.\n"
          "Files are read one at a time; --files-from: a list of files, one per line ('-' = stdin; blank lines and\n"
          "lines starting with '#' skipped), read after the files named directly.\n"
          "Exit code: 0 done, 1 an invalid file or an output that cannot be written, 2 usage.\n"},
         run_export_long},
        {"export-xlsx",
         {"ekspor tabel IKU, target atau capaian sebagai buku kerja Excel (.xlsx)",
          "export the IKU, targets or capaian table as an Excel workbook (.xlsx)"},
         {"Pemakaian: tolok export-xlsx BERKAS.json | --builtin [--table iku|targets|capaian|capaian-quarters] [--year TAHUN] -o KELUARAN.xlsx [--accept-altered] [--lang id|en]\n"
          "Kolom sama dengan export-csv. Angka ditulis sebagai sel angka, teks aslinya di kolom teks tersendiri;\n"
          "baris judul tebal dan dibekukan. --year wajib untuk tabel capaian dan capaian-quarters. -o wajib (berkas biner).\n"
          "Berkas dengan beberapa rencana: satu lembar dengan kolom pertama \"Instansi\".\n"
          "Kode keluar: 0 berhasil, 1 berkas tidak sah atau tidak dapat dipakai (mis. tahun di luar periode,\n"
          "keluaran yang tidak dapat ditulis), 2 salah pemakaian.\n",
          "Usage: tolok export-xlsx FILE.json | --builtin [--table iku|targets|capaian|capaian-quarters] [--year YYYY] -o OUT.xlsx [--accept-altered] [--lang id|en]\n"
          "Same columns as export-csv. Numbers are numeric cells, the text as written in its own column; the\n"
          "header row is bold and frozen. --year is required for the capaian and capaian-quarters tables. -o is required (binary file).\n"
          "A file with several plans: one sheet with an \"Office\" first column.\n"
          "Exit code: 0 done, 1 the file is invalid or cannot be used (e.g. a year outside the period, an output\n"
          "that cannot be written), 2 usage.\n"},
         run_export_xlsx},
    };
    return list;
}

const CommandInfo& command_info(const char* name) {
    for (const auto& c : commands())
        if (std::string(c.name) == name) return c;
    return commands().front();
}

}  // namespace tolok::cli
