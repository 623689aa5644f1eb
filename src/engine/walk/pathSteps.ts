import type { StepKey, StepNode, StepOverlap } from './stepRecorder';

/** One row of a path's waterfall: a step, or steps a router alternates between ("App a or App b"). */
export interface PathStep {
  /** The steps of the row, in the order the path first meets them (one, or a router's alternatives). */
  keys: StepKey[];
  /** How often a request takes each of `keys` (expected visits; < 1 when only some requests do). */
  visits: number[];
  /** Expected time a request spends in the row, ms: Σ visits × mean per visit. */
  meanMs: number;
  /** The row's contribution to the variance of the path, ms² (the rule `pathSteps` states). */
  varianceMs2: number;
}

/** A path's rows and why their means may not add up to the path's mean. */
export interface PathSteps {
  steps: PathStep[];
  overlaps: StepOverlap[];
}

/** Tokens a router's branch longer than this is not matched against its siblings (keeps the pass linear). */
const alignLimit = 48;

/**
 * Which nodes a walk over a recorded tree has met, by id: one array for all the walks of one plan, a
 * node counting as met when its mark is the current walk's (a `Set` of nodes per walk was most of a
 * plan's time at 1 000 components).
 */
class NodeMarks {
  private readonly marks: Int32Array;
  private walk = 0;

  /** For trees whose nodes have ids up to `maxId`. */
  constructor(maxId: number) {
    this.marks = new Int32Array(maxId + 1);
  }

  /** Starts a new walk: no node is met yet. */
  startWalk(): void {
    this.walk += 1;
  }

  /** True the first time the current walk meets `node`. */
  firstMeeting(node: StepNode): boolean {
    if (this.marks[node.id] === this.walk) return false;
    this.marks[node.id] = this.walk;
    return true;
  }
}

/** The largest id among `roots` and so in their trees (a node's parts have smaller ids than the node). */
function maxIdOf(roots: readonly StepNode[]): number {
  let maxId = 0;
  for (const root of roots) maxId = Math.max(maxId, root.id);
  return maxId;
}

/** The nodes `roots` reach, largest id first: parents before their parts. */
function reachable(roots: readonly StepNode[]): StepNode[] {
  const byId = new Array<StepNode | undefined>(maxIdOf(roots) + 1);
  const stack = [...roots];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (byId[n.id] !== undefined) continue;
    byId[n.id] = n;
    for (const part of n.parts) stack.push(part);
  }
  const nodes: StepNode[] = [];
  for (let id = byId.length - 1; id >= 0; id -= 1) {
    const n = byId[id];
    if (n !== undefined) nodes.push(n);
  }
  return nodes;
}

/** Leaves in the order a depth-first walk of `root` meets them (each once), or null past `limit`. */
function leafOrder(root: StepNode, marks: NodeMarks, limit = Number.POSITIVE_INFINITY): StepNode[] | null {
  marks.startWalk();
  const order: StepNode[] = [];
  const stack = [root];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (!marks.firstMeeting(n)) continue;
    if (n.type === 'leaf') {
      order.push(n);
      if (order.length > limit) return null;
    }
    for (let i = n.parts.length - 1; i >= 0; i -= 1) stack.push(n.parts[i] as StepNode);
  }
  return order;
}

