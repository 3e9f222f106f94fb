// Prints what a first visit to Unlost costs, with a budget beside each
// figure, and writes the same figures to bench-results/bench.json.
//   node scripts/bench.mjs [dist]      (scripts/bench.sh builds first)
// Figures:
//   - raw and gzipped bytes of every file in the build, and of what a first
//     visit loads (HTML, JS, wasm, CSS, manifest);
//   - Lighthouse with its default mobile settings (simulated slow 4G and a
//     4x slower CPU), median of three runs: the four category scores and
//     FCP, LCP, TBT, CLS, Speed Index;
//   - the same settings applied for real during the load (DevTools
//     throttling), since the simulation is computed from a fast load in which
//     the splash screen never gets painted;
//   - with a year of seeded data (scripts/bench-data.mjs): opening Insights
//     (navigation start to the charts painted), switching its charts to a
//     year, and a search on the timeline (input to the results painted),
//     each the median of five, in this machine's headless Chromium.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { generate } from './bench-data.mjs';
import { FIRST_VISIT_CEILING, FIRST_VISIT_GOAL, firstVisitFiles } from './first-visit.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.js';
import { startServer } from '../tests/e2e/start-server.mjs';

const dist = process.argv[2] ?? 'dist';
const runs = Number(process.env.BENCH_RUNS ?? 3);
const KB = 1024;
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const BUDGET = {
  firstVisitGzip: FIRST_VISIT_GOAL,
  coldStartMs: 300,
  journalOpenMs: 300,
  insightsOpenMs: 300,
  keyP95Ms: 16,
  checkP95Ms: 4,
  insightsYearMs: 100,
  searchMs: 50,
  performance: 100,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

async function walk(folder) {
  const out = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}

// --- Sizes ---------------------------------------------------------------
const files = [];
for (const path of (await walk(dist)).sort()) {
  const body = await readFile(path);
  files.push({
    file: relative(dist, path).split(sep).join('/'),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
  });
}
const firstVisitStatic = await firstVisitFiles(dist);
const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);

// --- Lighthouse ------------------------------------------------------------
const server = await startServer(dist);
const port = server.port;

async function lighthouseRuns(throttlingMethod) {
  const reports = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    try {
      const result = await lighthouse(
        `http://127.0.0.1:${port}/`,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        },
        { extends: 'lighthouse:default', settings: { throttlingMethod } },
      );
      const lhr = result.lhr;
      reports.push({
        scores: Object.fromEntries(Object.entries(lhr.categories).map(([k, v]) => [k, Math.round(v.score * 100)])),
        metrics: {
          fcp: lhr.audits['first-contentful-paint'].numericValue,
          lcp: lhr.audits['largest-contentful-paint'].numericValue,
          tbt: lhr.audits['total-blocking-time'].numericValue,
          cls: lhr.audits['cumulative-layout-shift'].numericValue,
          si: lhr.audits['speed-index'].numericValue,
        },
        failing: Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
          .map((a) => a.id),
      });
    } finally {
      await chrome.kill();
    }
  }
  return reports;
}

const percentile = (values, p) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** What a first visit really fetches: a fresh browser opens the home screen
 *  and every request the page makes is listed (the service worker's
 *  background download of the rest, for offline use, is not the page's). */
async function fetchedOnFirstVisit() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const paths = new Set();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === `http://127.0.0.1:${port}`) paths.add(url.pathname);
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => performance.getEntriesByName('unlost:home').length > 0);
    await page.waitForLoadState('networkidle');
    // The manifest is fetched by the browser when the app is installed.
    paths.add('/manifest.webmanifest');
    return [...paths].map((p) => (p === '/' ? 'index.html' : p.slice(1)));
  } finally {
    await browser.close();
  }
}

/** Figures with the large data set (three years), measured inside the page
 *  in this machine's headless Chromium. */
