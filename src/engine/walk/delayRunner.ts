import type { CallPlans } from '../compile/callPlans';
import type { CompiledModel } from '../compile/compiledModel';
import { contextSite } from '../compile/requestContext';
import { routeWeights } from '../compile/routeWeights';
import { stationConditionalWait, type StationTable } from '../capacity/stations';
import type { DelayAlgebra } from '../spectral/delayAlgebra';
import { parallelCalls, repeatedCalls, serviceTimeDelay, sometimes, stationDelay } from '../spectral/delayShapes';
import { ParameterValues } from './parameterValues';
import { RequestWalk } from './requestWalk';
import type { Site } from '../network/site';
import type { NetworkStep, WalkRunner } from './walkRunner';

/** A delay, or null when it passes through a saturated station (no finite latency exists). */
type Maybe<D> = D | null;

/**
 * Runs the request walk directly: every operation builds its delay at once in a `DelayAlgebra`
 * (moments, spectral), from the model's numbers. Scalars are the values themselves.
 */
class DelayRunner<D> extends ParameterValues implements WalkRunner<Maybe<D>> {
  private readonly memoized = new Map<number, Maybe<D>>();
  private readonly stations = new Map<number, Maybe<D>>();

  constructor(
    model: CompiledModel,
    private readonly table: StationTable,
    private readonly algebra: DelayAlgebra<D>,
  ) {
    super(model);
  }

  zero(): Maybe<D> {
    return this.algebra.constant(0);
  }

  constant(ms: number): Maybe<D> {
    return this.algebra.constant(ms);
  }

  sometimes(probability: number, d: Maybe<D>): Maybe<D> {
    return d === null ? null : sometimes(this.algebra, probability, d);
  }

  sequence(first: Maybe<D>, second: Maybe<D>): Maybe<D> {
    return first === null || second === null ? null : this.algebra.sequence(first, second);
  }

  mixture(weights: readonly number[], parts: ReadonlyArray<Maybe<D>>): Maybe<D> {
    const kept: D[] = [];
    const keptWeights: number[] = [];
    for (let i = 0; i < parts.length; i += 1) {
      const w = weights[i] ?? 0;
      if (w <= 0) continue;
      const part = parts[i];
      if (part === null || part === undefined) return null;
      kept.push(part);
      keptWeights.push(w);
    }
    if (kept.length === 0) return this.algebra.constant(0);
    if (kept.length === 1) return kept[0] ?? null;
    const total = keptWeights.reduce((sum, w) => sum + w, 0);
    return this.algebra.mixture(keptWeights.map((w) => w / total), kept);
  }

  /** k-th fastest of parts where a saturated part never answers: null if fewer than k can. */
  kth(parts: ReadonlyArray<Maybe<D>>, k: number): Maybe<D> {
    const finite = parts.filter((part): part is D => part !== null);
    if (finite.length < k) return null;
    if (k <= 0) return this.algebra.constant(0);
    return finite.length === 1 ? (finite[0] ?? null) : this.algebra.kthFastest(finite, k);
  }

  station(s: number): Maybe<D> {
    const cached = this.stations.get(s);
    if (cached !== undefined) return cached;
    const st = this.table;
    const delay = st.saturated[s] === 1 ? null : stationDelay(this.algebra, st.waitProbability[s] ?? 0, stationConditionalWait(st, s), st.serviceMs[s] ?? 0, st.serviceCv[s] ?? 1);
    this.stations.set(s, delay);
    return delay;
  }

  service(meanMs: number, cv: number): Maybe<D> {
    return serviceTimeDelay(this.algebra, meanMs, cv);
  }

  coldStart(own: Maybe<D>, rate: number, ms: number): Maybe<D> {
    return own === null ? null : this.algebra.sequence(sometimes(this.algebra, rate, this.algebra.constant(ms)), own);
  }

  call(e: number, hop: Maybe<D>, parallel: boolean): Maybe<D> {
    if (hop === null) return null;
    const p = this.model.parameters;
    const timeoutMs = p.edgeTimeoutMs[e] ?? Number.NaN;
    const body = Number.isFinite(timeoutMs) ? this.algebra.withTimeout(hop, timeoutMs, p.edgeRetries[e] ?? 0, p.edgeRetryBackoffMs[e] ?? 0) : hop;
    const times = p.edgeCallsPerRequest[e] ?? 1;
    return parallel ? parallelCalls(this.algebra, body, times) : repeatedCalls(this.algebra, body, times);
  }

  route(router: number, _classIndex: number, edges: readonly number[], context: number, branch: (i: number) => Maybe<D>): Maybe<D> {
    const weights = routeWeights(this.model, router, edges, contextSite(this.model.topology, context));
    // A branch the router never takes is not built (it may pass through a saturated station).
    return this.mixture(Array.from(weights), edges.map((_, i) => ((weights[i] ?? 0) > 0 ? branch(i) : null)));
  }

  visit(_c: number, _classIndex: number, _context: number, own: Maybe<D>): Maybe<D> {
    return own;
  }

  database(_db: number, _classIndex: number, _callerSite: Site, build: () => Maybe<D>): Maybe<D> {
    return build();
  }

  network(_step: NetworkStep, d: Maybe<D>): Maybe<D> {
    return d;
  }

  memo(key: number, build: () => Maybe<D>): Maybe<D> {
    const cached = this.memoized.get(key);
    if (cached !== undefined) return cached;
    const built = build();
    this.memoized.set(key, built);
    return built;
  }
}

/**
 * The request walk run directly in `algebra`: `population(p, k)` is the delay of a request of
 * population p in class k (null when it passes through a saturated station).
 */
export function directRequestWalk<D>(model: CompiledModel, plans: CallPlans, stations: StationTable, algebra: DelayAlgebra<D>): RequestWalk<Maybe<D>> {
  return new RequestWalk(model, plans, stations.start, new DelayRunner(model, stations, algebra));
}
