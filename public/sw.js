/* global self, caches, importScripts -- a service worker's globals (this file is not bundled) */
/*
 * Meridian's service worker: after its first load the app works offline (SPEC §5). Hand-written and
 * small on purpose. `precache-manifest.js` (written by the build) lists every file of this version;
 * they are cached on install under a cache named for the version, older versions' caches are
 * dropped on activation, and same-origin GETs are answered from the cache first. Registered only by
 * production builds (src/app/registerServiceWorker.ts); nothing here talks to another origin.
 */
importScripts('./precache-manifest.js');

const { version, urls } = self.meridianPrecache;
const cacheName = `meridian-${version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(urls))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('meridian-') && name !== cacheName).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

async function cacheFirst(request) {
  const cache = await caches.open(cacheName);
  // `ignoreVary`: module scripts are requested with an Origin header, and the server says `Vary: Origin`.
  // Any address inside the app opens the app: a navigation falls back to the cached index.html.
  const cached = (await cache.match(request, { ignoreVary: true })) ?? (request.mode === 'navigate' ? await cache.match('./') : undefined);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(cacheFirst(request));
});
