// The app driven through its widgets in headless Chromium (widgets found by label via window.tolok.widgets()):
// a realisasi typed in the Capaian tab updates its capaian and survives a reload; a dropped file is previewed and
// imported only after confirmation; an invalid dropped file is refused with its errors and changes nothing; formula
// components typed with a decimal comma keep their value; dialogs work by keyboard (focus shown, Enter, Space, Esc).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withApp, artifacts, click, dropFile, widget, gone, typeInto, openThroughRinci, scrollTo, burst, saveAndReload, reloadApp } from './browser.mjs';

test('realisasi typed through the UI updates capaian and persists', () => withApp(async (page) => {
  await click(page, 'tab-capaian');
  await click(page, '##Realisasi i6');
  await page.keyboard.type('18 prd');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '6').achievement === 90, null, { timeout: 5000 });
  const six = (await page.evaluate(() => window.tolok.capaian(2023))).find((r) => r.code === '6');
  assert.equal(six.category, 'Tinggi');
  assert.equal(six.actual, '18 prd');
  await page.screenshot({ path: path.join(artifacts, 'capaian-typed.png') });
  await saveAndReload(page);
  const again = (await page.evaluate(() => window.tolok.capaian(2023))).find((r) => r.code === '6');
  assert.equal(again.actual, '18 prd');
  assert.equal(again.achievement, 90);
}));

test('formula components are typed as people write numbers: 17,5 is 17.5, not 175', () => withApp(async (page) => {
  // Indicator 5 ("Jumlah Type OPD / Jumlah OPD x 100 %") in the editor, through its Rinci button.
  await openThroughRinci(page, 5);
  await click(page, 'Buat ekspresi dari rumus');
  const comps = async () => (await page.evaluate(() => window.tolok.widgets())).filter((w) => w.label.includes('###comp-') && w.w > 0);
  await page.waitForFunction(() => window.tolok.widgets().filter((w) => w.label.includes('###comp-') && w.w > 0).length === 2, null, { timeout: 5000 });
  const [first, second] = await comps();
  for (const [w, text] of [[first, '17,5'], [second, '20']]) {
    await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
    await page.waitForTimeout(100);
    await page.keyboard.type(text, { delay: 30 });
    await page.keyboard.press('Tab');
    await page.waitForTimeout(100);
  }
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '5').achievement !== null, null, { timeout: 5000 });
  const five = (await page.evaluate(() => window.tolok.capaian(2023))).find((r) => r.code === '5');
  assert.equal(five.actual, '87,5 %');  // 17,5 / 20 x 100 %
  assert.equal(five.achievement, 109.375);  // against the target of 80%
  const plan = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
  const ind = plan.objectives.flatMap((o) => o.indicators).find((i) => i.code === '5');
  assert.deepEqual(Object.values(ind.years['2023'].actual.components).sort((a, b) => a - b), [17.5, 20]);

  // In English a number shown and then edited reads back as shown: 1250, one digit changed, is 1251 (the field
  // once showed "1,250", which read back as 1,251).
  await page.evaluate(() => window.tolok.setLang('en'));
  // At a person's pace: a click, a pause, keys 50 ms apart.
  const editSecond = async (keys) => {
    const w = (await comps())[1];
    await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
    await page.waitForTimeout(300);
    await keys();
    await page.waitForTimeout(100);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
  };
  const press = async (...keys) => { for (const k of keys) { await page.keyboard.press(k); await page.waitForTimeout(50); } };
  const components = async () => {
    const p = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
    return Object.values(p.objectives.flatMap((o) => o.indicators).find((i) => i.code === '5').years['2023'].actual.components).sort((a, b) => a - b);
  };
  await editSecond(async () => { await press('Control+A'); await page.keyboard.type('1250', { delay: 50 }); });
  assert.deepEqual(await components(), [17.5, 1250]);
  await editSecond(async () => { await press('End', 'Backspace'); await page.keyboard.type('1'); });
  assert.deepEqual(await components(), [17.5, 1251]);
  // Typing that comes back to the stored value stores what is shown: "12510", Backspace, is 1251 (it stored 12.510),
  // and 1251 typed again over itself is 1251 (it stored 125).
  await editSecond(async () => { await press('End'); await page.keyboard.type('0'); await press('Backspace'); });
  assert.deepEqual(await components(), [17.5, 1251]);
  await editSecond(async () => { await press('Control+A'); await page.keyboard.type('1251', { delay: 50 }); });
  assert.deepEqual(await components(), [17.5, 1251]);
  // A number typed and the page left at once, the field never left: kept (it was read only when the field was left).
  {
    const w = (await comps())[1];
    await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
    await page.waitForTimeout(300);
    await press('Control+A');
    await page.keyboard.type('277', { delay: 50 });
    await reloadApp(page);
    assert.deepEqual(await components(), [17.5, 277]);
    // (the view is kept: the editor on indicator 5 again)
    await page.waitForFunction(() => window.tolok.widgets().filter((w) => w.label.includes('###comp-') && w.w > 0).length === 2, null, { timeout: 5000 });
  }
  // Text that is not a number, left in the field, changes nothing at all (read keystroke by keystroke, "12 500"
  // kept 12), and the message says so.
  await editSecond(async () => { await press('Control+A'); await page.keyboard.type('12 500', { delay: 50 }); });
  assert.deepEqual(await components(), [17.5, 277]);
  assert.ok((await page.evaluate(() => window.tolok.widgets())).some((w) => w.label === 'x' && w.w > 0), 'a message is shown');
}));

