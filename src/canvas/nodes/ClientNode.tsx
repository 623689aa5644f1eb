import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useClient, useElementIssue, usePopulationP99Ms } from '../../store';
import type { ClientFlowNode } from '../flowTypes';
import { describeClient } from './describeComponent';
import { PopulationBadge } from './NodeBadges';
import { NodeCard } from './NodeCard';

/** A population of users: only sends requests, so it has a source handle only. */
export const ClientNode = memo(function ClientNode({ id, selected }: NodeProps<ClientFlowNode>) {
  const client = useClient(id);
  const p99Ms = usePopulationP99Ms(id);
  const issue = useElementIssue(id);
  if (!client) return null;
  return (
    <NodeCard
      id={id}
      family="users"
      icon="users"
      name={client.name}
      detail={describeClient(client)}
      selected={selected}
      acceptsConnections={false}
      badges={<PopulationBadge id={id} p99Ms={p99Ms} issue={issue} />}
      alarm={p99Ms === Infinity}
    />
  );
});
