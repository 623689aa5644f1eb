import type { Scenario } from '../model';
import { useMeridianStore } from './index';
import type { SavedScenarioRecord, ScenarioStorage } from './persistenceStorage';

/** Long enough to coalesce a drag or a burst of typing into one write, short enough to lose little. */
export const autosaveDelayMs = 400;

export interface AutosaveCallbacks {
  onSaved: () => void;
  onError: (error: unknown) => void;
}

export interface Autosave {
  /** Writes a pending change now (the page is hidden); resolves when every write has settled. */
  flush: () => Promise<void>;
  /** For `pagehide`: the page may be gone before an IndexedDB write lands, so also keep a synchronous copy. */
  saveBeforeUnload: () => void;
  stop: () => void;
}

/**
 * Saves the store's scenario `delayMs` after the last change. Writes run one after another so an
 * older document can never land after a newer one; a failed write is reported, never thrown.
 */
export function startAutosave(storage: ScenarioStorage, callbacks: AutosaveCallbacks, delayMs = autosaveDelayMs): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writes = Promise.resolve();
  // What storage is known to hold: restore either loaded it or left the example unsaved on purpose.
  let stored: Scenario = useMeridianStore.getState().scenario;

  /** The active document, named by its tab so that restore puts it back in that tab (the workspace record is saved apart). */
  const recordNow = (): SavedScenarioRecord => {
    const { scenario, activeTabId } = useMeridianStore.getState();
    return { document: scenario, savedAt: new Date().toISOString(), tabId: activeTabId };
  };

  const save = () => {
    timer = undefined;
    const record = recordNow();
    writes = writes
      .then(() => storage.writeCurrent(record))
      .then(() => {
        stored = record.document;
        callbacks.onSaved();
      }, callbacks.onError);
    return writes;
  };

  const flush = () => {
    if (timer === undefined) return writes;
    clearTimeout(timer);
    return save();
  };

  const unsubscribe = useMeridianStore.subscribe((state, previous) => {
    if (state.scenario === previous.scenario) return;
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  });

  return {
    flush,
    saveBeforeUnload: () => {
      const record = recordNow();
      if (record.document === stored) return;
      storage.writeEmergencyCopy(record);
      void flush();
    },
    stop: () => {
      unsubscribe();
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
