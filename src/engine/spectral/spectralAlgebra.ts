import type { DelayAlgebra } from './delayAlgebra';
import type { GridMasses } from './gridMasses';
import { SpectralArena } from './spectralArena';
import { kthSmallestLowerBound } from './kthSmallestLowerBound';
import { addAtom, maxAtoms, type Atom, type SpectralDelay } from './spectralDelay';
import { massesOnWindow, orderStatisticMasses } from './spectralMasses';

/** A part of a weighted sum: a slot, or the product of two (`times`), shifted by `shiftMs`. */
interface WeightedPart {
  slot: number;
  shiftMs: number;
  times?: number;
}

/** Grid cells kept free below a delay's lower bound when unwrapping: each nested mixture may spread mass one cell down. */
export const guardCells = 16;

/**
 * Memory an algebra's kept service times may hold (`keptServiceTime`): 8 MB, a 16th of what a latency
 * runner keeps, whatever the grid (a transform with its masses is 8 kB on 512 points, 64 kB on 4 096):
 * 1 022 on 512 points, 127 on 4 096. The bench's designs and sweeps use at most 26 per grid.
 */
export const keptServiceTimeBytes = 8 * 2 ** 20;

/**
 * Delay distributions as DFTs of probability masses on a circular grid of `size` points spaced
 * `stepMs` apart (period T = size·stepMs, which must exceed every support width). Only the
 * coefficients k = 0 … size/2 are stored: masses are real, so X_{N−k} = conj(X_k).
 *
 * Discretisation: a delay X becomes masses pₙ = E[hatₙ(X)], hatₙ(x) = max(0, 1 − |x/h − n|), which
 * keeps the mean exact and every mass ≥ 0 (no ringing). In closed form, with z = e^{−2πik/N}:
 * - constant d = (n₀ + f)h: X_k = z^{n₀}((1 − f) + f·z);
 * - exponential of mean m, β = h/m, q = e^{−β}: p₀ = 1 − (1 − q)/β, pₙ = (1 − q)²/β · q^{n−1},
 *   so X_k = p₀ + ((1 − q)²/β) · z / (1 − q·z) (the circular wrap is the geometric series' own sum).
 * Sums are products of transforms, mixtures are weighted sums; order statistics and timeouts go to
 * the time domain (inverse real FFT, kept per slot by the arena), act on the masses, and come back.
 * Atoms (fixed delays with positive probability, see `SpectralDelay`) stay exact through mixtures and
 * sums; an order statistic reads them hat-split from the masses, and `solid` folds them in where a
 * transform must hold everything. Error sources: the hat discretisation (second order in h where
 * densities are smooth, up to one step at atoms folded in) and mass beyond the period wrapping round
 * (bounded by the grid sizing, < 1e-6).
 */
export class SpectralAlgebra implements DelayAlgebra<SpectralDelay> {
  readonly size: number;
  readonly stepMs: number;
  private readonly arena: SpectralArena;
  private readonly zero: number;
  /** A permanent slot of zeros (the transform of no mass), which weighted sums start from. */
  private readonly zeros: number;
  /** `keptServiceTime`'s delays, by mean then cv, in permanent slots. */
  private readonly serviceTimes = new Map<number, Map<number, SpectralDelay>>();
  private serviceTimeCount = 0;
  private readonly maxServiceTimes: number;

  /** `expectedSlots`: transforms the caller expects to hold at once. */
  constructor(size: number, stepMs: number, expectedSlots = 32) {
    this.size = size;
    this.stepMs = stepMs;
    this.arena = new SpectralArena(size, expectedSlots);
    this.maxServiceTimes = Math.floor(keptServiceTimeBytes / this.slotBytes);
    this.zero = this.arena.allocatePermanent();
    const base = this.zero * this.arena.half;
    this.arena.re.fill(1, base, base + this.arena.half);
    this.zeros = this.arena.allocatePermanent();
  }

  /** Starts a scope of slots (see `SpectralArena.openScope`). */
  openScope(): number {
    return this.arena.openScope();
  }

  /** Closes a scope, keeping `keep`'s slot; true when that slot was allocated in it (see `SpectralArena.closeScope`). */
  closeScope(mark: number, keep: SpectralDelay | null): boolean {
    return this.arena.closeScope(mark, keep === null || keep.slot === this.zero ? -1 : keep.slot);
  }

