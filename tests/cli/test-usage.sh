# `tolok` usage: --help on every command, unknown commands/options, missing or bad option values -> exit 2,
# messages in Indonesian by default and English with --lang en.
. "$(dirname "$0")/lib.sh"

expect_exit 0 -- "$TOLOK" --help
expect_in "$WORK/out" "Perintah:"
expect_exit 0 -- "$TOLOK" --help --lang en
expect_in "$WORK/out" "Commands:"
expect_exit 2 -- "$TOLOK"
for c in validate import-table capaian lint; do
  expect_exit 0 -- "$TOLOK" "$c" --help
  expect_in "$WORK/out" "Pemakaian: tolok $c"
  expect_exit 0 -- "$TOLOK" "$c" --help --lang en
  expect_in "$WORK/out" "Usage: tolok $c"
done
expect_exit 2 -- "$TOLOK" frobnicate
expect_in "$WORK/err" "perintah tidak dikenal"
expect_exit 2 -- "$TOLOK" capaian --builtin
expect_in "$WORK/err" "--year wajib diisi"
expect_exit 2 -- "$TOLOK" capaian --builtin --year 2023 --lang en --quarter 5
expect_in "$WORK/err" "--quarter must be 1 to 4"
expect_exit 2 -- "$TOLOK" capaian --builtin --year dua
expect_exit 2 -- "$TOLOK" capaian --builtin --year 2023 --format xml
expect_exit 2 -- "$TOLOK" validate --bogus x.json
expect_in "$WORK/err" "opsi tidak dikenal: --bogus"
expect_exit 2 -- "$TOLOK" validate
expect_exit 2 -- "$TOLOK" import-table
expect_exit 2 -- "$TOLOK" import-table a.txt --year
expect_exit 2 -- "$TOLOK" lint --lang fr --builtin
finish
