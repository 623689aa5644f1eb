/** Equal values, comparing plain objects (positions, data, markers) one level deep. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Keys React Flow writes onto nodes while it works with them; they are not part of our description. */
const flowOwnedKeys = new Set(['measured', 'dragging', 'resizing']);

function sameDescription(before: object, after: object): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (!flowOwnedKeys.has(key) && !sameValue((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * Reuses the previous object for every element whose description did not change, so React Flow
 * re-renders only the nodes and edges that did. What React Flow measured about a node (its size)
 * is carried over to its new description rather than thrown away.
 */
export function reconcile<T extends { id: string; measured?: unknown }>(previous: readonly T[], next: readonly T[]): T[] {
  const byId = new Map(previous.map((element) => [element.id, element]));
  let changed = previous.length !== next.length;
  const result = next.map((element, index) => {
    const before = byId.get(element.id);
    const same = before !== undefined && sameDescription(before, element);
    if (same) {
      if (previous[index] !== before) changed = true;
      return before;
    }
    changed = true;
    return before?.measured === undefined ? element : { ...element, measured: before.measured };
  });
  return changed ? result : (previous as T[]);
}
