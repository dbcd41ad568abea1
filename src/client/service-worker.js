/*
 * The site's service worker: after one visit, the record, notes, people,
 * timeline, About and search work without a network.
 *
 * build-plugins/offline.ts writes it to `<outDir>/sw.js`, replacing the PRECACHE line
 * below with the build's: the base path, the version and every precached
 * file as [site path, content hash]. A new deploy changes that line, so the
 * browser installs the new worker beside the old one.
 *
 * 1. install: fills the cache of this version, after the page has loaded
 *    (the page registers the worker on `load`). A file whose content hash is
 *    unchanged is copied from the previous version's cache instead of being
 *    downloaded again. Any failed download fails the install; the browser
 *    retries on the next visit.
 * 2. The new worker then waits until the reader asks for the new version
 *    (the page's notice posts SKIP_WAITING) or closes every tab of the site.
 * 3. activate: deletes the caches of older versions of this site (other
 *    sites on the same origin, e.g. two GitHub Pages projects, keep theirs)
 *    and takes control of open pages, so the first visit is covered at once.
 * 4. fetch: a precached path is answered from the cache, whatever its query
 *    (`?hl=…` on a search result, Pagefind's `?ts=…`); everything else (share
 *    pages, quote cards, open data) goes to the network as if there were no
 *    worker.
 *
 * Plain JavaScript, not bundled: the build copies it as it is.
 */
const PRECACHE = { base: '/', version: 'unbuilt', files: [] };

const CACHE_PREFIX = `tx-offline:${PRECACHE.base}:`;
const CACHE_NAME = CACHE_PREFIX + PRECACHE.version;
/** Cache key of each precached path: the content hash makes a key of one version valid in the next. */
const KEYS = new Map(PRECACHE.files.map(([path, hash]) => [path, `${path}?tx-rev=${hash}`]));
/** Downloads at once while installing: enough to fill the pipe, few enough not to crowd the reader's own requests. */
const PARALLEL = 4;

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const key = KEYS.get(url.pathname);
  if (key) event.respondWith(fromCache(key, request));
});

async function precache() {
  const cache = await caches.open(CACHE_NAME);
  const queue = [...KEYS];
  const download = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [path, key] = next;
      if (await cache.match(key)) continue;
      // The same key in an older version's cache holds the same bytes.
      const kept = await caches.match(key);
      if (kept) {
        await cache.put(key, kept);
        continue;
      }
      // 'no-cache': revalidate, so a host's short HTML cache never hands an old page to a new version.
      const response = await fetch(path, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`Precaching ${path} failed: HTTP ${response.status}`);
      await cache.put(key, response.redirected ? unredirected(response) : response);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, download));
}

/** A cached answer, or the network when the cache lost it (storage evicted). */
async function fromCache(key, request) {
  const cache = await caches.open(CACHE_NAME);
  return (await cache.match(key)) ?? fetch(request);
}

/** Browsers refuse a redirected response for a navigation; keep only its body and headers. */
function unredirected(response) {
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
