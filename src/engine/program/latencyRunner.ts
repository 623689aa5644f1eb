import type { CompiledModel } from '../compile/compiledModel';
import type { StationTable } from '../capacity/stations';
import type { DelayAlgebra } from '../spectral/delayAlgebra';
import type { LatencyProgram } from './latencyProgram';
import { MomentAlgebra, type DelayMoments } from '../spectral/momentAlgebra';
import { populationDistribution, type PopulationDistribution, type PopulationDistributions } from '../spectral/populationDistribution';
import { populationGrid } from '../spectral/populationGrid';
import { runInstruction } from './programInterpreter';
import { matchNodeSignatures, type NodeSignatures } from './programNodeMatch';
import { PreviousNodeValues, sameScalar as same, type HeldValue } from './previousNodeValues';
import { readScalars } from './programScalars';
import { SpectralAlgebra } from '../spectral/spectralAlgebra';
import type { SpectralDelay } from '../spectral/spectralDelay';

/** Most memory a runner keeps between runs for transforms (128 MB); beyond it, it recomputes every run. */
const retainedBytesLimit = 128 * 2 ** 20;

/** Memory for the values nodes held before their latest recompute (`PreviousNodeValues`), 4 MB: 255 transforms on a 1 024-point grid. */
const previousValuesBytes = 4 * 2 ** 20;

/** CSR inverse of a relation given as CSR (`start`, `items`) over `count` targets: for each target, its sources. */
function invert(start: Int32Array, items: Int32Array, count: number): { start: Int32Array; items: Int32Array } {
  const inverseStart = new Int32Array(count + 1);
  for (const item of items) inverseStart[item + 1] = (inverseStart[item + 1] ?? 0) + 1;
  for (let i = 0; i < count; i += 1) inverseStart[i + 1] = (inverseStart[i + 1] ?? 0) + (inverseStart[i] ?? 0);
  const fill = inverseStart.slice(0, count);
  const inverseItems = new Int32Array(items.length);
  for (let source = 0; source + 1 < start.length; source += 1) {
    for (let j = start[source] ?? 0; j < (start[source + 1] ?? 0); j += 1) {
      const target = items[j] ?? 0;
      inverseItems[fill[target] ?? 0] = source;
      fill[target] = (fill[target] ?? 0) + 1;
    }
  }
  return { start: inverseStart, items: inverseItems };
}

/** How many previous node values fit in `previousValuesBytes` on `spectral`'s grid. */
function previousValuesCapacity(spectral: SpectralAlgebra): number {
  return Math.floor(previousValuesBytes / ((spectral.size / 2 + 1) * 16 + spectral.size * 8));
}

/**
 * Runs a `LatencyProgram` (SPEC §2.1) and keeps what it computed, so that the next run recomputes
 * only what changed. Two passes, as `evaluateLatency` describes: moments of every node (to find
 * saturated populations and size the grid), then spectral distributions of the nodes the populations
 * read. A node is stale when one of its scalar inputs changed, a node it reads was recomputed, or
 * (spectral pass) the grid changed; the passes recompute the stale nodes the populations reach, in
 * order, and leave the others stale until they are reached; a stale node whose inputs are back to
 * those of the value it held before takes that value back (`PreviousNodeValues`: an edit set back,
 * or the next edit elsewhere). Reused values are bit-identical to recomputed ones, so a run never
 * depends on what ran before.
 *
 * A runner built for a new structure (a structural edit) may take over a `donor`, the runner of the
 * previous one: at its first run, each node whose signature (`matchNodeSignatures`: instructions, inputs
 * and children) matches a node the donor holds up to date, with the same scalar values and children
 * taken over too, keeps the donor's moments and transform instead of starting stale. The donor
 * then recomputes everything spectral if it runs again.
 */
export class LatencyProgramRunner {
  private runs = 0;
  private readonly scalars: Float64Array;
  private readonly previousScalars: Float64Array;
  /** Nodes reading each scalar, and the parents of each node (CSR). */
  private readonly scalarReaders: { start: Int32Array; items: Int32Array };
  private readonly parents: { start: Int32Array; items: Int32Array };
  private readonly moments: Array<DelayMoments | null>;
  private readonly momentStale: Uint8Array;
  private readonly nodeWidthMs: Float64Array;
  private readonly live: Uint8Array;
  private spectral: SpectralAlgebra | null = null;
  private gridRun = 0;
  private readonly distributions: Array<SpectralDelay | null>;
  private readonly spectralStale: Uint8Array;
  /** Run in which each node's spectral value was last computed. */
  private readonly spectralRun: Int32Array;
  /** Arena slot a node's spectral output owns (−1 when it shares another node's or the constant slot). */
  private readonly ownedSlot: Int32Array;
  /** Each node's value before its latest spectral recompute, taken back when its inputs come back. */
  private readonly previousValues: PreviousNodeValues<SpectralDelay>;
  private readonly populationCache: Array<{ run: number; readFraction: number; distribution: PopulationDistribution } | undefined> = [];
  private signatures: NodeSignatures | null = null;