async function largeData() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const base = `http://127.0.0.1:${port}`;
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const doc = generate({ days: 1095, entries: 1000, paragraphs: [4, 17], end: Date.now() });
    const text = JSON.stringify(doc);
    await page.goto(`${base}/`);
    await page.waitForFunction(() => performance.getEntriesByName('unlost:home').length > 0);
    await page.evaluate((t) => localStorage.setItem('unlost:document', t), text);

    const homeShown = async () => {
      await page.waitForFunction(() => performance.getEntriesByName('unlost:home').length > 0 || document.querySelector('.recovery, details'));
      if (!(await page.evaluate(() => performance.getEntriesByName('unlost:home').length))) {
        throw new Error(`the app did not open the bench data: ${(await page.locator('body').innerText()).slice(0, 400)}`);
      }
    };
    // Resolves with performance.now() once `selector` exists and a frame with it has been painted.
    const painted = (selector) =>
      page.evaluate(
        (sel) =>
          new Promise((resolve) => {
            const check = () => (document.querySelector(sel) ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)) : requestAnimationFrame(check));
            check();
          }),
        selector,
      );
    // In-app navigation, as a tap on a link does it (the router handles the click).
    const goInApp = (path) =>
      page.evaluate((p) => {
        const a = document.createElement('a');
        a.href = p;
        document.body.append(a);
        const t0 = performance.now();
        a.click();
        a.remove();
        return t0;
      }, path);
    const timeTo = async (path, selector) => {
      const t0 = await goInApp(path);
      return (await painted(selector)) - t0;
    };

    // Cold start: navigation start to the home screen rendered, on fresh
    // loads (the first compiles the wasm and is not counted; the others reuse
    // the compiled code, as a phone does once the app has been opened).
    const cold = [];
    const app = [];
    const journalFirst = [];
    const journalAgain = [];
    const insights = [];
    for (let i = 0; i < 6; i++) {
      await page.goto(`${base}/`);
      await homeShown();
      const t = await page.evaluate(() => ({
        home: performance.getEntriesByName('unlost:home')[0].startTime,
        start: performance.getEntriesByName('unlost:start')[0].startTime,
      }));
      // The first screen after Home also loads the second wasm file.
      const first = await timeTo('journal', '.entries li.entry');
      await goInApp('./');
      await homeShown();
      const again = await timeTo('journal', '.entries li.entry');
      const ins = await timeTo('insights', '[data-testid="mood-chart"] svg');
      if (i === 0) continue;
      cold.push(t.home);
      app.push(t.home - t.start);
      journalFirst.push(first);
      journalAgain.push(again);
      insights.push(ins);
    }

    // Charts to a year, and a timeline search.
    const year = [];
    const search = [];
    for (let i = 0; i < 5; i++) {
      await timeTo('insights', '[data-testid="mood-chart"] svg');
      year.push(
        await page.evaluate(
          () =>
            new Promise((resolve) => {
              const button = [...document.querySelectorAll('.segmented button')].find((b) => b.textContent === 'A year');
              const t0 = performance.now();
              button.click();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
            }),
        ),
      );
      await timeTo('timeline', '[data-testid="timeline"] li');
      search.push(
        await page.evaluate(
          (word) =>
            new Promise((resolve) => {
              const input = document.getElementById('timeline-search');
              const t0 = performance.now();
              input.value = word;
              input.dispatchEvent(new Event('input', { bubbles: true }));
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
            }),
          ['quiet', 'café', 'sister', 'swim', 'kitchen'][i],
        ),
      );
    }

    // Typing in a new journal entry: 200 keystrokes at a quick typist's pace.
    // For each: keystroke to paint (from the key event to just after the next
    // frame is painted, so it includes waiting for that frame: 0 to 16.7 ms
    // at 60 Hz); the same without that wait (how long the key waited to be
    // handled, the key and input handlers, and the style, layout and paint of
    // the frame), which is what must fit in a frame for every keystroke to be
    // painted in the display's next frame, so typing never stutters; and the
    // app's work alone (that, less the wait to be handled).
    await timeTo('journal', '.entries li.entry');
    await page.click('textarea');
    await page.evaluate(() => {
      window.__keys = [];
      window.__saves = [];
      window.__draftSaves = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.name === 'unlost:save') window.__saves.push({ at: e.startTime, ms: e.duration });
          if (e.name === 'unlost:save-drafts') window.__draftSaves.push({ at: e.startTime, ms: e.duration });
        }
      }).observe({ type: 'measure' });
      let current = null;
      document.addEventListener(
        'keydown',
        (event) => {
          current = { t0: event.timeStamp, start: performance.now(), handled: null };
          const key = current;
          requestAnimationFrame(() => {
            const frame = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              const end = performance.now();
              const handled = key.handled ?? key.start;
              window.__keys.push({
                paint: end - key.t0,
                // The same, less the time the finished change waited for the
                // display's next frame: input delay + handlers + the frame's work.
                ready: handled - key.t0 + (end - frame),
                work: handled - key.start + (end - frame),
                t0: key.t0,
                end,
              });
            };
            channel.port2.postMessage(0);
          });
        },
        true,
      );
      // After the app's own input handling (listeners added before this one run first).
      window.addEventListener('input', () => {
        if (current && current.handled === null) current.handled = performance.now();
      });
    });
    const typed = 'Today was quieter. I walked to the river and did not check my phone once, which felt like a small win. '.repeat(2).slice(0, 200);
    await page.keyboard.type(typed, { delay: 40 });
    await page.waitForTimeout(1500);
    const keys = await page.evaluate(() => window.__keys);
    const typingSaves = await page.evaluate(() => window.__saves);
    const typingDraftSaves = await page.evaluate(() => window.__draftSaves);
    // One whole save at a time: a word, then "Save to journal" (an entry is
    // added, so the whole document is written).
    const saves = [];
    for (let i = 0; i < 5; i++) {
      const n = await page.evaluate(() => window.__saves.length);
      await page.keyboard.type(' and one more line.');
      await page.getByRole('button', { name: 'Save to journal' }).click();
      await page.waitForFunction((n) => window.__saves.length > n, n);
      saves.push((await page.evaluate(() => window.__saves.at(-1))).ms);
      await page.click('textarea');
    }
    const stored = await page.evaluate(() => localStorage.getItem('unlost:document'));
    const latencies = keys.map((k) => k.paint);
    const work = keys.map((k) => k.work);
    const ready = keys.map((k) => k.ready);
    // Keystrokes that waited for a save running at that moment.
    const hitBySave = keys.filter((k) => [...typingSaves, ...typingDraftSaves].some((sv) => sv.at < k.end && sv.at + sv.ms > k.t0)).length;
    return {
      savedChars: text.length,
      journal: doc.data.journal.length,
      checkins: doc.data.checkins.length,
      coldStartMs: median(cold),
      appStartMs: median(app),
      journalFirstOpenMs: median(journalFirst),
      journalOpenMs: median(journalAgain),
      insightsOpenMs: median(insights),
      insightsYearMs: median(year),
      searchMs: median(search),
      keystrokes: latencies.length,
      keyP50Ms: percentile(latencies, 50),
      keyP95Ms: percentile(latencies, 95),
      keyMaxMs: Math.max(...latencies),
      keyReadyP50Ms: percentile(ready, 50),
      keyReadyP95Ms: percentile(ready, 95),
      keyReadyMaxMs: Math.max(...ready),
      keyWorkP50Ms: percentile(work, 50),
      keyWorkP95Ms: percentile(work, 95),
      keyWorkMaxMs: Math.max(...work),
      keysDuringSave: hitBySave,
      savesWhileTyping: typingSaves.length,
      draftSavesWhileTyping: typingDraftSaves.length,
      draftSaveMs: typingDraftSaves.length ? median(typingDraftSaves.map((sv) => sv.ms)) : null,
      saveMs: median(saves),
      saveBytes: Buffer.byteLength(stored ?? ''),
    };
  } finally {
    await browser.close();
  }
}

