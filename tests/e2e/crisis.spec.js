// Crisis words written in the journal, or in a reflection answer, bring the
// crisis lines beside the writing: calmly, after a pause, never in the way.
import { test, expect, openApp, expectNoAxeViolations } from './fixtures.js';

// The lines come from the browser's time zone, then its language: pinned
// here so that the cards list the same region's lines on any machine.
test.use({ locale: 'en-US', timezoneId: 'America/Chicago' });

test('crisis words in the journal bring the crisis lines beside the writing', async ({ page }) => {
  await openApp(page, '/journal');
  const box = page.getByLabel("What's on your mind?");
  await box.fill('this job is killing me and I could die of embarrassment');
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('crisis-card')).toHaveCount(0);

  await box.fill("Honestly I don't want to be here anymore");
  const card = page.getByTestId('crisis-card');
  await expect(card).toBeVisible();
  await expect(card.locator('a[href="tel:988"]')).toBeVisible();
  await expect(card.locator('a[href="tel:911"]')).toBeVisible();
  await expect(card.getByTestId('lines-for')).toHaveText('Lines for: United States · Change');
  await expect(card.locator('a[href="tel:116123"]')).toHaveCount(0);
  // The writing is untouched, and can be saved as ever.
  await expect(box).toHaveValue("Honestly I don't want to be here anymore");
  await expect(box).toBeFocused();
  await expectNoAxeViolations(page, 'journal with the crisis card');
  await card.getByRole('button', { name: 'Put this away' }).click();
  await expect(page.getByTestId('crisis-card')).toHaveCount(0);
  // Once per piece of writing: more words don't bring it back.
  await box.pressSequentially(' and I want to die');
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('crisis-card')).toHaveCount(0);
});

test('a reflection answer that says it brings the card too', async ({ page }) => {
  await openApp(page, '/stage/work-on-yourself/reflect/my-part');
  await page.locator('textarea').first().fill('everyone would be better off without me');
  await expect(page.getByTestId('crisis-card')).toBeVisible();
  await expect(page.getByTestId('crisis-card').locator('a[href^="tel:"]')).toHaveCount(2);
});

test('at 2am, crisis words in the Unsent vault bring the card, and the words are kept', async ({ page }) => {
  await openApp(page, '/help/urge');
  await page.getByRole('button', { name: 'Skip to writing it down' }).click();
  const box = page.getByLabel('What I want to say to them');
  await box.fill('I miss you so much I want to end it all');
  const card = page.getByTestId('crisis-card');
  await expect(card).toBeVisible();
  await expect(card.locator('a[href="tel:988"]')).toBeVisible();
  await expectNoAxeViolations(page, 'the Unsent vault with the crisis card');
  await page.getByRole('button', { name: 'Keep it here, unsent' }).click();
  await expect(page.getByTestId('own-reasons').or(page.getByRole('button', { name: 'Go on' })).first()).toBeVisible();
});

test("the check-in line and the letter you keep watch for crisis words too", async ({ page }) => {
  await openApp(page, '/check-in');
  await page.getByLabel('One line about today (optional)').fill("there's no point living without her");
  await expect(page.getByTestId('crisis-card')).toBeVisible();
  await expect(page.getByTestId('crisis-card').locator('a[href="tel:988"]')).toBeVisible();

  await openApp(page, '/stage/accepting-their-decision');
  await page.getByLabel('Your letter').fill('Some nights I wish I was dead.');
  await expect(page.getByTestId('crisis-card')).toBeVisible();
  await expect(page.getByLabel('Your letter')).toHaveValue('Some nights I wish I was dead.');
});

test("the 2am screen keeps the region's crisis line one tap away, on its first step and its last", async ({ page }) => {
  await openApp(page, '/help/urge');
  const line = page.getByTestId('crisis-line');
  await expect(line.locator('a[href="tel:988"]')).toBeVisible();
  await expect(line.locator('a[href="tel:911"]')).toBeVisible();
  await page.getByRole('button', { name: 'Skip to writing it down' }).click();
  await expect(line.locator('a[href="tel:988"]')).toBeVisible();
});

for (const [where, locale, timezoneId, crisis, emergency, name] of [
  ['the United Kingdom', 'en-GB', 'Europe/London', '116123', '999', 'United Kingdom'],
  ['Australia', 'en-AU', 'Australia/Melbourne', '131114', '000', 'Australia'],
  ['Germany, from the time zone even with an English browser', 'en-US', 'Europe/Berlin', '08001110111', '112', 'Germany'],
]) {
  test.describe(`in ${where}`, () => {
    test.use({ locale, timezoneId });

    test('crisis words bring that country\'s lines, and the 2am screen has its crisis line', async ({ page }) => {
      await openApp(page, '/journal');
      await page.getByLabel("What's on your mind?").fill("I don't want to be here anymore");
      const card = page.getByTestId('crisis-card');
      await expect(card.getByTestId('lines-for')).toHaveText(`Lines for: ${name} · Change`);
      await expect(card.locator(`a[href="tel:${crisis}"]`)).toBeVisible();
      await expect(card.locator(`a[href="tel:${emergency}"]`)).toBeVisible();
      await expect(card.locator('a[href="tel:988"]')).toHaveCount(0);

      await openApp(page, '/help/urge');
      await expect(page.getByTestId('crisis-line').locator(`a[href="tel:${crisis}"]`)).toBeVisible();
    });
  });
}

test.describe('somewhere without lines here', () => {
  test.use({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' });

  test('the card says plainly that local lines could not be listed, and Settings can choose', async ({ page }) => {
    await openApp(page, '/journal');
    await page.getByLabel("What's on your mind?").fill('i want to kill myself');
    const card = page.getByTestId('crisis-card');
    await expect(card.getByTestId('lines-for')).toContainText("couldn't tell which country you are in");
    await expect(card.locator('a[href^="tel:"]')).toHaveCount(0);

    await card.getByRole('link', { name: 'Choose your country' }).click();
    await expect(page.locator('h1')).toHaveText('Settings');
    await page.getByLabel('Show lines for').selectOption({ label: 'Ireland' });
    await expect(page.getByTestId('help-region-now')).toHaveText('Showing lines for Ireland.');
    await expectNoAxeViolations(page, 'settings with the help-line choice');
    await page.reload();
    await expect(page.getByLabel('Show lines for')).toHaveValue('IE');

    await openApp(page, '/help/urge');
    await expect(page.getByTestId('crisis-line').locator('a[href="tel:116123"]')).toBeVisible();
  });
});
