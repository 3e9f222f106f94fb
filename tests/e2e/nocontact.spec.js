// Stage 1 and the "I want to text them" rescue, with a controlled clock:
// figures right on every day, slips that keep the history, midnight rolling
// over while the app is open, and the rescue flow both ways.
import { test, expect, openApp, expectNoAxeViolations } from './fixtures.js';

const DAY = 24 * 60 * 60 * 1000;

async function figures(page) {
  const read = async (id) => Number((await page.getByTestId(id).textContent()).match(/\d+/)[0]);
  return {
    current: await read('current-streak'),
    longest: await read('longest-streak'),
    total: await read('total-days'),
  };
}

async function startNoContact(page, date, goal) {
  await openApp(page, '/stage/no-contact');
  await page.getByLabel('Start date').fill(date);
  if (goal) await page.getByLabel('A goal, if you want one (days)').fill(String(goal));
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByTestId('tracker')).toBeVisible();
}

async function logSlip(page, kind = 'I texted or messaged them') {
  await page.getByRole('button', { name: 'I reached out' }).click();
  await page.getByLabel(kind).check();
  await page.getByLabel('What set it off? (optional)').fill('A song in the café');
  await page.getByRole('button', { name: 'Log it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'information, not failure' })).toBeVisible();
}

test('a start in the past, a slip, and a streak that restarts without losing the history', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-20T10:00:00') });
  await startNoContact(page, '2026-11-10', 30);
  expect(await figures(page)).toEqual({ current: 10, longest: 10, total: 10 });
  await expect(page.getByTestId('last-contact')).toHaveText('not since you started');
  await expect(page.locator('.stat-main dt')).toHaveText('Current streak');
  await expect(page.getByText('10 of 30 days towards your goal')).toBeVisible();
  await expect(page.getByTestId('milestone')).toContainText('week');
  await expectNoAxeViolations(page, 'no contact tracker');

  await logSlip(page);
  expect(await figures(page)).toEqual({ current: 0, longest: 10, total: 10 });
  // After a slip, what stays leads: the longest streak is the big figure,
  // today is a new start, and no empty bar or "0 of 30" is shown.
  const tracker = page.getByTestId('tracker');
  await expect(tracker.locator('.stat-main dt')).toHaveText('Longest streak');
  await expect(tracker.locator('.stat-main dd')).toHaveText('10 days');
  await expect(page.getByTestId('new-start')).toContainText('Today is a new start');
  await expect(page.getByTestId('last-contact')).toHaveText('today');
  await expect(tracker).not.toContainText('0 of 30');
  await expect(tracker.locator('progress')).toHaveCount(0);
  await expect(tracker).toContainText('Your goal of 30 days begins again from today');
  await expect(page.getByTestId('nc-history')).toContainText('I texted or messaged them');
  await expect(page.getByTestId('nc-history')).toContainText('A song in the café');
  // The words never shame.
  await expect(page.locator('main')).not.toContainText(/you failed|broke your streak|back to zero|relapse/i);

  await page.reload();
  expect(await figures(page)).toEqual({ current: 0, longest: 10, total: 10 });
  await expect(page.locator('.stage-card')).toHaveCount(0);

  // Just past midnight: no full day has passed since the slip, and the
  // figures agree (0 days, last contact yesterday), not "0" beside "1".
  await page.clock.setSystemTime(new Date('2026-11-21T00:01:00'));
  await page.reload();
  expect(await figures(page)).toEqual({ current: 0, longest: 10, total: 10 });
  await expect(page.getByTestId('last-contact')).toHaveText('yesterday');
  await expect(page.getByTestId('new-start')).toBeVisible();
  await page.clock.setSystemTime(new Date('2026-11-22T08:00:00'));
  await page.reload();
  expect(await figures(page)).toEqual({ current: 1, longest: 10, total: 11 });
  await expect(page.getByTestId('last-contact')).toHaveText('2 days ago');
  await expect(page.locator('.stat-main dt')).toHaveText('Current streak');
  await expect(page.getByTestId('new-start')).toHaveCount(0);
});

test('a four-week scenario: start, hold, slip twice, hold — right on every day', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-02T09:00:00') });
  await startNoContact(page, '2026-11-02', 14);
  const expected = (day) => (day < 7 ? day : day < 13 ? Math.max(day - 8, 0) : Math.max(day - 14, 0));
  for (let day = 0; day < 28; day++) {
    if (day > 0) {
      await page.clock.setSystemTime(new Date(new Date('2026-11-02T09:00:00').getTime() + day * DAY));
      await page.reload();
    }
    if (day === 7 || day === 13) await logSlip(page, day === 7 ? 'I checked their profile' : 'I called them');
    const f = await figures(page);
    expect(f.current, `day ${day}`).toBe(expected(day));
    expect(f.longest, `day ${day}`).toBeGreaterThanOrEqual(f.current);
  }
  expect(await figures(page)).toEqual({ current: 13, longest: 13, total: 25 });
  await expect(page.getByText('Goal of 14 days reached')).toHaveCount(0);
  await expect(page.getByTestId('runs').locator('li')).toHaveText([/^13 days from/, /^5 days from/, /^7 days from/]);
});

