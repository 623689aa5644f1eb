import { createClient, createComponent, createGroup, type Scenario } from '../../src/model';
import { base, call } from './parts';

// The first written designs (the two-region active/active one is in disasterRecovery.ts); their figures are checked by hand in src/engine/test/*templates*.test.ts.

/** A monolith fleet and one database in a single zone, behind a single-zone load balancer. */
export function singleRegionMonolith(): Scenario {
  return {
    ...base('single-region-monolith', 'Monolith, one zone', 'When to use: a small product in one market that can live with a zone outage. One monolith fleet and one database in a single zone of eu-west-1: the simplest design, with every single point of failure that implies.'),
    workload: { requestsPerSecond: 200, readFraction: 0.85, payloadKbIn: 2, payloadKbOut: 40, peakFactor: 2.5 },
    clients: [createClient('users-eu', 'Users in Europe', 'aws:eu-west-1', 1)],
    groups: [createGroup('provider', 'aws', 'AWS', null, 'aws'), createGroup('region', 'eu-west-1', 'Europe (Ireland)', 'aws', 'aws:eu-west-1'), createGroup('zone', 'zone-a', 'eu-west-1a', 'eu-west-1', 'eu-west-1a')],
    components: [
      createComponent('dns', 'dns', 'Route 53'),
      { ...createComponent('loadBalancer', 'lb', 'Application LB', 'zone-a'), multiAz: false },
      { ...createComponent('monolith', 'app', 'Shop monolith', 'zone-a'), instances: 2, minHealthy: 1 },
      createComponent('database', 'db', 'Shop DB', 'zone-a'),
    ],
    edges: [call('e-users-dns', 'users-eu', 'dns'), call('e-dns-lb', 'dns', 'lb'), call('e-lb-app', 'lb', 'app'), call('e-app-db', 'app', 'db', { callsPerRequest: 3 })],
    recovery: { strategy: 'backupRestore', backupIntervalMin: 1440, pitr: false, restoreGbPerHour: 100, targets: { rtoSec: 14400, rpoSec: 86400 } },
  };
}

/** An autoscaled three-tier design over three zones with a cache and a Multi-AZ database. */
export function multiAzThreeTier(): Scenario {
  const zones = ['a', 'b', 'c'];
  const app = (zone: string) => ({
    ...createComponent('compute', `app-${zone}`, `API (zone ${zone})`, `zone-${zone}`),
    flavor: 'container' as const,
    instances: 2,
    minHealthy: 1,
    autoscaling: { enabled: true, min: 2, max: 8, targetUtilization: 0.6, scaleUpSeconds: 120 },
  });
  return {
    ...base('multi-az-three-tier', 'Three-tier, three zones', 'When to use: the default for a production web application in one region (scales out on its own). Load balancer, autoscaled API fleets in three zones of us-east-1, a cache and a Multi-AZ database with a synchronous standby. It survives the loss of zone b or c; its one cache node is in zone a, so that zone is still a single point of failure until the cache gets a node elsewhere. Its plan says warm standby, but nothing runs outside us-east-1: losing the region means restoring from backups.'),
    workload: { requestsPerSecond: 1500, readFraction: 0.9, payloadKbIn: 2, payloadKbOut: 20, peakFactor: 3 },
    clients: [createClient('users-east', 'Users on the US east coast', 'aws:us-east-1', 0.7), { ...createClient('users-west', 'Users on the US west coast', 'aws:us-west-2', 0.3), access: 'mobile' }],
    groups: [createGroup('provider', 'aws', 'AWS', null, 'aws'), createGroup('region', 'us-east-1', 'US East (N. Virginia)', 'aws', 'aws:us-east-1'), ...zones.map((z) => createGroup('zone', `zone-${z}`, `us-east-1${z}`, 'us-east-1', `us-east-1${z}`))],
    components: [
      createComponent('dns', 'dns', 'Route 53'),
      createComponent('loadBalancer', 'lb', 'Application LB', 'us-east-1'),
      ...zones.map(app),
      { ...createComponent('cache', 'cache', 'Redis', 'zone-a'), nodes: 2 },
      { ...createComponent('database', 'db', 'Orders DB', 'zone-a'), model: 'primaryReplica' as const, replicaGroupIds: ['zone-b'], replication: 'sync' as const },
    ],
    edges: [
      call('e-east-dns', 'users-east', 'dns'),
      call('e-west-dns', 'users-west', 'dns'),
      call('e-dns-lb', 'dns', 'lb'),
      ...zones.map((z) => call(`e-lb-${z}`, 'lb', `app-${z}`)),
      ...zones.map((z) => call(`e-${z}-cache`, `app-${z}`, 'cache', { appliesTo: 'reads' })),
      ...zones.map((z) => call(`e-${z}-db`, `app-${z}`, 'db')),
    ],
    recovery: { strategy: 'warmStandby', backupIntervalMin: 60, pitr: true, restoreGbPerHour: 200, targets: { rtoSec: 900, rpoSec: 60 } },
  };
}