  /** Frees a slot kept from a closed scope. */
  release(slot: number): void {
    if (slot !== this.zero) this.arena.release(slot);
  }

  /** Bytes a slot holds at most: its transform and its time-domain masses. */
  private get slotBytes(): number {
    return (this.size / 2 + 1) * 16 + this.size * 8;
  }

  /** Bytes the arena holds at most (every slot with its transform and time-domain masses). */
  get retainedBytes(): number {
    return this.arena.slotCount * this.slotBytes;
  }

  constant(ms: number): SpectralDelay {
    return { slot: this.zero, shiftMs: ms, loMs: ms };
  }

  /**
   * Service times are kept in permanent slots, up to `keptServiceTimeBytes` (an edit that moves a
   * service time creates a new one each time; past the cap they are built as any delay is). None is
   * evicted: a kept slot may be shared by results the caller keeps (a latency runner's nodes), so
   * only a new algebra (a new grid, or a runner starting over) lets them go.
   */
  keptServiceTime(meanMs: number, cv: number, build: () => SpectralDelay): SpectralDelay {
    const kept = this.serviceTimes.get(meanMs)?.get(cv);
    if (kept) return kept;
    if (this.serviceTimeCount >= this.maxServiceTimes) return build();
    const mark = this.arena.openScope();
    const d = build();
    this.arena.closeScope(mark, d.slot === this.zero ? -1 : d.slot, true);
    let byCv = this.serviceTimes.get(meanMs);
    if (!byCv) this.serviceTimes.set(meanMs, (byCv = new Map()));
    byCv.set(cv, d);
    this.serviceTimeCount += 1;
    return d;
  }

  private isConstant(d: SpectralDelay): boolean {
    return d.slot === this.zero && d.atoms === undefined;
  }

  /**
   * Multiplies the transform at `from` (times the one at `times`, when ≥ 0: the product `product`
   * would store, multiplied as it is read) by a shift of `ms` (hat-split between the two nearest grid
   * points, X_k·z^{n₀}((1 − f) + f·z), which keeps the mean exact) and writes `weight` times it plus
   * the transform at `onto` into `into` (`onto` = `into` adds to it; the zeros slot starts it afresh).
   */
  private addShifted(into: number, onto: number, from: number, ms: number, weight: number, times: number): void {
    const { re, im, cos, sin, half, size } = this.arena;
    const target = into * half;
    const addend = onto * half;
    const source = from * half;
    const factor = times * half;
    const x = ms / this.stepMs;
    const whole = Math.floor(x);
    const f = x - whole;
    const shift = ((whole % size) + size) % size;
    // Hot loops: indices stay within the tables by construction.
    if (shift === 0 && f === 0) {
      for (let k = 0; k < half; k += 1) {
        let xr = re[source + k]!;
        let xi = im[source + k]!;
        if (times >= 0) {
          const yr = re[factor + k]!;
          const yi = im[factor + k]!;
          const pr = xr * yr - xi * yi;
          xi = xr * yi + xi * yr;
          xr = pr;
        }
        re[target + k] = re[addend + k]! + weight * xr;
        im[target + k] = im[addend + k]! + weight * xi;
      }
      return;
    }
    for (let k = 0, index = 0; k < half; k += 1) {
      const zr = cos[index]!;
      const zi = -sin[index]!;
      const ar = 1 - f + f * cos[k]!;
      const ai = -f * sin[k]!;
      const sr = zr * ar - zi * ai;
      const si = zr * ai + zi * ar;
      let xr = re[source + k]!;
      let xi = im[source + k]!;
      if (times >= 0) {
        const yr = re[factor + k]!;
        const yi = im[factor + k]!;
        const pr = xr * yr - xi * yi;
        xi = xr * yi + xi * yr;
        xr = pr;
      }
      re[target + k] = re[addend + k]! + weight * (xr * sr - xi * si);
      im[target + k] = im[addend + k]! + weight * (xr * si + xi * sr);
      index += shift;
      if (index >= size) index -= size;
    }
  }

