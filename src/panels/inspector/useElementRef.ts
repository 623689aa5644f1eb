import { useMemo } from 'react';
import type { ElementRef } from '../../commands';
import { useClient, useComponent, useEdge, useGroup } from '../../store';

/** The element with this id, tagged with its type; re-renders only when that element changes. */
export function useElementRef(id: string): ElementRef | undefined {
  const component = useComponent(id);
  const group = useGroup(id);
  const client = useClient(id);
  const edge = useEdge(id);
  return useMemo((): ElementRef | undefined => {
    if (component) return { type: 'component', element: component };
    if (group) return { type: 'group', element: group };
    if (client) return { type: 'client', element: client };
    return edge ? { type: 'edge', element: edge } : undefined;
  }, [component, group, client, edge]);
}
