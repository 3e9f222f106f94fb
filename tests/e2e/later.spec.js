// Stages 5 to 7 and the closing question, with a controlled clock: a
// worksheet the checker corrects, evidence of change over three weeks, the
// pace ladder's gentle warning, Moving-on mode and back, and a closing answer
// written and revised.
import { test, expect, openApp, expectNoAxeViolations, storedDocument } from './fixtures.js';

test.use({ locale: 'en-GB' });

const DAY = 24 * 60 * 60 * 1000;
const START = new Date('2026-12-28T19:00:00'); // a Monday

test('preparing the real conversation: the checker asks for specifics, and notes are kept', async ({ page }) => {
  await openApp(page, '/stage/real-conversation');
  await expect(page.getByTestId('talk-timing')).toContainText('too early');
  await page.getByLabel('They brought up the breakup themselves').check();
  await expect(page.getByTestId('talk-timing')).toContainText('They brought it up themselves');

  const mistakes = page.getByLabel('What you did, and what it did to them');
  await mistakes.fill('We both messed up, and I am sorry if you felt hurt.');
  const section = page.locator('.checked-editor').filter({ has: mistakes });
  await expect(section.getByTestId('findings')).toContainText(/blame/i);
  await expect(section.locator('.overlay-backdrop mark')).not.toHaveCount(0);
  await expectNoAxeViolations(page, 'real conversation worksheet with findings');
  const owned = 'I checked your phone when I felt insecure, and it made you feel watched and not trusted.';
  await mistakes.fill(owned);
  await expect(section.locator('.overlay-backdrop mark')).toHaveCount(0);

  const feelings = page.getByLabel('How you feel, while leaving the choice with them');
  await feelings.fill('Please give me another chance, I cannot live without you.');
  const feelingsSection = page.locator('.checked-editor').filter({ has: feelings });
  await expect(feelingsSection.locator('.check-finding.sev-problem')).not.toHaveCount(0);

  await page.getByLabel('Question 1').fill('What was the hardest part for you?');
  await page.getByLabel('Question 1').press('Tab');
  await page.getByLabel('Another question').fill('What would help you feel safe talking to me?');
  await page.getByRole('button', { name: 'Add', exact: true }).click();

  await page.getByLabel('What they said').fill('That they felt lonely for a long time.');
  await page.getByLabel('What you understood').fill('I was there but not listening.');
  await page.getByRole('button', { name: 'Save these notes' }).click();
  await expect(page.getByTestId('after-talk')).toContainText('I understood: I was there but not listening.');

  await page.reload();
  await expect(page.getByLabel('What you did, and what it did to them')).toHaveValue(owned);
  await expect(page.getByLabel('Question 1')).toHaveValue('What was the hardest part for you?');
  await expect(page.getByLabel('Question 4')).toHaveValue('What would help you feel safe talking to me?');
  const doc = await storedDocument(page);
  expect(doc.data.real_talk.notes).toHaveLength(1);
});

test('change shown over three weeks, and a step taken too soon gets a gentle word', async ({ page }) => {
  await page.clock.install({ time: START });
  await openApp(page, '/stage/work-on-yourself/reflect');
  await page.getByLabel('Jealousy or insecurity').check();
  await page.goto('/stage/rebuilding-trust');
  const jealousy = page.getByRole('group', { name: 'Jealousy or insecurity' });
  await jealousy.getByLabel('What the change looks like').fill('I ask how their evening was, and I believe the answer.');
  const log = async (group, text) => {
    await group.getByLabel('A moment it showed').fill(text);
    await group.getByRole('button', { name: /^Log a moment/ }).click();
    await expect(group).toContainText(text);
  };
  await log(jealousy, 'They went out with friends and I did not check in.');
  await page.clock.setSystemTime(new Date(START.getTime() + 14 * DAY));
  await page.reload();
  await log(page.getByRole('group', { name: 'More listening, less winning arguments' }), 'Let them finish before answering.');
  await log(page.getByRole('group', { name: 'Jealousy or insecurity' }), 'Heard about their new colleague and stayed calm.');

  const consistency = page.getByTestId('consistency');
  await expect(consistency).toContainText('Moments of change in 2 of the last 8 weeks.');
  const weeks = consistency.locator('li');
  await expect(weeks.nth(0)).toContainText('This week · 2 moments');
  await expect(weeks.nth(0)).toContainText('Jealousy or insecurity (1), More listening, less winning arguments (1)');
  await expect(weeks.nth(1)).toContainText('No moments logged.');
  await expect(weeks.nth(2)).toContainText('Week of 28 Dec 2026 · 1 moment');

  const ladder = page.getByTestId('ladder');
  await ladder.locator('.ladder-step').nth(0).getByLabel('When it happened').fill('2027-01-02');
  await ladder.locator('.ladder-step').nth(1).getByLabel('When it happened').fill('2027-01-05');
  await expect(ladder.locator('.pace-warning')).toHaveCount(1);
  await expect(ladder.locator('.pace-warning')).toContainText('This came 3 days after the step before.');
  await ladder.locator('.ladder-step').nth(1).getByLabel('How did we both feel, then?').fill('Easy, we laughed.');
  await ladder.locator('.ladder-step').nth(1).getByLabel('When it happened').fill('2027-01-10');
  await expect(ladder.locator('.pace-warning')).toHaveCount(0);
  await expectNoAxeViolations(page, 'rebuilding trust');
  await page.reload();
  await expect(page.getByTestId('ladder').locator('.ladder-step').nth(1).getByLabel('How did we both feel, then?')).toHaveValue('Easy, we laughed.');
});

