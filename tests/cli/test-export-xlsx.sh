# `tolok export-xlsx` end to end: usage and exit codes, the built-in IKU table and the capaian of a small plan with
# realisasi (the table of test-export-csv.sh and a fifth row; 18/20 x 100 = 90, (2 - 9/8) x 100 = 87,5,
# -5/12,5 x 100 = -40, 2/3 x 100 = 66,67 shown with two decimals, the exact value in the cell).
# The workbook is read with `unzip -p` (sheet XML: numbers are <c r=".."><v>N</v></c> cells without t="s", names
# are shared strings) and opened by LibreOffice Calc (headless, saved as flat ODF: numbers are float cells).
# Without `unzip` or `soffice` the test prints SKIP and passes, unless TOLOK_REQUIRE_SOFFICE is set (then it fails).
. "$(dirname "$0")/lib.sh"

skip_or_fail() {
  if [ -n "${TOLOK_REQUIRE_SOFFICE:-}" ]; then echo "FAIL: $1 not found and TOLOK_REQUIRE_SOFFICE is set" >&2; exit 1; fi
  echo "SKIP: $1 not installed"; exit 0
}
command -v unzip >/dev/null 2>&1 || skip_or_fail unzip

printf 'No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi\tPolaritas\n' >"$WORK/table.tsv"
printf '1\tMeningkatnya tata kelola\tJumlah produk hukum\tprd\t20 prd\t18 prd\tMaximize\n' >>"$WORK/table.tsv"
printf '2\t\tAngka kemiskinan\t%%\t8 %%\t9 %%\tMinimize\n' >>"$WORK/table.tsv"
printf '3\t\t=HYPERLINK("http://contoh.invalid";"klik")\t%%\t12,5 %%\t-5 %%\tMaximize\n' >>"$WORK/table.tsv"
printf '4\t\tNilai Evaluasi AKIP\t\tB\t\tMaximize\n' >>"$WORK/table.tsv"
printf '5\t\tJumlah pasar termonitor\tpasar\t3 pasar\t2 pasar\tMaximize\n' >>"$WORK/table.tsv"
expect_exit 0 -- "$TOLOK" import-table "$WORK/table.tsv" --year 2023 --office "Dinas A" -o "$WORK/plan.json"

# --- usage and help ---
expect_exit 0 -- "$TOLOK" export-xlsx --help
expect_in "$WORK/out" "Pemakaian: tolok export-xlsx"
expect_exit 0 -- "$TOLOK" export-xlsx --help --lang en
expect_in "$WORK/out" "Usage: tolok export-xlsx"
expect_exit 0 -- "$TOLOK" --help
expect_in "$WORK/out" "export-xlsx"
expect_exit 2 -- "$TOLOK" export-xlsx
expect_exit 2 -- "$TOLOK" export-xlsx --builtin
expect_in "$WORK/err" "-o KELUARAN.xlsx wajib diisi"
expect_exit 2 -- "$TOLOK" export-xlsx --builtin -o -
expect_exit 2 -- "$TOLOK" export-xlsx "$WORK/plan.json" --builtin -o "$WORK/x.xlsx"
expect_exit 2 -- "$TOLOK" export-xlsx --builtin --table capaian -o "$WORK/x.xlsx"
expect_in "$WORK/err" "--year wajib diisi"
expect_exit 2 -- "$TOLOK" export-xlsx --builtin --table pk -o "$WORK/x.xlsx"
expect_exit 2 -- "$TOLOK" export-xlsx --builtin --table iku --year 2023 -o "$WORK/x.xlsx"
expect_exit 2 -- "$TOLOK" export-xlsx --builtin --locale id -o "$WORK/x.xlsx"
[ -e "$WORK/x.xlsx" ] && fail "a workbook was written on a usage error"

# --- bad input: exit 1, nothing written ---
expect_exit 1 -- "$TOLOK" export-xlsx "$WORK/missing.json" -o "$WORK/missing.xlsx"
expect_in "$WORK/err" "cli.file_not_found"
[ -e "$WORK/missing.xlsx" ] && fail "a workbook was written for a missing input"
expect_exit 1 -- "$TOLOK" export-xlsx --builtin --table capaian --year 2030 -o "$WORK/x.xlsx"
expect_in "$WORK/err" "capaian.year_outside_period"
expect_exit 1 -- "$TOLOK" export-xlsx --builtin -o "$WORK/no-such-dir/out.xlsx"
expect_in "$WORK/err" "cli.write_failed"

