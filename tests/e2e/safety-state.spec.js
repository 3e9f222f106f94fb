// One safety state, honoured by every screen: the abused path from stage 0
// through the reality check and "if they come back" to the contact stages;
// the later checks asking the safety question when stage 0 was skipped;
// crisis words keeping help close until the person says they are safe; Esc
// as Quick exit everywhere while it is on, and not while it is clear.
import { test, expect, openApp, expectNoAxeViolations } from './fixtures.js';

async function pick(page, question, option) {
  await page.getByRole('group', { name: question }).getByLabel(option, { exact: true }).check();
}

async function next(page) {
  await page.getByRole('button', { name: 'Next' }).click();
}

async function seeOutcome(page) {
  await page.getByRole('button', { name: 'See what this suggests' }).click();
  await expect(page.getByTestId('outcome')).toBeVisible();
}

/** Stage 0 with hopeful answers, and `manipulation` as given. */
async function stageZero(page, manipulation) {
  await openApp(page, '/stage/should-you-try');
  await pick(page, /What draws you back/, 'I believe what we had was good and worth saving');
  await next(page);
  await pick(page, /mostly healthy/, 'Mostly healthy');
  await pick(page, /bring out the best/, 'We mostly brought out the best in each other');
  await pick(page, /six months/, 'Yes, I think so');
  await next(page);
  for (const q of [/abusive/, /cheat or lie/, /small, afraid or unworthy/, /lose yourself/]) await pick(page, q, 'No');
  await pick(page, /doubt your own memory/, manipulation);
  await seeOutcome(page);
}

/** The reality check with every sign hopeful. */
async function hopefulRealityCheck(page, { harm } = {}) {
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
  await pick(page, /mutual friends/i, 'Yes');
  if (harm) {
    await next(page);
    await pick(page, /hurt, threaten, control or frighten/, harm);
  }
  await seeOutcome(page);
}

/** "If they come back" with every answer hopeful. */
async function hopefulReturn(page) {
  await openApp(page, '/stage/if-they-come-back');
  await pick(page, /actually changed/, 'Yes, and I can name what');
  await pick(page, /emotionally safe/, 'Yes');
  await pick(page, /drawn back/, 'I believe we can build something better');
  await pick(page, /pushing you to decide/, 'No');
  await seeOutcome(page);
}

const CONTACT_SCREENS = ['/stage/first-message', '/stage/real-conversation', '/stage/rebuilding-trust'];

test('the abused path: every screen that leads towards them stands aside, and a retake clears it', async ({ page }) => {
  test.setTimeout(90_000);
  await stageZero(page, 'Yes');
  await expect(page.getByTestId('outcome')).toContainText('twisted what you said');

  // Home: one calm sentence, and where it came from.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Path' }).click();
  const notice = page.getByTestId('safety-path');
  await expect(notice).toContainText('Because of what you shared in “Should you even try?”');
  await expect(notice.getByRole('link', { name: '“Should you even try?”' })).toBeVisible();
  await expect(page.locator('.stage-card[data-stage="no-contact"]')).toContainText('Distance from someone who hurt you');
  await expect(page.locator('main')).not.toContainText('room to breathe');

  // The reality check: signs that look open lead nowhere near them.
  await hopefulRealityCheck(page);
  let outcome = page.getByTestId('outcome');
  await expect(outcome.locator('h2')).toHaveText('Some signs look open, but your path is about you now');
  await expect(outcome.getByRole('link', { name: 'The first message' })).toHaveCount(0);
  await expect(page.getByTestId('support-card')).toBeVisible();
  await expect(page.getByTestId('quick-exit-hint')).toBeVisible();

  // If they come back: no talking, how to say no, help.
  await hopefulReturn(page);
  outcome = page.getByTestId('outcome');
  await expect(outcome.locator('h2')).toHaveText('Take care of yourself first');
  await expect(outcome).toContainText('If you answer at all');
  await expect(outcome).toContainText('You can leave it unanswered');
  await expect(outcome.getByRole('link', { name: 'The real conversation' })).toHaveCount(0);
  await expect(page.getByTestId('support-card')).toBeVisible();
  await expectNoAxeViolations(page, '"if they come back" on the safety path');

  // The contact stages: why, help, and nothing about reaching out.
  for (const path of CONTACT_SCREENS) {
    await openApp(page, path);
    await expect(page.getByTestId('safety-caution'), path).toBeVisible();
    await expect(page.getByTestId('support-card'), path).toBeVisible();
    await expect(page.getByTestId('readiness'), path).toHaveCount(0);
    await expect(page.locator('main textarea'), path).toHaveCount(0);
  }
  await expectNoAxeViolations(page, 'a contact stage set aside');

  // Stage 7 offers no reply to send; no contact is protection.
  await openApp(page, '/stage/accepting-their-decision');
  await expect(page.getByTestId('no-reply-owed')).toContainText("You don't owe them a reply");
  await expect(page.getByRole('button', { name: 'Copy reply' })).toHaveCount(0);
  await openApp(page, '/stage/no-contact');
  await expect(page.locator('.lead')).toContainText('no contact is protection');
  await expect(page.locator('main')).not.toContainText('room to breathe');
  await expect(page.locator('main')).toContainText('Maybe it wasn');

  // Esc is Quick exit on any screen now, and Back leads nowhere near here.
  await openApp(page, '/journal');
  await page.locator('body').press('Escape');
  await expect(page.getByTestId('neutral-page')).toBeVisible();
  await page.goBack();
  await expect(page.locator('body')).not.toContainText('Journal');
  await page.getByRole('button', { name: 'Continue' }).click();

  // Answered by mistake: a retake without the flag, and every screen is as before.
  await openApp(page, '/stage/should-you-try');
  await page.getByRole('button', { name: 'Change my answers or take it again' }).click();
  await next(page);
  await next(page);
  await pick(page, /doubt your own memory/, 'No');
  await seeOutcome(page);
  await expect(page.getByTestId('outcome').locator('h2')).toHaveText('There may be something real here');
  await openApp(page, '/');
  await expect(page.getByTestId('safety-path')).toHaveCount(0);
  // The reality check and "if they come back" were answered while held;
  // their own answers were hopeful, so nothing holds any more.
  await openApp(page, '/stage/first-message');
  await expect(page.getByTestId('safety-caution')).toHaveCount(0);
  await expect(page.getByTestId('readiness')).toBeVisible();
  await page.locator('body').press('Escape');
  await expect(page.getByTestId('neutral-page')).toHaveCount(0);
});