test('accepting a no: the reply, a kept letter, Moving on and back, and the closing question', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install({ time: START });
  await openApp(page, '/stage/accepting-their-decision');
  await expect(page.locator('main')).toContainText('not a verdict on your worth');
  const reply = page.getByLabel('Your reply');
  await expect(reply).not.toHaveValue('');
  await expect(page.locator('.overlay-backdrop mark')).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy reply' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await reply.inputValue());
  await page.getByLabel('Your letter').fill('Thank you for the Sunday mornings.');
  await expectNoAxeViolations(page, 'accepting their decision');

  await page.getByRole('button', { name: 'Switch to Moving on' }).click();
  await expect(page.getByTestId('change-of-course')).toContainText('You have been moving on since');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Path' }).click();
  await expect(page.getByTestId('moving-on')).toBeVisible();
  const path = page.locator('main > .page > .stage-list > .stage-card');
  await expect(path.filter({ hasText: 'Healing days' })).toHaveCount(1);
  await expect(path.filter({ hasText: 'The first message' })).toHaveCount(0);
  const setAside = page.getByTestId('set-aside');
  await setAside.getByText('Set aside for now').click();
  await expect(setAside.locator('.stage-card')).toHaveCount(6);
  await expect(path.filter({ hasText: 'Should you even try?' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'path in moving-on mode');
  await path.filter({ hasText: 'Healing days' }).getByRole('link').click();
  await expect(page.locator('h1')).toHaveText('Healing days');

  // The closing question, written and revised.
  await page.goto('/');
  await page.getByRole('link', { name: /Who do I want to be in love/ }).click();
  await page.getByLabel('My answer').fill('Someone who says what I need early, kindly.');
  await page.getByRole('button', { name: 'Save this version' }).click();
  await page.clock.setSystemTime(new Date(START.getTime() + 20 * DAY));
  await page.reload();
  await expect(page.getByLabel('My answer')).toHaveValue('Someone who says what I need early, kindly.');
  await page.getByLabel('My answer').fill('Someone who says what I need early, kindly, and listens to the answer.');
  await page.getByRole('button', { name: 'Save this version' }).click();
  const versions = page.getByTestId('closing-versions').locator('li');
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText('17 January 2027');
  await expect(versions.nth(1)).toContainText('28 December 2026');
  await expectNoAxeViolations(page, 'closing question');
  await page.goto('/');
  await expect(page.getByTestId('closing-answer')).toHaveText('Someone who says what I need early, kindly, and listens to the answer.');

  // And back to the full path, with nothing lost.
  await page.goto('/stage/accepting-their-decision');
  await page.getByRole('button', { name: 'Switch back to the full path' }).click();
  await page.goto('/');
  await expect(page.getByTestId('moving-on')).toHaveCount(0);
  await expect(page.locator('.stage-card').filter({ hasText: 'The first message' })).toHaveCount(1);
  await page.goto('/stage/accepting-their-decision');
  await expect(page.getByLabel('Your letter')).toHaveValue('Thank you for the Sunday mornings.');
});