test('a dropped file is previewed, then imported on confirmation; an invalid one changes nothing', () => withApp(async (page) => {
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
}));

test('Ctrl+Z and Ctrl+Y undo and redo a realisasi typed through the UI, also from the next field after Tab', () => withApp(async (page) => {
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

  // Typed, then Tab to the next field: that field has nothing of its own to undo, so Ctrl+Z undoes the
  // realisasi just typed (it used to go to the empty field and do nothing).
  await click(page, 'tab-capaian');
  await click(page, '##Realisasi i10');
  await page.keyboard.type('3 pasar');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '10').actual === '3 pasar', null, { timeout: 5000 });
  await page.keyboard.press('Control+Z');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '10').actual === '', null, { timeout: 5000 });
  await page.keyboard.press('Control+Y');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '10').actual === '3 pasar', null, { timeout: 5000 });
}));

test('Ctrl+Z in a realisasi being retyped brings back the value it had, in one press, not the empty text passed through', () => withApp(async (page) => {
  const actual = () => page.evaluate(() => window.tolok.capaian(2023).find((r) => r.code === '10').actual);
  await click(page, 'tab-capaian');
  await click(page, '##Realisasi i10');
  await page.keyboard.type('4 pasar');
  await click(page, 'tab-plan');
  await click(page, 'tab-capaian');
  assert.equal(await actual(), '4 pasar');
  // Retyped slowly: emptied, then after a pause (longer than the keystroke merge) "7 pasar", then Ctrl+Z.
  await click(page, '##Realisasi i10');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '10').actual === '', null, { timeout: 5000 });
  await page.waitForTimeout(2000);
  await page.keyboard.type('7 pasar');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '10').actual === '7 pasar', null, { timeout: 5000 });
  await page.keyboard.press('Control+Z');
  await page.waitForTimeout(300);
  assert.equal(await actual(), '4 pasar');
  assert.match(await page.evaluate(() => window.tolok.screenText()), /\{ 4 pasar \}/);  // the field shows it too
  await page.keyboard.press('Control+Y');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '10').actual === '7 pasar', null, { timeout: 5000 });
}));

