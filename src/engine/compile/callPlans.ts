import type { ComponentKind } from '../../model';
import { readClass, requestClasses, type CompiledModel } from './compiledModel';

/** Calls made one after another, or (parallel) at once with the caller waiting for the slowest. */
export interface CallStep {
  edges: number[];
  /** True for a call made only on a cache miss (cache-aside: data-store calls), with probability `missProbability`. */
  gated: boolean[];
  parallel: boolean;
}

/** What a request of one class does at a caller: a router picks one of `routeEdges`; others run `steps`. */
export interface CallPlan {
  router: boolean;
  routeEdges: number[];
  steps: CallStep[];
  /** Caches the caller looks up before its gated calls (cache-aside), in call order; none for writes. */
  missCaches: number[];
  /**
   * True when the caller is a CDN or cache and the request a read: a hit (`hitRatio`) answers it there
   * and only a miss goes on. A write is never answered by a cache: it passes through to the origin.
   */
  servedOnHit: boolean;
}

/** Routers choose, services need (SPEC §1): these kinds send each request to one target. */
export const routerKindSet: ReadonlySet<ComponentKind> = new Set(['dns', 'globalLb', 'cdn', 'loadBalancer']);
/** The routers that health-check their targets and stop sending to a failed one after a detection time (a CDN tries its next origin at once). */
export const failoverRouterKindSet: ReadonlySet<ComponentKind> = new Set(['dns', 'globalLb', 'loadBalancer']);
const dataStoreKinds: ReadonlySet<ComponentKind> = new Set(['database', 'objectStorage']);
/** Kinds that answer a read from what they hold (a hit) and pass a write through. */
export const cachingKindSet: ReadonlySet<ComponentKind> = new Set(['cdn', 'cache']);

/**
 * Probability that a plan's gated calls are made: Π(1 − hitRatio) over the caches it looks up first
 * (every lookup misses), in call order.
 */
export function missProbability(plan: CallPlan, hitRatio: Float64Array): number {
  let miss = 1;
  for (const cache of plan.missCaches) miss *= 1 - (hitRatio[cache] ?? 0);
  return miss;
}

/** Probability that call i of `step` is made at all: the plan's miss probability when gated, else 1. */
export function callGate(plan: CallPlan, step: CallStep, i: number, hitRatio: Float64Array): number {
  return step.gated[i] === true ? missProbability(plan, hitRatio) : 1;
}

/** Call plans of every component and population, for reads and writes: `plans[i * 2 + class]`. */
export interface CallPlans {
  components: CallPlan[];
  populations: CallPlan[];
  /**
   * 1 when a component's response differs between reads and writes: it is a CDN or cache that calls
   * on (reads may hit), calls a database or object store (gated for reads), has a call that applies to
   * one class only, or calls such a component. Others share one result for both.
   */
  classSensitive: Uint8Array;
}

function applies(appliesTo: number, classIndex: number): boolean {
  return appliesTo === 0 || appliesTo === classIndex + 1;
}

/**
 * The call plan of a caller for one request class. Non-cyclic call edges that apply to the class, in
 * scenario order; edges of one parallel group form one step. Cache-aside rule: when a caller reads
 * from a cache that has no calls of its own, its calls to databases and object stores are made only on
 * a miss, with probability Π(1 − hitRatio) over those caches. A write is never answered by a cache or
 * CDN: its data-store calls are always made (a write through the cache updates it, then the store).
 */
function buildPlan(model: CompiledModel, edgeIds: ArrayLike<number>, caller: ComponentKind | null, classIndex: number): CallPlan {
  const { topology: t, parameters: p } = model;
  const edges: number[] = [];
  for (let i = 0; i < edgeIds.length; i += 1) {
    const e = edgeIds[i] ?? 0;
    if (t.cyclic[e] === 0 && applies(p.edgeAppliesTo[e] ?? 0, classIndex)) edges.push(e);
  }
  const router = caller !== null && routerKindSet.has(caller);
  const servedOnHit = caller !== null && cachingKindSet.has(caller) && classIndex === readClass;
  if (router) return { router, routeEdges: edges, steps: [], missCaches: [], servedOnHit };
  const missCaches: number[] = [];
  for (const e of edges) {
    const callee = t.edgeTo[e] ?? 0;
    if (classIndex === readClass && t.kinds[callee] === 'cache' && (t.outStart[callee + 1] ?? 0) === (t.outStart[callee] ?? 0)) missCaches.push(callee);
  }
  const steps: CallStep[] = [];
  const stepOfGroup = new Map<number, CallStep>();
  for (const e of edges) {
    const gated = dataStoreKinds.has(t.kinds[t.edgeTo[e] ?? 0] ?? 'compute');
    const group = p.edgeParallelGroup[e] ?? -1;
    const existing = group >= 0 ? stepOfGroup.get(group) : undefined;
    if (existing) {
      existing.edges.push(e);
      existing.gated.push(gated);
      continue;
    }
    const step: CallStep = { edges: [e], gated: [gated], parallel: group >= 0 };
    if (group >= 0) stepOfGroup.set(group, step);
    steps.push(step);
  }
  return { router, routeEdges: [], steps, missCaches, servedOnHit };
}

/**
 * Builds the call plans of a model (O(edges)). They depend on the topology and on which class each
 * edge applies to and its parallel group (`edgeAppliesTo`, `edgeParallelGroup`), not on other numbers.
 */
export function buildCallPlans(model: CompiledModel): CallPlans {
  const t = model.topology;
  const components: CallPlan[] = [];
  t.componentIds.forEach((_, c) => {
    const edges = t.outEdges.subarray(t.outStart[c] ?? 0, t.outStart[c + 1] ?? 0);
    requestClasses.forEach((_, k) => components.push(buildPlan(model, edges, t.kinds[c] ?? 'compute', k)));
  });
  const populations: CallPlan[] = [];
  t.populationIds.forEach((_, q) => {
    const edges = t.clientOutEdges.subarray(t.clientOutStart[q] ?? 0, t.clientOutStart[q + 1] ?? 0);
    requestClasses.forEach((_, k) => populations.push(buildPlan(model, edges, null, k)));
  });
  return { components, populations, classSensitive: classSensitivity(model) };
}

function classSensitivity(model: CompiledModel): Uint8Array {
  const { topology: t, parameters: p } = model;
  const sensitive = new Uint8Array(t.componentIds.length);
  for (let i = t.topologicalOrder.length - 1; i >= 0; i -= 1) {
    const c = t.topologicalOrder[i] ?? 0;
    for (let j = t.outStart[c] ?? 0; j < (t.outStart[c + 1] ?? 0); j += 1) {
      const e = t.outEdges[j] ?? 0;
      const callee = t.edgeTo[e] ?? 0;
      const calleeKind = t.kinds[callee] ?? 'compute';
      const byClass = cachingKindSet.has(t.kinds[c] ?? 'compute') || dataStoreKinds.has(calleeKind) || (p.edgeAppliesTo[e] ?? 0) !== 0 || sensitive[callee] === 1;
      if (t.cyclic[e] === 0 && byClass) sensitive[c] = 1;
    }
  }
  return sensitive;
}
