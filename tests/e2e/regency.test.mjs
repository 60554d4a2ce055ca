// Browser test of the Kabupaten tab at 1366x768 with offices that differ: one office's plan under another
// lower-is-better rule and a cap of one indicator's own, a performance-tree link to a missing indicator, a long
// office name, an office outside the year's period. The year field is found by its id (regency-year); the long
// name is wrapped in its column (screenshot regency-1366x768.png); the counts and averages, the note on the rules, the
// warning naming the office and indicator and "-" in the out-of-period office's cells are read from the tab's text.
// The printed regency recap opened from the tab: its rows read from the document (screenshot regency-recap.png); from
// the Dokumen menu for the document year; the tab's buttons wrapped inside a narrow window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withApp, click, widget, typeInto, artifacts, saveAndReload } from './browser.mjs';

test('Kabupaten tab: the year field by its id, long office names wrapped, problems and pooled rules said', () => withApp(async (page) => {
  const seed = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
  const copy = (id, name, extra = {}) => ({ ...structuredClone(seed), id, office: { ...seed.office, name }, ...extra });
  const planning = copy('bappeda', 'Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kabupaten Tanggamus',
                        { settings: { ...seed.settings, minimize_rule: 'inverse_ratio' } });
  const first = planning.objectives[0].indicators[0];
  first.supports = 'pemda-rpjmd-2021-2026/r9';
  first.polarity = 'minimize';
  planning.objectives[0].indicators[1].cap = 120;
  const health = copy('dinkes', 'Dinas Kesehatan');
  health.objectives[0].indicators[0].polarity = 'minimize';
  for (const plan of [planning, health])  // realisasi for 2021: each indicator's target itself
    for (const ind of plan.objectives.flatMap((o) => o.indicators))
      if (ind.years?.['2021']?.target) ind.years['2021'].actual = { value: ind.years['2021'].target };
  planning.objectives[0].indicators[0].years['2021'].actual = { value: '90' };
  health.objectives[0].indicators[0].years['2021'].actual = { value: '90' };
  const later = copy('dinas-later', 'Dinas Pemberdayaan Masyarakat dan Pemerintahan Pekon', { period: { start: 2030, end: 2034 } });
  for (const ind of later.objectives.flatMap((o) => o.indicators)) ind.years = {};
  const r = await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify({ format: 'tolok-plan', version: 2, plans: [planning, health, later] }));
  assert.equal(r.ok, true, JSON.stringify(r));

  await click(page, 'tab-regency');
  await typeInto(page, 'regency-year', '2021');
  await page.keyboard.press('Enter');
  // The long name is the tree node's label for the tests; its text wraps beside the arrow instead of being cut.
  const node = await widget(page, `${planning.office.name}##office-bappeda`);
  await widget(page, `${later.office.name}##office-dinas-later`);
  await widget(page, 'Dinas Kesehatan##office-dinkes');
  await page.mouse.move(10, 10);
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(artifacts, 'regency-1366x768.png') });
  assert.ok(node.w > 0);

  // What the tab says, read from the text it draws (window.tolok.screenText()).
  const text = await page.evaluate(() => window.tolok.screenText());
  const lines = text.split('\n').map((l) => l.trim());
  const row = (start) => lines.find((l) => l.startsWith(start));
  // Each office's own lower-is-better rule on its indicator 1 (target B taken at 60 on the AKIP scale, realisasi 90):
  // T/R = 60/90 for the planning office, (2 - 90/60) for the health office; the other 14 indicators meet their targets.
  const tr = (60 / 90) * 100, twoMinus = (2 - 90 / 60) * 100;
  const pct = (x) => `${x.toFixed(2).replace('.', ',')} %`;
  assert.ok(row(`| > ${planning.office.name} | 0 | 0 | 1 | 0 | 14 | 0 | 1 | ${pct((14 * 100 + tr) / 15)} |`), text);
  assert.ok(row(`| > Dinas Kesehatan | 1 | 0 | 0 | 0 | 14 | 0 | 1 | ${pct((14 * 100 + twoMinus) / 15)} |`), text);
  // the regency line averages every indicator, not the offices' averages (the seed office has no realisasi in 2021)
  assert.ok(row(`| Jumlah kabupaten | 1 | 0 | 1 | 0 | 28 | 15 | 2 | ${pct((28 * 100 + tr + twoMinus) / 30)} |`), text);
  // the office outside 2021: its name, why, and "-" in every cell
  assert.match(text, /\| > Dinas Pemberdayaan Masyarakat dan Pemerintahan Pekon\n\(tahun di luar periode rencana\)( \| -){8} \|/);
  // the pooled rules are said, office by office
  assert.ok(row('Catatan: jumlah kabupaten menggabungkan rencana dengan batas capaian dan rumus semakin rendah semakin baik yang berbeda'), text);
  assert.ok(row(`${planning.office.name}: kategori menurut Permendagri 86/2017; rata-rata atas indikator yang dapat dihitung; 1 indikator dengan batas capaian sendiri; rumus semakin rendah semakin baik T / R x 100`), text);
  assert.ok(row('Dinas Kesehatan: kategori menurut Permendagri 86/2017; rata-rata atas indikator yang dapat dihitung; rumus semakin rendah semakin baik (2 - R/T) x 100'), text);
  // the broken performance-tree link names the office and the indicator
  assert.ok(row(`${planning.office.name}, indikator 1 Nilai Evaluasi AKIP Sekretariat Daerah: indikator yang didukung "pemda-rpjmd-2021-2026/r9" tidak ada dalam gabungan`), text);
  // below target: both indicators 1, each with its own capaian and category
  assert.ok(row(`| ${planning.office.name} | 1. Nilai Evaluasi AKIP Sekretariat Daerah | B | 90 | ${pct(tr)} | Sedang |`), text);
  assert.ok(row(`| Dinas Kesehatan | 1. Nilai Evaluasi AKIP Sekretariat Daerah | B | 90 | ${pct(twoMinus)} | Sangat Rendah |`), text);
}, { viewport: { width: 1366, height: 768 } }));

