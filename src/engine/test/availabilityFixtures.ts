import { createClient, createComponent, createEdge, createGroup, type AvailabilitySpec, type CallEdge, type Component, type Group, type Scenario } from '../../model';

/** A scenario with one population (all traffic, reads only unless changed) and nothing else, for hand-checkable cases. */
export function emptyScenario(readFraction = 1): Scenario {
  return {
    schemaVersion: 1,
    id: 'test',
    name: 'Test',
    workload: { requestsPerSecond: 100, readFraction, payloadKbIn: 1, payloadKbOut: 1, peakFactor: 1 },
    clients: [createClient('users', 'Users', 'aws:eu-west-1', 1)],
    groups: [],
    components: [],
    edges: [],
    recovery: { strategy: 'none', backupIntervalMin: 60, pitr: false, restoreGbPerHour: 100, targets: { rtoSec: 3600, rpoSec: 300 } },
    settings: { currency: 'USD', monthHours: 730, pricing: 'onDemand' },
    layout: { nodes: {} },
  };
}

/** Availability spec with an exact unavailability. */
export const down = (unavailability: number): AvailabilitySpec => ({ source: 'unavailability', unavailability });

/** A compute fleet of `instances` (need `minHealthy`), each down with probability q. */
export function fleet(id: string, q: number, groupId: string | null = null, instances = 1, minHealthy = 1): Component {
  return { ...createComponent('compute', id, id, groupId), instances, minHealthy, availability: down(q) };
}

/** Any component kind with an exact unavailability. */
export function unit<K extends Component['kind']>(kind: K, id: string, q: number, groupId: string | null = null): Extract<Component, { kind: K }> {
  return { ...createComponent(kind, id, id, groupId), availability: down(q) };
}

let edgeCounter = 0;
/** A call edge with defaults, optionally patched. */
export function call(from: string, to: string, patch: Partial<CallEdge> = {}): CallEdge {
  edgeCounter += 1;
  return { ...(createEdge('call', `e${edgeCounter}-${from}-${to}`, from, to) as CallEdge), ...patch };
}

/** Provider → region → zones groups, each with an exact unavailability. */
export function domains(q: { provider: number; region: number; zone: number }, zones: string[], region = 'r', regionId = 'aws:eu-west-1'): Group[] {
  return [
    { ...createGroup('provider', `${region}-p`, 'AWS', null, 'aws'), availability: down(q.provider) },
    { ...createGroup('region', region, region, `${region}-p`, regionId), availability: down(q.region) },
    ...zones.map((z) => ({ ...createGroup('zone', z, z, region, z), availability: down(q.zone) })),
  ];
}

/** A file of `templates/`, through the one door for untrusted input (`parseScenario`). */

/**
 * The catalog defaults the templates use, written out for hand computations (docs/sources.md §2.1 SLAs and
 * the named assumptions of catalog/reliability.ts), so the tests do not read them back from the engine.
 */
export const catalogByHand = {
  provider: 1e-5,
  region: 1e-4,
  zone: 5e-4,
  /** EC2 instance-level 99.5 %. */
  instance: 0.005,
  /** RDS Single-AZ 99.5 %, per copy. */
  databaseCopy: 0.005,
  loadBalancerMultiAz: 1e-4,
  loadBalancerSingleAz: 1e-3,
  /** ElastiCache Multi-AZ 99.99 %. */
  cacheMultiNode: 1e-4,
  /** 0.55 machine failures a year (docs/sources.md §4.1), per hour. */
  machineFailuresPerHour: 0.55 / 8766,
  /** λ = U / ((1 − U) · MTTR): managed services repaired in 1 h, domains in 6 h. */
  managedFailuresPerHour: (u: number) => u / ((1 - u) * 1),
  domainFailuresPerHour: (u: number) => u / ((1 - u) * 6),
} as const;
