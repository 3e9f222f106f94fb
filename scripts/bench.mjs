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
import { spawn } from 'node:child_process';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { generate } from './bench-data.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.js';

const dist = process.argv[2] ?? 'dist';
const port = Number(process.env.BENCH_PORT ?? 4180);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const KB = 1024;
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const BUDGET = {
  firstVisitGzip: 250 * KB,
  insightsOpenMs: 300,
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
const firstVisit = files.filter(
  (f) => f.file === 'index.html' || /\.(js|wasm|css|webmanifest)$/.test(f.file) && f.file !== 'sw.js',
);
const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);

// --- Lighthouse ------------------------------------------------------------
const server = spawn('node', ['tests/e2e/serve.mjs', dist, String(port)], { stdio: 'ignore' });
await new Promise((resolve, reject) => {
  const deadline = Date.now() + 10_000;
  const poll = () =>
    fetch(`http://127.0.0.1:${port}/`)
      .then(resolve)
      .catch(() => (Date.now() > deadline ? reject(new Error('server did not start')) : setTimeout(poll, 100)));
  poll();
});

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

/** Figures with a year of data, measured inside the page. */
async function dataFigures() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const base = `http://127.0.0.1:${port}`;
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const doc = generate({ days: 365, entries: 1000, end: Date.now() });
    await page.goto(`${base}/`);
    await page.evaluate((text) => localStorage.setItem('unlost:document', text), JSON.stringify(doc));
    const painted = (selector) =>
      page.evaluate(
        (sel) =>
          new Promise((resolve) => {
            const check = () => (document.querySelector(sel) ? requestAnimationFrame(() => resolve(performance.now())) : requestAnimationFrame(check));
            check();
          }),
        selector,
      );
    const open = [];
    const year = [];
    const search = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(`${base}/insights`);
      open.push(await painted('[data-testid="mood-chart"] svg'));
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
      await page.goto(`${base}/timeline`);
      await painted('[data-testid="timeline"] li');
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
    return {
      savedBytes: JSON.stringify(doc).length,
      journal: doc.data.journal.length,
      checkins: doc.data.checkins.length,
      insightsOpenMs: median(open),
      insightsYearMs: median(year),
      searchMs: median(search),
    };
  } finally {
    await browser.close();
  }
}

let reports;
let applied;
let data;
try {
  data = await dataFigures();
  // Lighthouse's default: a simulated slow phone, computed from a fast load.
  reports = await lighthouseRuns('simulate');
  // The same slow network and CPU applied for real while the page loads.
  applied = await lighthouseRuns('devtools');
} finally {
  server.kill();
}

const summarize = (list) => ({
  scores: Object.fromEntries(Object.keys(list[0].scores).map((k) => [k, median(list.map((r) => r.scores[k]))])),
  metrics: Object.fromEntries(Object.keys(list[0].metrics).map((k) => [k, median(list.map((r) => r.metrics[k]))])),
});
const { scores, metrics } = summarize(reports);
const appliedSummary = summarize(applied);

// --- Report ------------------------------------------------------------------
const rows = [];
const row = (what, value, budget, ok) => rows.push({ what, value, budget, ok });
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
for (const f of files) row(`size ${f.file}`, `${kb(f.raw)} raw, ${kb(f.gzip)} gz`, '', null);
row('first visit total (gzip)', kb(sum(firstVisit, 'gzip')), `<= ${kb(BUDGET.firstVisitGzip)}`, sum(firstVisit, 'gzip') <= BUDGET.firstVisitGzip);
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
row(`year of data: ${data.checkins} check-ins, ${data.journal} entries`, kb(data.savedBytes), '', null);
row('year of data: open Insights', `${Math.round(data.insightsOpenMs)} ms`, `<= ${BUDGET.insightsOpenMs} ms`, data.insightsOpenMs <= BUDGET.insightsOpenMs);
row('year of data: charts to a year', `${Math.round(data.insightsYearMs)} ms`, `<= ${BUDGET.insightsYearMs} ms`, data.insightsYearMs <= BUDGET.insightsYearMs);
row('year of data: timeline search', `${Math.round(data.searchMs)} ms`, `<= ${BUDGET.searchMs} ms`, data.searchMs <= BUDGET.searchMs);

const width = Math.max(...rows.map((r) => r.what.length));
const vwidth = Math.max(...rows.map((r) => r.value.length));
console.log(`\nUnlost bench — ${new Date().toISOString()} — Lighthouse mobile (default: simulated throttling), median of ${runs}\n`);
for (const r of rows) {
  const mark = r.ok === null ? '' : r.ok ? 'ok' : 'OVER BUDGET';
  console.log(`${r.what.padEnd(width)}  ${r.value.padStart(vwidth)}  ${r.budget.padEnd(12)} ${mark}`);
}
const failing = [...new Set(reports.flatMap((r) => r.failing))];
if (failing.length) console.log(`\nLighthouse audits not passed: ${failing.join(', ')}`);

await mkdir('bench-results', { recursive: true });
await writeFile(
  'bench-results/bench.json',
  JSON.stringify({ date: new Date().toISOString(), runs, budget: BUDGET, files, firstVisit: { raw: sum(firstVisit, 'raw'), gzip: sum(firstVisit, 'gzip') }, scores, metrics, applied: appliedSummary, data, failing, reports, appliedReports: applied }, null, 2),
);
console.log('\nwritten: bench-results/bench.json');
