import type { DelayAlgebra } from './delayAlgebra';
import type { GridMasses } from './gridMasses';
import { SpectralArena } from './spectralArena';
import { massesOnWindow, orderStatisticMasses } from './spectralMasses';

/**
 * A delay held as the discrete Fourier transform of grid masses (`slot`) followed by an exact
 * constant `shiftMs`, plus a lower bound of its support. Keeping constants aside means sums of fixed
 * delays (network RTTs) stay exact and only spread over grid cells where they must be folded in.
 * A mixture of a constant and one transform may be kept unevaluated (`pointWeight` > 0): with
 * probability `pointWeight` the constant `pointMs`, else (probability `slotWeight`) the transform.
 */
export interface SpectralDelay {
  slot: number;
  shiftMs: number;
  loMs: number;
  pointWeight?: number;
  pointMs?: number;
  slotWeight?: number;
}

/** Grid cells kept free below a delay's lower bound when unwrapping: each nested mixture may spread mass one cell down. */
export const guardCells = 16;

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
 * "Sometimes d" (a mixture of a constant and d) stays unevaluated until a sum needs its transform:
 * an order statistic reads it straight from d's masses. Error sources: the hat discretisation
 * (second order in h where densities are smooth, up to one step at atoms) and mass beyond the period
 * wrapping round (bounded by the grid sizing, < 1e-6).
 */
export class SpectralAlgebra implements DelayAlgebra<SpectralDelay> {
  readonly size: number;
  readonly stepMs: number;
  private readonly arena: SpectralArena;
  private readonly zero: number;

  /** `expectedSlots`: transforms the caller expects to hold at once. */
  constructor(size: number, stepMs: number, expectedSlots = 32) {
    this.size = size;
    this.stepMs = stepMs;
    this.arena = new SpectralArena(size, expectedSlots);
    this.zero = this.arena.allocatePermanent();
    const base = this.zero * this.arena.half;
    this.arena.re.fill(1, base, base + this.arena.half);
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

  /** Bytes the arena holds at most (every slot with its transform and time-domain masses). */
  get retainedBytes(): number {
    return this.arena.slotCount * ((this.size / 2 + 1) * 16 + this.size * 8);
  }

  constant(ms: number): SpectralDelay {
    return { slot: this.zero, shiftMs: ms, loMs: ms };
  }

  private isConstant(d: SpectralDelay): boolean {
    return d.slot === this.zero && d.pointWeight === undefined;
  }

  /**
   * Multiplies the transform at `from` by a shift of `ms` (hat-split between the two nearest grid
   * points, X_k·z^{n₀}((1 − f) + f·z), which keeps the mean exact) and adds `weight` times it into `into`.
   */
  private addShifted(into: number, from: number, ms: number, weight: number): void {
    const { re, im, cos, sin, half, size } = this.arena;
    const target = into * half;
    const source = from * half;
    const x = ms / this.stepMs;
    const whole = Math.floor(x);
    const f = x - whole;
    const shift = ((whole % size) + size) % size;
    // Hot loops: indices stay within the tables by construction.
    if (shift === 0 && f === 0) {
      for (let k = 0; k < half; k += 1) {
        re[target + k] = re[target + k]! + weight * re[source + k]!;
        im[target + k] = im[target + k]! + weight * im[source + k]!;
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
      const xr = re[source + k]!;
      const xi = im[source + k]!;
      re[target + k] = re[target + k]! + weight * (xr * sr - xi * si);
      im[target + k] = im[target + k]! + weight * (xr * si + xi * sr);
      index += shift;
      if (index >= size) index -= size;
    }
  }

  /** Σ weightᵢ · (slotᵢ shifted by msᵢ) into a new slot, relative to the smallest shift, which is returned as the shift. */
  private weightedSum(weights: readonly number[], slots: readonly number[], shifts: readonly number[], loMs: number): SpectralDelay {
    let baseMs = Number.POSITIVE_INFINITY;
    for (let i = 0; i < weights.length; i += 1) if ((weights[i] ?? 0) > 0) baseMs = Math.min(baseMs, shifts[i] ?? 0);
    const { re, im, half } = this.arena;
    const slot = this.arena.allocate();
    re.fill(0, slot * half, (slot + 1) * half);
    im.fill(0, slot * half, (slot + 1) * half);
    for (let i = 0; i < weights.length; i += 1) {
      const w = weights[i] ?? 0;
      if (w > 0) this.addShifted(slot, slots[i] ?? this.zero, (shifts[i] ?? 0) - baseMs, w);
    }
    return { slot, shiftMs: baseMs, loMs };
  }

  /** The transform of `d`, evaluating a kept mixture. */
  private solid(d: SpectralDelay): SpectralDelay {
    if (d.pointWeight === undefined) return d;
    return this.weightedSum([d.pointWeight, d.slotWeight ?? 0], [this.zero, d.slot], [d.pointMs ?? 0, d.shiftMs], d.loMs);
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
      const [constant, other] = this.isConstant(a) ? [a, b] : [b, a];
      if (other.pointWeight === undefined) return { slot: other.slot, shiftMs, loMs };
      return { ...other, shiftMs, loMs, pointMs: (other.pointMs ?? 0) + constant.shiftMs };
    }
    const x = this.solid(a);
    const y = this.solid(b);
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

  mixture(weights: readonly number[], parts: readonly SpectralDelay[]): SpectralDelay {
    let loMs = Number.POSITIVE_INFINITY;
    let count = 0;
    let constant = -1;
    let other = -1;
    for (let i = 0; i < parts.length; i += 1) {
      if ((weights[i] ?? 0) <= 0) continue;
      const part = parts[i]!;
      loMs = Math.min(loMs, part.loMs);
      count += 1;
      if (this.isConstant(part)) constant = i;
      else if (part.pointWeight === undefined) other = i;
    }
    if (count === 2 && constant >= 0 && other >= 0) {
      const point = parts[constant]!;
      const rest = parts[other]!;
      return { slot: rest.slot, shiftMs: rest.shiftMs, loMs, pointWeight: weights[constant] ?? 0, pointMs: point.shiftMs, slotWeight: weights[other] ?? 0 };
    }
    const solids = parts.map((part, i) => ((weights[i] ?? 0) > 0 ? this.solid(part) : part));
    return this.weightedSum(weights, solids.map((part) => part.slot), solids.map((part) => part.shiftMs), loMs);
  }

  repeat(a: SpectralDelay, times: number): SpectralDelay {
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
    const loMs = parts.map((part) => part.loMs).sort((x, y) => x - y);
    const start = this.windowStart(loMs[0] ?? 0);
    orderStatisticMasses(this.arena, this.stepMs, parts, k, start);
    return { slot: this.arena.fromBuffer(0, start), shiftMs: 0, loMs: loMs[k - 1] ?? 0 };
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
