import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useMeridianStore } from '../../store';
import { resultLabels, type ResultLabels } from './resultLabels';

/** Labels for the report's ids, rebuilt only when names or recovery targets can have changed. */
export function useResultLabels(): ResultLabels {
  const parts = useMeridianStore(
    useShallow(({ scenario }) => ({ clients: scenario.clients, groups: scenario.groups, components: scenario.components, edges: scenario.edges, recovery: scenario.recovery })),
  );
  return useMemo(() => resultLabels(parts), [parts]);
}
