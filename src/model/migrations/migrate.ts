import type { ScenarioIssue } from '../errors';

/** Upgrades a document of version `from` to version `from + 1`. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

export type MigrationResult =
  | { ok: true; document: Record<string, unknown>; migratedFrom: number | null }
  | { ok: false; issues: ScenarioIssue[] };

/**
 * Brings a document up to `currentVersion` by applying each step in turn.
 * `steps[v]` upgrades version v to v + 1. Newer documents than this build understands are refused,
 * never guessed at; a step that throws on a malformed document becomes an issue. Never throws.
 */
export function migrateDocument(
  input: unknown,
  currentVersion: number,
  steps: Readonly<Record<number, Migration>>,
): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issues: [{ path: '(document)', message: 'must be a JSON object describing a scenario' }] };
  }
  let document = input as Record<string, unknown>;
  const version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, issues: [{ path: 'schemaVersion', message: 'is required and must be a whole number ≥ 1: is this a Meridian scenario?' }] };
  }
  if (version > currentVersion) {
    return {
      ok: false,
      issues: [{
        path: 'schemaVersion',
        message: `is ${version}, but this version of Meridian understands up to ${currentVersion}: update Meridian to open it`,
      }],
    };
  }
  for (let v = version; v < currentVersion; v++) {
    const step = steps[v];
    if (!step) return { ok: false, issues: [{ path: 'schemaVersion', message: `no migration from version ${v}` }] };
    try {
      document = { ...step(document), schemaVersion: v + 1 };
    } catch (error) {
      // Steps are written for documents of their version; a damaged one must not crash the one door.
      return { ok: false, issues: [{ path: '(document)', message: `could not be upgraded from version ${v} (${String(error)}): is it a damaged scenario?` }] };
    }
  }
  return { ok: true, document, migratedFrom: version === currentVersion ? null : version };
}
