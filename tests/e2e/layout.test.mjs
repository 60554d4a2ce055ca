// Layout on common and small screens (1366x768, 1024x600, 800x600), in headless Chromium: every row of the plan
// table is drawn and reachable by scrolling (rows wrap to different heights); the plan toolbar, the title line's
// message close button and the delete confirmation stay on screen at 800 px; the category filter survives a
// language switch; menu labels in both languages; the Kabupaten tab and the exchange dialogs at 800 and 1024 px; the
// Rencana menu with 40 offices; dialogs that follow the window when it is made smaller; a refused file's many
// errors scroll between its headline and Tutup; confirmations of long names wrapped, centred and following the window;
// the "Mendukung indikator" list readable at 1024 px; on a 600 px tablet the Capaian tab wraps the indicator names
// (whole, every one reached by scrolling) and English shows the targets' numbers the English way.
// Screenshots in artifacts/layout-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { launch, serve, openApp, artifacts, click, widget, gone, dropFile, scrollTo, typeInto } from './browser.mjs';

async function withApp(width, height, body) {
  const browser = await launch();
  const server = await serve();
  try {
    const { page, errors } = await openApp(browser.context, server.url + 'index.html');
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
    await body(page);
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
    await browser.close();
  }
}

const shot = (page, name) => page.screenshot({ path: path.join(artifacts, `layout-${name}.png`) });
const widgets = (page) => page.evaluate(() => window.tolok.widgets());

// The plan table's rows drawn this frame: { id, code, x, y, w, h } of each indicator's text, in list order.
async function planRows(page) {
  return (await widgets(page)).filter((w) => w.label.includes('###plan-row-')).map((w) => ({
    id: w.label.split('###plan-row-')[1], code: w.label.split('. ')[0], x: w.x, y: w.y, w: w.w, h: w.h,
  }));
}

async function settle(page) {
  await page.waitForTimeout(150);  // a few frames: heights of rows drawn for the first time are taken in
}

for (const [width, height] of [[1366, 768], [1024, 600]]) {
  test(`${width}x${height}: every plan row is drawn, the view is filled, scrolling to the end shows indicator 15`, async () => {
    await withApp(width, height, async (page) => {
      await click(page, 'tab-plan');
      await settle(page);
      const first = await planRows(page);
      assert.equal(first[0].code, '1', 'the table starts at indicator 1');
      const top = first[0].y;  // the first row's text: just below the frozen header
      // Below the table: the window's padding, and a sideways scrollbar when the table is wider than the window.
      const bottom = height - 24;
      const seen = new Set();
      let last = [];
      await page.mouse.move(width / 2, (top + bottom) / 2);
      for (let step = 0; step < 80; step++) {
        const rows = await planRows(page);
        // Drawn rows follow each other with no gap in the list (codes 1..15 in the built-in plan are in order).
        for (let i = 1; i < rows.length; i++) assert.equal(+rows[i].code, +rows[i - 1].code + 1, `rows drawn in order at step ${step}`);
        // The view is filled: unless the list has ended, a drawn row reaches down to the bottom of the view.
        if (!rows.some((r) => r.code === '15')) {
          const lowest = Math.max(...rows.map((r) => r.y));
          assert.ok(lowest >= bottom - 150, `rows reach the bottom of the view at step ${step} (lowest row at ${lowest}, view ends at ${bottom})`);
        }
        for (const r of rows) if (r.y >= top - 1 && r.y + r.h <= bottom + 1) seen.add(r.code);
        last = rows;
        if (seen.has('15')) break;
        if (step === 0) await shot(page, `plan-${width}x${height}-top`);
        await page.mouse.wheel(0, 100);  // one notch
        await settle(page);
      }
      await shot(page, `plan-${width}x${height}-end`);
      const fifteen = last.find((r) => r.code === '15');
      assert.ok(fifteen, 'indicator 15 is drawn after scrolling to the end');
      assert.ok(fifteen.y >= top - 1 && fifteen.y + fifteen.h <= bottom + 1, `indicator 15 is in view (${fifteen.y}..${fifteen.y + fifteen.h})`);
      assert.deepEqual([...seen].map(Number).sort((a, b) => a - b), Array.from({ length: 15 }, (_, i) => i + 1), 'every indicator was shown');
      // Scrolled back to the top, indicator 1 again.
      await page.mouse.wheel(0, -5000);
      await settle(page);
      assert.equal((await planRows(page))[0].code, '1');
    });
  });
}

