/**
 * Offline reading, page side: registers the service worker (build-plugins/offline.ts
 * writes it) once the page has loaded, hands it the files this page already
 * loaded so the page opens again offline, shows the offline notice while
 * the browser has no connection, and enables the "Save for offline reading"
 * controls (SaveOffline.astro). Nothing is registered when the browser asks
 * to save data (the control still registers it on request), nor in
 * `astro dev`, which has no service worker.
 */
import { registerOfflineWorker, saveDataRequested } from './offline-worker';
// The control's code is bundled on its own and imported by URL, as search-boot.ts does: this script then
// imports no chunk, and Astro writes it into the page, so a page's load fetches no script file.
import controlUrl from './save-offline.ts?worker&url';

const notice = document.querySelector<HTMLElement>('[data-tx-offline-notice]');
/** The worker marks a page it answered from its cache because the network failed (src/client/service-worker.js). */
const fromCacheOffline = (performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]).some((entry) => entry.serverTiming.some((timing) => timing.name === 'tx-offline'));
const showNotice = (): void => {
  if (notice) notice.hidden = navigator.onLine && !fromCacheOffline;
};
showNotice();
addEventListener('online', showNotice);
addEventListener('offline', showNotice);

// The controls work where a service worker can (a production build, a browser with service workers and caches).
// Their code loads on a reader's first click; once defined, the element handles clicks itself.
if (import.meta.env.PROD && 'serviceWorker' in navigator && 'caches' in window) {
  for (const open of document.querySelectorAll<HTMLButtonElement>('tx-save-offline [data-open]')) {
    open.disabled = false;
    const load = (): void => {
      if (!customElements.get('tx-save-offline')) void import(/* @vite-ignore */ controlUrl).then(() => open.click());
    };
    open.addEventListener('click', load, { once: true });
  }
}

/** The same-origin files this page loaded before any worker controlled it: the page itself and what it fetched. */
function loadedFiles(): string[] {
  const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
  return [location.href, ...resources].filter((href) => new URL(href).origin === location.origin);
}

if (import.meta.env.PROD && 'serviceWorker' in navigator && !saveDataRequested()) {
  const start = (): void => {
    const uncontrolled = !navigator.serviceWorker.controller;
    registerOfflineWorker().then(
      (worker) => {
        if (uncontrolled) worker?.postMessage({ type: 'keep', urls: loadedFiles() });
      },
      (error: unknown) => console.warn('Offline reading is unavailable: the service worker did not register.', error),
    );
  };
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
