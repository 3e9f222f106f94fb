// The size guard: what a first visit downloads, gzipped, must stay under the
// ceiling in scripts/first-visit.mjs (sizes are deterministic for a given
// source). And the list of files that sum is made of must be what a browser
// really fetches, so the guard can't be fooled by a file it doesn't count.
import { test, expect, openApp, STORE_KEY, waitForSaved, expectNoAxeViolations } from './fixtures.js';
import { FIRST_VISIT_CEILING, firstVisitFiles, sizes } from '../../scripts/first-visit.mjs';

const DIST = 'dist';

/** The paths of the .wasm files `page` fetches from now on, in order. */
function wasmFetched(page) {
  const wasm = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname);
  });
  return wasm;
}

test('the first visit stays under its size ceiling, gzipped', async () => {
  const files = await firstVisitFiles(DIST);
  // index.html, the stylesheet, the glue, the split loader, the core wasm, the manifest.
  expect(files.filter((f) => f.endsWith('.wasm'))).toHaveLength(1);
  expect(files.some((f) => f.endsWith('.css'))).toBe(true);
  const measured = await sizes(DIST, files);
  const total = measured.reduce((n, f) => n + f.gzip, 0);
  const table = measured.map((f) => `${f.file}: ${(f.gzip / 1024).toFixed(1)} KB`).join(', ');
  expect(total, `first visit ${(total / 1024).toFixed(1)} KB gzipped (${table})`).toBeLessThanOrEqual(FIRST_VISIT_CEILING);
});

test('the size guard counts exactly what a first visit fetches', async ({ page }) => {
  const fetched = new Set();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http')) fetched.add(url.pathname === '/' ? 'index.html' : url.pathname.slice(1));
  });
  await openApp(page, '/');
  await page.waitForLoadState('networkidle');
  const counted = new Set(await firstVisitFiles(DIST));
  // The manifest is counted even if this headless browser doesn't fetch it.
  counted.delete('manifest.webmanifest');
  fetched.delete('manifest.webmanifest');
  // Icons a browser shows in its tab are not the app's download.
  for (const f of [...fetched]) if (f.startsWith('icons/')) fetched.delete(f);
  expect([...fetched].sort()).toEqual([...counted].sort());
});

test('a screen other than Home loads its code on demand', async ({ page }) => {
  const wasm = wasmFetched(page);
  await openApp(page, '/');
  await page.waitForLoadState('networkidle');
  expect(wasm).toHaveLength(1);
  await page.getByRole('link', { name: 'Journal' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  expect(wasm.length).toBeGreaterThan(1);
  expect(wasm.some((p) => /unlost-screens-[0-9a-f]{16}\.wasm$/.test(p))).toBe(true);
});

test.describe('when the screens file cannot be fetched', () => {
  // No service worker: the request must really go to the network here.
  test.use({ serviceWorkers: 'block' });

  test('a calm message and Try again, nothing lost and no crash', async ({ page }) => {
    await page.route(/unlost-screens-[0-9a-f]{16}\.wasm$/, (route) => route.abort('internetdisconnected'));
    await openApp(page, '/');
    await page.getByRole('link', { name: 'Journal' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: "This part didn't load" })).toBeVisible();
    await expect(page.getByText('Everything you\'ve written is safe on this device.')).toBeVisible();
    // The app is still alive: Home still works.
    await page.getByRole('link', { name: 'Path' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your path' })).toBeVisible();

    // Still cut off: Try again reloads, and says the same, calmly.
    await page.getByRole('link', { name: 'Journal' }).first().click();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: "This part didn't load" })).toBeVisible();

    // Connected again: Try again brings the screen.
    await page.unroute(/unlost-screens-[0-9a-f]{16}\.wasm$/);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  });
});

// The code that reads the saved document has its own file: a first visit has
// nothing saved and never fetches it; anything saved is read with it before
// Home shows, and no other screen opens without it.
const STORE_FILE = /unlost-store-[0-9a-f]{16}\.wasm$/;

test('the code that reads saved writing is fetched only when there is some, and before it is shown', async ({ page }) => {
  const wasm = wasmFetched(page);
  await openApp(page, '/');
  await page.waitForLoadState('networkidle');
  expect(wasm.some((p) => STORE_FILE.test(p)), 'a first visit has nothing to read').toBe(false);

  // Opening any other screen brings it.
  await page.getByRole('link', { name: 'Journal' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  expect(wasm.some((p) => STORE_FILE.test(p))).toBe(true);
  await page.getByLabel("What's on your mind?").fill('read back after a cold start');
  await page.getByRole('button', { name: 'Save to journal' }).click();
  await waitForSaved(page, 'read back after a cold start');

  // A fresh start with something saved: the store file is fetched to read it.
  wasm.length = 0;
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('Your path');
  expect(wasm.some((p) => STORE_FILE.test(p))).toBe(true);
  await page.getByRole('link', { name: 'Journal' }).first().click();
  await expect(page.locator('.entry-text')).toHaveText(['read back after a cold start']);
});

test.describe('when the code that reads saved writing cannot be fetched', () => {
  test.use({ serviceWorkers: 'block' });

  test('nothing is shown half-read, nothing is written, and Try again opens it', async ({ page }) => {
    await openApp(page, '/journal');
    await page.getByLabel("What's on your mind?").fill('kept while offline');
    await page.getByRole('button', { name: 'Save to journal' }).click();
    await waitForSaved(page, 'kept while offline');
    const before = await page.evaluate((key) => localStorage.getItem(key), STORE_KEY);

    await page.route(STORE_FILE, (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: "This part didn't load" })).toBeVisible();
    await expect(page.getByText("Everything you've written is safe on this device.")).toBeVisible();
    await expect(page.locator('#splash')).toHaveCount(0);
    await expectNoAxeViolations(page, 'the failure page shown before anything is read');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(before);

    await page.unroute(STORE_FILE);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('h1')).toHaveText('Your path');
    await page.getByRole('link', { name: 'Journal' }).first().click();
    await expect(page.locator('.entry-text')).toHaveText(['kept while offline']);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(before);
  });

  test('a first visit opens a screen only once it can read saved text there', async ({ page }) => {
    await page.route(STORE_FILE, (route) => route.abort('internetdisconnected'));
    await openApp(page, '/');
    await page.getByRole('link', { name: 'Journal' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: "This part didn't load" })).toBeVisible();
    await expect(page.getByLabel("What's on your mind?")).toHaveCount(0);

    await page.unroute(STORE_FILE);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  });
});
