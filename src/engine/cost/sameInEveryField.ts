/** One comparison per field of `T`: the compiler checks that none is left out (a field added to `T` must be compared). */
export type FieldComparisons<T> = { readonly [K in keyof T]-?: (a: T, b: T) => boolean };

const alwaysSame = () => true;

/** Comparisons `sameInEveryField` calls each from a call site of its own; past this many, one loop calls the rest. */
const unrolledFields = 16;

/**
 * True-when-equal in every field, by `comparisons`. Each comparison reads its field by name, which is
 * much faster than a loop over the keys (run for each of 1 000 components per edit); and each is called
 * from a call site of its own, so that V8 inlines it: one call site for all of them saw a dozen
 * functions and called each through a megamorphic stub (2.5× the time of the unrolled calls).
 */
export function sameInEveryField<T>(comparisons: FieldComparisons<T>): (a: T, b: T) => boolean {
  const list: ReadonlyArray<(a: T, b: T) => boolean> = Object.values(comparisons);
  const [c0 = alwaysSame, c1 = alwaysSame, c2 = alwaysSame, c3 = alwaysSame, c4 = alwaysSame, c5 = alwaysSame, c6 = alwaysSame, c7 = alwaysSame] = list;
  const [c8 = alwaysSame, c9 = alwaysSame, c10 = alwaysSame, c11 = alwaysSame, c12 = alwaysSame, c13 = alwaysSame, c14 = alwaysSame, c15 = alwaysSame] = list.slice(8);
  const rest = list.slice(unrolledFields);
  return (a, b) => {
    if (!(c0(a, b) && c1(a, b) && c2(a, b) && c3(a, b) && c4(a, b) && c5(a, b) && c6(a, b) && c7(a, b))) return false;
    if (!(c8(a, b) && c9(a, b) && c10(a, b) && c11(a, b) && c12(a, b) && c13(a, b) && c14(a, b) && c15(a, b))) return false;
    for (const same of rest) if (!same(a, b)) return false;
    return true;
  };
}
