import '../zodConfig';
import { z } from 'zod';
import { computeComponentSchema, monolithComponentSchema } from './components/compute';
import {
  cacheComponentSchema,
  databaseComponentSchema,
  externalComponentSchema,
  objectStorageComponentSchema,
  queueComponentSchema,
} from './components/data';
import {
  cdnComponentSchema,
  dnsComponentSchema,
  globalLbComponentSchema,
  loadBalancerComponentSchema,
} from './components/routing';

export const componentSchema = z.discriminatedUnion('kind', [
  dnsComponentSchema,
  globalLbComponentSchema,
  cdnComponentSchema,
  loadBalancerComponentSchema,
  computeComponentSchema,
  monolithComponentSchema,
  cacheComponentSchema,
  databaseComponentSchema,
  queueComponentSchema,
  objectStorageComponentSchema,
  externalComponentSchema,
]);

export type Component = z.infer<typeof componentSchema>;
export type ComponentKind = Component['kind'];
export type ComponentOfKind<K extends ComponentKind> = Extract<Component, { kind: K }>;

export type DnsComponent = ComponentOfKind<'dns'>;
export type GlobalLbComponent = ComponentOfKind<'globalLb'>;
export type CdnComponent = ComponentOfKind<'cdn'>;
export type LoadBalancerComponent = ComponentOfKind<'loadBalancer'>;
export type ComputeComponent = ComponentOfKind<'compute'>;
export type MonolithComponent = ComponentOfKind<'monolith'>;
export type CacheComponent = ComponentOfKind<'cache'>;
export type DatabaseComponent = ComponentOfKind<'database'>;
export type QueueComponent = ComponentOfKind<'queue'>;
export type ObjectStorageComponent = ComponentOfKind<'objectStorage'>;
export type ExternalComponent = ComponentOfKind<'external'>;

/** Every component kind, in palette order. */
export const componentKinds = [
  'dns',
  'globalLb',
  'cdn',
  'loadBalancer',
  'compute',
  'monolith',
  'cache',
  'database',
  'queue',
  'objectStorage',
  'external',
] as const satisfies readonly ComponentKind[];

/** Routers choose among their targets; every other kind needs all of its dependencies. */
export const routerKinds: ReadonlySet<ComponentKind> = new Set(['dns', 'globalLb', 'cdn', 'loadBalancer']);
