import { cdfOfGridMasses, meanOfGridMasses, type PiecewiseCdf } from './gridMasses';
import { atomCdf, mixtureCdf } from './mixtureCdf';
import type { SpectralAlgebra } from './spectralAlgebra';
import type { SpectralDelay } from './spectralDelay';

/** The latency distribution of one population's requests (reads and writes mixed). */
export interface PopulationDistribution {
  cdf: PiecewiseCdf;
  meanMs: number;
}

/** What one run of a latency program gives per population: null when its path is saturated. */
export type PopulationDistributions = Array<PopulationDistribution | null>;

/**
 * A population's distribution from its classes' delays in `spectral` (`parts`, mixed by `weights`, which
 * sum to 1). Fixed delays it takes with positive probability (a CDN or cache hit whose path holds no
 * queue) stay exact atoms, jumps of its CDF (`SpectralAlgebra.splitAtoms`): a percentile that falls on
 * one is that delay, not a point up to a grid step away. Slots it allocates are the caller's to free.
 */
export function populationDistribution(spectral: SpectralAlgebra, weights: readonly number[], parts: readonly SpectralDelay[]): PopulationDistribution {
  const { atoms, rest, restWeight } = spectral.splitAtoms(weights, parts);
  const masses = rest === null ? null : spectral.toGridMasses(rest);
  const restCdf = masses === null ? null : cdfOfGridMasses(masses);
  const restMeanMs = masses === null ? 0 : meanOfGridMasses(masses);
  if (atoms.length === 0 && restCdf !== null) return { cdf: restCdf, meanMs: restMeanMs };
  const total = atoms.reduce((sum, atom) => sum + atom.weight, restWeight);
  const cdfParts = atoms.map((atom) => ({ weight: atom.weight / total, cdf: atomCdf(atom.ms) }));
  if (restCdf !== null) cdfParts.push({ weight: restWeight / total, cdf: restCdf });
  const meanMs = atoms.reduce((sum, atom) => sum + atom.weight * atom.ms, restWeight * restMeanMs) / total;
  return { cdf: mixtureCdf(cdfParts), meanMs };
}
