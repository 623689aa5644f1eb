import type { ClientPopulation } from './schema/client';
import type { ComponentKind, ComponentOfKind } from './schema/component';
import type { Edge, EdgeKind } from './schema/edge';
import type { Group } from './schema/group';

// Starting values for new elements. Where docs/sources.md has a figure it is cited;
// the rest are named assumptions a person is expected to edit.
const health = {
  healthCheckIntervalSeconds: 30, // Route 53 standard interval and ALB default (docs/sources.md §4.2)
  healthCheckFailureThreshold: 3, // Route 53 default failure threshold (docs/sources.md §4.2)
};
const noAutoscaling = { enabled: false, min: 2, max: 10, targetUtilization: 0.6, scaleUpSeconds: 180 };
const base = { availability: { source: 'catalog' as const }, price: { source: 'catalog' as const } };

type Defaults = { [K in ComponentKind]: Omit<ComponentOfKind<K>, 'id' | 'name' | 'groupId'> };

const componentDefaults: Defaults = {
  dns: { ...base, kind: 'dns', routing: 'latency', ttlSeconds: 60, lookupMs: 0, ...health },
  globalLb: { ...base, kind: 'globalLb', routing: 'latency', failoverSeconds: 30, serviceTimeMs: 0.5, serviceTimeCv: 1 },
  cdn: { ...base, kind: 'cdn', hitRatio: 0.9, popRttMs: 15 }, // fixed broadband → PoP 10–20 ms (docs/sources.md §1.7)
  loadBalancer: { ...base, kind: 'loadBalancer', algorithm: 'roundRobin', multiAz: true, ...health, serviceTimeMs: 0.5, serviceTimeCv: 1 },
  compute: {
    ...base,
    kind: 'compute',
    flavor: 'vm',
    instanceType: 'aws:m6i.large',
    instances: 2,
    minHealthy: 1,
    concurrency: 8,
    serviceTimeMs: 20,
    serviceTimeCv: 1,
    autoscaling: noAutoscaling,
    // nodejs20.x median init 139 ms; cold starts "under 1% of invocations" (docs/sources.md §5.4)
    serverless: { memoryMb: 512, coldStartMs: 139, coldStartRate: 0.01, maxConcurrency: 1000 },
  },
  monolith: {
    ...base,
    kind: 'monolith',
    flavor: 'vm',
    instanceType: 'aws:m6i.xlarge',
    instances: 2,
    minHealthy: 1,
    concurrency: 16,
    serviceTimeMs: 30,
    serviceTimeCv: 1,
    autoscaling: noAutoscaling,
    modules: ['catalog', 'cart', 'checkout'],
  },
  cache: { ...base, kind: 'cache', hitRatio: 0.8, nodeType: 'aws:cache.m6g.large', nodes: 2, serviceTimeMs: 0.2, serviceTimeCv: 1 },
  database: {
    ...base,
    kind: 'database',
    model: 'single',
    instanceType: 'aws:db.m6i.large',
    replicaGroupIds: [],
    replication: 'sync',
    replicationLagMs: 20, // Aurora replica lag "10 to 20 ms" (docs/sources.md §4.2)
    quorum: { n: 1, r: 1, w: 1 },
    failoverSeconds: 90, // RDS Multi-AZ instance failover 60–120 s (docs/sources.md §4.2)
    storageGb: 100,
    consistency: 'strong',
    concurrency: 32,
    serviceTimeMs: 2, // indexed point read 1–2 ms (docs/sources.md §5.2)
    serviceTimeCv: 1,
  },
  queue: { ...base, kind: 'queue', type: 'standard', enqueueMs: 5 },
  objectStorage: { ...base, kind: 'objectStorage', storageClass: 'standard', storageGb: 500, serviceTimeMs: 20, serviceTimeCv: 1 },
  external: { ...base, kind: 'external', latencyMs: 150, latencyCv: 0.5 },
};

/** A new component of `kind` with sensible starting values. */
export function createComponent<K extends ComponentKind>(kind: K, id: string, name: string, groupId: string | null = null): ComponentOfKind<K> {
  // Defaults are plain JSON data: a JSON round trip is a deep copy without DOM or Node globals.
  const defaults = JSON.parse(JSON.stringify(componentDefaults[kind])) as Omit<ComponentOfKind<K>, 'id' | 'name' | 'groupId'>;
  return { id, name, groupId, ...defaults } as ComponentOfKind<K>;
}

/** A new edge of `kind` with sensible starting values. */
export function createEdge(kind: EdgeKind, id: string, from: string, to: string): Edge {
  switch (kind) {
    case 'call':
      return { id, from, to, kind, callsPerRequest: 1, appliesTo: 'all', servedFromCache: 'reads', parallelGroup: null, timeoutMs: null, retries: 0, retryBackoffMs: 100, weight: 1, failoverPriority: 0 };
    case 'async':
      return { id, from, to, kind, messagesPerRequest: 1 };
    case 'replication':
      return { id, from, to, kind, mode: 'async', lagMs: 1000 };
  }
}

/** A new population of users near a catalog region. */
export function createClient(id: string, name: string, regionId: string, share: number): ClientPopulation {
  return { id, name, location: { kind: 'region', regionId }, share, access: 'fixed', newConnectionFraction: 0.3 };
}

/** A new group; regions and zones need their catalog identity. */
export function createGroup(kind: Group['kind'], id: string, name: string, parentId: string | null, detail: string): Group {
  const availability = { source: 'catalog' as const };
  switch (kind) {
    case 'provider':
      return { id, name, kind, parentId: null, provider: detail as Extract<Group, { kind: 'provider' }>['provider'], availability };
    case 'region':
      return { id, name, kind, parentId, regionId: detail, availability };
    case 'zone':
      return { id, name, kind, parentId: parentId ?? '', zoneName: detail, availability };
  }
}
