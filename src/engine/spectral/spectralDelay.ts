/**
 * A delay held as the discrete Fourier transform of grid masses (`slot`) followed by an exact
 * constant `shiftMs`, plus a lower bound of its support. Keeping constants aside means sums of fixed
 * delays (network RTTs) stay exact and only spread over grid cells where they must be folded in.
 * Likewise a delay that is a fixed value with positive probability (a CDN hit, a reused connection)
 * keeps those values as exact `atoms`: with probability `atoms[i].weight` exactly `atoms[i].ms`, else
 * (probability `slotWeight`, possibly 0) the transform, shifted.
 */
export interface SpectralDelay {
  slot: number;
  shiftMs: number;
  loMs: number;
  atoms?: readonly Atom[];
  slotWeight?: number;
}

/** A fixed delay of `ms` taken with probability `weight`. */
export interface Atom {
  ms: number;
  weight: number;
}

/** Most atoms a delay keeps: past it (a product of many mixtures of constants) they are folded into the transform. */
export const maxAtoms = 16;

/** Adds `weight` at `ms` to `atoms`, merging with an atom at exactly that value. */
export function addAtom(atoms: Atom[], ms: number, weight: number): void {
  if (!(weight > 0)) return;
  const same = atoms.find((atom) => atom.ms === ms);
  if (same) same.weight += weight;
  else atoms.push({ ms, weight });
}
