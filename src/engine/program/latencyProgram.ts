import type { ModelParameters } from '../compile/compiledModel';

/**
 * Instructions of a latency program. Each builds one delay from earlier ones, with the semantics of
 * the request walk's runners (a saturated operand makes the result saturated unless noted):
 * - `opZero`: no delay; `opConstant`: a fixed delay of scalar s0 ms;
 * - `opStation`: the response time of a queueing station, from its `stationScalarCount` scalars from s0
 *   (`writeStationScalars`), saturated when the station is;
 * - `opService`: a service time of mean s0 and cv s1 (no queue);
 * - `opSometimes`: operand a with probability s0, else nothing;
 * - `opSequence`: a then b;
 * - `opMixture`: parts with weight scalars (zero weights skipped, the rest renormalised);
 * - `opKth`: the b-th fastest of the parts (saturated parts never answer);
 * - `opCall`: edge calls of hop a: timeout s0 with retries s1 and backoff s2, repeated s3 times
 *   (b = 1: at once, waiting for all);
 * - `opColdStart`: station a preceded, with probability s0, by a cold start of s1 ms;
 * - `opAlias`: operand a itself.
 */
export const opZero = 0;
export const opConstant = 1;
export const opStation = 2;
export const opService = 3;
export const opSometimes = 4;
export const opSequence = 5;
export const opMixture = 6;
export const opKth = 7;
export const opCall = 8;
export const opColdStart = 9;
export const opAlias = 10;
/** Operand a is an instruction reference for these ops (elsewhere unused); b only for `opSequence`. */
export const opsWithOperandA: ReadonlySet<number> = new Set([opSometimes, opSequence, opCall, opColdStart, opAlias]);
/** `opsWithOperandA` by op code (1: operand a is a reference), for the per-instruction loops of compiling and matching programs. */
export const operandAIsReference: Uint8Array = Uint8Array.from({ length: opAlias + 1 }, (_, op) => (opsWithOperandA.has(op) ? 1 : 0));

/** Parameter arrays a scalar may read, by position. */
export const parameterArrays = [
  'serviceMs',
  'serviceCv',
  'fixedDelayMs',
  'hitRatio',
  'populationNewConnectionFraction',
  'populationLastMileMs',
  'serverlessColdStartMs',
  'serverlessColdStartRate',
  'edgeCallsPerRequest',
  'edgeTimeoutMs',
  'edgeRetries',
  'edgeRetryBackoffMs',
] as const satisfies ReadonlyArray<keyof ModelParameters>;
export type ParameterArray = (typeof parameterArrays)[number];

/**
 * Scalar inputs, re-read on every evaluation (their changes decide what is recomputed):
 * - `scalarLiteral`: `literal`;
 * - `scalarParameter`: parameters[array][index]; `scalarComplement`: 1 − that; `scalarKeep`: 1 − (1 − that)
 *   (the hit weight of a hit/miss mixture, as the walk computes it);
 * - `scalarAffine`: scale · (parameters[array][index] + literal);
 * - `scalarMiss`: Π (1 − hitRatio[c]) over `list` (cache-aside gate);
 * - `scalarStation`: scalar number `array` of station `index` (`writeStationScalars`);
 * - `scalarRoute`: weight `literal` (position) of route group `index`.
 */
export const scalarLiteral = 0;
export const scalarParameter = 1;
export const scalarComplement = 2;
export const scalarKeep = 3;
export const scalarAffine = 4;
export const scalarMiss = 5;
export const scalarStation = 6;
export const scalarRoute = 7;

/** A router's choice among its call edges from one request context (`routeWeights`). */
export interface RouteGroup {
  router: number;
  edges: number[];
  context: number;
  /** Index of the scalar holding the first edge's weight; the others follow. */
  firstScalar: number;
}

/** Scalars that copy one array's elements: scalar `scalars[j]` = array[`indices[j]`]. */
export interface ScalarReads {
  scalars: Int32Array;
  indices: Int32Array;
}

/** How to read every scalar input (struct of arrays). */
export interface ScalarTable {
  count: number;
  kind: Uint8Array;
  array: Uint8Array;
  index: Int32Array;
  literal: Float64Array;
  scale: Float64Array;
  /** Caches of a `scalarMiss`, CSR over `listItems`. */
  listStart: Int32Array;
  listItems: Int32Array;
  routeGroups: RouteGroup[];
  /** The `scalarParameter` scalars per parameter array, for reading in bulk. */
  parameterReads: ScalarReads[];
  /** The first `scalarStation` scalar of each station and the station (`writeStationScalars` writes the rest). */
  stationReads: ScalarReads;
  /** The other scalars, read one by one. */
  others: Int32Array;
}

/**
 * A request walk compiled once per structure (SPEC §2.1): flat instructions grouped into nodes. A
 * node is what the walk memoises (a station, a component answering in one context, a population's
 * request of one class); its instructions are contiguous, refer to earlier instructions of the same
 * node or to the last instruction (the output) of earlier nodes, and nodes come children first.
 * Numbers are not baked in: instructions name scalar inputs, re-read on every evaluation, so a
 * parameter edit reuses the program. Instructions of a router's branch carry that branch's weight
 * as `guard` and are skipped while it is 0 (the walk never builds calls a router never makes).
 */
export interface LatencyProgram {
  op: Uint8Array;
  a: Int32Array;
  b: Int32Array;
  s0: Int32Array;
  s1: Int32Array;
  s2: Int32Array;
  s3: Int32Array;
  guard: Int32Array;
  /** Operands of mixtures and order statistics, CSR over `parts`; `partWeights` holds mixture weight scalars. */
  partStart: Int32Array;
  parts: Int32Array;
  partWeights: Int32Array;
  nodeCount: number;
  /** Instructions of node j: `nodeStart[j] … nodeStart[j + 1] − 1`, the last one its output. */
  nodeStart: Int32Array;
  /** Scalars node j reads, CSR. */
  nodeScalarStart: Int32Array;
  nodeScalars: Int32Array;
  /** Nodes node j reads, CSR, each with the scalar that must be > 0 for it to be read (−1: always). */
  nodeChildStart: Int32Array;
  nodeChildren: Int32Array;
  nodeChildGuards: Int32Array;
  /** Node of population p's requests of class k: `populationNodes[p * 2 + k]`. */
  populationNodes: Int32Array;
  scalars: ScalarTable;
}
