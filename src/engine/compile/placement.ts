import { findCatalogRegion, type CatalogRegion, type Group, type Scenario } from '../../model';

/** Where one component (or one copy of a database) runs, resolved through the group hierarchy. */
export interface Placement {
  /** Zone group id, or null when placed directly in a region or globally. */
  zoneGroupId: string | null;
  /** Region group id, or null for global components. */
  regionGroupId: string | null;
  /** Provider group id, or null when the region has no provider group or the component is global. */
  providerGroupId: string | null;
  /** Catalog region of the region group, or null for global components. */
  region: CatalogRegion | null;
}

const globalPlacement: Placement = { zoneGroupId: null, regionGroupId: null, providerGroupId: null, region: null };

/**
 * Resolves a group id (zone or region) to the chain of failure domains that contain it.
 * `groupsById` comes from the validated scenario, whose schema guarantees zone → region → provider nesting.
 */
export function resolvePlacement(groupId: string | null, groupsById: ReadonlyMap<string, Group>): Placement {
  if (groupId === null) return globalPlacement;
  const chain: Partial<Record<Group['kind'], Group>> = {};
  for (let group = groupsById.get(groupId); group; group = group.parentId === null ? undefined : groupsById.get(group.parentId)) {
    chain[group.kind] = group;
  }
  const regionGroup = chain.region;
  return {
    zoneGroupId: chain.zone?.id ?? null,
    regionGroupId: regionGroup?.id ?? null,
    providerGroupId: chain.provider?.id ?? null,
    region: regionGroup?.kind === 'region' ? (findCatalogRegion(regionGroup.regionId) ?? null) : null,
  };
}

/** Placement of every component by id, and of every extra database copy (`<dbId>#<copyIndex>`, 1-based). */
export function resolveAllPlacements(scenario: Scenario): Map<string, Placement> {
  const groupsById = new Map(scenario.groups.map((group) => [group.id, group]));
  const placements = new Map<string, Placement>();
  for (const component of scenario.components) {
    placements.set(component.id, resolvePlacement(component.groupId, groupsById));
    if (component.kind === 'database') {
      component.replicaGroupIds.forEach((groupId, index) => {
        placements.set(`${component.id}#${index + 1}`, resolvePlacement(groupId, groupsById));
      });
    }
  }
  return placements;
}
