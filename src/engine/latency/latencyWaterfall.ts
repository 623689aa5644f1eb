import type { CompiledModel } from '../compile/compiledModel';
import { elementNames } from '../../model';
import type { LatencyStep } from '../report';
import type { PathStep, PathSteps } from '../walk/pathSteps';
import type { StepKey, StepOverlap } from '../walk/stepRecorder';

/** Rows a waterfall shows at most; the rest are summed into one ("12 more steps"). */
const maxRows = 40;

const overlapText: Record<StepOverlap, string> = {
  parallel: 'calls made at once overlap: a fan-out waits for its slowest call, not for the sum',
  quorum: 'a quorum waits for the k-th fastest copy, not for every copy',
  timeout: 'timeouts cut slow attempts off (retries add some back)',
};

/** The percent of `part` in `whole`, for labels ("28 %"), never "0 %" for a step that is taken. */
function percent(part: number, whole: number): string {
  const value = (100 * part) / whole;
  return value >= 1 ? `${Math.round(value)}` : value >= 0.1 ? value.toFixed(1) : '< 0.1';
}

/** A step: what it belongs to, its kind, and the parts of its name (`to` alone varies between a router's alternatives). */
interface StepName {
  elementId?: string;
  kind: LatencyStep['kind'];
  before: string;
  to: string;
  after: string;
}

/** What a step is called and what it belongs to. */
function describeStep(model: CompiledModel, nameOf: (id: string) => string, key: StepKey): StepName {
  const t = model.topology;
  const [first, second] = key.slice(1).split('.').map(Number);
  const component = (c: number | undefined) => t.componentIds[c ?? 0] ?? '';
  const edge = t.edgeIds[first ?? 0] ?? '';
  const callee = component(t.edgeTo[first ?? 0]);
  const caller = () => {
    const from = t.edgeFrom[first ?? 0] ?? 0;
    return from < 0 ? nameOf(t.populationIds[-from - 1] ?? '') : nameOf(component(from));
  };
  switch (key[0]) {
    case 'c':
      return { elementId: component(first), kind: 'component', before: '', to: nameOf(component(first)), after: '' };
    case 'q':
      return { elementId: component(first), kind: 'component', before: '', to: nameOf(component(first)), after: `, copy ${(second ?? 0) + 1}` };
    case 'u':
      return { elementId: edge, kind: 'network', before: 'network from the user to ', to: nameOf(callee), after: ' (last mile + round trip)' };
    case 'h':
      return { elementId: edge, kind: 'handshake', before: 'connection set-up to ', to: nameOf(callee), after: ' (TCP + TLS 1.3, new connections)' };
    case 'e':
      return { elementId: edge, kind: 'network', before: 'network ', to: `${caller()} → ${nameOf(callee)}`, after: '' };
    case 'd':
      return { elementId: component(first), kind: 'network', before: 'network to ', to: nameOf(component(first)), after: `, copy ${(second ?? 0) + 1}` };
    default:
      return { kind: 'other', before: '', to: 'other', after: '' };
  }
}

/**
 * A row's label: its step, or a router's alternatives with their split ("App a or App b, 50/50";
 * "network LB → App a or LB → App b, 50/50"), and how often a request takes it.
 */
function rowLabel(row: PathStep, describe: (key: StepKey) => StepName): string {
  const total = row.visits.reduce((sum, v) => sum + v, 0);
  const names = row.keys.map(describe);
  const full = (n: StepName) => `${n.before}${n.to}${n.after}`;
  const first = names[0] as StepName;
  const sharedFrame = names.every((n) => n.before === first.before && n.after === first.after);
  const alternatives = sharedFrame ? `${first.before}${names.map((n) => n.to).join(' or ')}${first.after}` : names.map(full).join(' or ');
  const split = names.length > 1 ? `, ${row.visits.map((v) => percent(v, total)).join('/')}` : '';
  if (total < 0.9995) return `${alternatives}${split} (${percent(total, 1)} % of requests)`;
  if (total > 1.0005) return `${alternatives}${split} (${Number(total.toPrecision(3))} times per request)`;
  return `${alternatives}${split}`;
}

