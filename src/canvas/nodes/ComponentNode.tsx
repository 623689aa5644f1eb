import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useChaosState, useClient, useComponent, useElementBadge, useElementIssue } from '../../store';
import type { ComponentFlowNode } from '../flowTypes';
import { describeComponent } from './describeComponent';
import { ComponentBadges } from './NodeBadges';
import { NodeCard } from './NodeCard';
import { componentLooks } from './nodeIcons';

/** A component on the canvas; subscribes to its own element and its own badge only. */
export const ComponentNode = memo(function ComponentNode({ id, selected }: NodeProps<ComponentFlowNode>) {
  const component = useComponent(id);
  const badge = useElementBadge(id);
  const issue = useElementIssue(id);
  const population = useClient(badge?.p99Share?.populationId ?? '');
  const chaos = useChaosState(id);
  if (!component) return null;
  const look = componentLooks[component.kind];
  return (
    <NodeCard
      id={id}
      family={look.family}
      icon={component.kind}
      name={component.name}
      detail={describeComponent(component)}
      selected={selected}
      acceptsConnections
      badges={<ComponentBadges id={id} badge={badge} issue={issue} populationName={population?.name ?? ''} />}
      alarm={badge?.utilization != null && badge.utilization >= 1}
      chaos={chaos}
    />
  );
});
