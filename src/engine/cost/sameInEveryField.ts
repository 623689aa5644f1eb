/** One comparison per field of `T`: the compiler checks that none is left out (a field added to `T` must be compared). */
export type FieldComparisons<T> = { readonly [K in keyof T]-?: (a: T, b: T) => boolean };

/**
 * True-when-equal in every field, by `comparisons`. Each comparison reads its field by name, which is
 * much faster than a loop over the keys (run for each of 1 000 components per edit).
 */
export function sameInEveryField<T>(comparisons: FieldComparisons<T>): (a: T, b: T) => boolean {
  const list: ReadonlyArray<(a: T, b: T) => boolean> = Object.values(comparisons);
  return (a, b) => {
    for (const same of list) if (!same(a, b)) return false;
    return true;
  };
}
