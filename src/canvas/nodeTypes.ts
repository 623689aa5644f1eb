import type { NodeTypes } from '@xyflow/react';
import { GroupNode } from './groups/GroupNode';
import { ClientNode } from './nodes/ClientNode';
import { ComponentNode } from './nodes/ComponentNode';

/** Defined once at module level: React Flow re-mounts every node if this object changes. */
export const nodeTypes: NodeTypes = { component: ComponentNode, client: ClientNode, group: GroupNode };
