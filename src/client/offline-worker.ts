/** The one way pages reach the offline service worker (src/client/service-worker.js). */
import { withBase } from '~/lib/urls';

/** Whether the reader's browser asks sites to save data (Chromium's Data Saver / "Lite mode"). */
export const saveDataRequested = (): boolean => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/**
 * Registers the worker at the root of the base path and resolves with it
 * once it is active; undefined where service workers are blocked (by policy
 * or automation, a browser may resolve without a registration).
 */
export async function registerOfflineWorker(): Promise<ServiceWorker | undefined> {
  const registration = await navigator.serviceWorker.register(withBase('sw.js'), { scope: withBase() });
  if (!registration) return undefined;
  return (await navigator.serviceWorker.ready).active ?? undefined;
}