test('800x600: every control of the plan toolbar is on screen; the table text has room', async () => {
  await withApp(800, 600, async (page) => {
    await click(page, 'tab-plan');
    await settle(page);
    for (const label of ['##search', '##filter-objective', '##filter-category', '+ Indikator baru', '+ Sasaran baru']) {
      const w = await widget(page, label);
      assert.ok(w.x >= 0 && w.x + w.w <= 800, `${label} within the window (${w.x}..${w.x + w.w})`);
      assert.ok(w.w >= 60, `${label} wide enough to use (${w.w} px)`);
    }
    const rows = await planRows(page);
    assert.ok(rows.length > 0);
    // The indicator column keeps room for words: its widest wrapped line is far wider than the 79 px it had.
    assert.ok(Math.max(...rows.map((r) => r.w)) >= 150, `indicator text ${Math.max(...rows.map((r) => r.w))} px wide`);
    await shot(page, 'plan-800x600');
    await click(page, 'Bahasa');
    await click(page, 'English');
    await settle(page);
    for (const label of ['+ New indicator', '+ New objective']) {
      const w = await widget(page, label);
      assert.ok(w.x >= 0 && w.x + w.w <= 800, `${label} within the window`);
    }
    await shot(page, 'plan-800x600-en');
  });
});

test('the "not computable" category filter keeps its rows when the language changes', async () => {
  await withApp(1366, 768, async (page) => {
    // Realisasi 2023 equal to the target for all but indicators 3 and 12: those two are not computable.
    const doc = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
    for (const ind of doc.plan.objectives.flatMap((o) => o.indicators))
      if (!['3', '12'].includes(ind.code)) ind.years['2023'].actual = { value: ind.years['2023'].target };
    const r = await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(doc));
    assert.equal(r.ok, true, JSON.stringify(r));
    const expected = (await page.evaluate(() => window.tolok.capaian(2023))).filter((c) => c.achievement === null).map((c) => c.code);
    assert.deepEqual(expected, ['3', '12']);
    await click(page, 'tab-plan');
    await click(page, '##filter-category');
    await click(page, 'Tidak dapat dihitung');
    await settle(page);
    assert.deepEqual((await planRows(page)).map((row) => row.code), expected);
    await click(page, 'Bahasa');
    await click(page, 'English');
    await settle(page);
    assert.deepEqual((await planRows(page)).map((row) => row.code), expected, 'the same rows in English');
    await shot(page, 'filter-not-computable-en');
    await click(page, '##filter-category');
    await widget(page, 'Not computable');  // the entry is shown translated
    await page.keyboard.press('Escape');
  });
});

test('800x600: a long message wraps beside its close button, which stays on screen', async () => {
  await withApp(1366, 768, async (page) => {
    // A number field left with text that is not a number: the message quotes the text.
    await click(page, 'tab-settings');
    await click(page, 'Batasi capaian untuk kategori dan rata-rata');
    await click(page, 'Batas (%)');
    await page.keyboard.type('kira-kira seratus dua puluh lima persen menurut keputusan kepala daerah tahun ini');
    await page.keyboard.press('Tab');
    await widget(page, 'x');
    await page.setViewportSize({ width: 800, height: 600 });
    await page.waitForTimeout(300);
    const x = await widget(page, 'x');
    assert.ok(x.x >= 0 && x.x + x.w <= 800 && x.y + x.h <= 600, `the close button is on screen (${x.x}, ${x.y})`);
    await shot(page, 'message-800x600');
    await click(page, 'x');
    assert.ok(!(await widgets(page)).some((w) => w.label === 'x'), 'the message is closed');
  });
});

