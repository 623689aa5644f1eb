import type { CompiledModel, CompiledTopology } from '../compile/compiledModel';
import { pathPlan, pathStepsOfPlan, type PathPlan, type PathSteps } from './pathSteps';
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
  steps: Array<PathSteps | null>;
}

const latest = new WeakMap<CompiledTopology, ShapeMemo>();

function sameSteps(a: PathSteps, b: PathSteps): boolean {
  return a.steps.length === b.steps.length && a.steps.every((row, i) => {
    const other = b.steps[i];
    return other !== undefined && row.keys === other.keys && Object.is(row.meanMs, other.meanMs) && Object.is(row.varianceMs2, other.varianceMs2);
  });
}

/**
 * Each population's path, step by step (`pathSteps`), recorded by the one request walk, reads and
 * writes weighted by the read fraction. The plans (`pathPlan`) are kept while the recorded tree keeps
 * its shape (`sameStepShape`: a parameter edit that changes only times), so an edit recomputes only
 * the rows' moments; a population whose rows come out the same keeps its object.
 */
export function populationPathSteps(model: CompiledModel, recorded: RecordedWalk): Array<PathSteps | null> {
  const t = model.topology;
  const read = model.parameters.readFraction;
  const roots = recorded.roots;
  const rootIds = roots.flatMap((pair) => pair.map((node) => node?.id ?? -1));
  const previous = latest.get(t);
  const sameShape = previous !== undefined && Object.is(previous.readFraction, read) && previous.rootIds.length === rootIds.length && previous.rootIds.every((id, i) => id === rootIds[i]) && (previous.nodes === recorded.nodes || sameStepShape(previous.nodes, recorded.nodes));
  const plans = sameShape ? previous.plans : roots.map(([reads, writes]) => pathPlan([{ node: reads, share: read }, { node: writes, share: 1 - read }]));
  const leafOf = (id: number) => recorded.nodes[id] as StepNode;
  const steps = plans.map((plan, p) => {
    if (plan === null) return null;
    const fresh = pathStepsOfPlan(plan, leafOf);
    const kept = sameShape ? previous.steps[p] : undefined;
    return kept && sameSteps(kept, fresh) ? kept : fresh;
  });
  latest.set(t, { nodes: recorded.nodes, rootIds, readFraction: read, plans, steps });
  return steps;
}
