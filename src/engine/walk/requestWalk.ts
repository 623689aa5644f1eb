import type { ComponentKind } from '../../model';
import type { CallPlan, CallPlans } from '../compile/callPlans';
import { readClass, type CompiledModel } from '../compile/compiledModel';
import { databaseReadsPerCopy, followerAcksPerWrite, syncReplicationTargets } from '../compile/databaseCopies';
import { contextSite } from '../compile/requestContext';
import { networkDefaults } from '../catalog/networkDefaults';
import type { Site } from '../network/site';
import { siteRtt } from '../network/siteRtt';
import { landingOf, messageEdges, responseKey, responseSchedule } from './responseSchedule';
import type { WalkRunner } from './walkRunner';

const handshakeRtts = networkDefaults.tcpHandshakeRtts.value + networkDefaults.tls13HandshakeRtts.value;

/**
 * What a request does (SPEC §2.1), written once and carried out by a `WalkRunner`: each call adds the
 * RTT between caller and callee sites plus the callee's response time; a client's own connection adds
 * last mile and, for new connections, TCP + TLS 1.3 handshakes (2 RTT); DNS adds its lookup on new
 * connections; CDN and read-through caches are hit/miss mixtures for reads (writes pass through); routers pick a target by routing
 * share; `callsPerRequest` repeats; a parallel group waits for all its calls; timeouts with retries cut
 * attempts off; database writes wait for the acknowledgements their model needs (k-th fastest copy),
 * reads go where the consistency level sends them. A component's response is built once per
 * (component, class, context, client side) through `memo`, callees before callers
 * (`build`), so the walk never recurses down a chain of calls.
 */
export class RequestWalk<V> {
  constructor(
    private readonly model: CompiledModel,
    private readonly plans: CallPlans,
    /** First queueing station of each component (`stationLayout`). */
    private readonly stationStart: ArrayLike<number>,
    private readonly r: WalkRunner<V>,
    /** Also build what async messages reach (the simulator sends them; latency leaves them off the request path). */
    private readonly followMessages = false,
  ) {}

  private built = false;

  /** A request of population `population` in class `classIndex` (0 read, 1 write). */
  population(population: number, classIndex: number): V {
    this.build();
    const plan = this.plans.populations[population * 2 + classIndex];
    return plan ? this.runPlan(plan, -(population + 1), classIndex, population, true) : this.r.zero();
  }

  /**
   * Builds every component response a request can reach (once), callees before callers (reverse
   * topological order of the call graph, `responseSchedule`), so building a caller finds its callees'
   * responses memoised: the JS stack stays a few frames deep however long a chain of calls is.
   */
  build(): void {
    if (this.built) return;
    this.built = true;
    const schedule = responseSchedule(this.model.topology, this.plans, this.followMessages);
    for (let i = 0; i < schedule.length; i += 4) this.respond(schedule[i] ?? 0, schedule[i + 1] ?? 0, schedule[i + 2] ?? 0, schedule[i + 3] === 1);
  }

  /** The async edges out of component c that carry messages (call cycles cut). */
  messageEdges(c: number): number[] {
    return messageEdges(this.model.topology, c);
  }

  /** An async message over edge e from `sender` in `context`: the hop to its receiver, which nobody waits for. */
  message(e: number, classIndex: number, sender: number, context: number): V {
    this.build();
    return this.hop(e, classIndex, sender, context, false);
  }

  /** A component's own time before it calls anyone (queueing + service, cold starts, lookups). */
  private ownDelay(c: number, context: number, clientSide: boolean): V {
    const { topology: t, parameters: p } = this.model;
    const r = this.r;
    switch (t.kinds[c]) {
      case 'compute':
      case 'monolith':
      case 'cache': {
        const own = r.station(this.stationStart[c] ?? 0);
        if (p.serverless[c] !== 1) return own;
        return r.coldStart(own, r.parameter('serverlessColdStartRate', c), r.parameter('serverlessColdStartMs', c));
      }
      case 'dns': {
        const newConnections = clientSide && context < t.populationIds.length ? r.parameter('populationNewConnectionFraction', context) : r.literal(0);
        return r.sometimes(newConnections, r.constant(r.parameter('fixedDelayMs', c)));
      }
      case 'queue':
        return r.constant(r.parameter('fixedDelayMs', c));
      case 'cdn':
        return r.zero();
      default:
        return r.service(r.parameter('serviceMs', c), r.parameter('serviceCv', c));
    }
  }

  private respond(c: number, classIndex: number, context: number, clientSide: boolean): V {
    return this.r.memo(responseKey(this.model.topology, this.plans, c, classIndex, context, clientSide, false), () => {
      const r = this.r;
      const own = r.visit(c, classIndex, context, this.ownDelay(c, context, clientSide));
      const plan = this.plans.components[c * 2 + classIndex];
      if (!plan || (plan.routeEdges.length === 0 && plan.steps.length === 0)) return own;
      const onward = this.runPlan(plan, c, classIndex, context, clientSide);
      const tail = plan.servedOnHit ? r.mixture([r.keep('hitRatio', c), r.complement('hitRatio', c)], [r.zero(), onward]) : onward;
      return r.sequence(own, tail);
    }, c, context);
  }