/** Union–find over step keys: the rows a router's alike branches merge into. */
class KeyGroups {
  private readonly parent = new Map<StepKey, StepKey>();
  find(key: StepKey): StepKey {
    let root = key;
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up;
    this.parent.set(key, root);
    return root;
  }
  union(a: StepKey, b: StepKey): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** A branch as the rows it meets: group tokens, consecutive repeats folded; null when too long to match. */
function branchTokens(branch: StepNode, groups: KeyGroups, marks: NodeMarks): StepKey[] | null {
  const leaves = leafOrder(branch, marks, alignLimit);
  if (leaves === null) return null;
  const tokens: StepKey[] = [];
  for (const leaf of leaves) {
    const token = groups.find(leaf.key ?? '');
    if (tokens[tokens.length - 1] !== token) tokens.push(token);
  }
  return new Set(tokens).size === tokens.length ? tokens : null;
}

/**
 * Merges the rows of a router's branches that play the same part: when every branch meets the same
 * number of rows, of the same kinds, in the same order (LB → App a → its cache and LB → App b → its
 * cache), row i of each becomes one row ("App a or App b"). Inner routers first (smaller ids).
 */
function groupAlternatives(nodes: readonly StepNode[], mass: Float64Array, groups: KeyGroups, marks: NodeMarks): void {
  const routers = nodes.filter((n) => n.type === 'mixture' && n.route && (mass[n.id] ?? 0) > 0).reverse();
  for (const router of routers) {
    const branches = router.parts.map((part) => branchTokens(part, groups, marks));
    const first = branches[0];
    if (!first || first.length === 0) continue;
    const aligned = branches.every((tokens) => tokens !== null && tokens.length === first.length && tokens.every((token, i) => token[0] === first[i]?.[0]));
    if (!aligned) continue;
    for (const tokens of branches) tokens?.forEach((token, i) => groups.union(first[i] as StepKey, token));
  }
}

/** A row of a path plan: its steps and visits, and the leaves (by node id) it adds up, each with its mass, in path order. */
interface PlanRow {
  keys: StepKey[];
  visits: number[];
  leaves: number[];
  masses: number[];
}

/**
 * What `pathSteps` reads off a recorded tree besides its leaves' moments: the rows, their steps and
 * visits, and which leaves each adds up with what mass. A function of the tree's shape (node ids,
 * types, parts, factors, keys) and the roots' shares only, so a tree of the same shape (`sameStepShape`)
 * takes the same plan; null when a class with requests is saturated.
 */
export interface PathPlan {
  rows: PlanRow[];
  overlaps: StepOverlap[];
}

/**
 * The plan of a request's path, weighted over its request classes (`roots`: the recorded walk of each
 * class, null when saturated, with the class's share of requests): each leaf's mass m is the expected
 * number of times a request takes it (a sequence passes m to each part, a mixture wᵢ·m, a repeat
 * times·m, an overlap of n parts of which k are waited for (k/n)·m: each part counted as k of n, so the
 * rows add up to what the path costs when nothing overlaps, and the overlap is left for the caller to
 * state); leaves of one step, or of a router's alike alternatives (`groupAlternatives`), make one row.
 * Linear in the recorded nodes.
 */
export function pathPlan(roots: ReadonlyArray<{ node: StepNode | null; share: number }>): PathPlan | null {
  const taken = roots.filter((root) => root.share > 0);
  if (taken.some((root) => root.node === null)) return null;
  const rootNodes = taken.map((root) => root.node as StepNode);
  const nodes = reachable(rootNodes);
  // Masses and marks by node id: ids run from 0 to the largest root's.
  const marks = new NodeMarks(maxIdOf(rootNodes));
  const mass = new Float64Array(maxIdOf(rootNodes) + 1);
  for (const root of taken) mass[(root.node as StepNode).id] = (mass[(root.node as StepNode).id] ?? 0) + root.share;
  const overlaps = new Set<StepOverlap>();
  for (const n of nodes) {
    const m = mass[n.id] ?? 0;
    if (m <= 0) continue;
    if (n.overlap !== null) overlaps.add(n.overlap);
    for (let i = 0; i < n.parts.length; i += 1) {
      const part = n.parts[i] as StepNode;
      const factor = n.type === 'mixture' ? (n.factors[i] ?? 0) : n.type === 'sequence' ? 1 : (n.factors[0] ?? 1);
      mass[part.id] = (mass[part.id] ?? 0) + m * factor;
    }
  }
  const groups = new KeyGroups();
  groupAlternatives(nodes, mass, groups, marks);

  const rows = new Map<StepKey, PlanRow>();
  const keyIndex = new Map<StepKey, number>();
  const order = rootNodes.flatMap((root) => leafOrder(root, marks) ?? []);
  for (const leaf of order) {
    const m = mass[leaf.id] ?? 0;
    const key = leaf.key ?? '';
    if (m <= 0) continue;
    const token = groups.find(key);
    const row = rows.get(token) ?? { keys: [], visits: [], leaves: [], masses: [] };
    rows.set(token, row);
    let k = keyIndex.get(key);
    if (k === undefined || row.keys[k] !== key) {
      k = row.keys.length;
      keyIndex.set(key, k);
      row.keys.push(key);
      row.visits.push(0);
    }
    row.visits[k] = (row.visits[k] ?? 0) + m;
    row.leaves.push(leaf.id);
    row.masses.push(m);
  }
  return { rows: [...rows.values()], overlaps: [...overlaps] };
}

/**
 * Row `r` of `plan` with the moments of the leaves of a tree of its shape (`leafOf`: the node of an
 * id): the step's expected time per request is Σ over its leaves of m × mean, and its variance
 * contribution m·(σ² + μ²) − (m·μ)² when taken at most once (its own spread plus being taken by only
 * some requests), else m·σ². Null when the row takes no time. Its `keys` and `visits` are the plan's
 * own arrays: the same for every tree of that shape.
 */
export function planRowStep(plan: PathPlan, r: number, leafOf: (id: number) => StepNode): PathStep | null {
  const row = plan.rows[r] as PlanRow;
  let meanMs = 0;
  let varianceMs2 = 0;
  for (let i = 0; i < row.leaves.length; i += 1) {
    const leaf = leafOf(row.leaves[i] ?? 0);
    const m = row.masses[i] ?? 0;
    meanMs += m * leaf.meanMs;
    varianceMs2 += m <= 1 ? m * (leaf.varianceMs2 + leaf.meanMs * leaf.meanMs) - (m * leaf.meanMs) ** 2 : m * leaf.varianceMs2;
  }
  return meanMs > 0 || varianceMs2 > 0 ? { keys: row.keys, visits: row.visits, meanMs, varianceMs2 } : null;
}

/** The rows of `plan` with the moments of the leaves of a tree of its shape (`planRowStep` of each), rows that take no time left out. */
export function pathStepsOfPlan(plan: PathPlan, leafOf: (id: number) => StepNode): PathSteps {
  const steps: PathStep[] = [];
  for (let r = 0; r < plan.rows.length; r += 1) {
    const step = planRowStep(plan, r, leafOf);
    if (step !== null) steps.push(step);
  }
  return { steps, overlaps: plan.overlaps };
}

/** The rows of `plan` that add up leaf `id` (`rowsOfLeaf.get(id)`), for redoing only the rows a changed leaf feeds. */
export function rowsOfLeaves(plan: PathPlan): Map<number, number[]> {
  const rowsOf = new Map<number, number[]>();
  plan.rows.forEach((row, r) => {
    for (const id of row.leaves) {
      const rows = rowsOf.get(id);
      if (rows === undefined) rowsOf.set(id, [r]);
      else if (rows[rows.length - 1] !== r) rows.push(r);
    }
  });
  return rowsOf;
}

/**
 * The rows of a request's path, weighted over its request classes (`pathPlan`, then `pathStepsOfPlan`
 * on the same tree). Null when a class with requests is saturated.
 */
export function pathSteps(roots: ReadonlyArray<{ node: StepNode | null; share: number }>): PathSteps | null {
  const plan = pathPlan(roots);
  if (plan === null) return null;
  const byId = new Map<number, StepNode>();
  for (const root of roots) if (root.node !== null) for (const n of reachable([root.node])) byId.set(n.id, n);
  return pathStepsOfPlan(plan, (id) => byId.get(id) as StepNode);
}
