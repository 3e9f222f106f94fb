// Home's "Your next step" card for the states a person passes through, and
// every folding section's cue: a chevron that turns, announced as collapsed
// or expanded.
import { readFile } from 'node:fs/promises';
import { test, expect, openApp, expectNoAxeViolations, STORE_KEY } from './fixtures.js';

test.use({ locale: 'en-GB' });

const NOW = new Date('2026-11-30T20:00:00');
const DAY = 24 * 60 * 60 * 1000;
const AT = NOW.getTime() - 40 * DAY;

const CALM_STAGE0 = {
  motives: ['lonely'], healthy: ['healthy'], best: ['best'], 'six-months': ['yes'],
  abuse: ['no'], manipulation: ['no'], cheating: ['no'], afraid: ['no'], 'lost-self': ['no'],
};

function saved(data) {
  return JSON.stringify({ app: 'unlost', version: 3, saved_at: AT, data });
}

function stage0(chosen = CALM_STAGE0) {
  return [{ id: 's0', kind: 'should-you-try', completed_at: AT, answers: { chosen, notes: {}, updated_at: AT } }];
}

async function seed(page, value) {
  await page.addInitScript(([key, v]) => {
    if (localStorage.getItem(key) === null) localStorage.setItem(key, v);
  }, [STORE_KEY, value]);
}

const card = (page) => page.getByTestId('next-step');

test('a first visit is pointed to "Should you even try?", and the button goes there', async ({ page }) => {
  await openApp(page, '/');
  await expect(card(page)).toHaveAttribute('data-step', 'should-you-try');
  await expect(card(page).getByRole('heading', { name: 'Your next step' })).toBeVisible();
  await card(page).getByRole('link', { name: 'Take “Should you even try?”' }).click();
  await expect(page.locator('h1')).toHaveText('Should you even try?');
});

test('after stage 0, start no contact; once started, a reflection question while the days add up', async ({ page }) => {
  await page.clock.install({ time: NOW });
  await seed(page, saved({ assessments: stage0() }));
  await openApp(page, '/');
  await expect(card(page)).toHaveAttribute('data-step', 'no-contact-start');
  await card(page).getByRole('link', { name: 'Start no contact' }).click();
  await page.getByLabel('Start date').fill('2026-11-27');
  await page.getByLabel('A goal, if you want one (days)').fill('30');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Path' }).click();
  await expect(card(page)).toHaveAttribute('data-step', 'reflect');
  await expect(card(page)).toContainText('3 of 30 days without contact');
  await expect(card(page)).toContainText('If you two got back together tomorrow');
  await expectNoAxeViolations(page, 'home with a next step');
  await card(page).getByRole('link', { name: 'Answer it' }).click();
  await expect(page.locator('h1')).toHaveText('Reflection');
});

test('the reality check comes due after three weeks of space', async ({ page }) => {
  await page.clock.install({ time: NOW });
  await seed(page, saved({ assessments: stage0(), no_contact: { started_on: '2026-11-05', updated_at: AT } }));
  await openApp(page, '/');
  await expect(card(page)).toHaveAttribute('data-step', 'reality-check');
  await expect(card(page)).toContainText('25 days of space');
  await card(page).getByRole('link', { name: 'Take the reality check' }).click();
  await expect(page.locator('h1')).toHaveText('Reality check');
});

test('on the safety path the step is getting yourself back, never a stage about contact', async ({ page }) => {
  await page.clock.install({ time: NOW });
  await seed(page, saved({
    assessments: stage0({ ...CALM_STAGE0, abuse: ['yes'] }),
    no_contact: { started_on: '2026-10-01', updated_at: AT },
  }));
  await openApp(page, '/');
  await expect(card(page)).toHaveAttribute('data-step', 'yourself');
  await expect(card(page).getByRole('link')).toHaveText('Getting yourself back');
});

test('in "Moving on" mode the step is the healing days, and stage 0 is set aside', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-29T12:00:00') });
  await seed(page, await readFile(new URL('../fixtures/v3.json', import.meta.url), 'utf8'));
  await openApp(page, '/');
  await expect(card(page)).toHaveAttribute('data-step', 'healing');
  await expect(card(page)).toContainText('of healing');
  await expect(page.locator('.stage-list').first().locator('[data-stage="should-you-try"]')).toHaveCount(0);
  await expect(page.getByTestId('set-aside').locator('[data-stage="should-you-try"]')).toHaveCount(1);
  await expect(page.locator('.closing-thought')).not.toContainText('Whatever they decide');
  // The healing days don't speak of starting no contact or of their moving on.
  await page.goto('/stage/no-contact');
  await expect(page.locator('h1')).toHaveText('Healing days');
  await expect(page.locator('main')).not.toContainText('Someone else will take my place');
  await expect(page.locator('main')).not.toContainText('Start no contact');
});

test('every folding section shows a chevron that turns, and says whether it is open', async ({ page }) => {
  await openApp(page, '/stage/no-contact');
  const summaries = page.locator('main summary');
  const count = await summaries.count();
  expect(count).toBeGreaterThanOrEqual(4);
  const cue = (i) => summaries.nth(i).evaluate((s) => {
    const before = getComputedStyle(s, '::before');
    return { content: before.content, width: parseFloat(before.width), transform: before.transform };
  });
  const closed = await cue(0);
  expect(closed.content).not.toBe('none');
  expect(closed.width).toBeGreaterThan(4);
  for (let i = 1; i < count; i++) expect((await cue(i)).transform, `summary ${i}`).toBe(closed.transform);

  // What a screen reader is told: each is a disclosure, collapsed or expanded.
  const cdp = await page.context().newCDPSession(page);
  const states = async () => {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((n) => !n.ignored && n.role?.value === 'DisclosureTriangle')
      .map((n) => n.properties?.find((p) => p.name === 'expanded')?.value.value);
  };
  expect(await states()).toEqual(Array(count).fill(false));
  await summaries.first().click();
  await expect(summaries.first().locator('..')).toHaveAttribute('open', '');
  // The turn is a 150 ms transition: read it once it has moved.
  await expect.poll(async () => (await cue(0)).transform).not.toBe(closed.transform);
  expect(await states()).toEqual([true, ...Array(count - 1).fill(false)]);
});
