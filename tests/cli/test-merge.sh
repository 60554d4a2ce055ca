# `tolok merge`, `tolok summary` and `tolok export-long` end to end: five office files (three made by
# import-table as sealed exchange files, two copies of the built-in plan under other ids) merged into a regency
# bundle; the summary's counts worked out by hand, with the basis of its averages; export-long gives indicators x
# years rows.
. "$(dirname "$0")/lib.sh"
export SOURCE_DATE_EPOCH=1764115200  # the exchange header's time: fixed, so outputs can be compared byte for byte

# Three offices with realisasi for 2023 (4 indicators each, period 2023-2023). Worked capaian:
#   1 produk hukum 18/20 = 90 -> Tinggi (below 100); Dinas Dua: 10/20 = 50 -> Sangat Rendah (below 100)
#   2 kemiskinan, minimize: (2 - 9/8) x 100 = 87.5 -> Tinggi (below 100)
#   3 AKIP B against B = 100 -> Sangat Tinggi
#   4 n/a -> not computable
write_office_tables
for office in Satu Dua Tiga; do
  expect_exit 0 -- "$TOLOK" import-table "$WORK/$office.tsv" --year 2023 --office "Dinas $office" -o "$WORK/$office.json"
done
# Two offices from the built-in plan (15 indicators, 2018-2023, no realisasi): not computable in 2023.
for office in Empat Lima; do
  lower=$(echo "$office" | tr 'A-Z' 'a-z')
  sed -e "s/setda-tanggamus-2018-2023/opd-$lower/" -e "s/\"name\": \"Sekretariat Daerah\"/\"name\": \"Dinas $office\"/" \
    "$REPO/assets/iku-setda-tanggamus-2018-2023.json" >"$WORK/$office.json"
done
FILES="$WORK/Satu.json $WORK/Dua.json $WORK/Tiga.json $WORK/Empat.json $WORK/Lima.json"

# merge: 5 files -> one bundle of 5 plans, 3 x 4 + 2 x 15 = 42 indicators
expect_exit 0 -- "$TOLOK" merge $FILES -o "$WORK/kab.json"
expect_in "$WORK/err" "digabung: 5 berkas, 5 rencana, 42 indikator"
expect_exit 0 -- "$TOLOK" validate "$WORK/kab.json"
expect_in "$WORK/out" "sah: 5 rencana, 42 indikator"
expect_in "$WORK/kab.json" '"plans": ['
# The bundle is a sealed exchange file: who merged it, the seal verified; one altered byte is refused.
expect_in "$WORK/kab.json" '"exchange": {'
expect_in "$WORK/out" "segel SHA-256 cocok"
expect_exit 0 -- "$TOLOK" merge $FILES -o "$WORK/kab-office.json" --office "Bagian Organisasi"
expect_exit 0 -- "$TOLOK" validate "$WORK/kab-office.json"
expect_in "$WORK/out" "pengirim: Bagian Organisasi"
sed 's/"Dinas Dua"/"Dinas Duo"/' "$WORK/kab.json" >"$WORK/kab-altered.json"
cmp -s "$WORK/kab.json" "$WORK/kab-altered.json" && fail "the alteration did not change the file"
expect_exit 1 -- "$TOLOK" validate "$WORK/kab-altered.json"
expect_in "$WORK/err" "exchange.integrity"
# Streaming output is exactly the bundle writer's: merging the bundle again gives the same bytes.
expect_exit 0 -- "$TOLOK" merge "$WORK/kab.json" -o "$WORK/kab2.json"
cmp -s "$WORK/kab.json" "$WORK/kab2.json" || fail "re-merging the bundle changed its bytes"
# --files-from (one path per line, comments and blank lines skipped), to stdout.
{ echo "# the regency's offices"; for f in $FILES; do echo "$f"; echo; done; } >"$WORK/list.txt"
expect_exit 0 -- "$TOLOK" merge --files-from "$WORK/list.txt"
cmp -s "$WORK/out" "$WORK/kab.json" || fail "--files-from to stdout differs from -o"

