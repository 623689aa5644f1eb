import '../../../model/zodConfig';
import { z } from 'zod';
import { toScenarioIssues } from '../../../model';
import { fieldMeta } from './fieldMeta';
import { unwrapSchema, type FieldSpec } from './fieldSpec';

export type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

/** The value at `path` inside `object`. */
export function getIn(object: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), object);
}

/** A copy of `object` with the value at `path` replaced (copying each object on the way). */
export function setIn<T>(object: T, path: readonly string[], value: unknown): T {
  const [key, ...rest] = path;
  if (key === undefined) return value as T;
  const current = (object ?? {}) as Record<string, unknown>;
  return { ...current, [key]: setIn(current[key], rest, value) } as T;
}

const capitalise = (text: string) => text.replace(/^./, (c) => c.toUpperCase());
/** Stored → shown without binary noise (0.07 × 100 = 7.000000000000001). */
const scaled = (value: number, factor: number) => Number((value * factor).toPrecision(12));

function rangeMessage(spec: Extract<FieldSpec, { control: 'number' }>): string {
  const inner = unwrapSchema(spec.schema).inner as z.ZodNumber;
  const unit = spec.unit ? ` ${spec.unit}` : '';
  const min = Number.isFinite(inner.minValue ?? -Infinity) ? scaled(inner.minValue as number, spec.scale) : null;
  const max = Number.isFinite(inner.maxValue ?? Infinity) ? scaled(inner.maxValue as number, spec.scale) : null;
  if (min !== null && max !== null) return `Must be between ${min} and ${max}${unit}`;
  return min !== null ? `Must be at least ${min}${unit}` : `Must be at most ${max}${unit}`;
}

/** Checks a value against the field's own schema; the error is in people's words and the shown units. */
export function validateField(spec: FieldSpec, value: unknown): Parsed {
  const result = spec.schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const [issue] = result.error.issues;
  if (spec.control === 'number' && spec.scale !== 1 && (issue?.code === 'too_small' || issue?.code === 'too_big')) {
    return { ok: false, error: rangeMessage(spec) };
  }
  return { ok: false, error: capitalise(toScenarioIssues(result.error)[0]?.message ?? 'Invalid value') };
}

export function formatNumber(value: unknown, scale: number): string {
  return typeof value === 'number' ? String(scaled(value, scale)) : '';
}

/** Text typed in a number field → the stored value, checked by the field's schema. */
export function parseNumberField(spec: Extract<FieldSpec, { control: 'number' }>, text: string): Parsed {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return spec.nullable ? validateField(spec, null) : { ok: false, error: 'Enter a number' };
  const shown = Number(trimmed);
  if (!Number.isFinite(shown)) return { ok: false, error: 'Enter a number' };
  return validateField(spec, spec.scale === 1 ? shown : Number((shown / spec.scale).toPrecision(12)));
}

export function parseTextField(spec: Extract<FieldSpec, { control: 'text' }>, text: string): Parsed {
  return validateField(spec, spec.nullable && text.trim() === '' ? null : text);
}

/** "EU, UK" → ['EU', 'UK']; empty → [] (or absent, for optional lists). */
export function parseListField(spec: Extract<FieldSpec, { control: 'list' }>, text: string): Parsed {
  const items = text.split(',').map((item) => item.trim()).filter(Boolean);
  return validateField(spec, items.length === 0 && spec.optional ? undefined : items);
}

export const formatList = (value: unknown) => (Array.isArray(value) ? value.join(', ') : '');

const namedReason = /^([\w.]+): (.*)$/s;

/**
 * A refusal from the model names the field first (`instances: must be ≥ 1`). Under that very field
 * the name is noise; under another one (a rule between two fields), it is said with its label.
 */
export function refusalForField(reason: string, path: readonly string[]): string {
  const match = namedReason.exec(reason);
  if (!match) return capitalise(reason);
  const [, where = '', message = ''] = match;
  if (where === path.join('.')) return capitalise(message);
  return `${fieldMeta(where.split('.').pop() ?? where).label}: ${message}`;
}
