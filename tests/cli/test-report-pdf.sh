# The five printed documents of the built-in plan (with realisasi for 2023 in a copy) printed to PDF by headless
# Chromium, read back with pdftotext: every indicator name and the printed targets are in the PDF, and the
# hand-worked capaian (18 / 20 prd = 90,00 %; 2 / 3 pasar = 66,67 %) is in the LKjIP, and those of TW II
# ((4 + 6) / 10 prd = 100,00 % against cumulative targets; 4 / 5 kec. = 80,00 %) in the monitoring report. Needs chromium, pdftotext
# (poppler-utils) and jq; without them prints SKIP and passes, unless TOLOK_REQUIRE_PDF is set. Signature blocks are
# whole on one page.
. "$(dirname "$0")/lib.sh"

missing=""
for tool in chromium pdftotext jq; do command -v "$tool" >/dev/null || missing="$missing $tool"; done
if [ -n "$missing" ]; then
  if [ -n "${TOLOK_REQUIRE_PDF:-}" ]; then echo "FAIL: missing:$missing (TOLOK_REQUIRE_PDF is set)" >&2; exit 1; fi
  echo "SKIP: missing:$missing"
  exit 0
fi

ASSET="$REPO/assets/iku-setda-tanggamus-2018-2023.json"
jq '(.plan.objectives[].indicators[] | select(.id == "i6") | .years["2023"].actual) = {"value": "18 prd"}
    | (.plan.objectives[].indicators[] | select(.id == "i10") | .years["2023"].actual) = {"value": "2 pasar"}
    | (.plan.objectives[].indicators[] | select(.id == "i5") | .years["2023"].actual) = {"components": {"jumlah_type_opd": 14, "jumlah_opd": 20}}' \
  "$ASSET" >"$WORK/plan.json" || { fail "jq"; finish; }
# quarter targets and realisasi for the monitoring report (TW II): i6 cumulative 5, 10, 15, 20 of 20 prd, TW I 4 prd
# and TW II 6 prd; i9 5 kec. each quarter, TW II 4 kec.
jq '(.plan.objectives[].indicators[] | select(.id == "i6") | .years["2023"]) += {"quarter_targets": ["5 prd", "10 prd", "15 prd", "20 prd"], "quarter_actuals": [{"value": "4 prd"}, {"value": "6 prd"}, {}, {}]}
    | (.plan.objectives[].indicators[] | select(.id == "i9") | .years["2023"]) += {"quarter_targets": ["5 kec.", "5 kec.", "5 kec.", "5 kec."], "quarter_actuals": [{}, {"value": "4 kec."}, {}, {}]}' \
  "$ASSET" >"$WORK/quarters.json" || { fail "jq"; finish; }

# whitespace-normalised text: one line, single spaces (PDF line wrapping splits names across lines)
flat() { tr -s '[:space:]' ' ' <"$1"; }

for kind in iku pk renaksi lkjip monitoring; do
  if [ "$kind" = monitoring ]; then
    expect_exit 0 -- "$TOLOK" report "$WORK/quarters.json" --kind monitoring --year 2023 --quarter 2 -o "$WORK/$kind.html"
  else
    expect_exit 0 -- "$TOLOK" report "$WORK/plan.json" --kind "$kind" --year 2023 -o "$WORK/$kind.html"
  fi
  timeout 180 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$WORK/profile" \
    --print-to-pdf="$WORK/$kind.pdf" "file://$WORK/$kind.html" >/dev/null 2>&1
  if [ ! -s "$WORK/$kind.pdf" ]; then fail "$kind: no PDF"; continue; fi
  pdftotext -layout "$WORK/$kind.pdf" "$WORK/$kind.layout.txt" || fail "$kind: pdftotext -layout"
  # -raw: the text in the order Chromium drew it (cell by cell); the default reading order can interleave the
  # wrapped lines of neighbouring cells, depending on the fonts installed
  pdftotext -raw "$WORK/$kind.pdf" "$WORK/$kind.raw.txt" || fail "$kind: pdftotext -raw"
  flat "$WORK/$kind.raw.txt" >"$WORK/$kind.raw.flat"
  flat "$WORK/$kind.layout.txt" >"$WORK/$kind.layout.flat"
done

# indicator names (from the plan file): whole in the PK, Renaksi and LKjIP text; in the IKU, where neighbouring
# table cells can interleave wrapped lines, the first two and the last two words of each
jq -r '.plan.objectives[].indicators[].name' "$WORK/plan.json" >"$WORK/names.txt"
[ "$(wc -l <"$WORK/names.txt")" = 15 ] || fail "expected 15 indicator names"
while IFS= read -r name; do
  for kind in pk renaksi lkjip monitoring; do
    grep -qF -- "$name" "$WORK/$kind.raw.flat" || fail "$kind PDF: indicator \"$name\""
  done
  head2=$(echo "$name" | awk '{print $1, $2}')
  tail2=$(echo "$name" | awk '{print $(NF-1), $NF}')
  grep -qF -- "$head2" "$WORK/iku.raw.flat" || fail "iku PDF: \"$head2\" of \"$name\""
  grep -qF -- "$tail2" "$WORK/iku.raw.flat" || fail "iku PDF: \"$tail2\" of \"$name\""
done <"$WORK/names.txt"

# IKU Lampiran: each indicator's six targets on its row, in order (one line of the -layout text)
jq -r '.plan.objectives[].indicators[] | [.years["2018","2019","2020","2021","2022","2023"].target] | join(" ")' \
  "$WORK/plan.json" >"$WORK/targets.txt"
