import { parseScenario, type Scenario } from '../model';
import { autosaveDelayMs } from './persistenceAutosave';
import type { FileNoticeInput } from './persistenceNotices';
import { backupKeyPrefix, type SavedTabRecord, type ScenarioStorage } from './persistenceStorage';
import { newSaveId, receiveScenariosSaved, sharedScenarioOf, sharedScenarios, type ScenariosSavedMessage } from './sharedScenarios';
import { useMeridianStore } from './index';

const tabIdPattern = /^tab-\d+$/;

interface RawTab {
  id: string;
  document: unknown;
  docKey?: unknown;
  saveId?: unknown;
  savedAt?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Whether two records are one save: then `current`, flushed on pagehide, is at least as fresh as either. */
const sameSave = (a: RawTab, b: RawTab) =>
  a === b || (text(a.saveId) !== undefined ? text(a.saveId) === text(b.saveId) : text(a.savedAt) !== undefined && text(a.savedAt) === text(b.savedAt));

/** The newest save of each shared scenario among every browser tab's workspace (another tab may have saved it since). */
function newestSaves(workspaces: unknown[]): Map<string, RawTab> {
  const newest = new Map<string, RawTab>();
  for (const workspace of workspaces) {
    for (const tab of rawTabs(workspace)?.tabs ?? []) {
      const docKey = text(tab.docKey);
      if (docKey === undefined) continue;
      const known = newest.get(docKey);
      if (!known || (text(tab.savedAt) ?? '') > (text(known.savedAt) ?? '')) newest.set(docKey, tab);
    }
  }
  return newest;
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
  const newest = newestSaves(await storage.readAllWorkspaces().catch(() => []));
  sharedScenarios.clear();
  const entries = saved.tabs.flatMap((savedTab) => {
    const { id } = savedTab;
    const docKey = text(savedTab.docKey);
    const latest = (docKey !== undefined ? newest.get(docKey) : undefined) ?? savedTab;
    // `latest` is read again from every tab's record: this tab's own save is another object with the same save id.
    const useCurrent = id === saved.activeTabId && current && sameSave(latest, savedTab);
    const parsed = useCurrent ? null : parseScenario(latest.document);
    const document = useCurrent ? current : parsed?.ok ? parsed.scenario : null;
    if (!document) return [];
    if (docKey !== undefined) sharedScenarios.set(id, { docKey, saveId: text(latest.saveId) ?? null, synced: useCurrent ? null : document });
    return [{ tab: { id }, document }];
  });
  if (entries.length === 0) return null;
  useMeridianStore.getState().restoreWorkspace(entries, saved.activeTabId);
  // The store may hold the documents as given: what was loaded is what is synced.
  for (const { tab } of entries) {
    const shared = sharedScenarios.get(tab.id);
    if (shared && shared.synced) shared.synced = useMeridianStore.getState().documentOf(tab.id) ?? shared.synced;
  }
  const lost = saved.tabs.length - entries.length;
  if (lost === 0) return null;
  const keptAt = new Date().toISOString();
  const backupKey = `${backupKeyPrefix}workspace:${keptAt}`;
  await storage.writeBackup(backupKey, { keptAt, issues: [], record: raw }).catch(() => {});
  return { id: 'restore-workspace', tone: 'warning', title: `${lost} saved tab(s) could not be opened and were left out. A copy of all tabs was kept in this browser under "${backupKey}".` };
}

/**
 * The workspace record to save: every tab with its shared scenario's key and save id. A tab whose
 * document changed since it was last saved or taken from another tab gets a new save id, on the save
 * it was made on; those are what the other browser tabs are told about.
 */
function workspaceRecord(session: string): { tabs: SavedTabRecord[]; activeTabId: string; message: ScenariosSavedMessage } {
  const state = useMeridianStore.getState();
  const savedAt = new Date().toISOString();
  const message: ScenariosSavedMessage = { type: 'saved', session, scenarios: [] };
  const tabs = state.tabs.flatMap((tab): SavedTabRecord[] => {
    const document = state.documentOf(tab.id);
    if (!document) return [];
    const shared = sharedScenarioOf(tab.id);
    if (document !== shared.synced) {
      const saveId = newSaveId();
      message.scenarios.push({ docKey: shared.docKey, saveId, baseSaveId: shared.saveId, document });
      shared.synced = document;
      shared.saveId = saveId;
    }
    return [{ id: tab.id, document, docKey: shared.docKey, saveId: shared.saveId ?? undefined, savedAt }];
  });
  return { tabs, activeTabId: state.activeTabId, message };
}

/** The channel browser tabs of the app tell each other about saves on; none where the browser has no BroadcastChannel. */
export function openScenarioChannel(): Pick<BroadcastChannel, 'postMessage' | 'close'> & { onmessage: ((event: MessageEvent) => void) | null } | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel('meridian-scenarios') : null;
}

/**
 * Saves every tab `delayMs` after the tabs or any of their documents last changed; writes run one after
 * another. After each save the other browser tabs are told which scenarios changed (they show the new
 * version, or keep both when they had changed it too), and what they say is taken in the same way.
 */
export function startWorkspaceAutosave(storage: ScenarioStorage, onError: (error: unknown) => void, delayMs = autosaveDelayMs, channel = openScenarioChannel()): { flush: () => Promise<void>; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writes = Promise.resolve();
  const save = () => {
    timer = undefined;
    const { tabs, activeTabId, message } = workspaceRecord(storage.session);
    const record = { tabs, activeTabId, savedAt: new Date().toISOString() };
    writes = writes
      .then(() => storage.writeWorkspace(record))
      .then(() => {
        if (message.scenarios.length > 0) channel?.postMessage(message);
      })
      .catch(onError);
    return writes;
  };
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      const message = event.data as ScenariosSavedMessage;
      if (message?.type === 'saved' && message.session !== storage.session && Array.isArray(message.scenarios)) receiveScenariosSaved(message, storage.session);
    };
  }
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
      channel?.close();
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
