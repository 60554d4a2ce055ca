# `tolok import-table` on Tolok's own long tables (export-csv/export-xlsx --table targets, capaian, capaian-quarters):
# their "Tahun" and "Triwulan" columns give each row's year and quarter, so they read back without --year, one
# indicator per name with the values of all its rows; the capaian tables' realisasi as typed ("Realisasi diisi"),
# never the one used ("Realisasi dipakai": a running total up to a quarter, a year from its quarters, components). A plan with realisasi and quarters is made from the wide table
# below; each long table exported from it and imported back must export the same table again. The counts are worked
# out by hand from the table: 4 indicators x 2 years = 8 yearly targets; realisasi 8 yearly + 2 of TW I 2023 (4 prd,
# 78,5%); 2023 alone: 4 targets, 4 realisasi (6 with the quarters'). The .xlsx is read as a spreadsheet user would:
# saved as CSV by LibreOffice (headless); without `soffice` that part prints SKIP, unless TOLOK_REQUIRE_SOFFICE is set.
. "$(dirname "$0")/lib.sh"

printf 'No\tSasaran\tIndikator\tSatuan\tTarget 2022\tRealisasi 2022\tTarget 2023\tRealisasi 2023\tTarget TW I 2023\tRealisasi TW I 2023\tTarget TW II 2023\tRealisasi TW II 2023\n' >"$WORK/wide.tsv"
printf '1\tMeningkatnya tata kelola\tJumlah produk hukum\tprd\t20 prd\t18 prd\t22 prd\t21 prd\t5 prd\t4 prd\t10 prd\t\n' >>"$WORK/wide.tsv"
printf '2\t\tNilai Evaluasi AKIP\t\tBB\tB\tA\tBB\t\t\t\t\n' >>"$WORK/wide.tsv"
printf '3\tMeningkatnya ekonomi\tBelanja modal terserap\tRp\tRp 1.500.000.000\tRp 1.250.000.000\tRp 2.000.000.000\tRp 1.900.000.000\t\t\t\t\n' >>"$WORK/wide.tsv"
printf '4\t\tIndeks kepuasan masyarakat\t%%\t80 - 90%%\t85%%\t80 - 90%%\t91%%\t80%%\t78,5%%\t\t\n' >>"$WORK/wide.tsv"
expect_exit 0 -- "$TOLOK" import-table "$WORK/wide.tsv" --office "Dinas A" -o "$WORK/plan.json"
expect_in "$WORK/err" "terimpor: 2 sasaran, 4 indikator, 8 target, 10 realisasi"

# round_trip NAME COUNTS EXPORT-OPTIONS...: exported, imported back (no --year), exported again: the same table.
round_trip() {
  local name="$1" counts="$2"; shift 2
  expect_exit 0 -- "$TOLOK" export-csv "$WORK/plan.json" "$@" -o "$WORK/$name.csv"
  expect_exit 0 -- "$TOLOK" import-table "$WORK/$name.csv" --office "Dinas A" -o "$WORK/$name-back.json"
  expect_in "$WORK/err" "$counts"
  expect_not_in "$WORK/err" "table.year_needed"
  expect_not_in "$WORK/err" "table.duplicate_indicator"
  expect_not_in "$WORK/err" "ERROR"
  expect_exit 0 -- "$TOLOK" export-csv "$WORK/$name-back.json" "$@" -o "$WORK/$name-again.csv"
  cmp -s "$WORK/$name.csv" "$WORK/$name-again.csv" || { fail "$name: exported again differs"; diff "$WORK/$name.csv" "$WORK/$name-again.csv" | head -6 >&2; }
}
round_trip targets-id "terimpor: 2 sasaran, 4 indikator, 8 target, 0 realisasi" --table targets
round_trip targets-en "terimpor: 2 sasaran, 4 indikator, 8 target, 0 realisasi" --table targets --locale en --lang en
round_trip capaian-2023 "terimpor: 2 sasaran, 4 indikator, 4 target, 4 realisasi" --table capaian --year 2023
round_trip capaian-2022-en "terimpor: 2 sasaran, 4 indikator, 4 target, 4 realisasi" --table capaian --year 2022 --locale en --lang en
round_trip quarters-2023 "terimpor: 2 sasaran, 4 indikator, 4 target, 6 realisasi" --table capaian-quarters --year 2023
round_trip quarters-2023-en "terimpor: 2 sasaran, 4 indikator, 4 target, 6 realisasi" --table capaian-quarters --year 2023 --locale en --lang en
# The values as written, not the bare numbers beside them: the range, the grade, the money, the quarter's "5 prd".
expect_in "$WORK/quarters-2023-back.json" '"80 - 90%"'
expect_in "$WORK/quarters-2023-back.json" '"Rp 1.900.000.000"'
expect_in "$WORK/targets-id-back.json" '"5 prd"'