  private runPlan(plan: CallPlan, caller: number, classIndex: number, context: number, clientSide: boolean): V {
    const r = this.r;
    if (plan.router) return r.route(caller, classIndex, plan.routeEdges, context, (i) => this.call(plan.routeEdges[i] ?? 0, classIndex, caller, context, clientSide, false));
    let total = r.zero();
    for (const step of plan.steps) {
      const branches = step.edges.map((e, i) => {
        const call = this.call(e, classIndex, caller, context, clientSide, step.parallel);
        return r.sometimes(step.gated[i] === true ? r.miss(plan.missCaches) : r.literal(1), call);
      });
      const stepDelay = step.parallel ? r.kth(branches, branches.length) : branches.reduce((acc, branch) => r.sequence(acc, branch), r.zero());
      total = r.sequence(total, stepDelay);
    }
    return total;
  }

  private call(e: number, classIndex: number, caller: number, context: number, clientSide: boolean, parallel: boolean): V {
    return this.r.call(e, this.hop(e, classIndex, caller, context, clientSide), parallel, caller < 0 || clientSide);
  }

  private hop(e: number, classIndex: number, caller: number, callerContext: number, callerClientSide: boolean): V {
    const t = this.model.topology;
    const r = this.r;
    const callee = t.edgeTo[e] ?? 0;
    const calleeKind: ComponentKind = t.kinds[callee] ?? 'compute';
    const callerIsPopulation = caller < 0;
    const callerKind = callerIsPopulation ? null : (t.kinds[caller] ?? null);
    const callerSite = contextSite(t, callerContext);
    const landing = landingOf(t, e, caller, callerContext, callerClientSide);
    if (landing === null) return this.databaseHop(callee, classIndex, callerSite);
    const calleeContext = landing.context;
    const response = this.respond(callee, classIndex, calleeContext, landing.clientSide);
    if (calleeKind === 'external' || calleeKind === 'dns') return response;
    const opensClientConnection = callerIsPopulation || (callerClientSide && callerKind === 'dns');
    const rttMs = calleeContext === callerContext ? 0 : siteRtt(callerSite, contextSite(t, calleeContext)).value;
    if (opensClientConnection) {
      const population = callerContext;
      // The client leg: a CDN's PoP RTT, an anycast LB's last mile, else last mile + the RTT to the entry.
      const leg = (scale: number) =>
        calleeKind === 'cdn' ? r.affine('fixedDelayMs', callee, 0, scale) : r.affine('populationLastMileMs', population, calleeKind === 'globalLb' ? 0 : rttMs, scale);
      const handshake = r.network({ kind: 'handshake', edge: e, fromClient: true }, r.sometimes(r.parameter('populationNewConnectionFraction', population), r.constant(leg(handshakeRtts))));
      return r.sequence(r.sequence(handshake, r.network({ kind: 'leg', edge: e, fromClient: true }, r.constant(leg(1)))), response);
    }
    return r.sequence(r.network({ kind: 'leg', edge: e, fromClient: false }, r.constant(r.literal(rttMs))), response);
  }

  private copyDelay(db: number, copy: number, fromSite: Site): V {
    const t = this.model.topology;
    const site = t.copySites[(t.copyStart[db] ?? 0) + copy] ?? fromSite;
    const leg = this.r.network({ kind: 'copyLeg', database: db, copy }, this.r.constant(this.r.literal(siteRtt(fromSite, site).value)));
    return this.r.sequence(leg, this.r.station((this.stationStart[db] ?? 0) + copy));
  }

  /** Synchronous replication edges out of a database: a write waits for every one of them. */
  private syncReplicationDelay(db: number, primarySite: Site): V {
    const parts = syncReplicationTargets(this.model, db).map((target) => this.copyDelay(target, 0, primarySite));
    return parts.length === 0 ? this.r.zero() : this.r.kth(parts, parts.length);
  }

  private databaseHop(db: number, classIndex: number, callerSite: Site): V {
    return this.r.database(db, classIndex, callerSite, () => this.databaseCopies(db, classIndex, callerSite));
  }

  /** A database call as its copies answer it: a quorum, the copy reads go to, or the primary and the acknowledgements a write waits for. */
  private databaseCopies(db: number, classIndex: number, callerSite: Site): V {
    const t = this.model.topology;
    const r = this.r;
    const component = this.model.scenario.components[db];
    const copies = t.copyCount[db] ?? 0;
    if (component?.kind !== 'database' || copies === 0) return r.zero();
    const copyIndices = Array.from({ length: copies }, (_, j) => j);
    if (component.model === 'leaderless') {
      return r.kth(copyIndices.map((j) => this.copyDelay(db, j, callerSite)), classIndex === readClass ? component.quorum.r : component.quorum.w);
    }
    if (classIndex === readClass) {
      const perCopy = databaseReadsPerCopy(this.model, db, callerSite);
      const used = copyIndices.filter((j) => (perCopy[j] ?? 0) > 0);
      return r.mixture(used.map((j) => r.literal(perCopy[j] ?? 0)), used.map((j) => this.copyDelay(db, j, callerSite)));
    }
    const primarySite = t.copySites[t.copyStart[db] ?? 0] ?? callerSite;
    const acks = followerAcksPerWrite(component, copies);
    const followers = copyIndices.slice(1).map((j) => this.copyDelay(db, j, primarySite));
    const replication = acks > 0 ? r.kth(followers, acks) : r.zero();
    return r.sequence(r.sequence(this.copyDelay(db, 0, callerSite), replication), this.syncReplicationDelay(db, primarySite));
  }
}