  /**
   * Σ weightᵢ · (partᵢ's slot, times the slot `times` if it has one, shifted by its shiftMs) into a new
   * slot, relative to the smallest shift, which is returned as the shift.
   */
  private weightedSum(weights: readonly number[], parts: ReadonlyArray<WeightedPart>, loMs: number): SpectralDelay {
    let baseMs = Number.POSITIVE_INFINITY;
    for (let i = 0; i < weights.length; i += 1) if ((weights[i] ?? 0) > 0) baseMs = Math.min(baseMs, parts[i]?.shiftMs ?? 0);
    const slot = this.arena.allocate();
    // The first part is added to the zeros slot rather than to a slot cleared first: the same sums, one pass fewer.
    let onto = this.zeros;
    for (let i = 0; i < weights.length; i += 1) {
      const w = weights[i] ?? 0;
      const part = parts[i];
      if (!(w > 0 && part)) continue;
      this.addShifted(slot, onto, part.slot, part.shiftMs - baseMs, w, part.times ?? -1);
      onto = slot;
    }
    if (onto !== slot) {
      const { re, im, half } = this.arena;
      re.fill(0, slot * half, (slot + 1) * half);
      im.fill(0, slot * half, (slot + 1) * half);
    }
    return { slot, shiftMs: baseMs, loMs };
  }

  /** `atoms` folded into one transform with `parts` (weights as given): Σ atom weight · constant slot shifted to it + Σ wᵢ · partᵢ. */
  private folded(atoms: readonly Atom[], weights: readonly number[], parts: ReadonlyArray<{ slot: number; shiftMs: number }>, loMs: number): SpectralDelay {
    return this.weightedSum([...atoms.map((atom) => atom.weight), ...weights], [...atoms.map((atom) => ({ slot: this.zero, shiftMs: atom.ms })), ...parts], loMs);
  }

  /** The transform of `d`, its atoms folded in. */
  private solid(d: SpectralDelay): SpectralDelay {
    return d.atoms === undefined ? d : this.folded(d.atoms, [d.slotWeight ?? 0], [d], d.loMs);
  }

  /**
   * A delay of `atoms` and, with the remaining probability, the mixture Σ wᵢ·(partᵢ shifted by its
   * shiftMs) of `parts` (weights as given: their sum is that probability): the atoms kept exact when
   * there are at most `maxAtoms` of them, else folded into the transform.
   */
  private withAtoms(atoms: Atom[], weights: number[], parts: Array<{ slot: number; shiftMs: number }>, loMs: number): SpectralDelay {
    if (atoms.length > maxAtoms) return this.folded(atoms, weights, parts, loMs);
    let slotWeight = 0;
    for (const w of weights) slotWeight += w;
    if (parts.length === 0) return atoms.length === 1 ? this.constant(atoms[0]!.ms) : { slot: this.zero, shiftMs: 0, loMs, atoms, slotWeight: 0 };
    if (atoms.length === 0) return this.weightedSum(weights, parts, loMs);
    if (parts.length === 1) return { slot: parts[0]!.slot, shiftMs: parts[0]!.shiftMs, loMs, atoms, slotWeight };
    const rest = this.weightedSum(weights.map((w) => w / slotWeight), parts, loMs);
    return { ...rest, atoms, slotWeight };
  }

  /** The transform of `x` then `y` (both without atoms): the product of their transforms. */
  private product(x: SpectralDelay, y: SpectralDelay, loMs: number): SpectralDelay {
    const slot = this.arena.allocate();
    const { re, im, half } = this.arena;
    const base = slot * half;
    const ba = x.slot * half;
    const bb = y.slot * half;
    for (let k = 0; k < half; k += 1) {
      const ar = re[ba + k]!;
      const ai = im[ba + k]!;
      const br = re[bb + k]!;
      const bi = im[bb + k]!;
      re[base + k] = ar * br - ai * bi;
      im[base + k] = ar * bi + ai * br;
    }
    return { slot, shiftMs: x.shiftMs + y.shiftMs, loMs };
  }

  exponential(meanMs: number): SpectralDelay {
    if (meanMs <= 0) return this.constant(0);
    const slot = this.arena.allocate();
    const beta = this.stepMs / meanMs;
    const oneMinusQ = -Math.expm1(-beta);
    const q = 1 - oneMinusQ;
    const p0 = 1 - oneMinusQ / beta;
    const c = (oneMinusQ * oneMinusQ) / beta;
    const { re, im, cos, sin, half } = this.arena;
    const base = slot * half;
    for (let k = 0; k < half; k += 1) {
      const zr = cos[k]!;
      const zi = -sin[k]!;
      const dr = 1 - q * zr;
      const di = -q * zi;
      const norm = dr * dr + di * di;
      re[base + k] = p0 + (c * (zr * dr + zi * di)) / norm;
      im[base + k] = (c * (zi * dr - zr * di)) / norm;
    }
    return { slot, shiftMs: 0, loMs: 0 };
  }

