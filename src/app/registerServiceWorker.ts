/**
 * Registers the offline service worker (public/sw.js) in production builds only: in development it
 * would serve stale modules over Vite's hot reload. `updateViaCache: 'none'` makes the browser check
 * the worker and its precache manifest on every load, so a new build is picked up.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { updateViaCache: 'none' }).catch((error: unknown) => {
      console.warn('Meridian: offline support is unavailable', error);
    });
  });
}
