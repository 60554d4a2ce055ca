// An office building its own IKU through the widgets, in headless Chromium: a second sasaran made and named from
// the plan table, an indicator moved between sasaran in the editor, the plan and language found again after a
// reload; a lint finding clicked opens the field it is about, ready for typing; a realisasi far beyond plausible is
// marked and questioned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withApp, artifacts, click, widget, gone, clearField, typeInto, openThroughRinci, scrollTo, saveAndReload } from './browser.mjs';

// Retypes the field at widget `w` (fields of one label, told apart by place): click, empty, type, Enter.
async function retypeAt(page, w, text) {
  await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  await page.waitForTimeout(200);
  await clearField(page);
  if (text) await page.keyboard.type(text, { delay: 30 });
  await page.keyboard.press('Enter');
}

const objectivesOf = async (page) => JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan.objectives;

test('a new sasaran is made and named, an indicator moved into it, and all of it kept over a reload', () => withApp(async (page, { errors }) => {
  const before = await objectivesOf(page);
  await click(page, 'tab-plan');
  await click(page, '+ Sasaran baru');
  // The new sasaran's name field has the keyboard: typing names it.
  await page.waitForFunction(() => window.tolok.widgets().some((w) => w.label === 'Nama sasaran' && w.w > 0), null, { timeout: 5000 });
  await page.keyboard.press('Control+A');
  await page.waitForTimeout(100);
  await page.keyboard.type('Meningkatnya derajat kesehatan');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => JSON.parse(window.tolok.exportJson()).plan.objectives.some((o) => o.name === 'Meningkatnya derajat kesehatan'), null, { timeout: 5000 });
  let objectives = await objectivesOf(page);
  assert.equal(objectives.length, before.length + 1);
  const made = objectives[objectives.length - 1];
  assert.equal(made.indicators.length, 1);

  // Indicator 15 moved into it through the editor's Sasaran combo.
  await click(page, '##choose');
  await click(page, '15. Presentase sanggah banding dari penyedia terhadap proses pelelangan###i15');
  await click(page, 'Sasaran');
  await click(page, `${before.length + 1}. Meningkatnya derajat kesehatan###${made.id}`);
  await page.waitForFunction((id) => JSON.parse(window.tolok.exportJson()).plan.objectives.find((o) => o.id === id).indicators.length === 2,
    made.id, { timeout: 5000 });
  objectives = await objectivesOf(page);
  assert.deepEqual(objectives.find((o) => o.id === made.id).indicators.map((i) => i.id), [made.indicators[0].id, 'i15']);
  assert.ok(!objectives.find((o) => o.id !== made.id && o.indicators.some((i) => i.id === 'i15')));
  await page.screenshot({ path: path.join(artifacts, 'new-sasaran.png') });

  // English chosen; after a reload the same plan, sasaran and language.
  await click(page, 'Bahasa');
  await click(page, 'English');
  await saveAndReload(page);
  assert.equal((await page.evaluate(() => window.tolok.state())).lang, 'en');
  assert.equal(await page.title(), 'Sekretariat Daerah 2018-2023 - Tolok');  // the tab names the plan
  assert.deepEqual((await objectivesOf(page)).find((o) => o.id === made.id).indicators.map((i) => i.id), [made.indicators[0].id, 'i15']);
  assert.deepEqual(errors, []);
}));

