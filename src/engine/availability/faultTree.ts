/**
 * A fault tree: the Boolean function "this request fails" over independent binary variables,
 * built from monotone threshold gates only. A gate fails when at least `threshold` of its children
 * fail: OR is threshold 1, AND is threshold = number of children, k-of-n is anything between.
 *
 * Node references: 0 = never fails (FALSE), 1 = always fails (TRUE), 2 … 2 + V − 1 = the V variables
 * in declaration order, then gates in creation order (children are always created before parents,
 * so ascending reference order is a topological order).
 */
export const neverFails = 0;
export const alwaysFails = 1;
export const firstVariableRef = 2;

/** What a variable of the fault tree stands for. */
export type FailureVariableKind =
  | 'provider'
  | 'region'
  | 'zone'
  /** A managed service (or serverless function) as a whole. */
  | 'component'
  /** A fleet of instances: down when fewer than `minHealthy` are up (its probability is a binomial tail). */
  | 'fleet'
  /** One copy of a database. */
  | 'databaseCopy'
  /** Per request, not a failure: the CDN or cache misses (probability 1 − hit ratio). */
  | 'cacheMiss'
  /** Per request, not a failure: a call made on only a fraction of requests happens (probability callsPerRequest). */
  | 'callMade';

export interface FailureVariable {
  /** Stable id, e.g. `zone-a`, `app-a`, `db#1`, `cdn:miss`, `e-a-db:call`. */
  id: string;
  kind: FailureVariableKind;
  /** Group or component the variable belongs to (the edge for `callMade`). */
  elementId: string;
  /** True when one failure event (one machine, one domain) is enough to make this variable fail. */
  atomic: boolean;
  /** For `databaseCopy`: which copy (0 = the primary, at the database's `groupId`). */
  copyIndex?: number;
}

/** True for variables that model failures (as opposed to per-request outcomes like cache misses). */
export function isFailureVariable(variable: FailureVariable): boolean {
  return variable.kind !== 'cacheMiss' && variable.kind !== 'callMade';
}

/** A built fault tree: variables, then gates as flat arrays. */
export interface FaultTree {
  variables: readonly FailureVariable[];
  /** Per gate (index = ref − firstVariableRef − V): children fail count at which the gate fails. */
  gateThreshold: Int32Array;
  /** CSR offsets into `gateChildren`, length = gates + 1. */
  gateChildStart: Int32Array;
  gateChildren: Int32Array;
}

/** Number of nodes (constants, variables and gates) a fault tree references. */
export function faultTreeNodeCount(tree: FaultTree): number {
  return firstVariableRef + tree.variables.length + tree.gateThreshold.length;
}

/**
 * Builds a fault tree with constant folding and hash-consing (identical gates are built once), so
 * two request classes or two callers that need the same dependency share one sub-tree.
 */
export class FaultTreeBuilder {
  private readonly variables: FailureVariable[] = [];
  private readonly thresholds: number[] = [];
  private readonly children: number[][] = [];
  private readonly gateByKey = new Map<string, number>();
  private sealed = false;

  /** Declares a variable; all variables must be declared before the first gate. Returns its ref. */
  addVariable(variable: FailureVariable): number {
    if (this.sealed) throw new Error('Fault tree: declare every variable before building gates.');
    this.variables.push(variable);
    return firstVariableRef + this.variables.length - 1;
  }

  /** Fails when any child fails. */
  or(children: readonly number[]): number {
    const kept = new Set<number>();
    for (const child of children) {
      if (child === alwaysFails) return alwaysFails;
      if (child !== neverFails) kept.add(child);
    }
    return this.gate(1, [...kept]);
  }

  /** Fails when every child fails (an empty AND always fails: nothing left to succeed with). */
  and(children: readonly number[]): number {
    const kept = new Set<number>();
    for (const child of children) {
      if (child === neverFails) return neverFails;
      if (child !== alwaysFails) kept.add(child);
    }
    return kept.size === 0 ? alwaysFails : this.gate(kept.size, [...kept]);
  }

  /** Fails when at least `failures` of `children` fail (children are counted with multiplicity). */
  atLeast(failures: number, children: readonly number[]): number {
    let needed = failures;
    const kept: number[] = [];
    for (const child of children) {
      if (child === alwaysFails) needed -= 1;
      else if (child !== neverFails) kept.push(child);
    }
    if (needed <= 0) return alwaysFails;
    if (needed > kept.length) return neverFails;
    if (needed === 1) return this.or(kept);
    if (needed === kept.length && new Set(kept).size === kept.length) return this.and(kept);
    return this.gate(needed, kept);
  }

  private gate(threshold: number, children: number[]): number {
    if (children.length === 0) return neverFails;
    if (children.length === 1 && threshold === 1) return children[0] as number;
    this.sealed = true;
    children.sort((a, b) => a - b);
    const key = `${threshold}:${children.join(',')}`;
    const existing = this.gateByKey.get(key);
    if (existing !== undefined) return existing;
    const ref = firstVariableRef + this.variables.length + this.thresholds.length;
    this.thresholds.push(threshold);
    this.children.push(children);
    this.gateByKey.set(key, ref);
    return ref;
  }

  /** The finished tree as flat typed arrays. */
  build(): FaultTree {
    const gateChildStart = new Int32Array(this.children.length + 1);
    this.children.forEach((list, i) => {
      gateChildStart[i + 1] = (gateChildStart[i] as number) + list.length;
    });
    return {
      variables: this.variables,
      gateThreshold: Int32Array.from(this.thresholds),
      gateChildStart,
      gateChildren: Int32Array.from(this.children.flat()),
    };
  }
}

/**
 * Evaluates the tree for one assignment: `failed[v]` says whether variable v failed. Returns, per
 * node ref, whether it failed. O(nodes + edges); used by tests, recovery events and brute force.
 */
export function evaluateFaultTree(tree: FaultTree, failed: ArrayLike<boolean>): Uint8Array {
  const variableCount = tree.variables.length;
  const state = new Uint8Array(faultTreeNodeCount(tree));
  state[alwaysFails] = 1;
  for (let v = 0; v < variableCount; v += 1) state[firstVariableRef + v] = failed[v] ? 1 : 0;
  const gateBase = firstVariableRef + variableCount;
  for (let g = 0; g < tree.gateThreshold.length; g += 1) {
    let count = 0;
    for (let k = tree.gateChildStart[g] as number; k < (tree.gateChildStart[g + 1] as number); k += 1) {
      count += state[tree.gateChildren[k] as number] as number;
    }
    state[gateBase + g] = count >= (tree.gateThreshold[g] as number) ? 1 : 0;
  }
  return state;
}
