import type { Scenario } from '../model';
import { useMeridianStore } from './index';
import type { ScenarioStorage } from './persistenceStorage';

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

  const save = () => {
    timer = undefined;
    const document = useMeridianStore.getState().scenario;
    writes = writes
      .then(() => storage.writeCurrent({ document, savedAt: new Date().toISOString() }))
      .then(() => {
        stored = document;
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
      const document = useMeridianStore.getState().scenario;
      if (document === stored) return;
      storage.writeEmergencyCopy({ document, savedAt: new Date().toISOString() });
      void flush();
    },
    stop: () => {
      unsubscribe();
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