sed 's/  */ /g' "$WORK/iku.layout.txt" >"$WORK/iku.lines"
n=0
while IFS= read -r row; do
  n=$((n + 1))
  grep -qF -- "$row" "$WORK/iku.lines" || fail "iku PDF: targets of indicator $n \"$row\""
done <"$WORK/targets.txt"
[ "$n" = 15 ] || fail "expected 15 target rows"
# every 2023 target in the PK and the Renaksi
jq -r '.plan.objectives[].indicators[].years["2023"].target' "$WORK/plan.json" | sort -u | while IFS= read -r t; do
  grep -qF -- "$t" "$WORK/pk.layout.flat" || echo "pk: $t"
  grep -qF -- "$t" "$WORK/renaksi.layout.flat" || echo "renaksi: $t"
done >"$WORK/missing-targets.txt"
[ -s "$WORK/missing-targets.txt" ] && fail "targets missing: $(tr '\n' ';' <"$WORK/missing-targets.txt")"

# headings, signatories and the hand-worked capaian
grep -qF "L A M P I R A N" "$WORK/iku.raw.flat" || fail "iku PDF: Lampiran heading"
# the signature block is one column, so its -layout line is whole; -raw can split "NIP." into "NIP ." (seen with
# the fonts of a fresh Debian machine)
grep -qF "NIP. 19750308 199403 1 003" "$WORK/iku.layout.flat" || fail "iku PDF: NIP"
# page numbers at the foot: the last text of the IKU's second page is "2"
[ "$(pdftotext -f 2 -l 2 -layout "$WORK/iku.pdf" - | grep -v '^[[:space:]]*$' | tail -1 | tr -d '[:space:]')" = 2 ] ||
  fail "iku PDF: no page number 2 at the foot of page 2"
grep -qF "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)" "$WORK/lkjip.raw.flat" || fail "lkjip PDF: title, its abbreviation as written"
grep -qF "PIHAK KEDUA" "$WORK/pk.raw.flat" || fail "pk PDF: Pihak Kedua"
grep -qF "BUPATI TANGGAMUS" "$WORK/pk.raw.flat" || fail "pk PDF: superior"
grep -qF "TW IV" "$WORK/renaksi.raw.flat" || fail "renaksi PDF: TW IV"
grep -qE "18 prd +90,00 % +Tinggi" "$WORK/lkjip.layout.flat" || fail "lkjip PDF: 18 prd 90,00 % Tinggi"
grep -qE "2 pasar +66,67 % +Sedang" "$WORK/lkjip.layout.flat" || fail "lkjip PDF: 2 pasar 66,67 % Sedang"
grep -qE "70 % +87,50 % +Tinggi" "$WORK/lkjip.layout.flat" || fail "lkjip PDF: 70 % 87,50 % Tinggi (14 / 20 OPD against 80%)"
grep -qF "LAPORAN MONITORING CAPAIAN KINERJA TRIWULAN II TAHUN 2023" "$WORK/monitoring.raw.flat" || fail "monitoring PDF: title"
# ("Sangat Tinggi" wraps in its column: the layout line holds its first word)
grep -qE "10 prd \(s\.d\. +10 prd \(s\.d\. +100,00 % +Sangat" "$WORK/monitoring.layout.flat" || fail "monitoring PDF: 10 prd (s.d. TW) 100,00 % Sangat Tinggi"
grep -qE "5 kec\. +4 kec\. +80,00 % +Tinggi" "$WORK/monitoring.layout.flat" || fail "monitoring PDF: 5 kec. 4 kec. 80,00 % Tinggi"
grep -qE "Rata-rata capaian +90,00 %" "$WORK/monitoring.layout.flat" || fail "monitoring PDF: average (100 + 80) / 2 = 90,00 %"
# every document's signature block whole on one page: the signatory's title, name and NIP on the page of the
# place-and-date line; in the Renaksi, whose block follows a table, also with the table's last row (Chromium split
# the block, its name and NIP alone on the next page)
for kind in iku renaksi lkjip monitoring; do
  pages=$(pdfinfo "$WORK/$kind.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  found=""
  for p in $(seq 1 "${pages:-0}"); do
    pdftotext -f "$p" -l "$p" -layout "$WORK/$kind.pdf" - | tr -s '[:space:]' ' ' >"$WORK/$kind.page"
    grep -qF "NIP. 19750308 199403 1 003" "$WORK/$kind.page" || continue
    found=1
    for part in "SEKRETARIS DAERAH" "HAMID HERIANSYAH" "Kota Agung"; do
      grep -qF "$part" "$WORK/$kind.page" || fail "$kind PDF: \"$part\" not on the page of the NIP (page $p): a split signature"
    done
    [ "$kind" = renaksi ] && { grep -qF "pelelangan" "$WORK/$kind.page" || fail "renaksi PDF: the signature alone on page $p, without the table's last row"; }
  done
  [ -n "$found" ] || fail "$kind PDF: no page with the signatory's NIP"
done
# page sizes: portrait A4 for the PK, a landscape A4 page for the IKU Lampiran
command -v pdfinfo >/dev/null && {
  pdfinfo "$WORK/pk.pdf" | grep -qE "Page size: +59[45](\.[0-9]+)? x 84[12]" || fail "pk PDF is not A4 portrait"
  pdfinfo -f 1 -l 20 "$WORK/iku.pdf" | grep -qE "size: +84[12](\.[0-9]+)? x 59[45]" || fail "iku PDF has no A4 landscape page"
  pdfinfo "$WORK/monitoring.pdf" | grep -qE "Page size: +84[12](\.[0-9]+)? x 59[45]" || fail "monitoring PDF is not A4 landscape"
}
finish
