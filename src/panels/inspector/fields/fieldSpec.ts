import '../../../model/zodConfig';
import { z } from 'zod';
import { fieldMeta } from './fieldMeta';

interface FieldBase {
  /** Path from the edited object to the field, e.g. `['autoscaling', 'min']`. */
  path: string[];
  label: string;
  hint?: string;
  /** The field's own schema, as it appears in its kind's schema shape. */
  schema: z.ZodType;
}

export type FieldSpec =
  | (FieldBase & { control: 'number'; unit?: string; scale: number; integer: boolean; nullable: boolean })
  | (FieldBase & { control: 'text'; nullable: boolean })
  | (FieldBase & { control: 'select'; options: readonly string[] })
  | (FieldBase & { control: 'region' })
  | (FieldBase & { control: 'checkbox' })
  | (FieldBase & { control: 'list'; optional: boolean })
  | (FieldBase & { control: 'section'; fields: FieldSpec[] })
  | (FieldBase & { control: 'variant'; discriminator: string; variants: Record<string, FieldSpec[]> });

/** Strips `.default()`, `.optional()` and `.nullable()` to reach the schema that says what the value is. */
export function unwrapSchema(schema: z.ZodType): { inner: z.ZodType; nullable: boolean; optional: boolean } {
  let inner = schema;
  let nullable = false;
  let optional = false;
  for (;;) {
    if (inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
    else if (inner instanceof z.ZodOptional) {
      optional = true;
      inner = inner.unwrap() as z.ZodType;
    } else if (inner instanceof z.ZodNullable) {
      nullable = true;
      inner = inner.unwrap() as z.ZodType;
    } else return { inner, nullable, optional };
  }
}

function fieldFor(key: string, schema: z.ZodType, parentPath: string[], skip: ReadonlySet<string>): FieldSpec | null {
  const path = [...parentPath, key];
  const { label, hint, unit, scale = 1 } = fieldMeta(key);
  const base = { path, label, schema, ...(hint ? { hint } : {}) };
  const { inner, nullable, optional } = unwrapSchema(schema);
  if (key === 'regionId') return { ...base, control: 'region' };
  if (inner instanceof z.ZodNumber) {
    return { ...base, control: 'number', scale, integer: inner.isInt, nullable, ...(unit ? { unit } : {}) };
  }
  if (inner instanceof z.ZodString) return { ...base, control: 'text', nullable };
  if (inner instanceof z.ZodEnum) return { ...base, control: 'select', options: inner.options as string[] };
  if (inner instanceof z.ZodBoolean) return { ...base, control: 'checkbox' };
  if (inner instanceof z.ZodArray) return { ...base, control: 'list', optional };
  if (inner instanceof z.ZodObject) return { ...base, control: 'section', fields: fieldsFromShape(inner.shape, skip, path) };
  if (inner instanceof z.ZodDiscriminatedUnion) {
    const discriminator = String(inner._zod.def.discriminator);
    const variants: Record<string, FieldSpec[]> = {};
    for (const option of inner.options as z.ZodObject[]) {
      const tag = (option.shape[discriminator] as z.ZodLiteral).value as string;
      variants[tag] = fieldsFromShape(option.shape, new Set([...skip, discriminator]), path);
    }
    return { ...base, control: 'variant', discriminator, variants };
  }
  return null;
}

/**
 * The inspector's fields for an object schema, in the schema's order: numbers with their units,
 * enums as selects, booleans as checkboxes, nested objects as sections, discriminated unions
 * (availability, price, location) as a choice of variant. Keys in `skip` are left out.
 */
export function fieldsFromShape(shape: Record<string, z.ZodType>, skip: ReadonlySet<string> = new Set(), parentPath: string[] = []): FieldSpec[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    if (skip.has(key) || unwrapSchema(schema).inner instanceof z.ZodLiteral) return [];
    const field = fieldFor(key, schema, parentPath, skip);
    return field ? [field] : [];
  });
}
