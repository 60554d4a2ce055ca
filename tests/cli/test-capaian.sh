# `tolok capaian` end to end on a small table with realisasi: maximize, minimize (default (2T-R)/T), a grade, a
# missing value, and the text/TSV/JSON outputs. Expected numbers are worked out by hand in the comments.
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
expect_exit 1 -- "$TOLOK" capaian "$WORK/plan.json" --year 2030
expect_in "$WORK/err" "capaian.year_outside_period"
finish
