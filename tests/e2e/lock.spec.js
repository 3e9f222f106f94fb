// The passphrase lock: encryption at rest (no plaintext in storage), the
// unlock screen (a wrong passphrase changes nothing), auto-lock with a
// controlled clock, Hide locking too, changing and removing the passphrase,
// and the honest forgotten-passphrase path. Also reports the unlock time.
import { test, expect, openApp, expectNoAxeViolations, STORE_KEY } from './fixtures.js';

const PASS = 'blue kettle morning';

async function stored(page) {
  return page.evaluate((key) => localStorage.getItem(key), STORE_KEY);
}

async function turnOnLock(page, pass = PASS) {
  await page.goto('/settings');
  await page.getByLabel('New passphrase', { exact: true }).fill(pass);
  await page.getByLabel('The same passphrase again').fill(pass);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(page.getByTestId('lock-message')).toContainText('The lock is on.');
}

async function unlock(page, pass) {
  await page.getByLabel('Passphrase', { exact: true }).fill(pass);
  const started = Date.now();
  await page.getByRole('button', { name: /^Unlock/ }).click();
  return started;
}

test('with the lock on, storage holds no plaintext, and only the passphrase opens it', async ({ page }, testInfo) => {
  await openApp(page, '/journal');
  await page.getByLabel("What's on your mind?").fill('Nobody may read this but me.');
  await page.getByRole('button', { name: 'Save to journal' }).click();
  await turnOnLock(page);
  const sealed = await stored(page);
  expect(sealed).toMatch(/^\{"app":"unlost","locked":1,"kdf":"argon2id","m":19456,"t":2,"p":1/);
  expect(sealed).not.toContain('Nobody may read');

  await page.reload();
  await expect(page.locator('h1')).toHaveText('Unlost is locked');
  await expect(page.locator('main')).not.toContainText('Nobody may read');
  await expectNoAxeViolations(page, 'unlock screen');
  await unlock(page, 'blue kettle evening');
  await expect(page.getByRole('alert')).toContainText("That passphrase doesn't open it.");
  expect(await stored(page)).toBe(sealed);

  const started = await unlock(page, PASS);
  // It opens where the person was, and with the lock on, backups are
  // offered protected by default.
  await expect(page.locator('h1')).toHaveText('Settings');
  await expect(page.getByLabel('Protect the backup file with a passphrase')).toBeChecked();
  const ms = Date.now() - started;
  testInfo.annotations.push({ type: 'unlock time (Argon2id 19 MiB, t=2)', description: `${ms} ms` });
  console.log(`unlock time in headless Chromium (Argon2id m=19 MiB, t=2, p=1, release wasm): ${ms} ms`);
  // A full page load would ask again (the key lives only in memory), so
  // move within the app.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click({ timeout: 5000 });
  await expect(page.locator('.entry-text')).toHaveText(['Nobody may read this but me.']);

  // New writing is saved encrypted too, with a fresh nonce each time.
  await page.getByLabel("What's on your mind?").fill('A second, also private.');
  await page.getByRole('button', { name: 'Save to journal' }).click();
  await expect.poll(() => stored(page)).not.toBe(sealed);
  const again = await stored(page);
  expect(again).not.toContain('private');
  expect(JSON.parse(again).nonce).not.toBe(JSON.parse(sealed).nonce);
});

test('it locks again after the chosen idle time, and Hide locks at once', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-30T20:00:00') });
  await openApp(page, '/');
  await turnOnLock(page);
  await page.getByLabel('Lock again after').selectOption('1');
  await page.clock.runFor('00:50');
  await expect(page.locator('h1')).toHaveText('Settings');
  await page.clock.runFor('01:30');
  await expect(page.locator('h1')).toHaveText('Unlost is locked');
  await unlock(page, PASS);
  await expect(page.locator('h1')).not.toHaveText('Unlost is locked');

  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page.locator('main')).not.toContainText('Unlost');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('h1')).toHaveText('Unlost is locked');
});

test('changing the passphrase, then turning the lock off', async ({ page }) => {
  await openApp(page, '/');
  await turnOnLock(page);
  await page.getByText('Change the passphrase').click();
  await page.getByLabel('New passphrase', { exact: true }).fill('green door night');
  await page.getByLabel('The same passphrase again').fill('green door night');
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByTestId('lock-message')).toContainText('Passphrase changed.');
  await page.reload();
  await unlock(page, PASS);
  await expect(page.getByRole('alert')).toContainText("doesn't open it");
  await unlock(page, 'green door night');
  await expect(page.locator('h1')).toHaveText('Settings');

  await page.getByText('Turn the lock off').first().click();
  await page.getByLabel('Your current passphrase').fill('wrong one');
  await page.getByRole('button', { name: 'Turn the lock off' }).click();
  await expect(page.getByTestId('lock-message')).toContainText('the lock stays on');
  await page.getByLabel('Your current passphrase').fill('green door night');
  await page.getByRole('button', { name: 'Turn the lock off' }).click();
  await expect(page.getByTestId('lock-message')).toContainText('The lock is off.');
  expect(JSON.parse(await stored(page)).version).toBe(3);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Settings');
});

test('a forgotten passphrase: no recovery, only erasing, after a confirmation', async ({ page }) => {
  await openApp(page, '/');
  await turnOnLock(page);
  await page.reload();
  await page.getByText('Forgot your passphrase?').click();
  await expect(page.locator('main')).toContainText('There is no way to recover it');
  await page.getByRole('button', { name: 'Erase everything and start again…' }).click();
  await page.getByRole('button', { name: 'Keep it locked' }).click();
  expect(await stored(page)).toContain('"locked":1');
  await page.getByRole('button', { name: 'Erase everything and start again…' }).click();
  await page.getByRole('button', { name: 'Erase everything', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('Settings');
  await expect(page.getByTestId('inventory')).toContainText('nothing written yet');
  expect(await stored(page)).toBeNull();
});
