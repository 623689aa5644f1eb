import '../zodConfig';
import { z } from 'zod';
import { elementIdSchema, numberInRange } from './primitives';

const finite = numberInRange().finite();

/** Where an element sits on the canvas, in canvas pixels relative to its parent group. UI only. */
export const nodeLayoutSchema = z.object({
  x: finite,
  y: finite,
  width: finite.positive().optional(),
  height: finite.positive().optional(),
});
export type NodeLayout = z.infer<typeof nodeLayoutSchema>;

export const layoutSchema = z.object({
  nodes: z.record(elementIdSchema, nodeLayoutSchema),
});
export type Layout = z.infer<typeof layoutSchema>;
