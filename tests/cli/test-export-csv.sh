# `tolok export-csv` end to end: the three tables, both locales (separator, decimal comma/point, BOM, CRLF), -o
# written, formula injection neutralised, a bundle of two plans, and the exit codes (usage 2, bad input 1).
# Expected cells are worked out by hand from the table below (18/20 x 100 = 90; (2 - 9/8) x 100 = 87,5).
. "$(dirname "$0")/lib.sh"

printf 'No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi\tPolaritas\n' >"$WORK/table.tsv"
printf '1\tMeningkatnya tata kelola\tJumlah produk hukum\tprd\t20 prd\t18 prd\tMaximize\n' >>"$WORK/table.tsv"
printf '2\t\tAngka kemiskinan\t%%\t8 %%\t9 %%\tMinimize\n' >>"$WORK/table.tsv"
printf '3\t\t=HYPERLINK("http://contoh.invalid";"klik")\t%%\t12,5 %%\t-5 %%\tMaximize\n' >>"$WORK/table.tsv"
printf '4\t\tNilai Evaluasi AKIP\t\tB\t\tMaximize\n' >>"$WORK/table.tsv"
expect_exit 0 -- "$TOLOK" import-table "$WORK/table.tsv" --year 2023 --office "Dinas A" -o "$WORK/plan.json"
expect_in "$WORK/err" "terimpor: 1 sasaran, 4 indikator, 4 target, 3 realisasi"  # 18 prd, 9 %, -5 %; the AKIP row has none

# The table's single Target column needs a year: the core's message names no option, the CLI adds --year.
expect_exit 1 -- "$TOLOK" import-table "$WORK/table.tsv" -o "$WORK/no-year.json"
expect_in "$WORK/err" "atau isi tahun kolom Target/Realisasi tunggal"
expect_not_in "$WORK/err" "(--year)"
expect_in "$WORK/err" "petunjuk: di baris perintah tahun kolom tunggal diberikan dengan --year, mis. --year 2025"

# Tolok's own IKU export reads back with every target: 15 indicators x 6 years (2018-2023) = 90, the grades B/BB too.
expect_exit 0 -- "$TOLOK" export-csv --builtin --table iku -o "$WORK/iku-back.csv"
expect_exit 0 -- "$TOLOK" import-table "$WORK/iku-back.csv" -o "$WORK/iku-back.json"
expect_in "$WORK/err" "terimpor: 7 sasaran, 15 indikator, 90 target"
expect_not_in "$WORK/err" "table.no_targets"

CR=$(printf '\r')

# --- usage and help ---
expect_exit 0 -- "$TOLOK" export-csv --help
expect_in "$WORK/out" "Pemakaian: tolok export-csv"
expect_exit 0 -- "$TOLOK" export-csv --help --lang en
expect_in "$WORK/out" "Usage: tolok export-csv"
expect_exit 2 -- "$TOLOK" export-csv
expect_exit 2 -- "$TOLOK" export-csv "$WORK/plan.json" --builtin
expect_exit 2 -- "$TOLOK" export-csv --builtin --table capaian
expect_in "$WORK/err" "--year wajib diisi"
expect_exit 2 -- "$TOLOK" export-csv --builtin --table capaian --lang en
expect_in "$WORK/err" "--year is required"
expect_exit 2 -- "$TOLOK" export-csv --builtin --table capaian --year dua
expect_exit 2 -- "$TOLOK" export-csv --builtin --table iku --year 2023
expect_exit 2 -- "$TOLOK" export-csv --builtin --table pk
expect_in "$WORK/err" "--table harus iku, targets, capaian atau capaian-quarters"
expect_exit 2 -- "$TOLOK" export-csv --builtin --table capaian-quarters
expect_in "$WORK/err" "--year wajib diisi untuk --table capaian-quarters"
expect_exit 0 -- "$TOLOK" export-csv --builtin --table capaian-quarters --year 2023
expect_in "$WORK/out" "Tahun;Triwulan;Target"
expect_exit 1 -- "$TOLOK" export-csv --builtin --table capaian-quarters --year 2030
expect_exit 2 -- "$TOLOK" export-csv --builtin --locale fr
expect_exit 2 -- "$TOLOK" export-csv --builtin -o
expect_exit 2 -- "$TOLOK" export-csv --builtin --bogus