test('indicator 6 taken to sasaran 1 and back stands between 5 and 7 again; Naikkan moves it up in the editor, Ctrl+Z puts it back, the indicator kept open', () => withApp(async (page, { errors }) => {
  const orderOf = async (id) => (await objectivesOf(page)).find((o) => o.id === id).indicators.map((i) => i.code);
  const before = await objectivesOf(page);
  const six = before[2].indicators[1];
  assert.equal(six.code, '6');
  await click(page, 'tab-editor');
  await click(page, '##choose');
  await click(page, `6. ${six.name}###i6`);
  // The mid-term review's trip: to sasaran 1 through the Sasaran combo, and back.
  await click(page, 'Sasaran');
  await click(page, `1. ${before[0].name}###s1`);
  await page.waitForFunction(() => JSON.parse(window.tolok.exportJson()).plan.objectives[0].indicators.length === 4, null, { timeout: 5000 });
  await click(page, 'Sasaran');
  await click(page, `3. ${before[2].name}###s3`);
  await page.waitForFunction(() => JSON.parse(window.tolok.exportJson()).plan.objectives[0].indicators.length === 3, null, { timeout: 5000 });
  assert.deepEqual(await orderOf('s3'), ['5', '6', '7', '8']);

  // One place up: 6, 5, 7, 8 in the exported plan, the editor still on indicator 6; at the top, Naikkan is disabled.
  await click(page, 'indicator-up');
  await page.waitForFunction(() => JSON.parse(window.tolok.exportJson()).plan.objectives[2].indicators[0].id === 'i6', null, { timeout: 5000 });
  assert.deepEqual(await orderOf('s3'), ['6', '5', '7', '8']);
  const screen = await page.evaluate(() => window.tolok.screenText());
  assert.ok(screen.includes(`6. ${six.name.slice(0, 20)}`), screen.slice(0, 400));  // the editor still on indicator 6
  assert.match(screen, /ke-1 dari 4 +Urutan dalam sasaran/);
  await click(page, 'indicator-up');  // disabled: nothing moves
  assert.deepEqual(await orderOf('s3'), ['6', '5', '7', '8']);
  await page.screenshot({ path: path.join(artifacts, 'indicator-moved-up.png') });

  // Ctrl+Z: one step back to 5, 6, 7, 8, named in the Edit menu.
  await page.keyboard.press('Control+Z');
  await page.waitForFunction(() => JSON.parse(window.tolok.exportJson()).plan.objectives[2].indicators[0].id === 'i5', null, { timeout: 5000 });
  assert.deepEqual(await orderOf('s3'), ['5', '6', '7', '8']);
  assert.match(await page.evaluate(() => window.tolok.screenText()), /Diurungkan: Naikkan indikator 6/);
  assert.deepEqual(errors, []);
}));

test('indicator numbers out of order after a deletion are said in Pemeriksaan and put right by Rencana > Nomori ulang, undoably', () => withApp(async (page) => {
  const file = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
  file.plan.objectives[0].indicators.splice(2, 1);  // indicator 3 gone: 1, 2, 4, ..., 15
  assert.equal((await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(file))).ok, true);
  const codes = async () => JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan.objectives.flatMap((o) => o.indicators.map((i) => i.code));
  const before = await codes();
  assert.deepEqual(before, ['1', '2', ...Array.from({ length: 12 }, (_, i) => String(i + 4))]);
  await click(page, 'tab-lint');
  await widget(page, 'finding /objectives/1/indicators/0/code');  // the third indicator, numbered 4
  assert.match(await page.evaluate(() => window.tolok.screenText()), /indikator ke-3 bernomor 4: nomor indikator tidak urut/);
  await click(page, 'Rencana');
  await click(page, 'Nomori ulang sasaran dan indikator');
  assert.deepEqual(await codes(), Array.from({ length: 14 }, (_, i) => String(i + 1)));
  assert.doesNotMatch(await page.evaluate(() => window.tolok.screenText()), /tidak urut/);
  await page.keyboard.press('Control+Z');
  await page.waitForFunction(() => JSON.parse(window.tolok.exportJson()).plan.objectives[1].indicators[0].code === '4', null, { timeout: 5000 });
  assert.deepEqual(await codes(), before);
}));

test('the title line names the office as the documents do: its region once', () => withApp(async (page) => {
  assert.match(await page.evaluate(() => window.tolok.screenText()), /\(IKU\) Tahun 2018-2023 - Sekretariat Daerah Kabupaten Tanggamus tersimpan di peramban\n/);
  const file = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
  file.plan.office.name = 'Dinas Kesehatan Kabupaten Tanggamus';  // named with its region already
  assert.equal((await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(file))).ok, true);
  await page.waitForTimeout(200);
  const text = await page.evaluate(() => window.tolok.screenText());
  assert.match(text, / - Dinas Kesehatan Kabupaten Tanggamus (\* belum )?tersimpan/);
  assert.doesNotMatch(text, /Tanggamus (Pemerintah )?Kabupaten Tanggamus/);
}));

