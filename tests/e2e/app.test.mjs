// The built app in real headless Chromium, over http (index.html) and from file:// (tolok.html): it starts on
// the built-in Tanggamus IKU, makes no network request, exports and re-imports an equal plan, refuses an invalid
// file without changing anything, and keeps its data across a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withApp, launch, serve, openApp, dist, artifacts, saveAndReload } from './browser.mjs';

for (const mode of ['http', 'file']) {
  test(`starts on the built-in plan (${mode})`, async () => {
    const browser = await launch();
    const server = mode === 'http' ? await serve() : null;
    try {
      const url = mode === 'http' ? server.url + 'index.html' : 'file://' + path.join(dist, 'tolok.html');
      const { page, requests, errors } = await openApp(browser.context, url);
      const state = await page.evaluate(() => window.tolok.state());
      assert.equal(state.plans, 1);
      assert.equal(state.current, 'setda-tanggamus-2018-2023');
      assert.equal(state.indicators, 15);
      assert.equal(state.lang, 'id');
      const plans = await page.evaluate(() => window.tolok.listPlans());
      assert.equal(plans[0].office, 'Sekretariat Daerah');
      assert.equal(plans[0].start, 2018);
      assert.equal(plans[0].end, 2023);
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(artifacts, `start-${mode}.png`) });
      assert.deepEqual(errors, []);
      // Only the page itself (and its own script/manifest/icon/worker over http): never another origin.
      const origin = mode === 'http' ? new URL(server.url).origin : 'file://';
      for (const r of requests) assert.ok(r.startsWith(origin) || r.startsWith('data:'), `unexpected request ${r}`);
      const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
      assert.match(csp, /connect-src 'none'/);
      const blocked = await page.evaluate(() => fetch('http://127.0.0.1:9/').then(() => 'sent', () => 'blocked'));
      assert.equal(blocked, 'blocked');
    } finally {
      if (server) await server.close();
      await browser.close();
    }
  });
}

test('export, invalid import, re-import and reload (http)', () => withApp(async (page) => {
  const exported = await page.evaluate(() => window.tolok.exportJson());
  assert.match(exported, /"format": "tolok-plan"/);

  // An invalid file: errors with locations, nothing changed.
  const before = await page.evaluate(() => window.tolok.exportJson());
  const bad = JSON.parse(exported);
  bad.plan.objectives[0].indicators[0].years['2030'] = { target: 'B' };
  bad.plan.objectives[0].name = 7;
  const rejected = await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(bad));
  assert.equal(rejected.ok, false);
  const ids = rejected.errors.map((e) => `${e.id} ${e.location}`);
  assert.ok(ids.includes('import.wrong_type /plan/objectives/0/name'), ids.join('\n'));
  assert.ok(ids.includes('import.year_outside_period /plan/objectives/0/indicators/0/years/2030'), ids.join('\n'));
  assert.equal(await page.evaluate(() => window.tolok.exportJson()), before);
  assert.equal((await page.evaluate(() => window.tolok.importJson('{"format": "tolok-plan", '))).errors[0].id, 'json.syntax');

  // A changed plan (realisasi 2023 for indicator 6) imported, then found again after a reload.
  const changed = JSON.parse(exported);
  changed.plan.objectives[2].indicators[1].years['2023'].actual = { value: '18 prd' };
  const accepted = await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(changed));
  assert.equal(accepted.ok, true);
  const capaian = await page.evaluate(() => window.tolok.capaian(2023));
  const six = capaian.find((r) => r.code === '6');
  assert.equal(six.achievement, 90);
  assert.equal(six.category, 'Tinggi');
  assert.equal(six.explanation, 'Realisasi 18 prd / Target 20 prd x 100 = 90,00 % -> Tinggi');
  await saveAndReload(page);
  const again = await page.evaluate(() => window.tolok.capaian(2023));
  assert.equal(again.find((r) => r.code === '6').actual, '18 prd');
  assert.equal(await page.evaluate(() => window.tolok.exportJson()), JSON.stringify(changed, null, 2) + '\n');
}));

test('a plan exported, then imported into a browser with cleared storage, comes back equal (file://)', async () => {
  const url = 'file://' + path.join(dist, 'tolok.html');
  let exported;
  {
    const browser = await launch();
    try {
      const { page } = await openApp(browser.context, url);
      const plan = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
      plan.plan.objectives[3].indicators[0].years['2023'].actual = { value: '18 kec.' };  // indicator 9
      assert.equal((await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(plan))).ok, true);
      exported = await page.evaluate(() => window.tolok.exportJson());
    } finally {
      await browser.close();
    }
  }
  const browser = await launch();  // a fresh profile: nothing in localStorage or IndexedDB
  try {
    const { page } = await openApp(browser.context, url);
    const nine = async () => (await page.evaluate(() => window.tolok.capaian(2023))).find((r) => r.code === '9');
    assert.equal((await nine()).actual, '', 'the fresh browser starts on the built-in plan');
    assert.notEqual(await page.evaluate(() => window.tolok.exportJson()), exported);
    const result = await page.evaluate((t) => window.tolok.importJson(t), exported);
    assert.equal(result.ok, true);
    assert.equal(await page.evaluate(() => window.tolok.exportJson()), exported);
    assert.equal((await nine()).achievement, 90);
    assert.equal((await page.evaluate(() => window.tolok.state())).plans, 1);
  } finally {
    await browser.close();
  }
});
