import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import { useMeridianStore } from '../../store';
import type { FlowEdge } from '../flowTypes';
import { edgeLayerZ, movingEdgeLayerZ } from '../toFlow';
import { EdgeMarkers } from './EdgeMarkers';
import { edgeIdOf, selectionAfterEdgeClick } from './edgeSelection';
import { FloatingEdge } from './FloatingEdge';
import { hoverEdge, leaveEdge } from './hoveredEdge';

/** Ids of the nodes being dragged, as one string (so the layer re-renders when a drag starts or ends, not on each frame). */
const draggedIds = (state: ReactFlowState) => state.nodes.flatMap((node) => (node.dragging ? [node.id] : [])).join('\n');

/**
 * Every edge in one `<svg>`, between the group frames and the cards. React Flow draws each edge in an
 * `<svg>` of its own, positioned and stacked: with 783 edges on a 500-card design those were as many
 * paint layers for the browser to layerize on every frame of a drag, and as many store selectors
 * working out handle positions per frame. Drawn in React Flow's edge-label container, which lies in the
 * viewport under the nodes; what React Flow did for its edges (select on click or Enter, hover) is
 * done here once for all of them, by delegation. While cards are dragged, the edges that follow them
 * move to a second svg composited on its own, above the cards (`movingEdgeLayerZ`): each frame then
 * re-rasters those few edges, not the whole design under the long edges' bounds (8–9 ms of raster a
 * frame among 500 cards).
 */
export const EdgeLayer = memo(function EdgeLayer({ edges }: { edges: readonly FlowEdge[] }) {
  const flowStore = useStoreApi();
  const domNode = useStore((state) => state.domNode);
  const describedBy = `react-flow__edge-desc-${useStore((state) => state.rfId)}`;
  const host = useMemo(() => domNode?.querySelector('.react-flow__edgelabel-renderer') ?? null, [domNode]);
  const dragged = useStore(draggedIds);
  const [settled, moving] = useMemo(() => {
    if (dragged === '') return [edges, []];
    const { nodeLookup } = flowStore.getState();
    const draggedSet = new Set(dragged.split('\n'));
    // A card moves with a dragged group too: an edge follows the drag if an end or one of its groups is dragged.
    const follows = (id: string | undefined): boolean => id !== undefined && (draggedSet.has(id) || follows(nodeLookup.get(id)?.parentId));
    const live = (edge: FlowEdge) => follows(edge.source) || follows(edge.target);
    return [edges.filter((edge) => !live(edge)), edges.filter(live)];
  }, [edges, dragged, flowStore]);

  const select = (id: string, toggle: boolean) => {
    const { multiSelectionActive } = flowStore.getState();
    flowStore.setState({ nodesSelectionActive: false });
    const { selection, setSelection } = useMeridianStore.getState();
    setSelection(selectionAfterEdgeClick(selection, id, multiSelectionActive, toggle));
  };
  const onClick = (event: MouseEvent) => {
    const id = edgeIdOf(event.target);
    if (id !== null) select(id, true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const id = edgeIdOf(event.target);
    if (id === null || !['Enter', ' ', 'Escape'].includes(event.key)) return;
    if (event.key !== 'Escape') return select(id, false);
    (event.target as SVGElement).blur();
    useMeridianStore.getState().changeSelection([{ id, selected: false }]);
  };
  const onMouseOver = (event: MouseEvent) => {
    const id = edgeIdOf(event.target);
    if (id !== null) hoverEdge(id);
  };
  const onMouseOut = (event: MouseEvent) => {
    const id = edgeIdOf(event.target);
    if (id !== null && edgeIdOf(event.relatedTarget) !== id) leaveEdge(id);
  };

  if (!host) return null;
  const layer = (className: string, zIndex: number, shown: readonly FlowEdge[], markers: boolean) => (
    <svg className={className} style={{ zIndex }} onClick={onClick} onKeyDown={onKeyDown} onMouseOver={onMouseOver} onMouseOut={onMouseOut}>
      {markers && <EdgeMarkers />}
      {shown.map((edge) => (
        <FloatingEdge key={edge.id} edge={edge} describedBy={describedBy} />
      ))}
    </svg>
  );
  return createPortal(
    <>
      {layer('edge-layer', edgeLayerZ, settled, true)}
      {moving.length > 0 && layer('edge-layer edge-layer--moving', movingEdgeLayerZ, moving, false)}
    </>,
    host,
  );
});