# --- bad input: exit 1, nothing written ---
expect_exit 1 -- "$TOLOK" export-csv "$WORK/missing.json" -o "$WORK/missing.csv"
expect_in "$WORK/err" "cli.file_not_found"
[ -e "$WORK/missing.csv" ] && fail "a CSV was written for a missing input"
echo '{"format": "tolok-plan", "version": 2' >"$WORK/broken.json"
expect_exit 1 -- "$TOLOK" export-csv "$WORK/broken.json"
expect_exit 1 -- "$TOLOK" export-csv --builtin --table capaian --year 2030
expect_in "$WORK/err" "capaian.year_outside_period"
expect_exit 1 -- "$TOLOK" export-csv --builtin --table capaian --year 2030 --lang en
expect_in "$WORK/err" "outside the period"
expect_exit 1 -- "$TOLOK" export-csv --builtin -o "$WORK/no-such-dir/out.csv"
expect_in "$WORK/err" "cli.write_failed"

# --- IKU table of the built-in plan, Indonesian locale (default) ---
expect_exit 0 -- "$TOLOK" export-csv --builtin
[ "$(head -c 3 "$WORK/out" | od -An -tx1 | tr -d ' \n')" = "efbbbf" ] || fail "id CSV must start with a UTF-8 BOM"
expect_in "$WORK/out" "No;Sasaran;Indikator;Rumus;Satuan;Polaritas;Target 2018;Target 2018 (teks);"
expect_in "$WORK/out" "Target 2023;Target 2023 (teks)$CR"
# Indicator 6 ("20 prd" every year): the number 20 next to the text as printed.
expect_in "$WORK/out" ";prd;semakin tinggi semakin baik;20;20 prd;20;20 prd;20;20 prd;20;20 prd;20;20 prd;20;20 prd$CR"
# Indicator 2: grades have no number.
expect_in "$WORK/out" ";;B;;B;;B;;BB;;BB;;BB$CR"
[ "$(grep -c . "$WORK/out")" = 16 ] || fail "expected 16 lines (header + 15 indicators)"
[ "$(grep -c "$CR\$" "$WORK/out")" = 16 ] || fail "every line must end in CRLF"
cp "$WORK/out" "$WORK/stdout.csv"

# -o writes the same bytes to the file and nothing to stdout.
expect_exit 0 -- "$TOLOK" export-csv --builtin -o "$WORK/iku.csv"
[ -s "$WORK/out" ] && fail "stdout must be empty with -o"
cmp -s "$WORK/iku.csv" "$WORK/stdout.csv" || fail "-o file differs from stdout output"
# An existing file is replaced.
echo old >"$WORK/iku.csv"
expect_exit 0 -- "$TOLOK" export-csv --builtin --output "$WORK/iku.csv"
cmp -s "$WORK/iku.csv" "$WORK/stdout.csv" || fail "--output did not replace the file"

# --- international locale, English headers ---
expect_exit 0 -- "$TOLOK" export-csv --builtin --locale en --lang en -o "$WORK/iku-en.csv"
[ "$(head -c 3 "$WORK/iku-en.csv")" = "No," ] || fail "en CSV must start with the header, no BOM"
expect_in "$WORK/iku-en.csv" "No,Objective,Indicator,Formula,Unit,Polarity,Target 2018,Target 2018 (text),"
expect_in "$WORK/iku-en.csv" ",%,higher is better,100,100%,100,100%,"

# --- the small table: decimal comma vs point, injection, capaian ---
expect_exit 0 -- "$TOLOK" export-csv "$WORK/plan.json"
expect_in "$WORK/out" ";%;semakin tinggi semakin baik;12,5;12,5 %$CR"
expect_in "$WORK/out" ";\"'=HYPERLINK(\"\"http://contoh.invalid\"\";\"\"klik\"\")\";"
expect_not_in "$WORK/out" ";=HYPERLINK"
expect_exit 0 -- "$TOLOK" export-csv "$WORK/plan.json" --locale en
expect_in "$WORK/out" ",%,semakin tinggi semakin baik,12.5,\"12,5 %\"$CR"
expect_in "$WORK/out" ",\"'=HYPERLINK(\"\"http://contoh.invalid\"\";\"\"klik\"\")\","