test('800x600: the delete-plan confirmation fits the window', async () => {
  await withApp(800, 600, async (page) => {
    const doc = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
    doc.plan.id = 'dinas-panjang';
    doc.plan.office.name = 'Dinas Pemberdayaan Masyarakat dan Pemerintahan Pekon Kabupaten Tanggamus';
    doc.plan.title = 'Rencana Strategis dan Indikator Kinerja Utama 2018-2023 (perubahan kedua)';
    const r = await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(doc));
    assert.equal(r.ok, true, JSON.stringify(r));
    await click(page, 'Rencana');
    await click(page, 'Hapus rencana ini...');
    const yes = await widget(page, 'Hapus');
    const no = await widget(page, 'Batal');
    for (const b of [yes, no]) assert.ok(b.x >= 0 && b.x + b.w <= 800, 'the dialog buttons are on screen');
    await shot(page, 'delete-plan-800x600');
    await click(page, 'Batal');
  });
});

test('menu labels: "Sunting" in Indonesian, "Edit" in English; the Perjanjian Kinerja explained in English', async () => {
  await withApp(1024, 600, async (page) => {
    await widget(page, 'Sunting');
    await click(page, 'Bahasa');
    await click(page, 'English');
    await widget(page, 'Edit');
    await click(page, 'Documents');
    const pk = await widget(page, 'doc-pk');
    assert.match((await widgets(page)).find((w) => w.label.endsWith('###doc-pk')).label, /^Perjanjian Kinerja \(performance agreement\) \d{4}###/);
    assert.ok(pk.x + pk.w <= 1024);
    await shot(page, 'documents-menu-en');
    await page.keyboard.press('Escape');
  });
});

test('Kabupaten tab and exchange dialogs on small screens: office names, out-of-period mark, time sent, changes', async () => {
  const server = await serve();
  const a = await launch();
  const b = await launch();
  try {
    const pa = (await openApp(a.context, server.url + 'index.html')).page;
    const pb = (await openApp(b.context, server.url + 'index.html')).page;
    for (const p of [pa, pb]) await p.setViewportSize({ width: 800, height: 600 });
    // B changes targets of a few indicators over several years and sends its plan (a sealed file, downloaded).
    const doc = JSON.parse(await pb.evaluate(() => window.tolok.exportJson()));
    for (const ind of doc.plan.objectives.flatMap((o) => o.indicators).filter((i) => ['2', '3', '12'].includes(i.code)))
      for (const y of ['2018', '2019', '2020']) ind.years[y].target = ind.code === '12' ? '6 keg' : 'BB';
    assert.equal((await pb.evaluate((t) => window.tolok.importJson(t), JSON.stringify(doc))).ok, true);
    await click(pb, 'Berkas');
    const download = pb.waitForEvent('download', { timeout: 15000 });
    await click(pb, 'Ekspor rencana ini (JSON)');
    const fromB = fs.readFileSync(await (await download).path(), 'utf8');
    assert.match(JSON.parse(fromB).exchange.sent_at, /^\d{4}-\d\d-\d\dT/);  // shown as DD-MM-YYYY HH:MM in the preview

    // A receives it: the preview says who sent it and when; the review lists each change.
    await dropFile(pa, 'dari-kantor-b.json', fromB);
    await widget(pa, 'Lanjutkan');
    await shot(pa, 'import-preview-800x600');
    await click(pa, 'Lanjutkan');
    await widget(pa, 'Terapkan yang dicentang');
    await shot(pa, 'review-800x600');
    await pa.setViewportSize({ width: 1024, height: 600 });
    await pa.waitForTimeout(300);
    await shot(pa, 'review-1024x600');
    const boxes = (await widgets(pa)).filter((w) => w.label.startsWith('##accept '));
    assert.ok(boxes.length >= 3, `the changes are listed (${boxes.length})`);
    await click(pa, 'Batal (tidak ada yang diubah)');
    await gone(pa, 'Terapkan yang dicentang');

    // The same file altered by hand (its seal no longer matches), imported anyway as a new plan: the title line
    // carries the hand-edited mark, beside the saved state when it fits, else on the next line.
    const altered = JSON.parse(fromB);
    altered.plan.id = 'disunting-tangan';
    await dropFile(pa, 'disunting.json', JSON.stringify(altered, null, 2));
    await click(pa, 'Impor tetap (tandai sebagai suntingan tangan)');
    await click(pa, 'Lanjutkan');
    await gone(pa, 'Lanjutkan');
    assert.equal((await pa.evaluate(() => window.tolok.state())).current, 'disunting-tangan');
    for (const [w, h] of [[1024, 600], [800, 600]]) {
      await pa.setViewportSize({ width: w, height: h });
      await pa.waitForTimeout(300);
      await shot(pa, `hand-edited-${w}x${h}`);
    }

    // A second office with a long name and a later period: cut names show in full on hover; its period mark wraps.
    const other = JSON.parse(await pa.evaluate(() => window.tolok.exportJson()));
    other.plan.id = 'dinas-pmd';
    other.plan.office.name = 'Dinas Pemberdayaan Masyarakat dan Pemerintahan Pekon Kabupaten Tanggamus';
    other.plan.period = { start: 2024, end: 2028 };
    for (const ind of other.plan.objectives.flatMap((o) => o.indicators)) ind.years = {};
    assert.equal((await pa.evaluate((t) => window.tolok.importJson(t), JSON.stringify(other))).ok, true);
    for (const [w, h] of [[1366, 768], [1024, 600]]) {
      await pa.setViewportSize({ width: w, height: h });
      await pa.waitForTimeout(300);
      await click(pa, 'tab-regency');
      const node = await widget(pa, `${other.plan.office.name}##office-dinas-pmd`);
      await pa.mouse.move(node.x + 40, node.y + node.h / 2);
      await pa.waitForTimeout(800);
      await shot(pa, `regency-${w}x${h}`);
    }
  } finally {
    await a.close();
    await b.close();
    await server.close();
  }
});

test('the Rencana menu with 40 offices: the plans scroll in a list of their own and the menu opens on a small screen', async () => {
  await withApp(1280, 720, async (page) => {
    const seed = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
    const plans = [];
    for (let i = 1; i <= 40; i++) plans.push({ ...seed, id: `opd-${i}`, office: { ...seed.office, name: `Dinas Nomor ${i}` } });
    const r = await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify({ format: 'tolok-plan', version: 2, plans }));
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.equal((await page.evaluate(() => window.tolok.state())).plans, 41);
    await click(page, 'Rencana');
    // The actions below the list are on screen (a menu taller than the window did not open at all).
    const fresh = await widget(page, 'Rencana baru');
    assert.ok(fresh.y + fresh.h <= 720, `"Rencana baru" on screen (y ${fresh.y})`);
    await shot(page, 'plans-menu-40');
    // Opened on the plan open (the last imported, at the list's end); the first, reached by the wheel over the
    // list, then chosen: the menu closes on it.
    const last = await widget(page, 'plan40');
    await page.mouse.move(last.x + 40, last.y + 5);
    for (let i = 0; i < 15; i++) { await page.mouse.wheel(0, -200); await page.waitForTimeout(30); }
    const first = await widget(page, 'plan0');
    assert.ok(first.y >= 22 && first.y + first.h <= fresh.y, `the first plan scrolled into the list (y ${first.y})`);
    await click(page, 'plan0');
    await gone(page, 'Rencana baru');
    assert.equal((await page.evaluate(() => window.tolok.state())).current, seed.id);
  });
});

