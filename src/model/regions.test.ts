import { describe, expect, it } from 'vitest';
import { catalogRegions, findCatalogRegion, searchCatalogRegions } from './regions';

describe('region catalog', () => {
  it('has the 32 AWS and 20 GCP regions of docs/sources.md §1.4 with unique ids', () => {
    expect(catalogRegions.filter((region) => region.provider === 'aws')).toHaveLength(32);
    expect(catalogRegions.filter((region) => region.provider === 'gcp')).toHaveLength(20);
    expect(new Set(catalogRegions.map((region) => region.id)).size).toBe(catalogRegions.length);
  });

  it('keeps the coordinates of the data file (sample)', () => {
    expect(findCatalogRegion('aws:eu-west-1')).toMatchObject({ latDeg: 53.35, lonDeg: -6.26, jurisdiction: 'EU', city: 'Dublin' });
    expect(findCatalogRegion('aws:ap-southeast-2')).toMatchObject({ latDeg: -33.87, lonDeg: 151.21, jurisdiction: 'AU' });
    expect(findCatalogRegion('gcp:europe-north1')).toMatchObject({ latDeg: 60.57, lonDeg: 27.2, jurisdiction: 'EU' });
    expect(findCatalogRegion('aws:moon-1')).toBeUndefined();
  });

  it('finds regions by any word of their name, city or code', () => {
    expect(searchCatalogRegions('frank').map((region) => region.id)).toEqual(['aws:eu-central-1', 'gcp:europe-west3']);
    expect(searchCatalogRegions('aws tokyo').map((region) => region.id)).toEqual(['aws:ap-northeast-1']);
    expect(searchCatalogRegions('')).toHaveLength(catalogRegions.length);
  });
});