# The capaian tables give back the realisasi typed ("Realisasi diisi"), never the one used ("Realisasi dipakai"):
# indicator 1 (sum) has cumulative quarter targets 5, 10, 15, 20 prd of 20 and typed TW I 4, TW II 6 prd, no yearly
# realisasi (TW II is used as 4 + 6 = 10 prd, TW III and the year are not computable: TW III empty); indicator 2
# (last) has TW I 40 % and TW II 55 % typed and no yearly one (the year uses TW II's 55 %); indicator 3's realisasi
# comes from its formula's components (9 of 10 OPD: 90 %).
cat >"$WORK/used.json" <<'JSON'
{"format": "tolok-plan", "version": 2, "plan": {
  "id": "dinas-a", "title": "IKU", "office": {"name": "Dinas A"}, "period": {"start": 2023, "end": 2024},
  "objectives": [{"id": "s1", "code": "1", "name": "Meningkatnya tata kelola", "indicators": [
    {"id": "i1", "code": "1", "name": "Jumlah produk hukum", "unit": "prd", "aggregation": "sum",
     "years": {"2023": {"target": "20 prd", "quarter_targets": ["5 prd", "10 prd", "15 prd", "20 prd"],
                        "quarter_actuals": [{"value": "4 prd"}, {"value": "6 prd"}, {}, {}]}}},
    {"id": "i2", "code": "2", "name": "Persentase layanan", "unit": "%", "kind": "percent", "aggregation": "last",
     "years": {"2023": {"target": "60%", "quarter_actuals": [{"value": "40%"}, {"value": "55%"}, {}, {}]}}},
    {"id": "i3", "code": "3", "name": "Persentase OPD", "unit": "%", "kind": "percent",
     "formula": {"text": "OPD baik / OPD x 100%", "expression": "[a] / [b] x 100 %",
                 "components": [{"id": "a", "label": "OPD baik", "unit": "OPD"}, {"id": "b", "label": "OPD", "unit": "OPD"}]},
     "years": {"2023": {"target": "80%", "actual": {"components": {"a": 9, "b": 10}}}}}]}]}}
JSON
expect_exit 0 -- "$TOLOK" validate "$WORK/used.json"
expect_exit 0 -- "$TOLOK" export-csv "$WORK/used.json" --table capaian-quarters --year 2023 -o "$WORK/used-q.csv"
expect_in "$WORK/used-q.csv" "Triwulan;Target;Target (teks);Realisasi diisi;Realisasi diisi (teks);Realisasi dipakai;Realisasi dipakai (teks);Capaian %"
expect_in "$WORK/used-q.csv" "Jumlah produk hukum;prd;2023;2;10;10 prd;6;6 prd;10;10 prd;100;"   # TW II: typed 6, used 4 + 6
expect_in "$WORK/used-q.csv" "Persentase layanan;%;2023;;60;60%;;;55;55%;91,666667;"                # the year: none typed, TW II's used
expect_in "$WORK/used-q.csv" "Persentase OPD;%;2023;;80;80%;;;90;90 %;112,5;"                       # from the components
for lang in id en; do
  expect_exit 0 -- "$TOLOK" export-csv "$WORK/used.json" --table capaian-quarters --year 2023 --lang "$lang" -o "$WORK/used-q-$lang.csv"
  expect_exit 0 -- "$TOLOK" import-table "$WORK/used-q-$lang.csv" --office "Dinas A" -o "$WORK/used-q-$lang-back.json"
  expect_in "$WORK/err" "terimpor: 1 sasaran, 3 indikator, 3 target, 4 realisasi"   # TW I/II of 1 and 2, as typed
  expect_not_in "$WORK/err" "ERROR"
  expect_in "$WORK/used-q-$lang-back.json" '"value": "6 prd"'
  expect_not_in "$WORK/used-q-$lang-back.json" '"value": "10 prd"'
  expect_not_in "$WORK/used-q-$lang-back.json" '"value": "90 %"'
  # Exported again: the same realisasi typed and used, TW and year (so no yearly 55% typed for indicator 2);
  # indicator 3 has lost its components (a table has none): it came back without a realisasi, not a typed 90 %.
  expect_exit 0 -- "$TOLOK" export-csv "$WORK/used-q-$lang-back.json" --table capaian-quarters --year 2023 --lang "$lang" -o "$WORK/used-q-$lang-again.csv"
  grep -v "Persentase OPD" "$WORK/used-q-$lang.csv" >"$WORK/used-q-$lang.a"
  grep -v "Persentase OPD" "$WORK/used-q-$lang-again.csv" >"$WORK/used-q-$lang.b"
  cmp -s "$WORK/used-q-$lang.a" "$WORK/used-q-$lang.b" || { fail "used ($lang): exported again differs"; diff "$WORK/used-q-$lang.a" "$WORK/used-q-$lang.b" | head -6 >&2; }
