// What a flow uses to drive Unlost through WebDriver, in any engine: open a
// screen and wait for the app, find controls by what a person reads (label,
// button text, link text), type, click, read localStorage, and wait for a
// condition (never for a fixed time).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const STORE_KEY = 'unlost:document';

/**
 * Thrown by a flow for what this engine cannot do, or for a known app bug
 * in this engine (say which, and where it is filed): counted as skipped,
 * not passed.
 */
export class Skip extends Error {}

export function check(ok, message) {
  if (!ok) throw new Error(message);
}

export function checkEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

// Runs in the page once the app has started, after every load: records
// uncaught errors, unhandled rejections and Rust panics from then on (a
// flow fails on any), and every file the app offers as a download (name and contents),
// before the browser gets it.
const INSTRUMENT = `
if (!window.__wd) {
  const wd = (window.__wd = { errors: [], downloads: [] });
  addEventListener('error', (e) => wd.errors.push(String(e.message || e.error)));
  addEventListener('unhandledrejection', (e) => wd.errors.push('unhandled rejection: ' + String(e.reason)));
  // A Rust panic reaches the page as "unreachable" with no words; the
  // panic hook writes what panicked, and where, to the console first.
  const logError = console.error;
  console.error = function (...args) {
    const text = args.map(String).join(' ');
    if (text.includes('panicked at')) wd.errors.push(text.slice(0, 600));
    return logError.apply(console, args);
  };
  const blobs = new Map();
  const make = URL.createObjectURL;
  URL.createObjectURL = function (blob) {
    const url = make.call(URL, blob);
    blobs.set(url, blob);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.hasAttribute('download')) {
      const offered = { name: this.download, text: null };
      wd.downloads.push(offered);
      const blob = blobs.get(this.href);
      if (blob) blob.text().then((t) => (offered.text = t));
      else offered.text = '(not a blob made by the page)';
      if (wd.keepDownloadsInPage) return;
    }
    return click.call(this);
  };
}
`;

// Finds an element by what a person reads. Runs in the page; `name` is a
// string (exact, whitespace collapsed) or { re, flags }.
const FIND = `
const [kind, name, withinCss] = arguments;
const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
const matches = (s) => (typeof name === 'string' ? norm(s) === name : new RegExp(name.re, name.flags).test(norm(s)));
const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
const root = withinCss ? document.querySelector(withinCss) : document;
if (!root) return null;
const labelOf = (el) => {
  if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
  const by = el.getAttribute('aria-labelledby');
  if (by) return by.split(/\\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  if (el.labels && el.labels.length) return [...el.labels].map((l) => l.textContent).join(' ');
  return null;
};
let candidates;
if (kind === 'field') {
  candidates = [...root.querySelectorAll('input, textarea, select')].filter((el) => matches(labelOf(el)));
  // Hidden file inputs are still the control a person's file choice goes to.
  return candidates.find((el) => visible(el) || el.type === 'file') ?? null;
}
if (kind === 'button') {
  candidates = [...root.querySelectorAll('button, [role=button], input[type=button], input[type=submit], summary')]
    .filter((el) => matches(el.getAttribute('aria-label') || el.textContent || el.value));
} else if (kind === 'link') {
  candidates = [...root.querySelectorAll('a[href]')].filter((el) => matches(el.getAttribute('aria-label') || el.textContent));
} else {
  candidates = [...root.querySelectorAll(kind)].filter((el) => matches(el.textContent));
}
return candidates.find(visible) ?? null;
`;

function nameArg(name) {
  return name instanceof RegExp ? { re: name.source, flags: name.flags } : name;
}

export class App {
  /**
   * @param {import('selenium-webdriver').WebDriver} driver
   * @param {string} origin e.g. http://127.0.0.1:4173
   * @param {{ engine: string, downloads: string, log: (s: string) => void }} info
   */
  constructor(driver, origin, info) {
    this.driver = driver;
    this.origin = origin;
    this.engine = info.engine;
    this.downloadDir = info.downloads;
    this.log = info.log;
    this.errors = [];
  }

  url(path) {
    return new URL(path, `${this.origin}/`).href;
  }

  /** Runs `fn` (a function or a string body) in the page. */
  js(fn, ...args) {
    const body = typeof fn === 'function' ? `return (${fn}).apply(null, arguments);` : fn;
    return this.driver.executeScript(body, ...args);
  }

