import type { KeyboardEvent, MouseEvent } from 'react';
import { formatUsd } from '../../charts';
import { useEdgeTransferUsd, useMeridianStore } from '../../store';

/** Below this an edge's transfer cost is not drawn (same-zone calls are free; cents a month are noise). */
const smallestDrawnUsd = 0.005;

/**
 * What the traffic on an edge costs a month in data transfer, under its label; a click (or Enter)
 * lists the line items. Drawn in the edge's own SVG rather than through `EdgeLabelRenderer`, whose
 * portal looks its container up on every store update of every edge that uses it — hundreds of DOM
 * queries per drag frame on a large design.
 */
export function EdgeTransferCost({ id, x, y, fontPx, haloPx }: { id: string; x: number; y: number; fontPx: number; haloPx: number }) {
  const usd = useEdgeTransferUsd(id);
  if (usd === undefined || usd < smallestDrawnUsd) return null;
  const open = (event: MouseEvent | KeyboardEvent) => {
    if ('key' in event && event.key !== 'Enter' && event.key !== ' ') return;
    event.stopPropagation();
    useMeridianStore.getState().explain({ figure: 'edgeTransfer', edgeId: id });
  };
  return (
    <g className="edge-transfer nodrag nopan" role="button" tabIndex={0} onClick={open} onKeyDown={open} data-testid={`canvas.edge.${id}.transfer`}>
      <title>Data transfer this edge causes a month (egress, cross-zone, inter-region). Click for the line items.</title>
      <text x={x} y={y} fontSize={fontPx} strokeWidth={haloPx}>
        {formatUsd(usd)}/mo
      </text>
    </g>
  );
}
