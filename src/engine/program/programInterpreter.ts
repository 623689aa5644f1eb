import type { DelayAlgebra } from '../spectral/delayAlgebra';
import { parallelCalls, repeatedCalls, serviceTimeDelay, sometimes } from '../spectral/delayShapes';
import { opAlias, opCall, opColdStart, opConstant, opKth, opMixture, opSequence, opService, opSometimes, opStation, opZero, type LatencyProgram } from './latencyProgram';
import { stationDelayOfScalars } from './stationScalars';

/** Weighted parts with the walk's rules: zero weights skipped, a saturated part saturates, the rest renormalised. */
function mixtureOf<D>(program: LatencyProgram, i: number, algebra: DelayAlgebra<D>, values: ReadonlyArray<D | null>, scalars: Float64Array): D | null {
  const kept: D[] = [];
  const weights: number[] = [];
  let total = 0;
  for (let j = program.partStart[i] ?? 0; j < (program.partStart[i + 1] ?? 0); j += 1) {
    const w = scalars[program.partWeights[j] ?? 0] ?? 0;
    if (w <= 0) continue;
    const part = values[program.parts[j] ?? 0];
    if (part === null || part === undefined) return null;
    kept.push(part);
    weights.push(w);
    total += w;
  }
  if (kept.length === 0) return algebra.constant(0);
  if (kept.length === 1) return kept[0] ?? null;
  return algebra.mixture(weights.map((w) => w / total), kept);
}

/** The k-th fastest part where a saturated part never answers: saturated if fewer than k can. */
function kthOf<D>(program: LatencyProgram, i: number, algebra: DelayAlgebra<D>, values: ReadonlyArray<D | null>): D | null {
  const finite: D[] = [];
  for (let j = program.partStart[i] ?? 0; j < (program.partStart[i + 1] ?? 0); j += 1) {
    const part = values[program.parts[j] ?? 0];
    if (part !== null && part !== undefined) finite.push(part);
  }
  const k = program.b[i] ?? 0;
  if (finite.length < k) return null;
  if (k <= 0) return algebra.constant(0);
  return finite.length === 1 ? (finite[0] ?? null) : algebra.kthFastest(finite, k);
}

/**
 * Evaluates instruction i of `program` in `algebra` from the values of earlier instructions and the
 * scalar inputs; null means saturated (no finite delay). The rules are `DelayRunner`'s (`walk/delayRunner.ts`), operation by
 * operation, so any `DelayAlgebra` (moments, spectral) gives what the walk gives.
 */
export function runInstruction<D>(program: LatencyProgram, i: number, algebra: DelayAlgebra<D>, values: ReadonlyArray<D | null>, scalars: Float64Array): D | null {
  const s0 = program.s0[i] ?? 0;
  const s1 = program.s1[i] ?? 0;
  const a = values[program.a[i] ?? 0] ?? null;
  switch (program.op[i]) {
    case opZero:
      return algebra.constant(0);
    case opConstant:
      return algebra.constant(scalars[s0] ?? 0);
    case opStation:
      return stationDelayOfScalars(algebra, scalars, s0);
    case opService:
      return serviceTimeDelay(algebra, scalars[s0] ?? 0, scalars[s1] ?? 1);
    case opSometimes:
      return a === null ? null : sometimes(algebra, scalars[s0] ?? 1, a);
    case opSequence: {
      const b = values[program.b[i] ?? 0] ?? null;
      return a === null || b === null ? null : algebra.sequence(a, b);
    }
    case opMixture:
      return mixtureOf(program, i, algebra, values, scalars);
    case opKth:
      return kthOf(program, i, algebra, values);
    case opCall: {
      if (a === null) return null;
      const timeoutMs = scalars[s0] ?? Number.NaN;
      const body = Number.isFinite(timeoutMs) ? algebra.withTimeout(a, timeoutMs, scalars[s1] ?? 0, scalars[program.s2[i] ?? 0] ?? 0) : a;
      const times = scalars[program.s3[i] ?? 0] ?? 1;
      return program.b[i] === 1 ? parallelCalls(algebra, body, times) : repeatedCalls(algebra, body, times);
    }
    case opColdStart:
      return a === null ? null : algebra.sequence(sometimes(algebra, scalars[s0] ?? 0, algebra.constant(scalars[s1] ?? 0)), a);
    case opAlias:
      return a;
    default:
      throw new RangeError(`latency program: unknown instruction ${program.op[i]}`);
  }
}