test('the Kabupaten year is its own: kept when another plan is shown, a file imported, the Capaian tab visited, and over a reload', () => withApp(async (page) => {
  const seed = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
  const later = { ...structuredClone(seed), id: 'dinas-later', office: { ...seed.office, name: 'Dinas Later' }, period: { start: 2025, end: 2030 } };
  for (const ind of later.objectives.flatMap((o) => o.indicators)) ind.years = {};
  assert.equal((await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify({ format: 'tolok-plan', version: 2, plan: later }))).ok, true);
  const regencyYear = async () => (await page.evaluate(() => window.tolok.screenText())).match(/\{ (\d{4}) \} \[ - \] \[ \+ \] Tahun/)?.[1];
  await click(page, 'tab-regency');
  await typeInto(page, 'regency-year', '2021');  // a year of the seed's period, not of the plan shown (2025-2030)
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  assert.equal(await regencyYear(), '2021');
  // The Capaian tab of the plan shown (2025-2030), then back.
  await click(page, 'tab-capaian');
  await click(page, 'tab-regency');
  assert.equal(await regencyYear(), '2021');
  // Another office's file imported (shown after it).
  const other = { ...structuredClone(later), id: 'dinas-other', office: { ...seed.office, name: 'Dinas Other' } };
  assert.equal((await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify({ format: 'tolok-plan', version: 2, plan: other }))).ok, true);
  await page.waitForTimeout(300);
  assert.equal((await page.evaluate(() => window.tolok.state())).current, 'dinas-other');
  assert.equal(await regencyYear(), '2021');
  await saveAndReload(page);
  await click(page, 'tab-regency');
  assert.equal(await regencyYear(), '2021');
}));