  constructor(
    readonly program: LatencyProgram,
    private donor: LatencyProgramRunner | null = null,
  ) {
    const { scalars, nodeCount, op } = program;
    this.scalars = new Float64Array(scalars.count);
    this.previousScalars = new Float64Array(scalars.count);
    this.scalarReaders = invert(program.nodeScalarStart, program.nodeScalars, scalars.count);
    this.parents = invert(program.nodeChildStart, program.nodeChildren, nodeCount);
    this.moments = new Array<DelayMoments | null>(op.length).fill(null);
    this.distributions = new Array<SpectralDelay | null>(op.length).fill(null);
    this.momentStale = new Uint8Array(nodeCount).fill(1);
    this.spectralStale = new Uint8Array(nodeCount).fill(1);
    this.spectralRun = new Int32Array(nodeCount);
    this.nodeWidthMs = new Float64Array(nodeCount);
    this.live = new Uint8Array(nodeCount);
    this.ownedSlot = new Int32Array(nodeCount).fill(-1);
    this.previousValues = new PreviousNodeValues(program);
  }

  private output(node: number): number {
    return (this.program.nodeStart[node + 1] ?? 0) - 1;
  }

  /** Marks in `live` the nodes reachable from `roots` through dependencies whose guard is positive. */
  private markLive(roots: readonly number[]): void {
    const { nodeChildStart, nodeChildren, nodeChildGuards } = this.program;
    this.live.fill(0);
    for (const root of roots) this.live[root] = 1;
    for (let node = this.program.nodeCount - 1; node >= 0; node -= 1) {
      if (this.live[node] !== 1) continue;
      for (let j = nodeChildStart[node] ?? 0; j < (nodeChildStart[node + 1] ?? 0); j += 1) {
        const guard = nodeChildGuards[j] ?? -1;
        if (guard < 0 || (this.scalars[guard] ?? 0) > 0) this.live[nodeChildren[j] ?? 0] = 1;
      }
    }
  }

  /** Marks the parents of `node` stale in `stale`. */
  private markParents(node: number, stale: Uint8Array): void {
    const { start, items } = this.parents;
    for (let j = start[node] ?? 0; j < (start[node + 1] ?? 0); j += 1) stale[items[j] ?? 0] = 1;
  }

  /**
   * Runs the instructions of `node` (skipping router branches of weight 0) in `algebra`, keeping only
   * its output: later nodes read no other instruction of it, and values kept from run to run outlive
   * the young generation, which made garbage collection a fifth of a sweep point.
   */
  private runNode<D>(node: number, algebra: DelayAlgebra<D>, values: Array<D | null>): void {
    const { nodeStart, guard } = this.program;
    const output = this.output(node);
    for (let i = nodeStart[node] ?? 0; i <= output; i += 1) {
      const g = guard[i] ?? -1;
      if (g >= 0 && (this.scalars[g] ?? 0) <= 0) continue;
      values[i] = runInstruction(this.program, i, algebra, values, this.scalars);
    }
    values.fill(null, nodeStart[node] ?? 0, output);
  }

  /**
   * True when the nodes `node` reads are, one for one, taken over (`taken`) from the nodes `donor`'s
   * node `other` reads (`match`): its values, and the arena slots they share, are then theirs.
   */
  private sameChildren(node: number, donor: LatencyProgramRunner, other: number, match: Int32Array, taken: Uint8Array): boolean {
    const { nodeChildStart, nodeChildren } = this.program;
    const first = nodeChildStart[node] ?? 0;
    const offset = (donor.program.nodeChildStart[other] ?? 0) - first;
    if ((nodeChildStart[node + 1] ?? 0) - first !== (donor.program.nodeChildStart[other + 1] ?? 0) - (donor.program.nodeChildStart[other] ?? 0)) return false;
    for (let j = first; j < (nodeChildStart[node + 1] ?? 0); j += 1) {
      const child = nodeChildren[j] ?? 0;
      if (taken[child] !== 1 || match[child] !== donor.program.nodeChildren[j + offset]) return false;
    }
    return true;
  }

