// The home screen as a first visit sees it, as static HTML for index.html
// (assets/first-visit.html; scripts/post-build.mjs puts it in the page).
// A first visit then shows real words at the first paint instead of a logo,
// while the app itself is still on its way. Inert until the app replaces it.
//
// After changing what a first visit's home screen shows, rebuild and run
//   source scripts/split-env.sh && trunk build --release --offline
//   node scripts/prerender.mjs [built folder, default dist]
// The end-to-end tests fail while the file and the app disagree
// (tests/e2e/first-visit.spec.js).
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

export const FRAGMENT = new URL('../assets/first-visit.html', import.meta.url);

/** The app's home screen in `page` (a first visit, fully started), as the
 *  static HTML index.html carries: the navigation bar and the main content,
 *  without Leptos' markers, ids, test ids or focus targets, and with links
 *  relative to the page's base so they follow a sub-path deployment. */
export async function captureHome(page) {
  const html = await page.evaluate(() => {
    const wrap = document.createElement('div');
    // The bar first: it is fixed to the bottom and as tall as its tallest
    // label, so a paint while the page is half-read would otherwise show it
    // with some labels missing, then move it up as the rest arrives.
    for (const selector of ['nav.main-nav', 'header.top-bar', 'main']) {
      const found = document.querySelector(selector);
      if (!found) throw new Error(`no ${selector} on the page`);
      wrap.append(found.cloneNode(true));
    }
    const comments = document.createTreeWalker(wrap, NodeFilter.SHOW_COMMENT);
    const drop = [];
    while (comments.nextNode()) drop.push(comments.currentNode);
    for (const c of drop) c.remove();
    for (const e of wrap.querySelectorAll('[id]')) e.removeAttribute('id');
    for (const e of wrap.querySelectorAll('[tabindex]')) e.removeAttribute('tabindex');
    for (const e of wrap.querySelectorAll('[data-testid]')) e.removeAttribute('data-testid');
    const base = new URL(document.baseURI).pathname;
    for (const a of wrap.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href');
      if (href.startsWith(base)) a.setAttribute('href', href.slice(base.length) || './');
    }
    return wrap.innerHTML;
  });
  // One list item a line, for readable diffs (space between items is not shown).
  return `${html.replaceAll('</li><li', '</li>\n<li')}\n`;
}

async function main() {
  const { chromium } = await import('@playwright/test');
  const { startServer } = await import('../tests/e2e/start-server.mjs');
  const { CHROMIUM_ARGS, CHROMIUM_PATH } = await import('../tests/e2e/chromium.js');
  const server = await startServer(process.argv[2] ?? 'dist');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(
      () => performance.getEntriesByName('unlost:home').length > 0 && !document.getElementById('first-visit'),
    );
    const html = await captureHome(page);
    await writeFile(FRAGMENT, html);
    console.log(`prerender: wrote assets/first-visit.html (${html.length} bytes)`);
  } finally {
    await browser.close();
    server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
