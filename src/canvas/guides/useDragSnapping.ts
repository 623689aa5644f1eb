import { useReactFlow, type NodeChange, type NodePositionChange } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import { cardSize, gridSize, type Point } from '../../commands';
import type { FlowEdge, FlowNode } from '../flowTypes';
import { snapDrag, type AlignmentGuide, type GuideBox } from './snapDrag';

/** How near, in screen pixels whatever the zoom, an edge or centre must come to a sibling's to snap. */
const snapThresholdScreenPx = 8;

function boxOf(node: FlowNode, position: Point = node.position): GuideBox {
  return { ...position, width: node.measured?.width ?? node.width ?? cardSize.width, height: node.measured?.height ?? node.height ?? cardSize.height };
}

/**
 * Snapping while dragging: a card or group dragged alone snaps onto its siblings' edges and centres
 * (showing guides) or else to the grid; several dragged together snap to the grid. React Flow's own
 * grid snap is off, so a sibling a few pixels off the grid can still be lined up with.
 * `snapChanges` rewrites React Flow's position changes; `endDrag` returns where the drag left each node.
 */
export function useDragSnapping() {
  const { getNodes, getInternalNode, getZoom } = useReactFlow<FlowNode, FlowEdge>();
  const [guides, setGuides] = useState<AlignmentGuide[]>([]);
  const landed = useRef(new Map<string, Point>());

  const snapChanges = useCallback(
    (changes: NodeChange<FlowNode>[]): NodeChange<FlowNode>[] => {
      const moves = changes.filter((change): change is NodePositionChange => change.type === 'position' && change.position !== undefined);
      if (moves.length === 0) return changes;
      const nodes = getNodes();
      const byId = new Map(nodes.map((node) => [node.id, node]));
      const movingIds = new Set(moves.map((change) => change.id));
      const options = { thresholdPx: snapThresholdScreenPx / getZoom(), gridPx: gridSize };
      let shown: AlignmentGuide[] = [];
      const snapped = changes.map((change) => {
        if (change.type !== 'position' || change.position === undefined) return change;
        const node = byId.get(change.id);
        if (!node) return change;
        const siblings = moves.length > 1 ? [] : nodes.filter((other) => other.parentId === node.parentId && !movingIds.has(other.id)).map((other) => boxOf(other));
        const { position, guides: lines } = snapDrag(boxOf(node, change.position), siblings, options);
        const parent = node.parentId ? getInternalNode(node.parentId)?.internals.positionAbsolute : undefined;
        shown = lines.map((line) => (parent ? { ...line, at: line.at + parent[line.axis], from: line.from + parent[line.axis === 'x' ? 'y' : 'x'], to: line.to + parent[line.axis === 'x' ? 'y' : 'x'] } : line));
        landed.current.set(change.id, position);
        return { ...change, position };
      });
      const next = moves.some((change) => change.dragging) ? shown : [];
      // No guides before and none now: the same state, so the canvas does not re-render for them.
      setGuides((previous) => (previous.length === 0 && next.length === 0 ? previous : next));
      return snapped;
    },
    [getNodes, getInternalNode, getZoom],
  );

  const endDrag = useCallback((): Map<string, Point> => {
    const positions = landed.current;
    landed.current = new Map();
    setGuides([]);
    return positions;
  }, []);

  return { guides, snapChanges, endDrag };
}
