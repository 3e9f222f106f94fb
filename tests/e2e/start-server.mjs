// Starts tests/e2e/serve.mjs on a port the system chooses, and resolves once
// it is listening. A fixed or random port can clash with whatever else runs
// on the machine; port 0 cannot.
import { spawn } from 'node:child_process';

/** @returns {Promise<{ origin: string, port: number, stop: () => void }>} */
export function startServer(dir, { timeoutMs = 15_000 } = {}) {
  const child = spawn('node', ['tests/e2e/serve.mjs', dir, '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the test server did not start in ${timeoutMs} ms\n${err}`));
    }, timeoutMs);
    child.stderr.on('data', (chunk) => (err += chunk));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const found = out.match(/on http:\/\/127\.0\.0\.1:(\d+)\//);
      if (!found) return;
      clearTimeout(timer);
      const port = Number(found[1]);
      resolve({ origin: `http://127.0.0.1:${port}`, port, stop: () => child.kill() });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the test server exited (${code}) before listening\n${err}`));
    });
  });
}
