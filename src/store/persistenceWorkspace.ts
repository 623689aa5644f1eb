import type { Scenario } from '../model';
import { autosaveDelayMs, type Autosave } from './persistenceAutosave';
import type { SavedTabRecord, SavedWorkspaceRecord, ScenarioStorage } from './persistenceStorage';
import { saveHistory } from './savedHistory';
import { newSaveId, receiveScenariosSaved, sharedScenarioOf, type ScenariosSavedMessage } from './sharedScenarios';
import { useMeridianStore } from './index';

/** A tab's undo and redo stacks, bounded for saving; none when it has neither. */
function savedHistoryOf(state: ReturnType<typeof useMeridianStore.getState>, tabId: string, document: Scenario): Pick<SavedTabRecord, 'history'> {
  const history = tabId === state.activeTabId ? { past: state.past, future: state.future } : state.backgroundHistories[tabId];
  return history && (history.past.length > 0 || history.future.length > 0) ? { history: saveHistory(history, document) } : {};
}

/**
 * The workspace record to save: every tab with its shared scenario's key and save id, and its undo history. A tab whose
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
    return [{ id: tab.id, document, docKey: shared.docKey, saveId: shared.saveId ?? undefined, savedAt, ...savedHistoryOf(state, tab.id, document) }];
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
      // Histories make the copy larger; a copy without them (undo starts afresh) is better than none.
      if (!storage.writeEmergencyWorkspace(record)) storage.writeEmergencyWorkspace({ ...record, tabs: record.tabs.map(({ history: _history, ...tab }) => tab) });
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
