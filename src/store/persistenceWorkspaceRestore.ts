import { parseScenario, type Scenario } from '../model';
import type { FileNoticeInput } from './persistenceNotices';
import { backupKeyPrefix, type ScenarioStorage } from './persistenceStorage';
import { restoreHistory } from './savedHistory';
import { sharedScenarios } from './sharedScenarios';
import type { ScenarioHistory } from './workspaceTabs';
import { useMeridianStore } from './index';

const tabIdPattern = /^tab-\d+$/;

interface RawTab {
  id: string;
  document: unknown;
  docKey?: unknown;
  saveId?: unknown;
  savedAt?: unknown;
  history?: unknown;
}

interface RawWorkspace {
  tabs: RawTab[];
  activeTabId: string;
  savedAt: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Whether two records are one save: then `current`, flushed on pagehide, is at least as fresh as either. */
const sameSave = (a: RawTab, b: RawTab) =>
  a === b || (text(a.saveId) !== undefined ? text(a.saveId) === text(b.saveId) : text(a.savedAt) !== undefined && text(a.savedAt) === text(b.savedAt));

function rawTabs(raw: unknown): RawWorkspace | null {
  if (typeof raw !== 'object' || raw === null || !('tabs' in raw) || !Array.isArray(raw.tabs)) return null;
  const tabs = (raw.tabs as unknown[]).filter((tab): tab is RawTab => typeof tab === 'object' && tab !== null && 'id' in tab && typeof tab.id === 'string' && tabIdPattern.test(tab.id) && 'document' in tab);
  const activeTabId = 'activeTabId' in raw && typeof raw.activeTabId === 'string' ? raw.activeTabId : '';
  const savedAt = 'savedAt' in raw && typeof raw.savedAt === 'string' ? raw.savedAt : '';
  return { tabs, activeTabId, savedAt };
}

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

const sameDocument = (a: Scenario, b: Scenario) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The undo history saved with a tab, which was written against the tab's document in the same record.
 * When the tab reopens newer (from `current`), the recorded document becomes one more undo step and
 * the redo steps, made before that edit, are dropped. Damaged history is dropped, never the document.
 */
function tabHistory(savedTab: RawTab, recorded: Scenario | null, document: Scenario): ScenarioHistory | undefined {
  if (!recorded) return undefined;
  const history = savedTab.history === undefined ? null : restoreHistory(savedTab.history, recorded);
  if (sameDocument(recorded, document)) return history ?? undefined;
  return { past: [...(history?.past ?? []), recorded], future: [] };
}

/**
 * Reopens the saved tabs, each document through `parseScenario`. The tab `current` was saved from
 * shows it — the scenario autosave and the emergency copy kept freshest — when it is newer than the
 * workspace record (a tab missing from the record opens at the end). A tab whose newest save is its
 * own gets its undo history back. Without a workspace record (a save from before tabs) the store keeps
 * its one tab with the restored scenario. Tabs that no longer parse are left out, and the whole record
 * is kept under a backup key first; the notice says so.
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
    const ownSave = sameSave(latest, savedTab);
    const useCurrent = id === currentTabId && current && ownSave;
    const parsed = parseScenario(ownSave ? savedTab.document : latest.document);
    const recorded = parsed.ok ? parsed.scenario : null;
    const document = useCurrent ? current.scenario : recorded;
    if (!document) return [];
    if (docKey !== undefined) sharedScenarios.set(id, { docKey, saveId: text(latest.saveId) ?? null, synced: useCurrent ? null : document });
    return [{ tab: { id }, document, history: ownSave ? tabHistory(savedTab, recorded, document) : undefined }];
  });
  if (current && currentTabId !== null && tabIdPattern.test(currentTabId) && !saved.tabs.some((tab) => tab.id === currentTabId)) entries.push({ tab: { id: currentTabId }, document: current.scenario, history: undefined });
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
