import { parseScenario, type Scenario } from '../model';
import { autosaveDelayMs } from './persistenceAutosave';
import type { FileNoticeInput } from './persistenceNotices';
import { backupKeyPrefix, type ScenarioStorage } from './persistenceStorage';
import { useMeridianStore, type MeridianState } from './index';

const tabIdPattern = /^tab-\d+$/;

interface RawTab {
  id: string;
  document: unknown;
}

function rawTabs(raw: unknown): { tabs: RawTab[]; activeTabId: string } | null {
  if (typeof raw !== 'object' || raw === null || !('tabs' in raw) || !Array.isArray(raw.tabs)) return null;
  const tabs = (raw.tabs as unknown[]).filter((tab): tab is RawTab => typeof tab === 'object' && tab !== null && 'id' in tab && typeof tab.id === 'string' && tabIdPattern.test(tab.id) && 'document' in tab);
  const activeTabId = 'activeTabId' in raw && typeof raw.activeTabId === 'string' ? raw.activeTabId : '';
  return { tabs, activeTabId };
}

/**
 * Reopens the saved tabs, each document through `parseScenario`. The active tab shows `current` — the
 * scenario autosave and the emergency copy kept freshest — when it was restored. Without a workspace
 * record (a save from before tabs) the store keeps its one tab with the restored scenario. Tabs that
 * no longer parse are left out, and the whole record is kept under a backup key first; the notice says so.
 */
export async function restoreSavedWorkspace(storage: ScenarioStorage, current: Scenario | null): Promise<FileNoticeInput | null> {
  let raw: unknown;
  try {
    raw = await storage.readWorkspace();
  } catch {
    return null;
  }
  const saved = rawTabs(raw);
  if (!saved) return null;
  const entries = saved.tabs.flatMap(({ id, document }) => {
    if (id === saved.activeTabId && current) return [{ tab: { id }, document: current }];
    const parsed = parseScenario(document);
    return parsed.ok ? [{ tab: { id }, document: parsed.scenario }] : [];
  });
  if (entries.length === 0) return null;
  useMeridianStore.getState().restoreWorkspace(entries, saved.activeTabId);
  const lost = saved.tabs.length - entries.length;
  if (lost === 0) return null;
  const keptAt = new Date().toISOString();
  const backupKey = `${backupKeyPrefix}workspace:${keptAt}`;
  await storage.writeBackup(backupKey, { keptAt, issues: [], record: raw }).catch(() => {});
  return { id: 'restore-workspace', tone: 'warning', title: `${lost} saved tab(s) could not be opened and were left out. A copy of all tabs was kept in this browser under "${backupKey}".` };
}

const workspaceOf = (state: MeridianState) => ({
  tabs: state.tabs.flatMap((tab) => {
    const document = state.documentOf(tab.id);
    return document ? [{ id: tab.id, document }] : [];
  }),
  activeTabId: state.activeTabId,
});

/** Saves every tab `delayMs` after the tabs or any of their documents last changed; writes run one after another. */
export function startWorkspaceAutosave(storage: ScenarioStorage, onError: (error: unknown) => void, delayMs = autosaveDelayMs): { flush: () => Promise<void>; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writes = Promise.resolve();
  const save = () => {
    timer = undefined;
    const record = { ...workspaceOf(useMeridianStore.getState()), savedAt: new Date().toISOString() };
    writes = writes.then(() => storage.writeWorkspace(record)).catch(onError);
    return writes;
  };
  const unsubscribe = useMeridianStore.subscribe((state, previous) => {
    if (state.tabs === previous.tabs && state.activeTabId === previous.activeTabId && state.backgroundDocuments === previous.backgroundDocuments && state.scenario === previous.scenario) return;
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  });
  return {
    flush: () => {
      if (timer === undefined) return writes;
      clearTimeout(timer);
      return save();
    },
    stop: () => {
      unsubscribe();
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
