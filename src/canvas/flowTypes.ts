import type { Edge, Node } from '@xyflow/react';
import type { ComponentKind, EdgeKind, GroupKind } from '../model';

/**
 * React Flow nodes carry only what identifies their element; each node component reads its element
 * from the store by id, so a node re-renders only when its own element changes.
 */
export type ComponentFlowNode = Node<{ kind: ComponentKind }, 'component'>;
export type ClientFlowNode = Node<Record<string, never>, 'client'>;
export type GroupFlowNode = Node<{ kind: GroupKind }, 'group'>;
export type FlowNode = ComponentFlowNode | ClientFlowNode | GroupFlowNode;

export type FlowEdge = Edge<{ kind: EdgeKind }>;