test('dialogs open on a larger window follow it when it is made smaller: their buttons stay on screen', async () => {
  await withApp(1280, 720, async (page) => {
    const onScreen = async (label, width, height) => {
      const w = await widget(page, label);
      assert.ok(w.x >= 0 && w.y >= 0 && w.x + w.w <= width && w.y + w.h <= height, `"${label}" on screen at ${width}x${height}: ${JSON.stringify(w)}`);
    };
    // A file of 40 offices: its list scrolls inside the dialog.
    const seed = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
    const plans = [];
    for (let i = 1; i <= 40; i++) plans.push({ ...seed, id: `opd-${i}`, office: { ...seed.office, name: `Dinas Nomor ${i}` } });
    await dropFile(page, 'kabupaten.json', JSON.stringify({ format: 'tolok-plan', version: 2, plans }));
    await onScreen('Lanjutkan', 1280, 720);
    await page.setViewportSize({ width: 1024, height: 560 });
    await page.waitForTimeout(300);
    await onScreen('Lanjutkan', 1024, 560);
    await onScreen('Batal', 1024, 560);
    await shot(page, 'import-40-resized');
    await click(page, 'Batal');
    await gone(page, 'Lanjutkan');
    // The table import, opened at 1280x720.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForTimeout(200);
    await click(page, 'Berkas');
    await click(page, 'Impor tabel (tempel dari Word/Excel, CSV)...');
    await onScreen('Batal', 1280, 720);
    await page.setViewportSize({ width: 1024, height: 560 });
    await page.waitForTimeout(300);
    await onScreen('Batal', 1024, 560);
    await shot(page, 'table-import-resized');
    await click(page, 'Batal');
    // The delete confirmation (of a second plan), opened at 1024 wide, then at 800x500.
    const second = { format: 'tolok-plan', version: 2, plan: { ...seed, id: 'kedua', office: { ...seed.office, name: 'Dinas Pemberdayaan Masyarakat dan Pemerintahan Pekon Kabupaten Tanggamus' } } };
    assert.equal((await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(second))).ok, true);
    await click(page, 'Rencana');
    await click(page, 'Hapus rencana ini...');
    await page.setViewportSize({ width: 800, height: 500 });
    await page.waitForTimeout(300);
    await onScreen('Hapus', 800, 500);
    await onScreen('Batal', 800, 500);
    await click(page, 'Batal');
  });
});

