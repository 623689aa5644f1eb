import { formatMs, formatPercent, formatRps, loadLevel } from '../../charts';
import type { ElementBadge, SpofMark } from '../../store';
import { IssueBadge, P99ShareBadge } from './ResultMarks';
import { spofBadgeText, spofHint } from './spofText';

/** The SPOF marker, on components and on groups (a zone or region everything depends on): its kind and share of the downtime. */
export function SpofBadge({ mark, testId }: { mark: SpofMark; testId: string }) {
  return (
    <span className="node-badge node-badge--spof" title={spofHint(mark)} data-testid={testId} data-spof-kind={mark.kind}>
      {spofBadgeText(mark)}
    </span>
  );
}

interface ComponentBadgesProps {
  id: string;
  badge: ElementBadge | undefined;
  /** The engine's problems with the component, if any. */
  issue: string | undefined;
  /** Name of the population whose p99 `badge.p99Share` is part of. */
  populationName: string;
}

/** A component's live figures: problems, the SPOF marker, utilization (coloured as it nears saturation) and its share of a p99. */
export function ComponentBadges({ id, badge, issue, populationName }: ComponentBadgesProps) {
  const { utilization = null, loadRps = null, spof = null, p99Share = null } = badge ?? {};
  if (utilization === null && spof === null && p99Share === null && issue === undefined) return null;
  const level = utilization === null ? null : loadLevel(utilization);
  const load = loadRps === null ? '' : ` at ${formatRps(loadRps)}`;
  return (
    <span className="node-badges">
      {issue !== undefined && <IssueBadge testId={`canvas.node.${id}.issue`} issue={issue} />}
      {spof && <SpofBadge mark={spof} testId={`canvas.node.${id}.spof`} />}
      {utilization !== null && (
        <span className={`node-badge node-badge--${level}`} title={`Utilization ${formatPercent(utilization)}${load}`} data-testid={`canvas.node.${id}.load`}>
          {level === 'saturated' ? 'saturated' : formatPercent(utilization)}
        </span>
      )}
      {p99Share !== null && <P99ShareBadge id={id} share={p99Share} populationName={populationName} />}
    </span>
  );
}

/** A population's p99, or that its path is saturated, and the engine's problems with it. */
export function PopulationBadge({ id, p99Ms, issue }: { id: string; p99Ms: number | undefined; issue: string | undefined }) {
  const saturated = p99Ms !== undefined && !Number.isFinite(p99Ms);
  if (p99Ms === undefined && issue === undefined) return null;
  return (
    <span className="node-badges">
      {issue !== undefined && <IssueBadge testId={`canvas.node.${id}.issue`} issue={issue} />}
      {p99Ms !== undefined && (
        <span className={`node-badge node-badge--${saturated ? 'saturated' : 'latency'}`} title="p99 latency of this population" data-testid={`canvas.node.${id}.p99`}>
          {saturated ? 'saturated' : `p99 ${formatMs(p99Ms)}`}
        </span>
      )}
    </span>
  );
}
