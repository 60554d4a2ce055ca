# `tolok capaian` against capaian values PRINTED in real published LKjIP/LKj documents (tests/fixtures/lkjip/,
# sources in tests/fixtures/README.md). Each fixture is the document's measurement table as it pastes from Word
# (Indikator, Satuan, Target, Realisasi, Capaian, Polaritas); the Capaian column is the document's own number, the
# expected value. The importer ignores that column (it keeps no capaian: docs/file-format.md), so what is compared
# is Tolok's computation from Target, Realisasi and Polaritas; the test proves it by importing each table a second
# time with the Capaian column emptied and requiring the same results. Tolerance: +-0.1 point, the documents print
# two decimals and round (or truncate) by hand.
#
# Settings: the imported plans keep the defaults, minimize rule (2 - R/T) x 100 and no cap (settings.cap null).
# The Lampung rows need both: the LKj Provinsi Lampung computes lower-is-better capaian as (2T - R)/T x 100 and does
# not cap it (184,75 for the infant mortality rate), so the test asserts the defaults instead of relying on them.
# LKJIP_VERBOSE=1 prints every compared row (document, indicator, T, R, printed, Tolok, difference) to stderr.
. "$(dirname "$0")/lib.sh"

FIX="$REPO/tests/fixtures/lkjip"
# file  year  rows  document (for messages)
CASES='dumai-pupr-2020.tsv 2020 2 LKjIP Dinas PUPR Kota Dumai (Tabel 3-1, realisasi 2020)
lampung-lkj-2015.tsv 2015 3 LKj Provinsi Lampung Tahun 2015 (BAB III hal. 155 dan 159)
lampung-lkj-2016.tsv 2016 3 LKj Provinsi Lampung Tahun 2016 (BAB III hal. 162)
tanah-datar-lkj-2015.tsv 2015 3 Laporan Kinerja Pemerintah Kabupaten Tanah Datar Tahun 2015
tanah-datar-lkjip-2016.tsv 2016 2 LKjIP Pemerintah Kabupaten Tanah Datar Tahun 2016 (tabel 3.3.8)
klaten-lkjip-2016.tsv 2016 8 LKjIP Kabupaten Klaten Tahun 2016 (Tabel 3.4)'
EXPECTED_TOTAL=21

total=0
while read -r file year rows doc; do
  [ -n "$file" ] || continue
  if [ ! -f "$FIX/$file" ]; then fail "$doc: fixture $file missing"; continue; fi
  base="$WORK/${file%.tsv}"

  expect_exit 0 -- "$TOLOK" import-table "$FIX/$file" --year "$year" -o "$base.plan.json"
  expect_exit 0 -- "$TOLOK" capaian "$base.plan.json" --year "$year" --format json
  cp "$WORK/out" "$base.capaian.json"

  # Control: the same table with the printed Capaian column emptied must give the same capaian.
  awk -F'\t' -v OFS='\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "Capaian") c = i }
                          NR > 1 && c { $c = "" } { print }' "$FIX/$file" >"$base.blank.tsv"
  expect_exit 0 -- "$TOLOK" import-table "$base.blank.tsv" --year "$year" -o "$base.blank.plan.json"
  expect_exit 0 -- "$TOLOK" capaian "$base.blank.plan.json" --year "$year" --format json
  cp "$WORK/out" "$base.blank.capaian.json"

  n=$(node -e '
    const fs = require("fs");
    const [fixture, capaian, blank, plan, want, doc] = process.argv.slice(1);
    const problems = [];
    // The fixture, read independently of the importer: tab-separated, first line the header.
    const lines = fs.readFileSync(fixture, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter(l => l.trim() !== "");
    const head = lines[0].split("\t").map(h => h.trim());
    const ci = head.indexOf("Indikator"), cc = head.indexOf("Capaian"), ct = head.indexOf("Target"), cr = head.indexOf("Realisasi");
    if (ci < 0 || cc < 0 || ct < 0 || cr < 0) throw new Error(doc + ": header without Indikator/Target/Realisasi/Capaian");
    const printedRows = lines.slice(1).map(l => l.split("\t")).filter(c => (c[ci] || "").trim() !== "");
    const rows = JSON.parse(fs.readFileSync(capaian, "utf8"));
    const blankRows = JSON.parse(fs.readFileSync(blank, "utf8"));
    const settings = JSON.parse(fs.readFileSync(plan, "utf8")).plan.settings;
    if (settings.cap !== null) problems.push(doc + ": the imported plan has a cap (" + settings.cap + "); the documents do not cap");
    if (settings.minimize_rule !== "two_minus_ratio") problems.push(doc + ": minimize rule " + settings.minimize_rule + ", the documents use (2T - R)/T");
    if (rows.length !== printedRows.length) problems.push(doc + ": Tolok gives " + rows.length + " rows, the table has " + printedRows.length);
    let compared = 0;
    for (const cells of printedRows) {
      const name = cells[ci].trim(), text = (cells[cc] || "").trim();
      if (!/^\d+(,\d+)?$/.test(text)) { problems.push(doc + " / " + name + ": printed capaian \"" + text + "\" is not a number"); continue; }
      const printed = Number(text.replace(",", "."));
      const mine = rows.filter(r => r.indicator === name);
      const other = blankRows.filter(r => r.indicator === name);
      if (mine.length !== 1 || other.length !== 1) { problems.push(doc + " / " + name + ": " + mine.length + " Tolok rows with that name"); continue; }
      const r = mine[0];
      if (typeof r.achievement !== "number") { problems.push(doc + " / " + name + ": Tolok computed no capaian (" + r.explanation + ")"); continue; }
      if ("achievement_capped" in r) problems.push(doc + " / " + name + ": capped to " + r.achievement_capped);
      if (other[0].achievement !== r.achievement)
        problems.push(doc + " / " + name + ": capaian " + r.achievement + " changes to " + other[0].achievement + " without the printed Capaian column");
      const diff = r.achievement - printed;
      if (process.env.LKJIP_VERBOSE)
        console.error([doc, name, "T " + cells[ct].trim(), "R " + cells[cr].trim(), "printed " + text, "Tolok " + r.achievement, "diff " + diff.toFixed(4)].join(" | "));
      if (!(Math.abs(diff) <= 0.1 + 1e-9))
        problems.push(doc + " / " + name + ": printed capaian " + text + ", Tolok " + r.achievement + " (T " + cells[ct].trim() + ", R " +
                      cells[cr].trim() + ", " + r.explanation + ")");
      ++compared;
    }
    if (compared !== Number(want)) problems.push(doc + ": compared " + compared + " rows, expected " + want);
    for (const p of problems) console.error(p);
    console.log(compared);
    process.exit(problems.length ? 1 : 0);
  ' "$FIX/$file" "$base.capaian.json" "$base.blank.capaian.json" "$base.plan.json" "$rows" "$doc")
  [ $? -eq 0 ] || fail "$doc ($file): printed capaian not reproduced (see above)"
  total=$((total + ${n:-0}))
done <<EOF
$CASES
EOF

[ "$total" -eq "$EXPECTED_TOTAL" ] || fail "compared $total printed capaian values in all, expected $EXPECTED_TOTAL"
[ "$(ls "$FIX"/*.tsv | wc -l)" -eq "$(printf '%s\n' "$CASES" | grep -c .)" ] || fail "a fixture in $FIX is not listed in CASES"
finish
