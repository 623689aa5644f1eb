import { useMeridianStore } from './index';
import { startAutosave, type Autosave } from './persistenceAutosave';
import { dismissFileNotice, pushFileNotice } from './persistenceNotices';
import { describeRestoreOutcome, restoreScenario, type RestoreOutcome } from './persistenceRestore';
import { pruneSessionRecords } from './persistencePruning';
import { markPersistenceReady } from './persistenceStatus';
import { createScenarioStorage, describeStorageError, type ScenarioStorage } from './persistenceStorage';
import { startWorkspaceAutosave } from './persistenceWorkspace';
import { restoreSavedWorkspace } from './persistenceWorkspaceRestore';

export type { RestoreOutcome } from './persistenceRestore';

export interface PersistenceSession extends Autosave {
  outcome: RestoreOutcome;
}

const saveErrorNoticeId = 'autosave-error';

const pausedAutosave: Autosave = { flush: () => Promise.resolve(), saveBeforeUnload: () => {}, stop: () => {} };

/** Autosave of the active scenario, with the workspace's tabs saved beside it. */
function withWorkspace(scenario: Autosave, workspace: Autosave): Autosave {
  return {
    flush: () => Promise.all([scenario.flush(), workspace.flush()]).then(() => {}),
    saveBeforeUnload: () => {
      scenario.saveBeforeUnload();
      workspace.saveBeforeUnload();
    },
    stop: () => {
      scenario.stop();
      workspace.stop();
    },
  };
}

/**
 * Restores the autosaved scenario, then starts autosave — in that order, so that the example shown
 * before the restore decision is never written over the person's saved work.
 */
export async function startPersistence(storage: ScenarioStorage = createScenarioStorage()): Promise<PersistenceSession> {
  const outcome = await restoreScenario(storage);
  if (outcome.kind === 'restored') useMeridianStore.getState().loadScenario(outcome.scenario, { recordUndo: false });
  const notice = describeRestoreOutcome(outcome);
  if (notice) pushFileNotice(notice);
  const workspaceNotice = outcome.kind === 'storageFailed' ? null : await restoreSavedWorkspace(storage, outcome.kind === 'restored' ? outcome : null);
  if (workspaceNotice) pushFileNotice(workspaceNotice);
  // After the restore, which may have read them: closed tabs' records whose work is saved elsewhere.
  if (outcome.kind !== 'storageFailed') void pruneSessionRecords(storage);

  const onSaveError = (error: unknown) =>
    pushFileNotice({
      id: saveErrorNoticeId,
      tone: 'error',
      title: `Could not save your work in this browser (${describeStorageError(error)}). Your changes are still open; use Export to keep a copy.`,
    });
  const autosave = outcome.kind === 'storageFailed' ? pausedAutosave : withWorkspace(startAutosave(storage, { onSaved: () => dismissFileNotice(saveErrorNoticeId), onError: onSaveError }), startWorkspaceAutosave(storage, onSaveError));
  markPersistenceReady();
  return { outcome, ...autosave };
}
