// Keeping the writing safe on this device (issue 17): the home screen's
// install card, in the words each browser needs (found by feature), put
// away for 14 days, never once installed nor while help is showing; the
// Settings section; and the once-only "keep a copy" after the first entry.
import { test, expect, openApp, storedDocument, waitForSaved, expectNoAxeViolations } from './fixtures.js';

const DAY = 24 * 3600 * 1000;

/** Saves a journal entry, so there is something worth keeping. */
async function writeEntry(page, text = 'Something worth keeping.') {
  await openApp(page, '/journal');
  await page.getByLabel("What's on your mind?").fill(text);
  await page.getByRole('button', { name: 'Save to journal' }).click();
  await waitForSaved(page, text);
}

/** Chromium's install offer, as the browser would send it, with a stubbed
 *  prompt() that counts its calls. Returns whether the page took it over
 *  (preventDefault, so no mini-infobar). */
async function offerInstall(page) {
  return page.evaluate(() => {
    window.promptCalls = 0;
    const offer = new Event('beforeinstallprompt', { cancelable: true });
    offer.prompt = () => {
      window.promptCalls += 1;
      return Promise.resolve({ outcome: 'accepted' });
    };
    dispatchEvent(offer);
    return offer.defaultPrevented;
  });
}

test('a first visit has no install card and fetches nothing more for it', async ({ page }) => {
  const wasm = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
  await openApp(page, '/');
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('install-card')).toHaveCount(0);
  expect(wasm).toHaveLength(1);
});

test('in a tab the card appears; Install Unlost calls the browser prompt, and an install hides it', async ({ page }) => {
  await writeEntry(page);
  await page.goto('/');
  const card = page.getByTestId('install-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('It opens offline like an app and, on iPhone and iPad, keeps your writing from being cleared.');
  // No offer yet (a desktop browser without install): it says it works offline already.
  await expect(card.getByRole('heading')).toHaveText('Unlost works offline here');
  await expect(card).toContainText('Unlost already works offline here. A backup file keeps your writing safe.');

  expect(await offerInstall(page), 'the offer is kept, not shown as the browser bar').toBe(true);
  await expect(card.getByRole('heading')).toHaveText('Keep Unlost on your home screen');
  const install = card.getByRole('button', { name: 'Install Unlost' });
  await expect(install).toBeVisible();
  await expectNoAxeViolations(page, 'home with the install card');
  await install.click();
  await expect.poll(() => page.evaluate(() => window.promptCalls)).toBe(1);

  await page.evaluate(() => dispatchEvent(new Event('appinstalled')));
  await expect(card).toHaveCount(0);
});

test('the offer is caught even when it comes before the app has started', async ({ page }) => {
  await writeEntry(page);
  await page.addInitScript(() => {
    window.promptCalls = 0;
    const offer = new Event('beforeinstallprompt', { cancelable: true });
    offer.prompt = () => {
      window.promptCalls += 1;
      return Promise.resolve({ outcome: 'dismissed' });
    };
    // As soon as index.html's early script is listening, before the wasm.
    document.addEventListener('readystatechange', () => document.readyState === 'interactive' && dispatchEvent(offer), { once: true });
  });
  await page.goto('/');
  const card = page.getByTestId('install-card');
  await card.getByRole('button', { name: 'Install Unlost' }).click();
  await expect.poll(() => page.evaluate(() => window.promptCalls)).toBe(1);
});

test('"Not now" puts the card away for 14 days, remembered across reloads', async ({ page }) => {
  const start = new Date('2026-11-01T10:00:00');
  await page.clock.install({ time: start });
  await writeEntry(page);
  await page.goto('/');
  const card = page.getByTestId('install-card');
  await card.getByRole('button', { name: 'Not now' }).click();
  await expect(card).toHaveCount(0);
  // Focus is not lost with the button: it goes back to the screen's heading.
  await expect(page.locator('h1')).toBeFocused();

  await page.clock.setSystemTime(new Date(start.getTime() + 13 * DAY));
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Your path');
  // The backup reminder comes (a week, here: persistent storage not granted), the card doesn't.
  await expect(page.getByTestId('backup-reminder')).toBeVisible();
  await expect(page.getByTestId('backup-reminder-sooner')).toBeVisible();
  await expect(card).toHaveCount(0);

  await page.clock.setSystemTime(new Date(start.getTime() + 14 * DAY + 60_000));
  await page.reload();
  await expect(card).toBeVisible();
});

test('installed (display-mode: standalone), there is no card, and Settings says so', async ({ page }) => {
  await page.addInitScript(() => {
    const real = window.matchMedia.bind(window);
    window.matchMedia = (query) =>
      query.includes('display-mode: standalone')
        ? { matches: true, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }
        : real(query);
  });
  await writeEntry(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('keep-safe-installed')).toHaveText('Unlost is installed: it opens from its own icon.');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Path' }).click();
  await expect(page.locator('h1')).toHaveText('Your path');
  // The part is loaded (its code came with Settings) and decided: still no card.
  await offerInstall(page);
  await page.waitForTimeout(300);
  await expect(page.getByTestId('install-card')).toHaveCount(0);
});

test('Safari on iPhone and iPad (navigator.standalone === false): the Share steps, and Settings names the risk', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'standalone', { get: () => false, configurable: true });
  });
  await writeEntry(page);
  await page.goto('/');
  const card = page.getByTestId('install-card');
  const steps = card.getByTestId('install-steps');
  await expect(steps).toContainText('Tap Share');
  await expect(steps).toContainText('Choose Add to Home Screen.');
  await expect(steps.locator('svg.share-icon')).toHaveCount(1);
  await expect(card.getByRole('button', { name: 'Install Unlost' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'home with the Share steps');

  await page.goto('/settings');
  const section = page.getByTestId('keep-safe');
  await expect(section.getByTestId('keep-safe-installed')).toHaveText('Unlost is open in a browser tab, not installed.');
  await expect(section.getByTestId('keep-safe-risk')).toContainText("cleared if Unlost isn't opened for a week of browsing");
  await expect(section).toContainText('No backup yet.');
  await expectNoAxeViolations(page, 'Settings, keep your writing safe');
});

