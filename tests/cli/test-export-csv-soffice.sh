# `tolok export-csv` read by a real spreadsheet: LibreOffice Calc (headless) opens the Indonesian CSV with the
# Indonesian locale (';', UTF-8, language 1057) and the international one (',', language 1033 en-US) and saves them
# as flat ODF (.fods); the cells must be numbers (office:value-type="float") where Tolok writes numbers, the BOM
# must not leak into the first header, and the formula-injection cell must stay a string, never a formula.
# Without `soffice` the test prints SKIP and passes, unless TOLOK_REQUIRE_SOFFICE is set (then it fails).
. "$(dirname "$0")/lib.sh"

if ! command -v soffice >/dev/null 2>&1; then
  if [ -n "${TOLOK_REQUIRE_SOFFICE:-}" ]; then
    echo "FAIL: soffice (LibreOffice) not found and TOLOK_REQUIRE_SOFFICE is set" >&2
    exit 1
  fi
  echo "SKIP: soffice (LibreOffice) not installed"
  exit 0
fi

printf 'No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi\tPolaritas\n' >"$WORK/table.tsv"
printf '1\tMeningkatnya tata kelola\tJumlah produk hukum\tprd\t20 prd\t18 prd\tMaximize\n' >>"$WORK/table.tsv"
printf '2\t\tAngka kemiskinan\t%%\t8 %%\t9 %%\tMinimize\n' >>"$WORK/table.tsv"
printf '3\t\t=HYPERLINK("http://contoh.invalid";"klik")\t%%\t12,5 %%\t-5 %%\tMaximize\n' >>"$WORK/table.tsv"
printf '4\t\tBelanja "modal"; tahap 1\tRp\tRp 1.250.000\tRp 1.000.000\tMaximize\n' >>"$WORK/table.tsv"
expect_exit 0 -- "$TOLOK" import-table "$WORK/table.tsv" --year 2023 --office "Dinas A" -o "$WORK/plan.json"

mkdir -p "$WORK/csv" "$WORK/ods"
expect_exit 0 -- "$TOLOK" export-csv --builtin -o "$WORK/csv/builtin-iku-id.csv"
expect_exit 0 -- "$TOLOK" export-csv "$WORK/plan.json" -o "$WORK/csv/small-iku-id.csv"
expect_exit 0 -- "$TOLOK" export-csv "$WORK/plan.json" --table capaian --year 2023 -o "$WORK/csv/small-capaian-id.csv"
expect_exit 0 -- "$TOLOK" export-csv "$WORK/plan.json" --table capaian --year 2023 --locale en --lang en -o "$WORK/csv/small-capaian-en.csv"

# One private LibreOffice profile for this run (never the user's), a time limit in case it hangs.
convert() {  # convert FILTER FILE...
  local filter="$1"; shift
  timeout 180 soffice --headless --norestore "-env:UserInstallation=file://$WORK/lo-profile" \
    --infilter="$filter" --convert-to fods --outdir "$WORK/ods" "$@" >"$WORK/soffice.log" 2>&1 \
    || { fail "soffice failed"; sed 's/^/  soffice: /' "$WORK/soffice.log" >&2; }
}
convert "CSV:59,34,76,1,,1057" "$WORK/csv/builtin-iku-id.csv" "$WORK/csv/small-iku-id.csv" "$WORK/csv/small-capaian-id.csv"
convert "CSV:44,34,76,1,,1033" "$WORK/csv/small-capaian-en.csv"

# Reads the .fods cells (type, value, text, formula) and checks them. Expected values are worked by hand:
# 18/20 x 100 = 90; (2 - 9/8) x 100 = 87,5; -5/12,5 x 100 = -40; 1.000.000/1.250.000 x 100 = 80.
node - "$WORK/ods" <<'JS' || fail "spreadsheet cells"
const fs = require("fs"), path = require("path");
const dir = process.argv[2];
const decode = s => s.replace(/<text:s( text:c="(\d+)")?\/>/g, (m, a, n) => " ".repeat(n ? +n : 1))
  .replace(/<[^>]+>/g, "").replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<")
  .replace(/&gt;/g, ">").replace(/&amp;/g, "&");
