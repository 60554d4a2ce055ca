# `tolok capaian` end to end on a small table with realisasi: maximize, minimize (default (2T-R)/T), a grade, a
# missing value, and the text/TSV/JSON outputs; the summary of a year or a quarter with its basis. Expected numbers
# are worked out by hand in the comments.
. "$(dirname "$0")/lib.sh"

cat >"$WORK/table.tsv" <<'TSV'
No	Sasaran	Indikator	Satuan	Target	Realisasi	Polaritas
1	Meningkatnya tata kelola	Jumlah produk hukum	prd	20 prd	18 prd	Maximize
2		Angka kemiskinan	%	8 %	9 %	Minimize
3		Nilai Evaluasi AKIP		B	B	Maximize
4		Persentase OPD tepat waktu	%	100%	n/a	Maximize
TSV
expect_exit 0 -- "$TOLOK" import-table "$WORK/table.tsv" --year 2023 -o "$WORK/plan.json"
expect_exit 0 -- "$TOLOK" capaian "$WORK/plan.json" --year 2023 --format json
node -e '
  const rows = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const by = Object.fromEntries(rows.map(r => [r.indicator, r]));
  const near = (a, b) => Math.abs(a - b) < 1e-6;
  const r1 = by["Jumlah produk hukum"];           // 18 / 20 x 100 = 90 -> Tinggi (75, 90]
  if (!near(r1.achievement, 90) || r1.category !== "Tinggi") throw new Error("maximize: " + JSON.stringify(r1));
  if (!r1.explanation.includes("90,00")) throw new Error("explanation: " + r1.explanation);
  const r2 = by["Angka kemiskinan"];              // (2 - 9/8) x 100 = 87.5 -> Tinggi
  if (!near(r2.achievement, 87.5) || r2.category !== "Tinggi") throw new Error("minimize: " + JSON.stringify(r2));
  const r3 = by["Nilai Evaluasi AKIP"];           // B against B -> 100 -> Sangat Tinggi
  if (!near(r3.achievement, 100) || r3.category !== "Sangat Tinggi") throw new Error("grade: " + JSON.stringify(r3));
  const r4 = by["Persentase OPD tepat waktu"];    // n/a is missing, not zero
  if (r4.achievement !== null || r4.category !== null) throw new Error("missing: " + JSON.stringify(r4));
' "$WORK/out" || fail "capaian values"

expect_exit 0 -- "$TOLOK" capaian "$WORK/plan.json" --year 2023
expect_in "$WORK/out" "Realisasi 18 prd / Target 20 prd x 100 = 90,00 % -> Tinggi"
expect_in "$WORK/out" "Ringkasan:"
expect_exit 0 -- "$TOLOK" capaian "$WORK/plan.json" --year 2023 --lang en
expect_in "$WORK/out" "Actual 18 prd / Target 20 prd x 100 = 90.00 % -> Tinggi"
expect_exit 0 -- "$TOLOK" capaian "$WORK/plan.json" --year 2023 --format tsv
expect_in "$WORK/out" "$(printf '18 prd\t90.00\tTinggi')"
# A realisasi typed with a decimal comma, read in English: its number written the English way in the table and the
# working, as the capaian beside it (87,35 / 90 x 100 = 97,0555... -> 97.06); the TSV keeps it as typed.
sed 's/"value": "18 prd"/"value": "18,5 prd"/' "$WORK/plan.json" >"$WORK/decimal.json"
expect_exit 0 -- "$TOLOK" capaian "$WORK/decimal.json" --year 2023 --lang en --accept-altered
expect_in "$WORK/out" "18.5 prd"
expect_in "$WORK/out" "Actual 18.5 prd / Target 20 prd x 100 = 92.50 % -> Sangat Tinggi"
expect_not_in "$WORK/out" "18,5"
expect_exit 0 -- "$TOLOK" capaian "$WORK/decimal.json" --year 2023 --format tsv --accept-altered
expect_in "$WORK/out" "18,5 prd"
# The summary line is of the year or quarter asked, followed by what its average is over (core summary_basis).
# Year 2023: 10 / 20 = 50 % -> Sangat Rendah. Quarter 1: 5 / 5 = 100 % -> Sangat Tinggi. With a cap of 100 the
# basis says so.
cat >"$WORK/quarters.json" <<'JSON'
{"format": "tolok-plan", "version": 2, "plan": {"id": "q", "office": {"name": "Dinas Q"}, "period": {"start": 2023, "end": 2023},
 "settings": {"cap": 100},
 "objectives": [{"id": "s1", "name": "Sasaran", "indicators": [{"id": "i1", "code": "1", "name": "Jumlah produk hukum",
  "years": {"2023": {"target": "20 prd", "quarter_targets": ["5 prd", "10 prd", "15 prd", "20 prd"], "actual": {"value": "10 prd"},
   "quarter_actuals": [{"value": "5 prd"}, {}, {}, {}]}}}]}]}}
JSON
expect_exit 0 -- "$TOLOK" capaian "$WORK/quarters.json" --year 2023
expect_in "$WORK/out" "Ringkasan: Sangat Rendah 1; Rendah 0; Sedang 0; Tinggi 0; Sangat Tinggi 0; tidak dapat dihitung 0; rata-rata 50,00 %"
expect_exit 0 -- "$TOLOK" capaian "$WORK/quarters.json" --year 2023 --quarter 1
expect_in "$WORK/out" "Ringkasan: Sangat Rendah 0; Rendah 0; Sedang 0; Tinggi 0; Sangat Tinggi 1; tidak dapat dihitung 0; rata-rata 100,00 %"
# (the basis's wording is the core's: only its parts are checked here)
expect_in "$WORK/out" "(kategori menurut Permendagri 86/2017; rata-rata atas indikator yang dapat dihitung, "
grep -A1 '^Ringkasan:' "$WORK/out" | tail -n 1 | grep -q 'di atas 100 %.*100 %)$' || fail "the basis does not name the cap"
grep -A1 '^Ringkasan:' "$WORK/out" | tail -n 1 | grep -q '^(kategori menurut' || fail "the basis does not follow the summary line"
expect_exit 0 -- "$TOLOK" capaian "$WORK/quarters.json" --year 2023 --quarter 1 --lang en
expect_in "$WORK/out" "Summary: Sangat Rendah 0; Rendah 0; Sedang 0; Tinggi 0; Sangat Tinggi 1; not computable 0; average 100.00 %"
expect_in "$WORK/out" "(categories by Permendagri 86/2017; average over the computable indicators, "
grep -A1 '^Summary:' "$WORK/out" | tail -n 1 | grep -q 'above 100 % counted as 100 %)$' || fail "the basis does not name the cap (en)"
expect_exit 0 -- "$TOLOK" capaian "$WORK/plan.json" --year 2023
expect_in "$WORK/out" "(kategori menurut Permendagri 86/2017; rata-rata atas indikator yang dapat dihitung)"

expect_exit 1 -- "$TOLOK" capaian "$WORK/plan.json" --year 2030
expect_in "$WORK/err" "capaian.year_outside_period"
finish