  sequence(a: SpectralDelay, b: SpectralDelay): SpectralDelay {
    const shiftMs = a.shiftMs + b.shiftMs;
    const loMs = a.loMs + b.loMs;
    if (this.isConstant(a) || this.isConstant(b)) {
      // Picked without an array to destructure: this runs for most sequences (a hop's RTT then a call).
      const aIsConstant = this.isConstant(a);
      const constant = aIsConstant ? a : b;
      const other = aIsConstant ? b : a;
      if (other.atoms === undefined) return { slot: other.slot, shiftMs, loMs };
      return { ...other, shiftMs, loMs, atoms: other.atoms.map((atom) => ({ ms: atom.ms + constant.shiftMs, weight: atom.weight })) };
    }
    if (a.atoms === undefined && b.atoms === undefined) return this.product(a, b, loMs);
    // a = Σ αᵢ·xᵢ + α·A and b = Σ βⱼ·yⱼ + β·B, so a then b = Σ αᵢβⱼ·(xᵢ + yⱼ) + αβ·(A then B) + Σ αᵢβ·(B + xᵢ) + Σ βⱼα·(A + yⱼ).
    const atomsA = a.atoms ?? [];
    const atomsB = b.atoms ?? [];
    if (atomsA.length * atomsB.length > maxAtoms) return this.product(this.solid(a), this.solid(b), loMs);
    const alpha = a.atoms === undefined ? 1 : (a.slotWeight ?? 0);
    const beta = b.atoms === undefined ? 1 : (b.slotWeight ?? 0);
    const atoms: Atom[] = [];
    for (const x of atomsA) for (const y of atomsB) addAtom(atoms, x.ms + y.ms, x.weight * y.weight);
    const weights: number[] = [];
    const parts: WeightedPart[] = [];
    const add = (weight: number, slot: number, shiftMs: number, times?: number) => {
      if (!(weight > 0)) return;
      weights.push(weight);
      parts.push(times === undefined ? { slot, shiftMs } : { slot, shiftMs, times });
    };
    // Without atoms left the result is a weighted sum (`withAtoms`), which multiplies A by B as it adds
    // them: no slot for the product alone (a station's sometimes-wait then service, a call made on a miss).
    if (alpha > 0 && beta > 0 && atoms.length === 0) add(alpha * beta, a.slot, shiftMs, b.slot);
    else if (alpha > 0 && beta > 0) {
      const both = this.product(a, b, loMs);
      add(alpha * beta, both.slot, both.shiftMs);
    }
    for (const x of atomsA) add(x.weight * beta, b.slot, b.shiftMs + x.ms);
    for (const y of atomsB) add(y.weight * alpha, a.slot, a.shiftMs + y.ms);
    return this.withAtoms(atoms, weights, parts, loMs);
  }

  mixture(weights: readonly number[], parts: readonly SpectralDelay[]): SpectralDelay {
    let loMs = Number.POSITIVE_INFINITY;
    let plain = true;
    for (let i = 0; i < parts.length; i += 1) {
      if ((weights[i] ?? 0) <= 0) continue;
      const part = parts[i]!;
      loMs = Math.min(loMs, part.loMs);
      plain &&= part.atoms === undefined && part.slot !== this.zero;
    }
    // Transforms only (the common case, a station's mixture of exponentials): one weighted sum.
    if (plain) return this.weightedSum(weights, parts, loMs);
    const atoms: Atom[] = [];
    const restWeights: number[] = [];
    const rest: SpectralDelay[] = [];
    for (let i = 0; i < parts.length; i += 1) {
      const w = weights[i] ?? 0;
      if (w <= 0) continue;
      const part = parts[i]!;
      if (this.isConstant(part)) {
        addAtom(atoms, part.shiftMs, w);
        continue;
      }
      for (const atom of part.atoms ?? []) addAtom(atoms, atom.ms, w * atom.weight);
      const slotWeight = w * (part.atoms === undefined ? 1 : (part.slotWeight ?? 0));
      if (!(slotWeight > 0)) continue;
      restWeights.push(slotWeight);
      rest.push(part);
    }
    return this.withAtoms(atoms, restWeights, rest, loMs);
  }

