# The example in docs/file-format.md is a valid plan file, and its capaian is what the text says (18 / 20 = 90 %).
. "$(dirname "$0")/lib.sh"

awk '/^```json$/{p=1; next} /^```$/{p=0} p' "$REPO/docs/file-format.md" >"$WORK/example.json"
expect_exit 0 -- "$TOLOK" validate "$WORK/example.json"
expect_in "$WORK/out" "sah: 1 rencana, 1 indikator"
expect_exit 0 -- "$TOLOK" capaian "$WORK/example.json" --year 2023 --format tsv
expect_in "$WORK/out" "$(printf '20 prd\t18 prd\t90.00\tTinggi')"
finish
