import type { ComponentKind } from '../../model';
import type { CallPlan, CallPlans } from '../compile/callPlans';
import { readClass, type CompiledModel } from '../compile/compiledModel';
import { databaseReadsPerCopy, followerAcksPerWrite } from '../compile/databaseCopies';
import { calleeIsClientSide, contextOfComponent, contextSite } from '../compile/requestContext';
import { stationLayout } from '../capacity/stations';
import { networkDefaults } from '../catalog/networkDefaults';
import type { Site } from '../network/site';
import { siteRtt } from '../network/siteRtt';
import { opAlias, opCall, opColdStart, opSequence, opService, opStation, opsWithOperandA, opZero, stationScalarCount, type LatencyProgram } from './latencyProgram';
import { NodeBody } from './programNodeBody';
import { ScalarRegistry } from './programScalars';

const handshakeRtts = networkDefaults.tcpHandshakeRtts.value + networkDefaults.tls13HandshakeRtts.value;

/** Builds a `LatencyProgram`; see `compileLatencyProgram`. */
class LatencyProgramCompiler {
  private readonly scalars = new ScalarRegistry();
  private readonly stationStart: Int32Array;
  private readonly respondNodes = new Map<number, number>();
  private readonly stationNodes = new Map<number, number>();
  private readonly nodeOutput: number[] = [];
  private readonly op: number[] = [];
  private readonly a: number[] = [];
  private readonly b: number[] = [];
  private readonly s: number[][] = [[], [], [], []];
  private readonly guard: number[] = [];
  private readonly partStart: number[] = [0];
  private readonly parts: number[] = [];
  private readonly partWeights: number[] = [];
  private readonly nodeStart: number[] = [0];
  private readonly nodeScalarStart: number[] = [0];
  private readonly nodeScalars: number[] = [];
  private readonly nodeChildStart: number[] = [0];
  private readonly nodeChildren: number[] = [];
  private readonly nodeChildGuards: number[] = [];
  /** Per scalar, the last node (+ 1) that listed it: `finish` lists each scalar of a node once. */
  private readonly scalarStamp: number[] = [];

  constructor(
    private readonly model: CompiledModel,
    private readonly plans: CallPlans,
  ) {
    this.stationStart = stationLayout(model.topology);
  }

  /**
   * Appends a finished node (its output is `output`, made the last instruction) and returns its id.
   * An output that is another node's (a negative reference) is always aliased: node 0's is −1, which an
   * empty body's `op.length − 1` equals too, and without the alias that node would read the previous
   * node's last instruction instead.
   */
  private finish(body: NodeBody, output: number): number {
    if (output < 0 || output !== body.op.length - 1) body.emit(opAlias, output);
    const base = this.op.length;
    const relocate = (ref: number) => (ref >= 0 ? base + ref : (this.nodeOutput[-ref - 1] ?? 0));
    for (let i = 0; i < body.op.length; i += 1) {
      const op = body.op[i] ?? opZero;
      this.op.push(op);
      this.a.push(opsWithOperandA.has(op) ? relocate(body.a[i] ?? 0) : (body.a[i] ?? 0));
      this.b.push(op === opSequence ? relocate(body.b[i] ?? 0) : (body.b[i] ?? 0));
      for (let j = 0; j < 4; j += 1) this.s[j]?.push(body.s[4 * i + j] ?? -1);
      this.guard.push(body.guard[i] ?? -1);
      for (let j = body.partStart[i] ?? 0; j < (body.partStart[i + 1] ?? 0); j += 1) {
        this.parts.push(relocate(body.parts[j] ?? 0));
        this.partWeights.push(body.weights[j] ?? -1);
      }
      this.partStart.push(this.parts.length);
    }
    const node = this.nodeOutput.length;
    this.nodeOutput.push(this.op.length - 1);
    this.nodeStart.push(this.op.length);
    // Each scalar once, in order of first use (a stamp per node instead of a Set per node: compiles are hot on structural edits).
    const stamp = node + 1;
    for (const scalar of body.scalars) {
      if (this.scalarStamp[scalar] === stamp) continue;
      this.scalarStamp[scalar] = stamp;
      this.nodeScalars.push(scalar);
    }
    this.nodeScalarStart.push(this.nodeScalars.length);
    body.children.forEach((child, i) => {
      this.nodeChildren.push(child);
      this.nodeChildGuards.push(body.childGuards[i] ?? -1);
    });
    this.nodeChildStart.push(this.nodeChildren.length);
    return node;
  }

  population(population: number, classIndex: number): number {
    const body = new NodeBody();
    const plan = this.plans.populations[population * 2 + classIndex];
    return this.finish(body, plan ? this.runPlan(body, plan, -(population + 1), classIndex, population, true) : body.zero());
  }

  private station(s: number): number {
    const cached = this.stationNodes.get(s);
    if (cached !== undefined) return cached;
    const body = new NodeBody();
    const first = this.scalars.station(s);
    const output = body.emit(opStation, 0, 0, [first]);
    for (let field = 1; field < stationScalarCount; field += 1) body.scalars.push(first + field);
    const node = this.finish(body, output);
    this.stationNodes.set(s, node);
    return node;
  }

