import { describe, expect, it } from 'vitest';
import { migrateDocument, type Migration } from './migrate';

// The runner is exercised with an invented three-version history; the real table starts at version 1.
const renameRps: Migration = ({ rps, ...rest }) => ({ ...rest, requestsPerSecond: rps });
const addSettings: Migration = (document) => ({ ...document, settings: { pricing: 'onDemand' } });
const steps = { 1: renameRps, 2: addSettings };

describe('migrateDocument', () => {
  it('applies every step from the document version to the current one, stamping each version', () => {
    const result = migrateDocument({ schemaVersion: 1, rps: 50 }, 3, steps);
    expect(result).toEqual({
      ok: true,
      migratedFrom: 1,
      document: { schemaVersion: 3, requestsPerSecond: 50, settings: { pricing: 'onDemand' } },
    });
  });

  it('leaves a current document alone', () => {
    const document = { schemaVersion: 3, requestsPerSecond: 1 };
    expect(migrateDocument(document, 3, steps)).toEqual({ ok: true, document, migratedFrom: null });
  });

  it('refuses a future version instead of guessing', () => {
    const result = migrateDocument({ schemaVersion: 4 }, 3, steps);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toEqual({
      path: 'schemaVersion',
      message: 'is 4, but this version of Meridian understands up to 3: update Meridian to open it',
    });
  });

  it('reports a gap in the migration table', () => {
    const result = migrateDocument({ schemaVersion: 1 }, 3, { 2: addSettings });
    expect(!result.ok && result.issues[0]?.message).toBe('no migration from version 1');
  });

  it.each([[null], ['text'], [42], [[]]])('refuses a non-object document %j', (input) => {
    const result = migrateDocument(input, 3, steps);
    expect(!result.ok && result.issues[0]?.path).toBe('(document)');
  });

  it.each([[{}], [{ schemaVersion: '1' }], [{ schemaVersion: 0 }], [{ schemaVersion: 1.5 }]])('refuses a missing or malformed version %j', (input) => {
    const result = migrateDocument(input, 3, steps);
    expect(!result.ok && result.issues[0]?.path).toBe('schemaVersion');
  });
});
