// Renders the PNG icons from the SVG sources in assets/icons/ with the
// Chromium the tests use. Run after changing an SVG:
//   node scripts/make-icons.mjs
// The PNGs are committed, so building the app never needs this.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.js';

const dir = new URL('../assets/icons/', import.meta.url);
const jobs = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon.svg', 'favicon-32.png', 32],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  // iOS draws its own rounded corners, so the touch icon is full bleed.
  ['icon-maskable.svg', 'apple-touch-icon.png', 180],
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const [source, target, size] of jobs) {
  const svg = await readFile(new URL(source, dir), 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: new URL(target, dir).pathname, omitBackground: true });
  console.log(`${target} (${size}px)`);
}
await browser.close();
