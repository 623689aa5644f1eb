import type { CatalogRegion } from '../../model';

/**
 * A place requests travel between: a component's (or database copy's) placement, or where a client
 * population is. Group indices are positions in the scenario's `groups` (−1 when absent).
 */
export interface Site {
  regionGroupIndex: number;
  zoneGroupIndex: number;
  /** Catalog region (placements, and clients located at a region); null for clients given by coordinates. */
  region: CatalogRegion | null;
  latDeg: number;
  lonDeg: number;
}
