import { applyNodeChanges, useStoreApi, type NodeChange, type OnNodesChange } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import type { Scenario } from '../model';
import { useMeridianStore } from '../store';
import type { FlowEdge, FlowNode } from './flowTypes';
import { withoutEdges } from './edges/edgeSelection';
import { reconcile } from './reconcile';
import { toFlowEdges, toFlowNodes } from './toFlow';

// Updaters take the document and the selection only: one that closed over the whole store state kept
// every state (undo stacks, reports) alive while React held the update, and the heap grew with each edit.
const nodesOf = (scenario: Scenario, selected: ReadonlySet<string>, previous: FlowNode[]) => reconcile(previous, toFlowNodes(scenario, selected));
const edgesOf = (scenario: Scenario, selected: ReadonlySet<string>, previous: FlowEdge[]) => reconcile(previous, toFlowEdges(scenario, selected));

function selectChanges(changes: ReadonlyArray<NodeChange<FlowNode>>) {
  return changes.flatMap((change) => (change.type === 'select' ? [{ id: change.id, selected: change.selected }] : []));
}

/**
 * The React Flow view of the scenario. Nodes live in local state so a drag or a resize moves only
 * the nodes involved, at pointer speed, without touching the document; the document changes once,
 * when the drag or resize ends. Selection lives in the store (the inspector reads it). Edges are
 * drawn by the canvas's edge layer, not handed to React Flow: choosing a card without a multi-select
 * key deselects them here, as React Flow would.
 */
export function useFlowGraph() {
  const flowStore = useStoreApi();
  const [nodes, setNodes] = useState<FlowNode[]>(() => nodesOf(useMeridianStore.getState().scenario, new Set(useMeridianStore.getState().selection), []));
  const [edges, setEdges] = useState<FlowEdge[]>(() => edgesOf(useMeridianStore.getState().scenario, new Set(useMeridianStore.getState().selection), []));

  useEffect(
    () =>
      useMeridianStore.subscribe((state, previous) => {
        if (state.scenario === previous.scenario && state.selection === previous.selection) return;
        const { scenario } = state;
        const selected = new Set(state.selection);
        setNodes((current) => nodesOf(scenario, selected, current));
        setEdges((current) => edgesOf(scenario, selected, current));
      }),
    [],
  );

  const onNodesChange: OnNodesChange<FlowNode> = useCallback(
    (changes) => {
      const selection = selectChanges(changes);
      if (selection.length > 0) {
        const store = useMeridianStore.getState();
        const alone = selection.some((change) => change.selected) && !flowStore.getState().multiSelectionActive;
        const nodesOnly = alone ? withoutEdges(store.scenario, store.selection) : store.selection;
        if (nodesOnly.length !== store.selection.length) store.setSelection(nodesOnly);
        store.changeSelection(selection);
      }
      const geometry = changes.filter((change) => change.type === 'position' || change.type === 'dimensions');
      if (geometry.length > 0) setNodes((current) => applyNodeChanges(geometry, current));
    },
    [flowStore],
  );

  return { nodes, edges, onNodesChange };
}
