// Browser tests of issue 4 in the built app: the seed's Lampiran pasted into Berkas > Impor tabel (through the
// system clipboard and Ctrl+V, widgets found by their labels), previewed, then made into a new plan equal to the
// built-in one; a table without indicators is refused with nothing changed, and Esc closes the dialog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { withBrowser, withApp, launch, serve, openApp, click, widget, artifacts, dist, reloadApp } from './browser.mjs';

const lampiran = fs.readFileSync(path.resolve('tests/fixtures/seed-lampiran.txt'), 'utf8');

async function openTableDialog(page) {
  await click(page, 'Berkas');
  await click(page, 'Impor tabel (tempel dari Word/Excel, CSV)...');
  await click(page, 'Tabel');
}

test('the seed Lampiran pasted into the table import gives a new plan like the built-in one', () => withBrowser(async (browser, server) => {
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
}));

test('the Tempel button (no Ctrl+V, as on a tablet) brings the clipboard\'s table into the preview; a browser refusing says what to do', () => withBrowser(async (browser, server) => {
  const origin = server.url.replace(/\/$/, '');
  await browser.context.grantPermissions(['clipboard-write'], { origin });
  const { page, errors } = await openApp(browser.context, server.url + 'index.html');
  await click(page, 'Berkas');
  await click(page, 'Impor tabel (tempel dari Word/Excel, CSV)...');
  await page.evaluate((t) => navigator.clipboard.writeText(t), lampiran);
  // Reading the clipboard not allowed (the user said no to the browser's question).
  await click(page, 'Tempel dari papan klip');
  await page.waitForFunction(() => window.tolok.screenText().includes('Peramban tidak memberi isi papan klip'), null, { timeout: 5000 });
  assert.match(await page.evaluate(() => window.tolok.screenText()), /Klik kotak Tabel lalu tekan Ctrl\+V/);
  assert.equal(await page.evaluate(() => window.tolok.screenText().includes('Belum ada tabel.')), true, 'no table taken');
  // Allowed: the table comes in and is previewed; nothing changes until a button below is chosen.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await click(page, 'Tempel dari papan klip');
  await page.waitForFunction(() => window.tolok.screenText().includes('15 indikator, 90 target'), null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => window.tolok.screenText().includes('Peramban tidak memberi')), false, 'the refusal is gone');
  assert.equal((await page.evaluate(() => window.tolok.state())).plans, 1);
  await click(page, 'Buat rencana baru');
  await page.waitForFunction(() => window.tolok.state().plans === 2, null, { timeout: 5000 });
  assert.deepEqual(errors, []);
}));

test("Perbarui with the plan's own IKU table exported and edited in its (teks) column takes the edit and rewrites nothing else", () => withBrowser(async (browser, server) => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const { page, errors } = await openApp(browser.context, server.url + 'index.html');
  const before = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
  const indicators = before.objectives.flatMap((o) => o.indicators);
  // As exported (number, then the value as written); indicator 6's 2023 target changed in the text column only.
  const rows = indicators.map((i) => [i.name, i.unit ?? '', String(parseFloat(i.years['2023'].target) || ''),
    i.code === '6' ? '22 prd' : i.years['2023'].target].join('\t'));
  await openTableDialog(page);
  await page.evaluate((t) => navigator.clipboard.writeText(t), 'Indikator\tSatuan\tTarget 2023\tTarget 2023 (teks)\n' + rows.join('\n') + '\n');
  await page.keyboard.press('Control+V');
  await widget(page, 'Perbarui rencana ini');
  await page.waitForTimeout(300);
  await click(page, 'Perbarui rencana ini');
  await page.waitForFunction(() => window.tolok.state().message.startsWith('Tabel diimpor'), null, { timeout: 5000 });
  assert.equal((await page.evaluate(() => window.tolok.state())).message, 'Tabel diimpor: 15 indikator diperbarui, 0 ditambahkan.');
  const after = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
  const targets = (p) => p.objectives.flatMap((o) => o.indicators.map((i) => `${i.code}|${i.years['2023'].target}`));
  const expected = targets(before).map((t) => (t.startsWith('6|') ? '6|22 prd' : t));
  assert.deepEqual(targets(after), expected);
  assert.ok(targets(after).includes('4|100%'));  // not rewritten as "100"
  assert.deepEqual(errors, []);
}));