# Duplicate plan ids: refused (nothing written), or renamed on request.
expect_exit 1 -- "$TOLOK" merge "$WORK/Satu.json" "$WORK/Satu.json" -o "$WORK/dup.json"
expect_in "$WORK/err" "merge.duplicate_plan_id"
expect_in "$WORK/err" "--rename-duplicates"
expect_in "$WORK/err" "untuk instansi yang sama (berkas yang dikirim ulang?)"  # the same office twice: not a rename
[ -e "$WORK/dup.json" ] && fail "a refused merge wrote its output"
# The same office sent three times, a week apart: which file is the latest is said once, whatever the order given.
SOURCE_DATE_EPOCH=1764720000 expect_exit 0 -- "$TOLOK" import-table "$WORK/Satu.tsv" --year 2023 --office "Dinas Satu" -o "$WORK/Satu-later.json"
SOURCE_DATE_EPOCH=1765324800 expect_exit 0 -- "$TOLOK" import-table "$WORK/Satu.tsv" --year 2023 --office "Dinas Satu" -o "$WORK/Satu-latest.json"
expect_exit 1 -- "$TOLOK" merge "$WORK/Satu-later.json" "$WORK/Satu.json" "$WORK/Satu-latest.json" -o "$WORK/dup.json"
expect_in "$WORK/err" "INFO merge.latest_file $WORK/Satu-latest.json: rencana \"dinas-satu-2023-2023\": berkas terbaru $WORK/Satu-latest.json (dikirim 2025-12-10T00:00:00Z)"
[ "$(grep -c merge.latest_file "$WORK/err")" = 1 ] || fail "the latest file said once"
expect_exit 1 -- "$TOLOK" merge "$WORK/Satu-latest.json" "$WORK/Satu-later.json" "$WORK/Satu.json" -o "$WORK/dup.json" --lang en
expect_in "$WORK/err" "plan \"dinas-satu-2023-2023\": the latest file is $WORK/Satu-latest.json (sent 2025-12-10T00:00:00Z)"
expect_exit 0 -- "$TOLOK" merge "$WORK/Satu.json" "$WORK/Satu.json" -o "$WORK/dup.json" --rename-duplicates --lang en
expect_in "$WORK/err" "WARNING merge.renamed"
expect_in "$WORK/err" 'this plan becomes "dinas-satu-2023-2023-2"'
expect_exit 0 -- "$TOLOK" validate "$WORK/dup.json"
expect_in "$WORK/out" "sah: 2 rencana, 8 indikator"
# The summary counts its offices, not its plans: one office's two plans are 2 plans of 1 office.
expect_exit 0 -- "$TOLOK" summary "$WORK/dup.json" --year 2023
expect_in "$WORK/out" "Ringkasan kabupaten 2023: 2 rencana dari 1 instansi, 8 indikator"

# One altered byte in a sealed input: refused with the integrity error, nothing written.
sed 's/"20 prd"/"21 prd"/' "$WORK/Tiga.json" >"$WORK/Tiga-altered.json"
expect_exit 1 -- "$TOLOK" merge "$WORK/Satu.json" "$WORK/Tiga-altered.json" -o "$WORK/bad.json"
expect_in "$WORK/err" "exchange.integrity"
expect_in "$WORK/err" "merge.input_refused $WORK/Tiga-altered.json"
[ -e "$WORK/bad.json" ] && fail "a merge with an altered input wrote its output"

# summary, text: totals Tinggi 2+1+2 = 5, Sangat Rendah 1, Sangat Tinggi 3, not computable 3 + 30 = 33, below 6.
expect_exit 0 -- "$TOLOK" summary "$WORK/kab.json" --year 2023
expect_in "$WORK/out" "Ringkasan kabupaten 2023: 5 instansi, 42 indikator"
expect_in "$WORK/out" "Dinas Dua"
expect_in "$WORK/out" "Di bawah target (capaian < 100 %): 6"
grep -E '^Jumlah +42 +1 +0 +0 +5 +3 +33 +6 ' "$WORK/out" >/dev/null || { fail "summary totals row"; grep '^Jumlah' "$WORK/out" >&2; }
grep -E '^Dinas Dua +4 +1 +0 +0 +1 +1 +1 +2 ' "$WORK/out" >/dev/null || { fail "summary Dinas Dua row"; grep '^Dinas Dua' "$WORK/out" >&2; }
expect_exit 0 -- "$TOLOK" summary "$WORK/kab.json" --year 2023 --lang en
expect_in "$WORK/out" "Regency summary 2023: 5 office(s), 42 indicator(s)"
# summary, JSON
expect_exit 0 -- "$TOLOK" summary "$WORK/kab.json" --year 2023 --format json
node -e '
  const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const near = (a, b) => Math.abs(a - b) < 1e-6;
  const t = s.totals;
  const want = {"Sangat Rendah": 1, "Rendah": 0, "Sedang": 0, "Tinggi": 5, "Sangat Tinggi": 3};
  if (s.year !== 2023 || t.offices !== 5 || t.indicators !== 42 || t.not_computable !== 33 || t.below_target !== 6)
    throw new Error("totals: " + JSON.stringify(t));
  for (const k in want) if (t.counts[k] !== want[k]) throw new Error("count " + k + ": " + JSON.stringify(t.counts));
  // average of capped capaian over the 9 computable: (90 + 87.5 + 100) x 2 + (50 + 87.5 + 100) = 792.5 / 9
  if (!near(t.average, Math.round(792.5 / 9 * 10000) / 10000)) throw new Error("average " + t.average);
  const dua = s.offices.find(o => o.office === "Dinas Dua");
  if (dua.counts["Sangat Rendah"] !== 1 || dua.objectives.length !== 2 || dua.objectives[0].below_target !== 2)
    throw new Error("Dinas Dua: " + JSON.stringify(dua));
  if (s.below_target.length !== 6) throw new Error("below " + s.below_target.length);
  const low = s.below_target.find(b => b.office === "Dinas Dua" && b.code === "1");
  if (!low || !near(low.achievement, 50) || low.target !== "20 prd" || low.actual !== "10 prd") throw new Error("below row " + JSON.stringify(low));
