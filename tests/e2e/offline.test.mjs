// Offline use: a hosted copy keeps working from its service worker cache after the server is gone; the single
// tolok.html opened from file:// (a USB stick, network off) keeps what is typed across a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, serve, openApp, dist, click, saveAndReload, reloadApp } from './browser.mjs';

test('the service worker keeps a hosted copy working when the server is gone', async () => {
  const browser = await launch();
  const server = await serve();
  try {
    const { page } = await openApp(browser.context, server.url + 'index.html');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.reload();  // now controlled by the worker, which has cached the app
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
    await server.close();
    await reloadApp(page);
    assert.equal((await page.evaluate(() => window.tolok.state())).indicators, 15);
  } finally {
    await browser.close();
  }
});

test('tolok.html from file:// keeps realisasi across a reload', async () => {
  const browser = await launch();
  try {
    const { page, requests } = await openApp(browser.context, 'file://' + path.join(dist, 'tolok.html'));
    await click(page, 'tab-capaian');
    await click(page, '##Realisasi i10');
    await page.keyboard.type('3 pasar');
    await saveAndReload(page);
    const ten = (await page.evaluate(() => window.tolok.capaian(2023))).find((r) => r.code === '10');
    assert.equal(ten.actual, '3 pasar');
    assert.equal(ten.achievement, 100);
    for (const r of requests) assert.ok(r.startsWith('file://') || r.startsWith('data:') || r.startsWith('blob:'), `unexpected request ${r}`);
  } finally {
    await browser.close();
  }
});