test.describe('across a daylight-saving change', () => {
  test.use({ timezoneId: 'Europe/Berlin' });
  test('the clocks going forward do not skip or double a day', async ({ page }) => {
    // Berlin moves its clocks forward at 02:00 on 29 March 2026.
    await page.clock.install({ time: new Date('2026-03-28T23:30:00+01:00') });
    await startNoContact(page, '2026-03-26');
    expect((await figures(page)).current).toBe(2);
    await page.clock.runFor(31 * 60 * 1000); // past midnight, while the app is open
    await expect(page.getByTestId('current-streak')).toHaveText('3 days');
    await page.clock.setSystemTime(new Date('2026-03-30T00:30:00+02:00'));
    await page.reload();
    expect((await figures(page)).current).toBe(4);
  });
});

test('"today" rolls over at local midnight while the app stays open', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-10T23:59:00') });
  await startNoContact(page, '2026-11-08');
  expect((await figures(page)).current).toBe(2);
  await page.clock.runFor('02:00');
  await expect(page.getByTestId('current-streak')).toHaveText('3 days');
});

test('"they contacted me" is logged apart, and only counts if you engaged', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-20T10:00:00') });
  await startNoContact(page, '2026-11-15');
  await page.getByRole('button', { name: 'They contacted me' }).click();
  await page.getByLabel("No, I didn't engage").check();
  await page.getByLabel('What happened? (optional)').fill('A "happy birthday" text');
  await page.getByRole('button', { name: 'Log it' }).click();
  expect((await figures(page)).current).toBe(5);
  await expect(page.getByTestId('nc-history')).toContainText("They got in touch; I didn't engage");
});

test('a half-written slip survives a reload', async ({ page }) => {
  await startNoContact(page, '2026-11-01');
  await page.getByRole('button', { name: 'I reached out' }).click();
  await page.getByLabel('What set it off? (optional)').fill('Our song came on the radio');
  await page.reload();
  await page.getByRole('button', { name: 'I reached out' }).click();
  await expect(page.getByLabel('What set it off? (optional)')).toHaveValue('Our song came on the radio');
  await page.getByRole('button', { name: 'Log it' }).click();
  await page.getByRole('button', { name: 'I reached out' }).click();
  await expect(page.getByLabel('What set it off? (optional)')).toHaveValue('');
});

test('commitments can be agreed to, removed and extended, and reasons are kept', async ({ page }) => {
  await openApp(page, '/stage/no-contact');
  // Ticking with the keyboard keeps focus where it was.
  const second = page.getByRole('checkbox', { name: /No liking, commenting/ });
  await second.focus();
  await page.keyboard.press('Space');
  await expect(second).toBeChecked();
  await expect(second).toBeFocused();
  const first = page.getByRole('checkbox', { name: 'No texts, calls or messages, not even “just to check in”' });
  await first.check();
  await page.getByRole('button', { name: /Remove: No “accidental”/ }).click();
  await page.getByRole('button', { name: /Edit: No asking mutual friends/ }).click();
  await page.getByLabel('Reword this commitment').fill('No asking Sam or Alex about them');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'No asking Sam or Alex about them' })).toBeVisible();
  await page.getByLabel('Add your own').fill('Mute their number');
  await page.getByRole('button', { name: 'Add' }).click();
  await page.getByLabel('In your own words').fill('I want my evenings back.');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'No texts, calls or messages, not even “just to check in”' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Mute their number' })).toBeChecked();
  await expect(page.locator('.commitment')).toHaveCount(4);
  await expect(page.getByLabel('In your own words')).toHaveValue('I want my evenings back.');
});

