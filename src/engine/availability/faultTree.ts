import { GateKeyTable } from './gateKeyTable';

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
 * Builds a fault tree with constant folding and hash-consing (identical gates are built once, see
 * {@link GateKeyTable}), so two request classes or two callers that need the same dependency share
 * one sub-tree.
 */
export class FaultTreeBuilder {
  private readonly variables: FailureVariable[] = [];
  private readonly gates = new GateKeyTable();
  private sealed = false;

  /** Declares a variable; all variables must be declared before the first gate. Returns its ref. */
  addVariable(variable: FailureVariable): number {
    if (this.sealed) throw new Error('Fault tree: declare every variable before building gates.');
    this.variables.push(variable);
    return firstVariableRef + this.variables.length - 1;
  }

  /** Fails when any child fails. */
  or(children: readonly number[]): number {
    const kept: number[] = [];
    for (const child of children) {
      if (child === alwaysFails) return alwaysFails;
      if (child !== neverFails) kept.push(child);
    }
    return this.gate(1, sortedDistinct(kept));
  }

  /** Fails when every child fails (an empty AND always fails: nothing left to succeed with). */
  and(children: readonly number[]): number {
    const kept: number[] = [];
    for (const child of children) {
      if (child === neverFails) return neverFails;
      if (child !== alwaysFails) kept.push(child);
    }
    const distinct = sortedDistinct(kept);
    return distinct.length === 0 ? alwaysFails : this.gate(distinct.length, distinct);
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
    return this.gate(needed, sortAscending(kept));
  }

  /** The gate "at least `threshold` of `children` (ascending) fail", built once. */
  private gate(threshold: number, children: readonly number[]): number {
    if (children.length === 0) return neverFails;
    if (children.length === 1 && threshold === 1) return children[0] as number;
    this.sealed = true;
    const found = this.gates.find(threshold, children);
    return firstVariableRef + this.variables.length + (found >= 0 ? found : this.gates.add(threshold, children));
  }

  /** The finished tree as flat typed arrays. */
  build(): FaultTree {
    return {
      variables: this.variables,
      gateThreshold: new Int32Array(this.gates.thresholds),
      gateChildStart: new Int32Array(this.gates.childStart),
      gateChildren: new Int32Array(this.gates.children),
    };
  }
}

/** `list` sorted ascending, in place: by insertion when short (most gates have two or three children), where it beats a sort with a comparator. */
function sortAscending(list: number[]): number[] {
  if (list.length > 16) return list.sort((a, b) => a - b);
  for (let i = 1; i < list.length; i += 1) {
    const value = list[i] as number;
    let j = i - 1;
    for (; j >= 0 && (list[j] as number) > value; j -= 1) list[j + 1] = list[j] as number;
    list[j + 1] = value;
  }
  return list;
}

/** `list` sorted ascending without repeats (sorted in place; a copy only when it has repeats, which is rare). */
function sortedDistinct(list: number[]): number[] {
  sortAscending(list);
  for (let i = 1; i < list.length; i += 1) if (list[i] === list[i - 1]) return list.filter((value, k) => k === 0 || value !== list[k - 1]);
  return list;
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