// Rows of the screenshot (CSS pixels, from `top` to `bottom`) holding the red of "Berkas ditolak" (0.8, 0.1, 0.1).
async function redRows(page, top, bottom) {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(async ([png, top, bottom]) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + png;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const rows = [];
    for (let y = Math.max(0, Math.floor(top)); y < Math.min(img.height, bottom); y++) {
      const d = ctx.getImageData(0, y, img.width, 1).data;
      for (let x = 0; x < d.length; x += 4) if (d[x] > 150 && d[x + 1] < 70 && d[x + 2] < 70) { rows.push(y); break; }
    }
    return rows;
  }, [png, top, bottom]);
}

test('a refused file with 30 errors: its headline at the top, Tutup on screen, the errors scrolling between them', async () => {
  await withApp(1280, 800, async (page) => {
    const bad = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
    for (const ind of bad.plan.objectives.flatMap((o) => o.indicators)) { ind.kind = 'angka-bulat-yang-tidak-dikenal'; ind.polarity = 'naik'; }
    await dropFile(page, 'rencana-rusak.json', JSON.stringify(bad));
    for (const [width, height] of [[1280, 800], [1024, 600], [800, 500]]) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(400);
      const close = await widget(page, 'Tutup');
      assert.ok(close.y >= 0 && close.y + close.h <= height, `Tutup on screen at ${width}x${height}: ${JSON.stringify(close)}`);
      const headline = await widget(page, 'refused-headline');
      const list = await widget(page, '##refused-errors');
      assert.ok(headline.y >= 0 && headline.y + headline.h <= list.y && list.y + list.h <= close.y,
        `headline, list and Tutup one under the other at ${width}x${height}: ${JSON.stringify([headline, list, close])}`);
      // The red "Berkas ditolak" is seen where it is drawn (not hidden under the dialog's title bar).
      assert.ok((await redRows(page, headline.y, headline.y + headline.h)).length > 0, `"Berkas ditolak" shown at ${width}x${height}`);
      await shot(page, `refused-file-${width}x${height}`);
      // The list scrolls under the wheel; the headline and Tutup stay.
      await page.mouse.move(list.x + list.w / 2, list.y + list.h / 2);
      for (let i = 0; i < 5; i++) { await page.mouse.wheel(0, 200); await page.waitForTimeout(60); }
      await page.waitForTimeout(200);
      assert.deepEqual(await widget(page, 'Tutup'), close, `Tutup does not move when the list scrolls at ${width}x${height}`);
      assert.deepEqual(await widget(page, 'refused-headline'), headline, `the headline stays when the list scrolls at ${width}x${height}`);
      assert.ok((await redRows(page, headline.y, headline.y + headline.h)).length > 0, `"Berkas ditolak" still shown at ${width}x${height}`);
    }
    const text = await page.evaluate(() => window.tolok.screenText());
    assert.match(text, /rencana-rusak\.json/);
    assert.match(text, /Berkas ditolak; tidak ada yang diubah\./);
    assert.match(text, /\.\.\. dan 10 galat lainnya\./);
    await click(page, 'Tutup');  // clicked where it is drawn: inside the dialog, not under its bottom edge
    await gone(page, 'Tutup');
  });
});

