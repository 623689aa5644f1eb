import type { ComponentKind } from '../../model';
import { callGate, type CallPlan, type CallPlans } from '../compile/callPlans';
import { readClass, type CompiledModel } from '../compile/compiledModel';
import { databaseReadsPerCopy, followerAcksPerWrite } from '../compile/databaseCopies';
import { calleeIsClientSide, contextOfComponent, contextSite } from '../compile/requestContext';
import { routeWeights } from '../compile/routeWeights';
import { stationConditionalWait, type StationTable } from '../capacity/stations';
import { networkDefaults } from '../catalog/networkDefaults';
import type { Site } from '../network/site';
import { siteRtt } from '../network/siteRtt';
import type { DelayAlgebra } from './delayAlgebra';
import { parallelCalls, repeatedCalls, serviceTimeDelay, sometimes, stationDelay } from './delayShapes';

/** A delay, or null when it passes through a saturated station (no finite latency exists). */
type Maybe<D> = D | null;

const handshakeRtts = networkDefaults.tcpHandshakeRtts.value + networkDefaults.tls13HandshakeRtts.value;

/**
 * Walks a request through the compiled graph (SPEC §2.1) and builds its delay in any `DelayAlgebra`:
 * each call adds the RTT between caller and callee sites plus the callee's response time; a client's
 * own connection adds last mile and, for new connections, TCP + TLS 1.3 handshakes (2 RTT); DNS adds
 * its lookup on new connections; CDN and read-through caches are hit/miss mixtures; routers are
 * mixtures over targets by routing share; `callsPerRequest` repeats; a parallel group is the maximum
 * of its calls; timeouts with retries cut attempts off; database writes wait for the acknowledgements
 * their model needs (k-th fastest copy), reads go where the consistency level sends them.
 * Results are memoised per (component, class, context, client side), so shared subgraphs are built once.
 */
export class LatencyWalk<D> {
  private readonly memo = new Map<number, Maybe<D>>();
  private readonly stationMemo = new Map<number, Maybe<D>>();

  constructor(
    private readonly model: CompiledModel,
    private readonly plans: CallPlans,
    private readonly stations: StationTable,
    private readonly algebra: DelayAlgebra<D>,
  ) {}

  /** End-to-end response time of one request of population `population` in class `classIndex`. */
  population(population: number, classIndex: number): Maybe<D> {
    const plan = this.plans.populations[population * 2 + classIndex];
    return plan ? this.runPlan(plan, -(population + 1), classIndex, population, true) : this.algebra.constant(0);
  }

  private sequence(a: Maybe<D>, b: Maybe<D>): Maybe<D> {
    return a === null || b === null ? null : this.algebra.sequence(a, b);
  }

