import { createStore, entries, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { Scenario, ScenarioIssue } from '../model';
import { tabSessionId } from './tabSession';

/** What autosave writes: the document and when, so a restore can say how old the work is. */
export interface SavedScenarioRecord {
  document: Scenario;
  savedAt: string;
}

/** One tab of a saved workspace: its document, and which shared scenario it is (`docKey`) at which revision. */
export interface SavedTabRecord {
  id: string;
  document: Scenario;
  /** Names the scenario across browser tabs: two tabs showing the same key show the same scenario. */
  docKey?: string;
  /** Names this save of the scenario (see `sharedScenarios`). */
  saveId?: string;
  savedAt?: string;
}

/** What workspace autosave writes: every tab's document in tab order, and which tab was active. */
export interface SavedWorkspaceRecord {
  tabs: SavedTabRecord[];
  activeTabId: string;
  savedAt: string;
}

/** A saved copy that could not be restored, kept rather than overwritten (never delete user data). */
export interface ScenarioBackup {
  keptAt: string;
  issues: ScenarioIssue[];
  /** Exactly what was stored under the current key, untouched. */
  record: unknown;
}

/** Where autosave keeps the scenario; an interface so tests can inject failing or slow storage. */
export interface ScenarioStorage {
  /** The raw value under the current key, unvalidated: it may come from an older or broken build. */
  readCurrent(): Promise<unknown>;
  writeCurrent(record: SavedScenarioRecord): Promise<void>;
  /** Moves the current value to `backupKey` in one transaction, so it is never lost in between. */
  moveCurrentToBackup(backupKey: string, backup: ScenarioBackup): Promise<void>;
  /**
   * Synchronous, best-effort copy for the moment the page goes away: Chromium aborts IndexedDB
   * writes still in flight when a page unloads, so the last edits would otherwise be lost.
   */
  writeEmergencyCopy(record: SavedScenarioRecord): void;
  /** Makes a leftover emergency copy the current value if it is newer, then forgets it. */
  promoteEmergencyCopy(): Promise<void>;
  /** The raw value under the workspace key (all tabs), unvalidated; undefined when none was saved (older builds saved one scenario). */
  readWorkspace(): Promise<unknown>;
  /** Every browser tab's saved workspace, raw: where another tab may have saved a newer revision of a shared scenario. */
  readAllWorkspaces(): Promise<unknown[]>;
  /** This browser tab's id (see `tabSessionId`). */
  readonly session: string;
  writeWorkspace(record: SavedWorkspaceRecord): Promise<void>;
  /** Keeps a value that could not be restored under `backupKey`. */
  writeBackup(backupKey: string, backup: ScenarioBackup): Promise<void>;
}

/** The synchronous part of Web Storage we use; injectable because Node has no localStorage. */
export type EmergencyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Keys of builds before tabs had sessions; read once, when a browser tab has nothing of its own. */
export const currentScenarioKey = 'current';
export const workspaceKey = 'workspace';
export const backupKeyPrefix = 'backup:';
/** In Web Storage: `{ [session]: SavedScenarioRecord }`, the unsaved work of each tab that closed (or a bare record from older builds). */
export const emergencyCopyKey = 'meridian:unsaved-scenario';

/** `current:s…` / `workspace:s…`: each browser tab saves its own records. */
export const sessionKeyOf = (prefix: string, session: string) => `${prefix}:${session}`;

/** The IndexedDB database and object store Meridian uses. */
export const meridianDatabase = { name: 'meridian', store: 'scenarios' } as const;

/** `QuotaExceededError: …`: the DOMException name is what tells people why (quota, private mode). */
export const describeStorageError = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** Even reading `localStorage` throws where storage is blocked (sandboxed frames, cookie settings). */
function attempt<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}

const savedAtOf = (value: unknown) =>
  typeof value === 'object' && value !== null && 'savedAt' in value && typeof value.savedAt === 'string' ? value.savedAt : '';

type EmergencyCopies = Record<string, unknown>;

