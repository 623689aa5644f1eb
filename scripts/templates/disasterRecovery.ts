import { createClient, createComponent, type Component, type Edge, type Recovery, type Scenario } from '../../src/model';
import { awsProvider, awsRegion, base, call } from './parts';

const zones = ['a', 'b'];

/**
 * The production stack both DR designs share: users on the two US coasts, failover-routed DNS, a
 * load balancer and API containers in two zones of us-east-1, and a database whose primary is in
 * us-east-1a with an asynchronous copy in us-west-2 (cross-region replication lag "typically < 1 s",
 * docs/sources.md §4.2).
 */
function primaryRegionStack(): Pick<Scenario, 'workload' | 'clients' | 'groups'> & { components: Component[]; edges: Edge[] } {
  return {
    workload: { requestsPerSecond: 500, readFraction: 0.85, payloadKbIn: 2, payloadKbOut: 25, peakFactor: 2.5 },
    clients: [createClient('users-east', 'Users on the US east coast', 'aws:us-east-1', 0.6), createClient('users-west', 'Users on the US west coast', 'aws:us-west-2', 0.4)],
    groups: [awsProvider(), ...awsRegion('east', 'us-east-1', 'US East (N. Virginia)', zones), ...awsRegion('west', 'us-west-2', 'US West (Oregon)', ['a'])],
    components: [
      { ...createComponent('dns', 'dns', 'Route 53 (failover routing)'), routing: 'failover' },
      createComponent('loadBalancer', 'lb-east', 'LB us-east-1', 'east'),
      ...zones.map((z) => ({ ...createComponent('compute', `api-east-${z}`, `API us-east-1${z}`, `east-${z}`), flavor: 'container' as const })),
      { ...createComponent('database', 'db', 'Orders DB (primary us-east-1a, copy us-west-2)', 'east-a'), model: 'primaryReplica', replicaGroupIds: ['west-a'], replication: 'async', replicationLagMs: 1000 },
    ],
    edges: [
      call('e-east-dns', 'users-east', 'dns'),
      call('e-west-dns', 'users-west', 'dns'),
      call('e-dns-east', 'dns', 'lb-east'),
      ...zones.flatMap((z) => [call(`e-lb-${z}`, 'lb-east', `api-east-${z}`), call(`e-${z}-db`, `api-east-${z}`, 'db', { callsPerRequest: 2 })]),
    ],
  };
}

const drRecovery = (strategy: Recovery['strategy'], rtoSec: number, rpoSec: number): Recovery => ({ strategy, backupIntervalMin: 60, pitr: true, restoreGbPerHour: 200, targets: { rtoSec, rpoSec } });

/** Pilot light: only the data is live in the recovery region; compute is started when the primary region is lost. */
export function pilotLight(): Scenario {
  return {
    ...base('pilot-light', 'Pilot light (us-east-1 → us-west-2)', 'When to use: the business can be down for tens of minutes after a regional disaster but must not lose more than seconds of data, and should not pay for idle servers. Production runs in us-east-1; us-west-2 holds only an asynchronous copy of the database, and the servers there are provisioned on failover.'),
    ...primaryRegionStack(),
    recovery: drRecovery('pilotLight', 3600, 60),
  };
}

/** Warm standby: a scaled-down copy of the whole stack runs in the recovery region and takes over on failover. */
export function warmStandby(): Scenario {
  const stack = primaryRegionStack();
  return {
    ...base('warm-standby', 'Warm standby (us-east-1 → us-west-2)', 'When to use: a regional disaster may cost minutes, not hours. Production runs in us-east-1; us-west-2 runs the whole stack at reduced size (one API instance behind its own load balancer, a database copy), and DNS fails over to it; it scales out after the switch.'),
    ...stack,
    components: [
      ...stack.components,
      createComponent('loadBalancer', 'lb-west', 'LB us-west-2 (standby)', 'west'),
      { ...createComponent('compute', 'api-west', 'API us-west-2 (standby)', 'west-a'), flavor: 'container', instances: 1, minHealthy: 1 },
    ],
    edges: [...stack.edges, call('e-dns-west', 'dns', 'lb-west', { failoverPriority: 1 }), call('e-lb-west', 'lb-west', 'api-west'), call('e-west-db', 'api-west', 'db', { callsPerRequest: 2 })],
    recovery: drRecovery('warmStandby', 900, 60),
  };
}
