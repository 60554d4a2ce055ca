# `tolok report --kind monitoring`: the quarterly monitoring report needs --year and --quarter (a clear usage error
# without it); with quarter targets and realisasi entered in a copy of the built-in plan its rows and summary are
# the ones worked by hand here.
. "$(dirname "$0")/lib.sh"

# --quarter is required (exit 2, said in the language asked), 1-4 only, and only for monitoring
expect_exit 2 -- "$TOLOK" report --builtin --kind monitoring --year 2023
expect_in "$WORK/err" "--quarter (1-4) wajib untuk --kind monitoring"
expect_exit 2 -- "$TOLOK" report --builtin --kind monitoring --year 2023 --lang en
expect_in "$WORK/err" "--quarter (1-4) is required for --kind monitoring"
expect_exit 2 -- "$TOLOK" report --builtin --kind monitoring --quarter 2
expect_in "$WORK/err" "--year wajib untuk --kind monitoring"
expect_exit 2 -- "$TOLOK" report --builtin --kind monitoring --year 2023 --quarter 5
expect_in "$WORK/err" "--quarter harus 1 sampai 4"
expect_exit 2 -- "$TOLOK" report --builtin --kind monitoring --year 2023 --quarter II
expect_exit 2 -- "$TOLOK" report --builtin --kind pk --year 2023 --quarter 2
expect_in "$WORK/err" "--quarter hanya untuk --kind monitoring"
expect_exit 1 -- "$TOLOK" report --builtin --kind monitoring --year 2030 --quarter 2 -o "$WORK/none.html"
expect_in "$WORK/err" "report.year_outside_period"
[ -e "$WORK/none.html" ] && fail "a file was written for a year outside the period"
expect_exit 0 -- "$TOLOK" report --help
expect_in "$WORK/out" "--kind iku|pk|renaksi|lkjip|monitoring [--year TAHUN] [--quarter 1-4]"

# The built-in plan has no quarter targets: every indicator not computable, with the reason.
expect_exit 0 -- "$TOLOK" report --builtin --kind monitoring --year 2023 --quarter 2 -o "$WORK/builtin.html"
expect_in "$WORK/err" "builtin.html"
expect_in "$WORK/builtin.html" "Laporan Monitoring Capaian Kinerja Triwulan II Tahun 2023"
expect_in "$WORK/builtin.html" "Tidak dapat dihitung: target TW II 2023 belum diisi"
tr -d '\n' <"$WORK/builtin.html" | grep -q 'Tidak dapat dihitung</td><td class="c">15</td>' || fail "builtin: 15 indicators not computable"
expect_not_in "$WORK/builtin.html" "http://"

if command -v jq >/dev/null; then
  # i6: cumulative quarter targets 5, 10, 15, 20 of 20 prd (summed), TW I 4 prd, TW II 6 prd:
  #     TW II (4 + 6) / 10 x 100 = 100,00 % (Sangat Tinggi, > 90)
  # i9: 5 kec. each quarter (its own), TW II 4 kec.: 4 / 5 x 100 = 80,00 % (Tinggi, (75; 90])
  # the other 13: no TW II target; average (100 + 80) / 2 = 90,00 %
  jq '(.plan.objectives[].indicators[] | select(.id == "i6") | .years["2023"]) += {"quarter_targets": ["5 prd", "10 prd", "15 prd", "20 prd"], "quarter_actuals": [{"value": "4 prd"}, {"value": "6 prd"}, {}, {}]}
      | (.plan.objectives[].indicators[] | select(.id == "i9") | .years["2023"]) += {"quarter_targets": ["5 kec.", "5 kec.", "5 kec.", "5 kec."], "quarter_actuals": [{}, {"value": "4 kec."}, {}, {}]}' \
    "$REPO/assets/iku-setda-tanggamus-2018-2023.json" >"$WORK/quarters.json"
  expect_exit 0 -- "$TOLOK" report "$WORK/quarters.json" --kind monitoring --year 2023 --quarter 2 -o "$WORK/tw2.html"
  tr -d '\n' <"$WORK/tw2.html" >"$WORK/tw2.line"
  grep -q '>10 prd (s.d. TW)</td><td class="c">10 prd (s.d. TW)</td><td class="r capaian">100,00 %</td><td class="cat"[^>]*>Sangat Tinggi</td>' "$WORK/tw2.line" \
    || fail "TW II row of indicator 6: 10 prd (s.d. TW) against 10 prd (s.d. TW), 100,00 %, Sangat Tinggi"
  grep -q '>5 kec.</td><td class="c t">4 kec.</td><td class="r capaian">80,00 %</td><td class="cat"[^>]*>Tinggi</td>' "$WORK/tw2.line" \
    || fail "TW II row of indicator 9: 4 of 5 kec., 80,00 %, Tinggi"
  grep -q 'Tidak dapat dihitung</td><td class="c">13</td></tr><tr><td colspan="2">Rata-rata capaian</td><td class="c">90,00 %</td>' "$WORK/tw2.line" \
    || fail "TW II summary: 13 not computable, average 90,00 %"
  expect_in "$WORK/tw2.html" "Ringkasan kategori capaian TW II 2023"
  # TW I: i6 4 / 5 = 80,00 %; i9 has a target but no realisasi
  expect_exit 0 -- "$TOLOK" report "$WORK/quarters.json" --kind monitoring --year 2023 --quarter 1
  tr -d '\n' <"$WORK/out" | grep -q '>4 prd (s.d. TW)</td><td class="r capaian">80,00 %</td>' || fail "TW I row of indicator 6: 80,00 %"
  expect_in "$WORK/out" "Tidak dapat dihitung: realisasi belum diisi"
  # English: the quarter's words and numbers
  expect_exit 0 -- "$TOLOK" report "$WORK/quarters.json" --kind monitoring --year 2023 --quarter 2 --lang en
  expect_in "$WORK/out" "Quarterly Performance Monitoring Report Q2 2023"
  expect_in "$WORK/out" ">100.00 %<"
  expect_in "$WORK/out" "10 prd (to date)"
  expect_not_in "$WORK/out" "TW II"
else
  echo "SKIP: jq not installed (quarter targets and realisasi)"
fi
finish
