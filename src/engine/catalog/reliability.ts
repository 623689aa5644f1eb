import type { Component, GroupKind } from '../../model';
import { asUnavailability, type Unavailability } from '../numeric';
import { assumption, researchAsOf, fact, type Sourced } from './sourced';

/*
 * The reliability half of the built-in catalog: default availability of every failure unit, failure
 * rates and repair times. Each figure is a `Sourced` value: its data file and section, the date of
 * the version seen, and, for a figure no source gives, `assumption: true` with the reason for its
 * value, which the UI shows as such. Unavailabilities are in unit `P(down)`.
 */

const down = 'P(down)';

const sla = (availabilityPercent: number, section: string, asOf: string = researchAsOf, rationale?: string): Sourced<Unavailability> =>
  // Percent → U: 100 − 99.95 is exact enough (the inputs have ≤ 4 decimals) and avoids 1 − 0.9995.
  fact(asUnavailability(Number(((100 - availabilityPercent) / 100).toPrecision(12))), down, section, asOf, rationale);

const slaNote = 'A published SLA is a monthly commitment (a floor), not a measured availability (docs/sources.md §2).';

/** Per instance of a VM or container fleet: EC2 instance-level SLA 99.5 % (docs/sources.md §2.1). */
export const instanceAvailabilityDefault = sla(99.5, '§2.1: Amazon Compute SLA, instance-level', '2022-05-05', slaNote);
/** Per copy of a database (one DB instance): RDS Single-AZ SLA 99.5 % (docs/sources.md §2.1). */
export const databaseCopyAvailabilityDefault = sla(99.5, '§2.1: Amazon RDS SLA, Single-AZ DB instance', '2024-01-22', slaNote);

const managedDefaults = {
  dns: sla(100, '§2.1: Amazon Route 53 SLA (authoritative DNS)', researchAsOf, `${slaNote} Route 53 commits to 100 %, so DNS adds no unavailability unless edited.`),
  globalLb: sla(99.99, '§2.2: GCP Cloud Load Balancing SLA, Premium tier', researchAsOf, slaNote),
  cdn: sla(99.9, '§2.1: Amazon CloudFront SLA', '2022-05-05', slaNote),
  loadBalancerMultiAz: sla(99.99, '§2.1: Elastic Load Balancing SLA, multi-AZ', '2022-07-25', slaNote),
  loadBalancerSingleAz: sla(99.9, '§2.1: Elastic Load Balancing SLA, single-AZ', '2022-07-25', slaNote),
  cacheMultiNode: sla(99.99, '§2.1: ElastiCache SLA, Multi-AZ (Valkey/Redis OSS)', '2024-11-22', slaNote),
  cacheSingleNode: sla(99.5, '§2.1: ElastiCache SLA, Single-AZ', '2024-11-22', slaNote),
  queue: sla(99.9, '§2.1: Amazon SQS SLA (tag K)', researchAsOf, slaNote),
  objectStorageStandard: sla(99.9, '§2.1: Amazon S3 SLA, S3 Standard', '2023-11-28', slaNote),
  objectStorageInfrequent: sla(99.0, '§2.1: Amazon S3 SLA, Standard-IA', '2023-11-28', slaNote),
  serverless: sla(99.95, '§2.1: AWS Lambda SLA, per region', researchAsOf, slaNote),
  external: assumption(
    asUnavailability(1e-3),
    down,
    'A third-party API publishes its own SLA; until one is entered we assume 99.9 %, the commonest commercial SLA tier in docs/sources.md §2 (S3, CloudFront, SQS).',
    'docs/sources.md §2.1',
  ),
} as const;

/**
 * Default unavailability of one failure unit of `component`: per instance for VM/container fleets,
 * per copy for databases, the service as a whole for every other kind (and for serverless compute).
 */
export function componentAvailabilityDefault(component: Component): Sourced<Unavailability> {
  switch (component.kind) {
    case 'compute':
      return component.flavor === 'serverless' ? managedDefaults.serverless : instanceAvailabilityDefault;
    case 'monolith':
      return instanceAvailabilityDefault;
    case 'database':
      return databaseCopyAvailabilityDefault;
    case 'loadBalancer':
      return component.multiAz ? managedDefaults.loadBalancerMultiAz : managedDefaults.loadBalancerSingleAz;
    case 'cache':
      return component.nodes >= 2 ? managedDefaults.cacheMultiNode : managedDefaults.cacheSingleNode;
    case 'objectStorage':
      return component.storageClass === 'standard' ? managedDefaults.objectStorageStandard : managedDefaults.objectStorageInfrequent;
    case 'dns':
    case 'globalLb':
    case 'cdn':
    case 'queue':
    case 'external':
      return managedDefaults[component.kind];
  }
}

const domainDefaults: Record<GroupKind, Sourced<Unavailability>> = {
  zone: assumption(
    asUnavailability(5e-4),
    down,
    'No provider publishes a zone availability. 99.95 % sits between the single-instance SLA (99.5 %) and the multi-AZ region-level SLA (99.99 %) of docs/sources.md §2.1: a zone is a larger, rarer failure than an instance, and a multi-AZ deployment must do better than one zone.',
    'docs/sources.md §2.1 (no provider publishes a zone, region or provider availability)',
  ),
  region: assumption(
    asUnavailability(1e-4),
    down,
    'No provider publishes a region availability. 99.99 % is the Amazon Compute region-level SLA for deployments across ≥ 2 AZs (docs/sources.md §2.1): the region-wide common cause is what such a deployment cannot escape.',
    'docs/sources.md §2.1 (no provider publishes a zone, region or provider availability)',
  ),
  provider: assumption(
    asUnavailability(1e-5),
    down,
    'Provider-wide outages (global control planes) are rarer than regional ones; assumed ten times rarer than a region (99.999 %).',
    'docs/sources.md §2.1 (no provider publishes a zone, region or provider availability)',
  ),
};

/** Default unavailability of a failure domain (zone, region, provider): named assumptions, see each `rationale`. */
export function domainAvailabilityDefault(kind: GroupKind): Sourced<Unavailability> {
  return domainDefaults[kind];
}

/**
 * Failure rate of one machine (a fleet instance or a database copy), failures per hour:
 * ≈ 0.55 events per machine per year, from ~1 000 machine failures in a ~1 800-machine cluster's
 * first year (docs/sources.md §4.1, derived; Dean 2008). 0.55 / 8 766 h.
 */
export const machineFailuresPerHour: Sourced = fact(0.55 / 8766, 'failures/h', '§4.1: implied per-machine failure-event rate (Dean, Google 2008)', '2008-05-30');

/** Mean time to repair a managed service outage, hours: 1 h, from DORA "elite: restore service < 1 hour" (docs/sources.md §4.2). */
export const managedServiceMttrHours: Sourced = assumption(
  1,
  'h',
  'Providers publish no MTTR; 1 h is the DORA "elite" bound for restoring service (docs/sources.md §4.2), used to turn an availability into a failure rate: λ = U / (A · MTTR).',
  'docs/sources.md §4.2: DORA State of DevOps (elite: restore < 1 hour)',
);

/** Mean time to repair a zone, region or provider outage, hours: 6 h (the PDU failure of docs/sources.md §4.1). */
export const domainMttrHours: Sourced = assumption(
  6,
  'h',
  'Providers publish no outage MTTR; 6 h is the duration of the largest facility event in docs/sources.md §4.1 (a PDU failure taking 500–1 000 machines down for ~6 h).',
  'docs/sources.md §4.1: cluster-scale hardware events (Dean, Google 2008)',
);