test('a new plan gets the IKU document chapters to start from in Pengaturan, naming its office, undoably', () => withApp(async (page) => {
  await click(page, 'Rencana');
  await click(page, 'Rencana baru');
  const plan = async () => JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
  assert.deepEqual((await plan()).chapters || [], []);
  const button = '+ Kata Pengantar dan Bab I-III dokumen IKU (teks awal untuk disunting)';
  await scrollTo(page, button, 100, 790);  // at the end of the settings
  await click(page, button);
  const chapters = (await plan()).chapters;
  assert.deepEqual(chapters.map((c) => c.id), ['kata_pengantar', 'bab1_latar_belakang', 'bab1_maksud_tujuan', 'bab2_penetapan', 'bab2_iku', 'bab3_penutup']);
  const office = (await plan()).office.name;
  assert.ok(chapters[0].text.includes(`${office} `), chapters[0].text);
  await gone(page, button);  // offered once
  await page.keyboard.press('Control+Z');
  await page.waitForFunction(() => (JSON.parse(window.tolok.exportJson()).plan.chapters || []).length === 0, null, { timeout: 5000 });
}));

test('a name typed right after "+ Indikator baru" or "+ Sasaran baru" replaces the placeholder, also the second time and after the editor was scrolled', () => withApp(async (page) => {
  const indicatorNames = async () => (await objectivesOf(page)).flatMap((o) => o.indicators).map((i) => i.name);
  // The field has the keyboard with "Indikator baru" selected: what is typed replaces it. ImGui kept the cursor of the
  // last name typed in that field, so the second name went into the middle ("IndiDuakator baru").
  const addIndicator = async (name, scrollFirst) => {
    await click(page, 'tab-editor');
    await page.waitForTimeout(300);
    if (scrollFirst) for (let i = 0; i < 10; i++) { await page.mouse.move(640, 400); await page.mouse.wheel(0, 240); await page.waitForTimeout(40); }
    await click(page, 'tab-plan');
    await click(page, '+ Indikator baru');
    await page.waitForFunction(() => window.tolok.widgets().some((w) => w.label === 'Nama indikator' && w.active), null, { timeout: 5000 });
    await page.keyboard.type(name, { delay: 30 });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
  };
  await addIndicator('Cakupan imunisasi', false);
  await addIndicator('Cakupan ASI eksklusif', false);
  await addIndicator('Persentase desa ODF', true);  // targets filled at the bottom of the editor first
  const names = await indicatorNames();
  for (const name of ['Cakupan imunisasi', 'Cakupan ASI eksklusif', 'Persentase desa ODF']) assert.ok(names.includes(name), `"${name}" in ${JSON.stringify(names)}`);
  assert.ok(!names.some((n) => n.includes('baru')), JSON.stringify(names));
  await page.screenshot({ path: path.join(artifacts, 'new-indicator-names.png') });

  // The same for the sasaran's name field, twice.
  for (const name of ['Meningkatnya cakupan imunisasi', 'Menurunnya stunting']) {
    await click(page, 'tab-plan');
    await click(page, '+ Sasaran baru');
    await page.waitForFunction(() => window.tolok.widgets().some((w) => w.label === 'Nama sasaran' && w.active), null, { timeout: 5000 });
    await page.keyboard.type(name, { delay: 30 });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
  }
  const objectives = (await objectivesOf(page)).map((o) => o.name);
  assert.deepEqual(objectives.slice(-2), ['Meningkatnya cakupan imunisasi', 'Menurunnya stunting']);
}));

