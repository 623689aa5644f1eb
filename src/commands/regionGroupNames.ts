import { findCatalogRegion, type Group } from '../model';

/**
 * A region group moved to another catalog region takes its names along: the region's name, when it is
 * the catalog's ("Europe (Ireland)" → "Asia Pacific (Tokyo)"), and its zones' names, when they are the
 * app's letters of the old code ("eu-west-1b" → "ap-northeast-1b", unless another region has that zone).
 * A name the person typed stays, so a
 * region group never says Ireland while it is priced and routed as Tokyo.
 */
export function groupsAfterRegionChange(groups: readonly Group[], regionGroupId: string, newRegionId: string): Group[] {
  const region = groups.find((group) => group.id === regionGroupId);
  const [before, after] = [region?.kind === 'region' ? findCatalogRegion(region.regionId) : undefined, findCatalogRegion(newRegionId)];
  if (!region || !before || !after || before.id === after.id) return [...groups];
  const zoneLetter = (name: string) => (name.startsWith(before.code) && /^[a-z]$/.test(name.slice(before.code.length)) ? name.slice(before.code.length) : undefined);
  const takenElsewhere = new Set(groups.flatMap((group) => (group.kind === 'zone' && group.parentId !== regionGroupId ? [group.zoneName] : [])));
  return groups.map((group) => {
    if (group.id === regionGroupId && group.name === before.displayName) return { ...group, name: after.displayName };
    if (group.kind !== 'zone' || group.parentId !== regionGroupId) return group;
    const letter = zoneLetter(group.zoneName);
    const zoneName = `${after.code}${letter ?? ''}`;
    if (letter === undefined || takenElsewhere.has(zoneName)) return group;
    return { ...group, zoneName, name: group.name === group.zoneName ? zoneName : group.name };
  });
}
