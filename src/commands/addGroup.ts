import { createGroup, findCatalogRegion, type Group, type ProviderId, type Scenario } from '../model';
import { defineCommand, refuse, succeed, type CommandResult } from './command';
import { createIdAllocator } from './ids';
import { providerLabels } from './labels';
import type { Point } from './layout/geometry';
import { defaultGroupSizes } from './layout/nodeSizes';
import { settleLayout } from './layout/settleLayout';
import { placementProblem } from './placement';

export type AddGroupArgs = { parentId: string | null; position: Point } & (
  | { kind: 'provider'; provider?: ProviderId }
  | { kind: 'region'; regionId: string }
  | { kind: 'zone'; zoneName?: string }
);

/** The next free zone letter of a region: eu-west-1a, eu-west-1b → eu-west-1c. */
export function nextZoneName(scenario: Scenario, regionGroupId: string): string {
  const region = scenario.groups.find((group) => group.id === regionGroupId);
  const code = region?.kind === 'region' ? (findCatalogRegion(region.regionId)?.code ?? region.name) : 'zone';
  const taken = new Set(scenario.groups.flatMap((group) => (group.kind === 'zone' ? [group.zoneName] : [])));
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
    if (!taken.has(`${code}${letter}`)) return `${code}${letter}`;
  }
  return `${code}-zone`;
}

function buildGroup(scenario: Scenario, id: string, args: AddGroupArgs): Group | string {
  switch (args.kind) {
    case 'provider': {
      const provider = args.provider ?? 'aws';
      return createGroup('provider', id, providerLabels[provider], null, provider);
    }
    case 'region': {
      const region = findCatalogRegion(args.regionId);
      if (!region) return `"${args.regionId}" is not a catalog region.`;
      return createGroup('region', id, region.displayName, args.parentId, region.id);
    }
    case 'zone': {
      const zoneName = args.zoneName ?? nextZoneName(scenario, args.parentId ?? '');
      return createGroup('zone', id, zoneName, args.parentId, zoneName);
    }
  }
}

/** Adds a provider, region or zone group at its default size, in the free spot nearest `position` (its parent grows to hold it), and selects it. */
export function addGroup(scenario: Scenario, args: AddGroupArgs): CommandResult {
  const problem = placementProblem(scenario, args.kind, args.parentId);
  if (problem) return refuse(problem);
  const base = args.kind === 'region' ? args.regionId.split(':').pop() ?? 'region' : args.kind;
  const id = createIdAllocator(scenario)(args.kind === 'zone' ? (args.zoneName ?? nextZoneName(scenario, args.parentId ?? '')) : base);
  const group = buildGroup(scenario, id, args);
  if (typeof group === 'string') return refuse(group);
  const size = defaultGroupSizes[args.kind];
  const next = {
    ...scenario,
    groups: [...scenario.groups, group],
    layout: { nodes: { ...scenario.layout.nodes, [id]: { ...args.position, ...size } } },
  };
  return succeed(settleLayout(next, { placed: [id] }), [id]);
}

export const addGroupCommand = defineCommand({ id: 'addGroup', label: 'Add group', recordsUndo: true, perform: addGroup });