test('a lint finding clicked opens its indicator with the field it is about ready for typing', () => withApp(async (page) => {
  await click(page, 'tab-lint');
  // The seed's spelling findings are about indicators' names.
  const finding = (await page.evaluate(() => window.tolok.widgets())).find((w) => w.label.startsWith('finding ') &&
    w.label.endsWith('/name') && w.w > 0);
  assert.ok(finding, 'a finding about a name');
  const location = finding.label.slice('finding '.length);
  const [o, i] = location.match(/\d+/g).map(Number);
  const original = (await objectivesOf(page))[o].indicators[i].name;
  await click(page, finding.label);
  // The name field takes the keyboard (its text selected, as after Tab): End then typing appends to the name.
  await page.waitForFunction(() => window.tolok.widgets().some((w) => w.label === 'Nama indikator' && w.active), null, { timeout: 5000 });
  await page.keyboard.press('End');
  await page.keyboard.type(' (ejaan)');
  await page.keyboard.press('Enter');
  await page.waitForFunction(([o, i]) => JSON.parse(window.tolok.exportJson()).plan.objectives[o].indicators[i].name.endsWith(' (ejaan)'),
    [o, i], { timeout: 5000 });
  assert.equal((await objectivesOf(page))[o].indicators[i].name, original + ' (ejaan)');
  await page.screenshot({ path: path.join(artifacts, 'lint-opens-field.png') });

  // An evidence row's date that is not a date, in 2021 while the app shows another year: the finding opens 2021's
  // realisasi in the editor with that row's date ready for typing.
  const plan = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
  const six = plan.plan.objectives.flatMap((x) => x.indicators).find((x) => x.code === '6');
  six.years['2021'].actual = { value: '2 prd', evidence: [{ date: '2021-03-14', place: 'Kota Agung', note: '', value: '1' },
    { date: '31-02-2021', place: 'Pugung', note: '', value: '1' }] };
  delete plan.exchange; delete plan.sha256;
  assert.equal((await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(plan))).ok, true);
  await click(page, 'tab-lint');
  const dateFinding = (await page.evaluate(() => window.tolok.widgets())).find((w) => w.label.startsWith('finding ') &&
    w.label.endsWith('/years/2021/actual/evidence/1/date') && w.w > 0);
  assert.ok(dateFinding, 'a finding about the evidence date');
  await click(page, dateFinding.label);
  await page.waitForFunction(() => window.tolok.widgets().some((w) => w.label === '##date' && w.active), null, { timeout: 5000 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('28-02-2021');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => JSON.parse(window.tolok.exportJson()).plan.objectives.flatMap((x) => x.indicators)
    .find((x) => x.code === '6').years['2021'].actual.evidence[1].date === '28-02-2021', null, { timeout: 5000 });
  await page.screenshot({ path: path.join(artifacts, 'lint-opens-evidence.png') });
}));

test('a realisasi far beyond plausible (1.250 on a 100% target) is marked in the table and questioned in Pemeriksaan, whose finding opens it', () => withApp(async (page) => {
  await click(page, 'tab-capaian');
  await click(page, '##Realisasi i4');
  await page.keyboard.type('1.250', { delay: 30 });  // meant 12,50 or 1,250; in Indonesian 1.250 is 1250
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '4').achievement === 1250, null, { timeout: 5000 });
  await page.screenshot({ path: path.join(artifacts, 'implausible-capaian.png') });
  // marked "(?)" in its row of the table; a plausible capaian is not
  const rowOf = (text, name) => text.split('\n').find((l) => l.includes(name)) || '';
  let text = await page.evaluate(() => window.tolok.screenText());
  assert.match(rowOf(text, 'Persentase kerjasama'), /\| 1\.250,00 % \(\?\) \|/, text);
  await click(page, '##Realisasi i4');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('80%', { delay: 30 });
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '4').achievement === 80, null, { timeout: 5000 });
  text = await page.evaluate(() => window.tolok.screenText());
  assert.match(rowOf(text, 'Persentase kerjasama'), /\| 80,00 % \|/, text);
  await click(page, '##Realisasi i4');  // back to 1.250 for the finding below
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1.250', { delay: 30 });
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '4').achievement === 1250, null, { timeout: 5000 });
  await click(page, 'tab-lint');
  const where = '/objectives/1/indicators/0/years/2023/actual/value';
  const finding = await widget(page, 'finding ' + where);
  await click(page, finding.label);
  await page.waitForFunction(() => window.tolok.widgets().some((w) => w.label === 'Realisasi tahunan' && w.active), null, { timeout: 5000 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('12,50%', { delay: 30 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '4').achievement === 12.5, null, { timeout: 5000 });
  await click(page, 'tab-lint');
  await page.waitForTimeout(200);
  assert.ok(!(await page.evaluate(() => window.tolok.widgets())).some((w) => w.label === 'finding ' + where), 'the finding is gone once corrected');
}));