test('Kabupaten tab: "Cetak rekapitulasi kabupaten" opens the printed regency recap, its numbers worked by hand, signed by the regency plan', () => withApp(async (page, { browser }) => {
  // A health office from the seed, realisasi for 2021 = the target (capaian 100 %) except indicator 1 (target B,
  // taken at 60 on the AKIP scale), made minimize with realisasi 90: (2 - 90/60) x 100 = 50 (Sangat Rendah, below
  // target); its hostile name is printed as text. The regency plan (Bappeda, with a signatory) holds one indicator,
  // 80 of 100, that the health office's indicator 2 (100 %) supports; a third office is outside 2021.
  const seed = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
  const copy = (id, name) => ({ ...structuredClone(seed), id, office: { ...seed.office, name } });
  const health = copy('dinkes', 'Dinas Kesehatan <script>x()</script>');
  for (const ind of health.objectives.flatMap((o) => o.indicators))
    if (ind.years?.['2021']?.target) ind.years['2021'].actual = { value: ind.years['2021'].target };
  health.objectives[0].indicators[0].polarity = 'minimize';
  health.objectives[0].indicators[0].years['2021'].actual = { value: '90' };
  health.objectives[0].indicators[1].supports = 'bappeda/r1';
  const regency = copy('bappeda', 'Bappeda');
  regency.signatory = { title: 'BUPATI TANGGAMUS', name: 'DEWI SARTIKA, S.H.', rank: '', nip: '' };
  regency.objectives = [{ id: 's1', code: '1', name: 'Meningkatnya kesejahteraan', indicators: [
    { id: 'r1', code: '1', name: 'Indeks kesejahteraan', kind: 'number', years: { 2021: { target: '100', actual: { value: '80' } } } }] }];
  const later = copy('dinas-later', 'Dinas Later');
  later.period = { start: 2030, end: 2034 };
  for (const ind of later.objectives.flatMap((o) => o.indicators)) ind.years = {};
  const r = await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify({ format: 'tolok-plan', version: 2, plans: [regency, health, later] }));
  assert.equal(r.ok, true, JSON.stringify(r));
  await click(page, 'tab-regency');
  await typeInto(page, 'regency-year', '2021');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  const opened = browser.context.waitForEvent('page', { timeout: 15000 });
  await click(page, 'Cetak rekapitulasi kabupaten');
  const doc = await opened;
  await doc.waitForLoadState('load');
  const html = await doc.content();
  assert.ok(!html.includes('<script'), 'no script in the recap');
  const text = (await doc.evaluate(() => document.body.innerText)).replace(/[ \t]+/g, ' ');
  const rows = await doc.evaluate(() => [...document.querySelectorAll('tr')].map((tr) => [...tr.cells].map((c) => c.innerText.replace(/\s+/g, ' ').trim()).join(' | ')));
  const pct = (x) => `${x.toFixed(2).replace('.', ',')} %`;
  assert.match(text, /REKAPITULASI CAPAIAN KINERJA PERANGKAT DAERAH\s+KABUPATEN TANGGAMUS TAHUN 2021/i);
  // The built-in plan held in the app comes first: 15 indicators, no realisasi: all not computable.
  // Bappeda: 1 indicator, 80/100 = 80 (Tinggi, below target). Health: 15 indicators (each with a 2021 target),
  // 14 at 100 (Sangat Tinggi) and indicator 1 at 50 (Sangat Rendah): average (14 x 100 + 50) / 15.
  // Columns: No | office | indicators | Sangat Rendah | Rendah | Sedang | Tinggi | Sangat Tinggi | n/c | below | average
  assert.ok(rows.includes('1 | Sekretariat Daerah | 15 | 0 | 0 | 0 | 0 | 0 | 15 | 0 | -'), rows.join('\n'));
  assert.ok(rows.includes(`2 | Bappeda | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 1 | ${pct(80)}`), rows.join('\n'));
  assert.ok(rows.includes(`3 | Dinas Kesehatan <script>x()</script> | 15 | 1 | 0 | 0 | 0 | 14 | 0 | 1 | ${pct((14 * 100 + 50) / 15)}`), rows.join('\n'));
  assert.ok(rows.includes('4 | Dinas Later (tahun di luar periode rencana; tidak dihitung) | - | - | - | - | - | - | - | - | -'), rows.join('\n'));
  // The regency total averages the 16 computable indicators: (14 x 100 + 50 + 80) / 16.
  assert.ok(rows.includes(` | Jumlah kabupaten | 31 | 1 | 0 | 0 | 1 | 14 | 15 | 2 | ${pct((14 * 100 + 50 + 80) / 16)}`), rows.join('\n'));
  assert.ok(rows.includes(`1 | Bappeda | 1. Indeks kesejahteraan | 100 | 80 | ${pct(80)} | Tinggi`), rows.join('\n'));
  assert.match(text, /Tahun 2021 di luar periode rencana perangkat daerah berikut; indikatornya tidak dihitung: Dinas Later\./);
  assert.match(text, /Pohon kinerja/);
  assert.ok(rows.some((r) => r.startsWith('1. Indeks kesejahteraan | Bappeda | 80,00 % | Tinggi | 100,00 % | Sangat Tinggi (1 / 1)')), rows.join('\n'));
  assert.match(text, /BUPATI TANGGAMUS,\s+DEWI SARTIKA, S\.H\./);
  fs.mkdirSync(artifacts, { recursive: true });
  await doc.screenshot({ path: path.join(artifacts, 'regency-recap.png'), fullPage: true });
  await doc.pdf({ path: path.join(artifacts, 'regency-recap.pdf'), landscape: true, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await doc.close();
}, { viewport: { width: 1366, height: 768 } }));

test('Dokumen > "Rekapitulasi capaian kabupaten" prints every plan held for the document year; in a narrow window the Kabupaten buttons wrap inside it', () => withApp(async (page, { browser }) => {
  // A second office: the seed copied, its 2022 realisasi = the target (capaian 100 % where a target is set).
  const seed = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
  const other = { ...structuredClone(seed), id: 'dinsos', office: { ...seed.office, name: 'Dinas Sosial' } };
  for (const ind of other.objectives.flatMap((o) => o.indicators))
    if (ind.years?.['2022']?.target) ind.years['2022'].actual = { value: ind.years['2022'].target };
  const r = await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify({ format: 'tolok-plan', version: 2, plans: [other] }));
  assert.equal(r.ok, true, JSON.stringify(r));
  await click(page, 'Dokumen');
  await click(page, 'doc-year');
  await click(page, '2022');
  await click(page, 'Dokumen');
  const opened = browser.context.waitForEvent('page', { timeout: 15000 });
  await click(page, 'doc-regency');
  const doc = await opened;
  await doc.waitForLoadState('load');
  const text = (await doc.evaluate(() => document.body.innerText)).replace(/[ \t]+/g, ' ');
  assert.match(text, /REKAPITULASI CAPAIAN KINERJA PERANGKAT DAERAH\s+KABUPATEN TANGGAMUS TAHUN 2022/i);
  const rows = await doc.evaluate(() => [...document.querySelectorAll('tr')].map((tr) => [...tr.cells].map((c) => c.innerText.replace(/\s+/g, ' ').trim()).join(' | ')));
  // Both plans held, not only the one shown: the seed without realisasi (15 not computable), Dinas Sosial all at 100 %.
  assert.ok(rows.includes('1 | Sekretariat Daerah | 15 | 0 | 0 | 0 | 0 | 0 | 15 | 0 | -'), rows.join('\n'));
  assert.ok(rows.some((row) => /^2 \| Dinas Sosial \| 15 \| 0 \| 0 \| 0 \| 0 \| 15 \| 0 \| 0 \| 100,00 %$/.test(row)), rows.join('\n'));
  await doc.close();

  await page.setViewportSize({ width: 760, height: 700 });
  await page.waitForTimeout(300);
  await click(page, 'tab-regency');
  const width = await page.evaluate(() => window.innerWidth);
  for (const label of ['Cetak rekapitulasi kabupaten', 'Ekspor semua (berkas pertukaran)', 'Ekspor format panjang (CSV)', 'Ekspor format panjang (NDJSON)']) {
    const w = await widget(page, label);
    assert.ok(w.x >= 0 && w.x + w.w <= width, `${label} inside the window: ${JSON.stringify(w)}`);
  }
  const first = await widget(page, 'Cetak rekapitulasi kabupaten');
  const last = await widget(page, 'Ekspor format panjang (NDJSON)');
  assert.ok(last.y > first.y, 'the buttons went on to a second line');
}));