// The message checker (#19): 200 checks of a draft of about 2,000
// characters, each one a keystroke in the first-message box (a letter typed,
// then taken away again), timed by the app itself around the check
// (`unlost:check`), so only the checker's work is counted, in the release
// wasm, in this machine's headless Chromium.
async function checkerTiming() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    // Someone ready for stage 4 (the box is shown once stage 0 and the
    // reality check say the door may be open).
    const at = Date.now() - 10 * 86_400_000;
    const started = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    const chosen = (pairs) => ({ chosen: Object.fromEntries(pairs.map(([k, v]) => [k, [v]])), notes: {}, updated_at: at });
    const doc = {
      app: 'unlost',
      version: 3,
      saved_at: at,
      data: {
        journal: ['my-part', 'unsaid', 'tomorrow'].map((prompt, i) => ({ id: `j${i}`, created_at: at, updated_at: at, text: 'An honest answer.', origin: { stage: 'work-on-yourself', prompt } })),
        no_contact: { started_on: started, updated_at: at },
        self_work: { ratings: [{ id: 'r1', skill: 'communication', at, on: new Date(at).toISOString().slice(0, 10), value: 3 }] },
        assessments: [
          { id: 's0', kind: 'should-you-try', completed_at: at, answers: chosen([['motives', 'worth'], ['healthy', 'healthy'], ['best', 'best'], ['six-months', 'yes'], ['abuse', 'no'], ['manipulation', 'no'], ['cheating', 'no'], ['afraid', 'no'], ['lost-self', 'no']]) },
          { id: 'rc1', kind: 'reality-check', completed_at: at, answers: chosen([['said-never', 'no'], ['blocked', 'no'], ['new-relationship', 'no'], ['how-ended', 'heat'], ['why-left', 'communication'], ['contacted', 'yes'], ['emotional', 'yes'], ['friends', 'unknown']]) },
        ],
      },
    };
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate((t) => localStorage.setItem('unlost:document', t), JSON.stringify(doc));
    await page.goto(`http://127.0.0.1:${port}/stage/first-message`);
    const box = page.getByLabel('Your message to them');
    await box.waitFor();
    const sentences = [
      'Hey, I hope the new job is going well and the commute is kinder than the old one.',
      "I've been thinking about everything that happened and honestly I miss you so much.",
      'Please just answer me, why won’t you reply? I know you saw my messages last week.',
      'Saw the band we liked is touring again, made me smile, hope your mum is keeping well.',
      "I've changed, I promise I'll never do it again, you're my everything and I need you.",
    ];
    let draft = '';
    for (let i = 0; draft.length < 2000; i++) draft += `${sentences[i % sentences.length]} `;
    draft = draft.slice(0, 2000);
    await box.fill(draft);
    await page.evaluate(() => {
      window.__checks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'unlost:check') window.__checks.push(e.duration);
      }).observe({ type: 'measure' });
    });
    await box.press('End');
    for (let i = 0; i < 100; i++) {
      await box.press('a');
      await box.press('Backspace');
    }
    await page.waitForFunction(() => window.__checks.length >= 200);
    const checks = await page.evaluate(() => window.__checks.slice(0, 200));
    return { runs: checks.length, chars: draft.length, p50: percentile(checks, 50), p95: percentile(checks, 95), max: Math.max(...checks) };
  } finally {
    await browser.close();
  }
}

