// Browser test of the Kabupaten tab at 1366x768 with offices that differ: one office's plan under another
// lower-is-better rule and a cap of one indicator's own, a performance-tree link to a missing indicator, a long
// office name, an office outside the year's period. The year field is found by its id (regency-year); the long
// name is wrapped in its column (screenshot regency-1366x768.png); the counts and averages, the note on the rules, the
// warning naming the office and indicator and "-" in the out-of-period office's cells are read from the tab's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
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
