import type { CallPlans } from '../compile/callPlans';
import type { CompiledModel } from '../compile/compiledModel';
import { contextSite } from '../compile/requestContext';
import { routeWeights } from '../compile/routeWeights';
import { stationConditionalWait, type StationTable } from '../capacity/stations';
import { stationVisitMoments } from '../latency/p99Contributions';
import type { Site } from '../network/site';
import { ParameterValues } from './parameterValues';
import { RequestWalk } from './requestWalk';
import type { NetworkStep, WalkRunner } from './walkRunner';

/**
 * What a step of a request's path is: a component's own time (`c<index>`; a database copy's,
 * `q<db>.<copy>`), a call's network leg (`e<edge>`; the client's own, last mile included, `u<edge>`)
 * or the client's connection set-up (`h<edge>`), or the leg to a database copy (`d<db>.<copy>`).
 */
export type StepKey = string;

/** Why the expected times of a path's steps may not add up to its mean: steps that overlap or are cut off. */
export type StepOverlap = 'parallel' | 'quorum' | 'timeout';

/**
 * A node of a recorded request: a step (`leaf`, with the moments of one taking of it) or how parts
 * combine — in a row (`sequence`), one of them by weight (`mixture`; `route` when a router chose),
 * all or k of them at once (`overlap`, each counted k/n), `times` in a row (`repeat`). Nodes are
 * numbered as they are made, so a node's parts always have smaller numbers than the node.
 */
export interface StepNode {
  id: number;
  type: 'leaf' | 'sequence' | 'mixture' | 'overlap' | 'repeat';
  parts: StepNode[];
  /** Mixture: normalised weights; overlap: [k / n]; repeat: [times]. */
  factors: number[];
  route: boolean;
  /** Overlap and repeat nodes: why their parts' times do not simply add (a repeat in parallel, a quorum, a timeout). */
  overlap: StepOverlap | null;
  /** Leaves: the step taken, null until the visit or network leg it belongs to names it. */
  key: StepKey | null;
  meanMs: number;
  varianceMs2: number;
}

/** A delay node, or null when it passes through a saturated station. */
type Maybe = StepNode | null;

/**
 * Runs the request walk recording the steps a request takes instead of combining distributions: each
 * station, service time, lookup and fixed delay becomes a named leaf with its mean and variance, and
 * the walk's sequences, mixtures (routers, cache hits), fan-outs and quorums become the nodes above
 * them. `pathSteps` reads a population's waterfall off the tree; nothing here restates a rule of the walk.
 */
class StepRecorder extends ParameterValues implements WalkRunner<Maybe> {
  /** Each visited component's own time per visit, as the walk built it (`RequestWalk.ownDelay`); saturated ones are left out. */
  readonly ownTimes = new Map<number, StepNode>();
  /** Every node made, by id. */
  readonly nodes: StepNode[] = [];
  private nextId = 0;
  private readonly memoized = new Map<number, Maybe>();
  private readonly empty: StepNode = this.node('sequence', [], []);

  constructor(
    model: CompiledModel,
    private readonly stations: StationTable,
  ) {
    super(model);
  }

  private node(type: StepNode['type'], parts: StepNode[], factors: number[], extra: Partial<StepNode> = {}): StepNode {
    const id = this.nextId;
    this.nextId += 1;
    const node: StepNode = { id, type, parts, factors, route: false, overlap: null, key: null, meanMs: 0, varianceMs2: 0, ...extra };
    this.nodes.push(node);
    return node;
  }

  private leaf(meanMs: number, varianceMs2: number, key: StepKey | null = null): StepNode {
    return meanMs > 0 || varianceMs2 > 0 ? this.node('leaf', [], [], { meanMs, varianceMs2, key }) : this.empty;
  }