# --- the built-in IKU table ---
expect_exit 0 -- "$TOLOK" export-xlsx --builtin -o "$WORK/iku.xlsx"
[ -s "$WORK/out" ] && fail "stdout must be empty"
[ "$(head -c 2 "$WORK/iku.xlsx")" = "PK" ] || fail "an .xlsx is a zip file (PK)"
unzip -p "$WORK/iku.xlsx" xl/worksheets/sheet1.xml >"$WORK/iku-sheet.xml" || fail "no xl/worksheets/sheet1.xml"
unzip -p "$WORK/iku.xlsx" xl/sharedStrings.xml >"$WORK/iku-strings.xml" || fail "no xl/sharedStrings.xml"
unzip -p "$WORK/iku.xlsx" xl/workbook.xml >"$WORK/iku-book.xml" || fail "no xl/workbook.xml"
expect_in "$WORK/iku-book.xml" 'name="IKU"'
expect_in "$WORK/iku-sheet.xml" '<dimension ref="A1:R16"/>'      # header + 15 indicators, 6 + 2 x 6 columns
expect_in "$WORK/iku-sheet.xml" 'state="frozen"'
# set up for use and print: filter buttons on the header, A4 landscape one page wide, header repeated on each page
expect_in "$WORK/iku-sheet.xml" '<autoFilter ref="A1:R16"/>'
expect_in "$WORK/iku-sheet.xml" '<pageSetup paperSize="9" fitToHeight="0" orientation="landscape"/>'
expect_in "$WORK/iku-sheet.xml" '<pageSetUpPr fitToPage="1"/>'
expect_in "$WORK/iku-book.xml" "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">IKU!\$1:\$1</definedName>"
# Indicator 6 ("20 prd" every year, sheet row 7): the target 2018 in G7 and 2023 in Q7 are numbers, H7 the text.
expect_in "$WORK/iku-sheet.xml" '<c r="G7"><v>20</v></c>'
expect_in "$WORK/iku-sheet.xml" '<c r="Q7"><v>20</v></c>'
grep -qE '<c r="H7" t="s">' "$WORK/iku-sheet.xml" || fail "H7 (target text) must be a string cell"
# Header cells are bold (style 1) shared strings.
grep -qE '<c r="A1" s="1" t="s">' "$WORK/iku-sheet.xml" || fail "header A1 must be a bold string"
expect_in "$WORK/iku-strings.xml" "<t>Indikator</t>"
expect_in "$WORK/iku-strings.xml" "<t>Target 2023 (teks)</t>"
expect_in "$WORK/iku-strings.xml" "Nilai Evaluasi AKIP Sekretariat Daerah"
expect_in "$WORK/iku-strings.xml" "<t>20 prd</t>"

