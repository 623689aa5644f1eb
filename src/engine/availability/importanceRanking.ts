/**
 * The importance record of the availability report: every element's ΔU, largest first, ties in the
 * order given (what a stable sort of the entries by `b − a` gives), ranked from the previous ranking
 * when the elements are the same as last time. An edit moves few elements in the ranking, and the
 * engine's sort (a merge sort of runs) takes the previous order's long sorted runs in about one
 * comparison per element, where sorting from the order given cost ~n log n comparisons (~20 % of an
 * availability report at 1 000 components). The tie-break by position given makes the order total, so
 * the result is the same whatever order the sort starts from.
 */
export class ImportanceRanking {
  /** The elements of the last ranking, in the order given. */
  private ids: string[] = [];
  /** The last ranking: positions in `ids`, largest first. */
  private order: number[] = [];

  /** `importance`'s entries as a record, in ranking order. */
  recordOf(importance: ReadonlyMap<string, number>): Record<string, number> {
    const ids = new Array<string>(importance.size);
    const values = new Float64Array(importance.size);
    let position = 0;
    for (const [id, value] of importance) {
      ids[position] = id;
      values[position] = value;
      position += 1;
    }
    // NaN has no place in a total order: ranked from the order given, as a plain sort of the entries would.
    const fromLast = sameStrings(ids, this.ids) && values.every((value) => !Number.isNaN(value));
    const order = fromLast ? this.order : ids.map((_, i) => i);
    if (fromLast) order.sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
    else order.sort((a, b) => (values[b] as number) - (values[a] as number));
    this.ids = ids;
    this.order = order;
    // Assigned in a loop, which builds a 1 000-key record several times faster than Object.fromEntries.
    const record: Record<string, number> = {};
    for (const k of order) record[ids[k] as string] = values[k] as number;
    return record;
  }
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