test('a new period that would remove entries asks first, saying what goes and which texts follow; Batal keeps everything, Ctrl+Z undoes it', () => withApp(async (page) => {
  await click(page, 'tab-capaian');
  await click(page, '##Realisasi i6');
  await page.keyboard.type('18 prd', { delay: 30 });
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '6').achievement === 90, null, { timeout: 5000 });
  const before = await page.evaluate(() => window.tolok.exportJson());
  const setFirstYear = async (year) => {
    await click(page, 'tab-settings');
    await typeInto(page, 'period-first', year);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
  };
  // 2019-2023 drops the targets of 2018: asked first.
  await setFirstYear(2019);
  await widget(page, 'Batal');
  await page.screenshot({ path: path.join(artifacts, 'period-confirm.png') });
  assert.equal(await page.evaluate(() => window.tolok.exportJson()), before, 'nothing changes before the answer');
  await click(page, 'Batal');
  await gone(page, 'Batal');
  assert.equal(await page.evaluate(() => window.tolok.exportJson()), before, 'Batal keeps everything');

  await setFirstYear(2019);
  // The dialog also says which texts name the old period and follow it (the title, the Kata Pengantar, BAB III).
  const dialog = await page.evaluate(() => window.tolok.screenText());
  assert.ok(dialog.includes('Ikut diubah: 2018-2023 menjadi 2019-2023 pada judul dokumen dan 2 bab.'), dialog);
  await click(page, 'Ubah periode');
  await page.waitForFunction(() => window.tolok.listPlans()[0].start === 2019, null, { timeout: 5000 });
  const plan = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
  const six = plan.objectives.flatMap((o) => o.indicators).find((i) => i.code === '6');
  assert.deepEqual(Object.keys(six.years), ['2019', '2020', '2021', '2022', '2023']);
  assert.equal(six.years['2023'].actual.value, '18 prd', 'the years kept keep their realisasi');
  assert.equal(plan.title, 'Indikator Kinerja Utama (IKU) Tahun 2019-2023');
  const chapters = plan.chapters.map((c) => c.text).join('\n');
  assert.ok(!chapters.includes('2018-2023') && chapters.includes('Kabupaten Tanggamus Tahun 2019-2023'), chapters);
  assert.ok(chapters.includes('periode 2013-2018'), 'another period is left as written');
  // One Ctrl+Z gives back the plan as it was, chapters and the years removed, byte for byte.
  await click(page, 'tab-plan');
  await page.keyboard.press('Control+Z');
  await page.waitForFunction(() => window.tolok.listPlans()[0].start === 2018, null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => window.tolok.exportJson()), before);
}));

test('a grade scale of the plan\'s own is made in the settings, and grades written by its words get their capaian', () => withApp(async (page) => {
  await click(page, 'tab-settings');
  await scrollTo(page, '+ Skala predikat', 100, 500);
  await click(page, '+ Skala predikat');
  await page.waitForFunction(() => JSON.parse(window.tolok.exportJson()).plan.grade_scales?.length === 1, null, { timeout: 5000 });
  const plan = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
  assert.deepEqual(plan.plan.grade_scales[0].steps.map((st) => st.label), ['Kurang', 'Baik']);
  // Indicator 1 graded on it (as chosen in the editor), its 2023 target "Baik".
  const one = plan.plan.objectives.flatMap((o) => o.indicators).find((i) => i.code === '1');
  Object.assign(one, { kind: 'grade', grade_scale: plan.plan.grade_scales[0].id });
  one.years['2023'].target = 'Baik';
  assert.equal((await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(plan))).ok, true);
  await click(page, 'tab-capaian');
  await click(page, '##Realisasi i1');
  await page.waitForTimeout(200);
  await page.keyboard.type('kurang', { delay: 30 });
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '1').achievement === 50, null, { timeout: 5000 });
  const row = (await page.evaluate(() => window.tolok.capaian(2023))).find((r) => r.code === '1');
  assert.match(row.explanation, /Kurang \(1 dari 2\)/);
  // The grade renamed in the settings: the realisasi written as it follows, its capaian unchanged.
  await click(page, 'tab-settings');
  await scrollTo(page, '+ Skala predikat', 100, 500);
  const labels = (await page.evaluate(() => window.tolok.widgets())).filter((w) => w.label === '##label' && w.w > 0).sort((a, b) => a.y - b.y);
  const kurang = labels[labels.length - 2];  // the scale's first grade (the category bands' labels come before)
  await retypeAt(page, kurang, 'Rendah');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '1').actual === 'Rendah', null, { timeout: 5000 });
  assert.equal((await page.evaluate(() => window.tolok.capaian(2023))).find((r) => r.code === '1').achievement, 50);
  // One Ctrl+Z undoes the rename with its uses, as one step (the realisasi typed "kurang", used as the scale writes it);
  // Ctrl+Y redoes it.
  await click(page, 'tab-plan');
  await page.keyboard.press('Control+Z');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '1').actual === 'Kurang', null, { timeout: 5000 });
  const scaleNow = () => page.evaluate(() => JSON.parse(window.tolok.exportJson()).plan.grade_scales[0].steps.map((st) => st.label));
  assert.deepEqual(await scaleNow(), ['Kurang', 'Baik']);
  await page.keyboard.press('Control+Y');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '1').actual === 'Rendah', null, { timeout: 5000 });
  // Renamed to the other grade's name, or emptied while used: refused, said, nothing changed.
  for (const typed of ['baik', '']) {
    await click(page, 'tab-settings');
    await scrollTo(page, '+ Skala predikat', 100, 700);
    const fields = (await page.evaluate(() => window.tolok.widgets())).filter((w) => w.label === '##label' && w.w > 0).sort((a, b) => a.y - b.y);
    await retypeAt(page, fields[fields.length - 2], typed);
    await page.waitForTimeout(300);
    assert.deepEqual(await scaleNow(), ['Rendah', 'Baik'], `"${typed}" refused`);
    assert.equal((await page.evaluate(() => window.tolok.capaian(2023))).find((r) => r.code === '1').achievement, 50);
  }
  // The refused renames left no step of their own: one Ctrl+Z undoes the rename before them.
  await click(page, 'tab-plan');
  await page.keyboard.press('Control+Z');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '1').actual === 'Kurang', null, { timeout: 5000 });
  assert.deepEqual(await scaleNow(), ['Kurang', 'Baik']);
}));

