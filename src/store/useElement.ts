import { selectClient, selectComponent, selectEdge, selectGroup } from './selectors';
import { useById } from './useById';

/** One component, re-rendering only when that component changes. */
export const useComponent = (id: string) => useById(selectComponent, id);
export const useGroup = (id: string) => useById(selectGroup, id);
export const useClient = (id: string) => useById(selectClient, id);
export const useEdge = (id: string) => useById(selectEdge, id);
