// Two tabs of Unlost see each other's changes and never undo them.
import { test, expect, openApp, storedDocument, storedDrafts } from './fixtures.js';

test("a second tab picks up the first tab's entry without a reload", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a, '/journal');
  await openApp(b, '/journal');

  await a.getByLabel("What's on your mind?").fill('written in tab A');
  await a.getByRole('button', { name: 'Save to journal' }).click();
  await expect(b.locator('.entry-text')).toHaveText(['written in tab A']);

  await b.getByLabel("What's on your mind?").fill('written in tab B');
  await b.getByRole('button', { name: 'Save to journal' }).click();
  await expect(a.locator('.entry-text')).toHaveText(['written in tab B', 'written in tab A']);

  // Neither tab's later save drops the other's entry.
  await a.getByLabel("What's on your mind?").fill('a draft in A');
  await expect.poll(async () => (await storedDrafts(a))?.drafts?.['journal:new']?.text).toBe('a draft in A');
  // A whole save in A keeps B's entry.
  await a.getByRole('button', { name: 'Save to journal' }).click();
  await expect
    .poll(async () => (await storedDocument(a))?.data?.journal?.map((e) => e.text))
    .toEqual(['a draft in A', 'written in tab B', 'written in tab A']);
  await expect(b.locator('.entry-text')).toHaveText(['a draft in A', 'written in tab B', 'written in tab A']);
});

test('a deletion in one tab is not undone by the other', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a, '/journal');
  await a.getByLabel("What's on your mind?").fill('to be deleted');
  await a.getByRole('button', { name: 'Save to journal' }).click();
  await openApp(b, '/journal');
  await expect(b.locator('.entry-text')).toHaveText(['to be deleted']);

  await a.getByRole('button', { name: 'Delete' }).click();
  await expect(b.locator('.entry-text')).toHaveCount(0);
  // B now writes; its save must not bring the deleted entry back.
  await b.getByLabel("What's on your mind?").fill('after the deletion');
  await b.getByRole('button', { name: 'Save to journal' }).click();
  await expect(a.locator('.entry-text')).toHaveText(['after the deletion']);
});
