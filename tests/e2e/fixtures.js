// Shared test set-up: every test records every request and fails if one
// leaves the page's own origin, and fails on any uncaught error in the page.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const STORE_KEY = 'unlost:document';

/** Every screen of the app by its address, with its heading. */
export const SCREENS = [
  ['/', 'Your path'],
  ['/journal', 'Journal'],
  ['/help/urge', 'Before you text them'],
  ['/settings', 'Settings'],
  ['/stage/should-you-try', 'Should you even try?'],
  ['/stage/no-contact', 'No contact'],
  ['/stage/work-on-yourself', 'Work on yourself'],
  ['/stage/work-on-yourself/reflect', 'Look honestly at what went wrong'],
  ['/stage/work-on-yourself/reflect/my-part', 'Reflection'],
  ['/stage/work-on-yourself/skills', 'Emotional skills'],
  ['/stage/work-on-yourself/life', 'Rebuild your own life'],
  ['/stage/reality-check', 'Reality check'],
  ['/stage/first-message', 'The first message'],
  ['/stage/real-conversation', 'The real conversation'],
  ['/stage/rebuilding-trust', 'Rebuilding trust'],
  ['/stage/accepting-their-decision', 'Accepting their decision'],
  ['/stage/if-they-come-back', 'If they come back on their own'],
  ['/getting-yourself-back', 'Getting yourself back'],
  ['/who-you-want-to-be', 'Who do you want to be in love?'],
  ['/check-in', "Today's check-in"],
  ['/insights', 'Insights'],
  ['/timeline', 'Timeline'],
];

/** Fails the test if any request recorded on `context` left `allowed` origins. */
export function watchRequests(context, allowed) {
  const strays = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!allowed.has(url.origin)) strays.push(request.url());
  });
  return strays;
}

export const test = base.extend({
  // Auto: runs for every test, whether it asks for it or not. The page's own
  // origin is the test server; the sub-path build is served one port up, and
  // a test that starts a server of its own adds it with `allow`.
  requestsStayHome: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL);
      const allowed = new Set([origin.origin, `${origin.protocol}//${origin.hostname}:${Number(origin.port) + 1}`]);
      const strays = watchRequests(context, allowed);
      await use({ allow: (o) => allowed.add(o), allowed });
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

/** Waits until start-up is over: what index.html shows until then (the
 *  splash, or a first visit's home screen) has been replaced by the app. */
export async function appStarted(page) {
  await expect(page.locator('#splash, #first-visit')).toHaveCount(0);
}

/** Waits until the app has rendered its first screen. */
export async function openApp(page, path = '/') {
  await page.goto(path);
  await appStarted(page);
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

/** The drafts record kept beside the document (what typing writes), parsed. */
export async function storedDrafts(page) {
  const raw = await page.evaluate((key) => localStorage.getItem(`${key}:drafts`), STORE_KEY);
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

/**
 * A browser profile on disk, as a person's would be: Chromium only offers
 * to install apps outside incognito, and every Playwright context is one.
 */
export async function persistentContext(playwright, testInfo, baseURL, allowed) {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = await mkdtemp(join(tmpdir(), 'unlost-profile-'));
  const use = testInfo.project.use;
  const context = await playwright.chromium.launchPersistentContext(dir, {
    executablePath: use.launchOptions.executablePath,
    args: use.launchOptions.args,
    headless: true,
    viewport: use.viewport,
    baseURL,
  });
  const strays = watchRequests(context, allowed);
  return { context, strays };
}
