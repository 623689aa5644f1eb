import type { CostLine } from './costLine';

/** Region key of `byRegion` for a line priced globally (global services, explicit prices). */
export const globalRegionKey = 'global';

/** Every breakdown key met so far (cost categories and `byRegion` keys), by index: one table for every bill. */
const keyNames: string[] = [];
const keyIndices = new Map<string, number>();

function keyIndex(key: string): number {
  let index = keyIndices.get(key);
  if (index === undefined) {
    index = keyNames.length;
    keyNames.push(key);
    keyIndices.set(key, index);
  }
  return index;
}

/** Number of breakdown keys met so far: the length a bill's totals by key need. */
export function breakdownKeyCount(): number {
  return keyNames.length;
}

/** The key of index `index` (`lineBreakdownKeys`). */
export function breakdownKeyName(index: number): string {
  return keyNames[index] ?? '';
}

/**
 * Each line's category and region key (`byCategory`, `byRegion`) as indices of one shared table
 * (`[2i]`, `[2i + 1]`), found once when the lines are priced: a bill then sums its lines by key in
 * typed arrays, where a record keyed by string would be looked up three times per line on each edit.
 */
export function lineBreakdownKeys(lines: readonly CostLine[]): Int32Array {
  const keys = new Int32Array(2 * lines.length);
  lines.forEach((line, i) => {
    keys[2 * i] = keyIndex(line.category);
    keys[2 * i + 1] = keyIndex(line.regionId ?? globalRegionKey);
  });
  return keys;
}
