/*
 * The site's service worker: pages are kept as they are read, and the rest
 * is downloaded only when the reader asks ("Save for offline reading").
 *
 * build-plugins/offline.ts writes it to `<outDir>/sw.js`, replacing the OFFLINE
 * line below with the build's base path and version, so each deploy brings
 * a new worker.
 *
 * 1. install/activate: nothing is downloaded. The new worker takes over at
 *    once (no version of the site is cached as a whole, so there is nothing
 *    to keep consistent), deletes the caches of the old precaching worker,
 *    and brings what the reader saved up to date with the new deploy: files
 *    whose hash changed are fetched again, files gone are deleted, the rest
 *    stays.
 * 2. fetch: content-named files (`_astro/`, Pagefind's chunks) come from the
 *    cache when there; everything else goes to the network first, and the
 *    answer is kept, so whatever was read opens again offline.
 * 3. messages from the page (src/client/offline.ts, save-offline.ts):
 *    `keep` (the files of the page that registered the worker, copied from
 *    the browser's HTTP cache, not downloaded again), `save` (a document or
 *    the archive, listed in offline.json, with progress), `remove`, `status`.
 *
 * Plain JavaScript, not bundled: the build copies it as it is.
 */
const OFFLINE = { base: '/', version: 'unbuilt' };

const CACHE = `tx-offline:${OFFLINE.base}`;
/** The old worker's caches, one per version (`tx-offline:<base>:<version>`). */
const OLD_PREFIX = `${CACHE}:`;
/** Where the record of what the reader saved is kept, inside the cache. */
const SAVED = `${OFFLINE.base}tx-saved.json`;
const MANIFEST = `${OFFLINE.base}offline.json`;
/** Files named by their content: a cached copy is never stale. */
const CONTENT_NAMED =
  /\/_astro\/|\/pagefind\/(record\/)?(index|fragment|filter)\/|\.pf_meta$|\.pagefind$/;
/** Never kept: the worker itself and the manifest, which must always be the deploy's own. */
const NOT_KEPT = new Set([`${OFFLINE.base}sw.js`, MANIFEST]);
/** Downloads at once while saving: enough to fill the pipe, few enough not to crowd the reader's own requests. */
const PARALLEL = 4;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith(OLD_PREFIX)).map((name) => caches.delete(name)),
      );
      await self.clients.claim();
      await updateSaved().catch((error) => broadcast({ type: 'error', reason: reasonOf(error) }));
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (
    url.origin !== self.location.origin ||
    !url.pathname.startsWith(OFFLINE.base) ||
    NOT_KEPT.has(url.pathname)
  )
    return;
  event.respondWith(
    CONTENT_NAMED.test(url.pathname)
      ? cacheFirst(request, url.pathname)
      : networkFirst(request, url.pathname),
  );
});

self.addEventListener('message', (event) => {
  const { type, urls, group } = event.data ?? {};
  const reply = (message) => event.source?.postMessage(message);
  let work;
  // A page that could not be kept is simply not kept: no reader asked, so nothing is said.
  if (type === 'keep') work = keep(urls ?? []).catch(() => undefined);
  else if (type === 'save') work = save(group).then(() => reply({ type: 'saved', saved: true }));
  else if (type === 'remove') work = remove().then(() => reply({ type: 'removed' }));
  else if (type === 'status')
    work = readSaved().then((saved) => reply({ type: 'status', groups: saved?.groups ?? [] }));
  if (!work) return;
  event.waitUntil(work.catch((error) => reply({ type: 'error', reason: reasonOf(error) })));
});

/** Why a download stopped, in the terms the page explains to the reader. */
function reasonOf(error) {
  // Full, or refused (storage blocked for this site): the page says both in the same words.
  if (['QuotaExceededError', 'SecurityError', 'NotAllowedError'].includes(error?.name))
    return 'quota';
  if (error instanceof TypeError) return 'network';
  return 'failed';
}

async function broadcast(message) {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true }))
    client.postMessage(message);
}

async function cacheFirst(request, key) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(key, response.clone()).catch(() => undefined);
  return response;
}

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    // A full storage must not break reading online: the page is simply not kept.
    if (response.ok) await cache.put(key, unredirected(response.clone())).catch(() => undefined);
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return request.mode === 'navigate' ? markedOffline(cached) : cached;
    throw error;
  }
}

