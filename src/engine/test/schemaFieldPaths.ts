import type { z } from 'zod';

/**
 * Field paths of a scenario, in one notation for the schema and for a document, so that a test can
 * tell which fields of the schema a document exercises: `[]` for an array element, `<kind>` for the
 * variant of an object that has a `kind` (component, group, edge, location), `{}` for a record value.
 * Example: `components.[].<cache>.hitRatio`.
 */
export type FieldPath = string;

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
  values?: unknown[];
  entries?: Record<string, unknown>;
  getter?: () => z.ZodType;
}

/** The zod 4 definition of a schema (its type, shape, element, options…). */
export const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The `kind` literal of an object schema, if it has one. */
function kindOf(schema: z.ZodType): string | null {
  const def = defOf(schema);
  const kind = def.type === 'object' ? def.shape?.kind : undefined;
  const values = kind ? defOf(kind).values : undefined;
  return typeof values?.[0] === 'string' ? values[0] : null;
}

/** Every leaf field path of `schema` (zod 4), with the choices of each enum, literal or null leaf where it has a fixed set. */
export function schemaFieldPaths(schema: z.ZodType, prefix: string[] = [], out = new Map<FieldPath, unknown[] | null>()): Map<FieldPath, unknown[] | null> {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      for (const [key, field] of Object.entries(def.shape ?? {})) if (key !== 'kind') schemaFieldPaths(field, [...prefix, key], out);
      return out;
    case 'array':
      return def.element ? schemaFieldPaths(def.element, [...prefix, '[]'], out) : out;
    case 'record':
      return def.valueType ? schemaFieldPaths(def.valueType, [...prefix, '{}'], out) : out;
    case 'union':
      for (const option of def.options ?? []) {
        const kind = kindOf(option);
        schemaFieldPaths(option, kind === null ? prefix : [...prefix, `<${kind}>`], out);
      }
      return out;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return def.innerType ? schemaFieldPaths(def.innerType, prefix, out) : out;
    case 'pipe':
      return def.in ? schemaFieldPaths(def.in, prefix, out) : out;
    case 'lazy':
      return def.getter ? schemaFieldPaths(def.getter(), prefix, out) : out;
    default: {
      const path = prefix.join('.');
      const choices = def.type === 'enum' ? Object.values(def.entries ?? {}) : def.type === 'literal' ? (def.values ?? []) : def.type === 'null' ? [null] : null;
      const known = out.get(path);
      out.set(path, choices ? [...(known ?? []), ...choices] : (known ?? null));
      return out;
    }
  }
}

/** One leaf of a document: where it is (keys and indices) and its path in `schemaFieldPaths`' notation. */
export interface DocumentLeaf {
  at: (string | number)[];
  path: FieldPath;
  value: unknown;
}

/** Every leaf value of a parsed document (arrays of values included element by element). */
export function documentLeaves(value: unknown, at: (string | number)[] = [], path: string[] = [], out: DocumentLeaf[] = []): DocumentLeaf[] {
  if (Array.isArray(value)) {
    value.forEach((element, i) => documentLeaves(element, [...at, i], [...path, '[]'], out));
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const withKind = typeof record.kind === 'string' ? [...path, `<${record.kind}>`] : path;
    for (const [key, field] of Object.entries(record)) if (key !== 'kind') documentLeaves(field, [...at, key], [...withKind, key], out);
  } else {
    out.push({ at, path: path.join('.'), value });
  }
  return out;
}
