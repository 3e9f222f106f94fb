// The promises under attack, with several tabs open: the lock never turns
// itself off, saves made at the same instant lose nothing, another tab's
// save never empties a box being typed in, and restores can't hurt what is
// here (times no calendar can show, deletions, a merge too big to save).
import { test, expect, openApp, storedDocument, STORE_KEY } from './fixtures.js';

const PASS = 'quiet harbour lamp';
const box = (page) => page.getByLabel("What's on your mind?");
const saveButton = (page) => page.getByRole('button', { name: 'Save to journal' });

/** Every value Unlost keeps in localStorage, joined. */
async function everythingStored(page) {
  return page.evaluate(() => {
    const out = [];
    for (let i = 0; i < localStorage.length; i += 1) {
      const k = localStorage.key(i);
      if (k.startsWith('unlost:')) out.push(`${k}=${localStorage.getItem(k)}`);
    }
    return out.join('\n');
  });
}

async function turnOnLock(page) {
  await page.goto('/settings');
  await page.getByLabel('New passphrase', { exact: true }).fill(PASS);
  await page.getByLabel('The same passphrase again').fill(PASS);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(page.getByTestId('lock-message')).toContainText('The lock is on.');
}

async function unlock(page) {
  await expect(page.locator('h1')).toHaveText('Unlost is locked');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: /^Unlock/ }).click();
  await expect(page.locator('h1')).not.toHaveText('Unlost is locked', { timeout: 15000 });
}

test('two unlocked tabs saving in turn never write plaintext, and the lock stays on in both', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a, '/journal');
  await turnOnLock(a);
  await b.goto('/journal');
  await unlock(b);

  // Tab A writes; tab B, which does nothing, must not rewrite it in the clear.
  await a.goto('/journal');
  await unlock(a);
  await box(a).fill('secret A');
  await saveButton(a).click();
  await expect(b.locator('.entry-text')).toHaveText(['secret A']);
  // Then B writes too, and A again: turn and turn about.
  await box(b).fill('secret B');
  await saveButton(b).click();
  await expect(a.locator('.entry-text')).toHaveText(['secret B', 'secret A']);
  await box(a).fill('draft kept as typed');
  await a.waitForTimeout(1500);
  const stored = await everythingStored(a);
  expect(stored).not.toContain('secret A');
  expect(stored).not.toContain('secret B');
  expect(stored).not.toContain('draft kept as typed');
  expect(JSON.parse(await a.evaluate((k) => localStorage.getItem(k), STORE_KEY)).locked).toBe(1);

  // B still shows the lock as on, and a new tab asks for the passphrase.
  await b.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(b.getByRole('button', { name: 'Lock now' })).toBeVisible();
  const c = await context.newPage();
  await c.goto('/journal');
  await expect(c.locator('h1')).toHaveText('Unlost is locked');
});

test('two tabs saving at the same instant, 100 times, lose no entry', async ({ context }) => {
  test.setTimeout(240_000);
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a, '/journal');
  await openApp(b, '/journal');
  const rounds = 100;
  for (let i = 0; i < rounds; i += 1) {
    await box(a).fill(`a ${i}`);
    await box(b).fill(`b ${i}`);
    // Both clicks are sent at once; neither waits for the other.
    await Promise.all([
      a.evaluate(() => document.querySelector('.editor .button-primary').click()),
      b.evaluate(() => document.querySelector('.editor .button-primary').click()),
    ]);
  }
  const want = [];
  for (let i = 0; i < rounds; i += 1) want.push(`a ${i}`, `b ${i}`);
  want.sort();
  const texts = async () => ((await storedDocument(a))?.data?.journal ?? []).map((e) => e.text).sort();
  await expect.poll(texts, { timeout: 30_000 }).toEqual(want);
  // Both tabs show all of them too (30 at a time).
  for (const page of [a, b]) {
    await expect(page.locator('.entry-text')).toHaveCount(30);
    await expect(page.getByRole('button', { name: `Show older entries (${2 * rounds - 30} more)` })).toBeVisible();
  }
});

test('three tabs: typing in two and saving in the third keeps both drafts across a reload', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  const c = await context.newPage();
  await openApp(a, '/journal');
  await openApp(b, '/stage/work-on-yourself/reflect/my-part');
  await openApp(c, '/journal');
  for (let round = 0; round < 4; round += 1) {
    const reflect = b.locator('textarea').first();
    await Promise.all([
      box(a).fill(`journal draft ${round}`),
      reflect.fill(`reflection draft ${round}`),
      (async () => {
        await box(c).fill(`saved in C ${round}`);
        await saveButton(c).click();
      })(),
    ]);
    await a.waitForTimeout(1200);
    await a.reload();
    await b.reload();
    await expect(box(a)).toHaveValue(`journal draft ${round}`);
    await expect(b.locator('textarea').first()).toHaveValue(`reflection draft ${round}`);
  }
  const texts = ((await storedDocument(a))?.data?.journal ?? []).map((e) => e.text).sort();
  expect(texts).toEqual(['saved in C 0', 'saved in C 1', 'saved in C 2', 'saved in C 3']);
});