test('the table preview says which rows update an indicator and which add one; a row naming one twice is skipped, said once', () => withBrowser(async (browser, server) => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const { page, errors } = await openApp(browser.context, server.url + 'index.html');
  await openTableDialog(page);
  await page.evaluate((t) => navigator.clipboard.writeText(t), 'Indikator\tTarget 2023\n' +
    'Jumlah penyusunan rancangan produk hukum daerah\t21 prd\nJUMLAH PENYUSUNAN  RANCANGAN PRODUK HUKUM DAERAH\t22\nJumlah desa\t3 desa\n');
  await page.keyboard.press('Control+V');
  await widget(page, 'Perbarui rencana ini');
  await page.waitForTimeout(300);
  const text = await page.evaluate(() => window.tolok.screenText());
  assert.match(text, /\| 2 \| indikator\nmemperbarui no\. 6 \|/);
  assert.match(text, /\| 3 \| dilewati \| \| Indikator: JUMLAH/);  // said once, nothing under it
  assert.match(text, /sama dengan baris 2 \(beda huruf besar\/kecil atau spasi saja\)/);
  assert.match(text, /\| 4 \| indikator\nindikator baru \| Jumlah desa/);
  await click(page, 'Perbarui rencana ini');
  await page.waitForFunction(() => window.tolok.state().message.startsWith('Tabel diimpor'), null, { timeout: 5000 });
  assert.equal((await page.evaluate(() => window.tolok.state())).message, 'Tabel diimpor: 1 indikator diperbarui, 1 ditambahkan.');
  assert.deepEqual(errors, []);
}));

test('a pasted table without a year lists its rows in the preview, and its message names no command-line option', () => withBrowser(async (browser, server) => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const { page } = await openApp(browser.context, server.url + 'index.html');
  await openTableDialog(page);
  await page.evaluate(() => navigator.clipboard.writeText('Indikator\tSatuan\tTarget\nJumlah dokumen\tdok\t3\n'));
  await page.keyboard.press('Control+V');
  await widget(page, 'Perbarui rencana ini');
  await page.waitForTimeout(300);
  const text = await page.evaluate(() => window.tolok.screenText());
  assert.match(text, /kolom 3 "Target" tanpa tahun: tulis tahunnya di judul kolom \(mis\. "Target 2025"\) atau isi tahun kolom Target\/Realisasi tunggal/);
  assert.doesNotMatch(text, /--year/);
  assert.doesNotMatch(text, /kolom 3: kolom 3/, 'the column named once');
  assert.match(text, /\| 2 \| indikator \| Jumlah dokumen \| Indikator: Jumlah dokumen \| Satuan: dok \| Target: 3 \|/);
}));

test('a long table\'s row without its year says so once, naming its column', () => withBrowser(async (browser, server) => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const { page } = await openApp(browser.context, server.url + 'index.html');
  await openTableDialog(page);
  await page.evaluate(() => navigator.clipboard.writeText('Indikator\tSatuan\tTahun\tTarget\nJumlah dokumen\tdok\t\t3\nJumlah desa\tdesa\t2024\t4\n'));
  await page.keyboard.press('Control+V');
  await widget(page, 'Perbarui rencana ini');
  await page.waitForTimeout(300);
  const text = await page.evaluate(() => window.tolok.screenText());
  assert.match(text, /\| 2 \| TIDAK TERBACA \| .* \| kolom 3 "Tahun" kosong: tulis tahun baris ini/);
  assert.doesNotMatch(text, /kolom 3: kolom 3/);
}));

test('a pasted table without indicator rows changes nothing', () => withBrowser(async (browser, server) => {
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
  // Esc closes the dialog as Batal does: the first leaves the table field, the second closes it.
  await click(page, 'Tabel');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(200);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !window.tolok.widgets().some((w) => w.label === 'Batal'), null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => window.tolok.exportJson()), before);
}));

// The text pdftotext reads from a PDF, with all whitespace removed (table cells wrap their text over lines).
function pdfText(file) {
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}
const squeeze = (s) => s.replace(/\s+/g, '');

// Opens a document from the Dokumen menu; returns the new tab.
async function openDocument(page, context, itemId) {
  await click(page, 'Dokumen');
  const opened = context.waitForEvent('page', { timeout: 15000 });
  await click(page, itemId);
  const doc = await opened;
  await doc.waitForLoadState('load');
  return doc;
}

