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

/** Sorts `d`'s atoms into the scratch arrays as hat masses by window cell (from grid point `start`), ascending; returns how many. */
function atomMassesOnWindow(d: SpectralDelay, stepMs: number, start: number, mask: number): number {
  let count = 0;
  for (const atom of d.atoms ?? noAtoms) {
    const point = atom.ms / stepMs;
    const cell = Math.floor(point);
    const high = atom.weight * (point - cell);
    count = insertAtomMass(count, (cell - start) & mask, atom.weight - high);
    count = insertAtomMass(count, (cell + 1 - start) & mask, high);
  }
  return count;
}

/**
 * Where `d`'s slot sequence is read for a window from grid point `start`: the hat split of its
 * shift (n₀ + f cells) and the sequence index of the window's first cell.
 */
function windowReader(arena: SpectralArena, stepMs: number, d: SpectralDelay, start: number) {
  const x = d.shiftMs / stepMs;
  const whole = Math.floor(x);
  const f = x - whole;
  return { sequence: arena.sequence(d.slot), weight: d.atoms === undefined ? 1 : (d.slotWeight ?? 0), f, keep: 1 - f, first: (start - whole - arena.sequenceOffset(d.slot)) & (arena.size - 1) };
}

/**
 * Masses of `d` on the window of grid points `start` … `start + N − 1` (step `stepMs`), into `out`:
 * its slot's time-domain sequence shifted by `shiftMs` (n₀ + f cells) with the same hat split the
 * transforms use, pₙ = (1 − f)·x_{n−n₀} + f·x_{n−n₀−1}, plus its atoms, hat-split likewise; negative
 * rounding noise is cut to 0.
 */
export function massesOnWindow(arena: SpectralArena, stepMs: number, d: SpectralDelay, start: number, out: Float64Array): void {
  const size = arena.size;
  const mask = size - 1;
  const { sequence, weight, f, keep, first } = windowReader(arena, stepMs, d, start);
  const atomCount = atomMassesOnWindow(d, stepMs, start, mask);
  let nextAtom = 0;
  let atomCell = atomCount > 0 ? atomCells[0]! : -1;
  // Hot loop: `& mask` keeps every index on the grid (size is a power of two); each sequence value is
  // read once, and kept for the next cell's hat split.
  let g = first;
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
    out[i] = Math.max(0, mass);
  }
}

/** Running sums of masses count as 1 from where they reach it to rounding. */
const complete = 1 - 1e-14;

/**
 * Multiplies `out` by the step CDF of `d` on the window from grid point `start` — the running sums of
 * its `massesOnWindow` masses, 1 from where they reach 1 (to rounding, 1e-14) — or by 1 − it when
 * `complement`: an order statistic's product, built with no buffer between. Stops where the CDF
 * reaches 1 (the factor is 1, or 0, from there) and returns how many entries it wrote. One loop per
 * run of cells without atoms, with no test of mode or atom in it: this runs for every part of every
 * order statistic.
 */
export function timesCdfOnWindow(arena: SpectralArena, stepMs: number, d: SpectralDelay, start: number, out: Float64Array, complement: boolean): number {
  const size = arena.size;
  const mask = size - 1;
  const { sequence, weight, f, keep, first } = windowReader(arena, stepMs, d, start);
  const atomCount = atomMassesOnWindow(d, stepMs, start, mask);
  // The factor is base + sign·cdf: exactly cdf (0 + 1·c) or 1 − cdf (1 + (−1)·c) in floating point.
  const base = complement ? 1 : 0;
  const sign = complement ? -1 : 1;
  let below = 0;
  let nextAtom = 0;
  let g = first;
  let previous = sequence[(g - 1) & mask]!;
  for (let i = 0; i < size; ) {
    const atomCell = nextAtom < atomCount ? atomCells[nextAtom]! : size;
    for (; i < atomCell; i += 1) {
      const current = sequence[g]!;
      below += Math.max(0, weight * (keep * current + f * previous));
      previous = current;
      g = (g + 1) & mask;
      if (below >= complete) {
        out[i] = out[i]! * (base + sign);
        return i + 1;
      }
      out[i] = out[i]! * (base + sign * below);
    }
    if (i === size) break;
    // A cell with atoms: their masses are added before the cut at 0, as `massesOnWindow` does.
    const current = sequence[g]!;
    let mass = weight * (keep * current + f * previous);
    previous = current;
    g = (g + 1) & mask;
    while (nextAtom < atomCount && atomCells[nextAtom] === i) {
      mass += atomMasses[nextAtom]!;
      nextAtom += 1;
    }
    below += Math.max(0, mass);
    if (below >= complete) {
      out[i] = out[i]! * (base + sign);
      return i + 1;
    }
    out[i] = out[i]! * (base + sign * below);
    i += 1;
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
      const written = timesCdfOnWindow(arena, stepMs, part, start, probability, k !== n);
      if (k !== n) probability.fill(0, written);
    }
    if (k !== n) for (let i = 0; i < size; i += 1) probability[i] = 1 - probability[i]!;
  } else {
    const cdfs = parts.map((part, j) => {
      const cdf = arena.buffer(j + 1).fill(1);
      timesCdfOnWindow(arena, stepMs, part, start, cdf, false);
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