  /**
   * The `mixture` of delays (weights summing to 1) split into its atoms — the fixed delays it takes
   * with positive probability — and the rest, the transform with its share of the weight (`rest` null
   * and `restWeight` 0 when nothing remains). A reader of percentiles keeps the atoms exact instead of
   * spreading each over two grid cells.
   */
  splitAtoms(weights: readonly number[], parts: readonly SpectralDelay[]): { atoms: Atom[]; rest: SpectralDelay | null; restWeight: number } {
    const mixed = this.mixture(weights, parts);
    if (this.isConstant(mixed)) return { atoms: [{ ms: mixed.shiftMs, weight: 1 }], rest: null, restWeight: 0 };
    if (mixed.atoms === undefined) return { atoms: [], rest: mixed, restWeight: 1 };
    const restWeight = mixed.slotWeight ?? 0;
    return { atoms: [...mixed.atoms], rest: restWeight > 0 ? { slot: mixed.slot, shiftMs: mixed.shiftMs, loMs: mixed.loMs } : null, restWeight };
  }

  repeat(a: SpectralDelay, times: number): SpectralDelay {
    if (times === 1) return a; // what the powers below give for a delay without atoms, and a delay with atoms keeps them
    const d = this.solid(a);
    let result = this.constant(0);
    let power: SpectralDelay = { slot: d.slot, shiftMs: 0, loMs: d.loMs - d.shiftMs };
    for (let remaining = times; remaining > 0; remaining = Math.floor(remaining / 2)) {
      if (remaining % 2 === 1) result = this.sequence(result, power);
      if (remaining > 1) power = this.sequence(power, power);
    }
    return { slot: result.slot, shiftMs: d.shiftMs * times, loMs: d.loMs * times };
  }

  /** First grid index of the window [start, start + size) that holds a delay whose support starts at `loMs`. */
  private windowStart(loMs: number): number {
    return Math.floor(loMs / this.stepMs) - guardCells;
  }

  /** k-th smallest of independent delays (see `orderStatisticMasses`), transformed back once. */
  kthFastest(parts: readonly SpectralDelay[], k: number): SpectralDelay {
    let lowestMs = Number.POSITIVE_INFINITY;
    for (const part of parts) lowestMs = Math.min(lowestMs, part.loMs);
    const start = this.windowStart(lowestMs);
    orderStatisticMasses(this.arena, this.stepMs, parts, k, start);
    return { slot: this.arena.fromBuffer(0, start), shiftMs: 0, loMs: kthSmallestLowerBound(parts, k) };
  }

  withTimeout(a: SpectralDelay, timeoutMs: number, retries: number, backoffMs: number): SpectralDelay {
    const start = this.windowStart(a.loMs);
    const masses = this.arena.buffer(0);
    massesOnWindow(this.arena, this.stepMs, a, start, masses);
    let success = 0;
    for (let i = 0; i < this.size; i += 1) {
      if ((start + i) * this.stepMs <= timeoutMs) success += masses[i]!;
      else masses[i] = 0;
    }
    const succeeded: SpectralDelay = { slot: this.arena.fromBuffer(0, start), shiftMs: 0, loMs: a.loMs };
    const fail = Math.max(0, 1 - success);
    const weights: number[] = [];
    const parts: SpectralDelay[] = [];
    for (let attempt = 0; attempt <= retries; attempt += 1) {
      const startMs = attempt * timeoutMs + backoffMs * (2 ** attempt - 1);
      weights.push(fail ** attempt);
      parts.push(attempt === 0 ? succeeded : this.sequence(this.constant(startMs), succeeded));
    }
    weights.push(fail ** (retries + 1));
    parts.push(this.constant(retries * timeoutMs + backoffMs * (2 ** retries - 1) + timeoutMs));
    const result = this.solid(this.mixture(weights, parts));
    return { ...result, loMs: Math.min(a.loMs, timeoutMs) };
  }

  /** The masses of `d` on its own window, for reading percentiles. */
  toGridMasses(d: SpectralDelay): GridMasses {
    const start = this.windowStart(d.loMs);
    const masses = new Float64Array(this.size);
    massesOnWindow(this.arena, this.stepMs, d, start, masses);
    return { firstMs: start * this.stepMs, stepMs: this.stepMs, masses };
  }
}
