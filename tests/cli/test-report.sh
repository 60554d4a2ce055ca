# `tolok report` end to end: each document kind writes a self-contained HTML file, --year rules and exit codes,
# --lang en headings, capaian from realisasi (18 / 20 prd = 90 %, worked by hand), --plan in a bundle.
. "$(dirname "$0")/lib.sh"

# every kind, built-in plan
expect_exit 0 -- "$TOLOK" report --builtin --kind iku -o "$WORK/iku.html"
expect_in "$WORK/iku.html" '<meta charset="utf-8">'
expect_in "$WORK/iku.html" "L A M P I R A N"
expect_in "$WORK/iku.html" "Nilai Hasil Evaluasi AKIP oleh Kementerian PAN-RB"
expect_in "$WORK/iku.html" "NIP. 19750308 199403 1 003"
expect_in "$WORK/err" "iku.html"
for kind in pk renaksi lkjip; do
  expect_exit 0 -- "$TOLOK" report --builtin --kind "$kind" --year 2023 -o "$WORK/$kind.html"
  [ -s "$WORK/$kind.html" ] || fail "$kind.html not written"
  head -c 15 "$WORK/$kind.html" | grep -qF '<!DOCTYPE html>' || fail "$kind.html is not an HTML document"
  expect_not_in "$WORK/$kind.html" "http://"
  expect_not_in "$WORK/$kind.html" "https://"
done
expect_in "$WORK/pk.html" "Perjanjian Kinerja Tahun 2023"
expect_in "$WORK/pk.html" "BUPATI TANGGAMUS,"
expect_in "$WORK/renaksi.html" "TW IV"
expect_in "$WORK/lkjip.html" "Laporan Kinerja Instansi Pemerintah (<span class=\"keep-case\">LKjIP</span>)"
expect_in "$WORK/lkjip.html" "<svg"

# stdout when there is no -o; the same bytes as the file
expect_exit 0 -- "$TOLOK" report --builtin --kind renaksi --year 2023
cmp -s "$WORK/out" "$WORK/renaksi.html" || fail "stdout and -o differ"
# -o over an existing file replaces it
expect_exit 0 -- "$TOLOK" report --builtin --kind pk --year 2019 -o "$WORK/pk.html"
expect_in "$WORK/pk.html" "Perjanjian Kinerja Tahun 2019"

# English headings, the same user text
expect_exit 0 -- "$TOLOK" report --builtin --kind pk --year 2023 --lang en
expect_in "$WORK/out" "Performance Agreement"
expect_in "$WORK/out" '<html lang="en">'
expect_exit 0 -- "$TOLOK" report --builtin --kind renaksi --year 2023 --lang en
expect_in "$WORK/out" "Action Plan"
expect_in "$WORK/out" "Quarterly targets"
expect_exit 0 -- "$TOLOK" report --builtin --kind lkjip --year 2023 --lang en
expect_in "$WORK/out" "Government Performance Report"
expect_in "$WORK/out" "Achievement categories"
expect_exit 0 -- "$TOLOK" report --builtin --kind iku --lang en
expect_in "$WORK/out" "Formula (Rumus)"
expect_in "$WORK/out" "Jumlah Produk Hukum"

# usage errors: exit 2
expect_exit 2 -- "$TOLOK" report --builtin
expect_in "$WORK/err" "--kind wajib"
expect_exit 2 -- "$TOLOK" report --builtin --kind laporan
expect_exit 2 -- "$TOLOK" report --builtin --kind pk
expect_in "$WORK/err" "--year wajib untuk --kind pk"
expect_exit 2 -- "$TOLOK" report --builtin --kind lkjip --lang en
expect_in "$WORK/err" "--year is required for --kind lkjip"
expect_exit 2 -- "$TOLOK" report --builtin --kind renaksi
expect_exit 2 -- "$TOLOK" report --builtin --kind pk --year dua
expect_exit 2 -- "$TOLOK" report "$WORK/x.json" --builtin --kind iku
expect_exit 2 -- "$TOLOK" report --builtin --kind iku --bogus
expect_exit 0 -- "$TOLOK" report --help
expect_in "$WORK/out" "Pemakaian: tolok report"

