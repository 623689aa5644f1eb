import type { EdgeKind } from '../../model';
import { edgeAppearance } from './edgeAppearance';

/** A short drawn line in an edge kind's style, for the legend and the edge-kind toggle. */
export function EdgeSample({ kind }: { kind: EdgeKind }) {
  const look = edgeAppearance[kind];
  const markerId = `edge-sample-${kind}`;
  return (
    <svg className="edge-sample" width="34" height="10" viewBox="0 0 34 10" aria-hidden>
      <defs>
        <marker id={markerId} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill={look.colour} />
        </marker>
      </defs>
      <line
        x1="3"
        y1="5"
        x2="30"
        y2="5"
        stroke={look.colour}
        strokeWidth="2"
        strokeDasharray={look.dash}
        strokeLinecap="round"
        markerEnd={`url(#${markerId})`}
        markerStart={look.bothEnds ? `url(#${markerId})` : undefined}
      />
    </svg>
  );
}
