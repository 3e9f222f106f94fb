// Shared test set-up: every test records every request and fails if one
// leaves the page's own origin, and fails on any uncaught error in the page.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const STORE_KEY = 'unlost:document';

export const test = base.extend({
  // Auto: runs for every test, whether it asks for it or not.
  requestsStayHome: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL).origin;
      const strays = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.origin !== origin) strays.push(request.url());
      });
      await use(strays);
      expect(strays, 'requests that left the page origin').toEqual([]);
    },
    { auto: true },
  ],
  page: async ({ page }, use) => {
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };

/** Waits until the app has rendered its first screen. */
export async function openApp(page, path = '/') {
  await page.goto(path);
  await expect(page.locator('h1')).toBeVisible();
}

/** axe-core on the current screen; fails listing every violation. */
export async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(found, `axe violations on ${label}`).toEqual([]);
}

/** The saved document, parsed, straight from localStorage. */
export async function storedDocument(page) {
  const raw = await page.evaluate((key) => localStorage.getItem(key), STORE_KEY);
  return raw === null ? null : JSON.parse(raw);
}

/** Waits for the debounced save to have written `text` somewhere in the store. */
export async function waitForSaved(page, text) {
  await expect
    .poll(async () => (await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)) ?? '')
    .toContain(JSON.stringify(text).slice(1, -1));
}

/** Reads a download to a string. */
export async function downloadText(download) {
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