# errors in the input: exit 1, nothing written
expect_exit 1 -- "$TOLOK" report --builtin --kind pk --year 2030 -o "$WORK/none.html"
expect_in "$WORK/err" "report.year_outside_period"
[ -e "$WORK/none.html" ] && fail "a file was written for a year outside the period"
expect_exit 1 -- "$TOLOK" report "$WORK/missing.json" --kind iku
printf '{"format": "tolok-plan", "version": 2, "plan": {' >"$WORK/broken.json"
expect_exit 1 -- "$TOLOK" report "$WORK/broken.json" --kind iku
expect_exit 1 -- "$TOLOK" report --builtin --kind iku -o "$WORK/no/such/dir/iku.html"

# realisasi entered in a copy of the built-in plan: 18 / 20 prd x 100 = 90,00 % (Tinggi); 2 / 3 pasar = 66,67 % (Sedang)
if command -v jq >/dev/null; then
  jq '(.plan.objectives[].indicators[] | select(.id == "i6") | .years["2023"].actual) = {"value": "18 prd", "note": "dua rancangan tertunda"}
      | (.plan.objectives[].indicators[] | select(.id == "i10") | .years["2023"].actual) = {"value": "2 pasar"}' \
    "$REPO/assets/iku-setda-tanggamus-2018-2023.json" >"$WORK/real.json"
  expect_exit 0 -- "$TOLOK" report "$WORK/real.json" --kind lkjip --year 2023 -o "$WORK/real.html"
  tr -d '\n' <"$WORK/real.html" | grep -q '<td class="c t">18 prd</td><td class="r capaian">90,00 %</td><td class="cat"[^>]*>Tinggi</td>' \
    || fail "LKjIP row of indicator 6: 18 prd, 90,00 %, Tinggi"
  tr -d '\n' <"$WORK/real.html" | grep -q '<td class="c t">2 pasar</td><td class="r capaian">66,67 %</td><td class="cat"[^>]*>Sedang</td>' \
    || fail "LKjIP row of indicator 10: 2 pasar, 66,67 %, Sedang"
  expect_in "$WORK/real.html" "dua rancangan tertunda"
  expect_exit 0 -- "$TOLOK" report "$WORK/real.json" --kind lkjip --year 2023 --lang en
  expect_in "$WORK/out" ">90.00 %<"

  # a bundle of two plans: the first by default, another by --plan
  jq '{format: .format, version: .version, plans: [.plan, (.plan | .id = "kedua" | .office.name = "Bagian Kedua")]}' \
    "$REPO/assets/iku-setda-tanggamus-2018-2023.json" >"$WORK/bundle.json"
  expect_exit 0 -- "$TOLOK" report "$WORK/bundle.json" --kind iku
  expect_not_in "$WORK/out" "Bagian Kedua"
  expect_exit 0 -- "$TOLOK" report "$WORK/bundle.json" --kind iku --plan kedua
  expect_in "$WORK/out" "Bagian Kedua"
  expect_exit 1 -- "$TOLOK" report "$WORK/bundle.json" --kind iku --plan ketiga
  expect_in "$WORK/err" "report.plan_not_found"
else
  echo "SKIP: jq not installed (realisasi and bundle checks)"
fi

# a hostile office name stays text
if command -v jq >/dev/null; then
  jq '.plan.office.name = "<script>alert(1)</script> & \"Bagian\""' "$REPO/assets/iku-setda-tanggamus-2018-2023.json" >"$WORK/evil.json"
  for kind in iku pk renaksi lkjip; do
    expect_exit 0 -- "$TOLOK" report "$WORK/evil.json" --kind "$kind" --year 2023
    expect_not_in "$WORK/out" "<script"
    expect_in "$WORK/out" "&lt;script&gt;aler<wbr>t(1)&lt;/script<wbr>&gt; &amp; &quot;Bagian&quot;"
  done
fi

# --place-date is printed by the signature
expect_exit 0 -- "$TOLOK" report --builtin --kind pk --year 2023 --place-date "Kota Agung, 2 Januari 2023"
expect_in "$WORK/out" "Kota Agung, 2 Januari 2023"
finish
