import { BaseEdge, getBezierPath, Position, useInternalNode, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import { useEdgeTrafficRps, useElementIssue, useMeridianStore } from '../../store';
import type { FlowEdge } from '../flowTypes';
import { useCardBoxes } from './cardBoxes';
import { edgeRoute } from './edgeRoute';
import { EdgeLabel } from './EdgeLabel';
import { measuredBox, type Side } from './floatingEdgeGeometry';
import { useEdgeHovered } from './hoveredEdge';
import { edgeLabelText, labelCandidates, labelChoicesOf } from './labelLayout';
import { useLabelScale } from './labelScale';
import { polylinePath } from './polylinePath';

const positions: Record<Side, Position> = { left: Position.Left, right: Position.Right, top: Position.Top, bottom: Position.Bottom };

const boxOf = (node: InternalNode | undefined) => (node ? measuredBox(node.internals.positionAbsolute, node.measured) : null);

/** React Flow's classes for an edge's group, which its stylesheet and ours draw by (`nopan`: a press on it does not pan). */
function edgeClassName({ className, selected }: FlowEdge): string {
  return ['react-flow__edge react-flow__edge-floating selectable nopan', className, selected ? 'selected' : ''].filter(Boolean).join(' ');
}

const markerUrl = (id: FlowEdge['markerEnd']) => (typeof id === 'string' ? `url('#${id}')` : undefined);

/**
 * An edge between the facing sides of its two nodes, labelled by kind and with the traffic it carries,
 * drawn in the canvas's one edge layer (`EdgeLayer`) as React Flow would draw it: a focusable group
 * with its path, a wider invisible path to hit, and its label.
 * A curve when the way is clear (and while an end is dragged); around the cards in between when it is not. A label with no room on
 * the edge (two cards close together), or only over a card or a group's title, is drawn only while the
 * edge is hovered or selected. Zoomed out, labels grow so they stay readable (`labelScaleAt`).
 */
export const FloatingEdge = memo(function FloatingEdge({ edge, describedBy }: { edge: FlowEdge; describedBy: string }) {
  const { id, source, target, label, ariaLabel } = edge;
  const selected = edge.selected ?? false;
  // Each end as React Flow measured it: the edge is drawn once both are (a re-render follows the measurement).
  const sourceBox = boxOf(useInternalNode(source));
  const targetBox = boxOf(useInternalNode(target));
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
  if (!sourceBox || !targetBox) return null;
  const text = edgeLabelText(typeof label === 'string' ? label : undefined, trafficRps, issue) || undefined;
  const { ends, route } = edgeRoute(source, sourceBox, target, targetBox, cards);
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
  const line = (
    <BaseEdge
      id={id}
      path={path}
      markerStart={markerUrl(edge.markerStart)}
      markerEnd={markerUrl(edge.markerEnd)}
      style={issue === undefined ? edge.style : { ...edge.style, stroke: 'var(--warning)' }}
      interactionWidth={16}
    />
  );
  return (
    <g
      className={edgeClassName(edge)}
      data-id={id}
      data-testid={`rf__edge-${id}`}
      role="group"
      tabIndex={0}
      aria-roledescription="edge"
      aria-label={ariaLabel}
      aria-describedby={describedBy}
    >
      {issue === undefined ? (
        line
      ) : (
        <g data-testid={`canvas.edge.${id}.issue`} aria-label={`Problem: ${issue}`}>
          <title>{issue}</title>
          {line}
        </g>
      )}
      {shown && <EdgeLabel id={id} text={text} at={shown} scale={labelScale} onHover={spot === undefined} />}
    </g>
  );
});
