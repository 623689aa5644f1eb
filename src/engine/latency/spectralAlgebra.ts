import type { DelayAlgebra } from './delayAlgebra';
import { Fft } from './fft';
import type { GridMasses } from './gridMasses';

interface GridTables {
  fft: Fft;
  cos: Float64Array;
  sin: Float64Array;
}

/** Twiddle tables per grid size, built once: cos(2πj/N), sin(2πj/N). */
const tablesBySize = new Map<number, GridTables>();

function gridTables(size: number): GridTables {
  const cached = tablesBySize.get(size);
  if (cached) return cached;
  const cos = new Float64Array(size);
  const sin = new Float64Array(size);
  for (let j = 0; j < size; j += 1) {
    cos[j] = Math.cos((2 * Math.PI * j) / size);
    sin[j] = Math.sin((2 * Math.PI * j) / size);
  }
  const tables = { fft: new Fft(size), cos, sin };
  tablesBySize.set(size, tables);
  return tables;
}

/**
 * A delay held as the discrete Fourier transform of grid masses (`slot`) followed by an exact
 * constant `shiftMs`, plus a lower bound of its support. Keeping constants aside means sums of fixed
 * delays (network RTTs) stay exact and only spread over grid cells where they must be folded in.
 */
export interface SpectralDelay {
  slot: number;
  shiftMs: number;
  loMs: number;
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
 * the time domain (inverse FFT), act on the masses, and come back (FFT). Error sources: the hat
 * discretisation (second order in h where densities are smooth, up to one step at atoms) and mass
 * beyond the period wrapping round (bounded by the grid sizing, < 1e-6).
 */
export class SpectralAlgebra implements DelayAlgebra<SpectralDelay> {
  readonly size: number;
  readonly stepMs: number;
  private readonly half: number;
  private readonly fft: Fft;
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;
  private re: Float64Array;
  private im: Float64Array;
  private used = 0;
  private zero: number | null = null;
  private readonly scratchRe: Float64Array;
  private readonly scratchIm: Float64Array;

  /** `expectedSlots`: transforms the caller expects to store (e.g. the moment pass's operation count). */
  constructor(size: number, stepMs: number, expectedSlots = 32) {
    this.size = size;
    this.stepMs = stepMs;
    this.half = size / 2 + 1;
    const tables = gridTables(size);
    this.fft = tables.fft;
    this.cos = tables.cos;
    this.sin = tables.sin;
    this.re = new Float64Array(this.half * Math.max(8, expectedSlots));
    this.im = new Float64Array(this.half * Math.max(8, expectedSlots));
    this.scratchRe = new Float64Array(size);
    this.scratchIm = new Float64Array(size);
  }

  private allocate(): number {
    const slot = this.used;
    this.used += 1;
    if (this.used * this.half > this.re.length) {
      const re = new Float64Array(this.re.length * 2);
      const im = new Float64Array(this.im.length * 2);
      re.set(this.re);
      im.set(this.im);
      this.re = re;
      this.im = im;
    }
    return slot;
  }

  constant(ms: number): SpectralDelay {
    return { slot: this.zeroSlot(), shiftMs: ms, loMs: ms };
  }

  /** The slot holding the transform of "no delay" (all ones). */
  private zeroSlot(): number {
    if (this.zero !== null) return this.zero;
    const slot = this.allocate();
    const base = slot * this.half;
    this.re.fill(1, base, base + this.half);
    this.im.fill(0, base, base + this.half);
    this.zero = slot;
    return slot;
  }