test('never while help is showing', async ({ page }) => {
  await openApp(page, '/journal');
  await page.getByLabel("What's on your mind?").fill('i keep thinking everyone would be better off without me');
  await expect(page.getByTestId('crisis-card')).toBeVisible();
  await page.getByRole('button', { name: 'Save to journal' }).click();
  await waitForSaved(page, 'better off without me');
  await openApp(page, '/');
  await expect(page.getByTestId('crisis-home')).toBeVisible();
  await offerInstall(page);
  await page.waitForTimeout(300);
  await expect(page.getByTestId('install-card')).toHaveCount(0);
  // Once the person says they are safe for now, it may come.
  await page.getByRole('button', { name: "I'm safe for now" }).click();
  await expect(page.getByTestId('install-card')).toBeVisible();
});

test('Settings asks the browser to keep the data only on a tap', async ({ page }) => {
  await page.addInitScript(() => {
    window.persistCalls = 0;
    const manager = Object.getPrototypeOf(navigator.storage);
    manager.persisted = () => Promise.resolve(false);
    manager.persist = () => {
      window.persistCalls += 1;
      return Promise.resolve(true);
    };
  });
  await openApp(page, '/settings');
  await expect(page.getByTestId('persistence')).toHaveText("Not protected: this browser hasn't agreed to keep Unlost's data.");
  expect(await page.evaluate(() => window.persistCalls)).toBe(0);
  await page.getByRole('button', { name: 'Ask this browser to keep it' }).click();
  await expect(page.getByTestId('persistence')).toHaveText("Protected: this browser has agreed to keep Unlost's data.");
  expect(await page.evaluate(() => window.persistCalls)).toBe(1);
  await expect(page.getByRole('button', { name: 'Ask this browser to keep it' })).toHaveCount(0);
});

test('where the writing is at risk, the first entry is followed once by "keep a copy"', async ({ page }) => {
  await writeEntry(page, 'My very first entry.');
  const suggestion = page.getByTestId('keep-copy');
  await expect(suggestion).toContainText('Your first entry is saved on this device');
  await expectNoAxeViolations(page, 'journal with the keep-a-copy suggestion');
  await expect.poll(async () => (await storedDocument(page))?.data?.settings?.keep_copy_suggested_at ?? null).not.toBeNull();
  await suggestion.getByRole('button', { name: 'Not now' }).click();
  await expect(suggestion).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.entry-text')).toHaveText(['My very first entry.']);
  await page.waitForTimeout(300);
  await expect(suggestion).toHaveCount(0);
});
