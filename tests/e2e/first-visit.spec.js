// A first visit paints the home screen from index.html alone (assets/
// first-visit.html, made by scripts/prerender.mjs), then the app takes over
// without anything moving. Anyone else sees the splash until the app starts.
import { readFile } from 'node:fs/promises';
import { test, expect, appStarted, STORE_KEY } from './fixtures.js';
import { captureHome, FRAGMENT } from '../../scripts/prerender.mjs';

/** Holds back the app's code (its request never answers): the page stays
 *  as index.html shows it. */
async function withoutTheApp(page) {
  await page.route(/\.wasm$/, () => {});
}

test('the home screen in index.html is the one the app shows on a first visit', async ({ page }) => {
  await page.goto('/');
  await appStarted(page);
  await page.waitForFunction(() => performance.getEntriesByName('unlost:home').length > 0);
  const app = await captureHome(page);
  const shipped = await readFile(FRAGMENT, 'utf8');
  expect(app, 'assets/first-visit.html is out of date: rebuild, then run node scripts/prerender.mjs').toBe(shipped);
});

test.describe('before the app has started', () => {
  test.use({ serviceWorkers: 'block' });

  test('a first visit sees the home screen, not to be clicked yet', async ({ page }) => {
    await withoutTheApp(page);
    await page.goto('/');
    const early = page.locator('#first-visit');
    await expect(early.locator('h1')).toHaveText('Your path');
    await expect(early.locator('.stage-title')).toHaveCount(10);
    await expect(early).toHaveAttribute('inert', '');
    await expect(page.locator('#splash')).toBeHidden();
    // Nothing in it can take focus.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#first-visit') ?? null)).toBeNull();
  });

  test('if the scripts that choose cannot run, the splash is shown, never the home screen', async ({ page }) => {
    await withoutTheApp(page);
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const html = await (await route.fetch()).text();
        const stripped = html.replace(/<script>[\s\S]*?<\/script>/g, '');
        expect(stripped).not.toBe(html);
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: stripped });
      },
    );
    await page.goto('/');
    await expect(page.locator('#splash img')).toBeVisible();
    await expect(page.locator('#first-visit')).toBeHidden();
  });

  for (const [who, prepare, path] of [
    ['someone with something saved', (p) => p.addInitScript((key) => localStorage.setItem(key, '{}'), STORE_KEY), '/'],
    ['someone who hid the app', (p) => p.addInitScript(() => sessionStorage.setItem('unlost:quick-exit', '1')), '/'],
    ['a visit to another address', async () => {}, '/journal'],
  ]) {
    test(`${who} sees the splash, never the home screen`, async ({ page }) => {
      await prepare(page);
      await withoutTheApp(page);
      await page.goto(path);
      await expect(page.locator('#splash img')).toBeVisible();
      await expect(page.locator('#first-visit')).toHaveCount(0);
    });
  }
});

test('the app takes over from the early home screen without anything moving', async ({ page }) => {
  // A slow phone's pace, so that frames are painted between start-up's steps.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 12 });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries())).observe({
      type: 'layout-shift',
      buffered: true,
    });
  });
  await page.goto('/');
  await appStarted(page);
  await page.waitForFunction(() => performance.getEntriesByName('unlost:home').length > 0);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('.stage-card')).toHaveCount(10);
  await page.waitForTimeout(200);
  // From the moment the app's code runs. (While the page itself is still
  // being read, a paint of half of it can move a few pixels at this pace.)
  const shifts = await page.evaluate(() => {
    const start = performance.getEntriesByName('unlost:start')[0].startTime;
    return window.__shifts.filter((e) => e.startTime >= start).map((e) => e.value);
  });
  expect(shifts).toEqual([]);
});
