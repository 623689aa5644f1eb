/** Where a browser tab keeps its session id: sessionStorage lives as long as the tab, across reloads. */
const sessionKey = 'meridian:session';

let fallbackSession: string | undefined;

const newSessionId = () => `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/**
 * This browser tab's id: the same after a reload, another in every other tab. Each tab keeps its own
 * workspace under it (which scenarios are open, which is active) while the scenarios themselves are
 * shared between tabs. Where sessionStorage is blocked, one id for the page's life.
 */
export function tabSessionId(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = attemptSessionStorage()): string {
  try {
    const existing = storage?.getItem(sessionKey);
    if (existing) return existing;
    const created = newSessionId();
    storage?.setItem(sessionKey, created);
    if (storage) return created;
  } catch {
    // Blocked storage: fall through to one id for this page.
  }
  fallbackSession ??= newSessionId();
  return fallbackSession;
}

function attemptSessionStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}
