import { createStore, entries, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { Scenario, ScenarioIssue } from '../model';
import type { SessionRecords } from './persistencePruning';
import { attempt, emergencyCopyKey, emergencyCopyStore, emergencyWorkspaceKey, type EmergencyCopies, type EmergencyStorage } from './persistenceEmergency';
import type { SavedHistory } from './savedHistory';
import { tabSessionId } from './tabSession';

export { emergencyCopyKey, emergencyWorkspaceKey, type EmergencyStorage } from './persistenceEmergency';

/** What autosave writes: the document and when, so a restore can say how old the work is. */
export interface SavedScenarioRecord {
  document: Scenario;
  savedAt: string;
  /** The workspace tab whose document this is (the active one when saved); absent in saves from before tabs. */
  tabId?: string;
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
  /** The tab's undo and redo steps, written against `document` (see `savedHistory`). */
  history?: SavedHistory;
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
  /** The same for the workspace record (tabs opened, closed or switched just before the page went away); false when it could not be kept. */
  writeEmergencyWorkspace(record: SavedWorkspaceRecord): boolean;
  /** Makes each leftover emergency copy (scenario and workspace) the stored value where it is newer, then forgets it. */
  promoteEmergencyCopy(): Promise<void>;
  /** The raw value under the workspace key (all tabs), unvalidated; undefined when none was saved (older builds saved one scenario). */
  readWorkspace(): Promise<unknown>;
  /** Every browser tab's saved workspace, raw: where another tab may have saved a newer revision of a shared scenario. */
  readAllWorkspaces(): Promise<unknown[]>;
  /** This browser tab's id (see `tabSessionId`). */
  readonly session: string;
  writeWorkspace(record: SavedWorkspaceRecord): Promise<void>;
  /** Every browser tab's `current` and workspace records, raw, by session (not those of builds before tabs). */
  readSessionRecords(): Promise<SessionRecords[]>;
  /** Deletes the records of `sessions`, in one transaction. */
  deleteSessionRecords(sessions: readonly string[]): Promise<void>;
  /** Keeps a value that could not be restored under `backupKey`. */
  writeBackup(backupKey: string, backup: ScenarioBackup): Promise<void>;
}

/** Keys of builds before tabs had sessions; read once, when a browser tab has nothing of its own. */
export const currentScenarioKey = 'current';
export const workspaceKey = 'workspace';
export const backupKeyPrefix = 'backup:';

/** `current:s…` / `workspace:s…`: each browser tab saves its own records. */
export const sessionKeyOf = (prefix: string, session: string) => `${prefix}:${session}`;

/** The IndexedDB database and object store Meridian uses. */
export const meridianDatabase = { name: 'meridian', store: 'scenarios' } as const;

/** `QuotaExceededError: …`: the DOMException name is what tells people why (quota, private mode). */
export const describeStorageError = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

const savedAtOf = (value: unknown) =>
  typeof value === 'object' && value !== null && 'savedAt' in value && typeof value.savedAt === 'string' ? value.savedAt : '';

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

  const emergencyScenarios = emergencyCopyStore(emergency, emergencyCopyKey);
  const emergencyWorkspaces = emergencyCopyStore(emergency, emergencyWorkspaceKey);
  /** Stores each copy under `keyOf(its session)` unless what is there is as new, then forgets the copies. */
  const promote = async (copies: EmergencyCopies, keyOf: (session: string) => string) => {
    for (const [copySession, copy] of Object.entries(copies)) {
      const key = keyOf(copySession);
      const stored = await get<unknown>(key, store);
      if (stored === undefined || savedAtOf(copy) > savedAtOf(stored)) await set(key, copy, store);
    }
  };

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
    writeEmergencyCopy: (record) => void emergencyScenarios.keep(session, record),
    writeEmergencyWorkspace: (record) => emergencyWorkspaces.keep(session, record),
    promoteEmergencyCopy: async () => {
      // Every closed tab's copies, not only this one's: a tab closed right after an edit is reopened as a new tab.
      const scenarios = emergencyScenarios.read();
      const workspaces = emergencyWorkspaces.read();
      await promote(scenarios, currentKeyOf);
      await promote(workspaces, workspaceKeyOf);
      emergencyScenarios.forget(Object.keys(scenarios));
      emergencyWorkspaces.forget(Object.keys(workspaces));
    },
    readWorkspace: async () => get<unknown>(workspaceKeyOf(await sourceSession()), store),
    readAllWorkspaces: async () => (await entries<string, unknown>(store)).flatMap(([key, value]) => (typeof key === 'string' && (key === workspaceKey || key.startsWith(`${workspaceKey}:`)) ? [value] : [])),
    writeWorkspace: (record) => set(ownWorkspace, record, store),
    readSessionRecords: async () => {
      const bySession = new Map<string, SessionRecords>();
      for (const [key, value] of await entries<string, unknown>(store)) {
        const prefix = typeof key === 'string' ? [currentScenarioKey, workspaceKey].find((candidate) => key.startsWith(`${candidate}:`)) : undefined;
        if (prefix === undefined) continue;
        const keySession = key.slice(prefix.length + 1);
        const records = bySession.get(keySession) ?? { session: keySession, current: undefined, workspace: undefined };
        bySession.set(keySession, prefix === currentScenarioKey ? { ...records, current: value } : { ...records, workspace: value });
      }
      return [...bySession.values()];
    },
    deleteSessionRecords: (sessions) =>
      store('readwrite', (objectStore) => {
        for (const pruned of sessions) {
          objectStore.delete(sessionKeyOf(currentScenarioKey, pruned));
          objectStore.delete(sessionKeyOf(workspaceKey, pruned));
        }
        return promisifyRequest(objectStore.transaction);
      }),
    writeBackup: (backupKey, backup) => set(backupKey, backup, store),
  };
}
