import { ReactFlow, type Connection, type OnNodeDrag, type OnNodesChange, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback } from 'react';
import { connectCommand, dropNodesCommand } from '../commands';
import { useMeridianStore } from '../store';
import { CanvasChrome } from './CanvasChrome';
import { CanvasEmptyHint } from './CanvasEmptyHint';
import { CanvasNotice } from './CanvasNotice';
import type { FlowEdge, FlowNode } from './flowTypes';
import { EdgeLayer } from './edges/EdgeLayer';
import { withEdgesOfSelectedNodes } from './edges/edgeSelection';
import { AlignmentGuides } from './guides/AlignmentGuides';
import { useDragSnapping } from './guides/useDragSnapping';
import { nodeTypes } from './nodeTypes';
import { useCardIconImages } from './nodes/useCardIconImages';
import { PresenceLayer } from './presence/PresenceLayer';
import { RegionPicker } from './RegionPicker';
import { useCanvasDrop } from './useCanvasDrop';
import { useDraggingClass } from './useDraggingClass';
import { useViewRequests } from './useViewRequests';
import { useWidenViewOnAdd } from './useWidenViewOnAdd';
import { useFlowGraph } from './useFlowGraph';
import { fitViewOptions } from './viewOptions';
import './canvas.css';

const multiSelectKeys = ['Shift', 'Meta', 'Control'];

/** The design surface: nested groups, component cards and typed edges. */
export function Canvas() {
  const { nodes, edges, onNodesChange: applyNodesChange } = useFlowGraph();
  const { guides, snapChanges, endDrag } = useDragSnapping();
  const onNodesChange: OnNodesChange<FlowNode> = useCallback((changes) => applyNodesChange(snapChanges(changes)), [applyNodesChange, snapChanges]);
  const { onDragOver, onDrop } = useCanvasDrop();
  const { canvasRef, startDragging, stopDragging } = useDraggingClass();
  useCardIconImages(canvasRef);
  useViewRequests();
  useWidenViewOnAdd();

  const onConnect = useCallback((connection: Connection) => {
    const { dispatch, newEdgeKind, showNotice, dismissNotice } = useMeridianStore.getState();
    const result = dispatch(connectCommand, { from: connection.source, to: connection.target, kind: newEdgeKind });
    if (result.ok) dismissNotice();
    else showNotice('connection', result.reason);
  }, []);

  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback(
    (_event, _node, dragged) => {
      stopDragging();
      const landed = endDrag();
      const positions = Object.fromEntries(dragged.map((node) => [node.id, landed.get(node.id) ?? node.position]));
      useMeridianStore.getState().dispatch(dropNodesCommand, { positions });
    },
    [endDrag, stopDragging],
  );

  /** A marquee drawn with Shift would otherwise also extend the page's text selection over the panels. */
  const clearPageSelection = useCallback(() => window.getSelection()?.removeAllRanges(), []);
  /** A marquee takes the edges of the cards it selects too, as React Flow's does with the edges it draws. */
  const endMarquee = useCallback(() => {
    clearPageSelection();
    const { scenario, selection, setSelection } = useMeridianStore.getState();
    setSelection(withEdgesOfSelectedNodes(scenario, selection));
  }, [clearPageSelection]);
  /** A click on the empty canvas clears the selection, edges included (React Flow clears only what it draws: the nodes). */
  const clearSelection = useCallback(() => useMeridianStore.getState().setSelection([]), []);

  const onMoveEnd = useCallback((_event: unknown, viewport: Viewport) => useMeridianStore.getState().setViewport(viewport), []);

  return (
    <div className="canvas" data-testid="canvas" ref={canvasRef} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onConnect={onConnect}
        onPaneClick={clearSelection}
        onNodeDragStart={startDragging}
        onNodeDragStop={onNodeDragStop}
        onMoveEnd={onMoveEnd}
        onSelectionStart={clearPageSelection}
        onSelectionEnd={endMarquee}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={multiSelectKeys}
        elevateNodesOnSelect={false}
        fitView
        fitViewOptions={fitViewOptions}
        minZoom={0.15}
        maxZoom={2.5}
        attributionPosition="top-right"
      >
        <EdgeLayer edges={edges} />
        <CanvasChrome />
        <AlignmentGuides guides={guides} />
        <PresenceLayer />
      </ReactFlow>
      <div className="canvas-drag-shield" />
      <CanvasEmptyHint />
      <CanvasNotice />
      <RegionPicker />
    </div>
  );
}
