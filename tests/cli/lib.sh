# Shared helpers for the CLI end-to-end tests (sourced). Each test script is run as: bash test-X.sh TOLOK REPO
set -u
TOLOK="$1"
REPO="$2"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# expect_exit CODE -- command...   (runs the command, stdout/stderr into $WORK/out, $WORK/err)
expect_exit() {
  local want="$1"; shift; [ "$1" = "--" ] && shift
  local got=0
  "$@" >"$WORK/out" 2>"$WORK/err" || got=$?
  if [ "$got" != "$want" ]; then
    fail "expected exit $want, got $got: $*"; sed 's/^/  stderr: /' "$WORK/err" | head -5 >&2
  fi
}

expect_in() {  # expect_in FILE TEXT
  grep -qF -- "$2" "$1" || { fail "expected \"$2\" in $(basename "$1")"; head -5 "$1" | sed 's/^/  got: /' >&2; }
}

expect_not_in() {
  if grep -qF -- "$2" "$1"; then fail "did not expect \"$2\" in $(basename "$1")"; fi
}

# The offices' tables of the regency tests (test-merge.sh, test-regency-recap.sh): $WORK/Satu.tsv, Dua.tsv, Tiga.tsv,
# four indicators each (produk hukum 18 prd, Dua 10 prd, against 20 prd; kemiskinan 9 % against 8 %, minimize; AKIP
# B against B; a realisasi n/a). The expected figures are worked out in each test.
write_office_tables() {
  for office in Satu Dua Tiga; do
    actual="18 prd"; [ "$office" = Dua ] && actual="10 prd"
    cat >"$WORK/$office.tsv" <<TSV
No	Sasaran	Indikator	Satuan	Target	Realisasi	Polaritas
1	Meningkatnya tata kelola	Jumlah produk hukum	prd	20 prd	$actual	Maximize
2		Angka kemiskinan	%	8 %	9 %	Minimize
3	Meningkatnya akuntabilitas	Nilai Evaluasi AKIP		B	B	Maximize
4		Persentase OPD tepat waktu	%	100%	n/a	Maximize
TSV
  done
}

finish() {
  if [ "$failures" -gt 0 ]; then echo "$failures failure(s)" >&2; exit 1; fi
  echo "ok"
}
