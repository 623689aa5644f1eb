import { useStore, useStoreApi } from '@xyflow/react';
import { memo, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import { useMeridianStore } from '../../store';
import type { FlowEdge } from '../flowTypes';
import { edgeLayerZ } from '../toFlow';
import { EdgeMarkers } from './EdgeMarkers';
import { edgeIdOf, selectionAfterEdgeClick } from './edgeSelection';
import { FloatingEdge } from './FloatingEdge';
import { hoverEdge, leaveEdge } from './hoveredEdge';

/**
 * Every edge in one `<svg>`, between the group frames and the cards. React Flow draws each edge in an
 * `<svg>` of its own, positioned and stacked: with 783 edges on a 500-card design those were as many
 * paint layers for the browser to layerize on every frame of a drag, and as many store selectors
 * working out handle positions per frame. Drawn in React Flow's edge-label container, which lies in the
 * viewport under the nodes; what React Flow did for its edges (select on click or Enter, hover) is
 * done here once for all of them, by delegation.
 */
export const EdgeLayer = memo(function EdgeLayer({ edges }: { edges: readonly FlowEdge[] }) {
  const flowStore = useStoreApi();
  const domNode = useStore((state) => state.domNode);
  const describedBy = `react-flow__edge-desc-${useStore((state) => state.rfId)}`;
  const host = useMemo(() => domNode?.querySelector('.react-flow__edgelabel-renderer') ?? null, [domNode]);

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
  return createPortal(
    <svg className="edge-layer" style={{ zIndex: edgeLayerZ }} onClick={onClick} onKeyDown={onKeyDown} onMouseOver={onMouseOver} onMouseOut={onMouseOut}>
      <EdgeMarkers />
      {edges.map((edge) => (
        <FloatingEdge key={edge.id} edge={edge} describedBy={describedBy} />
      ))}
    </svg>,
    host,
  );
});