// The checker's share of the on-demand wasm, gzipped: its learned weights
// and its phrase tables are data inside that file; they are found there by
// their bytes and blanked out, and the file gzipped again. (The checker's
// code is not counted: a release build keeps no function names.)
async function checkerShare() {
  const wasm = files.filter((f) => f.file.endsWith('.wasm')).sort((a, b) => b.raw - a.raw);
  const model = await readFile('src/model/checker_model.tsv');
  const source = await readFile('src/model/checker.rs', 'utf8');
  const table = source.slice(source.indexOf('const PHRASES'), source.indexOf('const ACRONYMS'));
  // Patterns only: comment lines inside the table are skipped.
  const code = table.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
  const phrases = [...code.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => Buffer.from(m[1]));
  for (const f of wasm) {
    const bytes = Buffer.from(await readFile(join(dist, f.file)));
    const at = bytes.indexOf(model.subarray(400, 464));
    if (at < 0) continue;
    const blank = Buffer.from(bytes);
    const start = at - 400;
    blank.fill(0, start, start + model.length);
    let phraseBytes = 0;
    for (const p of phrases) {
      const i = blank.indexOf(p);
      if (i >= 0 && p.length > 3) {
        blank.fill(0, i, i + p.length);
        phraseBytes += p.length;
      }
    }
    const without = gzipSync(blank, { level: 9 }).length;
    return { file: f.file, gzip: f.gzip, checkerGzip: f.gzip - without, modelRaw: model.length, phraseBytes };
  }
  return null;
}

