// Text at 200 % (WCAG 1.4.4 and 1.4.10): every screen, empty and full of
// writing, fits a 360 px phone with the root font size doubled, and nothing
// the person reads or uses is covered by the top bar ("Quick exit") or the
// navigation when it is brought into view, as the keyboard would bring it.
import { readFile } from 'node:fs/promises';
import { test, expect, openApp, SCREENS, STORE_KEY } from './fixtures.js';

const FULL = await readFile(new URL('../fixtures/v3.json', import.meta.url), 'utf8');

/** Doubles the root font size, as a person's text setting would. */
async function doubleText(page) {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Everything wider than the screen, named. */
async function overflowing(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    if (document.documentElement.scrollWidth > width) out.push(`page is ${document.documentElement.scrollWidth} px wide`);
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('.visually-hidden, svg, script, style, #splash, #first-visit')) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5) {
        out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}" ends at ${Math.round(r.right)} px`);
      }
    }
    return out.slice(0, 12);
  });
}

/** Buttons whose words were split mid-word although each would fit the
 *  screen: a row of buttons should wrap, not squeeze them. */
async function squeezedButtons(page) {
  return page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d');
    const out = [];
    for (const b of document.querySelectorAll('main button, main .button, header button')) {
      const r = b.getBoundingClientRect();
      if (r.width === 0 || !b.checkVisibility()) continue;
      const cs = getComputedStyle(b);
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const sides = parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight) + b.offsetWidth - b.clientWidth;
      const inner = b.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      // The widest the button could be: its container's whole line.
      const box = b.parentElement;
      const bs = getComputedStyle(box);
      const widest = box.clientWidth - parseFloat(bs.paddingLeft) - parseFloat(bs.paddingRight) - sides;
      // What is seen: without the words kept for screen readers only.
      const seen = [...b.childNodes]
        .filter((n) => !(n.nodeType === 1 && n.classList.contains('visually-hidden')))
        .map((n) => n.textContent)
        .join('');
      for (const word of seen.trim().split(/\s+/)) {
        const w = ctx.measureText(word).width;
        if (w > inner + 1 && w <= widest) {
          out.push(`"${word}" in "${b.textContent.trim().slice(0, 30)}" (${Math.round(w)} px in ${Math.round(inner)} px)`);
          break;
        }
      }
    }
    return out.slice(0, 12);
  });
}

/** Each heading, label, field, button and line of text, brought to the
 *  middle of the screen (or as near as the page allows, at its top and its
 *  end): none is under the top bar or the nav. */
async function covered(page) {
  return page.evaluate(() => {
    const bars = [...document.querySelectorAll('header.top-bar, nav.main-nav')];
    if (bars.length !== 2) return [`expected the top bar and the navigation, found ${bars.length}`];
    const name = (el) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || el.value || '').trim().slice(0, 30)}"`;
    const out = [];
    const selector = [
      'h1', 'h2', 'h3', 'label', 'legend', 'summary', 'button', 'a', 'dt', 'dd', 'p', '.status',
      'input:not([type=hidden])', 'select',
    ].map((s) => `main ${s}`).join(', ');
    for (const el of document.querySelectorAll(selector)) {
      const before = el.getBoundingClientRect();
      if (before.width === 0 || before.height === 0 || el.closest('.visually-hidden')) continue;
      // Inside a folded section: not drawn (the browser lays it out all the same).
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      // A block taller than a third of the screen can't be seen whole anyway.
      if (before.height > innerHeight / 3) continue;
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const points = [
        [r.left + 2, r.top + r.height / 2], [r.right - 2, r.top + r.height / 2],
        [r.left + r.width / 2, r.top + 1], [r.left + r.width / 2, r.bottom - 1],
      ];
      for (const [x, y] of points) {
        if (x < 0 || x >= innerWidth) {
          out.push(`${name(el)} is off the side of the screen`);
          break;
        }
        const top = document.elementFromPoint(x, Math.min(Math.max(y, 0), innerHeight - 1));
        const bar = bars.find((b) => b.contains(top));
        if (bar) {
          out.push(`${name(el)} is covered by the ${bar.tagName === 'NAV' ? 'navigation' : 'top bar'}`);
          break;
        }
      }
    }
    return out.slice(0, 12);
  });
}

