import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateDocument, type Migration } from '../migrations';
import { hostileValue } from './hostileValues';

const seed = 9_4_2026;

// A realistic step written for well-formed documents: it reaches into `workload` without checking.
const moveRps: Migration = (document) => {
  const workload = document.workload as { rps: number };
  return { ...document, workload: { ...workload, requestsPerSecond: workload.rps * 1 } };
};
const addSettings: Migration = (document) => ({ ...document, settings: { pricing: 'onDemand' } });
const steps = { 1: moveRps, 2: addSettings };

describe('migrateDocument under fuzzing', () => {
  it('never throws, and accepts exactly the whole versions 1…current (numRuns 500)', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, fc.integer({ min: -2, max: 5 })), fc.option(hostileValue), (schemaVersion, workload) => {
        const document = workload === null ? { schemaVersion } : { schemaVersion, workload };
        const result = migrateDocument(document, 3, steps);
        const known = typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) && schemaVersion >= 1 && schemaVersion <= 3;
        if (!known) expect(result.ok).toBe(false);
        if (result.ok) expect(result.document.schemaVersion).toBe(3);
        else expect(result.issues[0]?.path).toMatch(/^(schemaVersion|\(document\))$/);
      }),
      { seed, numRuns: 500 },
    );
  });

  it('turns a step that throws on a malformed document into an issue naming the version', () => {
    expect(migrateDocument({ schemaVersion: 1 }, 3, steps)).toEqual({
      ok: false,
      issues: [{ path: '(document)', message: "could not be upgraded from version 1 (TypeError: Cannot read properties of undefined (reading 'rps')): is it a damaged scenario?" }],
    });
  });
});
