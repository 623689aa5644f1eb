import { parseScenario, type Scenario } from '../model';
import { useMeridianStore } from './index';
import { pushFileNotice } from './persistenceNotices';

/** What this browser tab knows of the shared scenario one of its workspace tabs shows. */
export interface SharedScenario {
  docKey: string;
  /** Names the save `synced` came from (this tab's or another's), null before the first. */
  saveId: string | null;
  /** The document as this tab last saved it or took it from another tab; anything else is an unsaved edit. */
  synced: Scenario | null;
}

/** What a browser tab tells the others after saving scenarios. */
export interface ScenariosSavedMessage {
  type: 'saved';
  session: string;
  /** `baseSaveId`: the save the edit was made on; a save built on another than the one a tab holds is a conflict. */
  scenarios: Array<{ docKey: string; saveId: string; baseSaveId: string | null; document: Scenario }>;
}

const uniqueId = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
export const newDocKey = () => uniqueId('d');
export const newSaveId = () => uniqueId('v');

/** Shared scenarios by workspace tab id: filled by restore, kept by workspace autosave, read by the channel. */
export const sharedScenarios = new Map<string, SharedScenario>();

/** The entry of a tab, created (a new scenario, never saved) when it has none. */
export function sharedScenarioOf(tabId: string): SharedScenario {
  let shared = sharedScenarios.get(tabId);
  if (!shared) {
    shared = { docKey: newDocKey(), saveId: null, synced: null };
    sharedScenarios.set(tabId, shared);
  }
  return shared;
}

const conflictName = (name: string) => `${name.replace(/ \(conflict, this tab\)$/, '')} (conflict, this tab)`.slice(0, 120);

/**
 * Takes in another browser tab's save of scenarios this tab shows too. Without unsaved edits here
 * the tab simply shows the newer version. When both tabs changed the same scenario, nothing is
 * dropped: the other tab's version goes in the scenario's tab, this tab's version opens beside it as
 * "Name (conflict, this tab)", and a notice says so. When both saved at the same moment, the tab with
 * the smaller session id keeps its version and the other one steps aside, so exactly one copy is made.
 */
export function receiveScenariosSaved(message: ScenariosSavedMessage, ownSession: string): void {
  for (const saved of message.scenarios) {
    const tabId = [...sharedScenarios.entries()].find(([, shared]) => shared.docKey === saved.docKey)?.[0];
    const shared = tabId === undefined ? undefined : sharedScenarios.get(tabId);
    const state = useMeridianStore.getState();
    const mine = tabId === undefined ? undefined : state.documentOf(tabId);
    if (tabId === undefined || !shared || !mine || saved.saveId === shared.saveId) continue;
    const parsed = parseScenario(saved.document);
    if (!parsed.ok) continue;
    const unsaved = mine !== shared.synced;
    const theySawMine = saved.baseSaveId === shared.saveId;
    if (!unsaved && theySawMine) {
      adopt(tabId, shared, parsed.scenario, saved.saveId);
      continue;
    }
    // Both changed it. A simultaneous save (nothing unsaved here) is settled by session id.
    if (!unsaved && ownSession < message.session) continue;
    const [copyTabId] = useMeridianStore.getState().openScenarios([{ ...mine, name: conflictName(mine.name) }]);
    if (copyTabId !== undefined) sharedScenarios.set(copyTabId, { docKey: newDocKey(), saveId: null, synced: null });
    adopt(tabId, shared, parsed.scenario, saved.saveId);
    pushFileNotice({
      id: `conflict-${saved.docKey}`,
      tone: 'warning',
      title: `"${parsed.scenario.name}" was changed in another browser tab while you edited it here. Both versions are kept: the other tab's in "${parsed.scenario.name}", yours in "${conflictName(mine.name)}".`,
    });
  }
}

function adopt(tabId: string, shared: SharedScenario, document: Scenario, saveId: string) {
  useMeridianStore.getState().replaceTabDocument(tabId, document);
  shared.synced = useMeridianStore.getState().documentOf(tabId) ?? document;
  shared.saveId = saveId;
}