test('the Dokumen menu opens the IKU, PK, Rencana Aksi and LKjIP documents; printed to PDF they keep the indicators and targets', () => withApp(async (page, { browser }) => {
  // 2023 realisasi for every indicator: the target as realisasi (capaian 100 %) except indicator 6.
  const plan = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
  const names = [], targets2023 = [];
  for (const o of plan.plan.objectives)
    for (const i of o.indicators) {
      names.push(i.name);
      targets2023.push(i.years['2023'].target);
      i.years['2023'].actual = { value: i.code === '6' ? '18 prd' : i.years['2023'].target };
    }
  assert.equal(names.length, 15);
  assert.equal((await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(plan))).ok, true);
  const capaian = await page.evaluate(() => window.tolok.capaian(2023));
  fs.mkdirSync(artifacts, { recursive: true });

  for (const [id, file] of [['doc-iku', 'iku'], ['doc-pk', 'pk-2023'], ['doc-renaksi', 'renaksi-2023'], ['doc-lkjip', 'lkjip-2023']]) {
    const doc = await openDocument(page, browser.context, id);
    const html = await doc.content();
    assert.ok(!html.includes('<script'), `${file}: no script in a document`);
    await doc.screenshot({ path: path.join(artifacts, `document-${file}.png`), fullPage: false });
    const pdf = path.join(artifacts, `document-${file}.pdf`);
    await doc.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = pdfText(pdf);
    for (const n of names) assert.ok(text.includes(squeeze(n)), `${file}: PDF lacks indicator "${n}"`);
    if (file === 'iku') {
      for (const o of plan.plan.objectives)
        for (const i of o.indicators)
          for (const y of Object.keys(i.years)) assert.ok(text.includes(squeeze(i.years[y].target)), `iku: PDF lacks target ${i.years[y].target}`);
      assert.ok(text.includes('LAMPIRAN') || text.includes('Lampiran'));
    } else {
      for (const t of targets2023) assert.ok(text.includes(squeeze(t)), `${file}: PDF lacks the 2023 target ${t}`);
    }
    if (file.startsWith('lkjip')) {
      const six = capaian.find((r) => r.code === '6');
      assert.equal(six.achievement, 90);
      assert.ok(text.includes('90,00'), 'lkjip: the capaian of indicator 6 (90,00 %) is printed');
      assert.ok(html.includes('<svg'), 'lkjip: charts');
      for (const bab of ['BAB I PENDAHULUAN', 'BAB II PERENCANAAN KINERJA', 'BAB III AKUNTABILITAS KINERJA', 'BAB IV PENUTUP'])
        assert.ok(text.includes(squeeze(bab)), `lkjip: ${bab}`);
    }
    await doc.close();
  }
}));

test('the Dokumen menu opens the quarterly monitoring report of the quarter chosen (TW II): capaian, category and summary worked by hand', () => withApp(async (page, { browser }) => {
  // Indicator 6: cumulative quarter targets 5, 10, 15, 20 of 20 prd (summed), realisasi TW I 4 prd, TW II 6 prd:
  // TW II (4 + 6) / 10 x 100 = 100,00 % (Sangat Tinggi, > 90). Indicator 9: 5 kec. each quarter, TW II 4 kec.:
  // 4 / 5 x 100 = 80,00 % (Tinggi). The other 13 have no TW II target. Average (100 + 80) / 2 = 90,00 %.
  const plan = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
  const names = [];
  let six, nine;
  for (const o of plan.plan.objectives)
    for (const i of o.indicators) {
      names.push(i.name);
      if (i.code === '6') {
        six = i;
        Object.assign(i.years['2023'], { quarter_targets: ['5 prd', '10 prd', '15 prd', '20 prd'], quarter_actuals: [{ value: '4 prd' }, { value: '6 prd' }, {}, {}] });
      }
      if (i.code === '9') {
        nine = i;
        Object.assign(i.years['2023'], { quarter_targets: ['5 kec.', '5 kec.', '5 kec.', '5 kec.'], quarter_actuals: [{}, { value: '4 kec.' }, {}, {}] });
      }
    }
  assert.equal((await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(plan))).ok, true);
  await click(page, 'Dokumen');
  await click(page, 'doc-monitoring');
  const opened = browser.context.waitForEvent('page', { timeout: 15000 });
  await click(page, 'doc-monitoring-2');
  const doc = await opened;
  await doc.waitForLoadState('load');
  const html = await doc.content();
  assert.ok(!html.includes('<script'));
  assert.match(html, /<html lang="id"/);
  assert.ok(html.includes('Laporan Monitoring Capaian Kinerja Triwulan II Tahun 2023'), 'title with the quarter and year');
  // The last six cells of each indicator's row: indicator, target, realisasi, capaian, category, keterangan.
  const rows = await doc.$$eval('table.monitoring tbody.sasaran-group tr', (trs) => trs.map((tr) => [...tr.cells].slice(-6).map((c) => c.textContent)));
  assert.equal(rows.length, 15);
  const row = (name) => rows.find((r) => r[0] === name);
  assert.deepEqual(row(six.name).slice(1, 5), ['10 prd (s.d. TW)', '10 prd (s.d. TW)', '100,00 %', 'Sangat Tinggi']);
  assert.deepEqual(row(nine.name).slice(1, 5), ['5 kec.', '4 kec.', '80,00 %', 'Tinggi']);
  assert.equal(rows.filter((r) => r[5] === 'Tidak dapat dihitung: target TW II 2023 belum diisi').length, 13);
  const summary = await doc.$$eval('table.summary tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.deepEqual(summary.map((r) => r[0] + '=' + r[r.length - 1]),
    ['Sangat Rendah=0', 'Rendah=0', 'Sedang=0', 'Tinggi=1', 'Sangat Tinggi=1', 'Tidak dapat dihitung=13', 'Rata-rata capaian=90,00 %']);
  fs.mkdirSync(artifacts, { recursive: true });
  await doc.screenshot({ path: path.join(artifacts, 'document-monitoring-2023-tw2.png'), fullPage: false });
  const pdf = path.join(artifacts, 'document-monitoring-2023-tw2.pdf');
  await doc.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  const text = pdfText(pdf);
  for (const n of names) assert.ok(text.includes(squeeze(n)), `monitoring: PDF lacks indicator "${n}"`);
  assert.ok(text.includes(squeeze('Ringkasan kategori capaian TW II 2023')));
  await doc.close();
}));

