// Browser tests of issue 4 in the built app: the seed's Lampiran pasted into Berkas > Impor tabel (through the
// system clipboard and Ctrl+V, widgets found by their labels), previewed, then made into a new plan equal to the
// built-in one; a table without indicators is refused with nothing changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve, openApp, click, widget, artifacts } from './browser.mjs';

const lampiran = fs.readFileSync(path.resolve('tests/fixtures/seed-lampiran.txt'), 'utf8');

async function openTableDialog(page) {
  await click(page, 'Berkas');
  await click(page, 'Impor tabel (tempel dari Word/Excel, CSV)...');
  await click(page, 'Tabel');
}

test('the seed Lampiran pasted into the table import gives a new plan like the built-in one', async () => {
  const browser = await launch();
  const server = await serve();
  try {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    const { page, errors } = await openApp(browser.context, server.url + 'index.html');
    const builtin = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
    await openTableDialog(page);
    await page.evaluate((t) => navigator.clipboard.writeText(t), lampiran);
    await page.keyboard.press('Control+V');
    // The preview counts what it read; nothing has changed yet.
    await widget(page, 'Buat rencana baru');
    await page.waitForTimeout(300);
    fs.mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'table-import-preview.png') });
    assert.equal((await page.evaluate(() => window.tolok.state())).plans, 1);
    await click(page, 'Buat rencana baru');
    await page.waitForFunction(() => window.tolok.state().plans === 2, null, { timeout: 5000 });
    const imported = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
    const targets = (p) => p.objectives.flatMap((o) => o.indicators.flatMap((i) =>
      Object.entries(i.years).filter(([, e]) => e.target).map(([y, e]) => `${o.name}|${i.name}|${y}|${e.target}`)));
    assert.equal(targets(imported).length, 90);
    assert.deepEqual(targets(imported), targets(builtin));
    assert.notEqual(imported.id, builtin.id);
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
    await browser.close();
  }
});

test('a pasted table without indicator rows changes nothing', async () => {
  const browser = await launch();
  const server = await serve();
  try {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    const { page } = await openApp(browser.context, server.url + 'index.html');
    const before = await page.evaluate(() => window.tolok.exportJson());
    await openTableDialog(page);
    await page.evaluate(() => navigator.clipboard.writeText('Sasaran\tIndikator\tTarget 2023\n'));
    await page.keyboard.press('Control+V');
    await page.waitForTimeout(300);
    await click(page, 'Buat rencana baru');  // disabled: a click does nothing
    await click(page, 'Perbarui rencana ini');
    await page.waitForTimeout(300);
    assert.equal((await page.evaluate(() => window.tolok.state())).plans, 1);
    assert.equal(await page.evaluate(() => window.tolok.exportJson()), before);
    await click(page, 'Batal');
  } finally {
    await server.close();
    await browser.close();
  }
});