  /** Like js(), for a function returning a promise. */
  jsAsync(fn, ...args) {
    return this.driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve((${fn}).apply(null, [...arguments].slice(0, -1)))
         .then((v) => done({ ok: v }), (e) => done({ error: String(e && e.stack || e) }));`,
      ...args,
    ).then((r) => {
      if (r && 'error' in r) throw new Error(`in the page: ${r.error}`);
      return r?.ok;
    });
  }

  /**
   * Polls `fn` until it returns something truthy, and returns that. On time
   * out, fails naming `what` and the last value or error seen.
   */
  async waitFor(fn, what, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    let last;
    for (;;) {
      try {
        const value = await fn();
        if (value) return value;
        last = value;
      } catch (e) {
        last = e?.message?.split('\n')[0] ?? e;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what} (last: ${JSON.stringify(last)})`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Collects uncaught errors from the page before it is left. */
  async collectErrors() {
    try {
      const found = await this.js(() => (window.__wd ? window.__wd.errors.splice(0) : []));
      this.errors.push(...(found ?? []));
    } catch {
      // The window is gone or mid-navigation: nothing to read.
    }
  }

  async instrument() {
    await this.driver.executeScript(INSTRUMENT);
  }

  /** Waits until start-up is over (splash or first-visit screen replaced by the app). */
  async started() {
    await this.waitFor(
      () =>
        this.js(() => {
          if (document.querySelector('#splash, #first-visit')) return false;
          const h1 = document.querySelector('h1');
          return !!h1 && h1.getClientRects().length > 0;
        }),
      'the app to start (no splash, a visible h1)',
      45_000,
    );
    await this.instrument();
  }

  /** Opens `path` by its address and waits for the app. */
  async open(path = '/') {
    await this.collectErrors();
    await this.driver.get(this.url(path));
    await this.started();
  }

  /**
   * Reloads as a person does (the Reload button, not a forced reload): from
   * the page. WebDriver's own Refresh is a forced reload in Firefox, which
   * skips the service worker, so it fails with no network.
   */
  async reload() {
    await this.collectErrors();
    await this.js(() => {
      window.__wdLeaving = true;
      location.reload();
    });
    await this.waitFor(() => this.js(() => !window.__wdLeaving), 'the page to reload', 30_000);
    await this.started();
  }

  h1() {
    return this.js(() => document.querySelector('h1')?.textContent.replace(/\s+/g, ' ').trim() ?? null);
  }

  async expectH1(text, timeoutMs) {
    await this.waitFor(async () => (await this.h1()) === text, `the heading "${text}"`, timeoutMs);
  }

  /** Finds an element by `kind` ('field', 'button', 'link' or a CSS selector) and name; waits for it. */
  async find(kind, name, { within, timeoutMs } = {}) {
    return this.waitFor(
      () => this.driver.executeScript(FIND, kind, nameArg(name), within ?? null),
      `${kind} "${name}"${within ? ` in ${within}` : ''}`,
      timeoutMs,
    );
  }

  field(label, opts) {
    return this.find('field', label, opts);
  }

  /** Clicks as a person would: WebDriver's own click, on the element brought to the middle of the screen. */
  async click(element) {
    await this.js((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }), element);
    await element.click();
  }

  async clickButton(name, opts) {
    await this.click(await this.find('button', name, opts));
  }

  async clickLink(name, opts) {
    await this.click(await this.find('link', name, opts));
  }

  /** Replaces a text box's contents by typing `text` into it, key by key. */
  async fill(label, text) {
    const box = typeof label === 'string' || label instanceof RegExp ? await this.field(label) : label;
    // WebDriver scrolls a control to the bottom edge, under the navigation
    // bar, and WebKit then calls it not interactable: bring it to the middle.
    await this.js((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }), box);
    await box.clear();
    if (text) await box.sendKeys(text);
    return box;
  }

  /** Sets a control the keyboard can't easily (date, range) as the browser would on input. */
  async setValue(label, value) {
    const el = await this.field(label);
    await this.js(
      (e, v) => {
        e.value = v;
        e.dispatchEvent(new Event('input', { bubbles: true }));
        e.dispatchEvent(new Event('change', { bubbles: true }));
      },
      el,
      value,
    );
  }

  value(element) {
    return this.js((e) => e.value, element);
  }

  /** Every element's text for a CSS selector, whitespace collapsed. */
  texts(css) {
    return this.js((s) => [...document.querySelectorAll(s)].map((e) => e.textContent.replace(/\s+/g, ' ').trim()), css);
  }

  text(css) {
    return this.js((s) => document.querySelector(s)?.textContent.replace(/\s+/g, ' ').trim() ?? null, css);
  }

  async expectTexts(css, expected, timeoutMs) {
    const want = JSON.stringify(expected);
    await this.waitFor(async () => JSON.stringify(await this.texts(css)) === want, `${css} to read ${want}`, timeoutMs);
  }

  async expectText(css, contains, timeoutMs) {
    await this.waitFor(
      async () => {
        const t = await this.text(css);
        return t !== null && (contains instanceof RegExp ? contains.test(t) : t.includes(contains));
      },
      `${css} to contain "${contains}"`,
      timeoutMs,
    );
  }

  stored(key = STORE_KEY) {
    return this.js((k) => localStorage.getItem(k), key);
  }

  setStored(value, key = STORE_KEY) {
    return this.js((k, v) => localStorage.setItem(k, v), key, value);
  }

  /** Everything this origin keeps in localStorage, as one string. */
  allStored() {
    return this.js(() => JSON.stringify(Object.fromEntries(Object.entries(localStorage))));
  }

  /** Files the app offered for download since the page loaded: [{ name, text }]. */
  async offered() {
    return (await this.js(() => window.__wd?.downloads ?? [])) ?? [];
  }

  /** Waits for the `n`th file offered (1-based), with its text read. */
  async waitForOffer(n = 1) {
    return this.waitFor(async () => {
      const all = await this.offered();
      return all.length >= n && all[n - 1].text !== null ? all[n - 1] : null;
    }, `download number ${n} to be offered`);
  }

  /** Waits for a file named like `pattern` to be saved in the session's download folder (Firefox). */
  async waitForSavedFile(pattern) {
    const name = await this.waitFor(async () => {
      const names = await readdir(this.downloadDir);
      // Firefox writes `<name>.part` first, and renames it when done.
      return names.find((n) => pattern.test(n) && !n.endsWith('.part'));
    }, `a file like ${pattern} in ${this.downloadDir}`);
    return { name, text: await readFile(join(this.downloadDir, name), 'utf8') };
  }
}

/** A local date (YYYY-MM-DD) `days` before today, on this machine's calendar. */
export function localDate(daysAgo = 0) {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
