import { describeError, formatJsonPath, toScenarioIssues, type ScenarioIssue } from './errors';
import { maxClients, maxComponents, maxEdges, maxGroups, maxScenarioBytes } from './limits';
import { migrateDocument, scenarioMigrations } from './migrations';
import { findReservedKey, reservedKeyMessage } from './reservedKeys';
import { currentSchemaVersion, scenarioSchema, type Scenario } from './schema/scenario';

export type ParseResult =
  | { ok: true; scenario: Scenario; migratedFrom: number | null }
  | { ok: false; issues: ScenarioIssue[] };


function checkCounts(document: Record<string, unknown>): ScenarioIssue[] {
  const limits: [string, number][] = [
    ['components', maxComponents],
    ['clients', maxClients],
    ['groups', maxGroups],
    ['edges', maxEdges],
  ];
  return limits.flatMap(([field, max]) => {
    const value = document[field];
    return Array.isArray(value) && value.length > max
      ? [{ path: field, message: `has ${value.length} items; the limit is ${max}` }]
      : [];
  });
}

/**
 * The one door for untrusted input (import, share link, IndexedDB restore, CLI, worker):
 * JSON text or a parsed value → no reserved keys anywhere → migrate → size limits → schema. Never throws.
 */
export function parseScenario(input: unknown): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > maxScenarioBytes) {
      const limitMb = maxScenarioBytes / 1024 / 1024;
      return { ok: false, issues: [{ path: '(document)', message: `is ${input.length.toLocaleString('en-US')} characters long; the limit is ${limitMb} MB` }] };
    }
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, issues: [{ path: '(document)', message: `is not valid JSON (${describeError(error)})` }] };
    }
  }
  const reserved = findReservedKey(value);
  if (reserved) return { ok: false, issues: [{ path: formatJsonPath(reserved), message: reservedKeyMessage }] };
  const migrated = migrateDocument(value, currentSchemaVersion, scenarioMigrations);
  if (!migrated.ok) return migrated;
  const countIssues = checkCounts(migrated.document);
  if (countIssues.length > 0) return { ok: false, issues: countIssues };
  const parsed = scenarioSchema.safeParse(migrated.document, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: toScenarioIssues(parsed.error) };
  return { ok: true, scenario: parsed.data, migratedFrom: migrated.migratedFrom };
}
