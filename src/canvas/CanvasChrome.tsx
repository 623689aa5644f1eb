import { Background, BackgroundVariant, Controls, MiniMap, Panel } from '@xyflow/react';
import { memo } from 'react';
import { gridSize } from '../commands';
import { EdgeKindToggle } from './edges/EdgeKindToggle';
import { EdgeLegend } from './edges/EdgeLegend';
import { miniMapColour } from './miniMapColour';
import { TidyUpButton } from './tidy/TidyUpButton';
import { ZoomStyle } from './ZoomStyle';

const miniMapSize = { width: 150, height: 100 };

/**
 * What is drawn over the flow: dots, zoom controls, minimap, the edge-kind toggle, tidy-up and the legend.
 * Memoised without props: the canvas re-renders on every drag frame (its nodes are local state),
 * and these follow the view through React Flow's own store, not through the canvas.
 */
export const CanvasChrome = memo(function CanvasChrome() {
  return (
    <>
      <ZoomStyle />
      <Background variant={BackgroundVariant.Dots} gap={gridSize} size={1.2} color="var(--canvas-dots)" />
      <Controls position="bottom-left" showInteractive={false} />
      <MiniMap position="bottom-right" pannable zoomable nodeColor={miniMapColour} nodeStrokeWidth={2} maskColor="var(--minimap-mask)" style={miniMapSize} />
      <Panel position="top-left" className="canvas-top-panel">
        <EdgeKindToggle />
        <TidyUpButton />
      </Panel>
      <Panel position="bottom-left" className="edge-legend-panel">
        <EdgeLegend />
      </Panel>
    </>
  );
});
