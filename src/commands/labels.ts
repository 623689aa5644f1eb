import type { ComponentKind, GroupKind, ProviderId } from '../model';

/** What each component kind is called in the palette and in default names. */
export const componentKindLabels: Record<ComponentKind, string> = {
  dns: 'DNS',
  globalLb: 'Global load balancer',
  cdn: 'CDN',
  loadBalancer: 'Load balancer',
  compute: 'Compute',
  monolith: 'Monolith',
  cache: 'Cache',
  database: 'Database',
  queue: 'Queue',
  objectStorage: 'Object storage',
  external: 'External API',
};

export const groupKindLabels: Record<GroupKind, string> = { provider: 'Provider', region: 'Region', zone: 'Zone' };

export const providerLabels: Record<ProviderId, string> = {
  aws: 'AWS',
  gcp: 'Google Cloud',
  azure: 'Azure',
  'on-prem': 'On-premises',
  custom: 'Custom',
};

/** `Compute`, then `Compute 2`, `Compute 3`… so new elements are told apart at a glance. */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  let name = base;
  for (let n = 2; names.has(name); n += 1) name = `${base} ${n}`;
  return name;
}
