import type { Node } from '@xyflow/react';
import type { ComponentKind } from '../model';
import { componentLooks, type NodeFamily } from './nodes/nodeIcons';

/** The minimap draws in SVG attributes, which cannot read CSS variables: plain colours per family. */
const familyColours: Record<NodeFamily, string> = {
  routing: '#4f6bed',
  compute: '#0f9d8a',
  data: '#d98a1c',
  messaging: '#8b5cf6',
  external: '#64748b',
  users: '#db2777',
};

export function miniMapColour(node: Node): string {
  if (node.type === 'group') return 'rgba(100, 116, 139, 0.12)';
  if (node.type === 'client') return familyColours.users;
  const kind = (node.data as { kind?: ComponentKind }).kind;
  return kind ? familyColours[componentLooks[kind].family] : familyColours.external;
}
