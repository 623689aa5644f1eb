import { createClient, createComponent, type Scenario } from '../../src/model';
import { awsProvider, awsRegion, base, call } from './parts';

/** One VM running the whole application and its database beside it: the cheapest start, and every part a single point of failure. */
export function monolithOneVm(): Scenario {
  return {
    ...base('monolith-one-vm', 'Monolith on one VM, one zone', 'When to use: a prototype, an internal tool or a first launch where an hour of downtime is acceptable. One VM runs the whole application next to a single database in one zone of eu-west-1; nothing survives the loss of the VM, the database or the zone.'),
    workload: { requestsPerSecond: 50, readFraction: 0.9, payloadKbIn: 2, payloadKbOut: 30, peakFactor: 3 },
    clients: [createClient('users-eu', 'Users in Europe', 'aws:eu-west-2', 1)],
    groups: [awsProvider(), ...awsRegion('eu-west-1', 'eu-west-1', 'Europe (Ireland)', ['a'])],
    components: [
      createComponent('dns', 'dns', 'Route 53'),
      { ...createComponent('monolith', 'app', 'App monolith (1 VM)', 'eu-west-1-a'), instances: 1, minHealthy: 1 },
      createComponent('database', 'db', 'App DB', 'eu-west-1-a'),
    ],
    edges: [call('e-users-dns', 'users-eu', 'dns'), call('e-dns-app', 'dns', 'app'), call('e-app-db', 'app', 'db', { callsPerRequest: 2 })],
    recovery: { strategy: 'backupRestore', backupIntervalMin: 1440, pitr: false, restoreGbPerHour: 100, targets: { rtoSec: 14400, rpoSec: 86400 } },
  };
}

/** The same monolith on two VMs in two zones behind a load balancer, over a Multi-AZ database: survives a zone. */
export function monolithTwoZones(): Scenario {
  const zones = ['a', 'b'];
  return {
    ...base('monolith-two-zones', 'Monolith across two zones behind a load balancer', 'When to use: a production application that must survive the loss of one data centre without changing its code. A load balancer spreads requests over monolith VMs in two zones of eu-west-1; the database keeps a synchronous standby in the second zone (RDS Multi-AZ).'),
    workload: { requestsPerSecond: 200, readFraction: 0.9, payloadKbIn: 2, payloadKbOut: 30, peakFactor: 3 },
    clients: [createClient('users-eu', 'Users in Europe', 'aws:eu-west-2', 1)],
    groups: [awsProvider(), ...awsRegion('eu-west-1', 'eu-west-1', 'Europe (Ireland)', zones)],
    components: [
      createComponent('dns', 'dns', 'Route 53'),
      createComponent('loadBalancer', 'lb', 'Application LB', 'eu-west-1'),
      ...zones.map((z) => ({ ...createComponent('monolith', `app-${z}`, `App monolith (zone ${z})`, `eu-west-1-${z}`), instances: 2, minHealthy: 1 })),
      { ...createComponent('database', 'db', 'App DB (primary a, standby b)', 'eu-west-1-a'), model: 'primaryReplica' as const, replicaGroupIds: ['eu-west-1-b'], replication: 'sync' as const },
    ],
    edges: [
      call('e-users-dns', 'users-eu', 'dns'),
      call('e-dns-lb', 'dns', 'lb'),
      ...zones.flatMap((z) => [call(`e-lb-${z}`, 'lb', `app-${z}`), call(`e-${z}-db`, `app-${z}`, 'db', { callsPerRequest: 2 })]),
    ],
    recovery: { strategy: 'backupRestore', backupIntervalMin: 60, pitr: true, restoreGbPerHour: 100, targets: { rtoSec: 3600, rpoSec: 300 } },
  };
}
