import { create } from 'zustand';

/** `restoring` until the saved work has been read and loaded (or found missing or broken). */
export type PersistencePhase = 'restoring' | 'ready';

interface PersistenceStatusState {
  phase: PersistencePhase;
}

/**
 * Whether the app may show the scenario yet: before the restore decision the store still holds the
 * built-in example, and an edit made then would be replaced by the restored work.
 */
export const usePersistenceStatus = create<PersistenceStatusState>()(() => ({ phase: 'restoring' }));

export const markPersistenceReady = () => usePersistenceStatus.setState({ phase: 'ready' });