test("another tab's save never empties the box this tab is typing in", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a, '/journal');
  await openApp(b, '/journal');
  await box(b).fill('B words');
  await expect(box(a)).toHaveValue('B words');
  await box(a).fill('');
  await box(a).pressSequentially('A typed this');
  // Within the pause before A's draft is saved, B saves its box.
  await saveButton(b).click();
  await expect(b.locator('.entry-text')).toHaveText(['B words']);
  await a.waitForTimeout(1500);
  await expect(box(a)).toHaveValue('A typed this');
  await expect(box(b)).toHaveValue('A typed this');
  await a.reload();
  await expect(box(a)).toHaveValue('A typed this');
});

test('a restored time no calendar can show is mended, named, and blanks nothing', async ({ page }) => {
  await openApp(page, '/journal');
  await box(page).fill('Already here.');
  await saveButton(page).click();
  for (const at of ['9e15', '9223372036854775807', '-9223372036854775808']) {
    await page.goto('/settings');
    const text = `{"app":"unlost","version":3,"saved_at":0,"data":{"journal":[{"id":"j-far-${at.length}","created_at":${at},"updated_at":${at},"text":"far ${at}"}]}}`;
    await page.getByLabel('Backup file', { exact: true }).setInputFiles({ name: 'far.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByTestId('restore-preview')).toContainText('It holds 1 journal entry');
    await expect(page.getByTestId('restore-fixed-times')).toContainText(`2 dates in this file (in “far ${at}”)`);
    await page.getByRole('button', { name: "Merge into what's here" }).click();
    await expect(page.getByTestId('restore-message')).toContainText('Merged: 1 journal entry');
  }
  await page.goto('/journal');
  await expect(page.locator('.entry-text')).toHaveCount(4);
  await page.getByRole('button', { name: 'Delete' }).first().click();
  await expect(page.locator('.entry-text')).toHaveCount(3);
  await page.reload();
  await expect(page.locator('.entry-text')).toHaveCount(3);
  await page.goto('/timeline');
  await expect(page.locator('h1')).toHaveText('Timeline');
  await expect(page.locator('main')).toContainText('Already here.');
});

test('a backup that only deletes says so, and merging keeps what is here unless asked', async ({ page }) => {
  await openApp(page, '/journal');
  await box(page).fill('Do not take this.');
  await saveButton(page).click();
  // The save takes its turn under the tab lock: wait for it to be stored.
  await expect.poll(async () => (await storedDocument(page))?.data?.journal?.length ?? 0).toBe(1);
  const id = (await storedDocument(page)).data.journal[0].id;
  const later = Date.now() + 1000;
  const text = `{"app":"unlost","version":3,"data":{"deleted":{"${id}":${later}}}}`;
  await page.goto('/settings');
  await page.getByLabel('Backup file', { exact: true }).setInputFiles({ name: 'd.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('restore-deletions')).toContainText('marks 1 journal entry that is here as deleted: “Do not take this.”');
  await expect(page.getByLabel('Remove it here too')).not.toBeChecked();
  await page.getByRole('button', { name: "Merge into what's here" }).click();
  await expect(page.getByTestId('restore-message')).toContainText('nothing new was added');
  expect((await storedDocument(page)).data.journal.map((e) => e.text)).toEqual(['Do not take this.']);

  // Asked to, it follows the backup, and says so.
  await page.getByLabel('Backup file', { exact: true }).setInputFiles({ name: 'd.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByLabel('Remove it here too').check();
  await page.getByRole('button', { name: "Merge into what's here" }).click();
  await expect(page.getByTestId('restore-message')).toContainText('1 journal entry the backup had deleted was removed here.');
  await expect.poll(async () => (await storedDocument(page)).data.journal.length).toBe(0);
});

test('a merge too big to save is not applied, and later writing is saved', async ({ page }) => {
  await openApp(page, '/journal');
  const big = 'x'.repeat(2_600_000);
  await page.evaluate((t) => {
    const ta = document.querySelector('.editor textarea');
    ta.value = t;
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }, big);
  await saveButton(page).click();
  await expect.poll(async () => (await storedDocument(page))?.data?.journal?.length ?? 0).toBe(1);
  const before = await page.evaluate((k) => localStorage.getItem(k), STORE_KEY);
  const backup = JSON.stringify({ app: 'unlost', version: 3, data: { journal: [{ id: 'j-huge', created_at: 1764547200000, updated_at: 1764547200000, text: 'y'.repeat(2_700_000) }] } });
  await page.goto('/settings');
  await page.getByLabel('Backup file', { exact: true }).setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await page.getByRole('button', { name: "Merge into what's here" }).click();
  await expect(page.getByTestId('restore-message')).toContainText('Nothing was merged');
  expect(await page.evaluate((k) => localStorage.getItem(k), STORE_KEY)).toBe(before);
  await page.goto('/journal');
  await expect(page.locator('.entry-text')).toHaveCount(1);
  await box(page).fill('Written after the refused merge.');
  await saveButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved in your journal.' })).toBeAttached();
  await expect.poll(async () => (await storedDocument(page)).data.journal.length).toBe(2);
});

test('"Saved" is said only once it is saved', async ({ page }) => {
  await openApp(page, '/journal');
  // Every write fails, as when storage is full.
  await page.evaluate(() => {
    const real = Storage.prototype.setItem;
    window.__failWrites = true;
    Storage.prototype.setItem = function (k, v) {
      if (window.__failWrites) throw new DOMException('full', 'QuotaExceededError');
      return real.call(this, k, v);
    };
  });
  await box(page).fill('Not on the device yet.');
  await saveButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kept in this tab, but not yet saved on this device.' })).toBeAttached();
  await expect(page.getByRole('status').filter({ hasText: 'Saved in your journal.' })).toHaveCount(0);
  await expect(page.getByTestId('save-notice')).toBeVisible();
});

test('turning the lock on in one tab keeps what another tab was typing, across a reload', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a, '/settings');
  await openApp(b, '/journal');
  await a.getByLabel('New passphrase', { exact: true }).fill(PASS);
  await a.getByLabel('The same passphrase again').fill(PASS);
  // B types, and at the same moment the lock comes on in A: long before
  // B's pause to save is over.
  await Promise.all([
    b.evaluate(() => {
      const ta = document.querySelector('.editor textarea');
      ta.value = 'B was in the middle of this';
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }),
    a.evaluate(() => [...document.querySelectorAll('button')].find((x) => x.textContent.includes('Turn on the lock')).click()),
  ]);
  await expect(a.getByTestId('lock-message')).toContainText('The lock is on.');
  await expect(b.locator('h1')).toHaveText('Unlost is locked');
  expect(await everythingStored(a)).not.toContain('B was in the middle');
  await b.reload();
  await unlock(b);
  await expect(box(b)).toHaveValue('B was in the middle of this');
});

test('a merge counts what actually changes: one id written three times is one entry', async ({ page }) => {
  await openApp(page, '/settings');
  const entry = '{"id":"same","created_at":1764547200000,"updated_at":1764547200000,"text":"only once"}';
  const text = `{"app":"unlost","version":3,"data":{"journal":[${entry},${entry},${entry}]}}`;
  await page.getByLabel('Backup file', { exact: true }).setInputFiles({ name: 'dup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: "Merge into what's here" }).click();
  await expect(page.getByTestId('restore-message')).toHaveText('Merged: 1 journal entry from the backup is now here too, with nothing doubled.');
  await page.getByLabel('Backup file', { exact: true }).setInputFiles({ name: 'dup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: "Merge into what's here" }).click();
  await expect(page.getByTestId('restore-message')).toContainText('nothing new was added');
  expect((await storedDocument(page)).data.journal.map((e) => e.text)).toEqual(['only once']);
});

test('a backup with a later version of an entry here never overwrites it unless asked', async ({ page }) => {
  await openApp(page, '/journal');
  await box(page).fill('My own words.');
  await saveButton(page).click();
  await expect.poll(async () => (await storedDocument(page))?.data?.journal?.length ?? 0).toBe(1);
  const mine = (await storedDocument(page)).data.journal[0];
  const theirs = { ...mine, text: 'Words from somewhere else.', updated_at: 253402300799999 };
  const text = JSON.stringify({ app: 'unlost', version: 3, data: { journal: [theirs] } });
  await page.goto('/settings');
  await page.getByLabel('Backup file', { exact: true }).setInputFiles({ name: 'v.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('restore-deletions')).toContainText('a different, later version of 1 journal entry here: “My own words.”');
  await page.getByRole('button', { name: "Merge into what's here" }).click();
  await expect(page.getByTestId('restore-message')).toContainText('Merged: 1 journal entry');
  const texts = (await storedDocument(page)).data.journal.map((e) => e.text).sort();
  expect(texts).toEqual(['My own words.', 'Words from somewhere else.']);
});
