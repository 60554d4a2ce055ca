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
# The overview's import-table line reads "CSV dengan , atau ;" (as the English "CSV with , or ;").
expect_exit 0 -- "$TOLOK" --help
expect_in "$WORK/out" "TSV, CSV dengan , atau ;"
expect_not_in "$WORK/out" "CSV , atau"
# An unknown command: the error first on stderr and a hint to --help, not the whole overview.
expect_exit 2 -- "$TOLOK" frobnicate
[ "$(head -n 1 "$WORK/err")" = 'tolok: perintah tidak dikenal "frobnicate"' ] || fail "unknown command: error not first on stderr"
expect_in "$WORK/err" "tolok --help"
[ -s "$WORK/out" ] && fail "unknown command printed on stdout: $(head -n 1 "$WORK/out")"
expect_not_in "$WORK/err" "Perintah:"
expect_exit 2 -- "$TOLOK" frobnicate --lang en
expect_in "$WORK/err" 'tolok: unknown command "frobnicate"'
expect_in "$WORK/err" "tolok --help"
# `tolok help` / `tolok bantuan` (what users type after "--help"): the overview, or one command's usage.
expect_exit 0 -- "$TOLOK" help
expect_in "$WORK/out" "Perintah:"
expect_exit 0 -- "$TOLOK" bantuan report
expect_in "$WORK/out" "Pemakaian: tolok report"
expect_exit 0 -- "$TOLOK" help capaian --lang en
expect_in "$WORK/out" "Usage: tolok capaian"
expect_exit 2 -- "$TOLOK" help frobnicate
expect_in "$WORK/err" 'tolok: perintah tidak dikenal "frobnicate"'
# export-long --help lists --files-from (it works, and docs/analysis.md describes it).
expect_exit 0 -- "$TOLOK" export-long --help
expect_in "$WORK/out" "[--files-from DAFTAR]"
expect_exit 0 -- "$TOLOK" export-long --help --lang en
expect_in "$WORK/out" "[--files-from LIST]"
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
# The help names only options the command takes: --plan is report's alone (capaian, the exports and export-long
# take every plan of a bundle). Regression: their exit-code text said "no such --plan", which they refuse.
for c in capaian export-csv export-long export-xlsx; do
  for lang in id en; do
    expect_exit 0 -- "$TOLOK" "$c" --help --lang "$lang"
    expect_not_in "$WORK/out" "--plan"
  done
  expect_exit 2 -- "$TOLOK" "$c" --builtin --plan x
done
# report's --place-date example is an Indonesian date in both languages: it is printed in the Indonesian document.
for lang in id en; do
  expect_exit 0 -- "$TOLOK" report --help --lang "$lang"
  expect_in "$WORK/out" '--place-date "Kota Agung, 2 Januari 2023"'
  expect_not_in "$WORK/out" "January"
done
finish
