// Stages 0 and 3 and "if they come back", answered as different people
// would, on a 360 px phone: honest outcomes, the safety path, quick exit,
// and retaking to compare.
import { test, expect, openApp, expectNoAxeViolations } from './fixtures.js';

async function pick(page, question, option) {
  await page.getByRole('group', { name: question }).getByLabel(option, { exact: true }).check();
}

async function next(page) {
  await page.getByRole('button', { name: 'Next' }).click();
}

/** Walks "Should you even try?" with the given answers. */
async function shouldYouTry(page, { motives, healthy, best, sixMonths, safety }) {
  await openApp(page, '/stage/should-you-try');
  for (const m of motives) await pick(page, /What draws you back/, m);
  await next(page);
  await pick(page, /mostly healthy/, healthy);
  await pick(page, /bring out the best/, best);
  await pick(page, /six months/, sixMonths);
  await next(page);
  await pick(page, /abusive/, safety.abuse ?? 'No');
  await pick(page, /doubt your own memory/, safety.manipulation ?? 'No');
  await pick(page, /cheat or lie/, safety.cheating ?? 'No');
  await pick(page, /small, afraid or unworthy/, safety.afraid ?? 'No');
  await pick(page, /lose yourself/, safety.lostSelf ?? 'No');
  await page.getByRole('button', { name: 'See what this suggests' }).click();
  await expect(page.getByTestId('outcome')).toBeVisible();
}

const HOPEFUL = {
  motives: ['I believe what we had was good and worth saving', 'I regret something I did and want to put it right'],
  healthy: 'Mostly healthy',
  best: 'We mostly brought out the best in each other',
  sixMonths: 'Yes, I think so',
  safety: {},
};

test('a hopeful, healthy answer gets an honest "something real" and no promise', async ({ page }) => {
  await shouldYouTry(page, HOPEFUL);
  const outcome = page.getByTestId('outcome');
  await expect(outcome.locator('h2')).toHaveText('There may be something real here');
  await expect(outcome).toContainText('not a promise');
  await expect(outcome).toContainText('Regret can be worth building on');
  await expect(outcome).not.toContainText('%');
  await expect(outcome.getByRole('link', { name: 'Go on to no contact' })).toBeVisible();
  await expectNoAxeViolations(page, 'stage 0 outcome');

  await page.getByText('What you answered').click();
  await expect(page.locator('.answers-summary')).toContainText('Mostly healthy');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Path' }).click();
  await expect(page.locator('.stage-card[data-stage="should-you-try"] .status')).toContainText('Done');
  await expect(page.getByTestId('safety-path')).toHaveCount(0);
  await expect(page.locator('.stage-title')).toContainText(['The first message']);
});

test('a panicking answer is reflected back kindly, as fear and loneliness', async ({ page }) => {
  await shouldYouTry(page, {
    motives: ['I feel lonely and miss the comfort of having them', "I'm afraid I'll never find anyone like them again"],
    healthy: 'A mix of both',
    best: 'Sometimes one, sometimes the other',
    sixMonths: "I'm not sure",
    safety: {},
  });
  const outcome = page.getByTestId('outcome');
  await expect(outcome.locator('h2')).toHaveText('Mostly fear and loneliness, for now');
  await expect(outcome).toContainText('fear is not a forecast of your future');
});

test('an unsure safety answer shows the support numbers the outcome mentions', async ({ page }) => {
  await shouldYouTry(page, { ...HOPEFUL, safety: { afraid: "I'm not sure" } });
  await expect(page.getByTestId('outcome')).toContainText('the support numbers below');
  await expect(page.getByTestId('support-card')).toBeVisible();
  await expect(page.getByTestId('outcome').locator('h2')).toBeFocused();
});