test('a quarter\'s evidence is logged in the editor and feeds that quarter\'s realisasi', () => withApp(async (page) => {
  // Indicator 6 takes its year from the last quarter entered (a sum would wait for all four quarters).
  const plan = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
  plan.plan.objectives.flatMap((o) => o.indicators).find((i) => i.code === '6').aggregation = 'last';
  assert.equal((await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(plan))).ok, true);
  await openThroughRinci(page, 6);
  // The realisasi section is below the fold, scrolled near the top so that the evidence rows below it stay in view.
  await scrollTo(page, 'Periode (komponen, catatan, bukti dukung)', 100, 300);
  await click(page, 'Periode (komponen, catatan, bukti dukung)');
  await click(page, 'TW II');
  await click(page, '+ Tambah bukti dukung');
  for (const [field, text] of [['##date', '2023-05-10'], ['##place', 'Kota Agung']]) {
    await click(page, field);
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await click(page, 'Pakai jumlah bukti');
  // TW II's realisasi now follows its evidence log; the year takes its last quarter entered (TW II).
  const sixOf = async () => JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan.objectives.flatMap((o) => o.indicators).find((i) => i.code === '6');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '6').actual === '1 prd', null, { timeout: 5000 });
  let q2 = (await sixOf()).years['2023'].quarter_actuals[1];
  assert.equal(q2.from_evidence, 'count');
  assert.equal(q2.value, undefined, 'nothing typed: the count is computed');
  assert.deepEqual(q2.evidence, [{ date: '2023-05-10', place: 'Kota Agung', note: '', value: '' }]);
  assert.equal((await sixOf()).years['2023'].actual, undefined, 'the year\'s own realisasi is untouched');
  // A second row logged later counts at once; the new row's date has the keyboard, ready to type.
  await click(page, '+ Tambah bukti dukung');
  await page.waitForTimeout(300);
  await page.keyboard.type('2023-06-02');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '6').actual === '2 prd', null, { timeout: 5000 });
  q2 = (await sixOf()).years['2023'].quarter_actuals[1];
  assert.equal(q2.evidence.length, 2);
  await page.screenshot({ path: path.join(artifacts, 'quarter-evidence.png') });
}));

test("an indicator's own cap ('Konversi 120') is chosen in the editor and caps its capaian, the plan's cap aside", () => withApp(async (page) => {
  await click(page, 'tab-capaian');
  await click(page, '##Realisasi i6');
  await page.keyboard.type('30 prd', { delay: 30 });  // against 20 prd: 150 %
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '6').achievement === 150, null, { timeout: 5000 });
  const six = () => page.evaluate(() => window.tolok.capaian(2023).find((r) => r.code === '6'));
  assert.ok(!(await six()).explanation.includes('dibatasi'), 'the seed plan has no cap');

  await openThroughRinci(page, 6);
  await click(page, 'Batas capaian');
  await click(page, 'batas sendiri');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '6').explanation.includes('dibatasi menjadi 120,00 % (batas indikator ini)'), null, { timeout: 5000 });
  assert.equal((await six()).achievement, 150, 'the uncapped capaian is kept');

  await typeInto(page, 'Batas indikator ini (%)', 110);
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '6').explanation.includes('dibatasi menjadi 110,00 %'), null, { timeout: 5000 });
  await page.screenshot({ path: path.join(artifacts, 'editor-own-cap.png') });
  const plan = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan;
  const ind = plan.objectives.flatMap((o) => o.indicators).find((i) => i.code === '6');
  assert.equal(ind.cap, 110);
  assert.equal(plan.objectives.flatMap((o) => o.indicators).filter((i) => 'cap' in i).length, 1, 'only indicator 6 has its own cap');
}));