let reports;
let applied;
let data;
let visited;
let checker;
let share;
try {
  visited = await fetchedOnFirstVisit();
  checker = await checkerTiming();
  share = await checkerShare();
  data = await largeData();
  // Lighthouse's default: a simulated slow phone, computed from a fast load.
  reports = await lighthouseRuns('simulate');
  // The same slow network and CPU applied for real while the page loads.
  applied = await lighthouseRuns('devtools');
} finally {
  server.stop();
}

const summarize = (list) => ({
  scores: Object.fromEntries(Object.keys(list[0].scores).map((k) => [k, median(list.map((r) => r.scores[k]))])),
  metrics: Object.fromEntries(Object.keys(list[0].metrics).map((k) => [k, median(list.map((r) => r.metrics[k]))])),
});
const { scores, metrics } = summarize(reports);
// The first visit as a browser fetched it (the file list found from the build
// must agree: the size guard in the tests relies on it).
const firstVisit = files.filter((f) => visited.includes(f.file));
const missed = visited.filter((v) => !firstVisitStatic.includes(v));
if (missed.length) console.log(`\nnote: the browser fetched files the static list lacks: ${missed.join(', ')}`);
const later = files.filter((f) => !visited.includes(f.file) && f.file !== '404.html');
const appliedSummary = summarize(applied);

