import { createClient, findCatalogRegion, type Scenario } from '../model';
import { defineCommand, refuse, succeed, type CommandResult } from './command';
import { createIdAllocator } from './ids';
import { defaultClientName } from './clientName';
import { sharesWithNewcomer } from './clientShares';
import type { Point } from './layout/geometry';
import { settleLayout } from './layout/settleLayout';

export interface AddClientArgs {
  position: Point;
  /** Catalog region the users are near. */
  regionId?: string;
  name?: string;
}

const defaultRegionId = 'aws:us-east-1';

/**
 * Adds a population of users with a fair share of the traffic: an equal part, which the others give up
 * in proportion to theirs (`sharesWithNewcomer`), so shares still sum to 1 and a new population never
 * silently inflates the workload, nor sends nothing.
 */
export function addClient(scenario: Scenario, { position, regionId = defaultRegionId, name }: AddClientArgs): CommandResult {
  const region = findCatalogRegion(regionId);
  if (!region) return refuse(`"${regionId}" is not a catalog region.`);
  const id = createIdAllocator(scenario)('users');
  const { clients, newcomerShare } = sharesWithNewcomer(scenario.clients);
  const label = name ?? defaultClientName(region.city, scenario.clients.map((c) => c.name));
  const next = {
    ...scenario,
    clients: [...clients, createClient(id, label, region.id, newcomerShare)],
    layout: { nodes: { ...scenario.layout.nodes, [id]: { x: position.x, y: position.y } } },
  };
  return succeed(settleLayout(next, { placed: [id] }), [id]);
}

export const addClientCommand = defineCommand({ id: 'addClient', label: 'Add users', recordsUndo: true, perform: addClient });
