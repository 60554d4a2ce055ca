# Malformed inputs to every command give a located error with a stable id and exit 1, never a crash.
. "$(dirname "$0")/lib.sh"

printf '' >"$WORK/empty.json"
printf '   \n\n' >"$WORK/blank.txt"
head -c 4096 /dev/urandom >"$WORK/garbage.bin"
printf '\x00\x01\x02binary' >"$WORK/nul.json"
printf '{"format": "tolok-plan", "version": 1, ' >"$WORK/truncated.json"
printf '{"format": "spreadsheet", "version": 1}' >"$WORK/other.json"
printf '[1, 2, 3]' >"$WORK/array.json"
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

# A failed import never overwrites an existing output file.
echo "keep me" >"$WORK/out.json"
printf 'Indikator\tTarget\nJumlah produk hukum\t20 prd\n' >"$WORK/single.tsv"
expect_exit 1 -- "$TOLOK" import-table "$WORK/garbage.bin" -o "$WORK/out.json"
expect_in "$WORK/out.json" "keep me"
finish