test('the rescue flow, held on: breathing, writing instead, own reasons, in under a minute and a half', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-20T01:30:00') });
  await startNoContact(page, '2026-11-15');
  await page.getByLabel('In your own words').fill('Because I deserve calm nights.');
  const tapped = await page.evaluate(() => Date.now());

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'I want to text them' }).click();
  await expect(page.locator('h1')).toHaveText('Before you text them');
  await page.getByLabel('out of 10').fill('9');
  await page.getByRole('button', { name: 'Breathe with me for a minute' }).click();
  await expect(page.getByTestId('breath-words')).toContainText('Breathe in');
  await expect(page.getByRole('heading', { name: 'Breathe with me' })).toBeFocused();
  await expectNoAxeViolations(page, 'breathing exercise');
  await page.clock.runFor(5000);
  await expect(page.getByTestId('breath-words')).toContainText('Breathe out');
  await page.clock.runFor(56_000);
  await expect(page.getByRole('heading', { name: 'Write it here instead' })).toBeVisible();

  await page.getByLabel('What I want to say to them').fill('I miss you. I hate that I miss you.');
  await expect(page.getByRole('button', { name: /copy|share/i })).toHaveCount(0);
  await page.getByRole('button', { name: 'Keep it here, unsent' }).click();
  await expect(page.getByTestId('own-reasons')).toHaveText('Because I deserve calm nights.');
  // At 2am each fear comes with its answer, the answer first and the fear
  // after it in small print; nothing is folded away.
  const fears = page.getByTestId('fear-answers').locator('li');
  await expect(fears).toHaveCount(3);
  await expect(fears.first().locator('p').first()).toHaveClass('fear-answer');
  await expect(fears.first().locator('p').last()).toContainText('“If I go quiet');
  await expect(page.getByTestId('fear-answers').locator('details')).toHaveCount(0);
  const [answer, fear] = await fears.first().locator('p').evaluateAll((ps) => ps.map((p) => parseFloat(getComputedStyle(p).fontSize)));
  expect(fear, 'the fear in smaller print than its answer').toBeLessThan(answer);
  await page.getByRole('button', { name: 'Go on' }).click();
  await page.getByRole('button', { name: 'I held on' }).click();
  await expect(page.getByTestId('urge-done')).toContainText('You held on');
  const finished = await page.evaluate(() => Date.now());
  expect(finished - tapped).toBeLessThan(90_000);

  await page.getByRole('link', { name: 'See your no contact' }).click();
  expect((await figures(page)).current).toBe(5);
  await expect(page.getByTestId('nc-history')).toContainText('Wanted to text them, and held on');
  await page.reload();
  await expect(page.getByTestId('vault')).toContainText('I miss you. I hate that I miss you.');
});

test('the rescue flow, reached out: logged gently, streak restarts, longest kept', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-20T23:10:00') });
  await startNoContact(page, '2026-11-12');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'I want to text them' }).click();
  await page.getByRole('button', { name: 'Skip to writing it down' }).click();
  await page.getByRole('button', { name: 'Go on without writing' }).click();
  await page.getByRole('button', { name: 'Go on' }).click();
  await page.getByRole('button', { name: 'I reached out' }).click();
  await expect(page.getByTestId('urge-done')).toContainText("doesn't undo the days you held on");
  await page.getByRole('link', { name: 'See your no contact' }).click();
  expect(await figures(page)).toEqual({ current: 0, longest: 8, total: 8 });
});
