import type { Jurisdiction, ProviderId } from './schema/primitives';

/** A cloud region people can place groups and users in. */
export interface CatalogRegion {
  /** `provider:region`, e.g. `aws:eu-west-1`. */
  id: string;
  provider: ProviderId;
  /** The provider's own region code, e.g. `eu-west-1`. */
  code: string;
  displayName: string;
  city: string;
  latDeg: number;
  lonDeg: number;
  jurisdiction: Jurisdiction;
}

type RegionRow = [code: string, displayName: string, city: string, latDeg: number, lonDeg: number, jurisdiction: Jurisdiction];

// Coordinates: docs/sources.md §1.4 (city-level, ±50 km; providers publish no data-centre
// coordinates). Display names are the providers' region names; jurisdiction is the host country's.
const awsRows: RegionRow[] = [
  ['us-east-1', 'US East (N. Virginia)', 'Ashburn', 39.04, -77.49, 'US'],
  ['us-east-2', 'US East (Ohio)', 'Columbus', 39.96, -83.0, 'US'],
  ['us-west-1', 'US West (N. California)', 'San Jose', 37.34, -121.89, 'US'],
  ['us-west-2', 'US West (Oregon)', 'Boardman', 45.84, -119.7, 'US'],
  ['ca-central-1', 'Canada (Central)', 'Montreal', 45.5, -73.57, 'CA'],
  ['ca-west-1', 'Canada West (Calgary)', 'Calgary', 51.05, -114.07, 'CA'],
  ['mx-central-1', 'Mexico (Central)', 'Queretaro', 20.59, -100.39, 'MX'],
  ['sa-east-1', 'South America (São Paulo)', 'São Paulo', -23.55, -46.63, 'BR'],
  ['eu-west-1', 'Europe (Ireland)', 'Dublin', 53.35, -6.26, 'EU'],
  ['eu-west-2', 'Europe (London)', 'London', 51.51, -0.13, 'UK'],
  ['eu-west-3', 'Europe (Paris)', 'Paris', 48.86, 2.35, 'EU'],
  ['eu-central-1', 'Europe (Frankfurt)', 'Frankfurt', 50.11, 8.68, 'EU'],
  ['eu-central-2', 'Europe (Zurich)', 'Zurich', 47.38, 8.54, 'CH'],
  ['eu-south-1', 'Europe (Milan)', 'Milan', 45.46, 9.19, 'EU'],
  ['eu-south-2', 'Europe (Spain)', 'Zaragoza', 41.65, -0.89, 'EU'],
  ['eu-north-1', 'Europe (Stockholm)', 'Stockholm', 59.33, 18.07, 'EU'],
  ['il-central-1', 'Israel (Tel Aviv)', 'Tel Aviv', 32.09, 34.78, 'IL'],
  ['me-south-1', 'Middle East (Bahrain)', 'Manama', 26.23, 50.59, 'BH'],
  ['me-central-1', 'Middle East (UAE)', 'Dubai', 25.2, 55.27, 'AE'],
  ['af-south-1', 'Africa (Cape Town)', 'Cape Town', -33.92, 18.42, 'ZA'],
  ['ap-south-1', 'Asia Pacific (Mumbai)', 'Mumbai', 19.08, 72.88, 'IN'],
  ['ap-south-2', 'Asia Pacific (Hyderabad)', 'Hyderabad', 17.39, 78.49, 'IN'],
  ['ap-southeast-1', 'Asia Pacific (Singapore)', 'Singapore', 1.35, 103.82, 'SG'],
  ['ap-southeast-2', 'Asia Pacific (Sydney)', 'Sydney', -33.87, 151.21, 'AU'],
  ['ap-southeast-3', 'Asia Pacific (Jakarta)', 'Jakarta', -6.21, 106.85, 'ID'],
  ['ap-southeast-4', 'Asia Pacific (Melbourne)', 'Melbourne', -37.81, 144.96, 'AU'],
  ['ap-southeast-5', 'Asia Pacific (Malaysia)', 'Kuala Lumpur', 3.14, 101.69, 'MY'],
  ['ap-southeast-7', 'Asia Pacific (Thailand)', 'Bangkok', 13.76, 100.5, 'TH'],
  ['ap-east-1', 'Asia Pacific (Hong Kong)', 'Hong Kong', 22.32, 114.17, 'HK'],
  ['ap-northeast-1', 'Asia Pacific (Tokyo)', 'Tokyo', 35.68, 139.65, 'JP'],
  ['ap-northeast-2', 'Asia Pacific (Seoul)', 'Seoul', 37.57, 126.98, 'KR'],
  ['ap-northeast-3', 'Asia Pacific (Osaka)', 'Osaka', 34.69, 135.5, 'JP'],
];

