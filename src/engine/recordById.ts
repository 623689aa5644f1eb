/**
 * A record from element ids to values, for report sections keyed by id (`utilization`,
 * `byComponent`…): `value(i)` for every i with `include(i)`, in id order.
 *
 * Why not `Object.fromEntries`: V8 gives an object built property by property a hidden class per
 * property, which costs ~0.3 ms for 1 000 ids (and seconds when a field later changes from integer to
 * fractional values). Deleting a property that is not the last one switches the object to a hash
 * table first, which builds the same plain object ten times faster.
 */
export function recordById<T>(ids: readonly string[], value: (index: number) => T, include: (index: number) => boolean = () => true): Record<string, T> {
  const record = { first: 0, second: 0 } as Record<string, unknown>;
  delete record.first;
  delete record.second;
  for (let i = 0; i < ids.length; i += 1) if (include(i)) record[ids[i] ?? String(i)] = value(i);
  return record as Record<string, T>;
}

function sameValues(a: readonly Float64Array[], b: readonly Float64Array[]): boolean {
  if (a.length !== b.length) return false;
  for (let j = 0; j < a.length; j += 1) {
    const x = a[j] as Float64Array;
    const y = b[j] as Float64Array;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i += 1) if (!Object.is(x[i], y[i])) return false;
  }
  return true;
}

/** The records built last, per id list and name, with the values they were built from. */
const latestRecords = new WeakMap<readonly string[], Map<string, { values: readonly Float64Array[]; record: unknown }>>();

/**
 * `build()`, or the record it returned last time for the same `ids` (the same array: one topology)
 * and `name` when `values` — everything the record is computed from — are equal. An edit that leaves
 * a section's numbers alone then hands on the same object (reports are never mutated).
 */
export function reusedRecord<T>(name: string, ids: readonly string[], values: readonly Float64Array[], build: () => Record<string, T>): Record<string, T> {
  let byName = latestRecords.get(ids);
  if (!byName) {
    byName = new Map();
    latestRecords.set(ids, byName);
  }
  const latest = byName.get(name);
  if (latest && sameValues(latest.values, values)) return latest.record as Record<string, T>;
  const record = build();
  byName.set(name, { values, record });
  return record;
}