  /** True when `node` reads the same scalar values as `donor`'s node `other` (same signature, so as many, in order). */
  private sameScalars(node: number, donor: LatencyProgramRunner, other: number): boolean {
    const { nodeScalarStart, nodeScalars } = this.program;
    const theirs = donor.program.nodeScalars;
    const offset = (donor.program.nodeScalarStart[other] ?? 0) - (nodeScalarStart[node] ?? 0);
    for (let j = nodeScalarStart[node] ?? 0; j < (nodeScalarStart[node + 1] ?? 0); j += 1) {
      if (!same(this.scalars[nodeScalars[j] ?? 0] ?? 0, donor.scalars[theirs[j + offset] ?? 0] ?? 0)) return false;
    }
    return true;
  }

  /**
   * First run with a donor (see the class): takes over the donor's up-to-date values of the nodes that
   * match, and its spectral arena with the slots they own (releasing the others); the rest stay stale.
   */
  private takeOver(donor: LatencyProgramRunner): void {
    this.donor = null;
    donor.signatures ??= matchNodeSignatures(donor.program, null).signatures;
    const { signatures, match } = matchNodeSignatures(this.program, donor.signatures);
    this.signatures = signatures;
    const spectral = donor.spectral;
    if (spectral !== null) this.previousValues.reset(previousValuesCapacity(spectral));
    const momentTaken = new Uint8Array(this.program.nodeCount);
    const spectralTaken = new Uint8Array(this.program.nodeCount);
    const slotTaken = new Uint8Array(donor.program.nodeCount);
    for (let node = 0; node < this.program.nodeCount; node += 1) {
      const other = match[node] ?? -1;
      if (other < 0 || donor.momentStale[other] !== 0 || !this.sameChildren(node, donor, other, match, momentTaken) || !this.sameScalars(node, donor, other)) continue;
      momentTaken[node] = 1;
      this.moments[this.output(node)] = donor.moments[donor.output(other)] ?? null;
      this.nodeWidthMs[node] = donor.nodeWidthMs[other] ?? 0;
      this.momentStale[node] = 0;
      if (spectral === null || donor.spectralStale[other] !== 0 || slotTaken[other] === 1 || !this.sameChildren(node, donor, other, match, spectralTaken)) continue;
      spectralTaken[node] = 1;
      slotTaken[other] = 1;
      this.distributions[this.output(node)] = donor.distributions[donor.output(other)] ?? null;
      this.ownedSlot[node] = donor.ownedSlot[other] ?? -1;
      this.previousValues.tookOver(node, donor.previousValues, other);
      this.spectralStale[node] = 0;
    }
    if (spectral === null) return;
    for (let other = 0; other < donor.program.nodeCount; other += 1) if (slotTaken[other] !== 1) spectral.release(donor.ownedSlot[other] ?? -1);
    donor.previousValues.reset(0, (slot) => spectral.release(slot));
    this.spectral = spectral;
    donor.spectral = null;
    donor.ownedSlot.fill(-1);
    donor.spectralStale.fill(1);
    donor.populationCache.length = 0;
  }