test('the period typed year by year, Tab between the two fields: both years are taken', () => withApp(async (page) => {
  await click(page, 'tab-settings');
  await typeInto(page, 'period-first', 2017);
  await page.keyboard.press('Tab');  // to the last year, its text selected
  await page.waitForTimeout(200);
  await page.keyboard.type('2024', { delay: 50 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.tolok.listPlans()[0].end === 2024, null, { timeout: 5000 });
  const plans = await page.evaluate(() => window.tolok.listPlans());
  assert.equal(plans[0].start, 2017, 'the first year typed before Tab is kept');
  // What followed is said above the tabs (a line more: the fields below move down a line before they are clicked).
  await page.waitForFunction(() => window.tolok.state().message.startsWith('Periode menjadi 2017-2024'), null, { timeout: 5000 });
  await page.waitForTimeout(200);
  // Leaving with Tab a period that would remove entries (2018's targets): asked, as with Enter.
  await typeInto(page, 'period-first', 2019);
  await page.keyboard.press('Tab');
  await page.waitForTimeout(200);
  await page.keyboard.press('Tab');
  await widget(page, 'Ubah periode');
  await click(page, 'Ubah periode');
  await page.waitForFunction(() => window.tolok.listPlans()[0].start === 2019, null, { timeout: 5000 });
}));

test("a year's kegiatan typed in the editor, one per line, are kept in the plan for the Rencana Aksi", () => withApp(async (page) => {
  await openThroughRinci(page, 6);
  await scrollTo(page, 'Periode (komponen, catatan, bukti dukung)');  // below the fold, with the year's realisasi
  await click(page, '##activities');
  await page.waitForTimeout(200);
  await page.keyboard.type('Rapat harmonisasi ranperda', { delay: 20 });
  await page.keyboard.press('Enter');
  await page.keyboard.type('Konsultasi ke Kanwil', { delay: 20 });
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(artifacts, 'editor-activities.png') });
  await click(page, 'tab-plan');
  const plan = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
  const six = plan.objectives.flatMap((o) => o.indicators).find((i) => i.code === '6');
  assert.equal(six.years['2023'].activities, 'Rapat harmonisasi ranperda\nKonsultasi ke Kanwil');
}));

