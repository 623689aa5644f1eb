import type { CallPlans } from '../compile/callPlans';
import { edgeKindReplication, type CompiledModel } from '../compile/compiledModel';
import { databaseReadsPerCopy, syncReplicationTargets } from '../compile/databaseCopies';
import { contextOfComponent, contextSite } from '../compile/requestContext';
import { routeWeights } from '../compile/routeWeights';
import type { Site } from '../network/site';
import { ParameterValues } from '../walk/parameterValues';
import { RequestWalk } from '../walk/requestWalk';
import type { NetworkStep, WalkRunner } from '../walk/walkRunner';
import type { ParameterArray } from '../program/latencyProgram';
import { emptyLoadResult, type LoadResult, type LoadScope } from './loadResult';

/** Requests/s pushed down the walk: a flow adds what `amount` requests/s of the walked population and class cause. */
type Flow = (amount: number) => void;

/** A flow that causes no load (a delay, a lookup, a network leg). */
const none: Flow = () => undefined;

interface Response {
  flow: Flow;
  component: number;
  context: number;
}

/**
 * Runs the request walk as load, "visits × rate": each operation becomes a flow that carries a request
 * rate. A call carries its rate × `callsPerRequest` over its edge; a router splits it by its routing
 * shares, a hit/miss mixture by its weights, a cache-aside gate passes the miss share; a visit counts
 * as an arrival. Retries are not counted (first attempts only). Rates meeting at a component's response
 * (`memo`) wait there and go on together when the walk reaches it in topological order, so each
 * response is run once per population and class. Besides the request, a database's copies serve the
 * reads routed to them and apply every write; with scope `traffic`, a visit's async messages are walked
 * on (a sender publishes `messagesPerRequest`, a queue's consumers share its messages) and replication
 * edges carry the source's writes; with scope `requestPath` a write waits for the primary copy of each
 * synchronous replica (`LoadScope`).
 *
 * Its scalars are handles, read only when a flow uses them (a routing or hit/miss weight, a gate's
 * probability): load never reads a service time or a network delay, so a cache keyed by what load read
 * (`unitLoadOf`) holds through edits of those. One runner serves any number of `run`s (every population,
 * class, amount and scope): what it builds depends on the model alone, the scope only decides at run time
 * what is followed (its walk builds what messages reach too, which a `requestPath` run never enters).
 */
export class LoadRunner implements WalkRunner<Flow> {
  private readonly walk: RequestWalk<Flow>;
  private readonly values: ParameterValues;
  /** How to read each scalar handed out, by handle. */
  private readonly scalarReads: Array<() => number> = [];
  private readonly responses = new Map<number, Response>();
  private readonly messages = new Map<number, Flow>();
  private population = 0;
  private classIndex = 0;
  private scope: LoadScope = 'traffic';
  /** Rates waiting at each component's responses (by memo key, in arrival order; made on the first), and at each database. */
  private waiting: Array<Map<number, number> | undefined> = [];
  private databaseWaiting = new Float64Array(0);
  private result: LoadResult;

  constructor(
    readonly model: CompiledModel,
    plans: CallPlans,
  ) {
    this.values = new ParameterValues(model);
    this.result = emptyLoadResult(model);
    this.walk = new RequestWalk(model, plans, new Uint32Array(model.topology.componentIds.length + 1), this, true);
  }

  /** Adds to `result` the load of `amount` requests/s of `population` in class `classIndex`, following `scope`. */
  run(result: LoadResult, population: number, classIndex: number, amount: number, scope: LoadScope): void {
    const t = this.model.topology;
    this.result = result;
    this.population = population;
    this.classIndex = classIndex;
    this.scope = scope;
    // Most components are off one population's path: a map for each would be most of a run's garbage.
    this.waiting = new Array<Map<number, number> | undefined>(t.componentIds.length);
    this.databaseWaiting = new Float64Array(t.componentIds.length);
    this.walk.population(population, classIndex)(amount);
    for (const c of t.topologicalOrder) {
      const database = this.databaseWaiting[c] ?? 0;
      if (database > 0) this.arrive(c, database, () => this.databaseFlows(c, database));
      if (database > 0 && this.scope === 'traffic') this.sendMessages(c, contextOfComponent(t, c, population), database);
      for (const [key, waiting] of this.waiting[c] ?? []) {
        const response = this.responses.get(key);
        if (response && waiting > 0) response.flow(waiting);
        if (response && waiting > 0 && this.scope === 'traffic') this.sendMessages(c, response.context, waiting);
      }
    }
  }

