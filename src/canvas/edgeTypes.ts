import type { EdgeTypes } from '@xyflow/react';
import { FloatingEdge } from './edges/FloatingEdge';

/** Defined once at module level, like nodeTypes. */
export const edgeTypes: EdgeTypes = { floating: FloatingEdge };
