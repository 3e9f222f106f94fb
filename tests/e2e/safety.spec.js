// Data safety: unreadable storage is kept and explained, a full disk is
// reported without losing anything, backups download, and "delete
// everything" says what goes before it goes.
import { test, expect, openApp, storedDocument, downloadText, STORE_KEY } from './fixtures.js';

const CORRUPT = '{"app":"unlost","version":1,"data":{"journal":[{"id":"a","created_at":1,"updated_at":1,"text":"my words, cut off';

test('corrupt storage shows recovery, keeps the raw text, and offers it as a download', async ({ page }) => {
  await openApp(page, '/journal');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORE_KEY, CORRUPT]);
  await page.reload();
  await expect(page.locator('h1')).toHaveText("We couldn't open your saved writing");
  await expect(page.getByText('Nothing has been changed or deleted.')).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);

  // Time passes, the page is hidden and shown: the stored text is untouched.
  await page.waitForTimeout(1000);
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(CORRUPT);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the saved text' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^unlost-unreadable-\d{4}-\d{2}-\d{2}\.txt$/);
  expect(await downloadText(download)).toBe(CORRUPT);

  // Going back from the question changes nothing.
  await page.getByRole('button', { name: 'Start fresh…' }).click();
  await page.getByRole('button', { name: 'Go back' }).click();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(CORRUPT);

  await page.getByRole('button', { name: 'Start fresh…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start fresh' }).click();
  await expect(page.locator('h1')).toHaveText('Journal');
  const doc = await storedDocument(page);
  expect(doc.app).toBe('unlost');
  expect(doc.data.journal ?? []).toEqual([]);
});

test('data from a newer version is not mistaken for damage and is left alone', async ({ page }) => {
  const newer = '{"app":"unlost","version":999,"data":{"journal":[]}}';
  await openApp(page, '/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORE_KEY, newer]);
  await page.reload();
  await expect(page.getByText('saved by a newer version of Unlost')).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(newer);
});

test('a full disk shows a calm notice, loses nothing, and saves once there is room', async ({ page }) => {
  await openApp(page, '/journal');
  await page.getByLabel("What's on your mind?").fill('saved while there was room');
  await page.getByRole('button', { name: 'Save to journal' }).click();

  // Fill this origin's storage to the brim with other data.
  const fillerKeys = await page.evaluate(() => {
    const keys = [];
    let chunk = 1 << 20;
    while (chunk >= 16) {
      const key = `filler:${keys.length}`;
      try {
        localStorage.setItem(key, 'x'.repeat(chunk));
        keys.push(key);
      } catch {
        chunk = Math.floor(chunk / 2);
      }
    }
    return keys;
  });
  expect(fillerKeys.length).toBeGreaterThan(0);

  const long = 'Written when the disk was full. '.repeat(200).trim();
  await page.getByLabel("What's on your mind?").fill(long);
  await page.getByRole('button', { name: 'Save to journal' }).click();
  const notice = page.getByTestId('save-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('storage for Unlost is full');
  await expect(notice).toContainText('still here while this page stays open');
  await expect(page.locator('.entry-text').first()).toHaveText(long);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  const backup = JSON.parse(await downloadText(download));
  expect(backup.data.journal.map((e) => e.text)).toEqual([long, 'saved while there was room']);

  await page.evaluate((keys) => keys.forEach((k) => localStorage.removeItem(k)), fillerKeys);
  await notice.getByRole('button', { name: 'Try saving again' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.entry-text')).toHaveText([long, 'saved while there was room']);
});

test('settings downloads a dated JSON backup of everything', async ({ page }) => {
  await openApp(page, '/journal');
  await page.getByLabel("What's on your mind?").fill('an entry for the backup');
  await page.getByRole('button', { name: 'Save to journal' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('last-backup')).toHaveText('You have not downloaded a backup yet.');
  await expect(page.getByTestId('version')).toHaveText(/^Version \d+\.\d+\.\d+$/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup (JSON)' }).click(),
  ]);
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  expect(download.suggestedFilename()).toBe(`unlost-backup-${today}.json`);
  const backup = JSON.parse(await downloadText(download));
  expect(backup.app).toBe('unlost');
  expect(backup.version).toBe(3);
  expect(backup.data.journal[0].text).toBe('an entry for the backup');
  await expect(page.getByTestId('last-backup')).toHaveText(/^Last backup: /);
});

test('delete everything names what will go, can be cancelled, and then removes it all', async ({ page }) => {
  await openApp(page, '/journal');
  for (const text of ['one', 'two']) {
    await page.getByLabel("What's on your mind?").fill(text);
    await page.getByRole('button', { name: 'Save to journal' }).click();
  }
  await page.getByLabel("What's on your mind?").fill('a draft');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete everything?' });
  await expect(dialog).toContainText('2 journal entries, 1 unfinished draft');
  await dialog.getByRole('button', { name: 'Keep everything' }).click();
  await expect(dialog).toBeHidden();
  expect((await storedDocument(page)).data.journal).toHaveLength(2);

  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Everything has been deleted' })).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('unlost:')));
  expect(keys).toEqual([]);
  await page.reload();
  await expect(page.getByTestId('inventory')).toHaveText('Kept here: nothing written yet.');
});
