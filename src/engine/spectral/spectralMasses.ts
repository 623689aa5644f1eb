import type { SpectralArena } from './spectralArena';
import { maxAtoms, type Atom, type SpectralDelay } from './spectralDelay';

const noAtoms: readonly Atom[] = [];
/** Scratch for `massesOnWindow`: two hat masses per atom, at most `maxAtoms` atoms (a folded delay has none). */
const atomCells = new Int32Array(2 * maxAtoms);
const atomMasses = new Float64Array(2 * maxAtoms);

/** Inserts `mass` at window cell `cell` into the first `count` scratch entries, kept in cell order; returns the new count. */
function insertAtomMass(count: number, cell: number, mass: number): number {
  let j = count;
  while (j > 0 && atomCells[j - 1]! > cell) {
    atomCells[j] = atomCells[j - 1]!;
    atomMasses[j] = atomMasses[j - 1]!;
    j -= 1;
  }
  atomCells[j] = cell;
  atomMasses[j] = mass;
  return count + 1;
}

/** What `massesOnWindow` writes: the masses, their running sums (the step CDF), or that CDF (or 1 − it) multiplied into `out`. */
export type WindowMode = 'masses' | 'cdf' | 'timesCdf' | 'timesComplement';

/**
 * Masses of `d` on the window of grid points `start` … `start + N − 1` (step `stepMs`), into `out`:
 * its slot's time-domain sequence shifted by `shiftMs` (n₀ + f cells) with the same hat split the
 * transforms use, pₙ = (1 − f)·x_{n−n₀} + f·x_{n−n₀−1}, plus its atoms, hat-split likewise; negative
 * rounding noise is cut to 0. Mode 'cdf' writes the running sums instead (the step CDF), stopping
 * where they reach 1 (to rounding, 1e-14), the rest being 1; 'timesCdf' and 'timesComplement' multiply
 * `out` by that CDF or by 1 − it, in the same pass (an order statistic's product, with no buffer
 * between), stopping there too. Returns how many entries were written.
 */
export function massesOnWindow(arena: SpectralArena, stepMs: number, d: SpectralDelay, start: number, out: Float64Array, mode: WindowMode = 'masses'): number {
  const size = arena.size;
  const mask = size - 1;
  const sequence = arena.sequence(d.slot);
  const weight = d.atoms === undefined ? 1 : (d.slotWeight ?? 0);
  const x = d.shiftMs / stepMs;
  const whole = Math.floor(x);
  const f = x - whole;
  const keep = 1 - f;
  const plainMasses = mode === 'masses';
  const writesCdf = mode === 'cdf';
  const timesCdf = mode === 'timesCdf';
  // Each atom's two hat masses, by window cell in ascending order (none without atoms), in scratch
  // arrays sorted by insertion: this runs for every part of every order statistic.
  let atomCount = 0;
  for (const atom of d.atoms ?? noAtoms) {
    const point = atom.ms / stepMs;
    const cell = Math.floor(point);
    const high = atom.weight * (point - cell);
    atomCount = insertAtomMass(atomCount, (cell - start) & mask, atom.weight - high);
    atomCount = insertAtomMass(atomCount, (cell + 1 - start) & mask, high);
  }
  let nextAtom = 0;
  let atomCell = atomCount > 0 ? atomCells[0]! : -1;
  const complete = 1 - 1e-14;
  let below = 0;
  // Hot loop: `& mask` keeps every index on the grid (size is a power of two); each sequence value is
  // read once, and kept for the next cell's hat split.
  let g = (start - whole - arena.sequenceOffset(d.slot)) & mask;
  let previous = sequence[(g - 1) & mask]!;
  for (let i = 0; i < size; i += 1) {
    const current = sequence[g]!;
    let mass = weight * (keep * current + f * previous);
    previous = current;
    g = (g + 1) & mask;
    while (i === atomCell) {
      mass += atomMasses[nextAtom]!;
      nextAtom += 1;
      atomCell = nextAtom < atomCount ? atomCells[nextAtom]! : -1;
    }
    mass = Math.max(0, mass);
    if (plainMasses) {
      out[i] = mass;
      continue;
    }
    below += mass;
    const done = below >= complete;
    const cdf = done ? 1 : below;
    if (writesCdf) out[i] = cdf;
    else out[i] = out[i]! * (timesCdf ? cdf : 1 - cdf);
    if (done) return i + 1;
  }
  return size;
}

/**
 * Masses of the k-th smallest of independent delays on the window from grid point `start`, into the
 * arena's work buffer 0, exactly for the grid variables: with Fᵢ the step CDFs of the masses,
 * P(X₍ₖ₎ ≤ t) = P(at least k of the Fᵢ events), by the Poisson-binomial recursion (for the maximum,
 * k = n, the product of the Fᵢ; for the minimum, k = 1, one minus the product of the 1 − Fᵢ).
 */
export function orderStatisticMasses(arena: SpectralArena, stepMs: number, parts: readonly SpectralDelay[], k: number, start: number): void {
  const n = parts.length;
  const size = arena.size;
  const probability = arena.buffer(0);
  if (k === n || k === 1) {
    // Past where a part's CDF reaches 1, it is a factor 1 of the maximum's product, 0 of the minimum's.
    probability.fill(1);
    for (const part of parts) {
      const written = massesOnWindow(arena, stepMs, part, start, probability, k === n ? 'timesCdf' : 'timesComplement');
      if (k !== n) probability.fill(0, written);
    }
    if (k !== n) for (let i = 0; i < size; i += 1) probability[i] = 1 - probability[i]!;
  } else {
    const cdfs = parts.map((part, j) => {
      const cdf = arena.buffer(j + 1);
      cdf.fill(1, massesOnWindow(arena, stepMs, part, start, cdf, 'cdf'));
      return cdf;
    });
    const atLeast = new Float64Array(n + 1);
    for (let i = 0; i < size; i += 1) {
      atLeast.fill(0);
      atLeast[0] = 1;
      for (let j = 0; j < n; j += 1) {
        const f = Math.min(1, cdfs[j]![i]!);
        for (let m = j + 1; m >= 1; m -= 1) atLeast[m] = atLeast[m]! * (1 - f) + atLeast[m - 1]! * f;
        atLeast[0] = atLeast[0]! * (1 - f);
      }
      let sum = 0;
      for (let m = k; m <= n; m += 1) sum += atLeast[m]!;
      probability[i] = sum;
    }
  }
  // Masses are the increments of the CDF (made non-decreasing against rounding), in place.
  let previous = 0;
  for (let i = 0; i < size; i += 1) {
    const p = probability[i]!;
    probability[i] = Math.max(0, p - previous);
    previous = Math.max(previous, p);
  }
}