done
expect_exit 0 -- "$TOLOK" export-csv "$WORK/used.json" --table capaian --year 2023 --locale en --lang en -o "$WORK/used-y.csv"
expect_in "$WORK/used-y.csv" "Target (text),Actual typed,Actual typed (text),Actual used,Actual used (text),Achievement %"
expect_exit 0 -- "$TOLOK" import-table "$WORK/used-y.csv" --office "Dinas A" -o "$WORK/used-y-back.json"
expect_in "$WORK/err" "terimpor: 1 sasaran, 3 indikator, 3 target, 0 realisasi"   # no yearly realisasi was typed

# The built-in plan's tables, as in the report of the defect.
expect_exit 0 -- "$TOLOK" export-csv --builtin --table capaian --year 2023 -o "$WORK/builtin-capaian.csv"
expect_exit 0 -- "$TOLOK" import-table "$WORK/builtin-capaian.csv" -o "$WORK/builtin-capaian.json"
expect_in "$WORK/err" "terimpor: 7 sasaran, 15 indikator, 15 target, 0 realisasi"
expect_exit 0 -- "$TOLOK" export-csv --builtin --table targets -o "$WORK/builtin-targets.csv"
expect_exit 0 -- "$TOLOK" import-table "$WORK/builtin-targets.csv" -o "$WORK/builtin-targets.json"
expect_in "$WORK/err" "terimpor: 7 sasaran, 15 indikator, 90 target, 0 realisasi"
expect_not_in "$WORK/err" "table.duplicate_indicator"

# --year with a Tahun column: the rows' years win, said once.
expect_exit 0 -- "$TOLOK" import-table "$WORK/capaian-2023.csv" --year 2021 -o "$WORK/both.json"
expect_in "$WORK/err" "INFO table.row_year_column row 1, column 5: kolom 5 \"Tahun\" memberi tahun tiap baris"
expect_in "$WORK/both.json" '"2023"'
expect_not_in "$WORK/both.json" '"2021"'

# A row's Tahun or Triwulan cell that is no year or quarter: an error at its row and column, nothing written.
printf 'Indikator\tTahun\tTriwulan\tTarget\nJumlah produk hukum\t2023\tII\t10 prd\nJumlah produk hukum\t2023\tV\t5 prd\nJumlah produk hukum\t20x3\t\t20 prd\n' >"$WORK/bad.tsv"
expect_exit 1 -- "$TOLOK" import-table "$WORK/bad.tsv" -o "$WORK/bad.json"
expect_in "$WORK/err" "ERROR table.row_not_a_quarter row 3, column 3: kolom 3 \"Triwulan\": \"V\" bukan triwulan"
expect_in "$WORK/err" "ERROR table.row_not_a_year row 4, column 2: kolom 2 \"Tahun\": \"20x3\" bukan tahun (1990-2100)"
expect_in "$WORK/err" "tidak ada yang ditulis"
[ -e "$WORK/bad.json" ] && fail "a plan was written despite the errors"
expect_exit 1 -- "$TOLOK" import-table "$WORK/bad.tsv" --lang en -o "$WORK/bad.json"
expect_in "$WORK/err" "column 3 \"Triwulan\": \"V\" is not a quarter"

# The .xlsx export, saved as CSV (tab-separated) by a spreadsheet, reads back the same.
if command -v soffice >/dev/null 2>&1; then
  mkdir -p "$WORK/xlsx"
  expect_exit 0 -- "$TOLOK" export-xlsx "$WORK/plan.json" --table capaian-quarters --year 2023 -o "$WORK/xlsx/quarters.xlsx"
  timeout 180 soffice --headless --norestore "-env:UserInstallation=file://$WORK/lo-profile" \
    --convert-to 'csv:Text - txt - csv (StarCalc):9,34,76,1' --outdir "$WORK/xlsx" "$WORK/xlsx/quarters.xlsx" >"$WORK/soffice.log" 2>&1 \
    || { fail "soffice failed"; sed 's/^/  soffice: /' "$WORK/soffice.log" >&2; }
  expect_exit 0 -- "$TOLOK" import-table "$WORK/xlsx/quarters.csv" --office "Dinas A" -o "$WORK/xlsx-back.json"
  expect_in "$WORK/err" "terimpor: 2 sasaran, 4 indikator, 4 target, 6 realisasi"
  expect_exit 0 -- "$TOLOK" export-csv "$WORK/xlsx-back.json" --table capaian-quarters --year 2023 -o "$WORK/xlsx-again.csv"
  cmp -s "$WORK/quarters-2023.csv" "$WORK/xlsx-again.csv" || { fail "xlsx: exported again differs"; diff "$WORK/quarters-2023.csv" "$WORK/xlsx-again.csv" | head -6 >&2; }
elif [ -n "${TOLOK_REQUIRE_SOFFICE:-}" ]; then
  fail "soffice (LibreOffice) not found and TOLOK_REQUIRE_SOFFICE is set"
else
  echo "SKIP (.xlsx part): soffice (LibreOffice) not installed"
fi

finish