  private scalar(read: () => number): number {
    this.scalarReads.push(read);
    return this.scalarReads.length - 1;
  }

  private valueOf(scalar: number): number {
    return this.scalarReads[scalar]?.() ?? 0;
  }

  literal(value: number): number {
    return this.scalar(() => value);
  }

  parameter(name: ParameterArray, index: number): number {
    return this.scalar(() => this.values.parameter(name, index));
  }

  complement(name: ParameterArray, index: number): number {
    return this.scalar(() => this.values.complement(name, index));
  }

  keep(name: ParameterArray, index: number): number {
    return this.scalar(() => this.values.keep(name, index));
  }

  affine(name: ParameterArray, index: number, offset: number, scale: number): number {
    return this.scalar(() => this.values.affine(name, index, offset, scale));
  }

  miss(caches: readonly number[]): number {
    return this.scalar(() => this.values.miss(caches));
  }

  zero(): Flow {
    return none;
  }

  constant(): Flow {
    return none;
  }

  sometimes(probability: number, d: Flow): Flow {
    if (d === none) return none;
    const share = this.valueOf(probability);
    return (amount) => d(amount * share);
  }

  sequence(first: Flow, second: Flow): Flow {
    if (first === none) return second;
    return second === none ? first : (amount) => (first(amount), second(amount));
  }

  mixture(weightScalars: readonly number[], parts: readonly Flow[]): Flow {
    const weights = weightScalars.map((w) => this.valueOf(w));
    const total = weights.reduce((sum, w) => (w > 0 ? sum + w : sum), 0);
    const kept = parts.flatMap((part, i) => ((weights[i] ?? 0) > 0 && part !== none ? [{ part, share: (weights[i] ?? 0) / total }] : []));
    return kept.length === 0 ? none : (amount) => kept.forEach(({ part, share }) => part(amount * share));
  }

  /** Every part is visited (a fan-out's calls all go, a quorum asks every copy). */
  kth(parts: readonly Flow[]): Flow {
    return parts.reduce((all, part) => this.sequence(all, part), none);
  }

  station(): Flow {
    return none;
  }

  service(): Flow {
    return none;
  }

  coldStart(own: Flow): Flow {
    return own;
  }

  call(e: number, hop: Flow, _parallel: boolean, fromClient: boolean): Flow {
    const { topology: t, parameters: p } = this.model;
    const callsPerRequest = p.edgeCallsPerRequest[e] ?? 0;
    const answersInternet = fromClient && t.sites[t.edgeTo[e] ?? 0] !== null;
    return (amount) => {
      const r = this.result;
      const calls = amount * callsPerRequest;
      if (calls <= 0) return;
      r.edgeRate[e] = (r.edgeRate[e] ?? 0) + calls;
      if (answersInternet) {
        const callee = t.edgeTo[e] ?? 0;
        r.internetResponsesPerSecond[callee] = (r.internetResponsesPerSecond[callee] ?? 0) + calls;
        r.internetResponsesByEdge[e] = (r.internetResponsesByEdge[e] ?? 0) + calls;
      }
      hop(calls);
    };
  }

  route(router: number, _classIndex: number, edges: readonly number[], context: number, branch: (i: number) => Flow): Flow {
    const weights = routeWeights(this.model, router, edges, contextSite(this.model.topology, context));
    const taken = edges.flatMap((_, i) => ((weights[i] ?? 0) > 0 ? [{ flow: branch(i), weight: weights[i] ?? 0 }] : []));
    return (amount) => taken.forEach(({ flow, weight }) => flow(amount * weight));
  }

  visit(c: number, _classIndex: number, _context: number, own: Flow): Flow {
    return this.sequence((amount) => this.arrive(c, amount), own);
  }

  /** A call of database `db`: its copies serve it at once, and the database counts it when the walk reaches it. */
  database(db: number, _classIndex: number, callerSite: Site): Flow {
    const readsPerCopy = databaseReadsPerCopy(this.model, db, callerSite);
    return (amount) => {
      this.addCopyLoad(db, amount, this.classIndex === 0 ? readsPerCopy : null);
      this.databaseWaiting[db] = (this.databaseWaiting[db] ?? 0) + amount;
    };
  }