  /** Names the unnamed leaves of a fresh subtree (a visit's own time, a network leg), stopping at named ones. */
  private name(d: StepNode, key: StepKey): StepNode {
    const stack = [d];
    for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
      if (n.type === 'leaf' && n.key === null) n.key = key;
      else stack.push(...n.parts);
    }
    return d;
  }

  zero(): Maybe {
    return this.empty;
  }

  constant(ms: number): Maybe {
    return this.leaf(ms, 0);
  }

  sometimes(probability: number, d: Maybe): Maybe {
    if (d === null) return null;
    return probability >= 1 ? d : this.mixture([1 - probability, probability], [this.empty, d]);
  }

  sequence(first: Maybe, second: Maybe): Maybe {
    if (first === null || second === null) return null;
    if (first === this.empty) return second;
    return second === this.empty ? first : this.node('sequence', [first, second], []);
  }

  mixture(weights: readonly number[], parts: readonly Maybe[]): Maybe {
    const kept: StepNode[] = [];
    const keptWeights: number[] = [];
    for (let i = 0; i < parts.length; i += 1) {
      const w = weights[i] ?? 0;
      if (!(w > 0)) continue;
      const part = parts[i];
      if (part === null || part === undefined) return null;
      kept.push(part);
      keptWeights.push(w);
    }
    if (kept.length === 0) return this.empty;
    if (kept.length === 1) return kept[0] ?? null;
    const total = keptWeights.reduce((sum, w) => sum + w, 0);
    return this.node('mixture', kept, keptWeights.map((w) => w / total));
  }

  kth(parts: readonly Maybe[], k: number): Maybe {
    const finite = parts.filter((part): part is StepNode => part !== null);
    if (finite.length < k) return null;
    if (k <= 0) return this.empty;
    if (finite.length === 1) return finite[0] ?? null;
    return this.node('overlap', finite, [k / finite.length], { overlap: k === finite.length ? 'parallel' : 'quorum' });
  }

  station(s: number): Maybe {
    const st = this.stations;
    if (st.saturated[s] === 1) return null;
    const { meanMs, varianceMs2 } = stationVisitMoments(st.waitProbability[s] ?? 0, stationConditionalWait(st, s), st.serviceMs[s] ?? 0, st.serviceCv[s] ?? 1);
    const c = st.component[s] ?? 0;
    const copy = s - (st.start[c] ?? 0);
    return this.leaf(meanMs, varianceMs2, this.model.topology.kinds[c] === 'database' ? `q${c}.${copy}` : `c${c}`);
  }

  service(meanMs: number, cv: number): Maybe {
    return this.leaf(meanMs, meanMs * meanMs * cv * cv);
  }

  coldStart(own: Maybe, rate: number, ms: number): Maybe {
    return this.sequence(this.sometimes(rate, this.constant(ms)), own);
  }

  call(e: number, hop: Maybe, parallel: boolean): Maybe {
    if (hop === null) return null;
    const p = this.model.parameters;
    const timed = Number.isFinite(p.edgeTimeoutMs[e] ?? Number.NaN) ? this.node('repeat', [hop], [1], { overlap: 'timeout' }) : hop;
    const times = p.edgeCallsPerRequest[e] ?? 1;
    if (times === 1) return timed;
    return this.node('repeat', [timed], [times], { overlap: parallel && times > 1 ? 'parallel' : null });
  }

  route(router: number, _classIndex: number, edges: readonly number[], context: number, branch: (i: number) => Maybe): Maybe {
    const weights = routeWeights(this.model, router, edges, contextSite(this.model.topology, context));
    const mixed = this.mixture(Array.from(weights), edges.map((_, i) => ((weights[i] ?? 0) > 0 ? branch(i) : null)));
    if (mixed !== null && mixed.type === 'mixture' && mixed.id === this.nextId - 1) mixed.route = true;
    return mixed;
  }

  visit(c: number, _classIndex: number, _context: number, own: Maybe): Maybe {
    if (own === null) return null;
    if (!this.ownTimes.has(c)) this.ownTimes.set(c, own);
    return this.name(own, `c${c}`);
  }

  database(_db: number, _classIndex: number, _callerSite: Site, build: () => Maybe): Maybe {
    return build();
  }

  network(step: NetworkStep, d: Maybe): Maybe {
    if (d === null) return null;
    if (step.kind === 'copyLeg') return this.name(d, `d${step.database}.${step.copy}`);
    return this.name(d, `${step.kind === 'handshake' ? 'h' : step.fromClient ? 'u' : 'e'}${step.edge}`);
  }

  memo(key: number, build: () => Maybe): Maybe {
    const cached = this.memoized.get(key);
    if (cached !== undefined) return cached;
    const built = build();
    this.memoized.set(key, built);
    return built;
  }
}

/** A request walk recorded as steps, and what each component's own time per visit is in it. */
export interface RecordedWalk {
  /** `walk.population(p, k)`: the tree of what a request of population p in class k does (null when it passes through a saturated station), for `pathSteps`. */
  walk: RequestWalk<Maybe>;
  /** Component c's own time per visit (queueing, service, cold start, lookup) as the walk builds it; undefined when no request reaches c, or when it is saturated. */
  ownTime(c: number): StepNode | undefined;
  /** Every node recorded so far, by id (`nodes[id]`). */
  nodes: readonly StepNode[];
}

/** The request walk recording steps (`StepRecorder`). */
export function recordedRequestWalk(model: CompiledModel, plans: CallPlans, stations: StationTable): RecordedWalk {
  const recorder = new StepRecorder(model, stations);
  const walk = new RequestWalk(model, plans, stations.start, recorder);
  return {
    walk,
    nodes: recorder.nodes,
    ownTime: (c) => {
      walk.build();
      return recorder.ownTimes.get(c);
    },
  };
}
