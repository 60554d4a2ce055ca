// Browser test of exchange between offices (issue 5) in the built app, through the UI: office A exports its plan
// (a sealed exchange file, as a download), office B (another browser profile) receives it, edits and sends it
// back; A, which changed one of the same targets, reviews the update: the conflict keeps A's value, B's other
// change is taken. A file with one altered byte is refused; five office files combine in the Kabupaten tab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withApp, launch, serve, openApp, click, widget, gone, artifacts, dropFile, dropFiles } from './browser.mjs';

async function exportThroughMenu(page) {
  await click(page, 'Berkas');
  await widget(page, 'Ekspor rencana ini (JSON)');
  const download = page.waitForEvent('download', { timeout: 15000 });
  download.catch(() => {});  // a failed click below is the error to report, not this wait
  await click(page, 'Ekspor rencana ini (JSON)');
  return fs.readFileSync(await (await download).path(), 'utf8');
}

// Clicks a dialog's button and waits until the dialog has closed.
async function press(page, label) {
  await click(page, label);
  try {
    await gone(page, label);
  } catch {
    // The dialog may have appeared in the very frame of the first click; a second click settles it.
    await click(page, label);
    await gone(page, label);
  }
}

// Replaces the current plan through the API (the same command path as the UI), after `edit` changed its JSON.
async function editPlan(page, edit) {
  const doc = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
  edit(doc.plan);
  const r = await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(doc));
  assert.equal(r.ok, true, JSON.stringify(r));
}

const indicator = (plan, id) => plan.objectives.flatMap((o) => o.indicators).find((i) => i.id === id);

test('two offices exchange a plan; the conflict is reviewed; an altered file is refused; five offices combine', async () => {
  const server = await serve();
  const a = await launch();
  const b = await launch();
  try {
    fs.mkdirSync(artifacts, { recursive: true });
    const pa = (await openApp(a.context, server.url + 'index.html')).page;
    const pb = (await openApp(b.context, server.url + 'index.html')).page;

    // A sends its plan; the file says who sent it and is sealed.
    const fromA = await exportThroughMenu(pa);
    const header = JSON.parse(fromA).exchange;
    assert.equal(header.sender.office, 'Sekretariat Daerah');
    assert.match(JSON.parse(fromA).sha256, /^[0-9a-f]{64}$/);

    // B receives it (B already holds the built-in plan with the same id: an update with no changes, said without an
    // empty review; from now on B knows the version exchanged).
    await dropFile(pb, 'dari-setda.json', fromA);
    await pb.screenshot({ path: path.join(artifacts, 'exchange-receive.png') });
    await press(pb, 'Lanjutkan');
    await gone(pb, 'Lanjutkan');
    await pb.waitForTimeout(200);
    assert.ok(!(await pb.evaluate(() => window.tolok.widgets())).some((w) => w.label === 'Terapkan yang dicentang'), 'no empty review');
    // B changes two 2023 targets and sends the plan back.
    await editPlan(pb, (p) => { indicator(p, 'i6').years['2023'].target = '22 prd'; indicator(p, 'i9').years['2023'].target = '19 kec.'; });
    const fromB = await exportThroughMenu(pb);

    // Meanwhile A changed one of the same targets.
    await editPlan(pa, (p) => { indicator(p, 'i6').years['2023'].target = '25 prd'; });
    await dropFile(pa, 'dari-kantor-b.json', fromB);
    await press(pa, 'Lanjutkan');
    await widget(pa, 'Terapkan yang dicentang');
    await pa.screenshot({ path: path.join(artifacts, 'exchange-review.png') });
    const boxes = (await pa.evaluate(() => window.tolok.widgets())).filter((w) => w.label.startsWith('##accept ')).map((w) => w.label);
    assert.ok(boxes.some((l) => l.includes('/i6/years/2023/target')), 'the conflict on indicator 6 is listed');
    assert.ok(boxes.some((l) => l.includes('/i9/years/2023/target')), "B's change to indicator 9 is listed");
    await press(pa, 'Terapkan yang dicentang');
    const merged = JSON.parse(await pa.evaluate(() => window.tolok.exportJson())).plan;
    assert.equal(indicator(merged, 'i6').years['2023'].target, '25 prd', 'the conflict kept A\'s value');
    assert.equal(indicator(merged, 'i9').years['2023'].target, '19 kec.', "B's change was taken");

    // One altered byte: refused with a clear message, nothing changed.
    const before = await pa.evaluate(() => window.tolok.exportJson());
    const at = fromB.indexOf('19 kec.');
    const altered = fromB.slice(0, at) + '18' + fromB.slice(at + 2);
    await dropFile(pa, 'diubah.json', altered);
    await widget(pa, 'Impor tetap (tandai sebagai suntingan tangan)');
    await pa.screenshot({ path: path.join(artifacts, 'exchange-altered.png') });
    // Its header is only what the file claims: not stated as fact above "refused".
    const shown = await pa.evaluate(() => window.tolok.screenText());
    assert.match(shown, /Mengaku dikirim \(tidak terverifikasi\) oleh /);
    assert.doesNotMatch(shown, /Dikirim oleh /);
    await press(pa, 'Tutup');
    assert.equal(await pa.evaluate(() => window.tolok.exportJson()), before);
    assert.equal((await pa.evaluate(() => window.tolok.state())).plans, 1);
    const api = await pa.evaluate((t) => window.tolok.importJson(t), altered);
    assert.equal(api.ok, false);
    assert.equal(api.errors[0].id, 'exchange.integrity');

    // Four more offices, their files dropped together: previewed one after the other; the regency view combines five.
    const files = [];
    for (let k = 2; k <= 5; k++) {
      const doc = JSON.parse(fromA);
      doc.plan.id = `kantor-${k}`;
      doc.plan.office.name = `Kantor ${k}`;
      delete doc.exchange; delete doc.sha256;
      // Each office entered its 2023 realisasi: the target, except that office k reaches only 70 % of the target on
      // its first k-1 count indicators ("20 prd" -> "14 prd").
      let short = 0;
      for (const i of doc.plan.objectives.flatMap((o) => o.indicators)) {
        const t = i.years['2023'].target;
        const m = /^(\d+) (.+)$/.exec(t);
        i.years['2023'].actual = { value: m && short++ < k - 1 ? `${Math.floor(m[1] * 0.7)} ${m[2]}` : t };
      }
      files.push([`kantor-${k}.json`, JSON.stringify(doc)]);
    }
    await dropFiles(pa, files);
    await pa.screenshot({ path: path.join(artifacts, 'exchange-files-waiting.png') });
    for (let k = 2; k <= 5; k++) {  // (the next file's dialog shows its own Lanjutkan in the same place)
      for (let tries = 0; (await pa.evaluate(() => window.tolok.state().plans)) < k && tries < 3; tries++) {
        await click(pa, 'Lanjutkan');
        await pa.waitForTimeout(300);
      }
      assert.equal((await pa.evaluate(() => window.tolok.state())).plans, k);
    }
    assert.equal((await pa.evaluate(() => window.tolok.listPlans())).map((p) => p.id).slice(1).join(), 'kantor-2,kantor-3,kantor-4,kantor-5');
    await click(pa, 'tab-regency');
    await widget(pa, 'Kantor 5##office-kantor-5');
    await pa.screenshot({ path: path.join(artifacts, 'regency.png') });
  } finally {
    await a.close();
    await b.close();
    await server.close();
  }
});