' "$WORK/out" || fail "summary JSON values"
# What the averages are over (core summary_basis): one line when every office shares it; per office, with a note,
# when the regency total pools plans with a different cap or category scale.
expect_exit 0 -- "$TOLOK" summary "$WORK/kab.json" --year 2023
expect_in "$WORK/out" "(kategori menurut Permendagri 86/2017; rata-rata atas indikator yang dapat dihitung)"
expect_not_in "$WORK/out" "Catatan:"
sed 's/"cap": null/"cap": 100/' "$WORK/Lima.json" >"$WORK/Lima-cap.json"
sed 's/"scale_name": "Permendagri 86\/2017"/"scale_name": "Perbup 12\/2020"/' "$WORK/Empat.json" >"$WORK/Empat-scale.json"
expect_exit 0 -- "$TOLOK" summary "$WORK/Satu.json" "$WORK/Lima-cap.json" --year 2023
expect_in "$WORK/out" "(Dinas Satu: kategori menurut Permendagri 86/2017; rata-rata atas indikator yang dapat dihitung)"
expect_in "$WORK/out" "(Dinas Lima: kategori menurut Permendagri 86/2017; rata-rata atas indikator yang dapat dihitung, "
expect_in "$WORK/out" "Catatan: jumlah kabupaten menggabungkan rencana dengan batas capaian yang berbeda;"
# An indicator with a cap of its own (Konversi 120) in one office: the total pools different caps, said.
node -e '
  const fs = require("fs");
  const d = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  delete d.exchange; delete d.sha256;
  d.plan.objectives[0].indicators[0].cap = 120;
  fs.writeFileSync(process.argv[2], JSON.stringify(d));
' "$WORK/Satu.json" "$WORK/Satu-own-cap.json"
expect_exit 0 -- "$TOLOK" summary "$WORK/Satu-own-cap.json" "$WORK/Dua.json" --year 2023
expect_in "$WORK/out" "Catatan: jumlah kabupaten menggabungkan rencana dengan batas capaian yang berbeda;"
expect_exit 0 -- "$TOLOK" summary "$WORK/Satu.json" "$WORK/Lima-cap.json" "$WORK/Empat-scale.json" --year 2023 --lang en
expect_in "$WORK/out" "(Dinas Empat: categories by Perbup 12/2020; average over the computable indicators)"
expect_in "$WORK/out" "Note: the regency total pools plans with different achievement caps and category scales;"
expect_exit 0 -- "$TOLOK" summary "$WORK/Satu.json" "$WORK/Empat-scale.json" --year 2023 --format json
node -e '
  const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (!/skala kategori yang berbeda/.test(s.totals.note)) throw new Error("note: " + s.totals.note);
  if (s.offices[1].basis !== "kategori menurut Perbup 12/2020; rata-rata atas indikator yang dapat dihitung")
    throw new Error("basis: " + s.offices[1].basis);
' "$WORK/out" || fail "summary JSON basis and note"
expect_exit 0 -- "$TOLOK" summary "$WORK/kab.json" --year 2023 --format json
node -e '
  const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (s.totals.note !== null) throw new Error("note without mixed settings: " + s.totals.note);
' "$WORK/out" || fail "summary JSON note when settings agree"
# A year only some plans cover: the others are listed as outside the period; a year no plan covers: exit 1.
expect_exit 0 -- "$TOLOK" summary "$WORK/kab.json" --year 2020
# The header counts the two offices counted and says three were skipped; their rows keep the table's columns ("-"
# in each, not a note that widened the "Ind." column for every row) and the note follows the table.
expect_in "$WORK/out" "(di luar periode, tidak dihitung: Dinas Satu, Dinas Dua, Dinas Tiga)"
expect_in "$WORK/err" "INFO consolidation.year_outside_period"
expect_in "$WORK/out" "Ringkasan kabupaten 2020: 2 instansi, 30 indikator; 3 instansi dilewati (tahun di luar periodenya)"
grep -E '^Dinas Satu +- +- ' "$WORK/out" >/dev/null || { fail "summary row of an office outside the period"; grep '^Dinas Satu' "$WORK/out" >&2; }
grep -E '^Dinas Empat +15 +0 ' "$WORK/out" >/dev/null || { fail "summary Ind. column widened"; grep '^Dinas Empat' "$WORK/out" >&2; }
expect_exit 0 -- "$TOLOK" summary "$WORK/kab.json" --year 2020 --lang en
expect_in "$WORK/out" "Regency summary 2020: 2 office(s), 30 indicator(s); 3 office(s) skipped (year outside their period)"
expect_exit 1 -- "$TOLOK" summary "$WORK/kab.json" --year 2031
expect_in "$WORK/err" "summary.year_outside_period"