test('Kabupaten tab: a duplicated plan is told apart from its office\'s other plan by its title, in the rows, the list and the warning', () => withApp(async (page) => {
  const seed = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
  const six = (p) => p.objectives.flatMap((o) => o.indicators).find((i) => i.code === '6');
  six(seed).years['2023'].actual = { value: '18 prd' };
  const copy = structuredClone(seed);  // as Rencana > Duplikat makes it: a new id, the title marked
  copy.id = 'rencana-20261128-031342';
  copy.title += ' (salinan)';
  six(copy).years['2023'].actual = { value: '10 prd' };
  const r = await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify({ format: 'tolok-plan', version: 2, plans: [seed, copy] }));
  assert.equal(r.ok, true, JSON.stringify(r));
  await click(page, 'tab-regency');
  await typeInto(page, 'regency-year', '2023');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  const text = await page.evaluate(() => window.tolok.screenText());
  const lines = text.split('\n').map((l) => l.trim());
  const original = `Sekretariat Daerah — ${seed.title}`, duplicate = `Sekretariat Daerah — ${copy.title}`;
  assert.ok(lines.includes(`| > ${original} | 0 | 0 | 0 | 1 | 0 | 14 | 1 | 90,00 % |`), text);
  assert.ok(lines.includes(`| > ${duplicate} | 1 | 0 | 0 | 0 | 0 | 14 | 1 | 50,00 % |`), text);
  assert.ok(lines.includes(`| ${original} | 6. Jumlah penyusunan rancangan produk hukum daerah | 20 prd | 18 prd | 90,00 % | Tinggi |`), text);
  assert.ok(lines.includes(`| ${duplicate} | 6. Jumlah penyusunan rancangan produk hukum daerah | 20 prd | 10 prd | 50,00 % | Sangat Rendah |`), text);
  assert.ok(text.includes(`rencana "${seed.title}" dan "${copy.title}" sama-sama dari Sekretariat Daerah`), text);
  assert.ok(!text.includes('rencana-20261128-031342'), 'the plans are named by their titles, not their ids');
  assert.ok(!text.includes('satu per instansi'), text);
  assert.ok(text.includes('2 rencana dari 1 instansi di peramban ini'), text);
}));
