import { TriangleAlert } from 'lucide-react';
import type { MouseEvent } from 'react';
import { formatMs, formatPercent } from '../../charts';
import { useMeridianStore, type P99Share } from '../../store';

/** Shares below this are not drawn: a node that barely adds to any p99 stays uncluttered. */
const smallestDrawnShare = 0.01;

/** A component's part of a population's p99; a click opens the latency waterfall it comes from. */
export function P99ShareBadge({ id, share, populationName }: { id: string; share: P99Share; populationName: string }) {
  if (share.share < smallestDrawnShare) return null;
  const open = (event: MouseEvent) => {
    event.stopPropagation();
    useMeridianStore.getState().explain({ figure: 'p99Waterfall', populationId: share.populationId, componentId: id });
  };
  return (
    <button
      type="button"
      className="node-badge node-badge--share nodrag nopan"
      title={`Adds ${formatMs(share.ms)} (${formatPercent(share.share)}) to the p99 of ${populationName}. Click for the waterfall.`}
      onClick={open}
      data-testid={`canvas.node.${id}.p99share`}
    >
      {formatPercent(share.share)} p99
    </button>
  );
}

/** The engine's problems with an element (a cycle, nothing reaching it…): a warning mark, the reasons as its text for assistive tech and on hover. */
export function IssueBadge({ testId, issue }: { testId: string; issue: string }) {
  return (
    <span className="node-badge node-badge--issue" role="img" title={issue} aria-label={`Problem: ${issue}`} data-testid={testId}>
      <TriangleAlert size={11} aria-hidden />
    </span>
  );
}
