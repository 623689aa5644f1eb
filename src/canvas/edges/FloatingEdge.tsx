import { BaseEdge, getBezierPath, Position, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import { formatRps } from '../../charts';
import { useEdgeTrafficRps, useElementIssue } from '../../store';
import type { FlowEdge } from '../flowTypes';
import { EdgeTransferCost } from './EdgeTransferCost';
import { floatingEdgeEnds, type Box, type Side } from './floatingEdgeGeometry';

const positions: Record<Side, Position> = { left: Position.Left, right: Position.Right, top: Position.Top, bottom: Position.Bottom };

function boxOf(node: InternalNode): Box {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? 0, height: node.measured.height ?? 0 };
}

/** An edge between the facing sides of its two nodes, labelled by kind and with the traffic it carries. */
export const FloatingEdge = memo(function FloatingEdge({ id, source, target, markerStart, markerEnd, style, label, interactionWidth }: EdgeProps<FlowEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const trafficRps = useEdgeTrafficRps(id);
  const issue = useElementIssue(id);
  if (!sourceNode || !targetNode) return null;
  const traffic = trafficRps === undefined ? undefined : formatRps(trafficRps);
  const text = [issue === undefined ? '' : '⚠', label, traffic].filter(Boolean).join(' · ') || undefined;
  const ends = floatingEdgeEnds(boxOf(sourceNode), boxOf(targetNode));
  const [path, labelX, labelY] = getBezierPath({
    sourceX: ends.sourceX,
    sourceY: ends.sourceY,
    sourcePosition: positions[ends.sourceSide],
    targetX: ends.targetX,
    targetY: ends.targetY,
    targetPosition: positions[ends.targetSide],
  });
  const edge = (
    <BaseEdge
      id={id}
      path={path}
      markerStart={markerStart}
      markerEnd={markerEnd}
      style={issue === undefined ? style : { ...style, stroke: 'var(--warning)' }}
      label={text}
      labelX={labelX}
      labelY={labelY}
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={4}
      interactionWidth={interactionWidth ?? 16}
    />
  );
  return (
    <>
      {issue === undefined ? (
        edge
      ) : (
        <g data-testid={`canvas.edge.${id}.issue`} aria-label={`Problem: ${issue}`}>
          <title>{issue}</title>
          {edge}
        </g>
      )}
      <EdgeTransferCost id={id} x={labelX} y={labelY} />
    </>
  );
});
