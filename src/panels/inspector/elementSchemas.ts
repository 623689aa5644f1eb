import '../../model/zodConfig';
import type { z } from 'zod';
import { clientPopulationSchema, componentSchema, edgeSchema, groupSchema } from '../../model';
import type { ElementRef } from '../../commands';
import { fieldsFromShape, type FieldSpec } from './fields/fieldSpec';

/** Identity, placement and endpoints have their own controls (or none): never generic fields. */
const structural = new Set(['id', 'kind', 'groupId', 'parentId', 'from', 'to', 'replicaGroupIds']);

type KindedSchema = z.ZodObject<{ kind: z.ZodLiteral<string> } & Record<string, z.ZodType>>;

function shapeOfKind(options: readonly KindedSchema[], kind: string): Record<string, z.ZodType> {
  return options.find((option) => option.shape.kind.value === kind)?.shape ?? {};
}

const cache = new Map<string, FieldSpec[]>();

/** The generated fields of an element, taken from its kind's schema shape (computed once per kind). */
export function fieldsForElement(ref: ElementRef): FieldSpec[] {
  const key = ref.type === 'client' ? 'client' : `${ref.type}:${ref.element.kind}`;
  const known = cache.get(key);
  if (known) return known;
  const shape =
    ref.type === 'component'
      ? shapeOfKind(componentSchema.options as unknown as KindedSchema[], ref.element.kind)
      : ref.type === 'group'
        ? shapeOfKind(groupSchema.options as unknown as KindedSchema[], ref.element.kind)
        : ref.type === 'edge'
          ? shapeOfKind(edgeSchema.options as unknown as KindedSchema[], ref.element.kind)
          : clientPopulationSchema.shape;
  const fields = fieldsFromShape(shape, structural);
  cache.set(key, fields);
  return fields;
}
