import { parseScenario, type Scenario } from '../model';
import { autosaveDelayMs, type Autosave } from './persistenceAutosave';
import type { FileNoticeInput } from './persistenceNotices';
import { backupKeyPrefix, type SavedTabRecord, type SavedWorkspaceRecord, type ScenarioStorage } from './persistenceStorage';
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

interface RawWorkspace {
  tabs: RawTab[];
  activeTabId: string;
  savedAt: string;
}

function rawTabs(raw: unknown): RawWorkspace | null {
  if (typeof raw !== 'object' || raw === null || !('tabs' in raw) || !Array.isArray(raw.tabs)) return null;
  const tabs = (raw.tabs as unknown[]).filter((tab): tab is RawTab => typeof tab === 'object' && tab !== null && 'id' in tab && typeof tab.id === 'string' && tabIdPattern.test(tab.id) && 'document' in tab);
  const activeTabId = 'activeTabId' in raw && typeof raw.activeTabId === 'string' ? raw.activeTabId : '';
  const savedAt = 'savedAt' in raw && typeof raw.savedAt === 'string' ? raw.savedAt : '';
  return { tabs, activeTabId, savedAt };
}

/** The scenario restored from `current`, and which tab it was saved from (null: a save from before tabs). */
export interface RestoredCurrent {
  scenario: Scenario;
  savedAt: string | null;
  tabId: string | null;
}

/**
 * `current` and the workspace record are saved apart (on their own timers, and either may be the
 * pagehide copy), so either can be the newer. The newer says which tab was active last; `current`'s
 * document goes in the tab it was saved from, never in whichever tab the workspace record calls active.
 */
function currentPlacement(current: RestoredCurrent | null, saved: RawWorkspace) {
  const currentIsNewer = current !== null && (current.savedAt === null || current.savedAt >= saved.savedAt);
  if (!currentIsNewer) return { currentTabId: null, activeTabId: saved.activeTabId };
  const currentTabId = current.tabId ?? saved.activeTabId;
  return { currentTabId, activeTabId: currentTabId };
}

/**
 * Reopens the saved tabs, each document through `parseScenario`. The tab `current` was saved from
 * shows it — the scenario autosave and the emergency copy kept freshest — when it is newer than the
 * workspace record (a tab missing from the record opens at the end). Without a workspace record (a
 * save from before tabs) the store keeps its one tab with the restored scenario. Tabs that no longer
 * parse are left out, and the whole record is kept under a backup key first; the notice says so.
 */
export async function restoreSavedWorkspace(storage: ScenarioStorage, current: RestoredCurrent | null): Promise<FileNoticeInput | null> {
  let raw: unknown;
  try {
    raw = await storage.readWorkspace();
  } catch {
    return null;
  }
  const saved = rawTabs(raw);
  if (!saved) return null;
  const newest = newestSaves(await storage.readAllWorkspaces().catch(() => []));
  const { currentTabId, activeTabId } = currentPlacement(current, saved);
  sharedScenarios.clear();
  const entries = saved.tabs.flatMap((savedTab) => {
    const { id } = savedTab;
    const docKey = text(savedTab.docKey);
    const latest = (docKey !== undefined ? newest.get(docKey) : undefined) ?? savedTab;
    // `latest` is read again from every tab's record: this tab's own save is another object with the same save id.
    const useCurrent = id === currentTabId && current && sameSave(latest, savedTab);
    const parsed = useCurrent ? null : parseScenario(latest.document);
    const document = useCurrent ? current.scenario : parsed?.ok ? parsed.scenario : null;
    if (!document) return [];
    if (docKey !== undefined) sharedScenarios.set(id, { docKey, saveId: text(latest.saveId) ?? null, synced: useCurrent ? null : document });
    return [{ tab: { id }, document }];
  });
  if (current && currentTabId !== null && tabIdPattern.test(currentTabId) && !saved.tabs.some((tab) => tab.id === currentTabId)) entries.push({ tab: { id: currentTabId }, document: current.scenario });
  if (entries.length === 0) return null;
  useMeridianStore.getState().restoreWorkspace(entries, activeTabId);
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
function workspaceRecord(session: string): { record: SavedWorkspaceRecord; message: ScenariosSavedMessage } {
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
  return { record: { tabs, activeTabId: state.activeTabId, savedAt }, message };
}

/** The channel browser tabs of the app tell each other about saves on; none where the browser has no BroadcastChannel. */
export function openScenarioChannel(): Pick<BroadcastChannel, 'postMessage' | 'close'> & { onmessage: ((event: MessageEvent) => void) | null } | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel('meridian-scenarios') : null;
}

/**
 * Saves every tab `delayMs` after the tabs or any of their documents last changed; writes run one after
 * another. After each save the other browser tabs are told which scenarios changed (they show the new
 * version, or keep both when they had changed it too), and what they say is taken in the same way.
 * When the page goes away with a change unsaved, the record is also kept synchronously (see
 * `writeEmergencyWorkspace`): a tab opened, closed or switched just before a reload is not lost.
 */
export function startWorkspaceAutosave(storage: ScenarioStorage, onError: (error: unknown) => void, delayMs = autosaveDelayMs, channel = openScenarioChannel()): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writes = Promise.resolve();
  // Changes counted, and how many of them the last finished write holds: equal when nothing is unsaved.
  let changes = 0;
  let changesWritten = 0;
  const write = (record: SavedWorkspaceRecord, message: ScenariosSavedMessage) => {
    const holds = changes;
    writes = writes
      .then(() => storage.writeWorkspace(record))
      .then(() => {
        changesWritten = holds;
        if (message.scenarios.length > 0) channel?.postMessage(message);
      })
      .catch(onError);
    return writes;
  };
  const save = () => {
    timer = undefined;
    const { record, message } = workspaceRecord(storage.session);
    return write(record, message);
  };
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      const message = event.data as ScenariosSavedMessage;
      if (message?.type === 'saved' && message.session !== storage.session && Array.isArray(message.scenarios)) receiveScenariosSaved(message, storage.session);
    };
  }
  const unsubscribe = useMeridianStore.subscribe((state, previous) => {
    if (state.tabs === previous.tabs && state.activeTabId === previous.activeTabId && state.backgroundDocuments === previous.backgroundDocuments && state.scenario === previous.scenario) return;
    changes += 1;
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  });
  const flush = () => {
    if (timer === undefined) return writes;
    clearTimeout(timer);
    return save();
  };
  return {
    flush,
    saveBeforeUnload: () => {
      if (changesWritten === changes) return;
      clearTimeout(timer);
      timer = undefined;
      const { record, message } = workspaceRecord(storage.session);
      storage.writeEmergencyWorkspace(record);
      void write(record, message);
    },
    stop: () => {
      unsubscribe();
      channel?.close();
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
