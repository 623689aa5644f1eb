import 'fake-indexeddb/auto';
import { createStore, get } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateElementCommand } from '../commands';
import { createExampleScenario, type Scenario } from '../model';
import { useMeridianStore } from './index';
import { startPersistence, type PersistenceSession } from './persistence';
import { useFileNotices } from './persistenceNotices';
import { createScenarioStorage, sessionKeyOf, workspaceKey, type SavedWorkspaceRecord, type ScenarioStorage } from './persistenceStorage';
import { saveHistory } from './savedHistory';
import { memoryStorage } from './test/memoryStorage';

let databaseNumber = 0;
let session: PersistenceSession | undefined;
const store = useMeridianStore;
const named = (name: string): Scenario => ({ ...createExampleScenario(), id: name.toLowerCase().replace(/\W+/g, '-'), name });
const names = () => store.getState().tabs.map((tab) => store.getState().documentOf(tab.id)?.name);

function freshDatabase() {
  const idb = createStore(`meridian-workspace-test-${++databaseNumber}`, 'scenarios');
  return { idb, storage: createScenarioStorage(idb, memoryStorage()) };
}

/** IndexedDB writes that Chromium aborts because the page is going away. */
const abortedWrites = (storage: ScenarioStorage): ScenarioStorage => {
  const aborted = () => Promise.reject(new DOMException('The transaction was aborted', 'AbortError'));
  return { ...storage, writeCurrent: aborted, writeWorkspace: aborted };
};

/** The page goes away (pagehide) and the same browser tab opens the app again. */
async function reload(storage: ScenarioStorage) {
  session?.saveBeforeUnload();
  session?.stop();
  store.setState(store.getInitialState(), true);
  session = await startPersistence(storage);
}

const setInstances = (instances: number) => store.getState().dispatch(updateElementCommand, { id: 'app-a', patch: { instances } });
const instances = () => store.getState().scenario.components.find((c) => c.id === 'app-a');

const tab = (id: string, document: Scenario) => ({ id, document, docKey: `d-${id}`, saveId: `v-${id}`, savedAt: '2026-01-01T00:00:00.000Z' });

beforeEach(() => {
  store.setState(store.getInitialState(), true);
  useFileNotices.setState({ notices: [] });
});
afterEach(() => session?.stop());

