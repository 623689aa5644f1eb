import type { CallPlans } from '../compile/callPlans';
import type { CompiledModel, CompiledTopology } from '../compile/compiledModel';
import type { StationTable } from '../capacity/stations';
import type { Site } from '../network/site';
import type { ParameterArray } from '../program/latencyProgram';
import { ParameterValues } from './parameterValues';
import { RequestWalk } from './requestWalk';
import { StepInputs, stationOutcome } from './stepInputs';
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
  /** The numbers the recording took from the model, to tell whether a later model gives the same tree. */
  readonly inputs = new StepInputs<StepNode>();
  private nextId = 0;
  private readonly memoized = new Map<number, Maybe>();
  private readonly empty: StepNode = this.node('sequence', [], []);

  constructor(
    model: CompiledModel,
    private readonly stations: StationTable,
  ) {
    super(model);
  }

  /** A new node; `extra` sets its other fields (listed, not spread: a recording makes tens of thousands of nodes, and spreading an object into each was a copy per node). */
  private node(type: StepNode['type'], parts: StepNode[], factors: number[], extra?: Pick<Partial<StepNode>, 'overlap' | 'key' | 'meanMs' | 'varianceMs2'>): StepNode {
    const id = this.nextId;
    this.nextId += 1;
    const node: StepNode = { id, type, parts, factors, route: false, overlap: extra?.overlap ?? null, key: extra?.key ?? null, meanMs: extra?.meanMs ?? 0, varianceMs2: extra?.varianceMs2 ?? 0 };
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

  override parameter(name: ParameterArray, index: number): number {
    return this.inputs.read(this.model, name, index) ?? 0;
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
    const outcome = stationOutcome(st, s);
    if (outcome === null || outcome === 'empty') {
      this.inputs.station(s, outcome);
      return outcome === null ? null : this.empty;
    }
    const c = st.component[s] ?? 0;
    const copy = s - (st.start[c] ?? 0);
    const leaf = this.node('leaf', [], [], { meanMs: outcome.meanMs, varianceMs2: outcome.varianceMs2, key: this.model.topology.kinds[c] === 'database' ? `q${c}.${copy}` : `c${c}` });
    this.inputs.station(s, leaf);
    return leaf;
  }

  service(meanMs: number, cv: number): Maybe {
    return this.leaf(meanMs, meanMs * meanMs * cv * cv);
  }

  coldStart(own: Maybe, rate: number, ms: number): Maybe {
    return this.sequence(this.sometimes(rate, this.constant(ms)), own);
  }

  call(e: number, hop: Maybe, parallel: boolean): Maybe {
    if (hop === null) return null;
    const timed = Number.isFinite(this.inputs.read(this.model, 'edgeTimeoutMs', e) ?? Number.NaN) ? this.node('repeat', [hop], [1], { overlap: 'timeout' }) : hop;
    const times = this.inputs.read(this.model, 'edgeCallsPerRequest', e) ?? 1;
    if (times === 1) return timed;
    return this.node('repeat', [timed], [times], { overlap: parallel && times > 1 ? 'parallel' : null });
  }

  route(router: number, _classIndex: number, edges: readonly number[], context: number, branch: (i: number) => Maybe): Maybe {
    const weights = this.inputs.route(this.model, router, edges, context);
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
  /** Per population, the trees of what a request in class 0 (read) and 1 (write) does (null when it passes through a saturated station), for `pathSteps`. */
  roots: ReadonlyArray<readonly [Maybe, Maybe]>;
  /** Component c's own time per visit (queueing, service, cold start, lookup) as the walk builds it; undefined when no request reaches c, or when it is saturated. */
  ownTime(c: number): StepNode | undefined;
  /** Every node recorded, by id (`nodes[id]`). */
  nodes: readonly StepNode[];
  /** Times the recording was reused with other station moments (`StepInputs.retarget`); 0 when made. */
  readonly revision: number;
  /** The leaves whose moments the latest reuse changed (none when made). */
  readonly changedLeaves: readonly StepNode[];
}

/** The latest recording per topology, with the call plans it walked and the numbers it read. */
const recordings = new WeakMap<CompiledTopology, { plans: CallPlans; recorded: RecordedWalk & { revision: number; changedLeaves: readonly StepNode[] }; inputs: StepInputs<StepNode> }>();

/**
 * The request walk of every population recording steps (`StepRecorder`). The latest recording of the
 * topology is kept and reused, its stations' leaves set to the new moments, while its call plans are
 * the same (the structure the walk reads holds: `performanceStructure`) and every other number it
 * read is (`StepInputs.retarget`): a service-time or fleet-size edit costs no walk. Each reuse bumps
 * the recording's `revision` and names the leaves it changed, so that what is read off the tree can
 * redo only what those leaves feed (`populationPathSteps`).
 */
export function recordedRequestWalk(model: CompiledModel, plans: CallPlans, stations: StationTable): RecordedWalk {
  const kept = recordings.get(model.topology);
  const changedLeaves = kept && kept.plans === plans ? kept.inputs.retarget(model, stations) : null;
  if (kept && changedLeaves) {
    kept.recorded.revision += 1;
    kept.recorded.changedLeaves = changedLeaves;
    return kept.recorded;
  }
  const recorder = new StepRecorder(model, stations);
  const walk = new RequestWalk(model, plans, stations.start, recorder);
  const roots = model.topology.populationIds.map((_, p) => [walk.population(p, 0), walk.population(p, 1)] as const);
  const recorded = { roots, nodes: recorder.nodes, ownTime: (c: number) => recorder.ownTimes.get(c), revision: 0, changedLeaves: [] as readonly StepNode[] };
  recordings.set(model.topology, { plans, recorded, inputs: recorder.inputs });
  return recorded;
}
