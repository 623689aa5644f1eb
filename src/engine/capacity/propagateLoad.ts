import { missProbability, type CallPlan, type CallPlans } from '../compile/callPlans';
import { edgeKindAsync, edgeKindReplication, type CompiledModel } from '../compile/compiledModel';
import { calleeIsClientSide, contextOfComponent, contextSite } from '../compile/requestContext';
import { routeWeights } from '../compile/routeWeights';
import { databaseReadsPerCopy } from '../compile/databaseCopies';

/**
 * Traffic of a design per unit of offered load (SPEC §2.2): every figure is per request/s entering the
 * design, so the traffic at load X is X times these (the model is linear in the offered load).
 */
export interface LoadResult {
  /** Calls/s arriving at each component, per class: `arrivals[c * 2 + class]`. */
  arrivals: Float64Array;
  /** Calls (or messages) per second carried by each edge. */
  edgeRate: Float64Array;
  /** Requests/s a component answers to the Internet (first placed hop of a client request). */
  internetResponsesPerSecond: Float64Array;
  /** The same requests by the edge they arrived on (its callee answers them to the Internet). */
  internetResponsesByEdge: Float64Array;
  /** Replicated writes/s a database receives through replication edges. */
  replicatedWritesPerSecond: Float64Array;
  /** Operations/s each database copy serves (reads routed to it plus every write it applies), by copy index. */
  copyArrivals: Float64Array;
  /**
   * 1 when population p's requests reach component c: `reach[p * n + c]`; with scope `traffic`, what its
   * calls, messages and written data reach (replicas included), with `requestPath` what its requests wait
   * for. None for a population of share 0: `populationReach` has every population's.
   */
  reach: Uint8Array;
}

/**
 * What `propagateLoad` follows from a request: `traffic`, everything it causes (calls, async messages
 * and their consumers, replication); `requestPath`, only what the request waits for, as the latency walk
 * does (`RequestWalk`): its calls, and for a write into a database that is not leaderless, the primary
 * copy of each target of a synchronous replication edge (counted as a write arriving there, and not
 * followed further). Async messages are fire-and-forget, off the request path.
 */
export type LoadScope = 'traffic' | 'requestPath';

interface Walk {
  model: CompiledModel;
  scope: LoadScope;
  plans: CallPlans;
  result: LoadResult;
  population: number;
  classIndex: number;
  /** Amount waiting at each placed component. */
  placed: Float64Array;
  /** Amounts waiting at global components, by `context * 2 + clientSide`. */
  global: Array<Map<number, number>>;
}

function deliver(walk: Walk, edge: number, amount: number, callerContext: number, callerIsPopulation: boolean, callerKind: Parameters<typeof calleeIsClientSide>[1], callerClientSide: boolean): void {
  if (amount <= 0) return;
  const t = walk.model.topology;
  const callee = t.edgeTo[edge] ?? 0;
  walk.result.edgeRate[edge] = (walk.result.edgeRate[edge] ?? 0) + amount;
  const calleeKind = t.kinds[callee] ?? 'compute';
  const clientSide = calleeIsClientSide(callerIsPopulation, callerKind, callerClientSide, calleeKind);
  if (t.sites[callee] === null) {
    const key = callerContext * 2 + (clientSide ? 1 : 0);
    const states = walk.global[callee] ?? new Map<number, number>();
    walk.global[callee] = states;
    states.set(key, (states.get(key) ?? 0) + amount);
    return;
  }
  const fromClientSide = callerIsPopulation || (callerClientSide && (callerKind === 'dns' || callerKind === 'globalLb'));
  if (fromClientSide) {
    walk.result.internetResponsesPerSecond[callee] = (walk.result.internetResponsesPerSecond[callee] ?? 0) + amount;
    walk.result.internetResponsesByEdge[edge] = (walk.result.internetResponsesByEdge[edge] ?? 0) + amount;
  }
  walk.placed[callee] = (walk.placed[callee] ?? 0) + amount;
  if (calleeKind === 'database') addDatabaseLoad(walk, callee, amount, walk.classIndex === 0 ? databaseReadsPerCopy(walk.model, callee, contextSite(t, callerContext)) : null);
}

/** Adds reads (spread by `readsPerCopy`) or, when it is null, writes applied by every copy. */
function addDatabaseLoad(walk: Walk, db: number, amount: number, readsPerCopy: Float64Array | null): void {
  const t = walk.model.topology;
  const start = t.copyStart[db] ?? 0;
  for (let j = 0; j < (t.copyCount[db] ?? 0); j += 1) {
    walk.result.copyArrivals[start + j] = (walk.result.copyArrivals[start + j] ?? 0) + amount * (readsPerCopy === null ? 1 : (readsPerCopy[j] ?? 0));
  }
}

function runPlan(walk: Walk, plan: CallPlan, caller: number, amount: number, context: number, clientSide: boolean): void {
  const { topology: t, parameters: p } = walk.model;
  const callerIsPopulation = caller < 0;
  const callerKind = callerIsPopulation ? null : (t.kinds[caller] ?? null);
  if (plan.router) {
    const forwarded = plan.servedOnHit ? amount * (1 - (p.hitRatio[caller] ?? 0)) : amount;
    const weights = routeWeights(walk.model, caller, plan.routeEdges, contextSite(t, context));
    plan.routeEdges.forEach((e, i) => deliver(walk, e, forwarded * (weights[i] ?? 0) * (p.edgeCallsPerRequest[e] ?? 0), context, callerIsPopulation, callerKind, clientSide));
    return;
  }
  const readThrough = plan.servedOnHit ? 1 - (p.hitRatio[caller] ?? 0) : 1;
  const miss = missProbability(plan, p.hitRatio);
  for (const step of plan.steps) {
    step.edges.forEach((e, i) => deliver(walk, e, amount * readThrough * (step.gated[i] === true ? miss : 1) * (p.edgeCallsPerRequest[e] ?? 0), context, callerIsPopulation, callerKind, clientSide));
  }
}

