import { ReactFlow, type Connection, type OnNodeDrag, type OnNodesChange, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback } from 'react';
import { connectCommand, dropNodesCommand } from '../commands';
import { useMeridianStore } from '../store';
import { CanvasChrome } from './CanvasChrome';
import { CanvasEmptyHint } from './CanvasEmptyHint';
import { CanvasNotice } from './CanvasNotice';
import type { FlowEdge, FlowNode } from './flowTypes';
import { edgeTypes } from './edgeTypes';
import { hoverEdge, leaveEdge } from './edges/hoveredEdge';
import { AlignmentGuides } from './guides/AlignmentGuides';
import { useDragSnapping } from './guides/useDragSnapping';
import { CardIconSprite } from './nodes/CardIconSprite';
import { nodeTypes } from './nodeTypes';
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
  const { nodes, edges, onNodesChange: applyNodesChange, onEdgesChange } = useFlowGraph();
  const { guides, snapChanges, endDrag } = useDragSnapping();
  const onNodesChange: OnNodesChange<FlowNode> = useCallback((changes) => applyNodesChange(snapChanges(changes)), [applyNodesChange, snapChanges]);
  const { onDragOver, onDrop } = useCanvasDrop();
  const { canvasRef, startDragging, stopDragging } = useDraggingClass();
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

  const onMoveEnd = useCallback((_event: unknown, viewport: Viewport) => useMeridianStore.getState().setViewport(viewport), []);

  return (
    <div className="canvas" data-testid="canvas" ref={canvasRef} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onEdgeMouseEnter={hoverEdge}
        onEdgeMouseLeave={leaveEdge}
        onNodeDragStart={startDragging}
        onNodeDragStop={onNodeDragStop}
        onMoveEnd={onMoveEnd}
        onSelectionStart={clearPageSelection}
        onSelectionEnd={clearPageSelection}
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
        <CanvasChrome />
        <AlignmentGuides guides={guides} />
        <PresenceLayer />
      </ReactFlow>
      <div className="canvas-drag-shield" />
      <CardIconSprite />
      <CanvasEmptyHint />
      <CanvasNotice />
      <RegionPicker />
    </div>
  );
}
