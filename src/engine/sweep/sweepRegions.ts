import { findCatalogRegion, routerKinds, type Component, type Edge, type Group, type Scenario, type ZoneGroup } from '../../model';
import { compileScenario } from '../compile/compileScenario';
import { evaluatePerformance } from '../evaluatePerformance';
import { sweepPointOf, type SweepPoint } from './sweepPoint';

/** Where extra regions go, in order (the first not already used is taken); codes of the region's provider. */
const preferredRegionCodes = ['us-east-1', 'eu-west-1', 'us-west-2', 'ap-northeast-1', 'eu-central-1', 'ap-southeast-1', 'us-east-2', 'europe-west1', 'us-central1', 'asia-northeast1'];

const copyId = (id: string, copy: number) => `${id.slice(0, 58)}.r${copy}`;

/** The region group that serves: the first holding a compute fleet or monolith (itself or in its zones), else the first. */
function servingRegion(scenario: Scenario): Group | undefined {
  const regionOf = (groupId: string | null) => {
    const group = scenario.groups.find((g) => g.id === groupId);
    return group?.kind === 'zone' ? group.parentId : group?.id;
  };
  const fleet = scenario.components.find((c) => (c.kind === 'compute' || c.kind === 'monolith') && c.groupId !== null);
  const id = fleet ? regionOf(fleet.groupId) : undefined;
  return scenario.groups.find((g) => g.kind === 'region' && (id === undefined || g.id === id));
}

/**
 * The scenario with its serving region repeated `regions − 1` times in further catalog regions of
 * the same provider: each copy holds copies of the region's zones and of every component in them
 * except databases, which stay where they are and are shared (so the copies call them across
 * regions, as a design that adds regions without moving its data would). Calls out of and within
 * the region are repeated for each copy, and so are a router's calls into it, so that routers in
 * front (DNS, CDN) reach every copy by their own routing policy; users calling a fleet directly
 * keep calling the original.
 */
export function withRegions(scenario: Scenario, regions: number): Scenario {
  const region = servingRegion(scenario);
  if (!region || region.kind !== 'region' || regions <= 1) return scenario;
  const provider = findCatalogRegion(region.regionId)?.provider ?? 'aws';
  const used = new Set(scenario.groups.flatMap((g) => (g.kind === 'region' ? [g.regionId] : [])));
  const free = preferredRegionCodes.map((code) => `${provider}:${code}`).filter((id) => findCatalogRegion(id) && !used.has(id));
  const zones = scenario.groups.filter((g): g is ZoneGroup => g.kind === 'zone' && g.parentId === region.id);
  const inside = new Set([region.id, ...zones.map((z) => z.id)]);
  const moved = scenario.components.filter((c) => c.groupId !== null && inside.has(c.groupId) && c.kind !== 'database');
  const movedIds = new Set(moved.map((c) => c.id));
  const routers = new Set(scenario.components.filter((c) => routerKinds.has(c.kind)).map((c) => c.id));
  const groups: Group[] = [...scenario.groups];
  const components: Component[] = [...scenario.components];
  const edges: Edge[] = [...scenario.edges];
  free.slice(0, regions - 1).forEach((regionId, i) => {
    const copy = i + 2;
    const catalog = findCatalogRegion(regionId);
    groups.push({ ...region, id: copyId(region.id, copy), name: catalog?.displayName ?? regionId, regionId });
    zones.forEach((zone) => groups.push({ ...zone, id: copyId(zone.id, copy), parentId: copyId(region.id, copy) }));
    const placed = (groupId: string | null) => (groupId !== null && inside.has(groupId) ? copyId(groupId, copy) : groupId);
    moved.forEach((c) => components.push({ ...c, id: copyId(c.id, copy), groupId: placed(c.groupId) }));
    const endpoint = (id: string) => (movedIds.has(id) ? copyId(id, copy) : id);
    scenario.edges
      .filter((e) => e.kind !== 'replication' && (movedIds.has(e.from) || (movedIds.has(e.to) && routers.has(e.from))))
      .forEach((e) => edges.push({ ...e, id: copyId(e.id, copy), from: endpoint(e.from), to: endpoint(e.to) }));
  });
  return { ...scenario, groups, components, edges };
}

/**
 * Latency and cost against the number of regions serving (SPEC §2.7 "number of regions"): one point
 * per count, each the scenario `withRegions` that many, compiled and evaluated afresh.
 */
export function sweepRegions(scenario: Scenario, regionCounts: readonly number[]): SweepPoint[] {
  return regionCounts.map((count) => sweepPointOf(count, evaluatePerformance(compileScenario(withRegions(scenario, count)))));
}