describe('workspace persistence', () => {
  it('a save from before tabs (one scenario, no workspace) restores into a one-tab workspace', async () => {
    const { storage } = freshDatabase();
    await storage.writeCurrent({ document: named('Old single save'), savedAt: '2026-01-01T00:00:00.000Z' });
    session = await startPersistence(storage);
    expect(names()).toEqual(['Old single save']);
    expect(store.getState().activeTabId).toBe('tab-1');
  });

  it('saves every tab and reopens them, the active one as it was last autosaved', async () => {
    const { idb, storage } = freshDatabase();
    session = await startPersistence(storage);
    store.getState().openScenarios([named('Monolith'), named('Services')]);
    store.getState().renameTab('tab-2', 'Monolith, renamed');
    await session.flush();
    session.stop();
    const record = await get<SavedWorkspaceRecord>(sessionKeyOf(workspaceKey, storage.session), idb);
    expect(record?.tabs.map((tab) => tab.id)).toEqual(['tab-1', 'tab-2', 'tab-3']);
    expect(record?.activeTabId).toBe('tab-2');

    store.setState(store.getInitialState(), true);
    session = await startPersistence(storage);
    expect(names()).toEqual(['Three-tier web app, two zones', 'Monolith, renamed', 'Services']);
    expect(store.getState().activeTabId).toBe('tab-2');
    // The rename is the tab's one undo step, saved with it.
    store.getState().undo();
    expect(store.getState().scenario.name).toBe('Monolith');
    expect(store.getState().past).toEqual([]);
  });

  it('reopens the active tab as its freshest save (current, flushed on pagehide), not an older workspace record', async () => {
    const { storage } = freshDatabase();
    session = await startPersistence(storage);
    store.getState().openScenarios([named('Monolith')]);
    await session.flush();
    session.stop();
    const active = store.getState().activeTabId;
    const edited = { ...store.getState().documentOf(active)!, name: 'Monolith, edited just before closing' };
    await storage.writeCurrent({ document: edited, savedAt: new Date(Date.now() + 60_000).toISOString() });

    store.setState(store.getInitialState(), true);
    session = await startPersistence(storage);
    expect(store.getState().documentOf(store.getState().activeTabId)?.name).toBe('Monolith, edited just before closing');
  });

  // The two-tab conflict bug: a reload right after switching tabs put the active tab's document into
  // the tab the (older) workspace record called active, replacing the conflict copy held there.
  it('puts current back in the tab it was saved from, not in the tab an older workspace record calls active', async () => {
    const { storage } = freshDatabase();
    await storage.writeWorkspace({ tabs: [tab('tab-1', named('Shop')), tab('tab-2', named('Shop (conflict, this tab)'))], activeTabId: 'tab-2', savedAt: '2026-01-01T00:00:00.000Z' });
    await storage.writeCurrent({ document: named('Shop, edited'), savedAt: '2026-01-01T00:00:01.000Z', tabId: 'tab-1' });
    session = await startPersistence(storage);
    expect(names()).toEqual(['Shop, edited', 'Shop (conflict, this tab)']);
    expect(store.getState().activeTabId).toBe('tab-1');
  });

  it('keeps a workspace record newer than current, with its active tab', async () => {
    const { storage } = freshDatabase();
    await storage.writeCurrent({ document: named('Shop, older'), savedAt: '2026-01-01T00:00:00.000Z', tabId: 'tab-1' });
    await storage.writeWorkspace({ tabs: [tab('tab-1', named('Shop')), tab('tab-2', named('Services'))], activeTabId: 'tab-2', savedAt: '2026-01-01T00:00:01.000Z' });
    session = await startPersistence(storage);
    expect(names()).toEqual(['Shop', 'Services']);
    expect(store.getState().activeTabId).toBe('tab-2');
  });

  it('opens current at the end when its tab is missing from the workspace record', async () => {
    const { storage } = freshDatabase();
    await storage.writeWorkspace({ tabs: [tab('tab-1', named('Shop'))], activeTabId: 'tab-1', savedAt: '2026-01-01T00:00:00.000Z' });
    await storage.writeCurrent({ document: named('New design'), savedAt: '2026-01-01T00:00:01.000Z', tabId: 'tab-2' });
    session = await startPersistence(storage);
    expect(names()).toEqual(['Shop', 'New design']);
    expect(store.getState().activeTabId).toBe('tab-2');
  });

  it('a tab switched to just before a reload whose writes were aborted reopens as it was, every tab in place', async () => {
    const { storage } = freshDatabase();
    session = await startPersistence(storage);
    store.getState().openScenarios([named('Shop (conflict, this tab)')]);
    await session.flush();
    session.stop();
    session = await startPersistence(abortedWrites(storage));
    store.getState().switchTab('tab-1');
    await reload(storage);
    expect(names()).toEqual(['Three-tier web app, two zones', 'Shop (conflict, this tab)']);
    expect(store.getState().activeTabId).toBe('tab-1');
  });

  it('a tab opened just before a reload whose writes were aborted is kept (the workspace has a pagehide copy too)', async () => {
    const { storage } = freshDatabase();
    session = await startPersistence(abortedWrites(storage));
    store.getState().openScenarios([named('Shop (conflict, this tab)')]);
    store.getState().switchTab('tab-1');
    await reload(storage);
    expect(names()).toEqual(['Three-tier web app, two zones', 'Shop (conflict, this tab)']);
    expect(store.getState().activeTabId).toBe('tab-1');
  });

  it('keeps each tab’s undo and redo history across a reload', async () => {
    const { storage } = freshDatabase();
    session = await startPersistence(storage);
    setInstances(4);
    setInstances(6);
    store.getState().undo();
    store.getState().openScenarios([named('Other')]);
    store.getState().renameTab('tab-2', 'Other, renamed');
    store.getState().switchTab('tab-1');
    await session.flush();
    session.stop();

    store.setState(store.getInitialState(), true);
    session = await startPersistence(storage);
    expect(instances()).toMatchObject({ instances: 4 });
    store.getState().redo();
    expect(instances()).toMatchObject({ instances: 6 });
    store.getState().undo();
    store.getState().undo();
    expect(instances()).toMatchObject({ instances: 3 });
    expect(store.getState().past).toEqual([]);
    store.getState().switchTab('tab-2');
    store.getState().undo();
    expect(store.getState().scenario.name).toBe('Other');
  });

  it('keeps the history of edits made just before a reload whose writes were aborted', async () => {
    const { storage } = freshDatabase();
    session = await startPersistence(abortedWrites(storage));
    setInstances(4);
    setInstances(6);
    await reload(storage);
    store.getState().undo();
    store.getState().undo();
    expect(instances()).toMatchObject({ instances: 3 });
  });

  it('makes edits newer than the saved history one more undo step, and drops the redo steps they replaced', async () => {
    const { storage } = freshDatabase();
    const saved = named('Shop');
    await storage.writeWorkspace({ tabs: [{ ...tab('tab-1', saved), history: saveHistory({ past: [named('Shop, first')], future: [named('Shop, undone')] }, saved) }], activeTabId: 'tab-1', savedAt: '2026-01-01T00:00:00.000Z' });
    await storage.writeCurrent({ document: named('Shop, edited later'), savedAt: '2026-01-01T00:00:01.000Z', tabId: 'tab-1' });
    session = await startPersistence(storage);
    expect(store.getState().future).toEqual([]);
    expect(store.getState().past.map((step) => step.name)).toEqual(['Shop, first', 'Shop']);
  });

  it('drops a damaged or invalid history and keeps the document', async () => {
    const { storage } = freshDatabase();
    const damaged = [{ past: ['garbage'], future: [] }, { past: [{ f: { workload: { v: { requestsPerSecond: -5 } } } }], future: [] }, 'garbage'];
    await storage.writeWorkspace({ tabs: damaged.map((history, i) => ({ ...tab(`tab-${i + 1}`, named(`Shop ${i + 1}`)), history })), activeTabId: 'tab-1', savedAt: '2026-01-01T00:00:00.000Z' } as unknown as SavedWorkspaceRecord);
    session = await startPersistence(storage);
    expect(names()).toEqual(['Shop 1', 'Shop 2', 'Shop 3']);
    expect(store.getState().past).toEqual([]);
    expect(store.getState().backgroundHistories).toEqual({});
    expect(useFileNotices.getState().notices).toEqual([]);
  });

  it('leaves out a tab that no longer parses, keeps the whole record under a backup key, and says so', async () => {
    const { idb, storage } = freshDatabase();
    const broken = { ...named('Broken'), workload: { requestsPerSecond: -5 } };
    const record = { tabs: [{ id: 'tab-1', document: named('Good') }, { id: 'tab-2', document: broken }], activeTabId: 'tab-1', savedAt: '2026-01-01T00:00:00.000Z' };
    await storage.writeWorkspace(record as unknown as SavedWorkspaceRecord);
    session = await startPersistence(storage);
    expect(names()).toEqual(['Good']);
    const [notice] = useFileNotices.getState().notices;
    expect(notice?.title).toMatch(/^1 saved tab\(s\) could not be opened and were left out\. A copy of all tabs was kept in this browser under "backup:workspace:/);
    const backupKey = /"(backup:workspace:[^"]+)"/.exec(notice?.title ?? '')?.[1] ?? '';
    expect(await get(backupKey, idb)).toMatchObject({ record });
  });
});
