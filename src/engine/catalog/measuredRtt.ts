import type { CatalogRegion } from '../../model';
import { awsRegions, awsRttMs, gcpRegions, gcpRttMs } from './rttMatrices.generated';
import type { Sourced } from './sourced';

interface RttMatrix {
  index: ReadonlyMap<string, number>;
  size: number;
  rttMs: readonly number[];
  source: string;
  asOf: string;
}

function matrix(regions: readonly string[], rttMs: readonly number[], source: string, asOf: string): RttMatrix {
  return { index: new Map(regions.map((code, i) => [code, i])), size: regions.length, rttMs, source, asOf };
}

const matrices: Partial<Record<CatalogRegion['provider'], RttMatrix>> = {
  aws: matrix(awsRegions, awsRttMs, 'cloudping.co p50 over one year (docs/sources.md §1.1), symmetrised', '2025-05-29'),
  gcp: matrix(gcpRegions, gcpRttMs, 'Google Cloud Performance Dashboard median (docs/sources.md §1.2), symmetrised', '2023-11-27'),
};

/**
 * Measured median round-trip time between two distinct regions of the same provider, milliseconds:
 * `(a→b + b→a) / 2` of the provider's matrix (AWS: cloudping.co p50 over one year to 2025-05-29;
 * GCP: Performance Dashboard median, 2023-11-27). Undefined for the same region (the matrices'
 * diagonals are endpoint overheads, not intra-region latency — docs/sources.md §7.4), for pairs of two
 * providers and for regions the matrix does not hold; callers then use the distance model.
 */
export function measuredRttMs(a: CatalogRegion, b: CatalogRegion): Sourced | undefined {
  if (a.provider !== b.provider || a.code === b.code) return undefined;
  const m = matrices[a.provider];
  const i = m?.index.get(a.code);
  const j = m?.index.get(b.code);
  if (m === undefined || i === undefined || j === undefined) return undefined;
  const value = m.rttMs[i * m.size + j];
  return value === undefined ? undefined : { value, unit: 'ms', source: m.source, asOf: m.asOf };
}
