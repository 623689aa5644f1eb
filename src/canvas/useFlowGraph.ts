import { applyNodeChanges, type EdgeChange, type NodeChange, type OnEdgesChange, type OnNodesChange } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { useMeridianStore, type MeridianState } from '../store';
import type { FlowEdge, FlowNode } from './flowTypes';
import { reconcile } from './reconcile';
import { toFlowEdges, toFlowNodes } from './toFlow';

const nodesOf = (state: MeridianState, previous: FlowNode[]) => reconcile(previous, toFlowNodes(state.scenario, new Set(state.selection)));
const edgesOf = (state: MeridianState, previous: FlowEdge[]) => reconcile(previous, toFlowEdges(state.scenario, new Set(state.selection)));

function selectChanges(changes: ReadonlyArray<NodeChange<FlowNode> | EdgeChange<FlowEdge>>) {
  return changes.flatMap((change) => (change.type === 'select' ? [{ id: change.id, selected: change.selected }] : []));
}

/**
 * The React Flow view of the scenario. Nodes live in local state so a drag or a resize moves only
 * the nodes involved, at pointer speed, without touching the document; the document changes once,
 * when the drag or resize ends. Selection lives in the store (the inspector reads it).
 */
export function useFlowGraph() {
  const [nodes, setNodes] = useState<FlowNode[]>(() => nodesOf(useMeridianStore.getState(), []));
  const [edges, setEdges] = useState<FlowEdge[]>(() => edgesOf(useMeridianStore.getState(), []));

  useEffect(
    () =>
      useMeridianStore.subscribe((state, previous) => {
        if (state.scenario === previous.scenario && state.selection === previous.selection) return;
        setNodes((current) => nodesOf(state, current));
        setEdges((current) => edgesOf(state, current));
      }),
    [],
  );

  const onNodesChange: OnNodesChange<FlowNode> = useCallback((changes) => {
    const selection = selectChanges(changes);
    if (selection.length > 0) useMeridianStore.getState().changeSelection(selection);
    const geometry = changes.filter((change) => change.type === 'position' || change.type === 'dimensions');
    if (geometry.length > 0) setNodes((current) => applyNodeChanges(geometry, current));
  }, []);

  const onEdgesChange: OnEdgesChange<FlowEdge> = useCallback((changes) => {
    const selection = selectChanges(changes);
    if (selection.length > 0) useMeridianStore.getState().changeSelection(selection);
  }, []);

  return { nodes, edges, onNodesChange, onEdgesChange };
}