  network(_step: NetworkStep, d: Flow): Flow {
    return d;
  }

  memo(key: number, build: () => Flow, component: number, context: number): Flow {
    if (!this.responses.has(key)) {
      const response: Response = { flow: none, component, context };
      this.responses.set(key, response);
      response.flow = build();
    }
    return (amount) => {
      const waiting = (this.waiting[component] ??= new Map<number, number>());
      waiting.set(key, (waiting.get(key) ?? 0) + amount);
    };
  }

  /** `amount` requests/s arrive at component c, then `onward` carries them on. */
  private arrive(c: number, amount: number, onward?: () => void): void {
    const r = this.result;
    const slot = c * 2 + this.classIndex;
    r.arrivals[slot] = (r.arrivals[slot] ?? 0) + amount;
    r.reach[this.population * this.model.topology.componentIds.length + c] = 1;
    onward?.();
  }

  /** Reads spread by `readsPerCopy` or, when it is null, writes applied by every copy. */
  private addCopyLoad(db: number, amount: number, readsPerCopy: Float64Array | null): void {
    const t = this.model.topology;
    const start = t.copyStart[db] ?? 0;
    const copies = this.result.copyArrivals;
    for (let j = 0; j < (t.copyCount[db] ?? 0); j += 1) copies[start + j] = (copies[start + j] ?? 0) + amount * (readsPerCopy === null ? 1 : (readsPerCopy[j] ?? 0));
  }

  /** What a database's writes cause beyond its copies: replicated writes (traffic), or the synchronous replicas a write waits for (request path). */
  private databaseFlows(db: number, amount: number): void {
    const { topology: t, scenario } = this.model;
    if (this.classIndex !== 1) return;
    if (this.scope === 'requestPath') {
      const source = scenario.components[db];
      if (source?.kind !== 'database' || source.model === 'leaderless') return;
      for (const replica of syncReplicationTargets(this.model, db)) {
        this.arrive(replica, amount);
        if ((t.copyCount[replica] ?? 0) > 0) this.result.copyArrivals[t.copyStart[replica] ?? 0] = (this.result.copyArrivals[t.copyStart[replica] ?? 0] ?? 0) + amount;
      }
      return;
    }
    for (let i = t.flowOutStart[db] ?? 0; i < (t.flowOutStart[db + 1] ?? 0); i += 1) {
      const e = t.flowOutEdges[i] ?? 0;
      if (t.cyclic[e] === 1 || t.edgeKind[e] !== edgeKindReplication) continue;
      const target = t.edgeTo[e] ?? 0;
      this.result.reach[this.population * t.componentIds.length + target] = 1; // the population's data is copied there
      this.result.edgeRate[e] = (this.result.edgeRate[e] ?? 0) + amount;
      this.result.replicatedWritesPerSecond[target] = (this.result.replicatedWritesPerSecond[target] ?? 0) + amount;
      this.addCopyLoad(target, amount, null);
    }
  }

  /** A visit's async messages (`RequestWalk.messageEdges`): `messagesPerRequest` per visit, or a queue's messages shared by its consumers (SQS semantics). */
  private sendMessages(c: number, context: number, amount: number): void {
    const { topology: t, parameters: p } = this.model;
    const edges = this.walk.messageEdges(c);
    for (const e of edges) {
      const rate = t.kinds[c] === 'queue' ? amount / edges.length : amount * (p.edgeMessagesPerRequest[e] ?? 0);
      if (rate <= 0) continue;
      this.result.edgeRate[e] = (this.result.edgeRate[e] ?? 0) + rate;
      this.message(e, c, context)(rate);
    }
  }

  private message(e: number, sender: number, context: number): Flow {
    const t = this.model.topology;
    const key = (e * 2 + this.classIndex) * (t.populationIds.length + t.componentIds.length) + context;
    let flow = this.messages.get(key);
    if (flow === undefined) {
      flow = this.walk.message(e, this.classIndex, sender, context);
      this.messages.set(key, flow);
    }
    return flow;
  }
}