# A typo'd office name beside the real one (same period and indicators): merge and summary warn, naming both plans,
# with the one core rule (core/office_twice.h); a different office of that period is not named.
for office in Sosial Sosail; do
  expect_exit 0 -- "$TOLOK" import-table "$WORK/Satu.tsv" --year 2023 --office "Dinas $office" -o "$WORK/$office.json"
done
expect_exit 0 -- "$TOLOK" merge "$WORK/Sosial.json" "$WORK/Satu.json" "$WORK/Sosail.json" -o "$WORK/sosial.json"
expect_in "$WORK/err" "WARNING consolidation.maybe_same_office dinas-sosail-2023-2023: rencana dinas-sosial-2023-2023 (Dinas Sosial) dan dinas-sosail-2023-2023 (Dinas Sosail)"
[ "$(grep -c maybe_same_office "$WORK/err")" = 1 ] || fail "merge: one warning expected, for Sosial/Sosail only"
expect_exit 0 -- "$TOLOK" summary "$WORK/sosial.json" --year 2023 --lang en
expect_in "$WORK/err" "WARNING consolidation.maybe_same_office dinas-sosail-2023-2023: plans dinas-sosial-2023-2023 (Dinas Sosial) and dinas-sosail-2023-2023 (Dinas Sosail)"
[ "$(grep -c maybe_same_office "$WORK/err")" = 1 ] || fail "summary: one warning expected, for Sosial/Sosail only"

# export-long: rows = indicators x years (no quarterly data here): 3 x 4 x 1 + 2 x 15 x 6 = 192, plus the header.
expect_exit 0 -- "$TOLOK" export-long "$WORK/kab.json" -o "$WORK/long.csv"
[ "$(wc -l <"$WORK/long.csv")" = 193 ] || fail "export-long csv: $(wc -l <"$WORK/long.csv") lines, expected 193"
expect_in "$WORK/long.csv" "plan_id,office,sasaran_id,sasaran,indicator_id,indicator_code,indicator,unit,polarity,year,quarter,target"
expect_in "$WORK/long.csv" "dinas-dua-2023-2023,Dinas Dua,s1,Meningkatnya tata kelola,i1,1,Jumlah produk hukum,prd,maximize,2023,,20,20 prd,10,10 prd,50,50,Sangat Rendah"
expect_exit 0 -- "$TOLOK" export-long "$WORK/kab.json" --format ndjson
[ "$(wc -l <"$WORK/out")" = 192 ] || fail "export-long ndjson: $(wc -l <"$WORK/out") lines, expected 192"
node -e '
  const lines = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n");
  const rows = lines.map(l => JSON.parse(l));
  const r = rows.find(x => x.plan_id === "dinas-satu-2023-2023" && x.indicator_id === "i2");
  if (r.capaian !== 87.5 || r.category !== "Tinggi" || r.quarter !== null || r.target !== 8 || r.polarity !== "minimize")
    throw new Error(JSON.stringify(r));
  if (rows.filter(x => x.office === "Dinas Lima").length !== 90) throw new Error("Dinas Lima rows");
' "$WORK/out" || fail "export-long ndjson values"
# Several files stream one after the other: the same rows as the bundle.
expect_exit 0 -- "$TOLOK" export-long $FILES
cmp -s "$WORK/out" "$WORK/long.csv" || fail "export-long of the five files differs from the bundle's"

# Usage
expect_exit 0 -- "$TOLOK" merge --help
expect_in "$WORK/out" "Pemakaian: tolok merge"
expect_exit 0 -- "$TOLOK" summary --help --lang en
expect_in "$WORK/out" "Usage: tolok summary"
expect_exit 0 -- "$TOLOK" export-long --help
expect_in "$WORK/out" "Pemakaian: tolok export-long"
expect_exit 2 -- "$TOLOK" merge -o "$WORK/x.json"
expect_exit 2 -- "$TOLOK" summary "$WORK/kab.json"
expect_in "$WORK/err" "--year wajib diisi"
expect_exit 2 -- "$TOLOK" summary "$WORK/kab.json" --year 2023 --format xml
expect_exit 2 -- "$TOLOK" export-long "$WORK/kab.json" --format xlsx
expect_exit 1 -- "$TOLOK" merge "$WORK/nope.json" -o "$WORK/x.json"
expect_in "$WORK/err" "cli.file_not_found"
finish
