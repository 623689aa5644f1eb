import '../zodConfig';
import { z } from 'zod';
import { componentKinds } from '../schema/component';
import { edgeKinds } from '../schema/edge';
import { displayNameSchema, elementIdSchema } from '../schema/primitives';
import { findReservedKey, isReservedKey, reservedKeyMessage } from '../reservedKeys';

const position = z.object({ x: z.number().finite(), y: z.number().finite() });
/** A key or path segment that cannot reach a prototype. */
const safeKey = z.string().refine((key) => !isReservedKey(key), reservedKeyMessage);
/** Any JSON value, with no reserved key at any depth. */
const safeValue = z.unknown().refine((value) => findReservedKey(value) === null, reservedKeyMessage);
// Checked before the record: zod's record would build its output by assignment, where `__proto__` sets a prototype.
const fields = safeValue.pipe(z.record(safeKey, z.unknown())).optional();

/**
 * One edit a lesson makes to a scenario (a step's change, or a reference solution), written so a
 * teacher can read it: set a value at a path (array elements addressed by id), add an element with
 * the catalog defaults of its kind plus `fields`, or remove an element with its edges.
 * The result always goes through `parseScenario`.
 */
export const scenarioChangeSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('set'),
    /** e.g. ["components", "app", "instances"] or ["workload", "requestsPerSecond"]. */
    at: z.array(z.union([safeKey.min(1).max(120), z.number().int().min(0)])).min(1).max(8),
    value: safeValue,
  }),
  z.object({ op: z.literal('addComponent'), kind: z.enum(componentKinds), id: elementIdSchema, name: displayNameSchema, groupId: elementIdSchema.nullable().default(null), fields, position: position.optional() }),
  z.object({
    op: z.literal('addGroup'),
    kind: z.enum(['provider', 'region', 'zone']),
    id: elementIdSchema,
    name: displayNameSchema,
    parentId: elementIdSchema.nullable().default(null),
    /** The provider (aws), catalog region (aws:us-west-2) or zone name (us-west-2a). */
    detail: z.string().min(1).max(64),
    position: position.optional(),
    size: z.object({ width: z.number().positive(), height: z.number().positive() }).optional(),
  }),
  z.object({ op: z.literal('addClient'), id: elementIdSchema, name: displayNameSchema, regionId: z.string().min(1).max(64), share: z.number().min(0).max(1), fields, position: position.optional() }),
  z.object({ op: z.literal('addEdge'), kind: z.enum(edgeKinds), id: elementIdSchema, from: elementIdSchema, to: elementIdSchema, fields }),
  z.object({ op: z.literal('remove'), id: elementIdSchema }),
]);
export type ScenarioChange = z.infer<typeof scenarioChangeSchema>;

export const scenarioChangesSchema = z.array(scenarioChangeSchema).max(200);
