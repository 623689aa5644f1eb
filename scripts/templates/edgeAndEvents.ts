import { createClient, createComponent, type Scenario } from '../../src/model';
import { awsProvider, awsRegion, base, call, message } from './parts';

/** CloudFront in front of Lambda functions in two regions (an origin group), over a DynamoDB global table. */
export function edgeServerless(): Scenario {
  const regions = [
    { key: 'us', region: 'us-east-1', name: 'US East (N. Virginia)', priority: 0 },
    { key: 'eu', region: 'eu-west-1', name: 'Europe (Ireland)', priority: 1 },
  ];
  return {
    ...base('edge-serverless', 'Edge + serverless, global key-value store', 'When to use: spiky or read-mostly traffic from several continents, a small team that wants no servers to run, and data that tolerates eventual consistency. A CDN answers most requests at the edge; misses go to Lambda functions (us-east-1, with eu-west-1 as the failover origin), which read and write a DynamoDB global table replicated in both regions.'),
    workload: { requestsPerSecond: 800, readFraction: 0.95, payloadKbIn: 1, payloadKbOut: 20, peakFactor: 4 },
    clients: [createClient('users-us', 'Users in North America', 'aws:us-east-2', 0.5), createClient('users-eu', 'Users in Europe', 'aws:eu-west-2', 0.5)],
    groups: [awsProvider(), ...regions.flatMap(({ key, region, name }) => awsRegion(key, region, name, []))],
    components: [
      createComponent('cdn', 'cdn', 'CloudFront'),
      ...regions.map(({ key, region }) => ({ ...createComponent('compute', `fn-${key}`, `API function ${region}`, key), flavor: 'serverless' as const })),
      {
        ...createComponent('database', 'kv', 'DynamoDB global table', 'us'),
        model: 'leaderless',
        instanceType: 'aws:dynamodb.on-demand',
        replicaGroupIds: ['eu'],
        replication: 'async',
        replicationLagMs: 1000,
        quorum: { n: 2, r: 1, w: 1 },
        consistency: 'eventual',
        storageGb: 50,
      },
    ],
    edges: [
      call('e-us-cdn', 'users-us', 'cdn'),
      call('e-eu-cdn', 'users-eu', 'cdn'),
      ...regions.flatMap(({ key, priority }) => [call(`e-cdn-${key}`, 'cdn', `fn-${key}`, { failoverPriority: priority }), call(`e-${key}-kv`, `fn-${key}`, 'kv')]),
    ],
    recovery: { strategy: 'activeActive', backupIntervalMin: 60, pitr: true, restoreGbPerHour: 200, targets: { rtoSec: 300, rpoSec: 5 } },
  };
}

/** An API that accepts orders and hands the slow work to workers through a queue. */
export function eventDriven(): Scenario {
  const zones = ['a', 'b'];
  return {
    ...base('event-driven-queues', 'Event-driven with queues', 'When to use: requests trigger slow or bursty work (payments, e-mail, image processing) that the user need not wait for. The API records the order and publishes a message; a worker fleet consumes the queue at its own pace, so a slow or failed worker does not slow down or fail the request.'),
    workload: { requestsPerSecond: 400, readFraction: 0.7, payloadKbIn: 4, payloadKbOut: 10, peakFactor: 3 },
    clients: [createClient('users-east', 'Users on the US east coast', 'aws:us-east-1', 1)],
    groups: [awsProvider(), ...awsRegion('east', 'us-east-1', 'US East (N. Virginia)', zones)],
    components: [
      createComponent('dns', 'dns', 'Route 53'),
      createComponent('loadBalancer', 'lb', 'Application LB', 'east'),
      { ...createComponent('compute', 'api', 'Orders API', 'east'), flavor: 'container', instances: 3, minHealthy: 1 },
      createComponent('queue', 'queue', 'Order events (SQS)', 'east'),
      { ...createComponent('compute', 'workers', 'Fulfilment workers', 'east'), flavor: 'container', instances: 2, minHealthy: 1, serviceTimeMs: 80 },
      { ...createComponent('database', 'db', 'Orders DB (primary a, standby b)', 'east-a'), model: 'primaryReplica', replicaGroupIds: ['east-b'], replication: 'sync' },
      { ...createComponent('objectStorage', 'receipts', 'Receipts (S3)', 'east'), storageGb: 200 },
    ],
    edges: [
      call('e-users-dns', 'users-east', 'dns'),
      call('e-dns-lb', 'dns', 'lb'),
      call('e-lb-api', 'lb', 'api'),
      call('e-api-db', 'api', 'db'),
      { ...message('e-api-queue', 'api', 'queue'), messagesPerRequest: 0.3 },
      message('e-queue-workers', 'queue', 'workers'),
      call('e-workers-db', 'workers', 'db'),
      call('e-workers-receipts', 'workers', 'receipts'),
    ],
    recovery: { strategy: 'backupRestore', backupIntervalMin: 60, pitr: true, restoreGbPerHour: 200, targets: { rtoSec: 3600, rpoSec: 300 } },
  };
}
