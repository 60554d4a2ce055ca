# Exchange files end to end: `import-table -o` writes a sealed exchange file (the same bytes for the same input
# and SOURCE_DATE_EPOCH); `validate` prints who sent it and when and exits 0; one altered byte anywhere gives
# exit 1 with exchange.integrity (also for capaian and lint); --accept-altered (validate, capaian, lint, report,
# export-csv/xlsx) reads it as edited by hand; the seal
# is checked independently with Python's hashlib; carried capaian that differ are warnings; a plain plan file
# still validates, with a note that it has no seal.
. "$(dirname "$0")/lib.sh"

cat >"$WORK/table.tsv" <<'TSV'
No	Sasaran	Indikator	Satuan	Target	Realisasi	Polaritas
1	Meningkatnya tata kelola	Jumlah produk hukum	prd	20 prd	18 prd	Maximize
2		Angka kemiskinan	%	8 %	9 %	Minimize
TSV
export SOURCE_DATE_EPOCH=1764126000  # 2025-11-26T03:00:00Z
expect_exit 0 -- "$TOLOK" import-table "$WORK/table.tsv" --year 2023 --office "Dinas A" -o "$WORK/plan.json"
expect_exit 0 -- "$TOLOK" import-table "$WORK/table.tsv" --year 2023 --office "Dinas A" -o "$WORK/again.json"
cmp -s "$WORK/plan.json" "$WORK/again.json" || fail "the same input and time should give the same bytes"
expect_in "$WORK/plan.json" '"exchange": {'
expect_in "$WORK/plan.json" '"sent_at": "2025-11-26T03:00:00Z"'

expect_exit 0 -- "$TOLOK" validate "$WORK/plan.json"
expect_in "$WORK/out" "pengirim: Dinas A; dikirim 2025-11-26T03:00:00Z; aplikasi tolok-cli"
expect_in "$WORK/out" "segel SHA-256 cocok"
expect_in "$WORK/out" "sah: 1 rencana, 2 indikator"
expect_not_in "$WORK/out" "WARNING"
expect_exit 0 -- "$TOLOK" validate "$WORK/plan.json" --lang en
expect_in "$WORK/out" "sender: Dinas A; sent 2025-11-26T03:00:00Z"
expect_in "$WORK/out" "SHA-256 seal verified"
# The other commands read it too (the envelope is ignored by the plain reader, the seal verified).
expect_exit 0 -- "$TOLOK" capaian "$WORK/plan.json" --year 2023 --format tsv
expect_in "$WORK/out" "$(printf '18 prd\t90.00\tTinggi')"

# The seal, checked independently: SHA-256 of the file with the seal's own 64 digits written as "0".
python3 - "$WORK/plan.json" <<'PY' || fail "seal does not match Python's SHA-256"
import hashlib, re, sys
data = open(sys.argv[1], "rb").read()
m = re.search(rb'"sha256": "([0-9a-f]{64})"\n}\n$', data)
assert m, "no seal at the end"
zeroed = data[:m.start(1)] + b"0" * 64 + data[m.end(1):]
assert hashlib.sha256(zeroed).hexdigest().encode() == m.group(1)
PY

# flip BYTE_OFFSET IN OUT: one byte XOR 0x01.
flip() {
  python3 -c 'import sys; b = bytearray(open(sys.argv[2], "rb").read()); b[int(sys.argv[1])] ^= 1; open(sys.argv[3], "wb").write(b)' "$@"
}
size=$(wc -c <"$WORK/plan.json")
# The "8" of the realisasi "18 prd" becomes "9": a plausible hand edit of the plan.
pos=$(python3 -c 'import sys; print(open(sys.argv[1], "rb").read().index(b"\"value\": \"18 prd\"") + 11)' "$WORK/plan.json")
flip "$pos" "$WORK/plan.json" "$WORK/altered.json"
expect_exit 1 -- "$TOLOK" validate "$WORK/altered.json"
expect_in "$WORK/err" "ERROR exchange.integrity $WORK/altered.json:/plan: berkas rusak atau diubah setelah ditulis"
expect_in "$WORK/err" "berkas ini mengaku (tidak terverifikasi) pengirim: Dinas A"
expect_in "$WORK/err" "--accept-altered"
expect_in "$WORK/err" "WARNING exchange.capaian_mismatch $WORK/altered.json:/exchange/capaian/0"
expect_not_in "$WORK/out" "sah:"
expect_exit 1 -- "$TOLOK" validate "$WORK/altered.json" --lang en
expect_in "$WORK/err" "the file was damaged or altered after it was written"
expect_exit 1 -- "$TOLOK" capaian "$WORK/altered.json" --year 2023
expect_in "$WORK/err" "ERROR exchange.integrity"
expect_exit 1 -- "$TOLOK" lint "$WORK/altered.json"
expect_in "$WORK/err" "ERROR exchange.integrity"
expect_in "$WORK/err" "--accept-altered"
# The other reading commands take --accept-altered too: a warning, then their output.
expect_exit 0 -- "$TOLOK" capaian "$WORK/altered.json" --year 2023 --format tsv --accept-altered
expect_in "$WORK/err" "WARNING exchange.integrity"
expect_in "$WORK/out" "Tinggi"
expect_exit 0 -- "$TOLOK" lint "$WORK/altered.json" --accept-altered
expect_exit 0 -- "$TOLOK" export-csv "$WORK/altered.json" --accept-altered -o "$WORK/altered.csv"
[ -s "$WORK/altered.csv" ] || fail "export-csv --accept-altered wrote nothing"
# The regency analyses too; without the flag they refuse the file. merge never takes it: its output gets a new
# seal, which would hide the alteration.
expect_exit 1 -- "$TOLOK" summary "$WORK/altered.json" --year 2023
expect_in "$WORK/err" "ERROR exchange.integrity"
expect_exit 0 -- "$TOLOK" summary "$WORK/altered.json" --year 2023 --accept-altered
expect_in "$WORK/err" "WARNING exchange.integrity"
expect_exit 1 -- "$TOLOK" export-long "$WORK/altered.json"
expect_exit 0 -- "$TOLOK" export-long "$WORK/altered.json" --accept-altered -o "$WORK/altered-long.csv"
grep -q ",19 prd," "$WORK/altered-long.csv" || fail "export-long --accept-altered did not carry the altered realisasi"
expect_exit 2 -- "$TOLOK" merge "$WORK/altered.json" --accept-altered
expect_exit 1 -- "$TOLOK" merge "$WORK/altered.json" -o "$WORK/laundered.json"
[ ! -e "$WORK/laundered.json" ] || fail "merge wrote a bundle from an altered file"
# Read anyway: warnings, the plan marked as edited by hand, exit 0.
expect_exit 0 -- "$TOLOK" validate "$WORK/altered.json" --accept-altered
expect_in "$WORK/out" "segel SHA-256 TIDAK cocok"
expect_in "$WORK/out" "WARNING exchange.integrity /plan"
expect_in "$WORK/out" "WARNING exchange.capaian_mismatch /exchange/capaian/0: capaian indikator 1 (i1) tahun 2023 berbeda"
expect_in "$WORK/out" "suntingan tangan"
expect_in "$WORK/out" "sah: 1 rencana, 2 indikator"

