// The journal keeps every word: across reloads, a closed tab mid-sentence,
// edits, deletions with undo, and text that looks like code.
import { test, expect, openApp, waitForSaved, storedDocument, storedDrafts } from './fixtures.js';

async function write(page, text) {
  const box = page.getByLabel("What's on your mind?");
  await box.fill(text);
  await page.getByRole('button', { name: 'Save to journal' }).click();
  await expect(page.locator('.entry-text').filter({ hasText: text })).toBeVisible();
}

test('an entry written and saved is there after a reload', async ({ page }) => {
  await openApp(page, '/journal');
  await expect(page.getByText('Your entries will appear here')).toBeVisible();
  await write(page, 'Day one. I did not text them.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved in your journal.' })).toBeAttached();
  await page.reload();
  await expect(page.locator('.entry-text')).toHaveText(['Day one. I did not text them.']);
  await expect(page.locator('.day-label').first()).toHaveText('Today');
  const doc = await storedDocument(page);
  expect(doc.app).toBe('unlost');
  expect(doc.data.journal[0].text).toBe('Day one. I did not text them.');
});

test('entries are listed newest first', async ({ page }) => {
  await openApp(page, '/journal');
  await write(page, 'first');
  await write(page, 'second');
  await write(page, 'third');
  await expect(page.locator('.entry-text')).toHaveText(['third', 'second', 'first']);
});

test('text typed but not saved survives a reload at once', async ({ page }) => {
  await openApp(page, '/journal');
  const box = page.getByLabel("What's on your mind?");
  await box.pressSequentially('I keep checking my phone and');
  // No waiting for the save pause: reload straight away.
  await page.reload();
  await expect(page.getByLabel("What's on your mind?")).toHaveValue('I keep checking my phone and');
});

test('closing the tab mid-sentence keeps the sentence', async ({ context }) => {
  const page = await context.newPage();
  await openApp(page, '/journal');
  await page.getByLabel("What's on your mind?").pressSequentially('Half a thought when the tab clo');
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await openApp(again, '/journal');
  await expect(again.getByLabel("What's on your mind?")).toHaveValue('Half a thought when the tab clo');
});

test('switching to another app (page hidden) saves at once', async ({ page }) => {
  await openApp(page, '/journal');
  await page.getByLabel("What's on your mind?").fill('written just before switching apps');
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  // Typing is kept in the small drafts record, not the whole document.
  expect((await storedDrafts(page))?.drafts?.['journal:new']?.text).toBe('written just before switching apps');
});

test('an entry can be edited, and the edit is kept', async ({ page }) => {
  await openApp(page, '/journal');
  await write(page, 'I was angry today');
  await page.getByRole('button', { name: 'Edit' }).click();
  const box = page.getByLabel('Edit entry');
  await expect(box).toBeFocused();
  await box.fill('I was angry today, and then it passed');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('.entry-text')).toHaveText(['I was angry today, and then it passed']);
  await expect(page.locator('.entry-edited')).toContainText('edited');
  await page.reload();
  await expect(page.locator('.entry-text')).toHaveText(['I was angry today, and then it passed']);
});

test('an unfinished edit survives a reload', async ({ page }) => {
  await openApp(page, '/journal');
  await write(page, 'original words');
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Edit entry').fill('better words, not saved yet');
  await page.reload();
  await expect(page.getByLabel('Edit entry')).toHaveValue('better words, not saved yet');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.entry-text')).toHaveText(['original words']);
});

test('deleting offers undo, and undo brings the entry back', async ({ page }) => {
  await openApp(page, '/journal');
  await write(page, 'keep this one');
  await write(page, 'delete this one');
  await page.locator('.entry').filter({ hasText: 'delete this one' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.entry-text')).toHaveText(['keep this one']);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(page.locator('.entry-text')).toHaveText(['delete this one', 'keep this one']);
  // Focus does not vanish with the Undo button.
  await expect(page.locator('ol.entries')).toBeFocused();
  await page.reload();
  await expect(page.locator('.entry-text')).toHaveText(['delete this one', 'keep this one']);

  await page.locator('.entry').filter({ hasText: 'delete this one' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.entry-text')).toHaveText(['keep this one']);
  await waitForSaved(page, 'keep this one');
  await page.reload();
  await expect(page.locator('.entry-text')).toHaveText(['keep this one']);
});

test('leaving the journal while Undo is offered leaves the app working when the offer runs out', async ({ page }) => {
  // The toast's timer used to outlive the list and reach for its gone
  // button: a panic, and with it the whole app stopped answering.
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.clock.install();
  await openApp(page, '/journal');
  await write(page, 'delete this one');
  await page.locator('.entry').filter({ hasText: 'delete this one' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await page.clock.runFor('00:15');
  await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
  await write(page, 'still here, still working');
  await expect(page.locator('.entry-text')).toHaveText(['still here, still working']);
  expect(errors).toEqual([]);
});

test('text that looks like code is shown as text and never runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  await openApp(page, '/journal');
  const attack = '<img src=x onerror=alert(1)>';
  await write(page, attack);
  await expect(page.locator('.entry-text')).toHaveText([attack]);
  await page.reload();
  await expect(page.locator('.entry-text')).toHaveText([attack]);
  expect(await page.locator('main img').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('writing in a stage links back to it and moves its status to in progress', async ({ page }) => {
  await openApp(page, '/stage/work-on-yourself/reflect/my-part');
  await page.getByLabel('Your answer today').fill('I shut down when we argued.');
  await page.getByRole('button', { name: 'Save this answer' }).click();
  await expect(page.locator('.entry-text')).toHaveText(['I shut down when we argued.']);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Path' }).click();
  await expect(page.locator('.stage-card[data-stage="work-on-yourself"] .status')).toContainText('In progress');
  await expect(page.locator('.stage-card[data-stage="reality-check"] .status')).toContainText('Not started');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  const entry = page.locator('.entry').filter({ hasText: 'I shut down when we argued.' });
  await entry.getByRole('link', { name: /What part did you play/ }).click();
  await expect(page.locator('h1')).toHaveText('Reflection');
  await expect(page.locator('.entry-text')).toHaveText(['I shut down when we argued.']);
});