test('in the English interface the documents print in Indonesian (the official ones); English is a marked translation, chosen in the menu', () => withApp(async (page, { browser }) => {
  await click(page, 'Bahasa');
  await click(page, 'English');
  const open = async () => {
    await click(page, 'Documents');
    const opened = browser.context.waitForEvent('page', { timeout: 15000 });
    await click(page, 'doc-pk');
    const doc = await opened;
    await doc.waitForLoadState('load');
    const html = await doc.content();
    await doc.close();
    return html;
  };
  const official = await open();
  assert.match(official, /<html lang="id"/);
  assert.ok(official.includes('Perjanjian Kinerja Tahun 2023') && !/performance agreement/i.test(official), 'the PK in Indonesian');
  assert.ok(!official.includes('Reference translation'));
  await click(page, 'Documents');
  await click(page, 'doc-lang');
  await click(page, 'doc-lang-en');
  const translated = await open();
  assert.match(translated, /<html lang="en"/);
  assert.ok(translated.includes('Reference translation. The official SAKIP document is in Indonesian'), 'marked as a translation');
  // The choice is kept across a reload.
  await reloadApp(page);
  assert.match(await open(), /Reference translation/);
}));

for (const mode of ['http', 'file']) {
  test(`the Dokumen menu downloads the tables as .xlsx and as CSV for Indonesian and international Excel (${mode})`, async () => {
    const browser = await launch();
    const server = mode === 'http' ? await serve() : null;
    try {
      const url = mode === 'http' ? server.url + 'index.html' : 'file://' + path.join(dist, 'tolok.html');
      const { page, requests } = await openApp(browser.context, url);
      const download = async (menu, item) => {
        await click(page, 'Dokumen');
        await click(page, menu);
        const d = page.waitForEvent('download', { timeout: 15000 });
        await click(page, item);
        const file = await d;
        return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
      };
      const id = await download('csv-id', 'csv-iku');
      assert.match(id.name, /\.csv$/);
      assert.deepEqual([...id.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for Excel');
      const idText = id.bytes.toString('utf8').slice(1);
      assert.ok(idText.split('\r\n')[0].includes(';'));
      assert.ok(idText.includes('Nilai Evaluasi AKIP Sekretariat Daerah'));
      // The Excel module is not part of the start: it is loaded (http) or run (file://) at the first workbook.
      assert.equal(await page.evaluate(() => typeof window.createTolokXlsx), 'undefined');
      assert.ok(!requests.some((r) => r.includes('tolok-xlsx.js')), 'tolok-xlsx.js is not loaded at start');
      const xlsx = await download('xlsx', 'xlsx-capaian');
      assert.match(xlsx.name, /capaian-2023\.xlsx$/);
      assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'an .xlsx is a zip file');
      const xfile = path.join(artifacts, `capaian-2023-${mode}.xlsx`);
      fs.writeFileSync(xfile, xlsx.bytes);
      const sheet = execFileSync('unzip', ['-p', xfile, 'xl/worksheets/sheet1.xml'], { encoding: 'utf8' });
      assert.match(sheet, /<v>20<\/v>/, 'the target of indicator 6 (20 prd) is a numeric cell');
      const workbook = execFileSync('unzip', ['-p', xfile, 'xl/workbook.xml'], { encoding: 'utf8' });
      assert.match(workbook, /<sheet name="Capaian 2023"/);
      if (mode === 'http') assert.ok(requests.some((r) => r.endsWith('/tolok-xlsx.js')), 'tolok-xlsx.js loaded on use');
      else assert.ok(!requests.some((r) => r.includes('tolok-xlsx')), 'tolok.html runs the module it carries');
      // A second workbook reuses the module.
      const iku = await download('xlsx', 'xlsx-iku');
      assert.match(iku.name, /iku\.xlsx$/);
      assert.equal(iku.bytes.subarray(0, 2).toString('latin1'), 'PK');
      assert.equal(requests.filter((r) => r.includes('tolok-xlsx')).length, mode === 'http' ? 1 : 0);
      // The quarterly report: a Triwulan column, the year's row for each indicator.
      const quarters = await download('csv-id', 'csv-capaian-tw');
      assert.match(quarters.name, /capaian-tw-2023\.csv$/);
      const quarterLines = quarters.bytes.toString('utf8').slice(1).split('\r\n').filter((l) => l);
      const header = quarterLines[0].split(';');
      assert.deepEqual(header.slice(4, 7), ['Tahun', 'Triwulan', 'Target']);
      // The realisasi typed (read back by Impor tabel) and the one the capaian used, beside it.
      assert.deepEqual(header.slice(8, 13), ['Realisasi diisi', 'Realisasi diisi (teks)', 'Realisasi dipakai',
        'Realisasi dipakai (teks)', 'Capaian %']);
      // The seed has no quarter targets or realisasi: one year row per indicator, codes 1-15, Triwulan empty.
      const rows = quarterLines.slice(1).map((l) => l.split(';'));
      assert.deepEqual(rows.map((r) => r[0]), Array.from({ length: 15 }, (_, i) => String(i + 1)));
      assert.ok(rows.every((r) => r[header.indexOf('Tahun')] === '2023' && r[header.indexOf('Triwulan')] === ''), quarterLines.join('\n'));
      const en = await download('csv-en', 'csv-iku');
      assert.notEqual(en.bytes[0], 0xef);
      assert.ok(en.bytes.toString('utf8').split('\r\n')[0].includes(','));
    } finally {
      if (server) await server.close();
      await browser.close();
    }
  });
}

test('an Excel module that fails is reported in the app, and the next download tries it again (file://)', async () => {
  const browser = await launch();
  try {
    const { page } = await openApp(browser.context, 'file://' + path.join(dist, 'tolok.html'));
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    const labels = async () => (await page.evaluate(() => window.tolok.widgets())).map((w) => w.label);
    const carried = await page.evaluate(() => {
      const source = document.getElementById('tolok-xlsx-source');
      const text = source.textContent;
      source.textContent = 'throw new Error("broken Excel module")';
      return text;
    });
    assert.ok(!(await labels()).includes('x'), 'no message before');
    await click(page, 'Dokumen');
    await click(page, 'xlsx');
    await click(page, 'xlsx-capaian');
    for (let i = 0; i < 50 && !(await labels()).includes('x'); i++) await page.waitForTimeout(50);
    assert.ok((await labels()).includes('x'), 'the app shows a message (with its close button)');
    assert.ok(warnings.some((w) => w.includes('Excel workbook not made') && w.includes('broken Excel module')));
    await page.screenshot({ path: path.join(artifacts, 'xlsx-failed.png') });
    await page.evaluate((text) => { document.getElementById('tolok-xlsx-source').textContent = text; }, carried);
    await click(page, 'Dokumen');
    await click(page, 'xlsx');
    const d = page.waitForEvent('download', { timeout: 15000 });
    await click(page, 'xlsx-iku');
    const file = await d;
    assert.equal(fs.readFileSync(await file.path()).subarray(0, 2).toString('latin1'), 'PK');
  } finally {
    await browser.close();
  }
});