/**
 * A kept page answered because the network failed, marked so that the page
 * can show its offline notice: `navigator.onLine` says true whenever any
 * network is up, even one that reaches nothing.
 */
function markedOffline(response) {
  const headers = new Headers(response.headers);
  headers.set('Server-Timing', 'tx-offline');
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** The files the page that registered the worker loaded before the worker ran: from the HTTP cache, so nothing is downloaded twice. */
async function keep(urls) {
  const cache = await caches.open(CACHE);
  for (const href of urls) {
    const url = new URL(href, self.location.href);
    if (
      url.origin !== self.location.origin ||
      !url.pathname.startsWith(OFFLINE.base) ||
      NOT_KEPT.has(url.pathname)
    )
      continue;
    if (await cache.match(url.pathname)) continue;
    const response = await fetch(url.pathname, { cache: 'force-cache' });
    if (response.ok) await cache.put(url.pathname, unredirected(response));
  }
}

/** What the reader saved: the groups (`archive` or a document's id), the version and every saved file's hash. */
async function readSaved() {
  const response = await (await caches.open(CACHE)).match(SAVED);
  return response ? response.json() : undefined;
}

async function writeSaved(cache, saved) {
  await cache.put(
    SAVED,
    new Response(JSON.stringify(saved), { headers: { 'Content-Type': 'application/json' } }),
  );
}

/** The files of the saved groups in a manifest (the shell with any of them). */
function filesOf(manifest, groups) {
  const files = new Map();
  const add = (list) => list.forEach((file) => files.set(file[0], file));
  if (groups.length > 0) add(manifest.shell);
  for (const group of groups) {
    if (group === 'archive') add(manifest.archive);
    else add(manifest.documents.find((doc) => doc.id === group)?.files ?? []);
  }
  return [...files.values()];
}

async function fetchManifest() {
  const response = await fetch(MANIFEST, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${MANIFEST}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Downloads the files not yet saved with this hash, four at a time, telling
 * every page how far it got. On any failure what was stored stays stored
 * and recorded; only the failed file is missing.
 */
async function download(cache, files, saved) {
  const total = files.reduce((sum, file) => sum + file[1], 0);
  let done = 0;
  const queue = [...files];
  const report = () => broadcast({ type: 'progress', done, total });
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [path, bytes, hash] = next;
      if (saved.files[path] !== hash || !(await cache.match(path))) {
        // 'no-cache': revalidate, so a host's short HTML cache never hands back an older page.
        const response = await fetch(path, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        await cache.put(path, unredirected(response));
        saved.files[path] = hash;
      }
      done += bytes;
      report();
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } finally {
    await writeSaved(cache, saved).catch(() => undefined);
  }
}

async function save(group) {
  const cache = await caches.open(CACHE);
  const manifest = await fetchManifest();
  const saved = (await readSaved()) ?? { version: manifest.version, groups: [], files: {} };
  const groups = [...new Set([...saved.groups, group])];
  await download(cache, filesOf(manifest, groups), saved);
  await writeSaved(cache, { ...saved, version: manifest.version, groups });
}

/** After a deploy: the saved groups, brought up to date. Skipped when the reader asks the browser to save data. */
async function updateSaved() {
  const saved = await readSaved();
  if (!saved || saved.version === OFFLINE.version || self.navigator.connection?.saveData) return;
  const cache = await caches.open(CACHE);
  const manifest = await fetchManifest();
  const groups = saved.groups.filter(
    (group) => group === 'archive' || manifest.documents.some((doc) => doc.id === group),
  );
  const files = filesOf(manifest, groups);
  await download(cache, files, saved);
  const listed = new Set(files.map((file) => file[0]));
  for (const path of Object.keys(saved.files).filter((path) => !listed.has(path))) {
    await cache.delete(path);
    delete saved.files[path];
  }
  await writeSaved(cache, { ...saved, version: manifest.version, groups });
  await broadcast({ type: 'saved', saved: true });
}

async function remove() {
  const saved = await readSaved();
  const cache = await caches.open(CACHE);
  for (const path of Object.keys(saved?.files ?? {})) await cache.delete(path);
  await cache.delete(SAVED);
}

/** Browsers refuse a redirected response for a navigation; keep only its body and headers. */
function unredirected(response) {
  return response.redirected
    ? new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      })
    : response;
}
