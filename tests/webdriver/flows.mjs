// The flows run in Firefox and WebKit: each gets a fresh browser session
// (a new profile, nothing stored) and an `App` on the release build. Each is
// a real check: it waits for what a person would see, and fails if it
// doesn't come. The same journeys as the Playwright suite (tests/e2e/),
// where its checks don't need Chromium's own tools.
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCREENS } from '../e2e/fixtures.js';
import { startServer } from '../e2e/start-server.mjs';
import { App, check, checkEqual, localDate } from './app.mjs';

// tests/e2e/routes.spec.js: every screen, and an address that isn't one.
const ROUTES = [...SCREENS, ['/no-such-page', "This page isn't here"]];

const NAV = 'nav[aria-label="Main"]';

async function writeInJournal(app, text) {
  await app.fill("What's on your mind?", text);
  await app.clickButton('Save to journal');
  await app.waitFor(async () => (await app.texts('.entry-text')).includes(text), `the entry "${text}" in the list`);
}

async function storedJournal(app) {
  const raw = await app.stored();
  return raw === null ? [] : (JSON.parse(raw).data?.journal ?? []).map((e) => e.text);
}

/** A person who has done the work (tests/e2e/firstmessage.spec.js), dated from today. */
function readyDocument() {
  const DAY = 24 * 60 * 60 * 1000;
  const at = Date.now() - 10 * DAY;
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
      no_contact: { started_on: localDate(40), updated_at: at },
      self_work: { ratings: [{ id: 'r1', skill: 'communication', at, on: localDate(10), value: 3 }] },
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

/** @type {Array<[string, (app: App, ctx: object) => Promise<void>]>} */
export const FLOWS = [
  ['every route renders its own heading and title', async (app) => {
    for (const [path, heading] of ROUTES) {
      await app.open(path);
      await app.expectH1(heading);
      await app.waitFor(async () => (await app.driver.getTitle()) === `${heading} · Unlost`, `the title of ${path}`);
      check(await app.js((s) => !!document.querySelector(s), NAV), `${path}: no main navigation`);
    }
    // In-app links and Back, not only addresses.
    await app.open('/');
    await app.clickLink('Journal', { within: NAV });
    await app.expectH1('Journal');
    await app.driver.navigate().back();
    await app.expectH1('Your path');
  }],

  ['journal: written, there after a reload, and found by the search', async (app) => {
    await app.open('/journal');
    await app.find('p, li', /Your entries will appear here/);
    const text = 'Day one at the café. I did not text them.';
    await writeInJournal(app, text);
    await app.waitFor(async () => (await storedJournal(app)).includes(text), 'the entry in localStorage');
    await app.reload();
    await app.expectTexts('.entry-text', [text]);
    await app.expectTexts('.day-label', ['Today']);

    await app.open('/timeline');
    await app.fill('Search your writing', 'CAFE');
    const items = '[data-testid="timeline"] li';
    await app.waitFor(async () => {
      const found = await app.texts(items);
      return found.length === 1 && found[0].includes(text);
    }, 'one timeline item for "CAFE" (case and accents ignored)');
    await app.fill('Search your writing', 'bakery');
    await app.waitFor(async () => (await app.texts(items)).length === 0, 'no timeline items for "bakery"');
  }],

  ['closing the tab mid-sentence keeps the sentence', async (app) => {
    await app.open('/');
    const first = await app.driver.getWindowHandle();
    await app.driver.switchTo().newWindow('tab');
    await app.open('/journal');
    const half = 'Half a thought when the tab clo';
    await (await app.field("What's on your mind?")).sendKeys(half);
    // No waiting for the save pause: close at once.
    await app.driver.close();
    await app.driver.switchTo().window(first);
    await app.open('/journal');
    const box = await app.field("What's on your mind?");
    await app.waitFor(async () => (await app.value(box)) === half, 'the half sentence back in the box');

    // Leaving for another screen mid-sentence keeps it too.
    await app.fill(box, 'Another thought, cut off by');
    await app.clickLink('Settings', { within: NAV });
    await app.expectH1('Settings');
    await app.driver.navigate().back();
    await app.expectH1('Journal');
    const again = await app.field("What's on your mind?");
    await app.waitFor(async () => (await app.value(again)) === 'Another thought, cut off by', 'the sentence after Back');
  }],

  ['two windows both write, and both entries are kept', async (app) => {
    await app.open('/journal');
    const a = await app.driver.getWindowHandle();
    await app.driver.switchTo().newWindow('window');
    const b = await app.driver.getWindowHandle();
    await app.open('/journal');

    await app.driver.switchTo().window(a);
    await writeInJournal(app, 'written in window A');
    await app.driver.switchTo().window(b);
    await app.expectTexts('.entry-text', ['written in window A']);
    await writeInJournal(app, 'written in window B');
    await app.driver.switchTo().window(a);
    await app.expectTexts('.entry-text', ['written in window B', 'written in window A']);
    // A later save in A keeps B's entry.
    await writeInJournal(app, 'A again');
    await app.waitFor(
      async () => JSON.stringify(await storedJournal(app)) === JSON.stringify(['A again', 'written in window B', 'written in window A']),
      'all three entries in localStorage',
    );
    await app.driver.switchTo().window(b);
    await app.expectTexts('.entry-text', ['A again', 'written in window B', 'written in window A']);
    await app.reload();
    await app.expectTexts('.entry-text', ['A again', 'written in window B', 'written in window A']);
  }],

  ['corrupt stored data shows the recovery screen and keeps the raw text', async (app) => {
    const CORRUPT = '{not json';
    await app.open('/journal');
    await app.setStored(CORRUPT);
    await app.reload();
    await app.expectH1("We couldn't open your saved writing");
    await app.find('p', /Nothing has been changed or deleted\./);
    check(!(await app.js((s) => !!document.querySelector(s), NAV)), 'the navigation shows over the recovery screen');
    await app.js(() => window.dispatchEvent(new Event('pagehide')));
    checkEqual(await app.stored(), CORRUPT, 'stored text after pagehide');

    await app.clickButton('Download the saved text');
    const offered = await app.waitForOffer(1);
    check(/^unlost-unreadable-\d{4}-\d{2}-\d{2}\.txt$/.test(offered.name), `download name ${offered.name}`);
    checkEqual(offered.text, CORRUPT, 'the offered file');
    if (app.engine === 'firefox') checkEqual((await app.waitForSavedFile(/^unlost-unreadable-/)).text, CORRUPT, 'the saved file');

    await app.clickButton('Start fresh…');
    await app.clickButton('Go back');
    checkEqual(await app.stored(), CORRUPT, 'stored text after "Go back"');
    await app.reload();
    await app.expectH1("We couldn't open your saved writing");
    checkEqual(await app.stored(), CORRUPT, 'stored text after a reload');
  }],

  ['the rescue flow: breathing, writing instead, own reasons, "I held on"', async (app) => {
    await app.open('/stage/no-contact');
    await app.setValue('Start date', localDate(5));
    await app.clickButton('Start');
    await app.find('[data-testid="tracker"]', /./);
    await app.fill('In your own words', 'Because I deserve calm nights.');
    await app.waitFor(async () => ((await app.allStored()) ?? '').includes('calm nights'), 'the reasons saved');

    await app.clickLink('I want to text them', { within: NAV });
    await app.expectH1('Before you text them');
    await app.setValue(/out of 10$/, '9');
    await app.find('label', '9 out of 10');
    await app.clickButton('Breathe with me for a minute');
    await app.expectText('[data-testid="breath-words"]', 'Breathe in');
    // The timer really runs: in for four seconds, then out.
    await app.expectText('[data-testid="breath-words"]', 'Breathe out', 15_000);
    await app.clickButton("I'm ready to go on");
    await app.find('h2', 'Write it here instead');
    await app.fill('What I want to say to them', 'I miss you. I hate that I miss you.');
    check(!(await app.js(() => [...document.querySelectorAll('button')].some((b) => /copy|share/i.test(b.textContent)))), 'a copy or share button');
    await app.clickButton('Keep it here, unsent');
    await app.expectText('[data-testid="own-reasons"]', 'Because I deserve calm nights.');
    await app.clickButton('Go on');
    await app.clickButton('I held on');
    await app.expectText('[data-testid="urge-done"]', 'You held on');
    await app.clickLink('See your no contact');
    await app.expectH1('No contact');
    await app.expectText('[data-testid="nc-history"]', 'Wanted to text them, and held on');
    await app.expectText('[data-testid="current-streak"]', /\b5\b/);
    await app.reload();
    await app.expectText('[data-testid="vault"]', 'I miss you. I hate that I miss you.');
  }],

  ['the message checker highlights a begging draft in stage 4', async (app) => {
    await app.open('/');
    await app.setStored(JSON.stringify(readyDocument()));
    await app.open('/stage/first-message');
    await app.expectText('[data-testid="readiness"]', '40 full days since you were last in touch');
    await app.expectText('[data-testid="readiness"]', 'Everything the app can see looks ready.');
    const box = await app.fill('Your message to them', 'Please take me back, I cant live without you!!');
    await app.expectText('[data-testid="findings"]', /please take me back/i);
    await app.waitFor(async () => (await app.texts('.overlay-backdrop mark.sev-problem')).length > 0, 'a problem highlighted in the draft');
    const marked = (await app.texts('.overlay-backdrop mark')).join(' ').toLowerCase();
    check(marked.includes('take me back'), `highlighted: ${marked}`);
    await app.expectText('[data-testid="check-summary"]', 'things to look at again');

    await app.fill(box, "Hi, it's been a while. I hope the new job is treating you well. No pressure to reply.");
    await app.waitFor(async () => (await app.texts('.overlay-backdrop mark')).length === 0, 'no highlights once it is fixed');
    await app.expectText('[data-testid="check-summary"]', 'Nothing to rethink, and something good in it.');
  }],

  // Words no phrase in the tables lists (src/model/checker.rs): only the
  // learned reader (checker_model.tsv, integer arithmetic in the wasm)
  // notices them, so this is that reader at work in this engine.
  ['the learned reader: a hint of pressure in a draft, and quiet despair in a draft (every word kept) and in the journal bring the crisis card', async (app) => {
    await app.open('/');
    await app.setStored(JSON.stringify(readyDocument()));
    await app.open('/stage/first-message');
    const box = await app.fill('Your message to them', 'Two blue ticks and nothing. Ok.');
    await app.expectText('[data-testid="findings"]', 'Presses for an answer');
    const marked = (await app.texts('.overlay-backdrop mark.sev-problem')).join(' ').toLowerCase();
    check(marked.includes('two blue ticks and nothing'), `highlighted: ${marked}`);

    // Crisis words in a draft turn the screen from contact to the person,
    // once typing pauses; every word typed is kept in the draft.
    const despair = "Some days I don't see the point of anything anymore.";
    await app.fill(box, despair);
    await app.expectText('main', 'Your path is about you now');
    await app.waitFor(async () => (await app.texts('[data-testid="crisis-card"]')).length >= 1, 'the crisis card instead of the draft');
    await app.clickButton("I'm safe for now");
    await app.waitFor(async () => (await app.value(await app.field('Your message to them'))) === despair, 'the whole draft back in its box');

    await app.open('/journal');
    await app.fill("What's on your mind?", 'Everyone would cope fine without me.');
    await app.waitFor(async () => (await app.texts('[data-testid="crisis-card"]')).length >= 1, 'the crisis card beside the journal entry');
  }],

  ['lock on: no plaintext stored, unlock after a reload, and writing goes on', async (app) => {
    const PASS = 'blue kettle morning';
    await app.open('/journal');
    await writeInJournal(app, 'Nobody may read this but me.');
    await app.open('/settings');
    await app.fill('New passphrase', PASS);
    await app.fill('The same passphrase again', PASS);
    await app.clickButton('Turn on the lock');
    await app.expectText('[data-testid="lock-message"]', 'The lock is on.', 60_000);
    const sealed = await app.stored();
    check(/^\{"app":"unlost","locked":1,"kdf":"argon2id"/.test(sealed), `stored document is not sealed: ${sealed.slice(0, 80)}`);
    check(!(await app.allStored()).includes('Nobody may read'), 'plaintext in localStorage');

    await app.reload();
    await app.expectH1('Unlost is locked');
    check(!(await app.text('main')).includes('Nobody may read'), 'plaintext on the unlock screen');
    await app.fill('Passphrase', 'blue kettle evening');
    await app.clickButton(/^Unlock/);
    await app.expectText('[role="alert"]', "That passphrase doesn't open it.", 60_000);
    checkEqual(await app.stored(), sealed, 'stored document after a wrong passphrase');

    await app.fill('Passphrase', PASS);
    const started = Date.now();
    await app.clickButton(/^Unlock/);
    await app.expectH1('Settings', 60_000);
    app.log(`unlock took ${Date.now() - started} ms (Argon2id 19 MiB, t=2, release wasm)`);
    await app.clickLink('Journal', { within: NAV });
    await app.expectTexts('.entry-text', ['Nobody may read this but me.']);
    await writeInJournal(app, 'A second, also private.');
    await app.waitFor(async () => (await app.stored()) !== sealed, 'a new sealed save');
    const again = await app.stored();
    check(!(await app.allStored()).includes('also private'), 'the new entry in plaintext in localStorage');
    check(JSON.parse(again).nonce !== JSON.parse(sealed).nonce, 'the same nonce twice');

    await app.reload();
    await app.expectH1('Unlost is locked');
    await app.fill('Passphrase', PASS);
    await app.clickButton(/^Unlock/);
    await app.expectH1('Journal', 60_000);
    await app.expectTexts('.entry-text', ['A second, also private.', 'Nobody may read this but me.']);
  }],

  ['backup: downloaded, everything deleted, restored from the file', async (app) => {
    await app.open('/journal');
    await writeInJournal(app, 'From before the backup.');
    await app.open('/settings');
    await app.clickButton('Download a backup (JSON)');
    const offered = await app.waitForOffer(1);
    check(/^unlost-backup-\d{4}-\d{2}-\d{2}\.json$/.test(offered.name), `backup file name ${offered.name}`);
    const backup = JSON.parse(offered.text);
    checkEqual(backup.app, 'unlost', 'backup "app"');
    checkEqual(backup.data.journal.map((e) => e.text), ['From before the backup.'], 'backup journal');
    if (app.engine === 'firefox') {
      const saved = await app.waitForSavedFile(/^unlost-backup-.*\.json$/);
      checkEqual(saved.text, offered.text, 'the file Firefox saved');
    }

    const dir = await mkdtemp(join(tmpdir(), 'unlost-wd-restore-'));
    const good = join(dir, offered.name);
    const cut = join(dir, 'cut-off.json');
    await writeFile(good, offered.text);
    await writeFile(cut, offered.text.slice(0, offered.text.length / 2));

    await app.clickButton('Delete everything…');
    await app.clickButton('Delete everything', { within: 'dialog[open]' });
    await app.expectText('[data-testid="inventory"]', 'nothing written yet');

    // A damaged file is refused, and changes nothing.
    const before = await app.stored();
    await (await app.field('Backup file')).sendKeys(cut);
    await app.expectText('[data-testid="restore-message"]', 'incomplete or has been changed');
    checkEqual(await app.stored(), before, 'stored document after a refused file');

    await (await app.field('Backup file')).sendKeys(good);
    await app.expectText('[data-testid="restore-preview"]', 'It holds 1 journal entry');
    await app.clickButton("Merge into what's here");
    await app.expectText('[data-testid="restore-message"]', 'Merged');
    await app.clickLink('Journal', { within: NAV });
    await app.expectTexts('.entry-text', ['From before the backup.']);
    await app.reload();
    await app.expectTexts('.entry-text', ['From before the backup.']);
  }],

  ['the service worker caches the app, and it opens with the server gone', async (app, ctx) => {
    // A server of its own, stopped half-way: the network is gone for this origin.
    const server = await startServer(ctx.dist);
    try {
      app.origin = server.origin;
      await app.open('/');
      // Both engines run service workers under WebDriver here; a missing one
      // is a failure.
      check(await app.js(() => 'serviceWorker' in navigator && 'caches' in window), 'navigator.serviceWorker or caches is missing');
      const files = await app.jsAsync(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
        }
        const names = await caches.keys();
        let count = 0;
        for (const n of names) count += (await (await caches.open(n)).keys()).length;
        return count;
      });
      check(files >= 5, `only ${files} files cached`);
      app.log(`service worker in control, ${files} files cached`);
    } finally {
      server.stop();
    }
    // Every screen from the cache, the lazily loaded code included.
    await app.waitFor(async () => !(await fetch(app.url('/')).then(() => true, () => false)), 'the server to be gone');
    await app.open('/journal');
    await app.expectH1('Journal');
    for (const [path, heading] of SCREENS) {
      await app.open(path);
      await app.expectH1(heading);
    }
    await app.open('/journal');
    await writeInJournal(app, 'written with no server');
    await app.reload();
    await app.expectTexts('.entry-text', ['written with no server']);
    await app.clickLink('Path', { within: NAV });
    await app.expectH1('Your path');
  }],

  ['install guide: the Home Screen steps where Safari on iPhone would show them, and Settings says not installed', async (app) => {
    // The card comes once something is kept (a first visit is not the
    // moment to ask).
    await app.open('/journal');
    await writeInJournal(app, 'A first entry.');
    // What Safari on iPhone and iPad has in a tab and no desktop browser
    // has: `navigator.standalone`, false. The card reads it when it comes.
    await app.js(() => { Object.defineProperty(Navigator.prototype, 'standalone', { get: () => false, configurable: true }); });
    await app.clickLink('Path', { within: NAV });
    await app.expectH1('Your path');
    await app.expectText('[data-testid="install-card"] h2', 'Keep Unlost on your home screen');
    await app.expectText('[data-testid="install-steps"]', 'Add to Home Screen');
    check(await app.js(() => !!document.querySelector('[data-testid="install-steps"] svg')), 'no Share icon beside the steps');
    await app.clickLink('Settings', { within: NAV });
    await app.expectH1('Settings');
    await app.expectText('[data-testid="keep-safe-installed"]', 'not installed');
    await app.expectText('[data-testid="keep-safe-risk"]', 'Home Screen');
    // Put away, it stays away.
    await app.clickLink('Path', { within: NAV });
    await app.clickButton('Not now');
    await app.waitFor(async () => !(await app.js(() => !!document.querySelector('[data-testid="install-card"]'))), 'the card to go');
    const putAway = Number(await app.stored('unlost:install-card-put-away'));
    check(Math.abs(Date.now() - putAway) < 60_000, `"Not now" was not remembered (${putAway})`);
    await app.reload();
    await app.expectH1('Your path');
    await app.js(() => { Object.defineProperty(Navigator.prototype, 'standalone', { get: () => false, configurable: true }); });
    await app.clickLink('Journal', { within: NAV });
    await app.clickLink('Path', { within: NAV });
    await app.expectH1('Your path');
    // The next step comes on demand like the card would: once it is here,
    // the card would have had its chance.
    await app.find('h2', /Your next step/);
    check(!(await app.js(() => !!document.querySelector('[data-testid="install-card"]'))), 'the card came back after "Not now"');
  }],
];

