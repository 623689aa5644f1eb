import type { LatencyProgram } from './latencyProgram';

/** Bit-exact equality that treats NaN as equal to itself (unset timeouts are NaN): the runner's staleness test. */
export function sameScalar(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

/** What a node's value was computed from: the scalars it read and its children's values, in program order. */
interface NodeInputs<D> {
  scalars: Float64Array;
  children: Array<D | null>;
}

/** A value a node held, the arena slot it owned (−1: none of its own) and what it was computed from. */
export interface HeldValue<D> {
  value: D | null;
  slot: number;
}

/**
 * The value each program node held before its latest recompute, with the inputs (scalar values and
 * children's value objects) it was computed from, so that a node whose inputs come back to those (an
 * edit undone, a field set back, the next edit elsewhere) takes it back instead of recomputing it: a
 * node is a function of exactly those inputs (`LatencyProgram`'s `nodeScalars` and `nodeChildren`,
 * which the runner's staleness already relies on), so the value is bit-identical to a recompute. A
 * kept value may share a child's arena slot; it is only taken back while that child still holds the
 * same value object, whose slot is then still held. At most `capacity` nodes keep one, the least
 * recently replaced dropped first (their slots released).
 */
export class PreviousNodeValues<D> {
  /** Inputs of each node's current value; undefined when unknown (not computed here since the grid was set). */
  private readonly current: Array<NodeInputs<D> | undefined>;
  private readonly previous = new Map<number, HeldValue<D> & { inputs: NodeInputs<D> }>();
  private capacity = 0;

  constructor(private readonly program: LatencyProgram) {
    this.current = new Array<NodeInputs<D> | undefined>(program.nodeCount);
  }

  /** Drops every kept value and input (a new grid, or the arena handed on), releasing slots through `release` when they stay in use. */
  reset(capacity: number, release?: (slot: number) => void): void {
    if (release) for (const kept of this.previous.values()) release(kept.slot);
    this.previous.clear();
    this.current.fill(undefined);
    this.capacity = capacity;
  }

  /**
   * Called before `node` is recomputed, with the value it holds now: returns its previous value if
   * that was computed from the inputs it has now (it then becomes current again), else null. Either
   * way the value it holds now is kept as its previous one, or released if its inputs are unknown.
   */
  exchange(node: number, held: HeldValue<D>, scalars: Float64Array, values: ReadonlyArray<D | null>, release: (slot: number) => void): HeldValue<D> | null {
    const kept = this.previous.get(node);
    this.previous.delete(node);
    const recalled = kept !== undefined && this.inputsAre(kept.inputs, node, scalars, values);
    if (kept !== undefined && !recalled) release(kept.slot);
    const inputs = this.current[node];
    if (inputs === undefined) release(held.slot);
    else this.previous.set(node, { ...held, inputs });
    this.current[node] = recalled ? kept.inputs : undefined;
    if (this.previous.size > this.capacity) {
      const [oldest, dropped] = this.previous.entries().next().value ?? [];
      if (oldest !== undefined && dropped !== undefined) {
        this.previous.delete(oldest);
        release(dropped.slot);
      }
    }
    return recalled ? kept : null;
  }

  /**
   * Notes that `node` took over `donor`'s node `other` with its value (`LatencyProgramRunner.takeOver`:
   * the same scalar values and the same children's values, in order), so its inputs are that node's.
   */
  tookOver(node: number, donor: PreviousNodeValues<D>, other: number): void {
    this.current[node] = donor.current[other];
  }

  /** Notes that `node`'s value is recomputed without keeping what it held (a sweep point): its inputs become unknown. */
  forget(node: number): void {
    this.current[node] = undefined;
  }

  /** Notes the inputs `node`'s value was just computed from. */
  computed(node: number, scalars: Float64Array, values: ReadonlyArray<D | null>): void {
    const { nodeScalarStart, nodeScalars, nodeChildStart, nodeChildren } = this.program;
    const scalarStart = nodeScalarStart[node] ?? 0;
    const read = new Float64Array((nodeScalarStart[node + 1] ?? 0) - scalarStart);
    for (let j = 0; j < read.length; j += 1) read[j] = scalars[nodeScalars[scalarStart + j] ?? 0] ?? 0;
    const children: Array<D | null> = [];
    for (let j = nodeChildStart[node] ?? 0; j < (nodeChildStart[node + 1] ?? 0); j += 1) children.push(values[this.output(nodeChildren[j] ?? 0)] ?? null);
    this.current[node] = { scalars: read, children };
  }

  private output(node: number): number {
    return (this.program.nodeStart[node + 1] ?? 0) - 1;
  }

  private inputsAre(inputs: NodeInputs<D>, node: number, scalars: Float64Array, values: ReadonlyArray<D | null>): boolean {
    const { nodeScalarStart, nodeScalars, nodeChildStart, nodeChildren } = this.program;
    const scalarStart = nodeScalarStart[node] ?? 0;
    for (let j = 0; j < inputs.scalars.length; j += 1) if (!sameScalar(inputs.scalars[j] ?? 0, scalars[nodeScalars[scalarStart + j] ?? 0] ?? 0)) return false;
    const childStart = nodeChildStart[node] ?? 0;
    for (let j = 0; j < inputs.children.length; j += 1) if (inputs.children[j] !== (values[this.output(nodeChildren[childStart + j] ?? 0)] ?? null)) return false;
    return true;
  }
}