expect_exit 0 -- "$TOLOK" export-csv "$WORK/plan.json" --table capaian --year 2023 -o "$WORK/capaian.csv"
expect_in "$WORK/capaian.csv" "Kode;Sasaran;Indikator;Satuan;Tahun;Target;Target (teks);Realisasi diisi;Realisasi diisi (teks);Realisasi dipakai;Realisasi dipakai (teks);Capaian %;Kategori;Penjelasan$CR"
expect_in "$WORK/capaian.csv" "Jumlah produk hukum;prd;2023;20;20 prd;18;18 prd;18;18 prd;90;Tinggi;"
expect_in "$WORK/capaian.csv" "Angka kemiskinan;%;2023;8;8 %;9;9 %;9;9 %;87,5;Tinggi;"
expect_in "$WORK/capaian.csv" ";-5;-5 %;-5;-5 %;-40;Sangat Rendah;"   # 12,5 target, -5 actual: -40 %, numbers stay numbers
expect_in "$WORK/capaian.csv" "Nilai Evaluasi AKIP;;2023;;B;;;;;;;"  # no realisasi: capaian and kategori empty
expect_exit 0 -- "$TOLOK" export-csv "$WORK/plan.json" --table capaian --year 2023 --locale en --lang en
expect_in "$WORK/out" "Code,Objective,Indicator,Unit,Year,Target,Target (text),Actual typed,Actual typed (text),Actual used,Actual used (text),Achievement %,Category,Explanation$CR"
expect_in "$WORK/out" "Angka kemiskinan,%,2023,8,8 %,9,9 %,9,9 %,87.5,Tinggi,(2 - Actual 9 % / Target 8 %) x 100 = 87.50 % -> Tinggi$CR"

expect_exit 0 -- "$TOLOK" export-csv "$WORK/plan.json" --table targets
expect_in "$WORK/out" "Sasaran;Kode;Indikator;Tahun;Triwulan;Target angka;Satuan;Target teks$CR"
expect_in "$WORK/out" "Meningkatnya tata kelola;2;Angka kemiskinan;2023;;8;%;8 %$CR"
expect_exit 0 -- "$TOLOK" export-csv --builtin --table targets
[ "$(grep -c . "$WORK/out")" = 91 ] || fail "built-in targets table: expected 91 lines (header + 90 targets)"

# --- a bundle of two plans: one table with the office first ---
expect_exit 0 -- "$TOLOK" import-table "$WORK/table.tsv" --year 2023 --office "Dinas B" -o "$WORK/plan-b.json"
node -e '
  const fs = require("fs");
  const a = JSON.parse(fs.readFileSync(process.argv[1], "utf8")), b = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  fs.writeFileSync(process.argv[3], JSON.stringify({format: a.format, version: a.version, plans: [a.plan, b.plan]}));
' "$WORK/plan.json" "$WORK/plan-b.json" "$WORK/bundle.json" || fail "bundle"
expect_exit 0 -- "$TOLOK" validate "$WORK/bundle.json"
expect_exit 0 -- "$TOLOK" export-csv "$WORK/bundle.json" --table capaian --year 2023
expect_in "$WORK/out" "Instansi;Kode;Sasaran;"
expect_in "$WORK/out" "Dinas A;1;Meningkatnya tata kelola;Jumlah produk hukum;prd;2023;20;20 prd;18;18 prd;18;18 prd;90;Tinggi;"
expect_in "$WORK/out" "Dinas B;1;Meningkatnya tata kelola;Jumlah produk hukum;prd;2023;20;20 prd;18;18 prd;18;18 prd;90;Tinggi;"
[ "$(grep -c . "$WORK/out")" = 9 ] || fail "bundle capaian: expected 9 lines"
# --- the example in docs/file-format.md ("CSV") is what the command writes for the JSON example there ---
awk '/^```json$/{p=1; next} /^```$/{p=0} p' "$REPO/docs/file-format.md" >"$WORK/doc-example.json"
awk '/^```text$/{p=1; next} /^```$/{p=0} p' "$REPO/docs/file-format.md" >"$WORK/doc-example.csv"
expect_exit 0 -- "$TOLOK" export-csv "$WORK/doc-example.json" --table capaian --year 2023
[ -s "$WORK/doc-example.csv" ] || fail "no CSV example in docs/file-format.md"
tail -c +4 "$WORK/out" | tr -d '\r' | cmp -s - "$WORK/doc-example.csv" || fail "docs CSV example differs from the output"
finish