test('a red flag turns the path to getting yourself back, with reasons, support and quick exit', async ({ page }) => {
  await shouldYouTry(page, { ...HOPEFUL, safety: { abuse: 'Yes' } });
  const outcome = page.getByTestId('outcome');
  await expect(outcome.locator('h2')).toHaveText('This is about getting yourself back');
  await expect(outcome).toContainText('You said they were abusive towards you.');
  await expect(page.getByTestId('support-card')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  await expectNoAxeViolations(page, 'red-flag outcome');

  // The home path says so, and the reaching-out stages are set aside.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Path' }).click();
  await expect(page.getByTestId('safety-path')).toContainText('getting yourself back');
  await expect(page.getByTestId('safety-path')).toContainText('Because of what you shared in “Should you even try?”');
  await expect(page.getByTestId('safety-path').getByRole('link', { name: '“Should you even try?”' })).toHaveAttribute('href', '/stage/should-you-try');
  const titles = await page.locator('.stage-title').allTextContents();
  expect(titles).toContain('Getting yourself back');
  expect(titles).not.toContain('The first message');
  expect(titles).not.toContain('The real conversation');
  expect(titles).not.toContain('Rebuilding trust');
  await expectNoAxeViolations(page, 'home on the safety path');

  await page.getByRole('link', { name: 'What comes instead' }).click();
  await expect(page.locator('h1')).toHaveText('Getting yourself back');
  await expect(page.locator('main')).toContainText('they were abusive towards you');
  await expect(page.locator('main')).toContainText('Why am I trying so hard to get back someone who hurt me?');
  await expectNoAxeViolations(page, 'getting yourself back');

  // Message tools show a caution instead.
  await page.goto('/stage/first-message');
  await expect(page.getByTestId('safety-caution')).toBeVisible();

  // The reality check never points towards reaching out on this path.
  await openApp(page, '/stage/reality-check');
  await pick(page, /never want to speak/, 'No');
  await pick(page, /blocked you/, 'No');
  await pick(page, /serious new relationship/, 'No');
  await next(page);
  await pick(page, /How did the breakup happen/, 'In the heat of the moment: a fight, or a very hard time');
  await pick(page, /leave over/, 'Poor communication');
  await next(page);
  await pick(page, /reached out to you/, 'Yes');
  await pick(page, /still seem emotional/, 'Yes');
  await pick(page, /Mutual friends|mutual friends/, "I haven't heard anything");
  await page.getByRole('button', { name: 'See what this suggests' }).click();
  const reality = page.getByTestId('outcome');
  await expect(reality.getByRole('link', { name: 'Getting yourself back' })).toBeVisible();
  await expect(reality.getByRole('link', { name: 'The first message' })).toHaveCount(0);
});

test('quick exit hides everything at once, Back does not return, and it works offline', async ({ page, context }) => {
  await shouldYouTry(page, { ...HOPEFUL, safety: { afraid: 'Yes' } });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Path' }).click();
  await page.getByRole('link', { name: 'What comes instead' }).click();
  await expect(page.locator('h1')).toHaveText('Getting yourself back');

  await context.setOffline(true);
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page.getByTestId('neutral-page')).toBeVisible();
  await expect(page.locator('h1')).toHaveText('Today');
  await expect(page).toHaveTitle('Today');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('yourself back');
  await expect(page.locator('body')).not.toContainText('Unlost');

  await page.goBack();
  await expect(page.getByTestId('neutral-page')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('yourself back');
  await page.reload();
  await expect(page.getByTestId('neutral-page')).toBeVisible();
  await expectNoAxeViolations(page, 'neutral page');

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await context.setOffline(false);
});

test('Escape is the quick-exit shortcut on the safety questions', async ({ page }) => {
  await openApp(page, '/stage/should-you-try');
  await pick(page, /What draws you back/, 'I feel lonely and miss the comfort of having them');
  await next(page);
  await next(page);
  await expect(page.getByRole('heading', { name: 'Your safety' })).toBeVisible();
  await expect(page.getByTestId('support-card')).toBeVisible();
  await expectNoAxeViolations(page, 'safety step');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('neutral-page')).toBeVisible();
});

