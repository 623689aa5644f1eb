import { formatMs, formatPercent, formatRps, loadLevel } from '../../charts';
import type { ElementBadge } from '../../store';

const spofHint = 'Single point of failure: if it fails alone, at least one population loses service';

/** The SPOF marker, on components and on groups (a zone or region everything depends on). */
export function SpofBadge({ testId }: { testId: string }) {
  return (
    <span className="node-badge node-badge--spof" title={spofHint} data-testid={testId}>
      SPOF
    </span>
  );
}

/** A component's live figures: utilization, coloured as it nears saturation, and the SPOF marker. */
export function ComponentBadges({ id, badge }: { id: string; badge: ElementBadge }) {
  const { utilization, loadRps, spof } = badge;
  if (utilization === null && !spof) return null;
  const level = utilization === null ? null : loadLevel(utilization);
  const load = loadRps === null ? '' : ` at ${formatRps(loadRps)}`;
  return (
    <span className="node-badges">
      {spof && <SpofBadge testId={`canvas.node.${id}.spof`} />}
      {utilization !== null && (
        <span className={`node-badge node-badge--${level}`} title={`Utilization ${formatPercent(utilization)}${load}`} data-testid={`canvas.node.${id}.load`}>
          {level === 'saturated' ? 'saturated' : formatPercent(utilization)}
        </span>
      )}
    </span>
  );
}

/** A population's p99, or that its path is saturated. */
export function PopulationBadge({ id, p99Ms }: { id: string; p99Ms: number }) {
  const saturated = !Number.isFinite(p99Ms);
  return (
    <span className="node-badges">
      <span className={`node-badge node-badge--${saturated ? 'saturated' : 'latency'}`} title="p99 latency of this population" data-testid={`canvas.node.${id}.p99`}>
        {saturated ? 'saturated' : `p99 ${formatMs(p99Ms)}`}
      </span>
    </span>
  );
}