test('programs and their budget are added in Pengaturan, kept in the plan for the Perjanjian Kinerja; deleting one asks first', () => withApp(async (page) => {
  await click(page, 'tab-settings');
  await scrollTo(page, '+ Program', 150, 650);
  await click(page, '+ Program');
  await page.waitForFunction(() => JSON.parse(window.tolok.exportJson()).plan.programs?.length === 1, null, { timeout: 5000 });
  const typeInto = async (label, text) => {
    const w = await widget(page, label);
    await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
    await page.waitForTimeout(300);
    await clearField(page);
    await page.keyboard.type(text, { delay: 20 });
    await page.keyboard.press('Tab');
    await page.waitForTimeout(200);
  };
  await typeInto('##name', 'Program Penataan Peraturan Perundang-undangan');
  await typeInto('##budget', 'Rp 150.000.000');
  const programs = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan.programs;
  assert.deepEqual(programs, [{ id: 'p1', name: 'Program Penataan Peraturan Perundang-undangan', budget: { 2023: 'Rp 150.000.000' } }]);

  await page.keyboard.press('Escape');  // out of the field Tab wrapped round to (the window's first, at its top)
  await scrollTo(page, 'Hapus', 150, 650);
  await page.screenshot({ path: path.join(artifacts, 'settings-programs.png') });
  await click(page, 'Hapus');
  await widget(page, 'Batal');
  await click(page, 'Batal');
  assert.equal(JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan.programs.length, 1, 'Batal keeps it');
  const rowButton = await widget(page, 'Hapus');
  await click(page, 'Hapus');
  await widget(page, 'Batal');
  const confirm = (await page.evaluate(() => window.tolok.widgets())).find((w) => w.label === 'Hapus' && w.w > 0 && w.y !== rowButton.y);  // the dialog's
  await page.mouse.click(confirm.x + confirm.w / 2, confirm.y + confirm.h / 2);
  await page.waitForFunction(() => !JSON.parse(window.tolok.exportJson()).plan.programs, null, { timeout: 5000 });
}));

test('a category band\'s limit typed as words or emptied is refused with the band named, and nothing changes', () => withApp(async (page) => {
  await click(page, 'tab-settings');
  await scrollTo(page, '+ Skala predikat', 300, 700);  // the category bands above it
  const bandsBefore = await page.evaluate(() => JSON.stringify(JSON.parse(window.tolok.exportJson()).plan.settings));
  const firstMax = async () => (await page.evaluate(() => window.tolok.widgets())).filter((w) => w.label === '##max' && w.w > 0).sort((a, b) => a.y - b.y)[0];
  for (const typed of ['tujuh puluh', '']) {
    await retypeAt(page, await firstMax(), typed);
    await page.waitForTimeout(300);
    const { message } = await page.evaluate(() => window.tolok.state());
    assert.ok(message.startsWith('!Pita "Sangat Rendah", sampai: '), `the message names the band's field after "${typed}": ${message}`);
    assert.equal(await page.evaluate(() => JSON.stringify(JSON.parse(window.tolok.exportJson()).plan.settings)), bandsBefore);
  }
}));

test('a category band is added (the last split) and deleted (its range to the band below) in the settings', () => withApp(async (page) => {
  await click(page, 'tab-settings');
  await scrollTo(page, '+ Pita kategori', 200, 700);
  const bands = async () => (await page.evaluate(() => JSON.parse(window.tolok.exportJson()).plan.settings.bands || []));
  await click(page, '+ Pita kategori');
  await page.waitForFunction(() => (JSON.parse(window.tolok.exportJson()).plan.settings.bands || []).length === 6, null, { timeout: 5000 });
  const six = await bands();
  assert.deepEqual(six.map((b) => b.label), ['Sangat Rendah', 'Rendah', 'Sedang', 'Tinggi', 'Sangat Tinggi', 'Pita baru']);
  assert.equal(six[4].max, 100);  // Sangat Tinggi 90-100, Pita baru above 100
  // The first band's Hapus: its range goes to Rendah, which then starts at 0.
  const deletes = (await page.evaluate(() => window.tolok.widgets())).filter((w) => w.label.endsWith('###band-remove') && w.w > 0).sort((a, b) => a.y - b.y);
  await page.mouse.click(deletes[0].x + deletes[0].w / 2, deletes[0].y + deletes[0].h / 2);
  await page.waitForFunction(() => (JSON.parse(window.tolok.exportJson()).plan.settings.bands || []).length === 5, null, { timeout: 5000 });
  const five = await bands();
  assert.equal(five[0].label, 'Rendah');
  assert.equal(five[0].min, 0);
  // Every capaian still has a category: 20 % is Rendah now.
  await page.evaluate(() => {
    const f = JSON.parse(window.tolok.exportJson());
    f.plan.objectives[2].indicators[1].years['2023'].actual = { value: '4 prd' };
    return window.tolok.importJson(JSON.stringify(f));
  });
  assert.equal((await page.evaluate(() => window.tolok.capaian(2023))).find((r) => r.code === '6').category, 'Rendah');
}));