# Any single byte: the first, the format name, the header (sender, time), the plan, the seal, the last.
for pos in 0 5 15 $((size / 8)) $((size / 5)) $((size / 3)) $((size / 2)) $((size - 70)) $((size - 20)) $((size - 3)) $((size - 1)); do
  flip "$pos" "$WORK/plan.json" "$WORK/flip.json"
  expect_exit 1 -- "$TOLOK" validate "$WORK/flip.json"
  expect_in "$WORK/err" "ERROR exchange.integrity"
done
# A byte that is no longer UTF-8 text is an integrity error too, not just "not text".
python3 -c 'import sys; b = bytearray(open(sys.argv[1], "rb").read()); b[200] = 0xFF; open(sys.argv[2], "wb").write(b)' \
  "$WORK/plan.json" "$WORK/binary.json"
expect_exit 1 -- "$TOLOK" validate "$WORK/binary.json"
expect_in "$WORK/err" "ERROR exchange.integrity $WORK/binary.json:byte 201"

# Carried capaian that differ from the recomputed ones (a file sealed again after the change, as another Tolok
# version would write it): a warning with the row, exit 0.
python3 - "$WORK/plan.json" "$WORK/resealed.json" <<'PY' || fail "reseal"
import hashlib, re, sys
data = open(sys.argv[1], "rb").read().replace(b'"capaian": 90.0', b'"capaian": 95.0', 1)
m = re.search(rb'"sha256": "([0-9a-f]{64})"\n}\n$', data)
zeroed = data[:m.start(1)] + b"0" * 64 + data[m.end(1):]
open(sys.argv[2], "wb").write(data[:m.start(1)] + hashlib.sha256(zeroed).hexdigest().encode() + data[m.end(1):])
PY
expect_exit 0 -- "$TOLOK" validate "$WORK/resealed.json"
expect_in "$WORK/out" "segel SHA-256 cocok"
expect_in "$WORK/out" "WARNING exchange.capaian_mismatch /exchange/capaian/0: capaian indikator 1 (i1) tahun 2023 berbeda: berkas membawa 95,00 % (Tinggi), dihitung ulang 90,00 % (Tinggi)"

# A plain plan file (no envelope) still reads, with a note that its integrity cannot be checked.
python3 - "$WORK/plan.json" "$WORK/plain.json" <<'PY' || fail "plain"
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
json.dump({"format": doc["format"], "version": doc["version"], "plan": doc["plan"]}, open(sys.argv[2], "w", encoding="utf-8"))
PY
expect_exit 0 -- "$TOLOK" validate "$WORK/plain.json"
expect_in "$WORK/out" "INFO exchange.no_envelope: berkas rencana biasa tanpa amplop pertukaran"
expect_in "$WORK/out" "sah: 1 rencana, 2 indikator"
expect_exit 0 -- "$TOLOK" capaian "$WORK/plain.json" --year 2023 --format tsv
expect_not_in "$WORK/err" "exchange"
# Without --office the plan's id is the moment it was made, so two offices' tables do not clash when merged.
printf 'No\tIndikator\tTarget 2023\n1\tJumlah kegiatan\t5 keg\n' >"$WORK/no-office.tsv"
SOURCE_DATE_EPOCH=1795000000 expect_exit 0 -- "$TOLOK" import-table "$WORK/no-office.tsv" -o "$WORK/no-office.json"
expect_in "$WORK/no-office.json" '"id": "impor-20261118-110640"'
finish
