import type { LucideIcon } from 'lucide-react';
import { componentKindLabels, groupKindLabels } from '../../commands';
import type { ComponentKind } from '../../model';
import { componentLooks, groupIcons, usersIcon, type NodeFamily } from '../nodes/nodeIcons';

/** What can be dragged from the palette: every component kind, users, and the three group kinds. */
export type PaletteKind = ComponentKind | 'users' | 'provider' | 'region' | 'zone';

export interface PaletteItem {
  kind: PaletteKind;
  label: string;
  hint: string;
  icon: LucideIcon;
  family: NodeFamily | 'group';
}

export interface PaletteSection {
  title: string;
  items: PaletteItem[];
}

/** The MIME type a palette drag carries; anything else (files above all) is not ours. */
export const paletteMimeType = 'application/x-meridian-kind';

const hints: Record<PaletteKind, string> = {
  users: 'Where requests come from',
  provider: 'AWS, Google Cloud, Azure…',
  region: 'A catalog region',
  zone: 'Availability zone, inside a region',
  dns: 'Routes users by latency, geo, weight',
  globalLb: 'Anycast front door',
  cdn: 'Edge cache near users',
  loadBalancer: 'Spreads requests over instances',
  compute: 'VMs, containers or functions',
  monolith: 'One deployable, many modules',
  cache: 'In-memory hits',
  database: 'Single, replicated or distributed',
  queue: 'Async messages',
  objectStorage: 'Buckets of files',
  external: 'Third-party API',
};

const componentItem = (kind: ComponentKind): PaletteItem => ({
  kind,
  label: componentKindLabels[kind],
  hint: hints[kind],
  icon: componentLooks[kind].icon,
  family: componentLooks[kind].family,
});

const groupItem = (kind: 'provider' | 'region' | 'zone'): PaletteItem => ({
  kind,
  label: groupKindLabels[kind],
  hint: hints[kind],
  icon: groupIcons[kind],
  family: 'group',
});

export const paletteSections: PaletteSection[] = [
  {
    title: 'Topology',
    items: [{ kind: 'users', label: 'Users', hint: hints.users, icon: usersIcon, family: 'users' }, groupItem('provider'), groupItem('region'), groupItem('zone')],
  },
  { title: 'Traffic', items: (['dns', 'globalLb', 'cdn', 'loadBalancer'] as const).map(componentItem) },
  { title: 'Compute', items: (['compute', 'monolith'] as const).map(componentItem) },
  { title: 'Data & messaging', items: (['cache', 'database', 'queue', 'objectStorage'] as const).map(componentItem) },
  { title: 'Outside', items: [componentItem('external')] },
];

const paletteKinds = new Set<string>(paletteSections.flatMap((section) => section.items.map((item) => item.kind)));

export function isPaletteKind(value: string): value is PaletteKind {
  return paletteKinds.has(value);
}