function sheet(name) {
  const xml = fs.readFileSync(path.join(dir, name + ".fods"), "utf8");
  const rows = [];
  for (const rm of xml.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells = [];
    for (const cm of rm[1].matchAll(/<table:table-cell\b([^>]*?)(\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const attrs = cm[1], body = cm[3] || "";
      const attr = n => { const m = attrs.match(new RegExp(n + '="([^"]*)"')); return m ? m[1] : undefined; };
      const paras = [...body.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map(p => decode(p[1]));
      const cell = {type: attr("office:value-type") || "", value: attr("office:value"), formula: attr("table:formula"),
                    text: paras.join("\n")};
      const repeat = +(attr("table:number-columns-repeated") || 1);
      for (let i = 0; i < Math.min(repeat, 64); i++) cells.push(cell);
    }
    if (cells.some(c => c.type || c.text)) rows.push(cells);
  }
  return rows;
}
let failures = 0;
const check = (ok, what) => { if (!ok) { console.error("FAIL: " + what); failures++; } };
const col = (rows, name) => { const i = rows[0].findIndex(c => c.text === name); check(i >= 0, "column " + name); return i; };
const num = (cell, want, what) => check(cell && cell.type === "float" && Math.abs(+cell.value - want) < 1e-9,
  what + ": want float " + want + ", got " + JSON.stringify(cell));
const noFormula = (rows, what) => rows.forEach(r => r.forEach(c => check(!c.formula, what + ": formula " + c.formula)));

// Built-in IKU table: 15 indicators; percent and count targets are numbers, grades leave the cell empty.
{
  const rows = sheet("builtin-iku-id");
  check(rows.length === 16, "builtin rows " + rows.length);
  check(rows[0][0].text === "No", "first header is \"No\" (no BOM inside): " + JSON.stringify(rows[0][0].text));
  const t2018 = col(rows, "Target 2018"), t2023 = col(rows, "Target 2023"), txt2023 = col(rows, "Target 2023 (teks)");
  const byCode = Object.fromEntries(rows.slice(1).map(r => [r[0].value, r]));
  num(byCode["4"][t2018], 100, "indicator 4 target 2018 (100%)");
  num(byCode["5"][t2023], 80, "indicator 5 target 2023 (80%)");
  num(byCode["6"][t2023], 20, "indicator 6 target 2023 (20 prd)");
  num(byCode["9"][t2023], 20, "indicator 9 target 2023 (20 kec.)");
  check(byCode["6"][txt2023].type === "string" && byCode["6"][txt2023].text === "20 prd", "indicator 6 text as printed");
  check(!byCode["2"][t2023].type && byCode["2"][txt2023].text === "BB", "indicator 2: grade BB, no number");
  let numbers = 0;
  for (const r of rows.slice(1)) for (const c of r) if (c.type === "float") numbers++;
  // 15 "No" + 12 non-grade indicators x 6 years = 87 numbers (3 grade indicators have none).
  check(numbers === 15 + 12 * 6, "numeric cells in the built-in IKU table: " + numbers);
  noFormula(rows, "builtin");
}
// Small plan, Indonesian: decimal comma, injection cell, quoting.
{
  const rows = sheet("small-iku-id");
  const t = col(rows, "Target 2023"), name = col(rows, "Indikator");
  num(rows[3][t], 12.5, "12,5 % target");
  num(rows[4][t], 1250000, "Rp 1.250.000 target");
  check(rows[3][name].type === "string" && rows[3][name].text.startsWith("'=HYPERLINK("), "injection cell is text: " + JSON.stringify(rows[3][name]));
  check(rows[4][name].text === 'Belanja "modal"; tahap 1', "quoted name: " + JSON.stringify(rows[4][name]));
  noFormula(rows, "small iku");
}
for (const [name, what] of [["small-capaian-id", "id"], ["small-capaian-en", "en"]]) {
  const rows = sheet(name);
  check(rows.length === 5, what + " capaian rows " + rows.length);
  const cap = col(rows, what === "id" ? "Capaian %" : "Achievement %"), act = col(rows, what === "id" ? "Realisasi dipakai" : "Actual used");
  const typed = col(rows, what === "id" ? "Realisasi diisi" : "Actual typed");
  num(rows[1][cap], 90, what + " capaian 1");
  num(rows[2][cap], 87.5, what + " capaian 2");
  num(rows[3][cap], -40, what + " capaian 3");
  num(rows[3][act], -5, what + " realisasi -5");
  num(rows[3][typed], -5, what + " realisasi -5 typed");
  num(rows[4][cap], 80, what + " capaian 4");
  num(rows[4][act], 1000000, what + " realisasi Rp 1.000.000");
  noFormula(rows, what + " capaian");
}
process.exit(failures ? 1 : 0);
JS
finish