const gcpRows: RegionRow[] = [
  ['us-central1', 'Iowa', 'Council Bluffs', 41.26, -95.86, 'US'],
  ['us-east1', 'South Carolina', 'Moncks Corner', 33.2, -80.01, 'US'],
  ['us-east4', 'Northern Virginia', 'Ashburn', 39.04, -77.49, 'US'],
  ['us-west1', 'Oregon', 'The Dalles', 45.59, -121.18, 'US'],
  ['us-west2', 'Los Angeles', 'Los Angeles', 34.05, -118.24, 'US'],
  ['northamerica-northeast1', 'Montréal', 'Montreal', 45.5, -73.57, 'CA'],
  ['southamerica-east1', 'São Paulo', 'Osasco', -23.53, -46.79, 'BR'],
  ['europe-west1', 'Belgium', 'St. Ghislain', 50.47, 3.82, 'EU'],
  ['europe-west2', 'London', 'London', 51.51, -0.13, 'UK'],
  ['europe-west3', 'Frankfurt', 'Frankfurt', 50.11, 8.68, 'EU'],
  ['europe-west4', 'Netherlands', 'Eemshaven', 53.44, 6.83, 'EU'],
  ['europe-north1', 'Finland', 'Hamina', 60.57, 27.2, 'EU'],
  ['me-central1', 'Doha', 'Doha', 25.29, 51.53, 'QA'],
  ['africa-south1', 'Johannesburg', 'Johannesburg', -26.2, 28.05, 'ZA'],
  ['asia-south1', 'Mumbai', 'Mumbai', 19.08, 72.88, 'IN'],
  ['asia-southeast1', 'Singapore', 'Jurong West', 1.34, 103.71, 'SG'],
  ['asia-east1', 'Taiwan', 'Changhua County', 24.05, 120.52, 'TW'],
  ['asia-east2', 'Hong Kong', 'Hong Kong', 22.32, 114.17, 'HK'],
  ['asia-northeast1', 'Tokyo', 'Tokyo', 35.68, 139.65, 'JP'],
  ['australia-southeast1', 'Sydney', 'Sydney', -33.87, 151.21, 'AU'],
];

function toRegions(provider: ProviderId, rows: RegionRow[]): CatalogRegion[] {
  return rows.map(([code, displayName, city, latDeg, lonDeg, jurisdiction]) => ({
    id: `${provider}:${code}`,
    provider,
    code,
    displayName,
    city,
    latDeg,
    lonDeg,
    jurisdiction,
  }));
}

/** Every region the catalog knows, AWS then GCP. */
export const catalogRegions: readonly CatalogRegion[] = [...toRegions('aws', awsRows), ...toRegions('gcp', gcpRows)];

const regionsById = new Map(catalogRegions.map((region) => [region.id, region]));

/** The catalog region with this id (`aws:eu-west-1`), or undefined. */
export function findCatalogRegion(id: string): CatalogRegion | undefined {
  return regionsById.get(id);
}

/** Regions whose id, name or city contains every word of the query (case-insensitive). */
export function searchCatalogRegions(query: string): CatalogRegion[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return catalogRegions.filter((region) => {
    const haystack = `${region.id} ${region.displayName} ${region.city} ${region.jurisdiction}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
