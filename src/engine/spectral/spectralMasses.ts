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

/**
 * Masses of `d` on the window of grid points `start` … `start + N − 1` (step `stepMs`), into `out`:
 * its slot's time-domain sequence shifted by `shiftMs` (n₀ + f cells) with the same hat split the
 * transforms use, pₙ = (1 − f)·x_{n−n₀} + f·x_{n−n₀−1}, plus its atoms, hat-split likewise; negative
 * rounding noise is cut to 0. With `cumulative`, the running sums instead (the step CDF), stopping
 * where they reach 1 (to rounding, 1e-14): returns how many entries were written, the rest being 1.
 */
export function massesOnWindow(arena: SpectralArena, stepMs: number, d: SpectralDelay, start: number, out: Float64Array, cumulative = false): number {
  const size = arena.size;
  const mask = size - 1;
  const sequence = arena.sequence(d.slot);
  const weight = d.atoms === undefined ? 1 : (d.slotWeight ?? 0);
  const x = d.shiftMs / stepMs;
  const whole = Math.floor(x);
  const f = x - whole;
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
  // Hot loop: `& mask` keeps every index on the grid (size is a power of two).
  for (let i = 0, g = (start - whole - arena.sequenceOffset(d.slot)) & mask; i < size; i += 1) {
    let mass = weight * ((1 - f) * sequence[g]! + f * sequence[(g - 1) & mask]!);
    while (i === atomCell) {
      mass += atomMasses[nextAtom]!;
      nextAtom += 1;
      atomCell = nextAtom < atomCount ? atomCells[nextAtom]! : -1;
    }
    mass = Math.max(0, mass);
    below += mass;
    if (!cumulative) out[i] = mass;
    else if (below >= complete) {
      out[i] = 1;
      return i + 1;
    } else out[i] = below;
    g = (g + 1) & mask;
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
    // Past `written`, a part's CDF is 1: a factor 1 of the maximum's product, 0 of the minimum's.
    const cdf = arena.buffer(1);
    probability.fill(1);
    for (const part of parts) {
      const written = massesOnWindow(arena, stepMs, part, start, cdf, true);
      if (k === n) for (let i = 0; i < written; i += 1) probability[i] = probability[i]! * Math.min(1, cdf[i]!);
      else {
        for (let i = 0; i < written; i += 1) probability[i] = probability[i]! * (1 - Math.min(1, cdf[i]!));
        probability.fill(0, written);
      }
    }
    if (k !== n) for (let i = 0; i < size; i += 1) probability[i] = 1 - probability[i]!;
  } else {
    const cdfs = parts.map((part, j) => {
      const cdf = arena.buffer(j + 1);
      cdf.fill(1, massesOnWindow(arena, stepMs, part, start, cdf, true));
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
