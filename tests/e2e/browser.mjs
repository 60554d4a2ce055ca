// Shared helpers for the browser tests: launch Debian's headless Chromium (software WebGL2) through
// playwright-core, serve dist/ over http on a free port, and record every network request a page makes.
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const dist = path.resolve(process.env.TOLOK_DIST || 'dist');
export const artifacts = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'artifacts');
fs.mkdirSync(artifacts, { recursive: true });

export async function launch({ deviceScaleFactor = 1, extraArgs = [], hasTouch = false, viewport = { width: 1280, height: 800 } } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tolok-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport,
    deviceScaleFactor,
    hasTouch,
    args: ['--headless=new', '--no-sandbox', '--use-gl=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
      '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', ...extraArgs],
  });
  return { context, close: async () => { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); } };
}

export function serve(dir = dist) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.svg': 'image/svg+xml',
    '.webmanifest': 'application/manifest+json' };
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html'));
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
      res.end(data);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`,
    // The browser keeps idle keep-alive connections open; without closing them close() waits about a minute.
    close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }),
  })));
}

// Opens `url`, waits for the app's first frame; returns the page, the list of requested URLs and the page's errors
// (uncaught exceptions and console errors).
export async function openApp(context, url) {
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  // Console errors too: a Content-Security-Policy violation or a failed request shows up there.
  page.on('console', (m) => { if (m.type() === 'error') errors.push('console: ' + m.text().slice(0, 200)); });
  await page.goto(url);
  await page.waitForFunction(() => window.tolok && window.tolok.ready, null, { timeout: 60000 });
  await page.evaluate(() => window.tolok.ready);
  return { page, requests, errors };
}

// Runs `body(browser, server)` with a fresh browser (`options` as for launch) and dist/ served over http, then
// closes both, also when the body fails.
export async function withBrowser(body, options = {}) {
  const browser = await launch(options);
  const server = await serve();
  try {
    return await body(browser, server);
  } finally {
    await server.close();
    await browser.close();
  }
}

// The same with the app opened over http: `body(page, { browser, server, errors, requests })`.
export function withApp(body, options = {}) {
  return withBrowser(async (browser, server) => {
    const { page, errors, requests } = await openApp(browser.context, server.url + 'index.html');
    return body(page, { browser, server, errors, requests });
  }, options);
}

// Reloads the page and waits until the app is ready again.
export async function reloadApp(page) {
  await page.reload();
  await page.waitForFunction(() => window.tolok && window.tolok.ready, null, { timeout: 60000 });
  await page.evaluate(() => window.tolok.ready);
}

// Waits until the plans are saved (nothing unsaved left), then reloads as reloadApp.
export async function saveAndReload(page) {
  await page.waitForFunction(() => window.tolok.state().saveStatus === 'ok' && !window.tolok.state().dirty, null, { timeout: 10000 });
  await reloadApp(page);
}

// Finds a widget by its ImGui label, or by the id after "###" (laid out, non-empty rectangle), waiting for a few
// frames.
export async function widget(page, label) {
  for (let i = 0; i < 50; i++) {
    const found = (await page.evaluate(() => window.tolok.widgets())).find((w) => (w.label === label || w.label.endsWith('###' + label)) && w.w > 0 && w.h > 0);
    if (found) return found;
    await page.waitForTimeout(50);
  }
  throw new Error(`widget "${label}" not found`);
}

// Clicks like a person: move, press, release a frame later.
export async function click(page, label) {
  const w = await widget(page, label);
  await page.mouse.move(w.x + w.w / 2, w.y + w.h / 2);
  await page.waitForTimeout(50);
  await page.mouse.down();
  await page.waitForTimeout(50);
  await page.mouse.up();
  await page.waitForTimeout(100);
}

// Waits until no laid-out widget has this label (a dialog closed), for up to 5 s.
export async function gone(page, label) {
  for (let i = 0; i < 100; i++) {
    const found = (await page.evaluate(() => window.tolok.widgets())).some((w) => (w.label === label || w.label.endsWith('###' + label)) && w.w > 0 && w.h > 0);
    if (!found) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`widget "${label}" still shown`);
}

// Drops a file on the window as a person dragging it from the file manager would.
export async function dropFile(page, name, text) {
  await dropFiles(page, [[name, text]]);
}

// Drops several files at once, as [name, text] pairs.
export async function dropFiles(page, files) {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const [n, t] of list) dt.items.add(new File([t], n, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
  await page.waitForTimeout(300);
}

// Empties the field that has the keyboard as a person does: Ctrl+A, then Backspace. (The app hands ImGui one such
// key a frame, so the letters typed next land after the selection is removed, however fast they come.)
export async function clearField(page) {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
}

// Clicks the field labelled `label`, empties it and types `text` (the key that leaves it is the caller's).
export async function typeInto(page, label, text) {
  const field = await widget(page, label);
  await page.mouse.click(field.x + field.w / 2, field.y + field.h / 2);
  await page.waitForTimeout(300);  // the field takes the keyboard a frame after the click
  await clearField(page);
  await page.keyboard.type(String(text), { delay: 50 });
}

// Opens the n-th indicator of the Realisasi dan Capaian tab in the editor, through its Rinci button: clicked once
// the table has settled (a tab's table sizes its columns over its first frames), then the editor awaited.
export async function openThroughRinci(page, n) {
  await click(page, 'tab-capaian');
  const nth = async () => (await page.evaluate(() => window.tolok.widgets())).filter((w) => w.label === 'Rinci' && w.w > 0).sort((a, b) => a.y - b.y)[n - 1];
  let rinci = await nth(), before;
  for (let i = 0; i < 50 && (!before || !rinci || before.x !== rinci.x || before.y !== rinci.y); i++) {
    before = rinci;
    await page.waitForTimeout(50);
    rinci = await nth();
  }
  await page.mouse.move(rinci.x + rinci.w / 2, rinci.y + rinci.h / 2);
  await page.waitForTimeout(50);
  await page.mouse.down();
  await page.waitForTimeout(50);
  await page.mouse.up();
  await widget(page, 'Nama indikator');
}

// Scrolls the window under the mouse with the wheel until the widget `label` lies between `top` and `bottom`
// (CSS pixels), as a person scrolls to a field below the fold; returns it.
export async function scrollTo(page, label, top = 100, bottom = 400) {
  for (let i = 0; i < 60; i++) {
    const found = (await page.evaluate(() => window.tolok.widgets())).find((w) => (w.label === label || w.label.endsWith('###' + label)) && w.w > 0);
    if (found && found.y > top && found.y + found.h < bottom) return found;
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, !found || found.y + found.h >= bottom ? 120 : -120);  // down while it ends below `bottom`
    await page.waitForTimeout(80);
  }
  const shot = path.join(artifacts, 'scroll-failed.png');
  await page.screenshot({ path: shot });
  throw new Error(`could not scroll to "${label}" (screenshot: ${shot})`);
}

// Sends keys as the browser does (keydown, keypress for a character, keyup), all in one task, so no frame runs
// between them: what a fast typist on a slow laptop gives the app. 'Control+a' holds Ctrl around the letter.
export async function burst(page, keys) {
  await page.evaluate((keys) => {
    const codes = { Backspace: 8, Tab: 9, Enter: 13, Escape: 27, Control: 17 };
    const fire = (type, key, keyCode, charCode, ctrlKey) => {
      const e = new KeyboardEvent(type, { key, bubbles: true, cancelable: true, ctrlKey });
      Object.defineProperty(e, 'keyCode', { get: () => keyCode });
      Object.defineProperty(e, 'charCode', { get: () => charCode });
      document.getElementById('canvas').dispatchEvent(e);
    };
    for (const k of keys) {
      if (typeof k === 'object') {  // { paste: text }: the browser's paste event, as after Ctrl+V
        const dt = new DataTransfer();
        dt.setData('text/plain', k.paste);
        document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      } else if (k.startsWith('Control+')) {
        const letter = k.slice(8);
        fire('keydown', 'Control', 17, 0, true);
        fire('keydown', letter, letter.toUpperCase().charCodeAt(0), 0, true);
        fire('keyup', letter, letter.toUpperCase().charCodeAt(0), 0, true);
        fire('keyup', 'Control', 17, 0, false);
      } else if (codes[k]) {
        fire('keydown', k, codes[k], 0, false);
        fire('keyup', k, codes[k], 0, false);
      } else {
        const code = k === ' ' ? 32 : k.toUpperCase().charCodeAt(0);
        fire('keydown', k, code, 0, false);
        fire('keypress', k, 0, k.charCodeAt(0), false);
        fire('keyup', k, code, 0, false);
      }
    }
  }, keys);
}
