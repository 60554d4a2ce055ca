# `tolok summary --format html`: the printed regency recap (core/regency_recap.h) of offices' files for one year,
# its numbers worked out by hand; English with --lang en; -o written; hostile office names escaped; usage errors.
. "$(dirname "$0")/lib.sh"
export SOURCE_DATE_EPOCH=1764115200

# Dinas Satu and Dinas Dua, 2023 (import-table, period 2023-2023). Worked capaian:
#   1 produk hukum: Satu 18/20 = 90 -> Tinggi (below 100); Dua 10/20 = 50 -> Sangat Rendah (below 100)
#   2 kemiskinan, minimize: (2 - 9/8) x 100 = 87.5 -> Tinggi (below 100)
#   3 AKIP B against B = 100 -> Sangat Tinggi
#   4 n/a -> not computable
# Averages: Satu (90 + 87.5 + 100) / 3 = 92.50; Dua (50 + 87.5 + 100) / 3 = 79.17.
# A third office imported for 2022 (period 2022-2022): outside 2023, counted nowhere; its name is hostile.
write_office_tables
expect_exit 0 -- "$TOLOK" import-table "$WORK/Satu.tsv" --year 2023 --office "Dinas Satu" -o "$WORK/Satu.json"
expect_exit 0 -- "$TOLOK" import-table "$WORK/Dua.tsv" --year 2023 --office "Dinas Dua" -o "$WORK/Dua.json"
expect_exit 0 -- "$TOLOK" import-table "$WORK/Tiga.tsv" --year 2022 --office "Dinas <script>x()</script>" -o "$WORK/Tiga.json"
# Dinas Empat: the built-in plan under another id (15 indicators, 2018-2023, no realisasi: not computable in 2023;
# Pemerintah Kabupaten Tanggamus, place Kota Agung: the recap's region and place).
sed -e "s/setda-tanggamus-2018-2023/opd-empat/" -e "s/\"name\": \"Sekretariat Daerah\"/\"name\": \"Dinas Empat\"/" \
  "$REPO/assets/iku-setda-tanggamus-2018-2023.json" >"$WORK/Empat.json"
FILES="$WORK/Satu.json $WORK/Dua.json $WORK/Tiga.json $WORK/Empat.json"

text_of() { sed -e 's/<[^>]*>/ /g' "$1" | tr -s ' \n\t' '   ' | sed -e 's/  */ /g'; }

expect_exit 0 -- "$TOLOK" summary $FILES --year 2023 --format html
text_of "$WORK/out" >"$WORK/text"
expect_in "$WORK/text" "Rekapitulasi Capaian Kinerja Perangkat Daerah Kabupaten Tanggamus Tahun 2023"
# Rows: No | office | indicators | Sangat Rendah | Rendah | Sedang | Tinggi | Sangat Tinggi | not computable | below | average
expect_in "$WORK/text" " 1 Dinas Satu 4 0 0 0 2 1 1 2 92,50 % "
expect_in "$WORK/text" " 2 Dinas Dua 4 1 0 0 1 1 1 2 79,17 % "
expect_in "$WORK/text" " 3 Dinas &lt;script&gt;x()&lt;/script&gt; (tahun di luar periode rencana; tidak dihitung) - - - - - - - - - "
expect_in "$WORK/text" " 4 Dinas Empat 15 0 0 0 0 0 15 0 - "
# Total: 4 + 4 + 15 = 23 indicators; average of the 6 computable (90 + 87.5 + 100 + 50 + 87.5 + 100) / 6 = 85.83.
expect_in "$WORK/text" " Jumlah kabupaten 23 1 0 0 3 2 17 4 85,83 % "
expect_in "$WORK/text" "Indikator di bawah target (capaian &lt; 100 %): 4"
expect_in "$WORK/text" " 1 Dinas Satu 1. Jumlah produk hukum 20 prd 18 prd 90,00 % Tinggi "
expect_in "$WORK/text" " 3 Dinas Dua 1. Jumlah produk hukum 20 prd 10 prd 50,00 % Sangat Rendah "
expect_in "$WORK/text" "Tahun 2023 di luar periode rencana perangkat daerah berikut; indikatornya tidak dihitung: Dinas &lt;script&gt;x()&lt;/script&gt;."
expect_not_in "$WORK/out" "<script"
# The consolidation's warnings in plain words, at their office: Satu and Dua share one period and the same indicators.
expect_in "$WORK/text" "Dinas Dua: Rencana dinas-satu-2023-2023 (Dinas Satu) dan dinas-dua-2023-2023 (Dinas Dua) berperiode sama"
expect_not_in "$WORK/text" "Pohon kinerja"  # no links
expect_in "$WORK/text" "Kota Agung, .................... 2023"  # no regency plan: a blank block with place and date
expect_in "$WORK/out" 'class="sheet landscape"'

# English, to a file, with the place and date given.
expect_exit 0 -- "$TOLOK" summary $FILES --year 2023 --format html --lang en -o "$WORK/recap.html" --place-date "Kota Agung, 5 Januari 2024"
expect_in "$WORK/err" "written: $WORK/recap.html"
text_of "$WORK/recap.html" >"$WORK/text-en"
expect_in "$WORK/text-en" "Recap of the Performance Achievement of the Regional Offices Kabupaten Tanggamus, 2023"
expect_in "$WORK/text-en" " Regency total 23 1 0 0 3 2 17 4 85.83 % "
expect_in "$WORK/text-en" " 2 Dinas Dua 4 1 0 0 1 1 1 2 79.17 % "
expect_in "$WORK/text-en" "Kota Agung, 5 Januari 2024"
expect_not_in "$WORK/text-en" "Rekapitulasi"

# Usage: -o or --place-date without --format html; an unknown format.
expect_exit 2 -- "$TOLOK" summary $FILES --year 2023 -o "$WORK/x.txt"
expect_in "$WORK/err" "-o dan --place-date hanya untuk --format html"
[ -e "$WORK/x.txt" ] && fail "a refused summary wrote its output"
expect_exit 2 -- "$TOLOK" summary $FILES --year 2023 --format pdf
expect_in "$WORK/err" "--format harus text, json atau html"
# The year outside every plan: nothing written.
expect_exit 1 -- "$TOLOK" summary "$WORK/Tiga.json" --year 2023 --format html -o "$WORK/none.html"
[ -e "$WORK/none.html" ] && fail "a summary of no office in period wrote its output"
finish
