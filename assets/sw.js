// Unlost's service worker: makes the app open with no network at all.
// scripts/post-build.mjs fills in the cache name and the list of files for
// each build; this file is the template.
const CACHE = '__UNLOST_CACHE__';
// Every file of this build, relative to the worker's own location.
const FILES = __UNLOST_FILES__;
const INDEX = new URL('index.html', self.registration.scope).href;

self.addEventListener('install', (event) => {
  // Fetch past the HTTP cache so the new build's files are really new.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))),
  );
  // No skipWaiting here: the page asks for it when the person chooses to
  // reload, so a new version never replaces the old one mid-sentence.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('unlost-') && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'unlost:skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === 'navigate') {
    // Every address in the app is the same page: answer with the cached
    // index.html, so deep links open offline too.
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(INDEX)).then((hit) => hit ?? fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true })).then((hit) => hit ?? fetch(request)),
  );
});
