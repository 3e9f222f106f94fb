// Offline, installable, updatable and locked down: Unlost as a PWA.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, appStarted, openApp, persistentContext, SCREENS } from './fixtures.js';
import { startServer } from './start-server.mjs';


/** Waits until the service worker has installed and controls the page. */
async function waitForOfflineReady(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

test('Chromium finds the app installable', async ({ playwright, baseURL, requestsStayHome }, testInfo) => {
  const { context, strays } = await persistentContext(playwright, testInfo, baseURL, requestsStayHome.allowed);
  try {
    const page = await context.newPage();
    await openApp(page, '/');
    await waitForOfflineReady(page);
    // The first worker taking control is not an update.
    await page.waitForTimeout(300);
    await expect(page.getByTestId('update-notice')).toHaveCount(0);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    const parsed = JSON.parse(manifest.data);
    expect(parsed.display).toBe('standalone');
    expect(parsed.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    expect(strays).toEqual([]);
  } finally {
    await context.close();
  }
});

test('after one visit, a cold start with no network opens every screen, writes and reloads', async ({ context, page }) => {
  await openApp(page, '/');
  await waitForOfflineReady(page);
  await page.close();

  await context.setOffline(true);
  const cold = await context.newPage();
  await cold.goto('/journal');
  await expect(cold.locator('h1')).toHaveText('Journal');
  for (const [path, heading] of SCREENS) {
    await cold.goto(path);
    // On a first visit to '/', index.html's early home screen (inert) stands
    // in until the app has taken over: read the app's own heading.
    await appStarted(cold);
    await expect(cold.locator('h1')).toHaveText(heading);
  }
  await cold.goto('/journal');
  await cold.getByLabel("What's on your mind?").fill('written on a train with no signal');
  await cold.getByRole('button', { name: 'Save to journal' }).click();
  await cold.reload();
  await expect(cold.locator('.entry-text')).toHaveText(['written on a train with no signal']);
  // In-app navigation too, not only fresh loads.
  await cold.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Path' }).click();
  await expect(cold.locator('h1')).toHaveText('Your path');
  await context.setOffline(false);
});

test('served from a sub-path, links, the manifest, the worker and offline all follow it', async ({ context, page, baseURL }) => {
  const origin = new URL(baseURL);
  const sub = `http://127.0.0.1:${Number(origin.port) + 1}/unlost`;
  const outside = [];
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (!url.pathname.startsWith('/unlost/')) outside.push(r.url());
  });
  await page.goto(`${sub}/`);
  await appStarted(page);
  await expect(page.locator('h1')).toHaveText('Your path');
  await page.getByRole('link', { name: /Reality check/ }).click();
  await expect(page).toHaveURL(`${sub}/stage/reality-check`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await expect(page).toHaveURL(`${sub}/journal`);
  await page.goBack();
  await expect(page.locator('h1')).toHaveText('Reality check');

  // A deep link opens directly.
  await page.goto(`${sub}/settings`);
  await expect(page.locator('h1')).toHaveText('Settings');

  await waitForOfflineReady(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
  expect(scope).toBe(`${sub}/`);
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.url).toBe(`${sub}/manifest.webmanifest`);
  expect(manifest.errors).toEqual([]);
  const parsed = JSON.parse(manifest.data);
  expect(new URL(parsed.start_url, manifest.url).href).toBe(`${sub}/`);
  expect(new URL(parsed.scope, manifest.url).href).toBe(`${sub}/`);

  await context.setOffline(true);
  await page.goto(`${sub}/stage/work-on-yourself/reflect/unsaid`);
  await expect(page.locator('h1')).toHaveText('Reflection');
  await page.getByLabel('Your answer today').fill('offline, on a sub-path');
  await page.getByRole('button', { name: 'Save this answer' }).click();
  await page.reload();
  await expect(page.locator('.entry-text')).toHaveText(['offline, on a sub-path']);
  await context.setOffline(false);
  expect(outside, 'every request stays under /unlost/').toEqual([]);
});

test('a new version shows a quiet notice, never interrupts typing, and reloads into it when asked', async ({ page, requestsStayHome }) => {
  // Build A is the release build; build B is the same with a visible
  // difference, prepared by the same post-build step a real build runs.
  const live = await mkdtemp(join(tmpdir(), 'unlost-update-'));
  await cp('dist', live, { recursive: true });
  const server = await startServer(live);
  requestsStayHome.allow(server.origin);
  try {
    await page.goto(`${server.origin}/journal`);
    await expect(page.locator('h1')).toHaveText('Journal');
    await waitForOfflineReady(page);
    expect(await page.locator('meta[name="unlost-build"]').count()).toBe(0);

    const box = page.getByLabel("What's on your mind?");
    await box.fill('typing while the update arrives');

    const indexPath = join(live, 'index.html');
    const html = await readFile(indexPath, 'utf8');
    await writeFile(indexPath, html.replace('</head>', '<meta name="unlost-build" content="B" /></head>'));
    await new Promise((resolve, reject) => {
      const hook = spawn('node', ['scripts/post-build.mjs', live], { stdio: 'ignore' });
      hook.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`post-build exited ${code}`))));
    });

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const notice = page.getByTestId('update-notice');
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await expect(notice).toContainText('A new version of Unlost is ready.');
    // Nothing reloaded by itself: the text is still in the box, focus intact.
    await expect(box).toHaveValue('typing while the update arrives');
    expect(await page.locator('meta[name="unlost-build"]').count()).toBe(0);

    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('meta[name="unlost-build"]')).toHaveCount(1, { timeout: 15_000 });
    await expect(page.locator('h1')).toHaveText('Journal');
    await expect(page.getByLabel("What's on your mind?")).toHaveValue('typing while the update arrives');
    await expect(page.getByTestId('update-notice')).toHaveCount(0);
  } finally {
    server.stop();
    await rm(live, { recursive: true, force: true });
  }
});

test('the Content-Security-Policy allows only the site itself and is enforced', async ({ page }) => {
  const violations = [];
  page.on('console', (msg) => {
    if (msg.text().includes('Content Security Policy')) violations.push(msg.text());
  });
  await openApp(page, '/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/'unsafe-eval'/);
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "connect-src 'self'",
    "style-src 'self'",
  ]) {
    expect(policy).toContain(directive);
  }
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  expect(violations, 'the app itself breaks no rule').toEqual([]);

  const blocked = await page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
        const s = document.createElement('script');
        s.textContent = 'window.__injected = true;';
        document.head.appendChild(s);
      }),
  );
  expect(blocked).toMatch(/^script-src/);
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations[0]).toMatch(/inline script/i);
  expect(violations[0]).toMatch(/blocked|refused/i);
});
