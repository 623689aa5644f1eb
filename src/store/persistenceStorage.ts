import { createStore, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { Scenario, ScenarioIssue } from '../model';

/** What autosave writes: the document and when, so a restore can say how old the work is. */
export interface SavedScenarioRecord {
  document: Scenario;
  savedAt: string;
}

/** What workspace autosave writes: every tab's document in tab order, and which tab was active. */
export interface SavedWorkspaceRecord {
  tabs: Array<{ id: string; document: Scenario }>;
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
  writeWorkspace(record: SavedWorkspaceRecord): Promise<void>;
  /** Keeps a value that could not be restored under `backupKey`. */
  writeBackup(backupKey: string, backup: ScenarioBackup): Promise<void>;
}

/** The synchronous part of Web Storage we use; injectable because Node has no localStorage. */
export type EmergencyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const currentScenarioKey = 'current';
export const workspaceKey = 'workspace';
export const backupKeyPrefix = 'backup:';
export const emergencyCopyKey = 'meridian:unsaved-scenario';

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

/** Scenario storage over an idb-keyval store and Web Storage (the browser's unless a test passes others). */
export function createScenarioStorage(
  store: UseStore = createStore(meridianDatabase.name, meridianDatabase.store),
  emergency: EmergencyStorage | undefined = attempt(() => globalThis.localStorage),
): ScenarioStorage {
  return {
    readCurrent: () => get<unknown>(currentScenarioKey, store),
    writeCurrent: (record) =>
      store('readwrite', (objectStore) => {
        objectStore.put(record, currentScenarioKey);
        // Ask for the commit now rather than when the event loop idles: sooner on disk.
        objectStore.transaction.commit();
        return promisifyRequest(objectStore.transaction);
      }),
    moveCurrentToBackup: (backupKey, backup) =>
      store('readwrite', (objectStore) => {
        objectStore.put(backup, backupKey);
        objectStore.delete(currentScenarioKey);
        return promisifyRequest(objectStore.transaction);
      }),
    writeEmergencyCopy: (record) => attempt(() => emergency?.setItem(emergencyCopyKey, JSON.stringify(record))),
    promoteEmergencyCopy: async () => {
      const text = attempt(() => emergency?.getItem(emergencyCopyKey));
      if (text === undefined || text === null) return;
      // Text that is not JSON has no date: it wins only over nothing, then restore keeps it as a corrupt copy.
      const copy: unknown = attempt(() => JSON.parse(text)) ?? text;
      const current = await get<unknown>(currentScenarioKey, store);
      if (current === undefined || savedAtOf(copy) > savedAtOf(current)) await set(currentScenarioKey, copy, store);
      attempt(() => emergency?.removeItem(emergencyCopyKey));
    },
    readWorkspace: () => get<unknown>(workspaceKey, store),
    writeWorkspace: (record) => set(workspaceKey, record, store),
    writeBackup: (backupKey, backup) => set(backupKey, backup, store),
  };
}
