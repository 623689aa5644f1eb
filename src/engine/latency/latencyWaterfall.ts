import type { CompiledModel, CompiledTopology } from '../compile/compiledModel';
import { elementNamesOf } from '../elementNamesOf';
import type { LatencyStep } from '../report';
import type { PathStep, PathSteps } from '../walk/pathSteps';
import { heaviestRows } from './heaviestRows';
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

/** A row's figures before it is named: only the rows a waterfall shows are named (`shownRows`). */
interface RowFigures {
  /** The path step, or null for the residual row (overlap or discretisation). */
  row: PathStep | null;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
}

/** Keeps the `maxRows − 1` rows that weigh most in the p99, in path order, and the sum of the rest: a path may have hundreds of steps, and naming them is most of a waterfall's cost. */
function shownRows(rows: RowFigures[]): { shown: RowFigures[]; rest: RowFigures[] } {
  if (rows.length <= maxRows) return { shown: rows, rest: [] };
  const kept = heaviestRows(rows, maxRows - 1, (row) => Math.abs(row.p99Ms));
  return { shown: rows.filter((row) => kept.has(row)), rest: rows.filter((row) => !kept.has(row)) };
}

/** A row's name and what it belongs to. */
type RowName = Pick<LatencyStep, 'label' | 'elementId' | 'kind'>;

/** Names of the rows of path plans (`pathPlan`), by the row's visits array, with what they were named from. */
const rowNames = new WeakMap<readonly number[], { keys: readonly StepKey[]; topology: CompiledTopology; nameOf: (id: string) => string; name: RowName }>();

/**
 * A row's name, kept with the plan row it names (its `keys` and `visits` arrays) while the topology
 * and the design's names (`elementNamesOf`) are the same: a parameter edit renames nothing.
 */
function rowName(model: CompiledModel, nameOf: (id: string) => string, row: PathStep): RowName {
  const cached = rowNames.get(row.visits);
  if (cached && cached.keys === row.keys && cached.topology === model.topology && cached.nameOf === nameOf) return cached.name;
  const describe = (key: StepKey) => describeStep(model, nameOf, key);
  const { elementId, kind } = describe(row.keys[0] ?? '');
  const name: RowName = { label: rowLabel(row, describe), ...(elementId === undefined ? {} : { elementId }), kind };
  rowNames.set(row.visits, { keys: row.keys, topology: model.topology, nameOf, name });
  return name;
}

/** The figures a waterfall's columns add up to, ms. */
type WaterfallFigures = Pick<LatencyStep, 'meanMs' | 'p50Ms' | 'p99Ms'>;

const sameFigures = (a: WaterfallFigures, b: WaterfallFigures) => Object.is(a.meanMs, b.meanMs) && Object.is(a.p50Ms, b.p50Ms) && Object.is(a.p99Ms, b.p99Ms);

/** The waterfall last made of each path's steps (`populationPathSteps` keeps a population's steps object while its rows hold). */
const waterfalls = new WeakMap<PathSteps, { topology: CompiledTopology; nameOf: (id: string) => string; figures: WaterfallFigures; rows: LatencyStep[] }>();

/**
 * A population's latency as a waterfall of its path (SPEC §2.1, "where do 212 ms go?"): the rows of
 * `pathSteps` (each step's expected time per request, from the one request walk), named, then what
 * makes them differ from the mean shown: overlap (parallel calls, quorums, timeouts) or, with none,
 * the discretisation of the computed distribution. Percentiles do not add up, so each row's p50 and p99
 * are its mean plus a share of the gap between the percentile and the mean, in proportion to the
 * variance the row adds (the Euler allocation under a normal approximation, as `p99Contributions`).
 * Each column adds up exactly to the figure shown: Σ meanMs = mean, Σ p50Ms = p50, Σ p99Ms = p99.
 * The same steps, figures and names give the same rows (the same array: the UI need not repaint them).
 */
export function latencyWaterfall(model: CompiledModel, steps: PathSteps, figures: WaterfallFigures): LatencyStep[] {
  const nameOf = elementNamesOf(model.scenario);
  const latest = waterfalls.get(steps);
  if (latest && latest.topology === model.topology && latest.nameOf === nameOf && sameFigures(latest.figures, figures)) return latest.rows;
  const totalVarianceMs2 = steps.steps.reduce((sum, row) => sum + Math.max(0, row.varianceMs2), 0);
  const itemisedMs = steps.steps.reduce((sum, row) => sum + row.meanMs, 0);
  const share = (row: PathStep) => (totalVarianceMs2 > 0 ? Math.max(0, row.varianceMs2) / totalVarianceMs2 : 0);
  const rows: RowFigures[] = steps.steps.map((row) => ({
    row,
    meanMs: row.meanMs,
    p50Ms: row.meanMs + (figures.p50Ms - figures.meanMs) * share(row),
    p99Ms: row.meanMs + (figures.p99Ms - figures.meanMs) * share(row),
  }));
  const residualMs = figures.meanMs - itemisedMs;
  // With no variance to share the gaps by (constant steps only), the residual row carries them too.
  const untold = totalVarianceMs2 > 0 ? 0 : 1;
  const tiny = (ms: number) => Math.abs(ms) <= 1e-9 * Math.max(1, figures.meanMs);
  if (!tiny(residualMs) || (untold === 1 && !(tiny(figures.p50Ms - figures.meanMs) && tiny(figures.p99Ms - figures.meanMs)))) {
    rows.push({ row: null, meanMs: residualMs, p50Ms: residualMs + untold * (figures.p50Ms - figures.meanMs), p99Ms: residualMs + untold * (figures.p99Ms - figures.meanMs) });
  }
  const residualLabel = () => (steps.overlaps.length > 0 ? steps.overlaps.map((o) => overlapText[o]).join('; ') : 'discretisation of the computed distribution');
  const { shown: shownFigures, rest } = shownRows(rows);
  const shown: LatencyStep[] = shownFigures.map(({ row, meanMs, p50Ms, p99Ms }) => {
    if (row === null) return { label: residualLabel(), kind: 'overlap', meanMs, p50Ms, p99Ms };
    const { label, elementId, kind } = rowName(model, nameOf, row);
    return { label, ...(elementId === undefined ? {} : { elementId }), kind, meanMs, p50Ms, p99Ms };
  });
  if (rest.length > 0) {
    const sum = (pick: (row: RowFigures) => number) => rest.reduce((total, row) => total + pick(row), 0);
    shown.push({ label: `${rest.length} more steps`, kind: 'other', meanMs: sum((r) => r.meanMs), p50Ms: sum((r) => r.p50Ms), p99Ms: sum((r) => r.p99Ms) });
  }
  waterfalls.set(steps, { topology: model.topology, nameOf, figures: { meanMs: figures.meanMs, p50Ms: figures.p50Ms, p99Ms: figures.p99Ms }, rows: shown });
  return shown;
}