test('without stage 0, the reality check asks about safety itself, and abuse as the reason brings help', async ({ page }) => {
  await openApp(page, '/stage/first-message');
  const item = page.locator('.ready-item').filter({ hasText: 'An honest look at why' });
  await expect(item).toContainText('Not known');
  await expect(item.getByRole('link', { name: 'Answer “Should you even try?”' })).toBeVisible();

  await openApp(page, '/stage/reality-check');
  await pick(page, /never want to speak/, 'No');
  await pick(page, /blocked you/, 'No');
  await pick(page, /serious new relationship/, 'No');
  await next(page);
  await pick(page, /How did the breakup happen/, "I'm not sure");
  await pick(page, /leave over/, 'Abuse');
  await next(page);
  await pick(page, /reached out to you/, 'No');
  await pick(page, /still seem emotional/, "I don't know");
  await pick(page, /mutual friends/i, "I haven't heard anything");
  await next(page);
  await pick(page, /hurt, threaten, control or frighten/, 'Yes');
  await seeOutcome(page);
  const outcome = page.getByTestId('outcome');
  await expect(outcome).not.toContainText("Don't push");
  await expect(outcome).toContainText('Your safety comes first');
  await expect(page.getByTestId('support-card')).toBeVisible();
  await expect(page.getByTestId('quick-exit-hint')).toBeVisible();
  await expectNoAxeViolations(page, 'reality check with abuse');

  await openApp(page, '/');
  await expect(page.getByTestId('safety-path')).toContainText('the reality check');
  await openApp(page, '/stage/first-message');
  await expect(page.getByTestId('safety-caution')).toContainText('the reality check');
});

test('"not sure" about feeling safe when they come back brings help, and does not suggest talking', async ({ page }) => {
  await stageZero(page, 'No');
  await openApp(page, '/stage/if-they-come-back');
  await pick(page, /actually changed/, 'Yes, and I can name what');
  await pick(page, /emotionally safe/, "I'm not sure");
  await pick(page, /drawn back/, 'I believe we can build something better');
  await pick(page, /pushing you to decide/, 'No');
  await seeOutcome(page);
  await expect(page.getByTestId('outcome').locator('h2')).toHaveText('Take your time before you answer');
  await expect(page.getByTestId('support-card')).toBeVisible();
  await expect(page.getByTestId('outcome').getByRole('link', { name: 'The real conversation' })).toHaveCount(0);
});

test('crisis words keep help close on every screen until the person says they are safe for now', async ({ page }) => {
  await stageZero(page, 'No');
  await openApp(page, '/journal');
  await page.getByLabel("What's on your mind?").fill('i keep thinking everyone would be better off without me');
  await expect(page.getByTestId('crisis-card')).toBeVisible();

  await openApp(page, '/');
  const home = page.getByTestId('crisis-home');
  await expect(home.getByTestId('crisis-card').locator('a[href^="tel:"]').first()).toBeVisible();
  await expect(page.getByTestId('safety-path')).toHaveCount(0);
  await expectNoAxeViolations(page, 'home with crisis help');

  await openApp(page, '/stage/first-message');
  const caution = page.getByTestId('safety-caution');
  await expect(caution).toContainText('you come first');
  await expect(caution).not.toContainText('hurt you');
  await expect(page.getByTestId('readiness')).toHaveCount(0);
  // Still there after a reload: it never ends on its own.
  await page.reload();
  await expect(page.getByTestId('safety-caution')).toBeVisible();

  await page.getByRole('button', { name: "I'm safe for now" }).click();
  await expect(page.getByTestId('safety-caution')).toHaveCount(0);
  await expect(page.getByTestId('readiness')).toBeVisible();
  await openApp(page, '/');
  await expect(page.getByTestId('crisis-home')).toHaveCount(0);
});

test('Home open in one tab brings crisis help each time another tab notices crisis words, also after "I\'m safe for now"', async ({ context }) => {
  const home = await context.newPage();
  const other = await context.newPage();
  await openApp(home, '/');
  await openApp(other, '/journal');
  const heavy = 'i keep thinking everyone would be better off without me';

  await other.getByLabel("What's on your mind?").fill(heavy);
  await expect(other.getByTestId('crisis-card')).toBeVisible();
  const help = home.getByTestId('crisis-home');
  await expect(help.locator('a[href^="tel:"]').first()).toBeVisible();
  await help.getByRole('button', { name: "I'm safe for now" }).click();
  await expect(help).toHaveCount(0);

  // Heavy words again, elsewhere, while Home stays open: the help comes
  // back on Home too (its part must still be alive after it hid itself).
  await other.reload();
  await other.getByLabel("What's on your mind?").fill(`${heavy}, again`);
  await expect(other.getByTestId('crisis-card')).toBeVisible();
  await expect(help.locator('a[href^="tel:"]').first()).toBeVisible();
  await help.getByRole('button', { name: "I'm safe for now" }).click();
  await expect(help).toHaveCount(0);
});