// The office's older file dropped again after its newer one was applied: the preview and the review say the file was
// sent earlier than the version already received, with both times, and nothing is ticked: applying at once keeps
// the newer data.
test('an older file of an office, received after its newer one, is said to be older and undoes nothing by default', async () => {
  const server = await serve();
  const a = await launch();
  const b = await launch();
  try {
    const pa = (await openApp(a.context, server.url + 'index.html')).page;
    const pb = (await openApp(b.context, server.url + 'index.html')).page;
    const v1 = await exportThroughMenu(pa);
    await pa.waitForTimeout(1100);  // the files' times are to the second
    await editPlan(pa, (p) => { indicator(p, 'i6').years['2023'].target = '22 prd'; });
    const v2 = await exportThroughMenu(pa);
    assert.ok(JSON.parse(v1).exchange.sent_at < JSON.parse(v2).exchange.sent_at);

    // B receives v1 (the same as its built-in plan: known from now on), then v2, whose change it applies.
    await dropFile(pb, 'dinkes-v1.json', v1);
    await press(pb, 'Lanjutkan');
    await dropFile(pb, 'dinkes-v2.json', v2);
    await widget(pb, 'Lanjutkan');
    assert.ok(!(await pb.evaluate(() => window.tolok.screenText())).includes('exchange.older_file'), 'a newer file is no older file');
    await press(pb, 'Lanjutkan');
    await press(pb, 'Terapkan yang dicentang');
    assert.equal(indicator(JSON.parse(await pb.evaluate(() => window.tolok.exportJson())).plan, 'i6').years['2023'].target, '22 prd');

    // v1 again: said in the preview and in the review, with both times; applying as it stands keeps v2's target.
    await dropFile(pb, 'dinkes-v1.json', v1);
    await widget(pb, 'Lanjutkan');
    const preview = await pb.evaluate(() => window.tolok.screenText());
    assert.match(preview, /exchange\.older_file: berkas ini dikirim [\s\S]*LEBIH AWAL/);
    assert.match(preview, /\(dikirim (\d\d-\d\d-\d{4} \d\d:\d\d|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)/);
    await pb.screenshot({ path: path.join(artifacts, 'exchange-older-file.png') });
    await press(pb, 'Lanjutkan');
    await widget(pb, 'Terapkan yang dicentang');
    assert.match(await pb.evaluate(() => window.tolok.screenText()), /exchange\.older_file: /);
    await press(pb, 'Terapkan yang dicentang');
    assert.equal(indicator(JSON.parse(await pb.evaluate(() => window.tolok.exportJson())).plan, 'i6').years['2023'].target, '22 prd',
      'nothing of the older file was applied by default');
  } finally {
    await a.close();
    await b.close();
    await server.close();
  }
});

// A plan of `count` indicators with a long evidence log each: several megabytes of JSON.
function largePlanText(count) {
  const indicators = [];
  for (let n = 1; n <= count; n++) {
    const evidence = [];
    for (let e = 0; e < 12; e++) evidence.push({ date: `2023-${String(e + 1).padStart(2, '0')}-15`, place: `Kecamatan ${e + 1}`, note: `kunjungan lapangan ke-${e + 1} indikator ${n}`, value: '1 kec.' });
    indicators.push({ id: `i${n}`, code: String(n), name: `Jumlah kecamatan yang termonitoring ${n}`, unit: 'kec.', aggregation: 'sum',
      years: { 2023: { target: '20 kec.', actual: { value: '12 kec.', evidence } } } });
  }
  return JSON.stringify({ format: 'tolok-plan', version: 2, plan: { id: 'kabupaten-besar', title: 'IKU besar',
    office: { name: 'Pemerintah Kabupaten Contoh' }, period: { start: 2019, end: 2024 }, objectives: [{ id: 's1', name: 'Sasaran', indicators }] } });
}

test('a plan file of several megabytes opens, dropped or through the API; bytes that are not UTF-8 are refused with their place', () => withApp(async (page, { errors }) => {
  const big = largePlanText(4000);
  assert.ok(big.length > 6e6, `the file is ${big.length} bytes`);  // more than the wasm stack (5 MB)
  await dropFile(page, 'kabupaten-besar.json', big);
  await click(page, 'Lanjutkan');
  await page.waitForFunction(() => window.tolok.state().plans === 2, null, { timeout: 20000 });
  assert.equal((await page.evaluate(() => window.tolok.state())).indicators, 4000);
  assert.deepEqual(errors, []);
  const again = await page.evaluate((t) => window.tolok.importJson(t.replace('kabupaten-besar', 'kabupaten-besar-2')), big);
  assert.equal(again.ok, true, JSON.stringify(again.errors));

  // Latin-1 bytes (a file saved by an old editor): refused, with the byte's position, nothing changed.
  const before = await page.evaluate(() => window.tolok.listPlans());
  await page.evaluate(() => {
    const text = new TextEncoder().encode('{"format": "tolok-plan", "version": 2, "plan": {"id": "x", "title": "Caf');
    const bytes = new Uint8Array(text.length + 3);
    bytes.set(text);
    bytes.set([0xE9, 0x22, 0x7D], text.length);  // é in Latin-1, then "}
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'latin1.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(artifacts, 'import-not-utf8.png') });
  await click(page, 'Tutup');
  assert.deepEqual(await page.evaluate(() => window.tolok.listPlans()), before);
  const nul = await page.evaluate(() => window.tolok.importJson('{"format": "tolok-plan",\u0000 "version": 2}'));
  assert.equal(nul.ok, false);
  assert.equal(nul.errors[0].id, 'import.not_text');
  assert.deepEqual(errors, []);
}));

test('a table and a plan file dropped together: after the table makes a new plan, the plan file is previewed next', () => withApp(async (page) => {
  const doc = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
  delete doc.exchange; delete doc.sha256;
  doc.plan.id = 'kantor-lain'; doc.plan.office.name = 'Kantor Lain';
  await dropFiles(page, [['tabel.csv', 'Indikator;Satuan;Target 2025\nJumlah dokumen;dok;3 dok\n'], ['kantor-lain.json', JSON.stringify(doc)]]);
  await click(page, 'Buat rencana baru');  // the settings open on the new plan's office name...
  await widget(page, 'Lanjutkan');         // ...and the waiting file's dialog still comes
  await click(page, 'Lanjutkan');
  await page.waitForFunction(() => window.tolok.state().plans === 3, null, { timeout: 5000 });
}));
