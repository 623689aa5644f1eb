import type { z } from 'zod';
import { defOf, type FieldPath } from './schemaFieldPaths';

// Documents that hold a field path no template holds (an optional field left out, another variant of
// an availability or price spec, a component or edge kind no template draws), made from a template by
// filling in what the path needs with values generated from the zod schema.

/** Numbers tried for a number the schema asks for, in order: the first it accepts is used. */
const sampleNumbers = [1, 2, 0.5, 0, 10, 100, 0.001, 1000, -1];

/** Values the schema accepts for a leaf, most ordinary first: `ids` stand for any plain string (references). */
function leafSamples(schema: z.ZodType, ids: readonly string[]): unknown[] {
  const def = defOf(schema);
  const accepted = (values: readonly unknown[]) => values.filter((value) => schema.safeParse(value).success);
  switch (def.type) {
    case 'number':
      return accepted(sampleNumbers);
    case 'boolean':
      return [false, true];
    case 'enum':
      return Object.values(def.entries ?? {});
    case 'literal':
      return [...(def.values ?? [])];
    case 'string':
      return accepted([...ids, 'generated']);
    default:
      return [];
  }
}

/** The schema inside wrappers (optional, nullable, default, pipe, lazy…). */
function unwrapped(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (def.type === 'pipe' && def.in) return unwrapped(def.in);
  if (def.type === 'lazy' && def.getter) return unwrapped(def.getter());
  return def.innerType ? unwrapped(def.innerType) : schema;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Most variants of one new object tried (its references, combined). */
const maxVariants = 2000;

/**
 * New values of `schema` (objects with every field filled in): each field its first sample (null where
 * the schema allows it), except references, which take every id in turn (pairs of them too: a
 * replication edge needs two databases). `id` and `name` get fresh values.
 */
function sampleObjects(schema: z.ZodType, ids: readonly string[]): Array<Record<string, unknown>> {
  let variants: Array<Record<string, unknown>> = [{}];
  for (const [key, field] of Object.entries(defOf(schema).shape ?? {})) {
    const inner = unwrapped(field);
    const type = defOf(inner).type;
    const values = field.safeParse(null).success ? [null] : key === 'id' || key === 'name' ? [`generated-${key}`] : type === 'object' ? sampleObjects(inner, ids).slice(0, 1) : type === 'union' ? sampleUnion(inner, ids) : leafSamples(inner, ids);
    const choices = type === 'string' ? values : values.slice(0, 1);
    variants = variants.flatMap((variant) => choices.map((value) => ({ ...variant, [key]: value }))).slice(0, maxVariants);
  }
  return variants;
}

function sampleUnion(schema: z.ZodType, ids: readonly string[]): unknown[] {
  const [first] = defOf(schema).options ?? [];
  return first ? sampleObjects(unwrapped(first), ids).slice(0, 1) : [];
}

/** The option of a union a path goes on into: the one of kind `<kind>`, else the one whose shape has the next key. */
function optionFor(schema: z.ZodType, segment: string): z.ZodType | undefined {
  const options = (defOf(schema).options ?? []).map(unwrapped);
  if (segment.startsWith('<')) return options.find((option) => defOf(defOf(option).shape?.kind ?? option).values?.[0] === segment.slice(1, -1));
  return options.find((option) => defOf(option).shape?.[segment] !== undefined);
}

/**
 * Values of `schema` derived from `value` in which the path `segments` leads to a value that is not
 * null: `value` itself when it already holds one, else with what is missing generated (a sample of
 * the leaf, an optional object or the right variant filled in, an array element of the right kind
 * appended). Several when references or samples leave a choice; the caller keeps the first valid one.
 */
export function withPath(value: unknown, schema: z.ZodType, segments: readonly string[], ids: readonly string[]): unknown[] {
  const inner = unwrapped(schema);
  const def = defOf(inner);
  const [segment, ...rest] = segments;
  if (segment === undefined) return value !== null && value !== undefined ? [value] : leafSamples(inner, ids);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const field = shape[segment];
      if (!field) return [];
      const bases = isRecord(value) ? [value] : sampleObjects(inner, ids);
      return bases.flatMap((base) => withPath(base[segment], field, rest, ids).map((child) => ({ ...base, [segment]: child })));
    }
    case 'union': {
      const option = optionFor(inner, segment);
      if (!option) return [];
      const matches = isRecord(value) && (segment.startsWith('<') ? value.kind === segment.slice(1, -1) : segment in value);
      return withPath(matches ? value : undefined, option, segment.startsWith('<') ? rest : segments, ids);
    }
    case 'array': {
      if (segment !== '[]' || !def.element) return [];
      const elements = Array.isArray(value) ? value : [];
      const [next] = rest;
      // An element that already has the path's kind takes it; else one of that kind is appended.
      const host = elements.findIndex((element) => next === undefined || !next.startsWith('<') || (isRecord(element) && element.kind === next.slice(1, -1)));
      if (host >= 0) return withPath(elements[host], def.element, rest, ids).map((child) => elements.map((element, i) => (i === host ? child : element)));
      return withPath(undefined, def.element, rest, ids).map((child) => [...elements, child]);
    }
    default:
      return [];
  }
}

/** Splits a field path into its segments (`components.[].<cache>.hitRatio` → components, [], <cache>, hitRatio). */
export const pathSegments = (path: FieldPath): string[] => path.split('.');
