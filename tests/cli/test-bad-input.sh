# Malformed inputs to every command give a located error with a stable id and exit 1, never a crash; the message
# says what the file is and what to do (a table: tolok import-table), and a number too large is out of range.
. "$(dirname "$0")/lib.sh"

printf '' >"$WORK/empty.json"
printf '   \n\n' >"$WORK/blank.txt"
head -c 4096 /dev/urandom >"$WORK/garbage.bin"
printf '\x00\x01\x02binary' >"$WORK/nul.json"
printf '{"format": "tolok-plan", "version": 1, ' >"$WORK/truncated.json"
printf '{"format": "spreadsheet", "version": 1}' >"$WORK/other.json"
printf '[1, 2, 3]' >"$WORK/array.json"
printf '{"format": "tolok-plan", "version": 2, "plan": {"id": "x", "office": {"name": "Dinas \xc3' >"$WORK/cut-in-char.json"
mkdir "$WORK/folder"

for cmd in validate lint "capaian --year 2023"; do
  # shellcheck disable=SC2086
  set -- $cmd
  expect_exit 1 -- "$TOLOK" "$@" "$WORK/missing.json"
  expect_in "$WORK/err" "ERROR cli.file_not_found $WORK/missing.json: berkas tidak ditemukan"
  expect_exit 1 -- "$TOLOK" "$@" "$WORK/folder"
  expect_in "$WORK/err" "ERROR cli.is_directory"
  expect_exit 1 -- "$TOLOK" "$@" "$WORK/empty.json"
  expect_in "$WORK/err" "cli.empty_file"
  expect_exit 1 -- "$TOLOK" "$@" "$WORK/garbage.bin"
  expect_in "$WORK/err" "ERROR cli.not_text"
  expect_exit 1 -- "$TOLOK" "$@" "$WORK/nul.json"
  expect_in "$WORK/err" "byte ke-1"
  expect_exit 1 -- "$TOLOK" "$@" "$WORK/truncated.json"
  expect_in "$WORK/err" "ERROR json.syntax"
  # Cut inside its last character (a half-copied file): cut short, as the app says, not "not text".
  expect_exit 1 -- "$TOLOK" "$@" "$WORK/cut-in-char.json"
  expect_in "$WORK/err" "berkas terpotong"
  expect_not_in "$WORK/err" "cli.not_text"
  expect_exit 1 -- "$TOLOK" "$@" "$WORK/other.json"
  expect_in "$WORK/err" "import.unknown_format"
  expect_exit 1 -- "$TOLOK" "$@" "$WORK/array.json"
  expect_in "$WORK/err" "ERROR import."
done

expect_exit 1 -- "$TOLOK" validate "$WORK/garbage.bin" --lang en
expect_in "$WORK/err" "the file is not text"

expect_exit 1 -- "$TOLOK" import-table "$WORK/blank.txt"
expect_in "$WORK/err" "cli.empty_file"
expect_exit 1 -- "$TOLOK" import-table "$WORK/garbage.bin"
expect_in "$WORK/err" "cli.not_text"
expect_exit 1 -- "$TOLOK" import-table "$WORK/folder"

# A version that is no integer is the wrong type; 0 is no valid version (not "update Tolok"); both plan and plans.
printf '{"format": "tolok-plan", "version": "2", "plan": {}}' >"$WORK/version-text.json"
expect_exit 1 -- "$TOLOK" validate "$WORK/version-text.json"
expect_in "$WORK/err" "ERROR import.wrong_type $WORK/version-text.json:/version: "'"version" harus bilangan bulat seperti 2, bukan teks "2"'
printf '{"format": "tolok-plan", "version": 2.5, "plan": {}}' >"$WORK/version-float.json"
expect_exit 1 -- "$TOLOK" validate "$WORK/version-float.json" --lang en
expect_in "$WORK/err" "ERROR import.wrong_type $WORK/version-float.json:/version: \"version\" must be an integer such as 2, not number 2.5"
printf '{"format": "tolok-plan", "version": 0, "plan": {}}' >"$WORK/version-0.json"
expect_exit 1 -- "$TOLOK" validate "$WORK/version-0.json"
expect_in "$WORK/err" "ERROR import.unsupported_version $WORK/version-0.json:/version: versi berkas 0 tidak sah: versi dimulai dari 1"
expect_not_in "$WORK/err" "perbarui Tolok"
printf '{"format": "tolok-plan", "version": 2, "plan": {}, "plans": []}' >"$WORK/both.json"
expect_exit 1 -- "$TOLOK" validate "$WORK/both.json" --lang en
expect_in "$WORK/err" "ERROR import.both_plan_and_plans $WORK/both.json:/plans: "'the file holds both "plan" (one plan) and "plans" (several plans)'
# A number too large to read: out of range at its JSON pointer, with line and column; not "a typo".
printf '{"format": "tolok-plan", "version": 2,\n "plan": {"settings": {"cap": 1e999}}}' >"$WORK/huge.json"
expect_exit 1 -- "$TOLOK" validate "$WORK/huge.json"
expect_in "$WORK/err" "ERROR json.number_out_of_range $WORK/huge.json:/plan/settings/cap: angka 1e999 di luar jangkauan (terlalu besar untuk dibaca) pada baris 2, kolom 31"
expect_not_in "$WORK/err" "salah ketik"

