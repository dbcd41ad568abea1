/**
 * Offline reading: registers the service worker (build-plugins/offline.ts writes it)
 * once the page has loaded, so its precache never competes with the first
 * visit, and tells the reader when a newer version of the site has been
 * downloaded, offering to switch to it. Skipped when the browser asks to
 * save data, and in `astro dev`, which has no service worker to register.
 */
const notice = document.querySelector<HTMLElement>('[data-tx-update]');

/** Shows the notice for a worker that waits to take over; its button switches to it. */
function offerUpdate(worker: ServiceWorker): void {
  if (!notice) return;
  notice.hidden = false;
  notice.querySelector('button')?.addEventListener(
    'click',
    () => {
      // Reload only once the new worker controls the page, so the page comes from the new version.
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
      worker.postMessage('SKIP_WAITING');
    },
    { once: true },
  );
}

/** A worker is an update, not the first install, when another one already controls the page. */
function watch(registration: ServiceWorkerRegistration | undefined): void {
  // A browser whose service workers are blocked (by policy or automation) may resolve without a registration.
  if (!registration) return;
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
    });
  });
}

const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
if (import.meta.env.PROD && 'serviceWorker' in navigator && !saveData) {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const register = (): void => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(watch, (error: unknown) => {
      console.warn('Offline reading is unavailable: the service worker did not register.', error);
    });
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
