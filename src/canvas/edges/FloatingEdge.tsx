import { BaseEdge, EdgeText, getBezierPath, Position, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import { formatRps } from '../../charts';
import { useEdgeTrafficRps, useElementIssue } from '../../store';
import type { FlowEdge } from '../flowTypes';
import { cachedRouteAroundCards } from './cachedRoute';
import { isWherePlaced, useCardBoxes } from './cardBoxes';
import { EdgeTransferCost } from './EdgeTransferCost';
import { floatingEdgeEnds, type Box, type Side } from './floatingEdgeGeometry';
import { labelFits } from './labelFits';
import { longestRun, polylinePath } from './polylinePath';

const positions: Record<Side, Position> = { left: Position.Left, right: Position.Right, top: Position.Top, bottom: Position.Bottom };

function boxOf(node: InternalNode): Box {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? 0, height: node.measured.height ?? 0 };
}

/**
 * An edge between the facing sides of its two nodes, labelled by kind and with the traffic it carries.
 * A curve when the way is clear (and while an end is dragged); around the cards in between when it
 * is not. A label with no room on the edge (two cards close together) shows when the edge is hovered
 * or selected.
 */
export const FloatingEdge = memo(function FloatingEdge({ id, source, target, markerStart, markerEnd, style, label, interactionWidth }: EdgeProps<FlowEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const cards = useCardBoxes();
  const trafficRps = useEdgeTrafficRps(id);
  const issue = useElementIssue(id);
  if (!sourceNode || !targetNode) return null;
  const traffic = trafficRps === undefined ? undefined : formatRps(trafficRps);
  const text = [issue === undefined ? '' : '⚠', label, traffic].filter(Boolean).join(' · ') || undefined;
  const [sourceBox, targetBox] = [boxOf(sourceNode), boxOf(targetNode)];
  const ends = floatingEdgeEnds(sourceBox, targetBox);
  // While an end is dragged the edge is a plain curve, redrawn at pointer speed; it is routed once dropped.
  const settled = isWherePlaced(sourceBox, cards.get(source)) && isWherePlaced(targetBox, cards.get(target));
  const others = () => [...cards].flatMap(([cardId, box]) => (cardId === source || cardId === target ? [] : [box]));
  const route = settled ? cachedRouteAroundCards({ x: ends.sourceX, y: ends.sourceY }, ends.sourceSide, { x: ends.targetX, y: ends.targetY }, ends.targetSide, [...others(), sourceBox, targetBox]) : null;
  const [path, labelX, labelY] = route
    ? [polylinePath(route), longestRun(route).x, longestRun(route).y]
    : getBezierPath({
        sourceX: ends.sourceX,
        sourceY: ends.sourceY,
        sourcePosition: positions[ends.sourceSide],
        targetX: ends.targetX,
        targetY: ends.targetY,
        targetPosition: positions[ends.targetSide],
      });
  const run = route ? longestRun(route) : { lengthPx: Math.hypot(ends.targetX - ends.sourceX, ends.targetY - ends.sourceY), vertical: Math.abs(ends.targetY - ends.sourceY) > Math.abs(ends.targetX - ends.sourceX) };
  const edge = (
    <BaseEdge
      id={id}
      path={path}
      markerStart={markerStart}
      markerEnd={markerEnd}
      style={issue === undefined ? style : { ...style, stroke: 'var(--warning)' }}
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
      <g className={labelFits(text ?? '', run) ? 'edge-label' : 'edge-label edge-label--on-hover'} data-testid={`canvas.edge.${id}.label`}>
        {text && <EdgeText x={labelX} y={labelY} label={text} labelBgPadding={[4, 2]} labelBgBorderRadius={4} />}
        <EdgeTransferCost id={id} x={labelX} y={labelY} />
      </g>
    </>
  );
});
