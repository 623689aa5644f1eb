/**
 * A value written as its difference from a neighbouring value. Undo history shares structure: an
 * edit makes new objects only along the path it changed and keeps every other object as it was, so
 * comparing by reference finds what changed without comparing contents.
 * - `0`: the neighbour's value itself;
 * - `{ v }`: a new value, whole;
 * - `{ f }`: an object, each field as a delta from the neighbour's field of that name;
 * - `{ i }`: an array, each item either the index of the neighbour's item it is, or `{ v }`.
 */
export type HistoryDelta = 0 | { v: unknown } | { f: Record<string, HistoryDelta> } | { i: Array<number | { v: unknown }> };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` as a delta from `neighbour`. */
export function encodeDelta(value: unknown, neighbour: unknown): HistoryDelta {
  if (value === neighbour) return 0;
  if (Array.isArray(value) && Array.isArray(neighbour)) {
    const at = new Map<unknown, number>(neighbour.map((item, index) => [item, index]));
    return { i: value.map((item) => at.get(item) ?? { v: item }) };
  }
  if (isPlainObject(value) && isPlainObject(neighbour)) {
    // A field set to undefined is left out, as JSON (the pagehide copy) would: `{ v: undefined }` would come back as `{}`.
    const fields = Object.entries(value).filter(([, field]) => field !== undefined);
    return { f: Object.fromEntries(fields.map(([key, field]) => [key, encodeDelta(field, Object.hasOwn(neighbour, key) ? neighbour[key] : undefined)])) };
  }
  return { v: value };
}

/**
 * The value `delta` describes from `neighbour`, sharing every part the delta says is the neighbour's;
 * `reused` collects those parts. Throws on a delta that does not fit (damaged storage): callers drop it.
 */
export function decodeDelta(delta: unknown, neighbour: unknown, reused: Set<unknown>): unknown {
  if (delta === 0) {
    if (typeof neighbour === 'object' && neighbour !== null) reused.add(neighbour);
    return neighbour;
  }
  if (!isPlainObject(delta)) throw new Error('not a history delta');
  if ('v' in delta) return delta.v;
  if ('i' in delta && Array.isArray(delta.i) && Array.isArray(neighbour)) {
    return delta.i.map((item: unknown) => {
      if (isPlainObject(item) && 'v' in item) return item.v;
      if (typeof item !== 'number' || !Object.hasOwn(neighbour, item)) throw new Error('a history delta names no item');
      const shared: unknown = neighbour[item];
      if (typeof shared === 'object' && shared !== null) reused.add(shared);
      return shared;
    });
  }
  if ('f' in delta && isPlainObject(delta.f) && isPlainObject(neighbour)) {
    // Own properties only, defined rather than assigned: a `__proto__` key stays a plain key, which parsing then refuses.
    return Object.fromEntries(Object.entries(delta.f).map(([key, field]) => [key, decodeDelta(field, Object.hasOwn(neighbour, key) ? neighbour[key] : undefined, reused)]));
  }
  throw new Error('a history delta does not fit its neighbour');
}

/**
 * `parsed` (a fresh copy parsing made of `decoded`) with every part that `decoded` took from its
 * neighbour replaced by that part itself, so a restored history shares structure as the live one does.
 * The neighbour is parsed already, and parsing the same value again gives an equal value.
 */
export function shareReused<T>(parsed: T, decoded: unknown, reused: ReadonlySet<unknown>): T {
  if (reused.has(decoded)) return decoded as T;
  if (Array.isArray(parsed) && Array.isArray(decoded) && parsed.length === decoded.length) {
    const items = parsed.map((item: unknown, index) => shareReused(item, decoded[index], reused));
    return items.every((item, index) => item === parsed[index]) ? parsed : (items as T);
  }
  if (isPlainObject(parsed) && isPlainObject(decoded)) {
    const fields = Object.entries(parsed).map(([key, field]) => [key, Object.hasOwn(decoded, key) ? shareReused(field, decoded[key], reused) : field] as const);
    return fields.every(([key, field]) => field === parsed[key]) ? parsed : (Object.fromEntries(fields) as T);
  }
  return parsed;
}
