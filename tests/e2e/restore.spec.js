// Backups that really restore: bad files refused with a clear reason and
// nothing changed; a good one previewed, merged (twice, without doubles) or
// used to replace what is here after a confirmation.
import { test, expect, openApp, expectNoAxeViolations, downloadText, STORE_KEY } from './fixtures.js';

async function write(page, text) {
  await page.getByLabel("What's on your mind?").fill(text);
  await page.getByRole('button', { name: 'Save to journal' }).click();
}

async function backupOf(page) {
  await page.goto('/settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup (JSON)' }).click(),
  ]);
  return downloadText(download);
}

async function choose(page, name, text) {
  await page.getByLabel('Backup file', { exact: true }).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('bad files are refused with a reason, and nothing here changes', async ({ page }) => {
  await openApp(page, '/journal');
  await write(page, 'Something I must not lose.');
  const good = await backupOf(page);
  // The backup's own date is saved a moment later; compare from then on.
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toContain('last_backup_at');
  const before = await page.evaluate((key) => localStorage.getItem(key), STORE_KEY);
  const cases = [
    ['cut-off.json', good.slice(0, good.length / 2), 'incomplete or has been changed'],
    ['photo.json', '{"name": "holiday"}', "isn't an Unlost backup"],
    ['future.json', good.replace('"version": 3', '"version": 12'), 'newer version of Unlost (format 12)'],
    ['empty.json', '', 'That file is empty.'],
  ];
  for (const [name, text, words] of cases) {
    await choose(page, name, text);
    await expect(page.getByTestId('restore-message')).toContainText(words);
    await expect(page.getByTestId('restore-preview')).toHaveCount(0);
  }
  await expectNoAxeViolations(page, 'settings with a refused backup');
  expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(before);
});

test('a backup is previewed, merged without doubles, and can replace everything', async ({ page }) => {
  await openApp(page, '/journal');
  await write(page, 'From before the backup.');
  const backup = await backupOf(page);

  // Later: a new entry, then the old backup merged in twice.
  await page.goto('/journal');
  await write(page, 'Written after the backup.');
  await page.goto('/settings');
  for (let i = 0; i < 2; i++) {
    await choose(page, 'unlost-backup.json', backup);
    await expect(page.getByTestId('restore-preview')).toContainText('It holds 1 journal entry');
    await page.getByRole('button', { name: "Merge into what's here" }).click();
    await expect(page.getByTestId('restore-message')).toContainText('Merged');
  }
  await page.goto('/journal');
  await expect(page.locator('.entry-text')).toHaveText(['Written after the backup.', 'From before the backup.']);

  // Replace: asks first, then what is here is exactly the backup.
  await page.goto('/settings');
  await choose(page, 'unlost-backup.json', backup);
  await page.getByRole('button', { name: "Replace what's here…" }).click();
  await expect(page.getByRole('dialog')).toContainText('This removes 2 journal entries');
  await page.getByRole('button', { name: 'Replace with the backup' }).click();
  await expect(page.getByTestId('restore-message')).toContainText('Restored: Unlost now holds 1 journal entry.');
  await page.reload();
  await page.goto('/journal');
  await expect(page.locator('.entry-text')).toHaveText(['From before the backup.']);
});

test('a quiet backup reminder after two weeks, and the storage meter', async ({ page }) => {
  const start = new Date('2026-11-01T10:00:00');
  await page.clock.install({ time: start });
  await openApp(page, '/journal');
  await write(page, 'Worth keeping.');
  await page.goto('/');
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
  await page.clock.setSystemTime(new Date(start.getTime() + 15 * 24 * 3600 * 1000));
  await page.reload();
  const reminder = page.getByTestId('backup-reminder');
  await expect(reminder).toContainText('been a while since your last backup');
  await expectNoAxeViolations(page, 'home with the backup reminder');
  const [download] = await Promise.all([page.waitForEvent('download'), reminder.getByRole('button', { name: 'Download a backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^unlost-backup-2026-11-16\.json$/);
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);

  await page.goto('/settings');
  const meter = page.getByTestId('storage-meter');
  await expect(meter).toContainText(/^Space used in this browser\s*0\.0\d MB of about 5 MB\.$/);
  expect(Number(await meter.locator('meter').getAttribute('value'))).toBeGreaterThan(100);
  await expect(page.getByTestId('persistence')).toContainText(/Protected|Not protected|doesn't say/);
  // Turning the reminder off keeps it off.
  await page.getByLabel('Remind me to back up').selectOption('0');
  await page.clock.setSystemTime(new Date(start.getTime() + 90 * 24 * 3600 * 1000));
  await page.goto('/');
  await expect(page.getByTestId('checkin-prompt')).toBeVisible();
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
});

test('a passphrase-protected backup: exported, everything wiped, and imported back', async ({ page }) => {
  await openApp(page, '/journal');
  await write(page, 'Kept safe inside a locked file.');
  await page.goto('/settings');
  await page.getByLabel('Protect the backup file with a passphrase').check();
  await page.getByLabel('Passphrase for this file').fill('orange river');
  await page.getByLabel('The same passphrase again').first().fill('orange river');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^unlost-backup-\d{4}-\d{2}-\d{2}-locked\.json$/);
  const locked = await downloadText(download);
  expect(locked).toMatch(/^\{"app":"unlost","locked":1/);
  expect(locked).not.toContain('Kept safe');

  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
  await expect(page.getByTestId('inventory')).toContainText('nothing written yet');

  // Tampered: refused, nothing changes.
  const v = JSON.parse(locked);
  const tampered = JSON.stringify({ ...v, data: (v.data[0] === 'A' ? 'B' : 'A') + v.data.slice(1) });
  await choose(page, 'tampered.json', tampered);
  await page.getByLabel("The backup's passphrase").fill('orange river');
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await expect(page.getByTestId('restore-message')).toContainText("doesn't open this backup, or the file has been changed");

  await choose(page, 'unlost-backup-locked.json', locked);
  await page.getByLabel("The backup's passphrase").fill('orange rivers');
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await expect(page.getByTestId('restore-message')).toContainText("doesn't open this backup");
  await page.getByLabel("The backup's passphrase").fill('orange river');
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await expect(page.getByTestId('restore-preview')).toContainText('It holds 1 journal entry');
  await expectNoAxeViolations(page, 'restoring a protected backup');
  await page.getByRole('button', { name: "Merge into what's here" }).click();
  await page.goto('/journal');
  await expect(page.locator('.entry-text')).toHaveText(['Kept safe inside a locked file.']);
});

test('the storage meter warns when the space is nearly full', async ({ page }) => {
  await openApp(page, '/settings');
  await expect(page.getByTestId('storage-meter')).not.toContainText('getting full');
  // Another key of this site taking up most of the space.
  await page.evaluate(() => localStorage.setItem('unlost:test-filler', 'x'.repeat(4_400_000)));
  await page.reload();
  const meter = page.getByTestId('storage-meter');
  await expect(meter).toContainText(/^Space used in this browser\s*4\.2\d MB of about 5 MB\./);
  await expect(meter).toContainText("Unlost's space here is getting full. Download a backup now");
  await expectNoAxeViolations(page, 'storage nearly full');
  await page.evaluate(() => localStorage.removeItem('unlost:test-filler'));
});
