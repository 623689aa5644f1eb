import {
  Archive,
  Boxes,
  Cloud,
  Database,
  Earth,
  Globe,
  Inbox,
  LayoutGrid,
  MapPin,
  MemoryStick,
  Plug,
  Server,
  Split,
  Users,
  Zap,
  type LucideIcon,
} from 'lucide-react';
import type { ComponentKind, GroupKind } from '../../model';

/** Families share a colour on the canvas: how traffic arrives, where it is served, where data lives. */
export type NodeFamily = 'routing' | 'compute' | 'data' | 'messaging' | 'external' | 'users';

export const componentLooks: Record<ComponentKind, { icon: LucideIcon; family: NodeFamily }> = {
  dns: { icon: Globe, family: 'routing' },
  globalLb: { icon: Earth, family: 'routing' },
  cdn: { icon: Zap, family: 'routing' },
  loadBalancer: { icon: Split, family: 'routing' },
  compute: { icon: Server, family: 'compute' },
  monolith: { icon: Boxes, family: 'compute' },
  cache: { icon: MemoryStick, family: 'data' },
  database: { icon: Database, family: 'data' },
  queue: { icon: Inbox, family: 'messaging' },
  objectStorage: { icon: Archive, family: 'data' },
  external: { icon: Plug, family: 'external' },
};

export const usersIcon: LucideIcon = Users;

export const groupIcons: Record<GroupKind, LucideIcon> = { provider: Cloud, region: MapPin, zone: LayoutGrid };
