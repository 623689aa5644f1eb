import { downtimeMinutesNumber } from '../format';
import { parseFigurePath, type Comparator, type FigureRef, type FigureUnit, type GoalCondition } from '../model';

const comparatorText: Record<Comparator, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' };
const metricText: Record<string, string> = {
  p50Ms: 'p50', p95Ms: 'p95', p99Ms: 'p99', meanMs: 'mean latency', percent: 'availability', nines: 'nines',
  downtimeMinutesPerMonth: 'downtime per month', rtoSeconds: 'RTO', rpoSeconds: 'RPO',
};
const eventKindText: Record<string, string> = { instance: 'an instance of', zone: 'zone', region: 'region', provider: 'provider', databasePrimary: 'the primary of', corruption: 'corruption of' };

/** "the loss of region eu-west-1", naming elements as the design names them. */
function describeEvent(event: string, nameOf: (id: string) => string): string {
  const colon = event.indexOf(':');
  const kind = event.slice(0, colon);
  const target = nameOf(event.slice(colon + 1));
  return kind === 'corruption' ? `corruption of ${target}` : `the loss of ${eventKindText[kind] ?? kind} ${target}`;
}

function describeFigure(ref: FigureRef, nameOf: (id: string) => string): string {
  switch (ref.section) {
    case 'latency':
    case 'availability':
      return `${metricText[ref.metric]} ${ref.population === null ? 'overall' : `for ${nameOf(ref.population)}`}`;
    case 'singlePointsOfFailure':
      return 'single points of failure';
    case 'maxRequestsPerSecond':
      return 'maximum sustainable load';
    case 'utilization':
      return `utilization of ${nameOf(ref.component)}`;
    case 'monthlyUsd':
      return 'cost per month';
    case 'perMillionRequestsUsd':
      return 'cost per million requests';
    case 'costCategory':
      return `${ref.category} cost per month`;
    case 'worstRecovery':
      return `worst ${metricText[ref.metric]}`;
    case 'recoveryEvent':
      return `${metricText[ref.metric]} after ${describeEvent(ref.event, nameOf)}`;
  }
}

const grouped = (value: number, digits: number) => value.toLocaleString('en-US', { maximumFractionDigits: digits }).replaceAll(',', ' ');

/** A figure as people read it: `$2 906 / month`, `99.972 %`, `1 350 s`, `∞ (saturated)`. */
export function formatFigure(value: number, unit: FigureUnit | string): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞ (saturated)' : '—';
  switch (unit) {
    case 'USD/month':
      return `$${grouped(value, value < 100 ? 2 : 0)} / month`;
    case 'USD/M requests':
      return `$${grouped(value, 2)} / M requests`;
    case '%':
      return `${grouped(value, value >= 99 ? 4 : 1)} %`;
    case 'count':
      return grouped(value, 0);
    case 'min/month':
      // A downtime of 4.4e-14 min is not none.
      return value > 0 && value < 0.01 ? `${downtimeMinutesNumber(value)} min/month` : `${grouped(value, 2)} min/month`;
    default:
      return `${grouped(value, value < 10 ? 2 : value < 1000 ? 1 : 0)} ${unit}`;
  }
}

/** How a condition reads on screen: the author's label, or one built from the figure and the design's names. */
export function describeCondition(condition: GoalCondition, nameOf: (id: string) => string): string {
  if (condition.label) return condition.label;
  if (condition.kind === 'survive') return `Survive ${describeEvent(condition.event, nameOf)}`;
  const ref = parseFigurePath(condition.figure);
  const figure = ref ? describeFigure(ref, nameOf) : condition.figure;
  const text = `${figure} ${comparatorText[condition.comparator]} ${formatFigure(condition.threshold.value, condition.threshold.unit)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
