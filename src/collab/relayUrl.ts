/** The relay's websocket path on the app's own origin (the classroom server, or `npm start`'s proxy). */
export const relayPath = '/relay';

/** The relay's websocket address for a page at `location` (ws: beside http:, wss: beside https:). */
export function relayUrlFor(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${relayPath}`;
}

/** Where `npx meridian classroom` (or `relay`) listens unless told otherwise; `npm start` proxies /relay to it. */
export const defaultRelayPort = 5199;
