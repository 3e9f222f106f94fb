// A small static server for the built site, for the end-to-end tests.
// Binds to 127.0.0.1 only. Any address that is not a file gets the nearest
// index.html above it, as a static host with a single-page-app fallback
// would, so deep links work at the root and on a sub-path.
//
//   node tests/e2e/serve.mjs <dir> <port>
//
// Port 0 lets the system choose a free port; the first line printed names it
// ("serving <dir> on http://127.0.0.1:<port>/"), so a caller can wait for it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const wanted = Number(process.argv[3] ?? 4173);
let port = wanted;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const path = join(root, clean);
  if (!path.startsWith(root)) return null;
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) {
      const index = join(path, 'index.html');
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  } catch {
    // fall through
  }
  return null;
}

createServer(async (req, res) => {
  const url = new URL(req.url, `http://127.0.0.1:${port}`);
  let path = await fileFor(url.pathname);
  if (!path && !extname(url.pathname)) {
    // The nearest index.html above the address: /unlost/journal -> /unlost/index.html.
    const parts = url.pathname.split('/').filter(Boolean);
    while (!path && parts.length > 0) {
      parts.pop();
      path = await fileFor(`/${parts.join('/')}/index.html`);
    }
  }
  if (!path) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const body = await readFile(path);
  res.writeHead(200, {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  res.end(body);
}).listen(wanted, '127.0.0.1', function () {
  port = this.address().port;
  console.log(`serving ${root} on http://127.0.0.1:${port}/`);
});
