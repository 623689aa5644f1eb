import { createClient, createComponent, createEdge, createGroup, type Component, type Edge, type Scenario } from '../../model';

/** A call edge with defaults, patched. */
export function callEdge(id: string, from: string, to: string, patch: Partial<Extract<Edge, { kind: 'call' }>> = {}): Edge {
  return { ...(createEdge('call', id, from, to) as Extract<Edge, { kind: 'call' }>), ...patch };
}

/** A replication edge from database `from` to database `to`, synchronous or not. */
export function replicationEdge(id: string, from: string, to: string, mode: 'sync' | 'async'): Edge {
  return { ...(createEdge('replication', id, from, to) as Extract<Edge, { kind: 'replication' }>), mode };
}

/** `from` ⇢ a queue `queue` (region of eu-west-1) ⇢ its one consumer `worker`: one message per request, fire and forget. */
export function behindQueue(from: string, worker: Component): { components: Component[]; edges: Edge[] } {
  return {
    components: [createComponent('queue', 'queue', 'queue', 'region'), worker],
    edges: [createEdge('async', 'e-enqueue', from, 'queue'), createEdge('async', 'e-consume', 'queue', worker.id)],
  };
}

/**
 * A scenario in aws:eu-west-1 with zones a, b, c (group ids `zone-a` …), one population of fixed-access
 * users located at aws:eu-west-1 that never opens new connections, and the given components and edges.
 */
export function smallScenario(components: Component[], edges: Edge[], patch: Partial<Scenario> = {}): Scenario {
  return {
    schemaVersion: 1,
    id: 'small',
    name: 'Small test scenario',
    workload: { requestsPerSecond: 0, readFraction: 1, payloadKbIn: 1, payloadKbOut: 10, peakFactor: 2 },
    clients: [{ ...createClient('users', 'Users', 'aws:eu-west-1', 1), newConnectionFraction: 0 }],
    groups: [
      createGroup('provider', 'aws', 'AWS', null, 'aws'),
      createGroup('region', 'region', 'eu-west-1', 'aws', 'aws:eu-west-1'),
      createGroup('region', 'region-us', 'us-east-1', 'aws', 'aws:us-east-1'),
      createGroup('region', 'region-ap', 'ap-southeast-2', 'aws', 'aws:ap-southeast-2'),
      ...['a', 'b', 'c'].map((z) => createGroup('zone', `zone-${z}`, `eu-west-1${z}`, 'region', `eu-west-1${z}`)),
    ],
    components,
    edges,
    recovery: { strategy: 'none', backupIntervalMin: 60, pitr: false, restoreGbPerHour: 100, targets: { rtoSec: 3600, rpoSec: 300 } },
    settings: { currency: 'USD', monthHours: 730, pricing: 'onDemand' },
    layout: { nodes: {} },
    ...patch,
  };
}

/** A compute fleet with constant service time (cv 0) and ample servers. */
export function constantCompute(id: string, groupId: string, serviceTimeMs: number): Component {
  return { ...createComponent('compute', id, id, groupId), serviceTimeMs, serviceTimeCv: 0, instances: 2, concurrency: 64 };
}

/** A chain of `length` fleets in zone-a (constant 0.1 ms service, ample servers), the population calling the first, each calling the next. */
export function callChain(length: number, patch: Partial<Scenario> = {}): Scenario {
  const components = Array.from({ length }, (_, i) => constantCompute(`c${i}`, 'zone-a', 0.1));
  const edges = [callEdge('e-entry', 'users', 'c0'), ...components.slice(1).map((c, i) => callEdge(`e${i}`, `c${i}`, c.id))];
  return smallScenario(components, edges, patch);
}
