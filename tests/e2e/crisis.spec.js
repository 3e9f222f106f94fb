// Crisis words written in the journal, or in a reflection answer, bring the
// crisis lines beside the writing: calmly, after a pause, never in the way.
import { test, expect, openApp, expectNoAxeViolations } from './fixtures.js';

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
  await expect(card.locator('a[href="tel:116123"]')).toBeVisible();
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
  await expect(page.getByTestId('crisis-card').locator('a[href^="tel:"]')).toHaveCount(3);
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
  await expect(page.getByTestId('crisis-card').locator('a[href="tel:131114"]')).toBeVisible();

  await openApp(page, '/stage/accepting-their-decision');
  await page.getByLabel('Your letter').fill('Some nights I wish I was dead.');
  await expect(page.getByTestId('crisis-card')).toBeVisible();
  await expect(page.getByLabel('Your letter')).toHaveValue('Some nights I wish I was dead.');
});