  /**
   * Multiplies the transform at `from` by a shift of `ms` (hat-split between the two nearest grid
   * points, X_k·z^{n₀}((1 − f) + f·z), which keeps the mean exact) and adds `weight` times it into `into`.
   */
  private addShifted(into: number, from: number, ms: number, weight: number): void {
    const x = ms / this.stepMs;
    const whole = Math.floor(x);
    const f = x - whole;
    const shift = ((whole % this.size) + this.size) % this.size;
    const { re, im, cos, sin, half, size } = this;
    const target = into * half;
    const source = from * half;
    // Hot loop: indices stay within the tables by construction.
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

  exponential(meanMs: number): SpectralDelay {
    if (meanMs <= 0) return this.constant(0);
    const slot = this.allocate();
    const beta = this.stepMs / meanMs;
    const oneMinusQ = -Math.expm1(-beta);
    const q = 1 - oneMinusQ;
    const p0 = 1 - oneMinusQ / beta;
    const c = (oneMinusQ * oneMinusQ) / beta;
    const { re, im, cos, sin, half } = this;
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
    if (a.slot === this.zero) return { slot: b.slot, shiftMs, loMs };
    if (b.slot === this.zero) return { slot: a.slot, shiftMs, loMs };
    const slot = this.allocate();
    const { re, im, half } = this;
    const base = slot * half;
    const ba = a.slot * half;
    const bb = b.slot * half;
    for (let k = 0; k < half; k += 1) {
      const ar = re[ba + k]!;
      const ai = im[ba + k]!;
      const br = re[bb + k]!;
      const bi = im[bb + k]!;
      re[base + k] = ar * br - ai * bi;
      im[base + k] = ar * bi + ai * br;
    }
    return { slot, shiftMs, loMs };
  }

  mixture(weights: readonly number[], parts: readonly SpectralDelay[]): SpectralDelay {
    let loMs = Number.POSITIVE_INFINITY;
    let baseMs = Number.POSITIVE_INFINITY;
    parts.forEach((part, i) => {
      if ((weights[i] ?? 0) <= 0) return;
      loMs = Math.min(loMs, part.loMs);
      baseMs = Math.min(baseMs, part.shiftMs);
    });
    const slot = this.allocate();
    const base = slot * this.half;
    this.re.fill(0, base, base + this.half);
    this.im.fill(0, base, base + this.half);
    parts.forEach((part, i) => {
      const w = weights[i] ?? 0;
      if (w > 0) this.addShifted(slot, part.slot, part.shiftMs - baseMs, w);
    });
    return { slot, shiftMs: baseMs, loMs };
  }

  repeat(a: SpectralDelay, times: number): SpectralDelay {
    let result = this.constant(0);
    let power: SpectralDelay = { slot: a.slot, shiftMs: 0, loMs: a.loMs - a.shiftMs };
    for (let remaining = times; remaining > 0; remaining = Math.floor(remaining / 2)) {
      if (remaining % 2 === 1) result = this.sequence(result, power);
      if (remaining > 1) power = this.sequence(power, power);
    }
    return { slot: result.slot, shiftMs: a.shiftMs * times, loMs: a.loMs * times };
  }

  /** First grid index of the window [start, start + size) that holds a delay whose support starts at `loMs`. */
  private windowStart(loMs: number): number {
    return Math.floor(loMs / this.stepMs) - guardCells;
  }

  /** Masses of `d` on the window starting at grid index `start` (shift folded in, inverse FFT, circular unwrap). */
  private massesFrom(d: SpectralDelay, start: number): Float64Array {
    const folded = this.allocate();
    const base = folded * this.half;
    this.re.fill(0, base, base + this.half);
    this.im.fill(0, base, base + this.half);
    this.addShifted(folded, d.slot, d.shiftMs, 1);
    const re = this.scratchRe;
    const im = this.scratchIm;
    for (let k = 0; k < this.half; k += 1) {
      re[k] = this.re[base + k] ?? 0;
      im[k] = this.im[base + k] ?? 0;
    }
    for (let k = this.half; k < this.size; k += 1) {
      re[k] = this.re[base + this.size - k] ?? 0;
      im[k] = -(this.im[base + this.size - k] ?? 0);
    }
    this.fft.transform(re, im, true);
    const masses = new Float64Array(this.size);
    const offset = ((start % this.size) + this.size) % this.size;
    for (let i = 0; i < this.size; i += 1) masses[i] = Math.max(0, re[(offset + i) % this.size] ?? 0);
    return masses;
  }

  /** Stores masses laid out from grid index `start` as a new transform. */
  private fromMasses(masses: Float64Array, start: number, loMs: number): SpectralDelay {
    const re = this.scratchRe;
    const im = this.scratchIm;
    const offset = ((start % this.size) + this.size) % this.size;
    for (let i = 0; i < this.size; i += 1) {
      re[(offset + i) % this.size] = masses[i] ?? 0;
      im[i] = 0;
    }
    this.fft.transform(re, im, false);
    const slot = this.allocate();
    const base = slot * this.half;
    for (let k = 0; k < this.half; k += 1) {
      this.re[base + k] = re[k] ?? 0;
      this.im[base + k] = im[k] ?? 0;
    }
    return { slot, shiftMs: 0, loMs };
  }

  /**
   * k-th smallest of independent delays, exactly for the grid variables: with Fᵢ the step CDFs of
   * the masses, P(X₍ₖ₎ ≤ t) = P(at least k of the Fᵢ events), by the Poisson-binomial recursion.
   */
  kthFastest(parts: readonly SpectralDelay[], k: number): SpectralDelay {
    const n = parts.length;
    const loMs = parts.map((part) => part.loMs).sort((x, y) => x - y);
    const start = this.windowStart(loMs[0] ?? 0);
    const cumulative = parts.map((part) => {
      const masses = this.massesFrom(part, start);
      for (let i = 1; i < this.size; i += 1) masses[i] = (masses[i] ?? 0) + (masses[i - 1] ?? 0);
      return masses;
    });
    const atLeast = new Float64Array(n + 1);
    const result = new Float64Array(this.size);
    let previous = 0;
    for (let i = 0; i < this.size; i += 1) {
      atLeast.fill(0);
      atLeast[0] = 1;
      for (let j = 0; j < n; j += 1) {
        const f = Math.min(1, cumulative[j]?.[i] ?? 0);
        for (let m = j + 1; m >= 1; m -= 1) atLeast[m] = (atLeast[m] ?? 0) * (1 - f) + (atLeast[m - 1] ?? 0) * f;
        atLeast[0] = (atLeast[0] ?? 0) * (1 - f);
      }
      let probability = 0;
      for (let m = k; m <= n; m += 1) probability += atLeast[m] ?? 0;
      result[i] = Math.max(0, probability - previous);
      previous = Math.max(previous, probability);
    }
    return this.fromMasses(result, start, loMs[k - 1] ?? 0);
  }

  withTimeout(a: SpectralDelay, timeoutMs: number, retries: number, backoffMs: number): SpectralDelay {
    const start = this.windowStart(a.loMs);
    const masses = this.massesFrom(a, start);
    let success = 0;
    for (let i = 0; i < this.size; i += 1) {
      if ((start + i) * this.stepMs <= timeoutMs) success += masses[i] ?? 0;
      else masses[i] = 0;
    }
    const succeeded = this.fromMasses(masses, start, a.loMs);
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
    const result = this.mixture(weights, parts);
    return { ...result, loMs: Math.min(a.loMs, timeoutMs) };
  }

  /** The masses of `d` on its own window, for reading percentiles. */
  toGridMasses(d: SpectralDelay): GridMasses {
    const start = this.windowStart(d.loMs);
    return { firstMs: start * this.stepMs, stepMs: this.stepMs, masses: this.massesFrom(d, start) };
  }
}
