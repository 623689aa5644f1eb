import { createClient, createComponent, type Component, type DatabaseComponent, type Edge, type Group, type Scenario } from '../../src/model';
import { awsProvider, awsRegion, base, call } from './parts';

// The disaster-recovery family: pilot light, warm standby and active/active are one business, with the
// same users, load, data and targets, built three ways, so that comparing them compares what each
// strategy buys against the loss of a region (docs/method/recovery.md). Each is a sound example of its
// kind; the flawed variants (a strategy without its recovery site, a Raft majority in one region) are
// lessons, not templates.

const zones = ['a', 'b'];

/** What every member shares: users on both US coasts, the load, the regions and the recovery plan (RTO 1 h, RPO 5 min). */
function drFamily(strategy: Scenario['recovery']['strategy']): Pick<Scenario, 'workload' | 'clients' | 'recovery'> {
  return {
    workload: { requestsPerSecond: 500, readFraction: 0.85, payloadKbIn: 2, payloadKbOut: 25, peakFactor: 2.5 },
    clients: [createClient('users-east', 'Users on the US east coast', 'aws:us-east-1', 0.6), createClient('users-west', 'Users on the US west coast', 'aws:us-west-2', 0.4)],
    recovery: { strategy, backupIntervalMin: 60, pitr: true, restoreGbPerHour: 200, targets: { rtoSec: 3600, rpoSec: 300 } },
  };
}

const groups = (westZones: readonly string[], extra: Group[] = []): Group[] => [
  awsProvider(),
  ...awsRegion('east', 'us-east-1', 'US East (N. Virginia)', zones),
  ...awsRegion('west', 'us-west-2', 'US West (Oregon)', westZones),
  ...extra,
];

/** A region's serving stack: its load balancer and an API fleet in each of `fleetZones`, each fleet calling the database twice per request. */
function regionStack(key: string, region: string, fleetZones: readonly string[], fleet: Partial<Extract<Component, { kind: 'compute' }>> = {}): { components: Component[]; edges: Edge[] } {
  return {
    components: [
      createComponent('loadBalancer', `lb-${key}`, `LB ${region}`, key),
      ...fleetZones.map((z) => ({ ...createComponent('compute', `api-${key}-${z}`, `API ${region}${z}`, `${key}-${z}`), flavor: 'container' as const, ...fleet })),
    ],
    edges: fleetZones.flatMap((z) => [call(`e-lb-${key}-${z}`, `lb-${key}`, `api-${key}-${z}`), call(`e-${key}-${z}-db`, `api-${key}-${z}`, 'db', { callsPerRequest: 2 })]),
  };
}

const usersToDns = [call('e-east-dns', 'users-east', 'dns'), call('e-west-dns', 'users-west', 'dns')];

/** The orders database, primary in us-east-1a, with an asynchronous copy in us-west-2 (cross-region lag "typically < 1 s", docs/sources.md §4.2). */
const asyncOrdersDb = (): DatabaseComponent => ({
  ...(createComponent('database', 'db', 'Orders DB (primary us-east-1a, copy us-west-2)', 'east-a') as DatabaseComponent),
  model: 'primaryReplica',
  replicaGroupIds: ['west-a'],
  replication: 'async',
  replicationLagMs: 1000,
});

/** Failover-routed DNS: us-east-1 serves; `standby` is the recovery region's entry, if one runs. */
function failoverDns(standby: string | null): { components: Component[]; edges: Edge[] } {
  return {
    components: [{ ...createComponent('dns', 'dns', 'Route 53 (failover routing)'), routing: 'failover' }],
    edges: [...usersToDns, call('e-dns-east', 'dns', 'lb-east'), ...(standby ? [call('e-dns-west', 'dns', standby, { failoverPriority: 1 })] : [])],
  };
}

/** Pilot light: only the data is live in the recovery region; compute is started when the primary region is lost. */
export function pilotLight(): Scenario {
  const east = regionStack('east', 'us-east-1', zones);
  const dns = failoverDns(null);
  return {
    ...base('pilot-light', 'Pilot light (us-east-1 → us-west-2)', 'When to use: the business can be down for tens of minutes after a regional disaster but must not lose more than seconds of data, and should not pay for idle servers. Production runs in two zones of us-east-1; us-west-2 holds only an asynchronous copy of the database, and the servers there are started on failover (about 20 min). Same users, load and targets as "Warm standby" and "Active-active": compare them.'),
    ...drFamily('pilotLight'),
    groups: groups(['a']),
    components: [...dns.components, ...east.components, asyncOrdersDb()],
    edges: [...dns.edges, ...east.edges],
  };
}

/** Warm standby: a scaled-down copy of the whole stack runs in the recovery region, takes over on failover and scales out. */
export function warmStandby(): Scenario {
  const east = regionStack('east', 'us-east-1', zones);
  // One instance running, scaling out to the production size (2 fleets × 2) in the whitepaper's "minutes".
  const west = regionStack('west', 'us-west-2', ['a'], { instances: 1, minHealthy: 1, autoscaling: { enabled: true, min: 1, max: 4, targetUtilization: 0.6, scaleUpSeconds: 300 } });
  const dns = failoverDns('lb-west');
  return {
    ...base('warm-standby', 'Warm standby (us-east-1 → us-west-2)', 'When to use: a regional disaster may cost minutes, not hours. Production runs in two zones of us-east-1; us-west-2 runs the whole stack at reduced size (one API instance behind its own load balancer, over the asynchronous database copy), DNS fails over to it, and it scales out to production size. Same users, load and targets as "Pilot light" and "Active-active": compare them.'),
    ...drFamily('warmStandby'),
    groups: groups(['a']),
    components: [...dns.components, ...east.components, ...west.components, asyncOrdersDb()],
    edges: [...dns.edges, ...east.edges, ...west.edges],
  };
}

/** Active/active: both regions serve their own users over one distributed SQL database whose Raft majority survives either region. */
export function twoRegionActiveActive(): Scenario {
  const east = regionStack('east', 'us-east-1', zones);
  const west = regionStack('west', 'us-west-2', zones);
  const db: DatabaseComponent = {
    ...(createComponent('database', 'db', 'Orders DB (distributed SQL)', 'east-a') as DatabaseComponent),
    model: 'distributedSql',
    replicaGroupIds: ['west-a', 'ohio-a'],
    consistency: 'strong',
  };
  return {
    ...base('two-region-active-active', 'Active-active, two regions, distributed SQL', 'When to use: a regional disaster must cost no more than a DNS switch and no committed write, and users on each coast should be served nearby. Latency-routed DNS sends each coast to its own region; both run the full stack over one distributed SQL database with a copy in us-east-1, us-west-2 and a third, tie-breaking copy in us-east-2, so either serving region can be lost without losing the Raft majority. Strong consistency has a price: western requests wait for the leader in us-east-1. Same users, load and targets as "Pilot light" and "Warm standby": compare them.'),
    ...drFamily('activeActive'),
    groups: groups(zones, awsRegion('ohio', 'us-east-2', 'US East (Ohio)', ['a'])),
    components: [{ ...createComponent('dns', 'dns', 'Route 53 (latency routing)'), routing: 'latency' }, ...east.components, ...west.components, db],
    edges: [...usersToDns, call('e-dns-east', 'dns', 'lb-east'), call('e-dns-west', 'dns', 'lb-west'), ...east.edges, ...west.edges],
  };
}
