// The list of `tolok` commands with their one-line summaries and --help texts (Indonesian and English).
#include "cli/commands.h"

namespace tolok::cli {

const std::vector<CommandInfo>& commands() {
    static const std::vector<CommandInfo> list = {
        {"validate",
         {"memeriksa berkas rencana JSON (format, nilai, NIP, pita kategori)",
          "check a plan JSON file (format, values, NIP, category bands)"},
         {"Pemakaian: tolok validate BERKAS.json | --builtin [--lang id|en]\n"
          "Memeriksa berkas rencana Tolok. Setiap temuan dicetak sebagai \"LEVEL id lokasi: pesan\".\n"
          "Kode keluar: 0 tanpa galat, 1 ada galat, 2 salah pemakaian.\n",
          "Usage: tolok validate FILE.json | --builtin [--lang id|en]\n"
          "Checks a Tolok plan file. Each finding is printed as \"LEVEL id location: message\".\n"
          "Exit code: 0 no errors, 1 errors, 2 usage.\n"},
         run_validate},
        {"import-table",
         {"mengubah tabel (Word/Excel: TSV, CSV , atau ;) menjadi rencana JSON",
          "turn a table (Word/Excel: TSV, CSV with , or ;) into a plan JSON"},
         {"Pemakaian: tolok import-table BERKAS [-o KELUARAN.json] [--office NAMA] [--year TAHUN] [--lang id|en]\n"
          "Membaca tabel IKU yang disalin dari Word atau Excel (mis. Lampiran IKU) dan menulis rencana JSON\n"
          "(ke stdout tanpa -o). --year memberi tahun untuk kolom Target/Realisasi tunggal.\n"
          "Masalah per baris dicetak ke stderr. Kode keluar: 0 berhasil, 1 ada galat (tidak ada yang ditulis), 2 salah pemakaian.\n",
          "Usage: tolok import-table FILE [-o OUT.json] [--office NAME] [--year YYYY] [--lang id|en]\n"
          "Reads an IKU table copied from Word or Excel (e.g. the IKU Lampiran) and writes the plan JSON\n"
          "(to stdout without -o). --year names the year of single Target/Realisasi columns.\n"
          "Row problems go to stderr. Exit code: 0 done, 1 errors (nothing written), 2 usage.\n"},
         run_import_table},
        {"capaian",
         {"menghitung capaian dan kategori per indikator untuk satu tahun/triwulan",
          "compute achievement and category per indicator for a year/quarter"},
         {"Pemakaian: tolok capaian BERKAS.json | --builtin --year TAHUN [--quarter 1-4] [--format text|tsv|json] [--lang id|en]\n"
          "Satu baris per indikator: target, realisasi, capaian (%), kategori dan cara hitungnya.\n"
          "Kode keluar: 0 berhasil, 1 berkas tidak sah, 2 salah pemakaian.\n",
          "Usage: tolok capaian FILE.json | --builtin --year YYYY [--quarter 1-4] [--format text|tsv|json] [--lang id|en]\n"
          "One row per indicator: target, actual, achievement (%), category and its working.\n"
          "Exit code: 0 done, 1 invalid file, 2 usage.\n"},
         run_capaian},
        {"lint",
         {"memeriksa mutu IKU (satuan rumus, jenis target, target kosong, duplikat)",
          "check IKU quality (formula units, target kinds, missing targets, duplicates)"},
         {"Pemakaian: tolok lint BERKAS.json | --builtin [--strict] [--lang id|en]\n"
          "Temuan mutu IKU seperti yang dicari evaluator SAKIP. Kode keluar: 0 tanpa galat (dengan --strict: tanpa\n"
          "peringatan), 1 ada galat, 2 salah pemakaian.\n",
          "Usage: tolok lint FILE.json | --builtin [--strict] [--lang id|en]\n"
          "IKU quality findings such as SAKIP evaluators look for. Exit code: 0 no errors (with --strict: no\n"
          "warnings), 1 errors, 2 usage.\n"},
         run_lint},
        {"report",
         {"mencetak dokumen SAKIP (IKU, Perjanjian Kinerja, Rencana Aksi, tabel LKjIP) sebagai HTML A4",
          "print the SAKIP documents (IKU, Perjanjian Kinerja, Rencana Aksi, LKjIP tables) as A4 HTML"},
         {"Pemakaian: tolok report BERKAS.json | --builtin --kind iku|pk|renaksi|lkjip [--year TAHUN] [--plan ID]\n"
          "           [--place-date \"Kota Agung, 2 Januari 2023\"] [-o KELUARAN.html] [--lang id|en]\n"
          "Menulis dokumen sebagai HTML siap cetak (A4); buka di peramban lalu cetak atau simpan sebagai PDF.\n"
          "--plan memilih rencana dalam berkas gabungan (bawaan: yang pertama); --place-date: tempat dan tanggal tanda tangan.\n"
          "--year wajib untuk pk, renaksi dan lkjip. Tanpa -o, HTML ditulis ke stdout.\n"
          "Kode keluar: 0 berhasil, 1 berkas tidak sah, 2 salah pemakaian.\n",
          "Usage: tolok report FILE.json | --builtin --kind iku|pk|renaksi|lkjip [--year YYYY] [--plan ID]\n"
          "       [--place-date \"Kota Agung, 2 January 2023\"] [-o OUT.html] [--lang id|en]\n"
          "Writes the document as print-ready HTML (A4); open it in a browser, then print or save as PDF.\n"
          "--plan picks a plan of a bundle (default: the first); --place-date: place and date above the signature.\n"
          "--year is required for pk, renaksi and lkjip. Without -o, the HTML goes to stdout.\n"
          "Exit code: 0 done, 1 invalid file, 2 usage.\n"},
         run_report},
        {"export-csv",
         {"mengekspor tabel IKU, target dan capaian sebagai CSV (Excel Indonesia atau internasional)",
          "export the IKU, targets and capaian tables as CSV (Indonesian or international Excel)"},
         {"Pemakaian: tolok export-csv BERKAS.json | --builtin [--table iku|targets|capaian] [--year TAHUN] [--locale id|en] [-o KELUARAN.csv] [--lang id|en]\n"
          "--locale id (bawaan): pemisah ';', desimal koma, BOM UTF-8, untuk Excel berbahasa Indonesia.\n"
          "--locale en: pemisah ',', desimal titik. --year wajib untuk tabel capaian.\n"
          "Angka ditulis sebagai angka (tanpa satuan/%), teks aslinya di kolom teks tersendiri. Berkas dengan beberapa\n"
          "rencana: satu tabel dengan kolom pertama \"Instansi\". Tanpa -o, CSV ditulis ke stdout.\n"
          "Kode keluar: 0 berhasil, 1 berkas tidak sah, 2 salah pemakaian.\n",
          "Usage: tolok export-csv FILE.json | --builtin [--table iku|targets|capaian] [--year YYYY] [--locale id|en] [-o OUT.csv] [--lang id|en]\n"
          "--locale id (default): ';' separator, decimal comma, UTF-8 BOM, for Excel in Indonesian settings.\n"
          "--locale en: ',' separator, decimal point. --year is required for the capaian table.\n"
          "Numbers are written as numbers (no unit/%), the text as written in its own column. A file with\n"
          "several plans: one table with an \"Office\" first column. Without -o, the CSV goes to stdout.\n"
          "Exit code: 0 done, 1 invalid file, 2 usage.\n"},
         run_export_csv},
    };
    return list;
}

const CommandInfo& command_info(const char* name) {
    for (const auto& c : commands())
        if (std::string(c.name) == name) return c;
    return commands().front();
}

}  // namespace tolok::cli
