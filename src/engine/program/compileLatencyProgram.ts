import type { CallPlans } from '../compile/callPlans';
import type { CompiledModel } from '../compile/compiledModel';
import { stationLayout } from '../capacity/stations';
import { RequestWalk } from '../walk/requestWalk';
import type { Site } from '../network/site';
import type { NetworkStep, WalkRunner } from '../walk/walkRunner';
import { stationScalarCount } from './stationScalars';
import { opAlias, opCall, opColdStart, opSequence, opService, opStation, operandAIsReference, opZero, type LatencyProgram, type ParameterArray } from './latencyProgram';
import { Int32List } from './int32List';
import { NodeBody } from './programNodeBody';
import { ScalarRegistry } from './programScalars';

/** A reference of a node body in the program: a local one moved by the node's offset, another node's output (−(node + 1)) its last instruction. */
function relocated(ref: number, base: number, nodeOutput: readonly number[]): number {
  return ref >= 0 ? base + ref : (nodeOutput[-ref - 1] ?? 0);
}

/**
 * Runs the request walk as a recorder: every operation emits an instruction of a `LatencyProgram`
 * (into the body of the node being recorded), every number a scalar input, so the program is
 * evaluated later, and again after each parameter edit, by `LatencyProgramRunner`.
 */
class ProgramRecorder implements WalkRunner<number> {
  private readonly scalars = new ScalarRegistry();
  readonly stationStart: Int32Array;
  /** The node being recorded. */
  private body = new NodeBody();
  private readonly respondNodes = new Map<number, number>();
  private readonly stationNodes = new Map<number, number>();
  private readonly nodeOutput: number[] = [];
  private readonly op = new Int32List();
  private readonly a = new Int32List();
  private readonly b = new Int32List();
  private readonly s = [new Int32List(), new Int32List(), new Int32List(), new Int32List()] as const;
  private readonly guard = new Int32List();
  private readonly partStart = new Int32List();
  private readonly parts = new Int32List();
  private readonly partWeights = new Int32List();
  private readonly nodeStart = new Int32List();
  private readonly nodeScalarStart = new Int32List();
  private readonly nodeScalars = new Int32List();
  private readonly nodeChildStart = new Int32List();
  private readonly nodeChildren = new Int32List();
  private readonly nodeChildGuards = new Int32List();
  /** Per scalar, the last node (+ 1) that listed it: `finish` lists each scalar of a node once. */
  private readonly scalarStamp: number[] = [];