# A table given where a plan is expected: the command line points to tolok import-table, not the app's menu.
printf 'No;Indikator;Target 2023\n1;Jumlah produk hukum;20 prd\n' >"$WORK/table.csv"
printf '{\\rtf1\\ansi Tabel IKU}' >"$WORK/table.rtf"
printf '<html><body><table><tr><td>IKU</td></tr></table>' >"$WORK/table.html"
for f in table.csv table.rtf table.html; do
  expect_exit 1 -- "$TOLOK" validate "$WORK/$f"
  expect_in "$WORK/err" "ERROR import.not_json $WORK/$f: ini bukan berkas rencana Tolok (JSON)"
  expect_in "$WORK/err" "tolok import-table BERKAS"
  expect_not_in "$WORK/err" "Berkas > Impor tabel"
done
expect_exit 1 -- "$TOLOK" lint "$WORK/table.csv" --lang en
expect_in "$WORK/err" "A table (CSV/TSV, or copied from Excel/Word) is read with: tolok import-table FILE.csv -o PLAN.json"
expect_not_in "$WORK/err" "File > Import a table"
expect_exit 1 -- "$TOLOK" validate "$WORK/table.rtf"
expect_in "$WORK/err" "ini bukan berkas rencana Tolok (JSON), melainkan dokumen RTF (Word)"

# Workbooks, documents and PDFs are named, with what to do, instead of "byte 6 is invalid".
printf 'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xa8\x9f' >"$WORK/iku.xlsx"
printf '%%PDF-1.7\n%%\xe2\xe3\xcf\xd3\n1 0 obj' >"$WORK/iku.pdf"
printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00' >"$WORK/iku.doc"
for f in iku.xlsx iku.pdf iku.doc; do
  for cmd in validate import-table; do
    expect_exit 1 -- "$TOLOK" "$cmd" "$WORK/$f"
    expect_in "$WORK/err" "ERROR cli.not_text $WORK/$f: "
    expect_in "$WORK/err" "tolok import-table BERKAS.csv"
    expect_not_in "$WORK/err" "tidak sah"
  done
done
expect_exit 1 -- "$TOLOK" validate "$WORK/iku.xlsx"
expect_in "$WORK/err" "ini bukan berkas rencana Tolok (JSON), melainkan berkas ZIP, mis. Excel .xlsx"
expect_in "$WORK/err" "simpan sebagai CSV"
expect_exit 1 -- "$TOLOK" import-table "$WORK/iku.xlsx" --lang en
expect_in "$WORK/err" "this is not a table as text but a ZIP file, e.g. Excel .xlsx"
expect_in "$WORK/err" "Save the table as CSV (Excel: Save As > CSV) or copy the table into a text file, then run: tolok import-table FILE.csv"
expect_exit 1 -- "$TOLOK" capaian "$WORK/iku.pdf" --year 2023 --lang en
expect_in "$WORK/err" "this is not a Tolok plan file (JSON) but a PDF file"
expect_in "$WORK/err" "open the original document in Word/Excel"

# A failed import never overwrites an existing output file.
echo "keep me" >"$WORK/out.json"
printf 'Indikator\tTarget\nJumlah produk hukum\t20 prd\n' >"$WORK/single.tsv"
expect_exit 1 -- "$TOLOK" import-table "$WORK/garbage.bin" -o "$WORK/out.json"
expect_in "$WORK/out.json" "keep me"
# Control characters a file carries (a bell, an ANSI escape, a right-to-left override in an office name) are shown
# as U+FFFD on a terminal (script(1) gives the command one), and passed on unchanged into a pipe or file.
cat >"$WORK/ctrl.json" <<'JSON'
{"format":"tolok-plan","version":2,"plan":{"id":"x","title":"IKU","office":{"name":"Dinas\u0007\u001b[31mMerah\u202e"},"period":{"start":2023,"end":2023},
 "objectives":[{"id":"s1","name":"S","indicators":[{"id":"i1","code":"1","name":"Jumlah caf\u00e9","years":{"2023":{"target":"5 keg","actual":{"value":"4 keg"}}}}]}]}}
JSON
if command -v script >/dev/null; then
  script -qec "\"$TOLOK\" capaian \"$WORK/ctrl.json\" --year 2023" /dev/null >"$WORK/tty.txt"
  if grep -q $'\x1b\|\x07' "$WORK/tty.txt"; then fail "a control character from the file reached the terminal"; fi
  expect_in "$WORK/tty.txt" $'Dinas\xef\xbf\xbd\xef\xbf\xbd[31mMerah\xef\xbf\xbd'
  expect_in "$WORK/tty.txt" $'Jumlah caf\xc3\xa9'
else
  echo "script(1) not found: the terminal check is skipped" >&2
fi
expect_exit 0 -- "$TOLOK" capaian "$WORK/ctrl.json" --year 2023
expect_in "$WORK/out" $'Dinas\x07\x1b[31mMerah'
finish
