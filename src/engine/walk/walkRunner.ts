import type { ParameterArray } from '../program/latencyProgram';
import type { Site } from '../network/site';

/**
 * Network time on a request's path: a call's RTT leg or connection set-up over `edge` (`fromClient`: the
 * client's own connection, last mile included), or the leg from a caller to a database copy.
 */
export type NetworkStep = { kind: 'leg' | 'handshake'; edge: number; fromClient: boolean } | { kind: 'copyLeg'; database: number; copy: number };

/**
 * The operations the request walk (`RequestWalk`) describes a request with, and each runner carries
 * out in its own medium: `DelayRunner` builds distributions at once, `ProgramRecorder` emits them as
 * instructions of a latency program, `SimulationRunner` turns them into processes the simulator runs
 * request by request. `V` is a runner's delay handle (a distribution, an instruction reference, a
 * process). Scalars are plain numbers: a runner's value (`DelayRunner`) or a scalar input's id
 * (`ProgramRecorder`), made only through the scalar methods, so the walk never reads a number itself.
 */
export interface WalkRunner<V> {
  literal(value: number): number;
  parameter(name: ParameterArray, index: number): number;
  /** 1 − parameters[name][index]. */
  complement(name: ParameterArray, index: number): number;
  /** 1 − (1 − parameters[name][index]): the hit weight of a hit/miss mixture. */
  keep(name: ParameterArray, index: number): number;
  /** scale · (parameters[name][index] + offset). */
  affine(name: ParameterArray, index: number, offset: number, scale: number): number;
  /** Π (1 − hitRatio[c]) over `caches`, in order (a cache-aside gate). */
  miss(caches: readonly number[]): number;

  zero(): V;
  /** A fixed delay of scalar `ms`. */
  constant(ms: number): V;
  /** `d` with probability scalar `probability`, nothing otherwise. */
  sometimes(probability: number, d: V): V;
  sequence(first: V, second: V): V;
  /** Parts with weight scalars: zero weights skipped, the rest renormalised. */
  mixture(weights: readonly number[], parts: readonly V[]): V;
  /** The k-th fastest of parts (k = n: all of a fan-out; a quorum). */
  kth(parts: readonly V[], k: number): V;
  /** Queueing station s (wait, then service); saturated when it is. */
  station(s: number): V;
  /** A service time of mean and cv scalars, without a queue. */
  service(meanMs: number, cv: number): V;
  /** `own` preceded, with probability scalar `rate`, by a cold start of scalar `ms`. */
  coldStart(own: V, rate: number, ms: number): V;
  /**
   * The calls edge e makes of `hop`: timeout, retries, backoff, then callsPerRequest in a row or (parallel)
   * at once. `fromClient`: the caller is a population or still on the client's side (DNS, anycast LB), so
   * the callee answers these calls over the Internet.
   */
  call(e: number, hop: V, parallel: boolean, fromClient: boolean): V;
  /** Router `router` from `context` picks one of `edges` by its routing shares; `branch(i)` builds the request down edge i. */
  route(router: number, classIndex: number, edges: readonly number[], context: number, branch: (i: number) => V): V;
  /** A visit of component c, taking `own` (its own time); the simulator fails it while c is down and sends the visit's async messages. */
  visit(c: number, classIndex: number, context: number, own: V): V;
  /** A call of database `db` from `callerSite`; `build` makes it from the copies (the simulator follows the copies' health instead). */
  database(db: number, classIndex: number, callerSite: Site, build: () => V): V;
  /** `d` is the network time `step` (runners that explain a request name it; the others pass `d` on as it is). */
  network(step: NetworkStep, d: V): V;
  /** The delay `build` makes, built once per `key`: component c answering in request context `context`. */
  memo(key: number, build: () => V, c: number, context: number): V;
}