test('answers are kept mid-way, missing ones are pointed out, and a retake can be compared', async ({ page }) => {
  await openApp(page, '/stage/should-you-try');
  await pick(page, /What draws you back/, 'Something else, in my own words');
  await page.getByLabel('In your own words').fill('We had plans together');
  await next(page);
  await pick(page, /mostly healthy/, 'Mostly healthy');
  await page.reload();
  await expect(page.getByRole('group', { name: /What draws you back/ }).getByLabel('Something else, in my own words')).toBeChecked();
  await expect(page.getByLabel('In your own words')).toHaveValue('We had plans together');
  await expect(page.locator('.stage-card')).toHaveCount(0);

  await next(page);
  await next(page);
  await page.getByRole('button', { name: 'See what this suggests' }).click();
  await expect(page.getByRole('alert')).toContainText('questions are still unanswered');
  await expect(page.getByRole('heading', { name: 'What it was really like' })).toBeVisible();

  await pick(page, /bring out the best/, 'Sometimes one, sometimes the other');
  await pick(page, /six months/, "I'm not sure");
  await next(page);
  for (const q of [/abusive/, /doubt your own memory/, /cheat or lie/, /small, afraid or unworthy/, /lose yourself/]) await pick(page, q, 'No');
  await page.getByRole('button', { name: 'See what this suggests' }).click();
  await expect(page.getByTestId('outcome')).toContainText('We had plans together');
  const first = await page.getByTestId('outcome').locator('h2').textContent();

  await page.getByRole('button', { name: 'Change my answers or take it again' }).click();
  await expect(page.getByRole('group', { name: /What draws you back/ }).getByLabel('Something else, in my own words')).toBeChecked();
  await pick(page, /What draws you back/, 'I believe what we had was good and worth saving');
  await next(page);
  await pick(page, /bring out the best/, 'We mostly brought out the best in each other');
  await pick(page, /six months/, 'Yes, I think so');
  await next(page);
  await page.getByRole('button', { name: 'See what this suggests' }).click();
  await expect(page.getByTestId('outcome').locator('h2')).toHaveText('There may be something real here');

  const history = page.locator('.history-item');
  await expect(history).toHaveCount(2);
  await history.nth(1).click();
  await expect(page.getByTestId('outcome').locator('h2')).toHaveText(first);
  await expect(page.locator('.result-date')).toContainText('Earlier answers');
});

test('the reality check says kindly that the door looks closed, whatever else is hopeful', async ({ page }) => {
  await openApp(page, '/stage/reality-check');
  await pick(page, /never want to speak/, 'Yes');
  await pick(page, /blocked you/, 'In some places');
  await pick(page, /serious new relationship/, "I don't know");
  await next(page);
  await pick(page, /How did the breakup happen/, 'In the heat of the moment: a fight, or a very hard time');
  await pick(page, /leave over/, 'Jealousy');
  await pick(page, /leave over/, 'Stress from outside the relationship');
  await next(page);
  await pick(page, /reached out to you/, 'Yes');
  await pick(page, /still seem emotional/, 'Yes');
  await pick(page, /mutual friends/i, 'Yes');
  // Stage 0 was never answered: its safety question is asked here.
  await next(page);
  await expect(page.getByRole('heading', { name: 'Your safety' })).toBeVisible();
  await expect(page.getByTestId('quick-exit-hint')).toBeVisible();
  await pick(page, /hurt, threaten, control or frighten/, 'No');
  await page.getByRole('button', { name: 'See what this suggests' }).click();
  const outcome = page.getByTestId('outcome');
  await expect(outcome.locator('h2')).toHaveText('This looks like a time to accept, and to heal');
  await expect(outcome).toContainText('Signs the door is closed');
  await expect(outcome).toContainText('Signs it may be open');
  await expect(outcome).toContainText('What could change');
  await expect(outcome.getByRole('link', { name: 'Accepting their decision' })).toBeVisible();
  await expectNoAxeViolations(page, 'reality check outcome');
});

test('if they come back and you do not feel safe, the app says take care of yourself first', async ({ page }) => {
  await openApp(page, '/stage/if-they-come-back');
  await pick(page, /actually changed/, "I'm not sure");
  await pick(page, /emotionally safe/, 'No');
  await pick(page, /drawn back/, 'Mostly because I feel lonely');
  await pick(page, /pushing you to decide/, 'No');
  await next(page);
  await pick(page, /hurt, threaten, control or frighten/, 'No');
  await page.getByRole('button', { name: 'See what this suggests' }).click();
  const outcome = page.getByTestId('outcome');
  await expect(outcome.locator('h2')).toHaveText('Take care of yourself first');
  await expect(page.getByTestId('support-card')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Path' }).click();
  await expect(page.locator('.stage-card[data-stage="if-they-come-back"] .status')).toContainText('Done');
});
