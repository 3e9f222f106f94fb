// Trunk post_build hook (see Trunk.toml), also runnable by hand on a built
// folder:   node scripts/post-build.mjs <dir>
//
// 0. Splits the wasm in two when the build has a split point (see
//    scripts/split.mjs): the core for the first visit, the other screens
//    loaded on demand.
// 0b. Puts assets/first-visit.html (scripts/prerender.mjs) into index.html,
//     drops Trunk's preload of the core wasm and the page's comments.
// 1. Locks the page down: adds a Content-Security-Policy that allows only
//    the site itself, and the inline scripts (Trunk's loader, the choice
//    between the first visit's home screen and the splash) by their hashes.
// 2. Writes sw.js from assets/sw.js with the list of every file in the build
//    and a cache name made from their contents, so each build that differs
//    gets a new cache and the app sees the update.
// 3. Writes 404.html (a copy of index.html) for static hosts without rewrite
//    rules, so deep links still open the app.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { split } from './split.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: give the built folder, or run from Trunk (TRUNK_STAGING_DIR)');
  process.exit(2);
}
const sourceDir = process.env.TRUNK_SOURCE_DIR ?? new URL('..', import.meta.url).pathname;

const sha256 = (data) => createHash('sha256').update(data);

// 0. Split the wasm (before anything below reads index.html or lists files).
console.log(await split(dir, sourceDir, { release: process.env.TRUNK_PROFILE !== 'debug' }));

const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');

// 0b. A first visit's home screen, shown until the app starts (see
// scripts/prerender.mjs).
// (Run again on a built folder, it finds the screen already in place.)
const marker = /<!-- first-visit\.html:[^>]*-->/;
if (marker.test(html)) {
  const fragment = await readFile(join(sourceDir, 'assets', 'first-visit.html'), 'utf8');
  html = html.replace(marker, () => fragment.trim());
} else if (!/<div id="first-visit"[^>]*>\s*<nav/.test(html)) {
  console.error('post-build: index.html has no <!-- first-visit.html: … --> marker for the first visit\'s home screen');
  process.exit(1);
}

// 0c. No preload of the core wasm. A first visit paints the home screen
// from the HTML alone; fetching 220 KB alongside the stylesheet would only
// delay that paint. The loader fetches the wasm as soon as the small
// script it needs has arrived.
html = html.replace(/\s*<link rel="preload"[^>]*type="application\/wasm"[^>]*>/g, '');
// The page's comments are for whoever reads index.html, not for phones.
html = html.replace(/\s*<!--[\s\S]*?-->/g, '');

// 1. Content-Security-Policy.
// `trunk serve` injects an inline live-reload script into debug builds, which
// a strict policy would block; the policy is for what ships (release).
const lockDown = process.env.TRUNK_PROFILE !== 'debug';
html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inlineScripts.map((body) => `'sha256-${sha256(body).digest('base64')}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
if (lockDown) {
  html = html.replace(
    /(<meta charset="utf-8"\s*\/?>)/i,
    `$1\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  );
}
if (lockDown && !html.includes('Content-Security-Policy')) {
  console.error('post-build: could not place the Content-Security-Policy (no <meta charset> in index.html)');
  process.exit(1);
}
await writeFile(indexPath, html);
await writeFile(join(dir, '404.html'), html);

// 2. The service worker and its precache list.
async function walk(folder) {
  const out = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}
const files = (await walk(dir))
  .map((path) => relative(dir, path).split(sep).join('/'))
  .filter((name) => name !== 'sw.js' && name !== '404.html')
  .sort();
const hash = sha256('');
for (const name of files) {
  hash.update(name);
  hash.update(await readFile(join(dir, name)));
}
const cacheName = `unlost-${hash.digest('hex').slice(0, 16)}`;
const template = await readFile(join(sourceDir, 'assets', 'sw.js'), 'utf8');
const worker = template
  .replace("'__UNLOST_CACHE__'", JSON.stringify(cacheName))
  .replace('__UNLOST_FILES__', JSON.stringify(files, null, 2));
await writeFile(join(dir, 'sw.js'), worker);
console.log(`post-build: ${lockDown ? `CSP with ${hashes.length} script hash(es)` : 'no CSP (debug build)'}; sw.js caches ${files.length} files as ${cacheName}`);