  /** A component's own time before it calls anyone (queueing + service, cold starts, lookups). */
  private ownDelay(body: NodeBody, c: number, context: number, clientSide: boolean): number {
    const { topology: t, parameters: p } = this.model;
    const r = this.scalars;
    switch (t.kinds[c]) {
      case 'compute':
      case 'monolith':
      case 'cache': {
        const own = body.node(this.station(this.stationStart[c] ?? 0));
        if (p.serverless[c] !== 1) return own;
        return body.emit(opColdStart, own, 0, [r.parameter('serverlessColdStartRate', c), r.parameter('serverlessColdStartMs', c)]);
      }
      case 'dns': {
        const newConnections = clientSide && context < t.populationIds.length ? r.parameter('populationNewConnectionFraction', context) : r.literal(0);
        return body.sometimes(newConnections, body.constant(r.parameter('fixedDelayMs', c)));
      }
      case 'queue':
        return body.constant(r.parameter('fixedDelayMs', c));
      case 'cdn':
        return body.zero();
      default:
        return body.emit(opService, 0, 0, [r.parameter('serviceMs', c), r.parameter('serviceCv', c)]);
    }
  }

  private respond(c: number, classIndex: number, context: number, clientSide: boolean): number {
    const t = this.model.topology;
    const key = ((c * 2 + (this.plans.classSensitive[c] === 1 ? classIndex : 0)) * (t.populationIds.length + t.componentIds.length) + context) * 2 + (clientSide ? 1 : 0);
    const cached = this.respondNodes.get(key);
    if (cached !== undefined) return cached;
    const body = new NodeBody();
    const own = this.ownDelay(body, c, context, clientSide);
    const plan = this.plans.components[c * 2 + classIndex];
    let result = own;
    if (plan && (plan.routeEdges.length > 0 || plan.steps.length > 0)) {
      const onward = this.runPlan(body, plan, c, classIndex, context, clientSide);
      const kind = t.kinds[c];
      const tail = kind === 'cdn' || kind === 'cache' ? body.mixture([this.scalars.keep('hitRatio', c), this.scalars.complement('hitRatio', c)], [body.zero(), onward]) : onward;
      result = body.sequence(own, tail);
    }
    const node = this.finish(body, result);
    this.respondNodes.set(key, node);
    return node;
  }

  private runPlan(body: NodeBody, plan: CallPlan, caller: number, classIndex: number, context: number, clientSide: boolean): number {
    if (plan.router) {
      const first = this.scalars.route(caller, plan.routeEdges, context);
      const parts = plan.routeEdges.map((e, i) => body.guarded(first + i, () => this.call(body, e, classIndex, caller, context, clientSide, false)));
      return body.mixture(plan.routeEdges.map((_, i) => first + i), parts);
    }
    let total = body.zero();
    for (const step of plan.steps) {
      const branches = step.edges.map((e, i) => {
        const call = this.call(body, e, classIndex, caller, context, clientSide, step.parallel);
        return body.sometimes(step.gated[i] === true ? this.scalars.miss(plan.missCaches) : this.scalars.literal(1), call);
      });
      const stepDelay = step.parallel ? body.kth(branches, branches.length) : branches.reduce((acc, branch) => body.sequence(acc, branch), body.zero());
      total = body.sequence(total, stepDelay);
    }
    return total;
  }

  private call(body: NodeBody, e: number, classIndex: number, caller: number, context: number, clientSide: boolean, parallel: boolean): number {
    const hop = this.hop(body, e, classIndex, caller, context, clientSide);
    const r = this.scalars;
    return body.emit(opCall, hop, parallel ? 1 : 0, [r.parameter('edgeTimeoutMs', e), r.parameter('edgeRetries', e), r.parameter('edgeRetryBackoffMs', e), r.parameter('edgeCallsPerRequest', e)]);
  }

  private hop(body: NodeBody, e: number, classIndex: number, caller: number, callerContext: number, callerClientSide: boolean): number {
    const t = this.model.topology;
    const r = this.scalars;
    const callee = t.edgeTo[e] ?? 0;
    const calleeKind: ComponentKind = t.kinds[callee] ?? 'compute';
    const callerIsPopulation = caller < 0;
    const callerKind = callerIsPopulation ? null : (t.kinds[caller] ?? null);
    const callerSite = contextSite(t, callerContext);
    if (calleeKind === 'database') return this.databaseHop(body, callee, classIndex, callerSite);
    const calleeContext = contextOfComponent(t, callee, callerContext);
    const calleeClientSide = calleeIsClientSide(callerIsPopulation, callerKind, callerClientSide, calleeKind);
    const response = body.node(this.respond(callee, classIndex, calleeContext, calleeClientSide));
    if (calleeKind === 'external' || calleeKind === 'dns') return response;
    const opensClientConnection = callerIsPopulation || (callerClientSide && callerKind === 'dns');
    const rttMs = calleeContext === callerContext ? 0 : siteRtt(callerSite, contextSite(t, calleeContext)).value;
    if (opensClientConnection) {
      const population = callerContext;
      // The client leg: a CDN's PoP RTT, an anycast LB's last mile, else last mile + the RTT to the entry.
      const leg = (scale: number) =>
        calleeKind === 'cdn' ? r.affine('fixedDelayMs', callee, 0, scale) : r.affine('populationLastMileMs', population, calleeKind === 'globalLb' ? 0 : rttMs, scale);
      const handshake = body.sometimes(r.parameter('populationNewConnectionFraction', population), body.constant(leg(handshakeRtts)));
      return body.sequence(body.sequence(handshake, body.constant(leg(1))), response);
    }
    return body.sequence(body.constant(r.literal(rttMs)), response);
  }

