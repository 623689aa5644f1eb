import { ReactFlow, type Connection, type OnNodeDrag, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback } from 'react';
import { connectCommand, dropNodesCommand, gridSize } from '../commands';
import { useMeridianStore } from '../store';
import { CanvasChrome } from './CanvasChrome';
import { CanvasEmptyHint } from './CanvasEmptyHint';
import { CanvasNotice } from './CanvasNotice';
import type { FlowEdge, FlowNode } from './flowTypes';
import { edgeTypes } from './edgeTypes';
import { nodeTypes } from './nodeTypes';
import { RegionPicker } from './RegionPicker';
import { useCanvasDrop } from './useCanvasDrop';
import { useViewRequests } from './useViewRequests';
import { useFlowGraph } from './useFlowGraph';
import { fitViewOptions } from './viewOptions';
import './canvas.css';

const snapGrid: [number, number] = [gridSize, gridSize];
const multiSelectKeys = ['Shift', 'Meta', 'Control'];

/** The design surface: nested groups, component cards and typed edges. */
export function Canvas() {
  const { nodes, edges, onNodesChange, onEdgesChange } = useFlowGraph();
  const { onDragOver, onDrop } = useCanvasDrop();
  useViewRequests();

  const onConnect = useCallback((connection: Connection) => {
    const { dispatch, newEdgeKind, showNotice, dismissNotice } = useMeridianStore.getState();
    const result = dispatch(connectCommand, { from: connection.source, to: connection.target, kind: newEdgeKind });
    if (result.ok) dismissNotice();
    else showNotice('connection', result.reason);
  }, []);

  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback((_event, _node, dragged) => {
    const positions = Object.fromEntries(dragged.map((node) => [node.id, node.position]));
    useMeridianStore.getState().dispatch(dropNodesCommand, { positions });
  }, []);

  /** A marquee drawn with Shift would otherwise also extend the page's text selection over the panels. */
  const clearPageSelection = useCallback(() => window.getSelection()?.removeAllRanges(), []);

  const onMoveEnd = useCallback((_event: unknown, viewport: Viewport) => useMeridianStore.getState().setViewport(viewport), []);

  return (
    <div className="canvas" data-testid="canvas" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeDragStop={onNodeDragStop}
        onMoveEnd={onMoveEnd}
        onSelectionStart={clearPageSelection}
        onSelectionEnd={clearPageSelection}
        snapToGrid
        snapGrid={snapGrid}
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
      </ReactFlow>
      <CanvasEmptyHint />
      <CanvasNotice />
      <RegionPicker />
    </div>
  );
}