test('the delete confirmations of an indicator, a program and a period change wrap long names and follow the window', async () => {
  await withApp(1280, 720, async (page) => {
    const onScreen = async (label, width, height) => {
      const w = await widget(page, label);
      assert.ok(w.x >= 0 && w.y >= 0 && w.x + w.w <= width && w.y + w.h <= height, `"${label}" on screen at ${width}x${height}: ${JSON.stringify(w)}`);
      return w;
    };
    // A text of the dialog: wrapped within the window and centred on it.
    const wrappedAndCentred = async (label, width, height) => {
      const w = await onScreen(label, width, height);
      assert.ok(Math.abs(w.x + w.w / 2 - width / 2) < 0.1 * width, `"${label}" centred at ${width}x${height}: ${JSON.stringify(w)}`);
    };
    const doc = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
    const o = doc.plan.objectives[1];  // one indicator: deleting it takes the sasaran too (a second line)
    o.name = 'Meningkatnya penatausahaan dan koordinasi dalam penyelenggaraan kerjasama daerah yang efektif, efisien, transparan dan saling menguntungkan antara Pemerintah Kabupaten Tanggamus dengan pihak ketiga';
    o.indicators[0].name = 'Persentase naskah kerjasama (Memorandum of Understanding, Peraturan Bersama, Perjanjian Kerja Sama/Agreement) yang diimplementasikan oleh perangkat daerah terkait';
    doc.plan.programs = [{ id: 'p1', name: 'Program Peningkatan Kapasitas Kelembagaan, Ketatalaksanaan, Reformasi Birokrasi dan Pelayanan Publik pada Sekretariat Daerah Kabupaten Tanggamus', budget: { 2023: 'Rp 150.000.000' } }];
    assert.equal((await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(doc))).ok, true);
    await click(page, 'tab-editor');
    await click(page, '##choose');
    await click(page, `4. ${o.indicators[0].name}###${o.indicators[0].id}`);
    await page.mouse.move(640, 400);
    for (let i = 0; i < 30; i++) { await page.mouse.wheel(0, 300); await page.waitForTimeout(40); }
    await click(page, 'Hapus indikator ini');
    await page.waitForTimeout(300);
    for (const [width, height] of [[1280, 720], [800, 500]]) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(400);
      await wrappedAndCentred('delete-indicator-question', width, height);
      await wrappedAndCentred('delete-indicator-objective', width, height);
      await onScreen('Hapus', width, height);
      await onScreen('Batal', width, height);
      await shot(page, `delete-indicator-${width}x${height}`);
    }
    await click(page, 'Batal');
    await gone(page, 'Batal');

    // The program's, in Pengaturan at 800x500.
    await click(page, 'tab-settings');
    await scrollTo(page, 'Hapus', 150, 450);
    await click(page, 'Hapus');
    await widget(page, 'Batal');
    await page.waitForTimeout(200);
    await wrappedAndCentred('delete-program-question', 800, 500);
    await onScreen('Batal', 800, 500);
    await shot(page, 'delete-program-800x500');
    await click(page, 'Batal');
    await gone(page, 'Batal');

    // The period change that removes entries.
    await page.mouse.move(400, 300);
    for (let i = 0; i < 20; i++) { await page.mouse.wheel(0, -300); await page.waitForTimeout(40); }
    await typeInto(page, 'period-first', 2022);
    await page.keyboard.press('Enter');
    await widget(page, 'Ubah periode');
    await page.waitForTimeout(200);
    await wrappedAndCentred('period-loss', 800, 500);
    await onScreen('Batal', 800, 500);
    await shot(page, 'period-change-800x500');
    await click(page, 'Batal');
    await gone(page, 'Batal');
  });
});

