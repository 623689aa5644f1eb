import { useMemo } from 'react';
import { elementNames } from '../model';
import { useMeridianStore } from './index';

/** What the design calls each element (`elementNames`: by name, the id beside it only where two share a name), rebuilt when the design changes. */
export function useNameOf(): (id: string) => string {
  const scenario = useMeridianStore((state) => state.scenario);
  return useMemo(() => elementNames(scenario), [scenario]);
}