// --- Report ------------------------------------------------------------------
const rows = [];
const row = (what, value, budget, ok) => rows.push({ what, value, budget, ok });
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
for (const f of files) row(`size ${f.file}`, `${kb(f.raw)} raw, ${kb(f.gzip)} gz`, '', null);
row('first visit total (gzip)', kb(sum(firstVisit, 'gzip')), `<= ${kb(BUDGET.firstVisitGzip)}`, sum(firstVisit, 'gzip') <= BUDGET.firstVisitGzip);
row('  (size guard in the tests fails above)', kb(FIRST_VISIT_CEILING), '', null);
row('after it, in the background (offline copy)', kb(sum(later, 'gzip')), '', null);
const ms2 = (v) => `${v.toFixed(2)} ms`;
row(`message checker: ${checker.chars}-character draft, p50 of ${checker.runs} checks`, ms2(checker.p50), '', null);
row(`message checker: ${checker.chars}-character draft, p95 of ${checker.runs} checks`, ms2(checker.p95), `< ${BUDGET.checkP95Ms} ms`, checker.p95 < BUDGET.checkP95Ms);
row('message checker: worst check', ms2(checker.max), '', null);
if (share) {
  row(`message checker's data in ${share.file} (weights ${kb(share.modelRaw)} raw, tables ${kb(share.phraseBytes)} raw)`, `${kb(share.checkerGzip)} of ${kb(share.gzip)} gz (${((100 * share.checkerGzip) / share.gzip).toFixed(0)} %)`, '', null);
} else {
  row("message checker's data: not found in any .wasm", '', '', false);
}
for (const [k, v] of Object.entries(scores)) row(`lighthouse ${k}`, String(v), `>= ${BUDGET[k]}`, v >= BUDGET[k]);
row('lighthouse FCP', `${Math.round(metrics.fcp)} ms`, '', null);
row('lighthouse LCP', `${Math.round(metrics.lcp)} ms`, '', null);
row('lighthouse TBT', `${Math.round(metrics.tbt)} ms`, '', null);
row('lighthouse CLS', metrics.cls.toFixed(3), '', null);
row('lighthouse Speed Index', `${Math.round(metrics.si)} ms`, '', null);
row('applied throttling: performance', String(appliedSummary.scores.performance), '', null);
row('applied throttling: FCP', `${Math.round(appliedSummary.metrics.fcp)} ms`, '', null);
row('applied throttling: LCP', `${Math.round(appliedSummary.metrics.lcp)} ms`, '', null);
row('applied throttling: TBT', `${Math.round(appliedSummary.metrics.tbt)} ms`, '', null);
const ms = (v) => `${v.toFixed(1)} ms`;
const within = (what, value, budget) => row(what, ms(value), budget === undefined ? '' : `< ${budget} ms`, budget === undefined ? null : value < budget);
row(`large data: ${data.checkins} check-ins, ${data.journal} entries`, kb(data.savedChars), '', null);
within('large data: cold start (navigation to home)', data.coldStartMs, BUDGET.coldStartMs);
within('  of which the app (wasm running to home)', data.appStartMs);
within('large data: open the journal, loading the screens file', data.journalFirstOpenMs);
within('large data: open the journal again', data.journalOpenMs, BUDGET.journalOpenMs);
within('large data: open Insights', data.insightsOpenMs, BUDGET.insightsOpenMs);
within('large data: charts to a year', data.insightsYearMs, BUDGET.insightsYearMs);
within('large data: timeline search', data.searchMs, BUDGET.searchMs);
within(`large data: keystroke to paint p50 (${data.keystrokes} keys)`, data.keyP50Ms);
within('large data: keystroke to paint p95 (incl. wait for the frame)', data.keyP95Ms);
within('large data: keystroke to paint, worst', data.keyMaxMs);
within('large data: keystroke to paint, less the frame wait, p50', data.keyReadyP50Ms);
within('large data: keystroke to paint, less the frame wait, p95', data.keyReadyP95Ms, BUDGET.keyP95Ms);
within('large data: keystroke to paint, less the frame wait, worst', data.keyReadyMaxMs);
within('large data: work per keystroke p50', data.keyWorkP50Ms);
within('large data: work per keystroke p95', data.keyWorkP95Ms);
within('large data: work per keystroke, worst', data.keyWorkMaxMs);
row('large data: whole-document saves while typing 200 keys', `${data.savesWhileTyping}`, '0', data.savesWhileTyping === 0);
row('large data: drafts saves while typing (each)', `${data.draftSavesWhileTyping} (${data.draftSaveMs?.toFixed(1) ?? '-'} ms, ${data.keysDuringSave} keys waited)`, '', null);
within('large data: one whole save (encode + write)', data.saveMs);
row('large data: one save, size', kb(data.saveBytes), '', null);

const width = Math.max(...rows.map((r) => r.what.length));
const vwidth = Math.max(...rows.map((r) => r.value.length));
console.log(`\nUnlost bench — ${new Date().toISOString()} — Lighthouse mobile (default: simulated throttling), median of ${runs}\n`);
for (const r of rows) {
  const mark = r.ok === null ? '' : r.ok ? 'ok' : 'OVER BUDGET';
  console.log(`${r.what.padEnd(width)}  ${r.value.padStart(vwidth)}  ${r.budget.padEnd(12)} ${mark}`);
}
console.log(`\nFirst visit: ${firstVisit.map((f) => `${f.file} (${kb(f.gzip)})`).join(', ')}`);
const failing = [...new Set(reports.flatMap((r) => r.failing))];
if (failing.length) console.log(`\nLighthouse audits not passed: ${failing.join(', ')}`);

await mkdir('bench-results', { recursive: true });
await writeFile(
  'bench-results/bench.json',
  JSON.stringify({ date: new Date().toISOString(), runs, budget: BUDGET, files, firstVisit: { raw: sum(firstVisit, 'raw'), gzip: sum(firstVisit, 'gzip') }, scores, metrics, applied: appliedSummary, data, checker, checkerShare: share, failing, reports, appliedReports: applied }, null, 2),
);
console.log('\nwritten: bench-results/bench.json');