# --- the capaian of the small plan, English headers ---
expect_exit 0 -- "$TOLOK" export-xlsx "$WORK/plan.json" --table capaian --year 2023 --lang en -o "$WORK/capaian.xlsx"
unzip -p "$WORK/capaian.xlsx" xl/worksheets/sheet1.xml >"$WORK/cap-sheet.xml" || fail "no sheet1.xml"
unzip -p "$WORK/capaian.xlsx" xl/sharedStrings.xml >"$WORK/cap-strings.xml" || fail "no sharedStrings.xml"
unzip -p "$WORK/capaian.xlsx" xl/workbook.xml >"$WORK/cap-book.xml" || fail "no workbook.xml"
expect_in "$WORK/cap-book.xml" 'name="Achievement 2023"'
# Columns: A Code, B Objective, C Indicator, D Unit, E Year, F Target, G Target (text), H Actual typed, I Actual
# typed (text), J Actual used, K Actual used (text), L Achievement %, M Category, N Explanation.
expect_in "$WORK/cap-sheet.xml" '<c r="E2"><v>2023</v></c>'
expect_in "$WORK/cap-sheet.xml" '<c r="F2"><v>20</v></c>'
expect_in "$WORK/cap-sheet.xml" '<c r="H2"><v>18</v></c>'
expect_in "$WORK/cap-sheet.xml" '<c r="J2"><v>18</v></c>'
# Achievement % cells have the two-decimal style ("0.00" in styles.xml); their value is exact.
unzip -p "$WORK/capaian.xlsx" xl/styles.xml >"$WORK/cap-styles.xml" || fail "no styles.xml"
expect_in "$WORK/cap-styles.xml" 'formatCode="0.00"'
pct_style="$(grep -oE '<c r="L2" s="[0-9]+"' "$WORK/cap-sheet.xml" | grep -oE 's="[0-9]+"')"
[ -n "$pct_style" ] || fail "L2 (achievement %) must have a number style"
expect_in "$WORK/cap-sheet.xml" "<c r=\"L2\" $pct_style><v>90</v></c>"
expect_in "$WORK/cap-sheet.xml" '<c r="F3"><v>8</v></c>'
expect_in "$WORK/cap-sheet.xml" "<c r=\"L3\" $pct_style><v>87.5</v></c>"
expect_in "$WORK/cap-sheet.xml" '<c r="F4"><v>12.5</v></c>'
expect_in "$WORK/cap-sheet.xml" '<c r="H4"><v>-5</v></c>'
expect_in "$WORK/cap-sheet.xml" '<c r="J4"><v>-5</v></c>'
expect_in "$WORK/cap-sheet.xml" "<c r=\"L4\" $pct_style><v>-40</v></c>"
expect_in "$WORK/cap-sheet.xml" "<c r=\"L6\" $pct_style><v>66.66666666666"
expect_not_in "$WORK/cap-sheet.xml" '<c r="F5"'          # grade B: no number, the text in G5
expect_not_in "$WORK/cap-sheet.xml" '<c r="L5"'          # no realisasi: no capaian
expect_not_in "$WORK/cap-sheet.xml" '<f>'                 # never a formula
expect_in "$WORK/cap-strings.xml" "<t>Achievement %</t>"
expect_in "$WORK/cap-strings.xml" "<t>Actual typed (text)</t>"
expect_in "$WORK/cap-strings.xml" "<t>Actual used (text)</t>"
expect_in "$WORK/cap-strings.xml" "<t>Jumlah produk hukum</t>"
expect_in "$WORK/cap-strings.xml" "<t>Tinggi</t>"
expect_in "$WORK/cap-strings.xml" "=HYPERLINK("             # kept as text, no apostrophe needed

# --- LibreOffice Calc opens it: numbers are float cells, texts strings, no formula ---
command -v soffice >/dev/null 2>&1 || skip_or_fail soffice
mkdir -p "$WORK/ods"
timeout 180 soffice --headless --norestore "-env:UserInstallation=file://$WORK/lo-profile" \
  --convert-to fods --outdir "$WORK/ods" "$WORK/capaian.xlsx" "$WORK/iku.xlsx" >"$WORK/soffice.log" 2>&1 \
  || { fail "soffice failed"; sed 's/^/  soffice: /' "$WORK/soffice.log" >&2; }
for f in capaian iku; do [ -s "$WORK/ods/$f.fods" ] || fail "soffice wrote no $f.fods"; done
if [ -s "$WORK/ods/capaian.fods" ]; then
  expect_in "$WORK/ods/capaian.fods" 'office:value-type="float" office:value="87.5"'
  expect_in "$WORK/ods/capaian.fods" 'office:value-type="float" office:value="-40"'
  # 2/3 x 100: shown 66.67, the value exact
  tr -d '\n' <"$WORK/ods/capaian.fods" \
    | grep -qE 'office:value-type="float" office:value="66.66666666666[0-9]*"[^>]*>[[:space:]]*<text:p>66.67</text:p>' \
    || fail "the capaian 66.666... must be shown as 66.67 and kept exact"
  expect_in "$WORK/ods/capaian.fods" 'office:value-type="float" office:value="18"'
  expect_in "$WORK/ods/capaian.fods" 'Jumlah produk hukum'
  expect_not_in "$WORK/ods/capaian.fods" 'table:formula='
fi
if [ -s "$WORK/ods/iku.fods" ]; then
  expect_in "$WORK/ods/iku.fods" 'office:value-type="float" office:value="20"'
  expect_in "$WORK/ods/iku.fods" 'Nilai Evaluasi AKIP Sekretariat Daerah'
fi
finish