/** Keeps the `maxRows − 1` rows that weigh most in the p99, in path order, and sums the rest into one. */
function capped(rows: LatencyStep[]): LatencyStep[] {
  if (rows.length <= maxRows) return rows;
  const kept = new Set([...rows].sort((a, b) => Math.abs(b.p99Ms) - Math.abs(a.p99Ms)).slice(0, maxRows - 1));
  const rest = rows.filter((row) => !kept.has(row));
  const sum = (pick: (row: LatencyStep) => number) => rest.reduce((total, row) => total + pick(row), 0);
  return [...rows.filter((row) => kept.has(row)), { label: `${rest.length} more steps`, kind: 'other', meanMs: sum((r) => r.meanMs), p50Ms: sum((r) => r.p50Ms), p99Ms: sum((r) => r.p99Ms) }];
}

/**
 * A population's latency as a waterfall of its path (SPEC §2.1, "where do 212 ms go?"): the rows of
 * `pathSteps` (each step's expected time per request, from the one request walk), named, then what
 * makes them differ from the mean shown: overlap (parallel calls, quorums, timeouts) or, with none,
 * the discretisation of the computed distribution. Percentiles do not add up, so each row's p50 and p99
 * are its mean plus a share of the gap between the percentile and the mean, in proportion to the
 * variance the row adds (the Euler allocation under a normal approximation, as `p99Contributions`).
 * Each column adds up exactly to the figure shown: Σ meanMs = mean, Σ p50Ms = p50, Σ p99Ms = p99.
 */
export function latencyWaterfall(model: CompiledModel, steps: PathSteps, figures: { meanMs: number; p50Ms: number; p99Ms: number }): LatencyStep[] {
  const nameOf = elementNames(model.scenario);
  const describe = (key: StepKey) => describeStep(model, nameOf, key);
  const totalVarianceMs2 = steps.steps.reduce((sum, row) => sum + Math.max(0, row.varianceMs2), 0);
  const itemisedMs = steps.steps.reduce((sum, row) => sum + row.meanMs, 0);
  const share = (row: PathStep) => (totalVarianceMs2 > 0 ? Math.max(0, row.varianceMs2) / totalVarianceMs2 : 0);
  const rows: LatencyStep[] = steps.steps.map((row) => {
    const { elementId, kind } = describe(row.keys[0] ?? '');
    return {
      label: rowLabel(row, describe),
      ...(elementId === undefined ? {} : { elementId }),
      kind,
      meanMs: row.meanMs,
      p50Ms: row.meanMs + (figures.p50Ms - figures.meanMs) * share(row),
      p99Ms: row.meanMs + (figures.p99Ms - figures.meanMs) * share(row),
    };
  });
  const residualMs = figures.meanMs - itemisedMs;
  // With no variance to share the gaps by (constant steps only), the residual row carries them too.
  const untold = totalVarianceMs2 > 0 ? 0 : 1;
  const tiny = (ms: number) => Math.abs(ms) <= 1e-9 * Math.max(1, figures.meanMs);
  if (!tiny(residualMs) || (untold === 1 && !(tiny(figures.p50Ms - figures.meanMs) && tiny(figures.p99Ms - figures.meanMs)))) {
    const label = steps.overlaps.length > 0 ? steps.overlaps.map((o) => overlapText[o]).join('; ') : 'discretisation of the computed distribution';
    rows.push({ label, kind: 'overlap', meanMs: residualMs, p50Ms: residualMs + untold * (figures.p50Ms - figures.meanMs), p99Ms: residualMs + untold * (figures.p99Ms - figures.meanMs) });
  }
  return capped(rows);
}
