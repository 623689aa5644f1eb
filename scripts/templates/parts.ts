import { createEdge, createGroup, type AsyncEdge, type CallEdge, type Group, type Scenario } from '../../src/model';

/** A synchronous call edge with the model's defaults, changed by `patch`. */
export const call = (id: string, from: string, to: string, patch: Partial<CallEdge> = {}): CallEdge => ({ ...(createEdge('call', id, from, to) as CallEdge), ...patch });

/** A message edge (into a queue, or from a queue to its consumer). */
export const message = (id: string, from: string, to: string): AsyncEdge => createEdge('async', id, from, to) as AsyncEdge;

/** The parts every template shares: identity, description, on-demand USD pricing and an empty layout (filled by `autoLayout`). */
export const base = (id: string, name: string, description: string): Pick<Scenario, 'schemaVersion' | 'id' | 'name' | 'description' | 'settings' | 'layout'> => ({
  schemaVersion: 1,
  id,
  name,
  description,
  settings: { currency: 'USD', monthHours: 730, pricing: 'onDemand' },
  layout: { nodes: {} },
});

/** An AWS region group (id `key`) inside the `aws` provider group, with zones `${key}-a`, `${key}-b`… named after the region. */
export function awsRegion(key: string, region: string, name: string, zoneLetters: readonly string[]): Group[] {
  return [createGroup('region', key, name, 'aws', `aws:${region}`), ...zoneLetters.map((z) => createGroup('zone', `${key}-${z}`, `${region}${z}`, key, `${region}${z}`))];
}

export const awsProvider = (): Group => createGroup('provider', 'aws', 'AWS', null, 'aws');