test('in English a realisasi typed as 1,250 is said to be read as 1.25 (a decimal comma) when the field is left', () => withApp(async (page) => {
  await page.evaluate(() => window.tolok.setLang('en'));
  await click(page, 'tab-capaian');
  const messageShown = async () => (await page.evaluate(() => window.tolok.widgets())).some((w) => w.label === 'x' && w.w > 0);
  await click(page, '##Realisasi i6');
  await page.keyboard.type('18,5 prd', { delay: 30 });  // a plain decimal comma: no warning
  await page.keyboard.press('Tab');
  await page.waitForTimeout(300);
  assert.equal(await messageShown(), false);
  await click(page, '##Realisasi i9');
  await page.keyboard.type('1,250', { delay: 30 });
  await page.keyboard.press('Tab');
  await page.waitForTimeout(300);
  assert.equal(await messageShown(), true, 'the message bar says how 1,250 was read');
  await page.screenshot({ path: path.join(artifacts, 'english-comma-warning.png') });
  // kept as typed; the capaian reads the bare number in the indicator's unit
  const typed = JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan.objectives.flatMap((o) => o.indicators).find((i) => i.code === '9');
  assert.equal(typed.years['2023'].actual.value, '1,250');
  const nine = (await page.evaluate(() => window.tolok.capaian(2023))).find((r) => r.code === '9');
  assert.equal(nine.actual, '1,250 kec.');
}));

test('dialogs and menus by keyboard: the focus is shown on Batal, Enter and Space press the focused button, Esc cancels', () => withApp(async (page) => {
  const widgets = () => page.evaluate(() => window.tolok.widgets());
  // The label of the item whose keyboard focus is shown, once it is `expected` (or what it is after a second).
  const focusedLabel = async (expected) => {
    let label = null;
    for (let i = 0; i < 50 && label !== expected; i++) {
      if (i) await page.waitForTimeout(20);
      const f = (await widgets()).find((w) => w.focused && w.label);  // in a menu, its window is focused too
      label = f ? f.label : null;
    }
    return label;
  };
  const plans = async () => (await page.evaluate(() => window.tolok.state())).plans;
  // A file dropped on the window: its preview starts on Lanjutkan, and Enter imports (a new plan is added).
  const exported = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
  exported.plan.id = 'kantor-kedua';
  exported.plan.office.name = 'Bagian Organisasi';
  await dropFile(page, 'kantor-kedua.json', JSON.stringify(exported));
  await widget(page, 'Lanjutkan');
  assert.equal(await focusedLabel('Lanjutkan'), 'Lanjutkan');
  await page.keyboard.press('Enter');
  await gone(page, 'Lanjutkan');
  assert.equal(await plans(), 2, 'Enter on Lanjutkan imported the file');
  // The delete confirmation, opened with the mouse: the keyboard focus is shown on Batal.
  const openDelete = async () => {
    await click(page, 'Rencana');
    await click(page, 'Hapus rencana ini...');
    await widget(page, 'Batal');
    assert.equal(await focusedLabel('Batal'), 'Batal', 'the focus starts on Batal, and is shown');
  };
  await openDelete();
  await page.screenshot({ path: path.join(artifacts, 'dialog-keyboard-focus.png') });
  await page.keyboard.press('Enter');
  await gone(page, 'Batal');
  assert.equal(await plans(), 2, 'Enter on Batal deleted nothing');
  await openDelete();
  await burst(page, [' ']);  // pressed and released between two frames, as a quick tap on a slow laptop
  await gone(page, 'Batal');
  assert.equal(await plans(), 2, 'Space on Batal deleted nothing');
  await openDelete();
  await page.keyboard.press('Escape');
  await gone(page, 'Batal');
  assert.equal(await plans(), 2, 'Esc deleted nothing');
  await openDelete();
  await page.keyboard.press('ArrowLeft');
  assert.equal(await focusedLabel('Hapus'), 'Hapus', 'ArrowLeft moves the focus to Hapus');
  await page.keyboard.press('Enter');
  await gone(page, 'Batal');
  assert.equal(await plans(), 1, 'Enter on Hapus deleted the plan');
  // In a menu, Enter chooses the item the arrows reached, as Space does (ImGui alone gives Enter to text fields).
  await click(page, 'Rencana');
  await widget(page, 'Rencana baru');
  for (let i = 0; i < 8 && (await focusedLabel('Rencana baru')) !== 'Rencana baru'; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await focusedLabel('Rencana baru'), 'Rencana baru');
  await page.keyboard.press('Enter');
  await gone(page, 'Rencana baru');
  assert.equal(await plans(), 2, 'Enter on Rencana baru made a plan');
}));

