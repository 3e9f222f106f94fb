// Stage 2 over a simulated month, with a controlled clock: a prompt answered
// on two days, a skill rated three times (chart and table agree), patterns
// remembered, and a life plan ticked across two weeks.
import { test, expect, openApp, expectNoAxeViolations, storedDocument, waitForSaved } from './fixtures.js';

const DAY = 24 * 60 * 60 * 1000;

// Dates below are written the British way.
test.use({ locale: 'en-GB' });

async function goToDay(page, iso) {
  await page.clock.setSystemTime(new Date(iso));
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
}

test('a prompt answered on two days keeps both answers, dated', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-02T20:00:00') });
  await openApp(page, '/stage/work-on-yourself/reflect');
  const card = page.locator('.prompt-card').filter({ hasText: 'What part did you play' });
  await expect(card.getByTestId('prompt-count')).toHaveText('Not answered yet.');
  await card.getByRole('link', { name: /^Answer/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reflection');
  await page.getByLabel('Your answer today').fill('I went quiet instead of saying I was hurt.');
  await page.getByRole('button', { name: 'Save this answer' }).click();
  await expect(page.locator('.entry')).toHaveCount(1);

  await goToDay(page, '2026-11-20T21:00:00');
  await page.getByLabel('Your answer today').fill('I see now that I also stopped asking about their day.');
  await page.getByRole('button', { name: 'Save this answer' }).click();
  const entries = page.locator('.entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('stopped asking about their day');
  await expect(entries.nth(0)).toContainText('20 November 2026');
  await expect(entries.nth(1)).toContainText('went quiet');
  await expect(entries.nth(1)).toContainText('2 November 2026');
  // Another prompt's page does not show these answers.
  await page.goto('/stage/work-on-yourself/reflect/unsaid');
  await expect(page.locator('.entry')).toHaveCount(0);
  await expectNoAxeViolations(page, 'prompt page');

  await page.goto('/stage/work-on-yourself/reflect');
  await expect(card.getByTestId('prompt-count')).toContainText('Answered 2 times');
  // The journal links each answer back to its question.
  await page.goto('/journal');
  await page.getByRole('link', { name: /What part did you play/ }).first().click();
  await expect(page.locator('.lead')).toHaveText('What part did you play in how it ended?');
  await page.goto('/stage/work-on-yourself');
  await expect(page.getByTestId('glance')).toContainText('1 of 5 questions answered, 2 answers in all.');
});

test("patterns are remembered, including one in the person's own words", async ({ page }) => {
  await openApp(page, '/stage/work-on-yourself/reflect');
  await page.getByLabel('Jealousy or insecurity').check();
  await page.getByLabel('Shutting down emotionally').check();
  await page.getByLabel('Another pattern, in your own words').fill('Keeping score of who did more');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByLabel('Keeping score of who did more')).toBeChecked();
  await page.getByLabel('Shutting down emotionally').uncheck();
  await expectNoAxeViolations(page, 'reflection with patterns');
  await page.reload();
  await expect(page.getByLabel('Jealousy or insecurity')).toBeChecked();
  await expect(page.getByLabel('Shutting down emotionally')).not.toBeChecked();
  await expect(page.getByLabel('Keeping score of who did more')).toBeChecked();
  const doc = await storedDocument(page);
  const chosen = doc.data.self_work.patterns.filter((p) => p.chosen).map((p) => p.own || p.id);
  expect(chosen.sort()).toEqual(['Keeping score of who did more', 'jealousy']);
  await page.goto('/stage/work-on-yourself');
  await expect(page.getByTestId('glance')).toContainText('Patterns you named2.');
});

test('a skill rated three times shows a chart and a table that agree', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-01T19:00:00') });
  await openApp(page, '/stage/work-on-yourself/skills');
  const card = page.locator('section.skill').filter({ has: page.getByRole('heading', { name: 'Communication' }) });
  const rate = async (value, note) => {
    await card.getByLabel(new RegExp(`^${value} · `)).check();
    if (note) await card.getByLabel('A note for later (optional)').fill(note);
    await card.getByRole('button', { name: /Save rating/ }).click();
    await expect(card.getByRole('status')).toHaveText(`Saved: ${value} of 5.`);
  };
  // Saving without a choice explains itself and keeps nothing.
  await card.getByRole('button', { name: /Save rating/ }).click();
  await expect(card.getByRole('status')).toHaveText('Pick where you are on the scale first.');
  await rate(2, 'I snapped at my sister <again>.');
  await goToDay(page, '2026-11-12T19:00:00');
  await rate(3);
  await goToDay(page, '2026-11-29T19:00:00');
  await rate(4, 'Asked for what I needed, calmly.');

  await expect(card.locator('.chart-dot')).toHaveCount(3);
  const ys = await card.locator('.chart-dot').evaluateAll((dots) => dots.map((d) => Number(d.getAttribute('cy'))));
  expect(ys[0]).toBeGreaterThan(ys[1]);
  expect(ys[1]).toBeGreaterThan(ys[2]);
  await expect(card.getByTestId('trend')).toHaveText('Up from 2 to 4 of 5 over 3 ratings');
  await expect(card.getByRole('img', { name: /Communication ratings over time/ })).toBeVisible();

  await card.getByText('Show the 3 ratings as a table').click();
  const rows = card.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('4 of 5, Mostly steady');
  await expect(rows.nth(0)).toContainText('29 Nov 2026');
  await expect(rows.nth(2)).toContainText('I snapped at my sister <again>.');
  await expectNoAxeViolations(page, 'skills with chart and table');

  // A practice taken on and done today.
  const practice = page.getByLabel('Practise “I feel … when … and I need …”');
  await practice.check();
  await page.getByRole('button', { name: /Did it today: Practise/ }).click();
  await expect(page.getByRole('button', { name: /Did it today: Practise/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.practice').filter({ hasText: 'Practise' })).toContainText('Done once');

  await page.goto('/stage/work-on-yourself');
  await expect(page.getByTestId('glance')).toContainText('Communication: Up from 2 to 4 of 5');
});

test('a life plan ticked across two weeks, with the weeks shown honestly', async ({ page }) => {
  // Thursday 31 December 2026; the next week begins on Monday 4 January.
  await page.clock.install({ time: new Date('2026-12-31T11:00:00') });
  await openApp(page, '/stage/work-on-yourself/life');
  await page.getByLabel('Add to “Friends to reconnect with”').fill('Call Sam about a walk');
  await page.getByLabel('Add to “Friends to reconnect with”').press('Enter');
  await page.getByLabel('Add to “Body and health”').fill('Swim on Saturday');
  await page.locator('section.area').filter({ hasText: 'Body and health' }).getByRole('button', { name: 'Add' }).click();
  await page.getByRole('checkbox', { name: 'Call Sam about a walk' }).check();
  await expect(page.getByTestId('weeks')).toContainText('This week');
  await expect(page.getByTestId('weeks')).toContainText('Call Sam about a walk');
  await page.getByLabel('In my own words').fill('I can spend a Sunday alone and enjoy it.');
  await waitForSaved(page, 'I can spend a Sunday alone and enjoy it.');

  await goToDay(page, new Date(new Date('2026-12-31T11:00:00').getTime() + 7 * DAY).toISOString());
  await expect(page.getByRole('checkbox', { name: 'Call Sam about a walk' })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Call Sam about a walk' }).check();
  await page.getByRole('checkbox', { name: 'Swim on Saturday' }).check();
  const weeks = page.getByTestId('weeks').locator('.week');
  await expect(weeks).toHaveCount(2);
  await expect(weeks.nth(0)).toContainText('This week');
  await expect(weeks.nth(0)).toContainText('Swim on Saturday');
  await expect(weeks.nth(1)).toContainText('Week of 28 Dec 2026');
  await expect(weeks.nth(1)).not.toContainText('Swim');
  await expect(page.getByLabel('In my own words')).toHaveValue('I can spend a Sunday alone and enjoy it.');
  await expectNoAxeViolations(page, 'life plan');

  await page.goto('/stage/work-on-yourself');
  const glance = page.getByTestId('glance');
  await expect(glance).toContainText('2 of 2 plan items done this week; something done in 2 of the last 4 weeks.');
  await expect(glance.locator('blockquote')).toHaveText('I can spend a Sunday alone and enjoy it.');
  await page.goto('/');
  await expect(page.locator('.stage-card').filter({ hasText: 'Work on yourself' })).toContainText('In progress');
});