// The first plan (the seed) shown in the editor, its "Mendukung indikator" list opened: the other plans' indicators.
async function openSupportsList(page, seedId) {
  await click(page, 'Rencana');
  await click(page, (await widgets(page)).find((w) => w.label.endsWith('###plan0')).label);
  await page.waitForFunction((id) => window.tolok.state().current === id, seedId, { timeout: 5000 });
  await click(page, 'tab-editor');
  await scrollTo(page, 'Penanggung jawab', 100, 450);
  await click(page, 'Mendukung indikator');
  await page.waitForTimeout(300);
}

test('1024x600: "Mendukung indikator" lists each office once as a heading, its entries code and name, cut to the list with the whole on hover', async () => {
  await withApp(1024, 600, async (page) => {
    const seed = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
    const regency = { ...structuredClone(seed), id: 'bappeda', office: { ...seed.office, name: 'Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kabupaten Tanggamus' } };
    regency.objectives[0].indicators[1].name = 'Persentase naskah kerjasama (Memorandum of Understanding, Peraturan Bersama, Perjanjian Kerja Sama/Agreement) yang diimplementasikan oleh perangkat daerah terkait';
    const r = await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify({ format: 'tolok-plan', version: 2, plan: regency }));
    assert.equal(r.ok, true, JSON.stringify(r));
    await openSupportsList(page, seed.id);  // on the office's own plan: the others are listed
    const entries = (await widgets(page)).filter((w) => w.label.includes('##bappeda/') && w.w > 0);
    assert.ok(entries.length >= 5, `entries of the other plan listed: ${entries.length}`);
    for (const e of entries) {
      const shown = e.label.split('##')[0];
      assert.match(shown, /^\d+\. /, `an entry starts with the indicator's code: "${shown}"`);
      assert.ok(e.x >= 0 && e.x + e.w <= 1024, `entry on screen: ${JSON.stringify(e)}`);
    }
    // The long name is cut with "...", and shown whole on hover with its office.
    const long = entries.find((e) => e.label.endsWith('##bappeda/' + regency.objectives[0].indicators[1].id));
    assert.match(long.label.split('##')[0], /^2\. Persentase naskah kerjasama .*\.\.\.$/);
    await page.mouse.move(long.x + long.w / 2, long.y + long.h / 2);
    await page.waitForTimeout(800);
    const text = await page.evaluate(() => window.tolok.screenText());
    assert.equal(text.split('\n').filter((l) => l.trim() === regency.office.name).length >= 1, true, 'the office named as a heading');
    assert.ok(text.includes(`${regency.office.name}: 2. ${regency.objectives[0].indicators[1].name}`), 'the whole entry in the tooltip');
    await shot(page, 'supports-combo-1024x600');
    await page.mouse.click(long.x + long.w / 2, long.y + long.h / 2);
    await page.waitForFunction((id) => JSON.parse(window.tolok.exportJson()).plan.objectives[0].indicators.some((i) => i.supports === 'bappeda/' + id),
      regency.objectives[0].indicators[1].id, { timeout: 5000 });
    // The chosen one, closed: the name cut so that its office is seen whole at the end.
    await page.mouse.move(5, 5);
    await page.waitForTimeout(300);
    const chosen = (await page.evaluate(() => window.tolok.screenText())).split('\n').find((l) => l.includes('Mendukung indikator')) || '';
    assert.match(chosen, new RegExp(`2\\. Persentase.*\\.\\.\\. \\(${regency.office.name.replace(/[()]/g, '\\$&')}\\)`), chosen);
  });
});

