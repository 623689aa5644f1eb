import type { AvailabilityParameters } from './availabilityParameters';
import type { CompiledAvailability } from './compileAvailability';
import type { CompactBdd } from './compactBdd';
import { isFailureVariable, type FailureVariable } from './faultTree';
import { readDerived } from '../readRecord';

/** For each root, what fails it when nothing else is down. */
export interface SingleFailures {
  /** Per root: 1 when it fails with no failure at all (every possible request event at its worst). */
  failsAnyway: Uint8Array;
  /** Per root: the atomic variables whose failure alone fails it (ascending); empty when it fails anyway. */
  byRoot: number[][];
}

/**
 * Variables whose failure alone fails each root: with every other failure variable up and every
 * request-level event at its worst (cache miss, call made — when it can happen at all), the root
 * succeeds, but fails once that variable is down. Only `atomic` variables count (one machine or one
 * domain): a fleet that survives an instance loss is no single point of failure. The same answer
 * says which single failures every population survives (the recovery events).
 * Method: the "base" value of each node follows lo for failure variables and hi for possible
 * request events; a variable v is a single point of failure of a root iff some node n on the root's
 * base path tests v and base(hi(n)) fails. O(nodes + roots × depth).
 *
 * @param possible per variable: 1 when its event can happen (probability above 0, `possibleEventsOf`)
 */
export function bddSinglePointsOfFailure(bdd: CompactBdd, variables: readonly FailureVariable[], possible: Uint8Array): SingleFailures {
  const { variableAtLevel } = bdd;
  // Per level: 1 when the base path takes hi there (a request event that can happen), 2 when the level's variable is an atomic failure.
  const levelFlags = new Uint8Array(variableAtLevel.length);
  variableAtLevel.forEach((variable, l) => {
    const meta = variables[variable] as FailureVariable;
    if (!isFailureVariable(meta)) levelFlags[l] = possible[variable] as number;
    else if (meta.atomic) levelFlags[l] = 2;
  });
  // The answer is a function of the diagram and the level flags only: a parameter edit mostly keeps both.
  const known = analysesByBdd.get(bdd) ?? [];
  analysesByBdd.set(bdd, known);
  const found = known.find((analysis) => sameFlags(analysis.levelFlags, levelFlags));
  if (found) return found.result;
  const result = singleFailuresUnder(bdd, levelFlags);
  // The report's flags and the recovery's (every variable taken as atomic): two per diagram.
  if (known.length >= 2) known.shift();
  known.push({ levelFlags, result });
  return result;
}

/** The latest analyses of each diagram, with the level flags each was computed for. */
const analysesByBdd = new WeakMap<CompactBdd, Array<{ levelFlags: Uint8Array; result: SingleFailures }>>();

function sameFlags(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** {@link bddSinglePointsOfFailure} for per-level flags (1: the base path takes hi, 2: an atomic failure). */
function singleFailuresUnder(bdd: CompactBdd, levelFlags: Uint8Array): SingleFailures {
  const count = bdd.level.length;
  const { level, lo, hi, variableAtLevel } = bdd;
  const next = (n: number) => (levelFlags[level[n] as number] === 1 ? (hi[n] as number) : (lo[n] as number));
  const base = new Uint8Array(count);
  base[1] = 1;
  for (let n = 2; n < count; n += 1) base[n] = base[next(n)] as number;
  const failsAnyway = Uint8Array.from(bdd.roots, (root) => base[root] as number);
  const byRoot = Array.from(bdd.roots, (root) => {
    const found: number[] = [];
    if (base[root] === 1) return found;
    for (let n = root; n >= 2; n = next(n)) {
      if (levelFlags[level[n] as number] === 2 && base[hi[n] as number] === 1) found.push(variableAtLevel[level[n] as number] as number);
    }
    return found.sort((a, b) => a - b);
  });
  return { failsAnyway, byRoot };
}

const analyses = new WeakMap<AvailabilityParameters, SingleFailures>();

/** Per variable: 1 when its probability is above 0 (a request event that can happen). */
function eventsThatCanHappen(parameters: AvailabilityParameters): Uint8Array {
  const { unavailability } = parameters;
  const possible = new Uint8Array(unavailability.length);
  // A loop: `Uint8Array.from` with a mapping function iterates by the iterator protocol, ~2 % of a parameter edit.
  for (let v = 0; v < unavailability.length; v += 1) possible[v] = (unavailability[v] as number) > 0 ? 1 : 0;
  return possible;
}

/**
 * Which variables' events can happen under `parameters` (probability above 0): all that the single
 * failures read of the probabilities, read as that one derived value (`readDerived`) so that a pass
 * kept by its reads (the recovery events) holds across edits that change probabilities but not which are 0.
 */
export function possibleEventsOf(parameters: AvailabilityParameters): Uint8Array {
  return readDerived(parameters, eventsThatCanHappen);
}

/** {@link bddSinglePointsOfFailure} of a compiled structure under `parameters`, computed once per parameter pass (the report and the recovery events both read it). */
export function singleFailuresOf(compiled: CompiledAvailability, parameters: AvailabilityParameters): SingleFailures {
  let analysis = analyses.get(parameters);
  if (!analysis) {
    analysis = bddSinglePointsOfFailure(compiled.bdd, compiled.structure.tree.variables, possibleEventsOf(parameters));
    analyses.set(parameters, analysis);
  }
  return analysis;
}
