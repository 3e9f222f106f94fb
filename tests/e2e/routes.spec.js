// Every screen opens by its own address at phone size, reads well to axe in
// light and dark, fits 360 px, and the browser's Back button walks back.
import { test, expect, openApp, expectNoAxeViolations, SCREENS } from './fixtures.js';

const ROUTES = [...SCREENS, ['/no-such-page', "This page isn't here"]];

for (const [path, heading] of ROUTES) {
  test(`${path} opens by its address and passes axe in light and dark`, async ({ page }) => {
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await openApp(page, path);
      await expect(page.locator('h1')).toHaveText(heading);
      await expect(page).toHaveTitle(`${heading} · Unlost`);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      // On a phone, wide content makes the browser zoom out (innerWidth grows
      // with it), so compare with the device width itself.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, 'no sideways scrolling at 360 px').toBeLessThanOrEqual(page.viewportSize().width);
      await expectNoAxeViolations(page, `${path} (${scheme})`);
    }
  });
}

test('the splash shown while loading is gone once the app is up', async ({ page }) => {
  await page.goto('/journal');
  await expect(page.locator('h1')).toHaveText('Journal');
  await expect(page.locator('#splash')).toHaveCount(0);
});

test('the home path lists every stage in order with its status', async ({ page }) => {
  await openApp(page, '/');
  const titles = await page.locator('.stage-title').allTextContents();
  expect(titles).toEqual([
    'Should you even try?',
    'No contact',
    'Work on yourself',
    'Reality check',
    'The first message',
    'The real conversation',
    'Rebuilding trust',
    'Accepting their decision',
    'If they come back on their own',
    'Who do I want to be in love, from now on?',
  ]);
  await expect(page.locator('.status')).toHaveText(Array(9).fill(/Not started/));
});

test('links, deep links and the Back button move between screens', async ({ page }) => {
  await openApp(page, '/');
  await page.getByRole('link', { name: /No contact/ }).first().click();
  await expect(page).toHaveURL(/\/stage\/no-contact$/);
  await expect(page.locator('h1')).toHaveText('No contact');
  // Focus moves to the new screen's heading for screen readers.
  await expect(page.locator('h1')).toBeFocused();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await expect(page.locator('h1')).toHaveText('Journal');
  await expect(page.getByRole('link', { name: 'Journal' })).toHaveAttribute('aria-current', 'page');

  await page.goBack();
  await expect(page.locator('h1')).toHaveText('No contact');
  await page.goBack();
  await expect(page.locator('h1')).toHaveText('Your path');
  await page.goForward();
  await expect(page.locator('h1')).toHaveText('No contact');
});

test('"I want to text them" is one tap away from every screen', async ({ page }) => {
  for (const path of ['/', '/journal', '/settings', '/stage/reality-check']) {
    await openApp(page, path);
    await page.getByRole('link', { name: 'I want to text them' }).click();
    await expect(page.locator('h1')).toHaveText('Before you text them');
  }
});

test('buttons and navigation are at least 44 px for a thumb', async ({ page }) => {
  for (const path of ['/', '/journal', '/settings', '/help/urge']) {
    await openApp(page, path);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, .main-nav a, .stage-card a, textarea, summary')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el: el.outerHTML.slice(0, 60), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 44 || r.height < 44)
        .map(({ el, r }) => `${el} ${Math.round(r.width)}x${Math.round(r.height)}`),
    );
    expect(small, `small targets on ${path}`).toEqual([]);
  }
});

test('the layout respects reduced motion: no transitions are declared', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, '/');
  const durations = await page.evaluate(() =>
    [...document.querySelectorAll('.button, .stage-card a, .main-nav a')].map(
      (el) => getComputedStyle(el).transitionDuration,
    ),
  );
  expect(durations.length).toBeGreaterThan(0);
  expect(durations.every((d) => d.split(',').every((p) => parseFloat(p) === 0))).toBe(true);

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const moving = await page.evaluate(() => getComputedStyle(document.querySelector('.stage-card a')).transitionDuration);
  expect(parseFloat(moving)).toBeGreaterThan(0);
});
