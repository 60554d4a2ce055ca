// Browser test of the Kabupaten tab at 1366x768 with offices that differ: one office's plan under another
// lower-is-better rule and a cap of one indicator's own, a performance-tree link to a missing indicator, a long
// office name, an office outside the year's period. The year field is found by its id (regency-year); the long
// name is wrapped in its column (screenshot regency-1366x768.png, looked at by hand: the note on the rules, the
// warning naming the office and indicator, "-" in the out-of-period office's cells).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withApp, click, widget, typeInto, artifacts } from './browser.mjs';

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
}, { viewport: { width: 1366, height: 768 } }));