  private copyDelay(body: NodeBody, db: number, copy: number, fromSite: Site): number {
    const t = this.model.topology;
    const site = t.copySites[(t.copyStart[db] ?? 0) + copy] ?? fromSite;
    return body.sequence(body.constant(this.scalars.literal(siteRtt(fromSite, site).value)), body.node(this.station((this.stationStart[db] ?? 0) + copy)));
  }

  /** Synchronous replication edges out of a database: a write waits for every one of them. */
  private syncReplicationDelay(body: NodeBody, db: number, primarySite: Site): number {
    const { topology: t, parameters: p } = this.model;
    const parts: number[] = [];
    for (let i = t.flowOutStart[db] ?? 0; i < (t.flowOutStart[db + 1] ?? 0); i += 1) {
      const e = t.flowOutEdges[i] ?? 0;
      if (p.edgeSyncReplication[e] === 1) parts.push(this.copyDelay(body, t.edgeTo[e] ?? 0, 0, primarySite));
    }
    return parts.length === 0 ? body.zero() : body.kth(parts, parts.length);
  }

  private databaseHop(body: NodeBody, db: number, classIndex: number, callerSite: Site): number {
    const t = this.model.topology;
    const component = this.model.scenario.components[db];
    const copies = t.copyCount[db] ?? 0;
    if (component?.kind !== 'database' || copies === 0) return body.zero();
    const copyIndices = Array.from({ length: copies }, (_, j) => j);
    if (component.model === 'leaderless') {
      return body.kth(copyIndices.map((j) => this.copyDelay(body, db, j, callerSite)), classIndex === readClass ? component.quorum.r : component.quorum.w);
    }
    if (classIndex === readClass) {
      const perCopy = databaseReadsPerCopy(this.model, db, callerSite);
      const used = copyIndices.filter((j) => (perCopy[j] ?? 0) > 0);
      return body.mixture(used.map((j) => this.scalars.literal(perCopy[j] ?? 0)), used.map((j) => this.copyDelay(body, db, j, callerSite)));
    }
    const primarySite = t.copySites[t.copyStart[db] ?? 0] ?? callerSite;
    const acks = followerAcksPerWrite(component, copies);
    const followers = copyIndices.slice(1).map((j) => this.copyDelay(body, db, j, primarySite));
    const replication = acks > 0 ? body.kth(followers, acks) : body.zero();
    return body.sequence(body.sequence(this.copyDelay(body, db, 0, callerSite), replication), this.syncReplicationDelay(body, db, primarySite));
  }

  program(populationNodes: Int32Array): LatencyProgram {
    return {
      op: Uint8Array.from(this.op),
      a: Int32Array.from(this.a),
      b: Int32Array.from(this.b),
      s0: Int32Array.from(this.s[0] ?? []),
      s1: Int32Array.from(this.s[1] ?? []),
      s2: Int32Array.from(this.s[2] ?? []),
      s3: Int32Array.from(this.s[3] ?? []),
      guard: Int32Array.from(this.guard),
      partStart: Int32Array.from(this.partStart),
      parts: Int32Array.from(this.parts),
      partWeights: Int32Array.from(this.partWeights),
      nodeCount: this.nodeOutput.length,
      nodeStart: Int32Array.from(this.nodeStart),
      nodeScalarStart: Int32Array.from(this.nodeScalarStart),
      nodeScalars: Int32Array.from(this.nodeScalars),
      nodeChildStart: Int32Array.from(this.nodeChildStart),
      nodeChildren: Int32Array.from(this.nodeChildren),
      nodeChildGuards: Int32Array.from(this.nodeChildGuards),
      populationNodes,
      scalars: this.scalars.table(),
    };
  }
}

/**
 * Compiles the request walk of every population and class (the semantics of `LatencyWalk`, SPEC
 * §2.1) into a `LatencyProgram`. Reads the structure only — topology, call plans, database models
 * and quorums, serverless flags, synchronous replication — so the program is valid for every
 * parameter edit that leaves those alone. O(nodes + edges).
 */
export function compileLatencyProgram(model: CompiledModel, plans: CallPlans): LatencyProgram {
  const compiler = new LatencyProgramCompiler(model, plans);
  const populations = model.topology.populationIds.length;
  const populationNodes = new Int32Array(populations * 2);
  for (let p = 0; p < populations; p += 1) for (let k = 0; k < 2; k += 1) populationNodes[p * 2 + k] = compiler.population(p, k);
  return compiler.program(populationNodes);
}