function runFlows(walk: Walk, component: number, amount: number): void {
  const { topology: t, parameters: p } = walk.model;
  const start = t.flowOutStart[component] ?? 0;
  const end = t.flowOutStart[component + 1] ?? 0;
  let consumers = 0;
  for (let i = start; i < end; i += 1) if (t.edgeKind[t.flowOutEdges[i] ?? 0] === edgeKindAsync && t.kinds[component] === 'queue') consumers += 1;
  for (let i = start; i < end; i += 1) {
    const e = t.flowOutEdges[i] ?? 0;
    if (t.cyclic[e] === 1) continue;
    const target = t.edgeTo[e] ?? 0;
    if (walk.scope === 'requestPath') {
      const source = walk.model.scenario.components[component];
      if (walk.classIndex === 1 && p.edgeSyncReplication[e] === 1 && source?.kind === 'database' && source.model !== 'leaderless') waitForReplica(walk, target, amount);
      continue;
    }
    if (t.edgeKind[e] === edgeKindReplication) {
      if (walk.classIndex === 1) {
        walk.result.reach[walk.population * t.componentIds.length + target] = 1; // the population's data is copied there
        walk.result.edgeRate[e] = (walk.result.edgeRate[e] ?? 0) + amount;
        walk.result.replicatedWritesPerSecond[target] = (walk.result.replicatedWritesPerSecond[target] ?? 0) + amount;
        addDatabaseLoad(walk, target, amount, null);
      }
      continue;
    }
    // A queue's consumers compete for its messages (SQS semantics); a sender publishes messagesPerRequest.
    const rate = t.kinds[component] === 'queue' ? amount / Math.max(1, consumers) : amount * (p.edgeMessagesPerRequest[e] ?? 0);
    if (rate <= 0) continue;
    walk.result.edgeRate[e] = (walk.result.edgeRate[e] ?? 0) + rate;
    walk.placed[target] = (walk.placed[target] ?? 0) + rate;
  }
}

/** A write that waits for the primary copy of a synchronous replica `db` (`RequestWalk.syncReplicationDelay`). */
function waitForReplica(walk: Walk, db: number, amount: number): void {
  const t = walk.model.topology;
  walk.result.arrivals[db * 2 + 1] = (walk.result.arrivals[db * 2 + 1] ?? 0) + amount;
  walk.result.reach[walk.population * t.componentIds.length + db] = 1;
  const primary = t.copyStart[db] ?? 0;
  if ((t.copyCount[db] ?? 0) > 0) walk.result.copyArrivals[primary] = (walk.result.copyArrivals[primary] ?? 0) + amount;
}

function visit(walk: Walk, component: number, amount: number, context: number, clientSide: boolean): void {
  if (amount <= 0) return;
  const { topology: t } = walk.model;
  const n = t.componentIds.length;
  const slot = component * 2 + walk.classIndex;
  walk.result.arrivals[slot] = (walk.result.arrivals[slot] ?? 0) + amount;
  walk.result.reach[walk.population * n + component] = 1;
  const plan = walk.plans.components[slot];
  if (plan) runPlan(walk, plan, component, amount, context, clientSide);
  runFlows(walk, component, amount);
}

/**
 * Offered load on every component and edge (SPEC §2.2): workload × population share × class share
 * (reads / writes) × routing shares × callsPerRequest × cache and CDN miss ratios, propagated in
 * topological order; async messages split evenly among a queue's consumers; replication edges carry
 * the source's writes. Retries are not counted (first attempts only). Computed for 1 request/s.
 * `scope` `requestPath` keeps only what requests wait for (`LoadScope`).
 */
export function propagateLoad(model: CompiledModel, plans: CallPlans, scope: LoadScope = 'traffic'): LoadResult {
  const { topology: t, parameters: p } = model;
  const n = t.componentIds.length;
  const populations = t.populationIds.length;
  const result: LoadResult = {
    arrivals: new Float64Array(n * 2),
    edgeRate: new Float64Array(t.edgeIds.length),
    internetResponsesPerSecond: new Float64Array(n),
    internetResponsesByEdge: new Float64Array(t.edgeIds.length),
    replicatedWritesPerSecond: new Float64Array(n),
    copyArrivals: new Float64Array(t.copySites.length),
    reach: new Uint8Array(populations * n),
  };
  const classShares = [p.readFraction, 1 - p.readFraction];
  for (let population = 0; population < populations; population += 1) {
    for (let classIndex = 0; classIndex < 2; classIndex += 1) {
      const amount = (p.populationShare[population] ?? 0) * (classShares[classIndex] ?? 0);
      const walk: Walk = { model, scope, plans, result, population, classIndex, placed: new Float64Array(n), global: [] };
      const plan = plans.populations[population * 2 + classIndex];
      if (amount <= 0 || !plan) continue;
      runPlan(walk, plan, -(population + 1), amount, population, true);
      for (const component of t.topologicalOrder) {
        visit(walk, component, walk.placed[component] ?? 0, contextOfComponent(t, component, population), false);
        const states = walk.global[component];
        if (states) for (const [key, value] of states) visit(walk, component, value, key >> 1, (key & 1) === 1);
      }
    }
  }
  return result;
}
