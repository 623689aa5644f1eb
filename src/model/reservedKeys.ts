/**
 * Keys that reach a prototype when code assigns or reads through them: `obj["__proto__"]` is
 * `Object.prototype`, `obj.constructor.prototype` too. No key or path segment of a document may be
 * one of them (scenario, lesson changes, figure paths, records keyed by id).
 */
export const reservedKeys: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export const isReservedKey = (key: string | number): boolean => typeof key === 'string' && reservedKeys.includes(key);

/** What a person reads when a reserved key is refused. */
export const reservedKeyMessage = `uses a reserved key (${reservedKeys.join(', ')}): these reach JavaScript prototypes, rename it`;

interface Visit {
  value: unknown;
  key: string | number;
  parent: Visit | null;
}

const pathOf = (visit: Visit): (string | number)[] => {
  const path: (string | number)[] = [];
  for (let at: Visit | null = visit; at?.parent; at = at.parent) path.unshift(at.key);
  return path;
};

/**
 * The JSON path of the first own key of `value` (at any depth) that is reserved, or null. Iterative,
 * with parent links rather than a path per node, so a document nested a million levels deep is
 * walked in linear time without overflowing the stack.
 */
export function findReservedKey(value: unknown): (string | number)[] | null {
  const stack: Visit[] = [{ value, key: '', parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const node = visit.value;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push({ value: item, key: i, parent: visit }));
      continue;
    }
    for (const key of Object.keys(node)) {
      const child = { value: (node as Record<string, unknown>)[key], key, parent: visit };
      if (isReservedKey(key)) return pathOf(child);
      stack.push(child);
    }
  }
  return null;
}
