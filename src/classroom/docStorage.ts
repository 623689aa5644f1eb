import * as Y from 'yjs';

/** Where class documents are kept between visits: IndexedDB in the browser, a Map in tests. */
export interface DocStorage {
  get: (key: string) => Promise<Uint8Array | undefined>;
  set: (key: string, value: Uint8Array) => Promise<void>;
  delete: (key: string) => Promise<void>;
}

/** How long edits gather before the document is saved: one write for a burst of updates. */
const saveDelayMs = 250;

/**
 * Local-first class documents: `doc` gets whatever was saved under `key` (merged, as Yjs merges
 * any two states), then every later update is saved, so a reload, a closed lid or a relay restart
 * loses nothing and the relay is re-synced from here when it is back. Returns a stop function
 * that saves what is pending.
 */
export async function keepDocLocally(doc: Y.Doc, storage: DocStorage, key: string): Promise<() => Promise<void>> {
  const saved = await storage.get(key);
  if (saved instanceof Uint8Array) {
    try {
      Y.applyUpdate(doc, saved, 'local-storage');
    } catch {
      // A damaged record is dropped: the relay and the student's workspace still hold the work.
      await storage.delete(key);
    }
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    timer = null;
    return storage.set(key, Y.encodeStateAsUpdate(doc));
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== 'local-storage' && timer === null) timer = setTimeout(() => void save(), saveDelayMs);
  };
  doc.on('update', onUpdate);
  return async () => {
    doc.off('update', onUpdate);
    if (timer !== null) {
      clearTimeout(timer);
      await save();
    }
  };
}

/** A `DocStorage` in memory (tests, and Node clients). */
export function memoryDocStorage(): DocStorage & { entries: Map<string, Uint8Array> } {
  const entries = new Map<string, Uint8Array>();
  return {
    entries,
    get: async (key) => entries.get(key),
    set: async (key, value) => void entries.set(key, value),
    delete: async (key) => void entries.delete(key),
  };
}
