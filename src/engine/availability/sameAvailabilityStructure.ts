import type { Scenario } from '../../model';
import { readsHold, recordReads } from '../readRecord';
import { compileAvailability } from './compileAvailability';

/**
 * Whether `compileAvailability(a)` serves `b` with only {@link availabilityParameters} rerun: every
 * field of `a` that compiling its structure reads (`recordReads`) has the same value in `b`. Derived
 * from the compilation itself, never from a list of fields: names, availability specs, instance
 * counts that keep a fleet's k-of-n rule, hit ratios, weights, routing policies, timings, workload
 * and recovery are parameters because the compilation does not read them. Compiles `a`: an engine
 * session keeps the record instead (`AvailabilityCompiler.structureOf`).
 */
export function sameAvailabilityStructure(a: Scenario, b: Scenario): boolean {
  return readsHold(recordReads(a, (seen) => compileAvailability(seen)).record, b);
}
