import { findCatalogRegion, type ClientLocation, type ClientPopulation } from '../model';
import { uniqueName } from './labels';

const defaultNameBase = (city: string) => `Users near ${city}`;

/** The name a new population near `city` gets: "Users near Tokyo", then "Users near Tokyo 2"… */
export function defaultClientName(city: string, taken: Iterable<string>): string {
  return uniqueName(defaultNameBase(city), taken);
}

/** The city a population's location names, if it is a catalog region. */
function cityOf(location: ClientLocation): string | undefined {
  return location.kind === 'region' ? findCatalogRegion(location.regionId)?.city : undefined;
}

/**
 * The name of `client` once it moves to `location`: a name the app gave it ("Users near Ashburn 2")
 * follows the region ("Users near Tokyo"); a name the person typed stays, as does any name when the
 * new location is not a catalog region.
 */
export function clientNameAt(client: ClientPopulation, location: ClientLocation, others: readonly ClientPopulation[]): string {
  const oldCity = cityOf(client.location);
  const newCity = cityOf(location);
  if (oldCity === undefined || newCity === undefined || oldCity === newCity) return client.name;
  const base = defaultNameBase(oldCity);
  const given = client.name === base || (client.name.startsWith(`${base} `) && /^\d+$/.test(client.name.slice(base.length + 1)));
  return given ? defaultClientName(newCity, others.map((other) => other.name)) : client.name;
}
