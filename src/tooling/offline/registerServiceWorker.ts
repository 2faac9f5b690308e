/** The service worker's file in the build's root (written by serviceWorkerPlugin.ts). */
export const SERVICE_WORKER_FILE = 'service-worker.js';

/**
 * Registers the offline service worker once the page has loaded, so its precaching never competes
 * with the first visit. Offline use is an enhancement: a browser that refuses it only says so on the console.
 */
export function registerServiceWorker(): void {
  const register = async () => {
    try {
      if (!('serviceWorker' in navigator)) return;
      await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}${SERVICE_WORKER_FILE}`);
    } catch (error) {
      console.warn('Offline use is unavailable in this browser:', error);
    }
  };
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
