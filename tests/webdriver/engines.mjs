// Firefox ESR and WebKitGTK (Safari's engine) through the W3C WebDriver
// protocol: each driver is started here, on 127.0.0.1 and a free port, and
// selenium-webdriver connects to it (its own launcher picks a non-loopback
// address on this machine and times out; see ../shared/TOOLCHAIN.md).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';

/** WebKitGTK's small browser, which WebKitWebDriver drives (Debian: /usr/lib/<arch>/webkit2gtk-4.1/). */
function miniBrowser() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const found = readdirSync('/usr/lib')
    .map((arch) => join('/usr/lib', arch, 'webkit2gtk-4.1', 'MiniBrowser'))
    .find((path) => existsSync(path));
  return found ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
}

export const ENGINES = {
  firefox: {
    driver: process.env.GECKODRIVER ?? join(homedir(), '.cargo/bin/geckodriver'),
    installHint: 'scripts/setup.sh --for-tests (cargo install geckodriver, apt firefox-esr)',
    needsDisplay: false,
    /** @param {string} downloads a folder for this session's downloads */
    capabilities: (downloads) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: {
          // Downloads go straight to a folder the test reads, no dialog.
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/plain,text/markdown,text/calendar',
          // Nothing but the test server: no update checks, no telemetry.
          'app.update.auto': false,
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'extensions.update.enabled': false,
        },
      },
    }),
  },
  webkit: {
    driver: process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver',
    installHint: 'scripts/setup.sh --for-tests (apt webkit2gtk-driver xvfb)',
    // WebKitGTK draws into a real window: under Xvfb when there is no display.
    needsDisplay: true,
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: miniBrowser(),
        args: ['--automation'],
      },
    }),
  },
};

/** A TCP port nobody is listening on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the engine's WebDriver server on 127.0.0.1 and resolves once it
 * answers `/status`. `stop()` ends it (and only it).
 */
export async function startDriver(name, { timeoutMs = 20_000 } = {}) {
  const engine = ENGINES[name];
  if (!existsSync(engine.driver)) {
    throw new Error(`${engine.driver} is missing: run ${engine.installHint}`);
  }
  const port = await freePort();
  const child = spawn(engine.driver, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (chunk) => {
    err = (err + chunk).slice(-4000);
  });
  let exited = null;
  child.on('exit', (code) => (exited = code));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== null) throw new Error(`${engine.driver} exited (${exited}) before listening\n${err}`);
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`${engine.driver} did not answer on ${url} in ${timeoutMs} ms\n${err}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (exited !== null) return resolve();
        child.once('exit', resolve);
        child.kill();
        // One that doesn't end when asked is ended.
        setTimeout(() => exited === null && child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}

/**
 * A new browser session: a fresh profile, so nothing stored by an earlier
 * flow is there. Returns the driver and the folder downloads land in (Firefox).
 */
export async function newSession(name, driverUrl) {
  const downloads = await mkdtemp(join(tmpdir(), `unlost-wd-${name}-downloads-`));
  const driver = await new Builder()
    .usingServer(driverUrl)
    .withCapabilities(ENGINES[name].capabilities(downloads))
    .build();
  await driver.manage().setTimeouts({ script: 30_000, pageLoad: 60_000, implicit: 0 });
  // A large phone's screen, in both engines.
  await driver.manage().window().setRect({ width: 412, height: 915 });
  return { driver, downloads };
}
