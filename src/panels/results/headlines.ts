import type { LatencySummary, Report } from '../../engine';
import { formatAvailability, formatDowntime, formatMs, formatNines, formatRps, formatSeconds, formatUsd, formatUsdExact } from '../../charts';
import type { ExplainTarget } from './explain/breakdown';
import type { ResultLabels } from './resultLabels';

export type HeadlineTone = 'neutral' | 'good' | 'bad';

/** One headline card: a figure with its unit, a line of context, and what explains it. */
export interface Headline {
  key: string;
  testId: string;
  label: string;
  value: string;
  /** Written smaller after the value ("/ month"). */
  unit?: string;
  detail: string;
  tone: HeadlineTone;
  /** The exact figure, for the card's tooltip. */
  exact: string;
  explain: ExplainTarget | null;
  /** Pass/fail against the scenario's targets, where there are targets. */
  verdict?: 'pass' | 'fail';
}

type HeadlineFigure = Pick<Headline, 'value' | 'detail' | 'tone' | 'exact' | 'explain'>;

/** What a card of a population that sends requests nowhere says: no figure, as there is none. */
const notConnected: HeadlineFigure = { value: 'not connected', detail: 'sends requests nowhere: connect it to an entry point', tone: 'bad', exact: 'not connected to any entry point', explain: null };

function latencyFigure(figure: LatencySummary, id: string, offeredRps: number): HeadlineFigure {
  if (figure.connected === false) return notConnected;
  return {
    value: figure.saturated ? `saturated at ${formatRps(figure.saturatesAtRequestsPerSecond)}` : formatMs(figure.p99Ms),
    detail: figure.saturated ? `offered ${formatRps(offeredRps)}: queues grow without bound` : `p50 ${formatMs(figure.p50Ms)} · mean ${formatMs(figure.meanMs)}`,
    tone: figure.saturated ? 'bad' : 'neutral',
    exact: figure.saturated ? `saturates at ${figure.saturatesAtRequestsPerSecond} requests/s` : `p99 ${figure.p99Ms} ms`,
    explain: { figure: 'latency', populationId: id },
  };
}

function latencyHeadlines(report: Report, labels: ResultLabels, offeredRps: number): Headline[] {
  return Object.entries(report.latency.byPopulation).map(([id, figure]) => ({
    key: `p99.${id}`,
    testId: `results.card.p99.${id}`,
    label: `p99 · ${labels.nameOf(id)}`,
    ...latencyFigure(figure, id, offeredRps),
  }));
}

/** Availability over every population; "not connected" when none sends requests anywhere, and which do not when some. */
function availabilityHeadline(report: Report, labels: ResultLabels): Headline {
  const { availability } = report;
  const populations = Object.entries(availability.byPopulation);
  const unconnected = populations.filter(([, figure]) => figure.connected === false).map(([id]) => labels.nameOf(id));
  const figure: HeadlineFigure = {
    value: formatAvailability(availability.unavailability),
    detail: `${formatNines(availability.nines)} · ${formatDowntime(availability.downtimeMinutesPerMonth)} down / month${unconnected.length > 0 ? ` · ${unconnected.join(', ')} not connected` : ''}`,
    tone: unconnected.length > 0 ? 'bad' : 'neutral',
    exact: `unavailability ${availability.unavailability}`,
    explain: { figure: 'availability' },
  };
  const none = populations.length > 0 && unconnected.length === populations.length;
  return { key: 'availability', testId: 'results.card.availability', label: 'Availability', ...(none ? notConnected : figure) };
}

function recoveryHeadline(report: Report, labels: ResultLabels): Headline {
  const { events, worstRtoSeconds, worstRpoSeconds } = report.recovery;
  const missing = events.filter((event) => !event.meetsTargets).length;
  const { rtoSeconds, rpoSeconds } = labels.recoveryTargets;
  const targets = `targets ${formatSeconds(rtoSeconds)} / ${formatSeconds(rpoSeconds)}`;
  return {
    key: 'recovery',
    testId: 'results.card.recovery',
    label: 'Worst RTO / RPO',
    value: `${formatSeconds(worstRtoSeconds)} / ${formatSeconds(worstRpoSeconds)}`,
    detail: missing > 0 ? `${missing} of ${events.length} failures miss ${targets}` : `all ${events.length} failures meet ${targets}`,
    tone: missing > 0 ? 'bad' : 'good',
    exact: `worst RTO ${worstRtoSeconds} s, worst RPO ${worstRpoSeconds} s`,
    explain: { figure: 'recovery' },
    verdict: missing > 0 ? 'fail' : 'pass',
  };
}

/**
 * The dashboard's headline figures, formatted. `offeredRps` is the scenario's average load, for the
 * headroom and saturation lines.
 */
export function headlines(report: Report, labels: ResultLabels, offeredRps: number): Headline[] {
  const { cost, capacity } = report;
  const headroom = offeredRps > 0 ? capacity.maxRequestsPerSecond / offeredRps : Infinity;
  return [
    ...latencyHeadlines(report, labels, offeredRps),
    availabilityHeadline(report, labels),
    recoveryHeadline(report, labels),
    {
      key: 'cost',
      testId: 'results.card.cost',
      label: 'Cost',
      value: formatUsd(cost.monthlyUsd),
      unit: '/ month',
      detail: `${formatUsd(cost.perMillionRequestsUsd)} per million requests`,
      tone: 'neutral',
      exact: `${formatUsdExact(cost.monthlyUsd)} per month`,
      explain: { figure: 'cost' },
    },
    {
      key: 'capacity',
      testId: 'results.card.capacity',
      label: 'Max load',
      value: formatRps(capacity.maxRequestsPerSecond),
      detail: capacity.saturated
        ? `saturated: offered ${formatRps(offeredRps)}${capacity.bottleneck ? ` · ${labels.nameOf(capacity.bottleneck)}` : ''}`
        : `${Number.isFinite(headroom) ? `${headroom.toFixed(1)}× today’s load` : 'no load yet'}${capacity.bottleneck ? ` · bottleneck ${labels.nameOf(capacity.bottleneck)}` : ''}`,
      tone: capacity.saturated ? 'bad' : 'neutral',
      exact: `${capacity.maxRequestsPerSecond} requests/s`,
      explain: null,
    },
  ];
}
