import 'fake-indexeddb/auto';
import { createStore, entries, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createExampleScenario, type Scenario } from '../model';
import { useMeridianStore } from './index';
import { startPersistence, type PersistenceSession } from './persistence';
import { autosaveDelayMs } from './persistenceAutosave';
import { useFileNotices } from './persistenceNotices';
import { restoreScenario, restoreTimeoutMs } from './persistenceRestore';
import { usePersistenceStatus } from './persistenceStatus';
import {
  createScenarioStorage,
  currentScenarioKey,
  emergencyCopyKey,
  type ScenarioStorage,
} from './persistenceStorage';
import { memoryStorage } from './test/memoryStorage';

let databaseNumber = 0;
let session: PersistenceSession | undefined;

/** A fresh database per test, and a second handle on it to look at what was really stored. */
function freshDatabase() {
  const store = createStore(`meridian-test-${++databaseNumber}`, 'scenarios');
  const emergency = memoryStorage();
  return { store, emergency, storage: createScenarioStorage(store, emergency) };
}

const named = (name: string): Scenario => ({ ...createExampleScenario(), name });
/** Autosave's and restore's clocks on a fake timer, so a test says when time passes; IndexedDB (setImmediate) stays real. */
const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
const start = async (storage: ScenarioStorage) => (session = await startPersistence(storage));

beforeEach(() => {
  useMeridianStore.getState().loadScenario(createExampleScenario(), { recordUndo: false });
  useFileNotices.setState({ notices: [] });
  usePersistenceStatus.setState({ phase: 'restoring' });
});

afterEach(() => {
  session?.stop();
  vi.useRealTimers();
});

describe('restore on start', () => {
  it('keeps the example and says nothing when nothing was saved', async () => {
    const { storage } = freshDatabase();
    const { outcome } = await start(storage);
    expect(outcome).toEqual({ kind: 'empty' });
    expect(useMeridianStore.getState().scenario.name).toBe(createExampleScenario().name);
    expect(useFileNotices.getState().notices).toEqual([]);
    expect(usePersistenceStatus.getState().phase).toBe('ready');
  });

  it('restores what autosave wrote, with the time it was saved', async () => {
    const { storage } = freshDatabase();
    await start(storage);
    useMeridianStore.getState().loadScenario(named('Checkout, two regions'));
    await session?.flush();
    session?.stop();

    useMeridianStore.getState().loadScenario(createExampleScenario(), { recordUndo: false });
    const { outcome } = await start(storage);
    expect(outcome.kind).toBe('restored');
    expect(outcome.kind === 'restored' && Number.isNaN(Date.parse(outcome.savedAt ?? ''))).toBe(false);
    expect(useMeridianStore.getState().scenario.name).toBe('Checkout, two regions');
  });

  it('keeps a corrupt save under a backup key, shows the example and names the problem', async () => {
    const { store, storage } = freshDatabase();
    const broken = createExampleScenario();
    broken.components[2] = { ...broken.components[2], instances: 0 } as Scenario['components'][number];
    await storage.writeCurrent({ document: broken, savedAt: '2025-01-01T00:00:00.000Z' });

    const { outcome } = await start(storage);
    expect(outcome.kind).toBe('corrupt');
    expect(useMeridianStore.getState().scenario).toEqual(createExampleScenario());

    const stored = new Map(await entries<string, unknown>(store));
    expect(stored.has(currentScenarioKey)).toBe(false);
    const backupKey = outcome.kind === 'corrupt' ? outcome.backupKey : '';
    expect(stored.get(backupKey)).toMatchObject({ record: { document: broken, savedAt: '2025-01-01T00:00:00.000Z' } });

    const [notice] = useFileNotices.getState().notices;
    expect(notice?.title).toContain(backupKey);
    expect(notice?.details.join('\n')).toContain('components[2].instances: must be ≥ 1');
  });

  it('treats a value that is not a saved record at all as corrupt, and keeps it', async () => {
    const { store, storage } = freshDatabase();
    await set(currentScenarioKey, 'garbage', store);
    const { outcome } = await start(storage);
    expect(outcome).toMatchObject({ kind: 'corrupt', issues: [{ path: '(document)' }] });
    expect((await entries(store)).map(([, value]) => value)).toEqual([expect.objectContaining({ record: 'garbage' })]);
  });

  it('pauses autosave when storage cannot be read, so nothing unknown is overwritten', async () => {
    let writes = 0;
    const storage: ScenarioStorage = {
      ...freshDatabase().storage,
      readCurrent: () => Promise.reject(new DOMException('The user denied permission', 'InvalidStateError')),
      writeCurrent: async () => void writes++,
    };
    const { outcome } = await start(storage);
    expect(outcome).toMatchObject({ kind: 'storageFailed', reason: 'InvalidStateError: The user denied permission' });
    useMeridianStore.getState().loadScenario(named('Edited'));
    await session?.flush();
    expect(writes).toBe(0);
    expect(useFileNotices.getState().notices[0]?.title).toContain('Changes will not be saved automatically');
  });

  it('gives up on storage that never answers instead of hanging the start', async () => {
    fakeClock();
    const silent: ScenarioStorage = { ...freshDatabase().storage, readCurrent: () => new Promise(() => {}) };
    const restoring = restoreScenario(silent);
    await vi.advanceTimersByTimeAsync(restoreTimeoutMs);
    expect(await restoring).toMatchObject({ kind: 'storageFailed', reason: expect.stringContaining('did not answer') });
  });
});