test('Ctrl+Z while a number is half typed undoes the last change, in its own plan, and the typed text goes nowhere', () => withApp(async (page) => {
  const doc = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
  doc.plan.settings.cap = 120;
  await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(doc));
  const other = JSON.parse(JSON.stringify(doc));
  other.plan.id = 'kantor-kedua';
  other.plan.office.name = 'Bagian Organisasi';
  other.plan.settings.cap = 150;
  await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(other));  // shown
  const capOf = async () => JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan.settings.cap;
  await click(page, 'tab-settings');
  await typeInto(page, 'Batas (%)', 130);
  await page.keyboard.press('Tab');
  await page.waitForTimeout(300);
  assert.equal(await capOf(), 130);
  // The Setda plan shown; "5" typed after its 120, then Ctrl+Z twice: the "5", then the last change of the plans
  // (the other plan's cap, 150 -> 130), which undo shows.
  await click(page, 'Rencana');
  await click(page, 'plan0');
  const f = await widget(page, 'Batas (%)');
  await page.mouse.click(f.x + f.w - 5, f.y + f.h / 2);
  await page.waitForTimeout(300);
  await page.keyboard.press('End');
  await page.keyboard.type('5');
  await page.waitForTimeout(200);
  await page.keyboard.press('Control+Z');
  await page.waitForTimeout(300);
  await page.keyboard.press('Control+Z');
  await page.waitForTimeout(500);
  const state = await page.evaluate(() => window.tolok.state());
  assert.equal(state.current, 'kantor-kedua');
  assert.equal(await capOf(), 150, 'the other plan\'s cap is back to 150, not the Setda field\'s 120');
  assert.equal(state.canRedo, true);
  await page.keyboard.press('Control+Y');
  await page.waitForTimeout(300);
  assert.equal(await capOf(), 130);
  // Back on the Setda plan its field shows what is stored.
  await click(page, 'Rencana');
  await click(page, 'plan0');
  assert.equal(await capOf(), 120);
}));

test('a quarter\'s cumulative target is shown whole in the Capaian tab ("10 prd (s.d. TW)"), not cut to "10 prd (s.d...."', () => withApp(async (page) => {
  const plan = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
  const six = plan.plan.objectives.flatMap((o) => o.indicators).find((i) => i.code === '6');
  six.years['2023'].quarter_targets = ['5 prd', '10 prd', '15 prd', '20 prd'];  // cumulative: TW IV is the year's 20 prd
  assert.equal((await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(plan))).ok, true);
  await page.setViewportSize({ width: 1280, height: 800 });
  await click(page, 'tab-capaian');
  await click(page, 'Periode');
  await click(page, 'TW II');
  await page.waitForTimeout(300);
  const text = await page.evaluate(() => window.tolok.screenText());
  assert.match(text, /\| 10 prd \(s\.d\. TW\) \|/);
  await page.screenshot({ path: path.join(artifacts, 'capaian-tw2-cumulative.png') });
}));