for (const [who, seed] of [['a first visit', null], ['someone with months of writing', FULL]]) {
  test.describe(`at 200 % text, for ${who}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      if (seed) await page.addInitScript(([key, value]) => {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      }, [STORE_KEY, seed]);
    });

    for (const [path, heading] of SCREENS) {
      test(`${path} reflows into 360 px with nothing covered`, async ({ page }) => {
        await openApp(page, path);
        // (The writing on file is in "Moving on" mode: no contact is "Healing days".)
        await expect(page.locator('h1')).toHaveText(seed && path === '/stage/no-contact' ? 'Healing days' : heading);
        await doubleText(page);
        expect(await overflowing(page), `${path}: wider than the screen`).toEqual([]);
        expect(await squeezedButtons(page), `${path}: buttons squeezed mid-word`).toEqual([]);
        expect(await covered(page), `${path}: covered`).toEqual([]);
        // The navigation stays whole and usable: every tab on screen, each
        // label whole, and it leaves most of the screen to the page.
        const nav = page.getByRole('navigation', { name: 'Main' });
        for (const label of ['Path', 'Journal', 'I want to text them', 'Settings']) {
          const link = nav.getByRole('link', { name: label });
          await expect(link).toBeInViewport({ ratio: 1 });
          const cut = await link.evaluate((a) => [...a.querySelectorAll('span')].some((s) => s.scrollWidth > s.clientWidth + 1));
          expect(cut, `${label} is cut off`).toBe(false);
        }
        const navHeight = (await nav.boundingBox()).height;
        expect(navHeight, 'the navigation leaves the screen to the page').toBeLessThan(740 * 0.25);
        // "Quick exit" reads whole.
        const exit = page.getByRole('button', { name: 'Quick exit' });
        await expect(exit).toBeInViewport({ ratio: 1 });
        expect(await exit.evaluate((b) => b.scrollWidth <= b.clientWidth + 1)).toBe(true);
      });
    }
  });
}

/** Tabs through the screen: each control the keyboard reaches is brought
 *  into view clear of the top bar and the navigation (WCAG 2.4.11). */
async function focusHidden(page, presses) {
  const out = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    // The browser's own scroll, then the app's correction, a frame later.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const hidden = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el.closest('header.top-bar, nav.main-nav')) return null;
      const r = el.getBoundingClientRect();
      const bars = [...document.querySelectorAll('header.top-bar, nav.main-nav')];
      const [bar, nav] = bars.map((b) => b.getBoundingClientRect());
      // Taller than the space between the bars: its start must show, just
      // below the top bar (WCAG 2.4.11 asks that it is never hidden whole).
      if (r.height > nav.top - bar.bottom) {
        return r.top < bar.bottom - 1 || r.top > nav.top - 44 ? `${el.tagName.toLowerCase()} "${(el.textContent || '').trim().slice(0, 30)}" (tall)` : null;
      }
      const offScreen = r.bottom > innerHeight || r.top < 0;
      const under = !offScreen && [[r.left + r.width / 2, r.top + 2], [r.left + r.width / 2, r.bottom - 2]].some(([x, y]) => {
        const top = document.elementFromPoint(x, y);
        return bars.some((b) => b.contains(top));
      });
      return offScreen || under ? `${el.tagName.toLowerCase()} "${(el.textContent || el.value || '').trim().slice(0, 30)}"` : null;
    });
    if (hidden) out.push(hidden);
  }
  return out;
}

test('at ordinary size, "Quick exit" and the navigation cover nothing either, nor what the keyboard focuses', async ({ page }) => {
  await page.addInitScript(([key, value]) => {
    if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
  }, [STORE_KEY, FULL]);
  for (const path of ['/', '/stage/no-contact', '/help/urge', '/stage/first-message', '/settings']) {
    await openApp(page, path);
    expect(await covered(page), `${path}: covered`).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await focusHidden(page, 30), `${path}: focus hidden`).toEqual([]);
    await doubleText(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await focusHidden(page, 30), `${path}: focus hidden at 200 %`).toEqual([]);
  }
});

test('on a wide screen the navigation and "Quick exit" share the top edge, side by side, and cover nothing', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORE_KEY, FULL]);
  for (const path of ['/', '/stage/no-contact', '/journal']) {
    await openApp(page, path);
    const nav = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
    const exit = await page.getByRole('button', { name: 'Quick exit' }).boundingBox();
    expect(Math.round(nav.y)).toBe(0);
    expect(exit.y + exit.height).toBeLessThanOrEqual(nav.y + nav.height);
    // No link of the navigation sits under "Quick exit".
    for (const link of await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all()) {
      const r = await link.boundingBox();
      expect(r.x + r.width <= exit.x || r.y >= exit.y + exit.height).toBe(true);
    }
    expect(await covered(page), `${path}: covered`).toEqual([]);
    await doubleText(page);
    expect(await overflowing(page), `${path} at 200 %`).toEqual([]);
  }
});
