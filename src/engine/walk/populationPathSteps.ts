import type { CompiledModel, CompiledTopology } from '../compile/compiledModel';
import { pathPlan, planRowStep, rowsOfLeaves, type PathPlan, type PathStep, type PathSteps } from './pathSteps';
import type { RecordedWalk, StepNode } from './stepRecorder';

/**
 * True when two recorded trees have the same shape: node for node (by id), the same type, parts,
 * factors, key, route and overlap. Everything `pathPlan` reads but the leaves' moments, so two trees
 * of one shape have one plan.
 */
export function sameStepShape(a: readonly StepNode[], b: readonly StepNode[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] as StepNode;
    const y = b[i] as StepNode;
    if (x.type !== y.type || x.key !== y.key || x.route !== y.route || x.overlap !== y.overlap) return false;
    if (x.parts.length !== y.parts.length || x.factors.length !== y.factors.length) return false;
    for (let j = 0; j < x.parts.length; j += 1) if (x.parts[j]?.id !== y.parts[j]?.id) return false;
    for (let j = 0; j < x.factors.length; j += 1) if (!Object.is(x.factors[j], y.factors[j])) return false;
  }
  return true;
}

/** The latest recorded shape per topology: its roots, read fraction and plans, and the steps last read off them. */
interface ShapeMemo {
  nodes: readonly StepNode[];
  rootIds: number[];
  readFraction: number;
  plans: Array<PathPlan | null>;
  /** Per population, each plan row's step (null: it takes no time), and the steps read off them. */
  rows: Array<Array<PathStep | null> | null>;
  steps: Array<PathSteps | null>;
  /** The recording's `revision` the steps were read at. */
  revision: number;
}

const latest = new WeakMap<CompiledTopology, ShapeMemo>();

/** Each plan's rows by the leaves they add up (`rowsOfLeaves`), made the first time a leaf of the plan changes. */
const leafRows = new WeakMap<PathPlan, Map<number, number[]>>();

function sameSteps(a: PathSteps, b: PathSteps): boolean {
  return a.steps.length === b.steps.length && a.steps.every((row, i) => {
    const other = b.steps[i];
    return other !== undefined && row.keys === other.keys && Object.is(row.meanMs, other.meanMs) && Object.is(row.varianceMs2, other.varianceMs2);
  });
}

const sameStep = (a: PathStep | null, b: PathStep | null) => (a === null || b === null ? a === b : Object.is(a.meanMs, b.meanMs) && Object.is(a.varianceMs2, b.varianceMs2));

const timedSteps = (rows: ReadonlyArray<PathStep | null>) => rows.filter((row): row is PathStep => row !== null);

/**
 * Population p's rows after the recording's latest reuse changed `changed` leaves (`RecordedWalk.changedLeaves`):
 * only the rows those leaves feed are read again; the steps object is kept when they come out the same.
 */
function updatedSteps(memo: ShapeMemo, p: number, changed: readonly StepNode[], leafOf: (id: number) => StepNode): { rows: Array<PathStep | null> | null; steps: PathSteps | null } {
  const plan = memo.plans[p] ?? null;
  const keptRows = memo.rows[p] ?? null;
  const keptSteps = memo.steps[p] ?? null;
  if (plan === null || keptRows === null || keptSteps === null) return { rows: keptRows, steps: keptSteps };
  let rowsOf = leafRows.get(plan);
  if (!rowsOf) {
    rowsOf = rowsOfLeaves(plan);
    leafRows.set(plan, rowsOf);
  }
  let rows: Array<PathStep | null> | null = null;
  for (const leaf of changed) {
    for (const r of rowsOf.get(leaf.id) ?? []) {
      const step = planRowStep(plan, r, leafOf);
      if (sameStep((rows ?? keptRows)[r] ?? null, step)) continue;
      rows ??= keptRows.slice();
      rows[r] = step;
    }
  }
  return rows === null ? { rows: keptRows, steps: keptSteps } : { rows, steps: { steps: timedSteps(rows), overlaps: plan.overlaps } };
}

/**
 * Each population's path, step by step (`pathSteps`), recorded by the one request walk, reads and
 * writes weighted by the read fraction. The plans (`pathPlan`) are kept while the recorded tree keeps
 * its shape (`sameStepShape`: a parameter edit that changes only times), so an edit recomputes only
 * the rows' moments, and of the same recording reused once more (`RecordedWalk.revision`) only the
 * rows its changed leaves feed; a population whose rows come out the same keeps its object.
 */
export function populationPathSteps(model: CompiledModel, recorded: RecordedWalk): Array<PathSteps | null> {
  const t = model.topology;
  const read = model.parameters.readFraction;
  const roots = recorded.roots;
  const rootIds = roots.flatMap((pair) => pair.map((node) => node?.id ?? -1));
  const previous = latest.get(t);
  const sameShape = previous !== undefined && Object.is(previous.readFraction, read) && previous.rootIds.length === rootIds.length && previous.rootIds.every((id, i) => id === rootIds[i]) && (previous.nodes === recorded.nodes || sameStepShape(previous.nodes, recorded.nodes));
  const leafOf = (id: number) => recorded.nodes[id] as StepNode;
  if (sameShape && previous.nodes === recorded.nodes) {
    if (previous.revision === recorded.revision) return previous.steps;
    if (previous.revision + 1 === recorded.revision) {
      const updated = previous.plans.map((_, p) => updatedSteps(previous, p, recorded.changedLeaves, leafOf));
      const steps = updated.map((u) => u.steps);
      latest.set(t, { ...previous, rows: updated.map((u) => u.rows), steps, revision: recorded.revision });
      return steps;
    }
  }
  const plans = sameShape ? previous.plans : roots.map(([reads, writes]) => pathPlan([{ node: reads, share: read }, { node: writes, share: 1 - read }]));
  const rows = plans.map((plan) => (plan === null ? null : plan.rows.map((_, r) => planRowStep(plan, r, leafOf))));
  const steps = plans.map((plan, p) => {
    const planRows = rows[p];
    if (plan === null || !planRows) return null;
    const fresh = { steps: timedSteps(planRows), overlaps: plan.overlaps };
    const kept = sameShape ? previous.steps[p] : undefined;
    return kept && sameSteps(kept, fresh) ? kept : fresh;
  });
  latest.set(t, { nodes: recorded.nodes, rootIds, readFraction: read, plans, rows, steps, revision: recorded.revision });
  return steps;
}