/** The emergency copies by session; a bare record left by an older build belongs to the old keys (session ''). */
function emergencyCopiesIn(text: string | null | undefined): EmergencyCopies {
  if (text === undefined || text === null) return {};
  // Text that is not JSON has no date: it wins only over nothing, then restore keeps it as a corrupt copy.
  const parsed: unknown = attempt(() => JSON.parse(text)) ?? text;
  if (typeof parsed === 'object' && parsed !== null && 'bySession' in parsed && typeof parsed.bySession === 'object' && parsed.bySession !== null) return { ...(parsed.bySession as EmergencyCopies) };
  return { '': parsed };
}

/**
 * Scenario storage over an idb-keyval store and Web Storage (the browser's unless a test passes others),
 * for the browser tab `session`. A tab with nothing saved of its own yet (a new tab, or the first
 * start after an update) starts from the tab that saved last, or from the keys of older builds.
 */
export function createScenarioStorage(
  store: UseStore = createStore(meridianDatabase.name, meridianDatabase.store),
  emergency: EmergencyStorage | undefined = attempt(() => globalThis.localStorage),
  session: string = tabSessionId(),
): ScenarioStorage {
  const ownCurrent = sessionKeyOf(currentScenarioKey, session);
  const ownWorkspace = sessionKeyOf(workspaceKey, session);
  const currentKeyOf = (source: string) => (source === '' ? currentScenarioKey : sessionKeyOf(currentScenarioKey, source));
  const workspaceKeyOf = (source: string) => (source === '' ? workspaceKey : sessionKeyOf(workspaceKey, source));

  /** The session whose records this tab starts from: its own, else the one saved last, else the old keys (''). */
  const sourceSession = async () => {
    let latest = { session: '', savedAt: '' };
    for (const [key, value] of await entries<string, unknown>(store)) {
      const prefix = [currentScenarioKey, workspaceKey].find((candidate) => typeof key === 'string' && key.startsWith(`${candidate}:`));
      if (prefix === undefined) continue;
      const keySession = key.slice(prefix.length + 1);
      if (keySession === session) return session;
      if (savedAtOf(value) > latest.savedAt) latest = { session: keySession, savedAt: savedAtOf(value) };
    }
    return latest.session;
  };

  const readEmergency = () => emergencyCopiesIn(attempt(() => emergency?.getItem(emergencyCopyKey)));
  const writeEmergency = (copies: EmergencyCopies) =>
    attempt(() => (Object.keys(copies).length === 0 ? emergency?.removeItem(emergencyCopyKey) : emergency?.setItem(emergencyCopyKey, JSON.stringify({ bySession: copies }))));

  return {
    session,
    readCurrent: async () => get<unknown>(currentKeyOf(await sourceSession()), store),
    writeCurrent: (record) =>
      store('readwrite', (objectStore) => {
        objectStore.put(record, ownCurrent);
        // Ask for the commit now rather than when the event loop idles: sooner on disk.
        objectStore.transaction.commit();
        return promisifyRequest(objectStore.transaction);
      }),
    moveCurrentToBackup: async (backupKey, backup) => {
      const key = currentKeyOf(await sourceSession());
      return store('readwrite', (objectStore) => {
        objectStore.put(backup, backupKey);
        objectStore.delete(key);
        return promisifyRequest(objectStore.transaction);
      });
    },
    writeEmergencyCopy: (record) => writeEmergency({ ...readEmergency(), [session]: record }),
    promoteEmergencyCopy: async () => {
      // Every closed tab's copy, not only this one's: a tab closed right after an edit is reopened as a new tab.
      const copies = readEmergency();
      for (const [copySession, copy] of Object.entries(copies)) {
        const key = currentKeyOf(copySession);
        const current = await get<unknown>(key, store);
        if (current === undefined || savedAtOf(copy) > savedAtOf(current)) await set(key, copy, store);
      }
      const left = readEmergency();
      for (const copySession of Object.keys(copies)) delete left[copySession];
      writeEmergency(left);
    },
    readWorkspace: async () => get<unknown>(workspaceKeyOf(await sourceSession()), store),
    readAllWorkspaces: async () => (await entries<string, unknown>(store)).flatMap(([key, value]) => (typeof key === 'string' && (key === workspaceKey || key.startsWith(`${workspaceKey}:`)) ? [value] : [])),
    writeWorkspace: (record) => set(ownWorkspace, record, store),
    writeBackup: (backupKey, backup) => set(backupKey, backup, store),
  };
}
