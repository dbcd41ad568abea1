/** The one way pages reach the offline service worker (src/client/service-worker.js). */

/** Whether the reader's browser asks sites to save data (Chromium's Data Saver / "Lite mode"). */
export const saveDataRequested = (): boolean => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/**
 * Registers the worker at the root of the base path and resolves with it
 * once it is active; undefined where service workers are blocked (by policy
 * or automation, a browser may resolve without a registration).
 */
export async function registerOfflineWorker(): Promise<ServiceWorker | undefined> {
  // Not withBase from src/lib/urls.ts: importing it here made the bundler split urls.ts into a chunk of its own,
  // one more request on every page, for one line.
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  if (!registration) return undefined;
  return (await navigator.serviceWorker.ready).active ?? undefined;
}