test('Ctrl+Z by kind of field: a year typed but not applied is dropped alone; a search box undoes its own typing; a note undoes its last words', () => withApp(async (page) => {
  const plan = () => page.evaluate(() => JSON.parse(window.tolok.exportJson()).plan);
  // A realisasi typed and left: the plans' last change.
  await click(page, 'tab-capaian');
  await click(page, '##Realisasi i10');
  await page.keyboard.type('3 pasar');
  await click(page, 'tab-settings');
  // The period's first year typed (applied only when the field is left), then Ctrl+Z: the typing is dropped, the
  // realisasi stays, and nothing is applied afterwards.
  await typeInto(page, 'period-first', 2019);
  await page.keyboard.press('Control+Z');
  await page.waitForTimeout(400);
  await click(page, 'tab-plan');
  await page.waitForTimeout(300);
  let p = await plan();
  assert.equal(p.period.start, 2018, 'the typed year was not applied');
  assert.equal(p.objectives[3].indicators[1].years['2023'].actual.value, '3 pasar', 'the realisasi was not undone');
  // The plan table's search: Ctrl+Z takes back its own typing, the plans are untouched.
  await click(page, '##search');
  await page.keyboard.type('pasar');
  await page.waitForTimeout(200);
  await page.keyboard.press('Control+Z');
  await page.waitForTimeout(300);
  p = await plan();
  assert.equal(p.objectives[3].indicators[1].years['2023'].actual.value, '3 pasar');
  await page.keyboard.press('Escape');
  // A note typed in two bursts (a pause longer than the merge time between them): Ctrl+Z takes back the last burst.
  await openThroughRinci(page, 10);
  await scrollTo(page, '##note', 100, 700);
  await click(page, '##note');
  await page.keyboard.type('Pasar Kota Agung dipantau.');
  await page.waitForTimeout(2000);
  await page.keyboard.type(' Harga naik.');
  await page.waitForTimeout(300);
  await page.keyboard.press('Control+Z');
  await page.waitForTimeout(400);
  p = await plan();
  assert.equal(p.objectives[3].indicators[1].years['2023'].actual.note, 'Pasar Kota Agung dipantau.');
}));

test('an indicator in % offers only the last value of its evidence; a repeated row is said', () => withApp(async (page) => {
  // Indicator 4 (satuan %) with 2023's evidence: a count of rows (3 %), of places or a sum of percentages means nothing.
  const plan = JSON.parse(await page.evaluate(() => window.tolok.exportJson()));
  const four = plan.plan.objectives.flatMap((o) => o.indicators).find((i) => i.code === '4');
  four.years['2023'].actual = { evidence: [{ date: '2023-02-10', place: 'Kota Agung', note: '', value: '80 %' },
    { date: '2023-02-10', place: 'Kota Agung', note: '', value: '80 %' }, { date: '2023-05-10', place: 'Pugung', note: '', value: '90 %' }] };
  assert.equal((await page.evaluate((t) => window.tolok.importJson(t), JSON.stringify(plan))).ok, true);
  await openThroughRinci(page, 4);
  await scrollTo(page, 'Pakai jumlah bukti', 100, 700);
  const fourOf = async () => JSON.parse(await page.evaluate(() => window.tolok.exportJson())).plan.objectives.flatMap((o) => o.indicators).find((i) => i.code === '4');
  for (const label of ['Pakai jumlah bukti', 'Pakai jumlah tempat berbeda', 'Pakai jumlah nilai']) {
    await click(page, label);  // disabled: nothing follows
    assert.equal((await fourOf()).years['2023'].actual.from_evidence, undefined, label);
  }
  // Hovered, the disabled button says why.
  const sum = await widget(page, 'Pakai jumlah nilai');
  await page.mouse.move(sum.x + sum.w / 2, sum.y + sum.h / 2);
  await page.waitForTimeout(800);
  const shown = await page.evaluate(() => window.tolok.screenText());
  assert.match(shown, /persentase tidak dapat dijumlahkan/);
  assert.match(shown, /sama persis dengan baris 1/);  // row 2 repeats row 1
  await page.screenshot({ path: path.join(artifacts, 'evidence-percent.png') });
  // The last value is a percentage: it can be the realisasi.
  await click(page, 'Pakai nilai terakhir');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '4').actual === '90 %', null, { timeout: 5000 });
  assert.equal((await fourOf()).years['2023'].actual.from_evidence, 'last');
}));