describe('autosave', () => {
  it('does not write before the restore decision, so the example never replaces saved work', async () => {
    const { storage } = freshDatabase();
    await storage.writeCurrent({ document: named('Saved work'), savedAt: '2025-01-01T00:00:00.000Z' });
    let releaseRead = () => {};
    const slowStorage: ScenarioStorage = {
      ...storage,
      readCurrent: () => new Promise((resolve) => (releaseRead = () => resolve(storage.readCurrent()))),
    };
    fakeClock();
    const starting = startPersistence(slowStorage);
    useMeridianStore.getState().loadScenario(named('Edited before restore'));
    // Any autosave delay has run out long before restore itself would give up.
    await vi.advanceTimersByTimeAsync(restoreTimeoutMs - 1);
    expect(await storage.readCurrent()).toMatchObject({ document: { name: 'Saved work' } });
    expect(usePersistenceStatus.getState().phase).toBe('restoring');

    releaseRead();
    session = await starting;
    expect(useMeridianStore.getState().scenario.name).toBe('Saved work');
  });

  it('coalesces a burst of changes into one write of the latest document, the delay after the last change', async () => {
    fakeClock();
    const { storage } = freshDatabase();
    const written: string[] = [];
    await start({ ...storage, writeCurrent: async (record) => void written.push(record.document.name) });
    for (const name of ['One', 'Two', 'Three']) {
      useMeridianStore.getState().loadScenario(named(name));
      await vi.advanceTimersByTimeAsync(autosaveDelayMs - 1);
    }
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await session?.flush();
    expect(written).toEqual(['Three']);
  });

  it('reports a failed save as a notice without throwing, and clears it once saving works again', async () => {
    const { storage } = freshDatabase();
    let full = true;
    await start({
      ...storage,
      writeCurrent: (record) => (full ? Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')) : storage.writeCurrent(record)),
    });
    useMeridianStore.getState().loadScenario(named('Big design'));
    await session?.flush();
    const notices = () => useFileNotices.getState().notices;
    expect(notices()).toMatchObject([{ tone: 'error', title: expect.stringContaining('QuotaExceededError: Quota exceeded') }]);

    full = false;
    useMeridianStore.getState().loadScenario(named('Smaller design'));
    await session?.flush();
    expect(notices()).toEqual([]);
    expect(await storage.readCurrent()).toMatchObject({ document: { name: 'Smaller design' } });
  });
});

describe('closing the page', () => {
  const abortedWrites = (storage: ScenarioStorage): ScenarioStorage => ({
    ...storage,
    writeCurrent: () => Promise.reject(new DOMException('The transaction was aborted', 'AbortError')),
  });

  it('keeps a synchronous copy of unsaved work, which the next start restores into IndexedDB', async () => {
    const { storage, emergency } = freshDatabase();
    await start(abortedWrites(storage));
    useMeridianStore.getState().loadScenario(named('Edited just before closing'));
    session?.saveBeforeUnload();
    session?.stop();
    expect(emergency.items.has(emergencyCopyKey)).toBe(true);

    useMeridianStore.getState().loadScenario(createExampleScenario(), { recordUndo: false });
    const { outcome } = await start(storage);
    expect(outcome.kind).toBe('restored');
    expect(useMeridianStore.getState().scenario.name).toBe('Edited just before closing');
    expect(await storage.readCurrent()).toMatchObject({ document: { name: 'Edited just before closing' } });
    expect(emergency.items.has(emergencyCopyKey)).toBe(false);
  });

  it('writes no copy when everything is already saved', async () => {
    const { storage, emergency } = freshDatabase();
    await start(storage);
    useMeridianStore.getState().loadScenario(named('Saved in time'));
    await session?.flush();
    session?.saveBeforeUnload();
    expect(emergency.items.size).toBe(0);
  });

  it('ignores a copy older than what IndexedDB holds, e.g. from another tab', async () => {
    const { storage, emergency } = freshDatabase();
    emergency.setItem(emergencyCopyKey, JSON.stringify({ document: named('Older tab'), savedAt: '2025-01-01T00:00:00.000Z' }));
    await storage.writeCurrent({ document: named('Newer tab'), savedAt: '2025-01-02T00:00:00.000Z' });
    await start(storage);
    expect(useMeridianStore.getState().scenario.name).toBe('Newer tab');
    expect(emergency.items.size).toBe(0);
  });
});