  private mixture(weights: number[], parts: Array<Maybe<D>>): Maybe<D> {
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
  private kthFastest(parts: Array<Maybe<D>>, k: number): Maybe<D> {
    const finite = parts.filter((part): part is D => part !== null);
    if (finite.length < k) return null;
    if (k <= 0) return this.algebra.constant(0);
    return finite.length === 1 ? (finite[0] ?? null) : this.algebra.kthFastest(finite, k);
  }

  private station(s: number): Maybe<D> {
    const cached = this.stationMemo.get(s);
    if (cached !== undefined) return cached;
    const st = this.stations;
    let delay: Maybe<D> = null;
    if (st.saturated[s] !== 1) {
      delay = stationDelay(this.algebra, st.waitProbability[s] ?? 0, stationConditionalWait(st, s), st.serviceMs[s] ?? 0, st.serviceCv[s] ?? 1);
    }
    this.stationMemo.set(s, delay);
    return delay;
  }

  /** A component's own time before it calls anyone (queueing + service, cold starts, lookups). */
  private ownDelay(c: number, context: number, clientSide: boolean): Maybe<D> {
    const { topology: t, parameters: p } = this.model;
    const a = this.algebra;
    switch (t.kinds[c]) {
      case 'compute':
      case 'monolith':
      case 'cache': {
        const own = this.station(this.stations.start[c] ?? 0);
        if (p.serverless[c] !== 1 || own === null) return own;
        return this.sequence(sometimes(a, p.serverlessColdStartRate[c] ?? 0, a.constant(p.serverlessColdStartMs[c] ?? 0)), own);
      }
      case 'dns': {
        const populations = t.populationIds.length;
        const newConnections = clientSide && context < populations ? (p.populationNewConnectionFraction[context] ?? 0) : 0;
        return sometimes(a, newConnections, a.constant(p.fixedDelayMs[c] ?? 0));
      }
      case 'queue':
        return a.constant(p.fixedDelayMs[c] ?? 0);
      case 'cdn':
        return a.constant(0);
      default:
        return serviceTimeDelay(a, p.serviceMs[c] ?? 0, p.serviceCv[c] ?? 1);
    }
  }

  private respond(c: number, classIndex: number, context: number, clientSide: boolean): Maybe<D> {
    const key = ((c * 2 + (this.plans.classSensitive[c] === 1 ? classIndex : 0)) * (this.model.topology.populationIds.length + this.model.topology.componentIds.length) + context) * 2 + (clientSide ? 1 : 0);
    const cached = this.memo.get(key);
    if (cached !== undefined) return cached;
    const { topology: t, parameters: p } = this.model;
    const own = this.ownDelay(c, context, clientSide);
    const plan = this.plans.components[c * 2 + classIndex];
    let result = own;
    if (plan && (plan.routeEdges.length > 0 || plan.steps.length > 0)) {
      const onward = this.runPlan(plan, c, classIndex, context, clientSide);
      const kind = t.kinds[c];
      const missRatio = kind === 'cdn' || kind === 'cache' ? 1 - (p.hitRatio[c] ?? 0) : 1;
      result = this.sequence(own, missRatio < 1 ? this.mixture([1 - missRatio, missRatio], [this.algebra.constant(0), onward]) : onward);
    }
    this.memo.set(key, result);
    return result;
  }

  private runPlan(plan: CallPlan, caller: number, classIndex: number, context: number, clientSide: boolean): Maybe<D> {
    const a = this.algebra;
    if (plan.router) {
      const weights = routeWeights(this.model, caller, plan.routeEdges, contextSite(this.model.topology, context));
      const parts = plan.routeEdges.map((e, i) => ((weights[i] ?? 0) > 0 ? this.call(e, classIndex, caller, context, clientSide, false) : null));
      return this.mixture(Array.from(weights), parts);
    }
    let total: Maybe<D> = a.constant(0);
    for (const step of plan.steps) {
      const branches = step.edges.map((e, i) => {
        const body = this.call(e, classIndex, caller, context, clientSide, step.parallel);
        return body === null ? null : sometimes(a, callGate(plan, step, i, this.model.parameters.hitRatio), body);
      });
      const stepDelay = step.parallel ? this.kthFastest(branches, branches.length) : branches.reduce<Maybe<D>>((acc, branch) => this.sequence(acc, branch), a.constant(0));
      total = this.sequence(total, stepDelay);
      if (total === null) return null;
    }
    return total;
  }

  /** One edge's calls: multiplicity (in a row, or at once in a parallel group) of timed-out attempts of a hop. */
  private call(e: number, classIndex: number, caller: number, context: number, clientSide: boolean, parallel: boolean): Maybe<D> {
    const p = this.model.parameters;
    let body = this.hop(e, classIndex, caller, context, clientSide);
    const timeoutMs = p.edgeTimeoutMs[e] ?? Number.NaN;
    if (body !== null && Number.isFinite(timeoutMs)) body = this.algebra.withTimeout(body, timeoutMs, p.edgeRetries[e] ?? 0, p.edgeRetryBackoffMs[e] ?? 0);
    if (body === null) return null;
    const times = p.edgeCallsPerRequest[e] ?? 1;
    return parallel ? parallelCalls(this.algebra, body, times) : repeatedCalls(this.algebra, body, times);
  }

  private hop(e: number, classIndex: number, caller: number, callerContext: number, callerClientSide: boolean): Maybe<D> {
    const { topology: t, parameters: p } = this.model;
    const a = this.algebra;
    const callee = t.edgeTo[e] ?? 0;
    const calleeKind: ComponentKind = t.kinds[callee] ?? 'compute';
    const callerIsPopulation = caller < 0;
    const callerKind = callerIsPopulation ? null : (t.kinds[caller] ?? null);
    const callerSite = contextSite(t, callerContext);
    if (calleeKind === 'database') return this.databaseHop(callee, classIndex, callerSite);
    const calleeContext = contextOfComponent(t, callee, callerContext);
    const calleeClientSide = calleeIsClientSide(callerIsPopulation, callerKind, callerClientSide, calleeKind);
    const response = this.respond(callee, classIndex, calleeContext, calleeClientSide);
    if (calleeKind === 'external' || calleeKind === 'dns') return response;
    const opensClientConnection = callerIsPopulation || (callerClientSide && callerKind === 'dns');
    let rttMs = calleeContext === callerContext ? 0 : siteRtt(callerSite, contextSite(t, calleeContext)).value;
    if (opensClientConnection) {
      const population = callerContext;
      const lastMileMs = p.populationLastMileMs[population] ?? 0;
      rttMs = calleeKind === 'cdn' ? (p.fixedDelayMs[callee] ?? 0) : calleeKind === 'globalLb' ? lastMileMs : lastMileMs + rttMs;
      const handshake = sometimes(a, p.populationNewConnectionFraction[population] ?? 0, a.constant(handshakeRtts * rttMs));
      return this.sequence(a.sequence(handshake, a.constant(rttMs)), response);
    }
    return this.sequence(a.constant(rttMs), response);
  }

  private copyDelay(db: number, copy: number, fromSite: Site): Maybe<D> {
    const t = this.model.topology;
    const site = t.copySites[(t.copyStart[db] ?? 0) + copy] ?? fromSite;
    return this.sequence(this.algebra.constant(siteRtt(fromSite, site).value), this.station((this.stations.start[db] ?? 0) + copy));
  }

  /** Synchronous replication edges out of a database: a write waits for every one of them. */
  private syncReplicationDelay(db: number, primarySite: Site): Maybe<D> {
    const { topology: t, parameters: p } = this.model;
    const parts: Array<Maybe<D>> = [];
    for (let i = t.flowOutStart[db] ?? 0; i < (t.flowOutStart[db + 1] ?? 0); i += 1) {
      const e = t.flowOutEdges[i] ?? 0;
      if (p.edgeSyncReplication[e] !== 1) continue;
      const target = t.edgeTo[e] ?? 0;
      parts.push(this.copyDelay(target, 0, primarySite));
    }
    return parts.length === 0 ? this.algebra.constant(0) : this.kthFastest(parts, parts.length);
  }

  private databaseHop(db: number, classIndex: number, callerSite: Site): Maybe<D> {
    const t = this.model.topology;
    const component = this.model.scenario.components[db];
    const copies = t.copyCount[db] ?? 0;
    if (component?.kind !== 'database' || copies === 0) return this.algebra.constant(0);
    if (component.model === 'leaderless') {
      const parts = Array.from({ length: copies }, (_, j) => this.copyDelay(db, j, callerSite));
      return this.kthFastest(parts, classIndex === readClass ? component.quorum.r : component.quorum.w);
    }
    if (classIndex === readClass) {
      const perCopy = databaseReadsPerCopy(this.model, db, callerSite);
      return this.mixture(Array.from(perCopy), Array.from({ length: copies }, (_, j) => ((perCopy[j] ?? 0) > 0 ? this.copyDelay(db, j, callerSite) : null)));
    }
    const primarySite = t.copySites[t.copyStart[db] ?? 0] ?? callerSite;
    const acks = followerAcksPerWrite(component, copies);
    const followers = Array.from({ length: copies - 1 }, (_, j) => this.copyDelay(db, j + 1, primarySite));
    const replication = acks > 0 ? this.kthFastest(followers, acks) : this.algebra.constant(0);
    return this.sequence(this.sequence(this.copyDelay(db, 0, callerSite), replication), this.syncReplicationDelay(db, primarySite));
  }
}
