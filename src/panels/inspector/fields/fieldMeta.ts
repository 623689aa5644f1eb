import { providerLabels } from '../../../commands';

/** How a field is shown: its label, the unit after the number, and the factor from stored to shown value. */
export interface FieldMeta {
  label: string;
  unit?: string;
  /** Shown value = stored value × scale (fractions are shown as percentages). */
  scale?: number;
  /** A line of help under the label. */
  hint?: string;
}

const percent = { unit: '%', scale: 100 };

/** Fields whose name alone would make a poor label, or that carry a unit. Others are labelled from their name. */
const meta: Record<string, FieldMeta> = {
  name: { label: 'Name' },
  description: { label: 'Description' },
  requestsPerSecond: { label: 'Average load', unit: 'req/s' },
  readFraction: { label: 'Reads', ...percent, hint: 'Share of requests that only read' },
  payloadKbIn: { label: 'Request size', unit: 'KB' },
  payloadKbOut: { label: 'Response size', unit: 'KB' },
  peakFactor: { label: 'Peak factor', unit: '×', hint: 'Peak load ÷ average load' },
  strategy: { label: 'Disaster recovery' },
  backupIntervalMin: { label: 'Backup interval', unit: 'min' },
  pitr: { label: 'Point-in-time recovery' },
  restoreGbPerHour: { label: 'Restore speed', unit: 'GB/h' },
  targets: { label: 'Targets' },
  rtoSec: { label: 'RTO target', unit: 's' },
  rpoSec: { label: 'RPO target', unit: 's' },
  pricing: { label: 'Pricing' },
  monthHours: { label: 'Hours per month', unit: 'h' },
  share: { label: 'Share of traffic', ...percent },
  access: { label: 'Access' },
  newConnectionFraction: { label: 'New connections', ...percent, hint: 'Requests that pay TCP + TLS handshakes' },
  residency: { label: 'Data residency', hint: 'Jurisdictions, comma separated (e.g. EU, UK); empty = anywhere' },
  location: { label: 'Location' },
  regionId: { label: 'Region' },
  latDeg: { label: 'Latitude', unit: '°' },
  lonDeg: { label: 'Longitude', unit: '°' },
  provider: { label: 'Provider' },
  zoneName: { label: 'Zone name' },
  routing: { label: 'Routing' },
  ttlSeconds: { label: 'TTL', unit: 's' },
  lookupMs: { label: 'Lookup time', unit: 'ms' },
  healthCheckIntervalSeconds: { label: 'Health-check interval', unit: 's' },
  healthCheckFailureThreshold: { label: 'Failed checks before down', unit: 'checks' },
  failoverSeconds: { label: 'Failover time', unit: 's' },
  serviceTimeMs: { label: 'Service time', unit: 'ms' },
  serviceTimeCv: { label: 'Service time CV', hint: '1 = exponential, 0 = constant' },
  hitRatio: { label: 'Hit ratio', ...percent },
  popRttMs: { label: 'RTT to PoP', unit: 'ms' },
  algorithm: { label: 'Algorithm' },
  multiAz: { label: 'Multi-AZ' },
  flavor: { label: 'Flavor' },
  instanceType: { label: 'Instance type' },
  nodeType: { label: 'Node type' },
  instances: { label: 'Instances' },
  minHealthy: { label: 'Min healthy', unit: 'instances' },
  concurrency: { label: 'Concurrency', unit: 'per instance' },
  autoscaling: { label: 'Autoscaling' },
  enabled: { label: 'Enabled' },
  min: { label: 'Min instances' },
  max: { label: 'Max instances' },
  targetUtilization: { label: 'Target utilization', ...percent },
  scaleUpSeconds: { label: 'Scale-up time', unit: 's' },
  serverless: { label: 'Serverless' },
  memoryMb: { label: 'Memory', unit: 'MB' },
  coldStartMs: { label: 'Cold start', unit: 'ms' },
  coldStartRate: { label: 'Cold-start rate', ...percent },
  maxConcurrency: { label: 'Max concurrency', unit: 'executions' },
  modules: { label: 'Modules', hint: 'Comma separated' },
  nodes: { label: 'Nodes' },
  model: { label: 'Model' },
  replication: { label: 'Replication' },
  replicationLagMs: { label: 'Replication lag', unit: 'ms' },
  quorum: { label: 'Quorum' },
  n: { label: 'N', unit: 'copies' },
  r: { label: 'R', unit: 'replies' },
  w: { label: 'W', unit: 'acks' },
  storageGb: { label: 'Storage', unit: 'GB' },
  consistency: { label: 'Consistency' },
  type: { label: 'Type' },
  enqueueMs: { label: 'Enqueue time', unit: 'ms' },
  storageClass: { label: 'Storage class' },
  latencyMs: { label: 'Latency', unit: 'ms' },
  latencyCv: { label: 'Latency CV' },
  callsPerRequest: { label: 'Calls per request', unit: '×' },
  appliesTo: { label: 'Applies to' },
  servedFromCache: { label: 'Served from cache', hint: 'Only reads can be: a write goes on to the origin' },
  parallelGroup: { label: 'Parallel group', hint: 'Calls with the same label run in parallel; empty = sequential' },
  timeoutMs: { label: 'Timeout', unit: 'ms', hint: 'Empty = no timeout' },
  retries: { label: 'Retries' },
  retryBackoffMs: { label: 'Retry backoff', unit: 'ms' },
  weight: { label: 'Weight' },
  failoverPriority: { label: 'Failover priority', hint: '0 = primary' },
  messagesPerRequest: { label: 'Messages per request', unit: '×' },
  mode: { label: 'Mode' },
  lagMs: { label: 'Lag', unit: 'ms' },
  availability: { label: 'Availability', ...percent },
  source: { label: 'Source' },
  unavailability: { label: 'Unavailability', hint: 'e.g. 1e-5' },
  mtbfHours: { label: 'MTBF', unit: 'h' },
  mttrHours: { label: 'MTTR', unit: 'h' },
  price: { label: 'Price' },
  usdPerHour: { label: 'Per hour', unit: '$/h' },
  usdPerMillionRequests: { label: 'Per million requests', unit: '$' },
  usdPerGbMonth: { label: 'Per GB-month', unit: '$' },
};

const humanize = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

export function fieldMeta(key: string): FieldMeta {
  return meta[key] ?? { label: humanize(key) };
}

/** Enum values people read better spelled out. */
const optionLabels: Record<string, string> = {
  ...providerLabels,
  onDemand: 'On-demand',
  reserved1y: 'Reserved, 1 year',
  reserved3y: 'Reserved, 3 years',
  spot: 'Spot',
  none: 'None (repair in place)',
  backupRestore: 'Backup & restore',
  pilotLight: 'Pilot light',
  warmStandby: 'Warm standby',
  activeActive: 'Active-active',
  primaryReplica: 'Primary + replicas',
  distributedSql: 'Distributed SQL',
  roundRobin: 'Round robin',
  leastConnections: 'Least connections',
  ipHash: 'IP hash',
  leastResponseTime: 'Least response time',
  vm: 'Virtual machines',
  infrequentAccess: 'Infrequent access',
  fifo: 'FIFO',
  catalog: 'Catalog default',
  direct: 'Availability',
  mtbf: 'MTBF / MTTR',
  explicit: 'Explicit prices',
  region: 'Near a catalog region',
  coordinates: 'At coordinates',
};

export function optionLabel(value: string): string {
  return optionLabels[value] ?? humanize(value);
}
