// The baseline page of `npm run bench`'s browser part: React Flow and nothing else, showing plain
// default nodes where Meridian's canvas shows the same design's cards (`?scene=` names the JSON the
// bench writes beside this page), so that what Meridian adds to first load and to dragging is a ratio.
import { ReactFlow, ReactFlowProvider, useNodesState, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

interface ScenePosition {
  id: string;
  x: number;
  y: number;
}

function Bare({ positions }: { positions: ScenePosition[] }) {
  const [nodes, , onNodesChange] = useNodesState<Node>(positions.map(({ id, x, y }) => ({ id, position: { x, y }, data: { label: id } })));
  return <ReactFlow nodes={nodes} onNodesChange={onNodesChange} fitView minZoom={0.05} />;
}

const scene = new URLSearchParams(location.search).get('scene') ?? 'drag';
const positions = (await (await fetch(`./scene-${scene}.json`)).json()) as ScenePosition[];
const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(
  <ReactFlowProvider>
    <Bare positions={positions} />
  </ReactFlowProvider>,
);
