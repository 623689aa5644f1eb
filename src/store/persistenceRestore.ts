import { formatIssue, parseScenario, type Scenario, type ScenarioIssue } from '../model';
import { backupKeyPrefix, describeStorageError, type ScenarioStorage } from './persistenceStorage';
import type { FileNoticeInput } from './persistenceNotices';

/** What startup found in local storage, and therefore what it loaded. */
export type RestoreOutcome =
  /** `tabId`: the workspace tab the scenario was saved from, null in saves from before tabs. */
  | { kind: 'restored'; scenario: Scenario; savedAt: string | null; tabId: string | null; migratedFrom: number | null }
  | { kind: 'empty' }
  | { kind: 'corrupt'; issues: ScenarioIssue[]; backupKey: string }
  /** Storage could not be read, or a broken save could not be set aside: autosave must stay off. */
  | { kind: 'storageFailed'; reason: string; issues: ScenarioIssue[] };

/** IndexedDB can stall (a blocked open, a browser bug); the app must start anyway (SPEC §5). */
export const restoreTimeoutMs = 5000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`local storage did not answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function savedDocument(raw: unknown): { document: unknown; savedAt: string | null; tabId: string | null } {
  if (typeof raw === 'object' && raw !== null && 'document' in raw) {
    const savedAt = 'savedAt' in raw && typeof raw.savedAt === 'string' ? raw.savedAt : null;
    const tabId = 'tabId' in raw && typeof raw.tabId === 'string' ? raw.tabId : null;
    return { document: raw.document, savedAt, tabId };
  }
  return { document: raw, savedAt: null, tabId: null };
}

/**
 * Reads the autosaved scenario through `parseScenario` (the one door for untrusted input: a save may
 * come from an older build or be damaged). A broken save is moved to a backup key, never deleted.
 */
export async function restoreScenario(storage: ScenarioStorage, timeoutMs = restoreTimeoutMs): Promise<RestoreOutcome> {
  let raw: unknown;
  try {
    raw = await withTimeout(storage.promoteEmergencyCopy().then(() => storage.readCurrent()), timeoutMs);
  } catch (error) {
    return { kind: 'storageFailed', reason: describeStorageError(error), issues: [] };
  }
  if (raw === undefined) return { kind: 'empty' };
  const { document, savedAt, tabId } = savedDocument(raw);
  const parsed = parseScenario(document);
  if (parsed.ok) return { kind: 'restored', scenario: parsed.scenario, savedAt, tabId, migratedFrom: parsed.migratedFrom };

  const keptAt = new Date().toISOString();
  const backupKey = `${backupKeyPrefix}${keptAt}`;
  try {
    await withTimeout(storage.moveCurrentToBackup(backupKey, { keptAt, issues: parsed.issues, record: raw }), timeoutMs);
  } catch (error) {
    return { kind: 'storageFailed', reason: describeStorageError(error), issues: parsed.issues };
  }
  return { kind: 'corrupt', issues: parsed.issues, backupKey };
}

const shownIssues = 5;

function issueLines(issues: ScenarioIssue[]): string[] {
  const lines = issues.slice(0, shownIssues).map(formatIssue);
  return issues.length > shownIssues ? [...lines, `and ${issues.length - shownIssues} more`] : lines;
}

/** The notice that tells the person what startup did, or null when there is nothing to say. */
export function describeRestoreOutcome(outcome: RestoreOutcome): FileNoticeInput | null {
  switch (outcome.kind) {
    case 'empty':
      return null;
    case 'restored':
      return outcome.migratedFrom === null
        ? null
        : { tone: 'info', title: `Restored your work, upgraded from schema version ${outcome.migratedFrom}` };
    case 'corrupt':
      return {
        id: 'restore',
        tone: 'warning',
        title: `Your saved work could not be opened, so the example is shown. A copy was kept in this browser under "${outcome.backupKey}".`,
        details: issueLines(outcome.issues),
      };
    case 'storageFailed':
      return {
        id: 'restore',
        tone: 'error',
        title: outcome.issues.length > 0
          ? `Your saved work could not be opened, and a copy could not be kept (${outcome.reason}). Autosave is paused so the saved copy is not overwritten; use Export to keep this scenario.`
          : `Local storage is unavailable (${outcome.reason}). Changes will not be saved automatically; use Export to keep your work.`,
        details: issueLines(outcome.issues),
      };
  }
}
