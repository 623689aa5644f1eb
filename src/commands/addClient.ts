import { createClient, findCatalogRegion, type Scenario } from '../model';
import { defineCommand, refuse, succeed, type CommandResult } from './command';
import { createIdAllocator } from './ids';
import { uniqueName } from './labels';
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
 * Adds a population of users. It takes the share of traffic the others leave (shares sum to 1),
 * so a new population never silently inflates the workload.
 */
export function addClient(scenario: Scenario, { position, regionId = defaultRegionId, name }: AddClientArgs): CommandResult {
  const region = findCatalogRegion(regionId);
  if (!region) return refuse(`"${regionId}" is not a catalog region.`);
  const id = createIdAllocator(scenario)('users');
  const used = scenario.clients.reduce((sum, client) => sum + client.share, 0);
  const share = Math.round(Math.max(0, 1 - used) * 1000) / 1000;
  const label = name ?? uniqueName(`Users near ${region.city}`, scenario.clients.map((c) => c.name));
  const next = {
    ...scenario,
    clients: [...scenario.clients, createClient(id, label, region.id, share)],
    layout: { nodes: { ...scenario.layout.nodes, [id]: { x: position.x, y: position.y } } },
  };
  return succeed(settleLayout(next, { placed: [id] }), [id]);
}

export const addClientCommand = defineCommand({ id: 'addClient', label: 'Add users', recordsUndo: true, perform: addClient });
