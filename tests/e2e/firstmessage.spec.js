// Stage 4 end to end, with a controlled clock: the readiness check (ready,
// and not ready but going on), the checker highlighting a begging draft and
// clearing once it is fixed, the cool-down surviving a reload, copying to the
// clipboard, marking it sent, and coaching after a short, cold reply.
import { test, expect, openApp, expectNoAxeViolations, storedDocument, STORE_KEY } from './fixtures.js';

test.use({ locale: 'en-GB' });

const NOW = new Date('2026-11-30T20:00:00');
const DAY = 24 * 60 * 60 * 1000;

/** A person who has done the work: 40 days of no contact, three reflections,
 *  a skill rating, and a reality check that says the door may be open. */
function readyDocument() {
  const at = NOW.getTime() - 10 * DAY;
  const answer = (id, prompt) => ({
    id, created_at: at, updated_at: at, text: 'An honest answer.',
    origin: { stage: 'work-on-yourself', prompt },
  });
  return {
    app: 'unlost',
    version: 3,
    saved_at: at,
    data: {
      journal: [answer('j1', 'my-part'), answer('j2', 'unsaid'), answer('j3', 'tomorrow')],
      no_contact: { started_on: '2026-10-21', updated_at: at },
      self_work: {
        ratings: [{ id: 'r1', skill: 'communication', at, on: '2026-11-20', value: 3 }],
      },
      assessments: [{
        id: 's0', kind: 'should-you-try', completed_at: at,
        answers: {
          chosen: {
            motives: ['worth'], healthy: ['healthy'], best: ['best'], 'six-months': ['yes'],
            abuse: ['no'], manipulation: ['no'], cheating: ['no'], afraid: ['no'], 'lost-self': ['no'],
          },
          notes: {}, updated_at: at,
        },
      }, {
        id: 'rc1', kind: 'reality-check', completed_at: at,
        answers: {
          chosen: {
            'said-never': ['no'], blocked: ['no'], 'new-relationship': ['no'], 'how-ended': ['heat'],
            'why-left': ['communication'], contacted: ['yes'], emotional: ['yes'], friends: ['unknown'],
          },
          notes: {}, updated_at: at,
        },
      }],
    },
  };
}

async function seed(page, doc) {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORE_KEY, JSON.stringify(doc)]);
}

