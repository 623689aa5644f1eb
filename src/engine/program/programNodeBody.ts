import { opConstant, opKth, opMixture, opSequence, opSometimes, opZero } from './latencyProgram';

/** What an instruction without scalars or parts passes: one shared array, not three new ones per instruction. */
const none: readonly number[] = [];

/**
 * One node's instructions while it is compiled. References are local instruction indices (≥ 0) or,
 * for other nodes' outputs, −(node + 1); `LatencyProgramCompiler.finish` relocates them.
 */
export class NodeBody {
  readonly op: number[] = [];
  readonly a: number[] = [];
  readonly b: number[] = [];
  /** Scalar operands s0 … s3 of each instruction, four per instruction (−1: none). */
  readonly s: number[] = [];
  readonly guard: number[] = [];
  /** Parts of each instruction: `parts[partStart[i] … partStart[i + 1])`, with mixture weights alongside. */
  readonly partStart: number[] = [0];
  readonly parts: number[] = [];
  readonly weights: number[] = [];
  readonly scalars: number[] = [];
  readonly children: number[] = [];
  readonly childGuards: number[] = [];
  private currentGuard = -1;

  emit(op: number, a = 0, b = 0, s: readonly number[] = none, parts: readonly number[] = none, weights: readonly number[] = none): number {
    this.op.push(op);
    this.a.push(a);
    this.b.push(b);
    for (let j = 0; j < 4; j += 1) {
      const scalar = s[j] ?? -1;
      this.s.push(scalar);
      if (scalar >= 0) this.scalars.push(scalar);
    }
    this.guard.push(this.currentGuard);
    for (let j = 0; j < parts.length; j += 1) {
      this.parts.push(parts[j] ?? 0);
      const weight = weights[j] ?? -1;
      this.weights.push(weight);
      if (weight >= 0) this.scalars.push(weight);
    }
    this.partStart.push(this.parts.length);
    if (this.currentGuard >= 0) this.scalars.push(this.currentGuard);
    return this.op.length - 1;
  }

  /** A reference to another node's output (a dependency, guarded like the instructions being emitted). */
  node(node: number): number {
    this.children.push(node);
    this.childGuards.push(this.currentGuard);
    return -(node + 1);
  }

  /** Emits what `build` emits under `guard` (a router branch's weight). */
  guarded(guard: number, build: () => number): number {
    const outer = this.currentGuard;
    this.currentGuard = guard;
    const ref = build();
    this.currentGuard = outer;
    return ref;
  }

  zero(): number {
    return this.emit(opZero);
  }

  constant(scalar: number): number {
    return this.emit(opConstant, 0, 0, [scalar]);
  }

  sometimes(probability: number, ref: number): number {
    return this.emit(opSometimes, ref, 0, [probability]);
  }

  sequence(first: number, second: number): number {
    return this.emit(opSequence, first, second);
  }

  mixture(weights: readonly number[], parts: readonly number[]): number {
    return this.emit(opMixture, 0, 0, none, parts, weights);
  }

  kth(parts: readonly number[], k: number): number {
    return this.emit(opKth, 0, k, none, parts);
  }
}
