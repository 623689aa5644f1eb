import { laidOutIfNeeded } from '../../canvas';
import type { ParseResult } from '../../model';
import { useMeridianStore } from '../../store';
import { pushFileNotice } from '../../store/persistenceNotices';
import { readScenarioFile } from './readScenarioFile';
import { useImportFailure } from './useImportFailure';

/**
 * Imports a picked or dropped file: a valid scenario opens in a new tab (laid out first if it came
 * without a layout), and the open design stays as it was; anything else opens the error dialog.
 */
export async function importScenarioFile(file: File): Promise<ParseResult> {
  const result = await readScenarioFile(file);
  const { showImportFailure, dismissImportFailure } = useImportFailure.getState();
  if (!result.ok) {
    showImportFailure({ fileName: file.name, issues: result.issues });
    return result;
  }
  useMeridianStore.getState().openScenarios([await laidOutIfNeeded(result.scenario)]);
  dismissImportFailure();
  pushFileNotice({
    tone: 'success',
    title: `Imported ${result.scenario.name} in a new tab`,
    details: result.migratedFrom === null ? [] : [`Upgraded from schema version ${result.migratedFrom}`],
  });
  return result;
}
