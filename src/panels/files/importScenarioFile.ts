import type { ParseResult } from '../../model';
import { useMeridianStore } from '../../store';
import { pushFileNotice } from '../../store/persistenceNotices';
import { readScenarioFile } from './readScenarioFile';
import { useImportFailure } from './useImportFailure';

/**
 * Imports a picked or dropped file: a valid scenario replaces the current one (undoable); anything
 * else opens the error dialog and leaves the current scenario exactly as it was.
 */
export async function importScenarioFile(file: File): Promise<ParseResult> {
  const result = await readScenarioFile(file);
  const { showImportFailure, dismissImportFailure } = useImportFailure.getState();
  if (!result.ok) {
    showImportFailure({ fileName: file.name, issues: result.issues });
    return result;
  }
  useMeridianStore.getState().loadScenario(result.scenario);
  dismissImportFailure();
  pushFileNotice({
    tone: 'success',
    title: `Imported ${result.scenario.name}`,
    details: result.migratedFrom === null ? [] : [`Upgraded from schema version ${result.migratedFrom}`],
  });
  return result;
}
