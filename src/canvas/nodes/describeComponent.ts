import { findCatalogRegion, type ClientPopulation, type Component } from '../../model';

/** `aws:m6i.large` → `m6i.large`: the provider is already clear from the region. */
const shortType = (catalogId: string) => catalogId.split(':').pop() ?? catalogId;
const percent = (fraction: number) => `${Number((fraction * 100).toPrecision(3))} %`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const algorithmLabels = {
  roundRobin: 'round robin',
  leastConnections: 'least connections',
  ipHash: 'IP hash',
  weighted: 'weighted',
  leastResponseTime: 'least response time',
} as const;

/** The one line under a node's name that says what matters most about it ("3 × m6i.large"). */
export function describeComponent(component: Component): string {
  switch (component.kind) {
    case 'dns':
      return `${component.routing} routing · TTL ${component.ttlSeconds} s`;
    case 'globalLb':
      return `${component.routing} · failover ${component.failoverSeconds} s`;
    case 'cdn':
      return `hit ${percent(component.hitRatio)} · PoP ${component.popRttMs} ms`;
    case 'loadBalancer':
      return `${algorithmLabels[component.algorithm]}${component.multiAz ? ' · multi-AZ' : ''}`;
    case 'compute':
      return component.flavor === 'serverless'
        ? `serverless · ${component.serverless.memoryMb} MB`
        : `${component.instances} × ${shortType(component.instanceType)}`;
    case 'monolith':
      return `${component.instances} × ${shortType(component.instanceType)} · ${plural(component.modules.length, 'module')}`;
    case 'cache':
      return `hit ${percent(component.hitRatio)} · ${plural(component.nodes, 'node')}`;
    case 'database': {
      const copies = component.replicaGroupIds.length;
      if (component.model === 'leaderless') return `leaderless N${component.quorum.n} R${component.quorum.r} W${component.quorum.w}`;
      if (component.model === 'single') return `single · ${shortType(component.instanceType)}`;
      if (component.model === 'distributedSql') return `distributed SQL · ${copies + 1} copies`;
      return `primary + ${plural(copies, 'replica')} · ${component.replication}`;
    }
    case 'queue':
      return `${component.type} queue`;
    case 'objectStorage':
      return `${component.storageClass === 'standard' ? 'standard' : 'infrequent access'} · ${component.storageGb} GB`;
    case 'external':
      return `~${component.latencyMs} ms`;
  }
}

/** "70 % of traffic · London" */
export function describeClient(client: ClientPopulation): string {
  const where =
    client.location.kind === 'region'
      ? (findCatalogRegion(client.location.regionId)?.city ?? client.location.regionId)
      : `${client.location.latDeg.toFixed(1)}°, ${client.location.lonDeg.toFixed(1)}°`;
  return `${percent(client.share)} of traffic · ${where}${client.access === 'mobile' ? ' · mobile' : ''}`;
}
