# The seed IKU (Sekretariat Daerah Kabupaten Tanggamus 2018-2023): the built-in plan validates, lint flags
# indicator 7 (at its JSON pointer in the file), and the Lampiran pasted as text imports to 15 indicators and 90
# targets equal to the built-in plan.
. "$(dirname "$0")/lib.sh"

expect_exit 0 -- "$TOLOK" validate --builtin
expect_in "$WORK/out" "sah: 1 rencana, 15 indikator"

expect_exit 0 -- "$TOLOK" lint --builtin
# Indicator 7 is the third indicator of the third sasaran: a "Jumlah" counted in "keg" with a percentage formula.
# Located by the JSON pointer into the file (/plan/...), as the reader's errors are.
expect_in "$WORK/out" "WARNING lint.formula_unit_mismatch /plan/objectives/2/indicators/2/formula/expression"
expect_exit 0 -- "$TOLOK" lint --builtin --lang en
expect_in "$WORK/out" "warning(s)"
expect_exit 1 -- "$TOLOK" lint --builtin --strict
# The same for a plan file, and in a bundle (even of one plan: merge writes "plans") /plans/N/...
SEED="$REPO/assets/iku-setda-tanggamus-2018-2023.json"
expect_exit 0 -- "$TOLOK" lint "$SEED"
expect_in "$WORK/out" "WARNING lint.formula_unit_mismatch /plan/objectives/2/indicators/2/formula/expression"
expect_not_in "$WORK/out" " /objectives/"
expect_exit 0 -- "$TOLOK" merge "$SEED" -o "$WORK/bundle-of-one.json"
expect_exit 0 -- "$TOLOK" lint "$WORK/bundle-of-one.json"
expect_in "$WORK/out" "WARNING lint.formula_unit_mismatch /plans/0/objectives/2/indicators/2/formula/expression"
# validate's own checks (NIP, category bands) point into the file too.
sed 's/"nip": "19750308 199403 1 003"/"nip": "19751308 199403 1 003"/' "$SEED" >"$WORK/bad-nip.json"
expect_exit 0 -- "$TOLOK" validate "$WORK/bad-nip.json"  # a NIP finding is a warning
expect_in "$WORK/out" "WARNING nip.invalid /plan/signatory/nip: "
sed 's/"nip": "19750308 199403 1 003"/"nip": "12"/' "$SEED" >"$WORK/short-nip.json"
expect_exit 0 -- "$TOLOK" merge "$WORK/short-nip.json" "$SEED" -o "$WORK/bundle-nip.json" --rename-duplicates
expect_exit 0 -- "$TOLOK" validate "$WORK/bundle-nip.json"
expect_in "$WORK/out" "WARNING nip.invalid /plans/0/signatory/nip: "

expect_exit 0 -- "$TOLOK" import-table "$REPO/tests/fixtures/seed-lampiran.txt" -o "$WORK/seed.json" --office "Sekretariat Daerah"
expect_in "$WORK/err" "terimpor: 7 sasaran, 15 indikator, 90 target"
expect_exit 0 -- "$TOLOK" validate "$WORK/seed.json"
expect_in "$WORK/out" "sah: 1 rencana, 15 indikator"

# The same table saved by Excel as "Unicode Text" (UTF-16 with its mark) gives the same plan.
if command -v iconv >/dev/null; then
  iconv -f UTF-8 -t UTF-16 "$REPO/tests/fixtures/seed-lampiran.txt" >"$WORK/seed-utf16.txt"
  expect_exit 0 -- "$TOLOK" import-table "$WORK/seed-utf16.txt" -o "$WORK/seed-utf16.json" --office "Sekretariat Daerah"
  expect_in "$WORK/err" "terimpor: 7 sasaran, 15 indikator, 90 target"
  # the time sent (and so the checksum) differs when the two imports fall in different seconds
  same_plan() { grep -v -e '"sent_at"' -e '"sha256"' "$1"; }
  cmp -s <(same_plan "$WORK/seed.json") <(same_plan "$WORK/seed-utf16.json") ||
    fail "the UTF-16 table gives another plan than the UTF-8 one"
fi

# Every target of the import equals the built-in plan's, year by year (TSV rows: code, year, target).
for year in 2018 2019 2020 2021 2022 2023; do
  "$TOLOK" capaian "$WORK/seed.json" --year "$year" --format tsv | cut -f2,4,6 >"$WORK/imported-$year.tsv"
  "$TOLOK" capaian --builtin --year "$year" --format tsv | cut -f2,4,6 >"$WORK/builtin-$year.tsv"
  cmp -s "$WORK/imported-$year.tsv" "$WORK/builtin-$year.tsv" || fail "imported targets for $year differ from the built-in plan"
  [ "$(wc -l <"$WORK/builtin-$year.tsv")" = 16 ] || fail "expected 15 indicator rows for $year"
done
grep -qP '^7\t2023\t5 keg$' "$WORK/builtin-2023.tsv" || fail "indicator 7 target for 2023 should be '5 keg'"
grep -qP '^2\t2021\tBB$' "$WORK/builtin-2021.tsv" || fail "indicator 2 target for 2021 should be 'BB'"

# No realisasi yet: every capaian is not computable, never 0 %.
expect_exit 0 -- "$TOLOK" capaian --builtin --year 2023 --format json
node -e '
  const rows = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (rows.length !== 15) throw new Error("expected 15 rows, got " + rows.length);
  for (const r of rows) {
    for (const k of ["code", "indicator", "year", "target", "actual", "achievement", "category", "explanation"])
      if (!(k in r)) throw new Error("missing " + k);
    if (r.achievement !== null) throw new Error("achievement without realisasi for " + r.code);
    if (!r.explanation) throw new Error("no explanation for " + r.code);
  }' "$WORK/out" || fail "capaian JSON rows"
finish