test('"Mendukung indikator" with many offices held: typed as soon as it opens, the search keeps the offices and indicators it finds', async () => {
  await withApp(1024, 600, async (page) => {
    const seed = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
    const plans = ['Dinas Sosial', 'Dinas Kesehatan', 'Dinas Pendidikan', 'Badan Perencanaan Pembangunan Daerah'].map((name, k) =>
      ({ ...structuredClone(seed), id: `office-${k}`, office: { ...seed.office, name } }));
    plans[3].objectives[0].indicators[0].name = 'Indeks Pembangunan Manusia';
    const r = await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify({ format: 'tolok-plan', version: 2, plans }));
    assert.equal(r.ok, true, JSON.stringify(r));
    await openSupportsList(page, seed.id);
    const listed = async () => (await widgets(page)).filter((w) => /##office-\d\//.test(w.label)).map((w) => w.label.split('##')[1]);
    const before = await listed();
    assert.ok(before.length >= 10 && new Set(before.map((l) => l.split('/')[0])).size >= 1, `offices listed before a search: ${before.length}`);
    await page.keyboard.type('pembangunan manusia');  // the search field has the keyboard
    await page.waitForTimeout(300);
    assert.deepEqual(await listed(), [`office-3/${plans[3].objectives[0].indicators[0].id}`]);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('sosial');  // an office's name: all its indicators
    await page.waitForTimeout(300);
    const found = await listed();
    assert.equal(found.length, 15);
    assert.ok(found.every((l) => l.startsWith('office-0/')));
    await shot(page, 'supports-combo-search');
  });
});

test('600x900: the Capaian tab wraps the indicator names, each whole and reached by scrolling; in English the targets read "5.5%"', async () => {
  await withApp(600, 900, async (page) => {
    const plan = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
    const indicators = plan.plan.objectives.flatMap((o) => o.indicators);
    indicators[10].years['2023'].target = '5,5%';
    assert.equal((await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(plan))).ok, true);
    await click(page, 'tab-capaian');
    await settle(page);
    await shot(page, 'capaian-600');
    // Every name drawn whole (a cut one would end in "..."), found in the frames while scrolling to the end.
    const whole = new Set();
    await page.mouse.move(300, 500);
    for (let step = 0; step < 30 && whole.size < indicators.length; step++) {
      const text = await page.evaluate(() => window.tolok.screenText());
      for (const ind of indicators) if (text.includes(`${ind.code}. ${ind.name}`)) whole.add(ind.code);
      await page.mouse.wheel(0, 150);
      await settle(page);
    }
    assert.deepEqual([...whole].sort((a, b) => a - b), indicators.map((i) => i.code), 'every indicator name drawn whole');
    // The realisasi field of the last row is on screen and takes typing.
    const field = await widget(page, `##Realisasi ${indicators[14].id}`);
    assert.ok(field.y + field.h <= 900 && field.x + field.w <= 600, JSON.stringify(field));
    await click(page, 'Bahasa');
    await click(page, 'English');
    await settle(page);
    await page.mouse.move(300, 500);
    await page.mouse.wheel(0, -5000);
    await settle(page);
    let seen = false;
    for (let step = 0; step < 30 && !seen; step++) {
      const text = await page.evaluate(() => window.tolok.screenText());
      assert.ok(!text.includes('5,5%'), 'no Indonesian decimal comma in the English target');
      seen = text.includes('5.5%');
      await page.mouse.wheel(0, 150);
      await settle(page);
    }
    assert.ok(seen, 'the target shown as 5.5%');
    await click(page, 'tab-plan');
    await settle(page);
    await page.mouse.move(300, 500);
    seen = false;
    for (let step = 0; step < 40 && !seen; step++) {
      const text = await page.evaluate(() => window.tolok.screenText());
      assert.ok(!text.includes('5,5%'), 'no Indonesian decimal comma in the English plan table');
      seen = text.includes('5.5%');
      await page.mouse.wheel(0, 150);
      await settle(page);
    }
    assert.ok(seen, 'the plan table shows 5.5%');
    // The editor's quarter realisasi (Indonesian labels, the longer): one a line where two do not fit, each label
    // whole inside the window.
    await click(page, 'Language');
    await click(page, 'Bahasa Indonesia');
    await click(page, 'tab-editor');
    await settle(page);
    await page.mouse.move(300, 500);
    await page.mouse.wheel(0, 700);
    await settle(page);
    const quarters = [];
    for (let q = 0; q < 4; q++) quarters.push(await widget(page, `qa${q}`));
    for (const w of quarters) assert.ok(w.x + w.w <= 600, `quarter field with its label inside the window: ${JSON.stringify(w)}`);
    for (let q = 1; q < 4; q++) assert.ok(quarters[q].y > quarters[q - 1].y, 'one quarter a line');
  });
});
