import type { EmergencyStorage } from '../persistenceStorage';

/** Stands in for localStorage, which Node lacks. */
export function memoryStorage(): EmergencyStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}
