const indexes = new WeakMap<readonly { id: string }[], ReadonlyMap<string, { id: string }>>();

/**
 * A list's elements by id (the first of an id, as `find` would give), built once per list object:
 * commands replace a list whose membership changes and never add to or remove from one in place.
 * A lookup by id is then constant time where `find` walked the list: an element's absolute position
 * walks its parents, and every card's position on a 1 000-component design was a million steps.
 */
export function indexById<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  let index = indexes.get(list);
  if (!index) {
    const built = new Map<string, T>();
    for (const element of list) if (!built.has(element.id)) built.set(element.id, element);
    index = built;
    indexes.set(list, index);
  }
  return index as ReadonlyMap<string, T>;
}
