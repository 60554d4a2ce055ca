// The app driven through its widgets in headless Chromium (widgets found by label via window.tolok.widgets()):
// a realisasi typed in the Capaian tab updates its capaian and survives a reload; a dropped file is previewed and
// imported only after confirmation; an invalid dropped file is refused with its errors and changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, serve, openApp, artifacts, click, dropFile } from './browser.mjs';

test('realisasi typed through the UI updates capaian and persists', async () => {
  const browser = await launch();
  const server = await serve();
  try {
    const { page } = await openApp(browser.context, server.url + 'index.html');
    await click(page, 'tab-capaian');
    await click(page, '##Realisasi i6');
    await page.keyboard.type('18 prd');
    await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '6').achievement === 90, null, { timeout: 5000 });
    const six = (await page.evaluate(() => window.tolok.capaian(2023))).find((r) => r.code === '6');
    assert.equal(six.category, 'Tinggi');
    assert.equal(six.actual, '18 prd');
    await page.screenshot({ path: path.join(artifacts, 'capaian-typed.png') });
    await page.waitForFunction(() => window.tolok.state().saveStatus === 'ok' && !window.tolok.state().dirty, null, { timeout: 10000 });
    await page.reload();
    await page.waitForFunction(() => window.tolok && window.tolok.ready, null, { timeout: 60000 });
    await page.evaluate(() => window.tolok.ready);
    const again = (await page.evaluate(() => window.tolok.capaian(2023))).find((r) => r.code === '6');
    assert.equal(again.actual, '18 prd');
    assert.equal(again.achievement, 90);
  } finally {
    await server.close();
    await browser.close();
  }
});

test('a dropped file is previewed, then imported on confirmation; an invalid one changes nothing', async () => {
  const browser = await launch();
  const server = await serve();
  try {
    const { page } = await openApp(browser.context, server.url + 'index.html');
    const exported = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
    exported.plan.id = 'kantor-kedua';
    exported.plan.office.name = 'Bagian Organisasi';
    await dropFile(page, 'kantor-kedua.json', JSON.stringify(exported));
    assert.equal((await page.evaluate(() => window.tolok.state())).plans, 1, 'nothing applied before confirmation');
    await page.screenshot({ path: path.join(artifacts, 'import-preview.png') });
    await click(page, 'Lanjutkan');
    const state = await page.evaluate(() => window.tolok.state());
    assert.equal(state.plans, 2);
    assert.equal(state.current, 'kantor-kedua');

    const before = await page.evaluate(() => window.tolok.exportJson());
    await dropFile(page, 'rusak.json', '{"format": "tolok-plan", "version": 2, "plan": {"id": 5}}');
    await page.screenshot({ path: path.join(artifacts, 'import-refused.png') });
    await click(page, 'Tutup');
    assert.equal((await page.evaluate(() => window.tolok.state())).plans, 2);
    assert.equal(await page.evaluate(() => window.tolok.exportJson()), before);
  } finally {
    await server.close();
    await browser.close();
  }
});

test('Ctrl+Z and Ctrl+Y undo and redo a realisasi typed through the UI', async () => {
  const browser = await launch();
  const server = await serve();
  try {
    const { page } = await openApp(browser.context, server.url + 'index.html');
    await click(page, 'tab-capaian');
    await click(page, '##Realisasi i9');
    await page.keyboard.type('20 kec.');
    await click(page, 'tab-plan');  // leave the text field: Ctrl+Z now undoes the change, not the typing
    const actual = () => page.evaluate(() => window.tolok.capaian(2023).find((r) => r.code === '9').actual);
    assert.equal(await actual(), '20 kec.');
    await page.keyboard.press('Control+Z');
    await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '9').actual === '', null, { timeout: 5000 });
    assert.equal((await page.evaluate(() => window.tolok.state())).canRedo, true);
    await page.keyboard.press('Control+Y');
    await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '9').actual === '20 kec.', null, { timeout: 5000 });
    await page.screenshot({ path: path.join(artifacts, 'plan-after-redo.png') });
  } finally {
    await server.close();
    await browser.close();
  }
});
