import * as Y from 'yjs';
import { collectIds } from '../../commands';
import { formatIssue, type Scenario } from '../../model';
import { useMeridianStore, type MeridianState } from '../../store';
import type { RoomConnection } from '../joinRoom';
import { docHasScenario, readScenarioFromDoc, writeScenarioToDoc } from '../scenarioDoc';

/** The origin of this browser's own writes: the only ones its undo manager tracks. */
const localOrigin = Symbol('meridian-local-edit');

export interface DesignSession {
  /** The tab whose document is shared; null until the room's design has arrived (joining an empty room). */
  tabId: () => string | null;
  leave: () => void;
}

/**
 * Binds one tab's scenario to a design-together room, both ways:
 * - every local edit (made, as always, by the commands through the store) is written to the room's
 *   doc, element by element; an edit that records an undo step starts a new step of the room's undo
 *   manager, which tracks only this browser's edits, so undo undoes one's own edits and never others';
 * - every change from the room is read through parseScenario (as an import) before it reaches the
 *   store; an invalid one is not applied, and `onProblem` says what is wrong where.
 * `share: true` puts the active tab in an empty room; otherwise the room's design opens in a new tab.
 * Closing the shared tab calls `onTabClosed` (which should leave).
 */
export function startDesignSession(connection: RoomConnection, options: { share: boolean; onProblem: (message: string) => void; onTabClosed: () => void }): DesignSession {
  const { doc } = connection;
  const store = useMeridianStore;
  const root = doc.getMap('scenario');
  const undoManager = new Y.UndoManager(root, { trackedOrigins: new Set([localOrigin]), captureTimeout: Number.MAX_SAFE_INTEGER });
  let tabId: string | null = options.share ? store.getState().activeTabId : null;
  /** What the doc held when this browser last read or wrote it: the base of the next diff (null: compare in full). */
  let shared: Scenario | null = null;
  let applying = false;
  let undoing: 'undo' | 'redo' | null = null;

  const isActive = (state: MeridianState) => tabId !== null && state.activeTabId === tabId;

  /** Puts a scenario read from the room into the shared tab, without an undo step of its own. */
  const applyToStore = (scenario: Scenario) => {
    applying = true;
    try {
      const state = store.getState();
      if (!tabId) {
        tabId = state.openScenarios([scenario])[0] ?? null;
      } else if (!isActive(state)) {
        state.replaceTabDocument(tabId, scenario);
      } else {
        const existing = collectIds(scenario);
        const kept = state.selection.filter((id) => existing.has(id));
        const history = undoing === 'undo' ? { past: state.past.slice(0, -1), future: [state.scenario, ...state.future] } : undoing === 'redo' ? { past: [...state.past, state.scenario], future: state.future.slice(1) } : {};
        store.setState({ scenario, selection: kept.length === state.selection.length ? state.selection : kept, ...history });
      }
    } finally {
      applying = false;
    }
  };

  const writeLocal = (scenario: Scenario, newUndoStep: boolean) => {
    if (newUndoStep) undoManager.stopCapturing();
    writeScenarioToDoc(doc, shared, scenario, localOrigin);
    shared = scenario;
  };

  const onDocChange = (origin: unknown) => {
    if (origin === localOrigin || !docHasScenario(doc)) return;
    const read = readScenarioFromDoc(doc);
    if (read.ok) {
      shared = read.scenario;
      applyToStore(read.scenario);
      return;
    }
    shared = null; // the next local edit rewrites whatever differs from this browser's valid copy
    const where = read.issues[0] ? formatIssue(read.issues[0]) : 'the document';
    if (undoing === 'undo') {
      undoing = null;
      undoManager.redo();
      options.onProblem(`Undo would break the shared design (${where}): someone built on that edit.`);
    } else if (undoing === null) {
      options.onProblem(`A change from the shared design was not applied: ${where}. Your copy is unchanged.`);
    }
  };

  const onTransaction = (transaction: Y.Transaction) => onDocChange(transaction.origin);
  const unsubscribeStore = store.subscribe((state, previous) => {
    if (tabId && !state.tabs.some((tab) => tab.id === tabId)) return options.onTabClosed();
    if (applying || !isActive(state)) return;
    if (previous.activeTabId !== tabId) {
      // Back on the shared tab: catch up with what the others did meanwhile.
      if (shared && state.scenario !== shared) applyToStore(shared);
      return;
    }
    if (state.scenario !== previous.scenario) writeLocal(state.scenario, state.past !== previous.past);
  });

  const original = { undo: store.getState().undo, redo: store.getState().redo };
  const run = (direction: 'undo' | 'redo') => () => {
    if (!isActive(store.getState())) return original[direction]();
    undoing = direction;
    try {
      if (direction === 'undo') undoManager.undo();
      else undoManager.redo();
    } finally {
      undoing = null;
    }
  };
  store.setState({ undo: run('undo'), redo: run('redo') });

  doc.on('afterTransaction', onTransaction);
  void connection.synced.then(() => {
    if (docHasScenario(doc)) onDocChange(connection);
    else if (options.share) writeLocal(store.getState().scenario, false);
  });

  return {
    tabId: () => tabId,
    leave: () => {
      doc.off('afterTransaction', onTransaction);
      unsubscribeStore();
      store.setState(original);
      undoManager.destroy();
      connection.destroy();
    },
  };
}