  /**
   * Latency distribution of every population at the model's parameters and `stations` (its load):
   * null for a population whose path (of a class it sends) crosses a saturated station.
   * @param keepPrevious keep each recomputed node's value to take back later (`PreviousNodeValues`);
   *   false for a sweep, whose every point is a new load, so no node's inputs come back within a curve:
   *   keeping them only held arena slots and cost ~25 % more CPU per point at 1 000 components
   */
  run(model: CompiledModel, stations: StationTable, keepPrevious = true): PopulationDistributions {
    const program = this.program;
    this.runs += 1;
    const run = this.runs;
    readScalars(program.scalars, model, stations, this.scalars);
    if (this.donor) this.takeOver(this.donor);
    const readers = this.scalarReaders;
    for (let i = 0; i < program.scalars.count && run > 1; i += 1) {
      if (same(this.scalars[i] ?? 0, this.previousScalars[i] ?? 0)) continue;
      for (let j = readers.start[i] ?? 0; j < (readers.start[i + 1] ?? 0); j += 1) {
        const node = readers.items[j] ?? 0;
        this.momentStale[node] = 1;
        this.spectralStale[node] = 1;
      }
    }
    this.previousScalars.set(this.scalars);

    const populations = program.populationNodes.length / 2;
    const readFraction = model.parameters.readFraction;
    const classWeights = [readFraction, 1 - readFraction];
    const moments = new MomentAlgebra();
    this.markLive(Array.from(program.populationNodes));
    let maxWidthMs = 0;
    for (let node = 0; node < program.nodeCount; node += 1) {
      if (this.live[node] !== 1) continue;
      if (this.momentStale[node] === 1) {
        moments.maxWidthMs = 0;
        this.runNode(node, moments, this.moments);
        this.nodeWidthMs[node] = moments.maxWidthMs;
        this.momentStale[node] = 0;
        this.markParents(node, this.momentStale);
      }
      maxWidthMs = Math.max(maxWidthMs, this.nodeWidthMs[node] ?? 0);
    }
    moments.maxWidthMs = maxWidthMs;
    const classParts = Array.from({ length: populations }, (_, p) => [0, 1].map((k) => this.moments[this.output(program.populationNodes[p * 2 + k] ?? 0)] ?? null));
    const { saturated, ...grid } = populationGrid(moments, classParts, classWeights);
    if (this.spectral === null || this.spectral.size !== grid.size || this.spectral.stepMs !== grid.stepMs) {
      this.spectral = new SpectralAlgebra(grid.size, grid.stepMs, program.nodeCount + 64);
      this.previousValues.reset(previousValuesCapacity(this.spectral));
      this.ownedSlot.fill(-1);
      this.spectralStale.fill(1);
      this.gridRun = run;
    }
    const spectral = this.spectral;
    const release = (slot: number) => spectral.release(slot);
    const roots: number[] = [];
    for (let p = 0; p < populations; p += 1) {
      if (saturated[p] !== true) for (let k = 0; k < 2; k += 1) if ((classWeights[k] ?? 0) > 0) roots.push(program.populationNodes[p * 2 + k] ?? 0);
    }
    this.markLive(roots);
    for (let node = 0; node < program.nodeCount; node += 1) {
      if (this.live[node] !== 1 || this.spectralStale[node] !== 1) continue;
      const output = this.output(node);
      let recalled: HeldValue<SpectralDelay> | null = null;
      if (keepPrevious) {
        const held = { value: this.distributions[output] ?? null, slot: this.ownedSlot[node] ?? -1 };
        recalled = this.previousValues.exchange(node, held, this.scalars, this.distributions, release);
      } else {
        release(this.ownedSlot[node] ?? -1);
        this.previousValues.forget(node);
      }
      if (recalled) {
        this.distributions[output] = recalled.value;
        this.ownedSlot[node] = recalled.slot;
      } else {
        const mark = spectral.openScope();
        this.runNode(node, spectral, this.distributions);
        const result = this.distributions[output];
        this.ownedSlot[node] = spectral.closeScope(mark, result ?? null) ? (result?.slot ?? -1) : -1;
        if (keepPrevious) this.previousValues.computed(node, this.scalars, this.distributions);
      }
      this.spectralStale[node] = 0;
      this.spectralRun[node] = run;
      this.markParents(node, this.spectralStale);
    }

    const distributions = saturated.map((isSaturated, p) => {
      if (isSaturated) return null;
      const nodes = [0, 1].map((k) => program.populationNodes[p * 2 + k] ?? 0);
      const computed = Math.max(this.gridRun, ...nodes.map((node) => this.spectralRun[node] ?? 0));
      const cached = this.populationCache[p];
      if (cached && cached.run >= computed && cached.readFraction === readFraction) return cached.distribution;
      const kept = [0, 1].flatMap((k) => {
        const part = (classWeights[k] ?? 0) > 0 ? this.distributions[this.output(nodes[k] ?? 0)] : null;
        return part ? [{ part, weight: classWeights[k] ?? 0 }] : [];
      });
      const mark = spectral.openScope();
      const distribution = populationDistribution(spectral, kept.map((x) => x.weight), kept.map((x) => x.part));
      spectral.closeScope(mark, null);
      this.populationCache[p] = { run, readFraction, distribution };
      return distribution;
    });
    if (spectral.retainedBytes > retainedBytesLimit) {
      // Too big to keep (a fine grid over a large design): the next run starts over, with the same results.
      this.spectral = null;
      this.previousValues.reset(0);
      this.ownedSlot.fill(-1);
      this.spectralStale.fill(1);
    }
    return distributions;
  }
}
