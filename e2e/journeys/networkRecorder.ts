import type { BrowserContext } from '@playwright/test';

/**
 * Every request the pages, workers and service workers of `context` make, and every websocket they
 * open, from now on: SPEC §5 says the app makes no network request beyond its own origin.
 */
export function recordNetwork(context: BrowserContext): { urls: string[]; offOrigin: (origin: string) => string[] } {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  context.on('page', (page) => page.on('websocket', (socket) => urls.push(socket.url())));
  for (const page of context.pages()) page.on('websocket', (socket) => urls.push(socket.url()));
  const local = (url: string, origin: string) => {
    if (url.startsWith('data:')) return true;
    const parsed = new URL(url);
    // The dev server's hot-reload socket is the same host and port over ws:.
    return parsed.origin === origin || (parsed.protocol === 'ws:' && parsed.host === new URL(origin).host);
  };
  return { urls, offOrigin: (origin) => urls.filter((url) => !local(url, origin)) };
}
