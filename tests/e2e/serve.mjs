// A small static server for the built site, for the end-to-end tests.
// Binds to 127.0.0.1 only. Any address that is not a file gets the nearest
// index.html above it, as a static host with a single-page-app fallback
// would, so deep links work at the root and on a sub-path.
//
//   node tests/e2e/serve.mjs <dir> <port>
//
// Text and wasm go out gzipped when the browser asks for it, as every static
// host does; the bench's Lighthouse runs see the bytes a phone would fetch.
//
// Port 0 lets the system choose a free port; the first line printed names it
// ("serving <dir> on http://127.0.0.1:<port>/"), so a caller can wait for it.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
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

const compressible = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.webmanifest', '.svg', '.txt']);
const gzCache = new Map();
function gzipped(path, body) {
  const hit = gzCache.get(path);
  if (hit && hit.raw.equals(body)) return hit.gz;
  const gz = gzipSync(body, { level: 9 });
  gzCache.set(path, { raw: body, gz });
  return gz;
}

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
  let body = await readFile(path);
  const headers = {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
  };
  if (compressible.has(extname(path)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipped(path, body);
    headers['content-encoding'] = 'gzip';
  }
  res.writeHead(200, headers);
  res.end(body);
}).listen(wanted, '127.0.0.1', function () {
  port = this.address().port;
  console.log(`serving ${root} on http://127.0.0.1:${port}/`);
});
