import type { ScenarioStorage } from './persistenceStorage';

/**
 * A browser tab's records (`current:s…`, `workspace:s…`) may go once it has saved nothing for this long: an
 * open tab saves its own on every change, so these are tabs closed long ago (each left its records behind).
 */
export const pruneAfterDays = 30;

/** One browser tab's saved records, raw (they may come from an older or broken build). */
export interface SessionRecords {
  session: string;
  current: unknown;
  workspace: unknown;
}

interface SavedTab {
  docKey: string;
  saveId: string | undefined;
  savedAt: string;
  document: unknown;
}

const field = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The tabs of a workspace record, or null when one of them cannot be matched elsewhere (no scenario key: a save from before they had one). */
function savedTabs(workspace: unknown): SavedTab[] | null {
  const tabs = field(workspace, 'tabs');
  if (!Array.isArray(tabs)) return null;
  const parsed: SavedTab[] = [];
  for (const tab of tabs as unknown[]) {
    const docKey = text(field(tab, 'docKey'));
    const savedAt = text(field(tab, 'savedAt'));
    if (docKey === undefined || savedAt === undefined) return null;
    parsed.push({ docKey, saveId: text(field(tab, 'saveId')), savedAt, document: field(tab, 'document') });
  }
  return parsed;
}

/** Whether `current` holds nothing its workspace record lacks: not newer, or the same document as its tab there. */
function currentIsInWorkspace(current: unknown, workspace: unknown, tabs: readonly SavedTab[]): boolean {
  if (current === undefined) return true;
  if ((text(field(current, 'savedAt')) ?? '\uffff') <= (text(field(workspace, 'savedAt')) ?? '')) return true;
  const tabId = text(field(current, 'tabId'));
  const index = ((field(workspace, 'tabs') as unknown[]) ?? []).findIndex((tab) => text(field(tab, 'id')) === tabId);
  return index >= 0 && JSON.stringify(field(current, 'document')) === JSON.stringify(tabs[index]?.document);
}

/** Whether `tab`'s save is kept at least as new (the same save, or a later one of its scenario) in one of `others`. */
function savedElsewhere(tab: SavedTab, others: readonly SessionRecords[]): boolean {
  return others.some(({ workspace }) => (savedTabs(workspace) ?? []).some((other) => other.docKey === tab.docKey && ((tab.saveId !== undefined && other.saveId === tab.saveId) || other.savedAt >= tab.savedAt)));
}

/** When a tab's records were last saved, ms since the epoch; NaN when neither says (then they are kept). */
function lastSavedMs({ current, workspace }: SessionRecords): number {
  const dates = [current, workspace].map((record) => Date.parse(text(field(record, 'savedAt')) ?? '')).filter(Number.isFinite);
  return dates.length > 0 ? Math.max(...dates) : Number.NaN;
}

/**
 * The browser tabs whose records can be deleted without losing work: not this tab, silent for
 * `pruneAfterDays`, and every scenario they hold saved at least as new in a record that stays (their
 * `current` included). Decided one tab at a time, oldest first, against the records still kept, so two
 * old records holding the same save never both go. Records from before tabs (no session) are left alone.
 */
export function prunableSessions(records: readonly SessionRecords[], ownSession: string, nowMs: number): string[] {
  const cutoffMs = nowMs - pruneAfterDays * 24 * 3600 * 1000;
  let kept = [...records];
  const pruned: string[] = [];
  const candidates = records.filter((record) => record.session !== '' && record.session !== ownSession && lastSavedMs(record) < cutoffMs).sort((a, b) => lastSavedMs(a) - lastSavedMs(b));
  for (const candidate of candidates) {
    const tabs = savedTabs(candidate.workspace);
    const others = kept.filter((record) => record !== candidate);
    if (!tabs || !currentIsInWorkspace(candidate.current, candidate.workspace, tabs) || !tabs.every((tab) => savedElsewhere(tab, others))) continue;
    pruned.push(candidate.session);
    kept = others;
  }
  return pruned;
}

/** Deletes closed tabs' records that nothing needs any more (see `prunableSessions`); a failure is ignored: they stay for the next start. */
export async function pruneSessionRecords(storage: ScenarioStorage, nowMs = Date.now()): Promise<string[]> {
  try {
    const sessions = prunableSessions(await storage.readSessionRecords(), storage.session, nowMs);
    if (sessions.length > 0) await storage.deleteSessionRecords(sessions);
    return sessions;
  } catch {
    return [];
  }
}
