import type { EdgeKind } from '../../model';
import { edgeAppearance, edgeMarkerId } from './edgeAppearance';

const kinds = Object.keys(edgeAppearance) as EdgeKind[];

/**
 * One closed arrowhead per edge kind, in its colour: React Flow's `arrowclosed` marker (same shape and
 * size), defined once for the edge layer instead of per distinct marker in React Flow's edge renderer.
 */
export function EdgeMarkers() {
  return (
    <defs>
      {kinds.map((kind) => (
        <marker key={kind} id={edgeMarkerId(kind)} className="react-flow__arrowhead" markerWidth="18" markerHeight="18" viewBox="-10 -10 20 20" markerUnits="strokeWidth" orient="auto-start-reverse" refX="0" refY="0">
          <polyline className="arrowclosed" style={{ stroke: edgeAppearance[kind].colour, fill: edgeAppearance[kind].colour, strokeWidth: 1 }} strokeLinecap="round" strokeLinejoin="round" points="-5,-4 0,0 -5,4 -5,-4" />
        </marker>
      ))}
    </defs>
  );
}
