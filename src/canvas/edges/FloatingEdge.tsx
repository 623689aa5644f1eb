import { BaseEdge, getBezierPath, Position, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import { useEdgeTrafficRps, useElementIssue, useMeridianStore } from '../../store';
import type { FlowEdge } from '../flowTypes';
import { useCardBoxes } from './cardBoxes';
import { edgeRoute } from './edgeRoute';
import { EdgeLabel } from './EdgeLabel';
import type { Box, Side } from './floatingEdgeGeometry';
import { useEdgeHovered } from './hoveredEdge';
import { edgeLabelText, labelCandidates, labelChoicesOf } from './labelLayout';
import { useLabelScale } from './labelScale';
import { polylinePath } from './polylinePath';

const positions: Record<Side, Position> = { left: Position.Left, right: Position.Right, top: Position.Top, bottom: Position.Bottom };

function boxOf(node: InternalNode): Box {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? 0, height: node.measured.height ?? 0 };
}

/**
 * An edge between the facing sides of its two nodes, labelled by kind and with the traffic it carries.
 * A curve when the way is clear (and while an end is dragged); around the cards in between when it is not. A label with no room on
 * the edge (two cards close together), or only over a card or a group's title, is drawn only while the
 * edge is hovered or selected. Zoomed out, labels grow so they stay readable (`labelScaleAt`).
 */
export const FloatingEdge = memo(function FloatingEdge({ id, source, target, selected, markerStart, markerEnd, style, label, interactionWidth }: EdgeProps<FlowEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const cards = useCardBoxes();
  const labelScale = useLabelScale();
  const labelChoice = useMeridianStore((state) =>
    labelChoicesOf({
      scenario: state.scenario,
      trafficRps: state.results.status === 'error' ? undefined : state.results.edgeTrafficRps,
      issues: state.results.issues,
      scale: labelScale,
    }).get(id),
  );
  const trafficRps = useEdgeTrafficRps(id);
  const issue = useElementIssue(id);
  const hovered = useEdgeHovered(id);
  if (!sourceNode || !targetNode) return null;
  const text = edgeLabelText(typeof label === 'string' ? label : undefined, trafficRps, issue) || undefined;
  const { ends, route } = edgeRoute(source, boxOf(sourceNode), target, boxOf(targetNode), cards);
  const [path] = route
    ? [polylinePath(route)]
    : getBezierPath({
        sourceX: ends.sourceX,
        sourceY: ends.sourceY,
        sourcePosition: positions[ends.sourceSide],
        targetX: ends.targetX,
        targetY: ends.targetY,
        targetPosition: positions[ends.targetSide],
      });
  // Candidates follow the edge as it is drawn (live while dragging); which one the label takes was decided for all edges at once.
  const candidates = labelCandidates(ends, route);
  const spot = labelChoice === undefined || labelChoice === null ? undefined : candidates[labelChoice];
  const shown = spot ?? (hovered || selected ? (candidates[0] ?? { x: ends.sourceX, y: ends.sourceY }) : undefined);
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
      {shown && <EdgeLabel id={id} text={text} at={shown} scale={labelScale} onHover={spot === undefined} />}
    </>
  );
});