test('ready, a begging draft flagged and fixed, the wait, copy, sent, and a cold reply', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install({ time: NOW });
  await seed(page, readyDocument());
  await openApp(page, '/stage/first-message');
  const readiness = page.getByTestId('readiness');
  await expect(readiness).toContainText('40 full days since you were last in touch');
  // Stage 0's "good and worth saving" answers the question; it isn't asked again.
  await expect(readiness).toContainText('In “Should you even try?” you said what you had was good and worth saving.');
  await expect(page.getByLabel('Yes, I still feel it is worth saving')).toHaveCount(0);
  await expect(readiness).toContainText('Everything the app can see looks ready.');
  // It can still be answered afresh here, and that answer counts.
  await page.getByRole('button', { name: 'Answer it again here' }).click();
  await page.getByLabel("I'm not sure any more").check();
  await expect(readiness).toContainText('Worth saving, in your eyes · Not yet');
  await expect(readiness).toContainText("Some things don't look ready yet.");
  await page.getByLabel('Yes, I still feel it is worth saving').check();
  await expect(readiness).toContainText('Everything the app can see looks ready.');

  const box = page.getByLabel('Your message to them');
  await box.fill('Please take me back, I cant live without you!!');
  const findings = page.getByTestId('findings');
  await expect(findings).toContainText('please take me back', { ignoreCase: true });
  await expect(page.locator('.overlay-backdrop mark.sev-problem')).not.toHaveCount(0);
  const marked = await page.locator('.overlay-backdrop mark').allTextContents();
  expect(marked.join(' ').toLowerCase()).toContain('take me back');
  await expect(page.getByTestId('check-summary')).toContainText('things to look at again');
  await expectNoAxeViolations(page, 'checker with highlights');

  const good = "Hi, it's been a while. I hope the new job is treating you well. No pressure to reply.";
  await box.fill(good);
  await expect(page.locator('.overlay-backdrop mark')).toHaveCount(0);
  await expect(page.getByTestId('check-summary')).toHaveText('Nothing to rethink, and something good in it.');

  // The wait: ten minutes by default, and it survives a reload.
  await page.getByRole('button', { name: 'Start the wait' }).click();
  await expect(page.getByTestId('countdown')).toHaveText('10:00');
  await page.clock.runFor('04:00');
  await expect(page.getByTestId('countdown')).toHaveText('6:00');
  await page.reload();
  await expect(page.getByTestId('countdown')).toHaveText('6:00');
  await expect(page.getByLabel('Your message to them')).toHaveValue(good);
  await expect(page.getByRole('button', { name: 'Copy message' })).toHaveCount(0);
  await page.clock.runFor('06:01');
  await expect(page.getByRole('heading', { name: 'Still want to send this?' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, I still want to' }).click();
  await page.getByRole('button', { name: 'Copy message' }).click();
  await expect(page.getByText('Copied. Paste it into your messages app')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(good);
  await page.getByLabel("How do you feel, now it's going? (optional)").fill('Nervous but calm');
  await page.getByRole('button', { name: 'I sent it' }).click();
  await expect(page.getByRole('heading', { name: 'Sent. Now, let it be.' })).toBeVisible();
  // Once sent, the readiness check folds away to one line that opens again.
  await expect(page.getByTestId('going-on')).toContainText('You have sent your first message');
  const check = page.locator('details.readiness-check');
  await expect(check).not.toHaveAttribute('open', /.*/);
  await check.locator('summary').click();
  await expect(check).toHaveAttribute('open', '');
  await expect(readiness).toContainText('You sent your first message today, after 40 full days of space.');

  // A short, cold reply gets matching coaching.
  await page.getByText('They replied', { exact: true }).click();
  await page.getByLabel('What they said (paste it, or sum it up)').fill('ok. please dont message me again');
  await page.getByLabel('Cold').check();
  await page.getByLabel('How do you feel after reading it? (optional)').fill('Gutted');
  await page.getByRole('button', { name: 'Save their reply' }).click();
  const coachingCard = page.getByTestId('coaching');
  await expect(coachingCard).toContainText('A cold reply hurts');
  await expect(coachingCard).toContainText("You don't have to reply at all");
  const history = page.getByTestId('message-history').locator('li');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText(good);
  await expect(history.nth(0)).toContainText('You felt: Nervous but calm');
  await expect(history.nth(1)).toContainText('Cold');
  await expect(history.nth(1)).toContainText('You felt: Gutted');

  // No contact shows the message as contact made by choice, not a slip.
  await page.goto('/stage/no-contact');
  await expect(page.getByTestId('message-sent')).toContainText('That was contact by choice, not a slip');
  await expect(page.getByTestId('nc-history')).toContainText('I sent my first message');
  await expect(page.getByTestId('longest-streak')).toHaveText('40 days');
  await page.goBack();

  // The reply composer flags an answer far longer than theirs.
  await page.getByLabel('Your reply to them').fill(
    'I understand, but I really think we should talk about everything properly because there is so much I never got to say and I know things could be different this time if you would only give it a chance and hear me out.',
  );
  await expect(page.getByTestId('findings')).toContainText(/longer than theirs/i);
  await expectNoAxeViolations(page, 'coaching and reply');
  const doc = await storedDocument(page);
  expect(doc.data.first_message.messages.map((m) => m.from)).toEqual(['me', 'them']);
});

test('not ready: the app says so plainly, and the person can still choose to go on', async ({ page }) => {
  await page.clock.install({ time: NOW });
  await openApp(page, '/stage/first-message');
  const readiness = page.getByTestId('readiness');
  await expect(readiness).toContainText("You haven't taken the reality check yet.");
  await expect(readiness).toContainText('Some things don\'t look ready yet.');
  await expect(page.getByLabel('Your message to them')).toHaveCount(0);
  await expectNoAxeViolations(page, 'readiness, not ready');
  await page.getByRole('button', { name: 'I understand, and I want to go on' }).click();
  await expect(page.getByLabel('Your message to them')).toBeVisible();
  // The check folds away once the person has chosen; one line opens it.
  await expect(page.locator('details.readiness-check')).not.toHaveAttribute('open', /.*/);
  await expect(page.getByTestId('going-on')).toContainText('you chose to go on');
  // A template fills the box and passes the checker clean.
  await page.getByText('Start from one of ours').click();
  await page.getByRole('button', { name: /^Use this:/ }).first().click();
  await expect(page.getByLabel('Your message to them')).not.toHaveValue('');
  await expect(page.locator('.overlay-backdrop mark')).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Your message to them')).not.toHaveValue('');
  await page.getByRole('button', { name: "Actually, I'll wait" }).click();
  await expect(page.getByLabel('Your message to them')).toHaveCount(0);
});

test('once a message is sent, "Actually, I\'ll wait" is gone and the exchange stays, reload or not', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install({ time: NOW });
  await openApp(page, '/stage/first-message');
  await page.getByRole('button', { name: 'I understand, and I want to go on' }).click();
  await page.getByLabel('Your message to them').fill("Hi, it's been a while. I hope you're well. No need to reply.");
  await page.getByRole('button', { name: 'Start the wait' }).click();
  await page.clock.runFor('10:01');
  await page.getByRole('button', { name: 'Yes, I still want to' }).click();
  await page.getByRole('button', { name: 'Copy message' }).click();
  await expect(page.getByRole('button', { name: "Actually, I'll wait" })).toBeVisible();
  await page.getByRole('button', { name: 'I sent it' }).click();
  await expect(page.getByRole('heading', { name: 'Sent. Now, let it be.' })).toBeVisible();
  await expect(page.getByRole('button', { name: "Actually, I'll wait" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sent. Now, let it be.' })).toBeVisible();
  await expect(page.getByText('They replied', { exact: true })).toBeVisible();
});

// Crisis words in the draft: the card comes at once, and once typing pauses
// the screen turns from contact to the person (the model notes it). Nothing
// typed is lost, and nothing breaks on the way (the page fixture fails on
// any uncaught error: taking the box away in the middle of its own render
// once crashed the app here).
test('crisis words typed into the draft turn the screen to the person, and keep every word', async ({ page }) => {
  await seed(page, readyDocument());
  await openApp(page, '/stage/first-message');
  const box = page.getByLabel('Your message to them');
  const turned = page.getByText('Your path is about you now');
  const words = "Some days I don't see the point of anything anymore. Sorry, ignore me";
  await box.pressSequentially(words, { delay: 20 });
  await expect(turned).toBeVisible();
  await expect(page.getByTestId('crisis-card').first()).toBeVisible();
  await expect(box).toHaveCount(0);
  await page.getByRole('button', { name: "I'm safe for now" }).click();
  await expect(box).toHaveValue(words);

  // The words the person set aside stay set aside: the box stays through
  // the pause (0.8 s; waited out here, as nothing is to happen), and can be
  // changed. It once turned the screen again after every pause, before a
  // word could be changed.
  await page.waitForTimeout(1500);
  await expect(turned).toHaveCount(0);
  await box.press('End');
  await box.pressSequentially(' please', { delay: 20 });
  await page.waitForTimeout(1500);
  await expect(turned).toHaveCount(0);
  await expect(box).toHaveValue(`${words} please`);

  // New heavy words bring the help back.
  await box.pressSequentially(". I don't want to be here anymore", { delay: 20 });
  await expect(turned).toBeVisible();
  await page.getByRole('button', { name: "I'm safe for now" }).click();
  await expect(box).toHaveValue(`${words} please. I don't want to be here anymore`);
});