test('a problem said under the title follows a language switch: a cap typed as "abc", then English and back', () => withApp(async (page) => {
  const message = async () => (await page.evaluate(() => window.tolok.state())).message;
  await click(page, 'tab-settings');
  const labels = (await page.evaluate(() => window.tolok.widgets())).map((w) => w.label);
  if (!labels.some((l) => l.startsWith('Batas (%)'))) await click(page, labels.find((l) => l.startsWith('Batasi capaian')));
  await typeInto(page, 'Batas (%)', 'abc');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  assert.equal(await message(), '!Batas (%): "abc" bukan angka; nilainya tidak diubah.');
  await click(page, 'Bahasa');
  await click(page, 'English');
  await page.waitForTimeout(200);
  assert.equal(await message(), '!Cap (%): "abc" is not a number; the value was not changed.');
  await click(page, 'Language');
  await click(page, 'Bahasa Indonesia');
  await page.waitForTimeout(200);
  assert.equal(await message(), '!Batas (%): "abc" bukan angka; nilainya tidak diubah.');
}));

test('Rencana > Buka rencana bawaan over a changed Tanggamus plan asks first, and keeps the realisasi unless replacing is chosen', () => withApp(async (page) => {
  const actualOf6 = () => JSON.parse(window.tolok.exportJson()).plan.objectives.flatMap((o) => o.indicators).find((i) => i.id === 'i6').years['2023'].actual?.value;
  await click(page, 'tab-capaian');
  await typeInto(page, '##Realisasi i6', '18 prd');
  await page.keyboard.press('Enter');
  await page.waitForFunction(actualOf6, null, { timeout: 5000 });
  await click(page, 'Rencana');
  await click(page, 'Buka rencana bawaan (Tanggamus)');
  await widget(page, 'Buka yang sudah diubah');
  assert.equal(await page.evaluate(actualOf6), '18 prd', 'nothing replaced while asking');
  await click(page, 'Buka yang sudah diubah');
  await gone(page, 'Buka yang sudah diubah');
  assert.equal(await page.evaluate(actualOf6), '18 prd');
  await click(page, 'Rencana');
  await click(page, 'Buka rencana bawaan (Tanggamus)');
  await click(page, 'Ganti dengan yang asli');
  await page.waitForFunction(() => window.tolok.state().message.startsWith('Rencana Tanggamus diganti'), null, { timeout: 5000 });
  assert.equal(await page.evaluate(actualOf6), undefined);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(actualOf6, null, { timeout: 5000 });
}));

test('the only indicator of a sasaran moved to another: the sasaran goes with a message saying so and how to get it back', () => withApp(async (page) => {
  await openThroughRinci(page, 4);  // indicator 4, alone in sasaran 2
  await click(page, 'Sasaran');
  const first = (await page.evaluate(() => window.tolok.widgets())).find((w) => w.label.startsWith('1. ') && w.w > 0);
  await page.mouse.click(first.x + first.w / 2, first.y + first.h / 2);
  await page.waitForFunction(() => JSON.parse(window.tolok.exportJson()).plan.objectives.length === 6, null, { timeout: 5000 });
  assert.match((await page.evaluate(() => window.tolok.state())).message, /^Sasaran ".*" tidak punya indikator lain dan ikut dihapus \(Ctrl\+Z mengembalikannya\)\.$/);
}));

test('a realisasi typed as a fraction against a percent target (0,95 for 95 %) is marked (?) where it was typed, saying what to type', () => withApp(async (page) => {
  await click(page, 'tab-capaian');
  await typeInto(page, '##Realisasi i4', '0,95');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.tolok.capaian(2023).find((r) => r.code === '4').achievement < 1, null, { timeout: 5000 });
  await page.waitForTimeout(200);
  assert.match(await page.evaluate(() => window.tolok.screenText()), /\| 0,95 % \(\?\) \|/);
  const cell = (await page.evaluate(() => window.tolok.widgets())).find((w) => w.label === '##Realisasi i4');
  await page.mouse.move(cell.x + cell.w + 30, cell.y + cell.h / 2);  // the capaian beside the field
  await page.waitForFunction(() => window.tolok.screenText().includes('0,95 tanpa tanda % dihitung sebagai 0,95 %; bila maksudnya 95 %'), null, { timeout: 5000 });
}));