  constructor(model: CompiledModel) {
    this.stationStart = stationLayout(model.topology);
    this.partStart.push(0);
    this.nodeStart.push(0);
    this.nodeScalarStart.push(0);
    this.nodeChildStart.push(0);
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
    const nodeOutput = this.nodeOutput;
    const [s0, s1, s2, s3] = this.s;
    for (let i = 0; i < body.op.length; i += 1) {
      const op = body.op[i] ?? opZero;
      const a = body.a[i] ?? 0;
      const b = body.b[i] ?? 0;
      this.op.push(op);
      this.a.push(operandAIsReference[op] === 1 ? relocated(a, base, nodeOutput) : a);
      this.b.push(op === opSequence ? relocated(b, base, nodeOutput) : b);
      s0.push(body.s[4 * i] ?? -1);
      s1.push(body.s[4 * i + 1] ?? -1);
      s2.push(body.s[4 * i + 2] ?? -1);
      s3.push(body.s[4 * i + 3] ?? -1);
      this.guard.push(body.guard[i] ?? -1);
      for (let j = body.partStart[i] ?? 0; j < (body.partStart[i + 1] ?? 0); j += 1) {
        this.parts.push(relocated(body.parts[j] ?? 0, base, nodeOutput));
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
    for (let i = 0; i < body.children.length; i += 1) {
      this.nodeChildren.push(body.children[i] ?? 0);
      this.nodeChildGuards.push(body.childGuards[i] ?? -1);
    }
    this.nodeChildStart.push(this.nodeChildren.length);
    return node;
  }

  /** Records a root node: what `build` emits, in a body of its own. */
  root(build: () => number): number {
    const outer = this.body;
    this.body = new NodeBody();
    const body = this.body;
    const output = build();
    this.body = outer;
    return this.finish(body, output);
  }

  literal(value: number): number {
    return this.scalars.literal(value);
  }

  parameter(name: ParameterArray, index: number): number {
    return this.scalars.parameter(name, index);
  }

  complement(name: ParameterArray, index: number): number {
    return this.scalars.complement(name, index);
  }

  keep(name: ParameterArray, index: number): number {
    return this.scalars.keep(name, index);
  }

  affine(name: ParameterArray, index: number, offset: number, scale: number): number {
    return this.scalars.affine(name, index, offset, scale);
  }

  miss(caches: readonly number[]): number {
    return this.scalars.miss(caches);
  }

  zero(): number {
    return this.body.zero();
  }

  constant(ms: number): number {
    return this.body.constant(ms);
  }

  sometimes(probability: number, d: number): number {
    return this.body.sometimes(probability, d);
  }

  sequence(first: number, second: number): number {
    return this.body.sequence(first, second);
  }

  mixture(weights: readonly number[], parts: readonly number[]): number {
    return this.body.mixture(weights, parts);
  }

  kth(parts: readonly number[], k: number): number {
    return this.body.kth(parts, k);
  }

  station(s: number): number {
    let node = this.stationNodes.get(s);
    if (node === undefined) {
      node = this.root(() => {
        const first = this.scalars.station(s);
        const output = this.body.emit(opStation, 0, 0, [first]);
        for (let field = 1; field < stationScalarCount; field += 1) this.body.scalars.push(first + field);
        return output;
      });
      this.stationNodes.set(s, node);
    }
    return this.body.node(node);
  }

  service(meanMs: number, cv: number): number {
    return this.body.emit(opService, 0, 0, [meanMs, cv]);
  }

  coldStart(own: number, rate: number, ms: number): number {
    return this.body.emit(opColdStart, own, 0, [rate, ms]);
  }

  call(e: number, hop: number, parallel: boolean): number {
    const r = this.scalars;
    return this.body.emit(opCall, hop, parallel ? 1 : 0, [r.parameter('edgeTimeoutMs', e), r.parameter('edgeRetries', e), r.parameter('edgeRetryBackoffMs', e), r.parameter('edgeCallsPerRequest', e)]);
  }

  route(router: number, _classIndex: number, edges: readonly number[], context: number, branch: (i: number) => number): number {
    const first = this.scalars.route(router, edges, context);
    const parts = edges.map((_, i) => this.body.guarded(first + i, () => branch(i)));
    return this.body.mixture(edges.map((_, i) => first + i), parts);
  }

  visit(_c: number, _classIndex: number, _context: number, own: number): number {
    return own;
  }

  database(_db: number, _classIndex: number, _callerSite: Site, build: () => number): number {
    return build();
  }

  network(_step: NetworkStep, d: number): number {
    return d;
  }

  memo(key: number, build: () => number): number {
    let node = this.respondNodes.get(key);
    if (node === undefined) {
      node = this.root(build);
      this.respondNodes.set(key, node);
    }
    return this.body.node(node);
  }

  program(populationNodes: Int32Array): LatencyProgram {
    return {
      op: Uint8Array.from(this.op.toArray()),
      a: this.a.toArray(),
      b: this.b.toArray(),
      s0: this.s[0].toArray(),
      s1: this.s[1].toArray(),
      s2: this.s[2].toArray(),
      s3: this.s[3].toArray(),
      guard: this.guard.toArray(),
      partStart: this.partStart.toArray(),
      parts: this.parts.toArray(),
      partWeights: this.partWeights.toArray(),
      nodeCount: this.nodeOutput.length,
      nodeStart: this.nodeStart.toArray(),
      nodeScalarStart: this.nodeScalarStart.toArray(),
      nodeScalars: this.nodeScalars.toArray(),
      nodeChildStart: this.nodeChildStart.toArray(),
      nodeChildren: this.nodeChildren.toArray(),
      nodeChildGuards: this.nodeChildGuards.toArray(),
      populationNodes,
      scalars: this.scalars.table(),
    };
  }
}

/**
 * Compiles the request walk (`RequestWalk`, SPEC §2.1) of every population and class into a
 * `LatencyProgram`. Reads the structure only — topology, call plans, database models and quorums,
 * serverless flags, synchronous replication — so the program is valid for every parameter edit that
 * leaves those alone. O(nodes + edges).
 */
export function compileLatencyProgram(model: CompiledModel, plans: CallPlans): LatencyProgram {
  const recorder = new ProgramRecorder(model);
  const walk = new RequestWalk(model, plans, recorder.stationStart, recorder);
  const populations = model.topology.populationIds.length;
  const populationNodes = new Int32Array(populations * 2);
  for (let p = 0; p < populations; p += 1) for (let k = 0; k < 2; k += 1) populationNodes[p * 2 + k] = recorder.root(() => walk.population(p, k));
  return recorder.program(populationNodes);
}
