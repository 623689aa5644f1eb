import { findCatalogRegion, type Group } from '../../model';
import { providerLabels } from '../../commands';

/** The small line beside a group's name: the catalog region, the provider, or what a zone is. */
export function describeGroup(group: Group): string {
  switch (group.kind) {
    case 'provider':
      return group.name === providerLabels[group.provider] ? 'provider' : providerLabels[group.provider];
    case 'region': {
      const region = findCatalogRegion(group.regionId);
      return region ? `${region.id} · ${region.city}` : group.regionId;
    }
    case 'zone':
      return group.zoneName === group.name ? 'availability zone' : group.zoneName;
  }
}
