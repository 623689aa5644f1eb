import { createRandomStream } from '../random';
import type { AvailabilityParameters } from './availabilityParameters';
import type { CompiledAvailability } from './compileAvailability';
import { alwaysFails, faultTreeNodeCount, firstVariableRef, type FaultTree } from './faultTree';

/** A Monte Carlo estimate of the steady-state (structural) unavailability, with its uncertainty. */
export interface MonteCarloEstimate {
  trials: number;
  /** Estimated Σ_roots weight × P(root fails): the structural overall U (failover terms are deterministic and not sampled). */
  unavailability: number;
  /** Standard error of the estimate: sd(X) / √trials, X = Σ_r w_r · 1[root r failed]. */
  standardError: number;
  /** 95 % interval: estimate ± 1.96 standard errors (clamped at 0); [0, 3/trials] when no trial failed (rule of three). */
  confidenceInterval95: [number, number];
  /** Estimated P(fail) per root. */
  byRoot: Float64Array;
  /** Variable failures sampled in all (the work done is proportional to this, not to trials × variables). */
  sampledFailures: number;
}

const blockTrials = 4096;

/**
 * The fault tree's gates as the sampler walks them: each OR gate absorbs the OR gates below it that
 * feed only it (and are not roots), so a failure climbs one gate where the tree has a chain of
 * them (unit → own failure → component → caller …). OR is associative, so every root fails in
 * exactly the same trials. Returns per node its threshold (0 for non-gates) and the parents of
 * every node (CSR, with multiplicity) over the gates the roots still reach.
 */
function samplingGraph(tree: FaultTree, rootRefs: readonly number[]): { threshold: Int32Array; parentStart: Int32Array; parents: Int32Array } {
  const variableCount = tree.variables.length;
  const nodeCount = faultTreeNodeCount(tree);
  const gateBase = firstVariableRef + variableCount;
  const threshold = new Int32Array(nodeCount);
  const parentCount = new Int32Array(nodeCount);
  const isRoot = new Uint8Array(nodeCount);
  for (const ref of rootRefs) isRoot[ref] = 1;
  for (let g = 0; g < tree.gateThreshold.length; g += 1) threshold[gateBase + g] = tree.gateThreshold[g] as number;
  for (let k = 0; k < tree.gateChildren.length; k += 1) parentCount[tree.gateChildren[k] as number]! += 1;
  const childrenOf = (node: number) => tree.gateChildren.subarray(tree.gateChildStart[node - gateBase], tree.gateChildStart[node - gateBase + 1]);
  const absorbed = (parent: number, child: number) => threshold[parent] === 1 && threshold[child] === 1 && parentCount[child] === 1 && isRoot[child] === 0;

  const effective = new Map<number, number[]>();
  const reached = new Uint8Array(nodeCount);
  const pending = rootRefs.filter((ref) => ref >= gateBase);
  for (const ref of pending) reached[ref] = 1;
  while (pending.length > 0) {
    const gate = pending.pop() as number;
    const list: number[] = [];
    const expand = [...childrenOf(gate)];
    while (expand.length > 0) {
      const child = expand.pop() as number;
      if (child >= gateBase && absorbed(gate, child)) expand.push(...childrenOf(child));
      else list.push(child);
    }
    effective.set(gate, list);
    for (const child of list) {
      if (child >= gateBase && reached[child] === 0) {
        reached[child] = 1;
        pending.push(child);
      }
    }
  }
  const parentStart = new Int32Array(nodeCount + 1);
  for (const list of effective.values()) for (const child of list) parentStart[child + 1]! += 1;
  for (let n = 0; n < nodeCount; n += 1) parentStart[n + 1]! += parentStart[n] as number;
  const parents = new Int32Array(parentStart[nodeCount] as number);
  const fill = parentStart.slice(0, nodeCount);
  for (const [gate, list] of effective) for (const child of list) parents[fill[child]!++] = gate;
  return { threshold, parentStart, parents };
}

/**
 * Monte Carlo cross-check of the exact probability pass, on the fault tree (not the BDD), so the two
 * are independent implementations. Sparse sampling (performance-anchors §2.3): variables with the same
 * q share one Bernoulli stream over (trial × variable) positions, jumped geometrically — the gap to
 * the next failure is ⌊ln u / ln(1 − q)⌋ — so the cost is proportional to the number of failures,
 * not to trials × variables. Each trial's failures raise per-gate counters (a threshold gate fails
 * when its count reaches its threshold; chains of OR gates are merged first, see `samplingGraph`),
 * the roots are read, and only touched gates are reset. Deterministic for a given seed (xoshiro128**).
 *
 * @param trials independent snapshots of the system, ≥ 1
 * @param seed seed of the random stream
 */
export function runAvailabilityMonteCarlo(compiled: CompiledAvailability, parameters: AvailabilityParameters, trials: number, seed: number): MonteCarloEstimate {
  const tree: FaultTree = compiled.structure.tree;
  const rng = createRandomStream(seed);
  const variableCount = tree.variables.length;
  const nodeCount = faultTreeNodeCount(tree);
  const variableBase = firstVariableRef;
  const rootRefs = compiled.structure.roots.map((root) => root.ref);
  const { threshold, parentStart, parents } = samplingGraph(tree, rootRefs);

  // Streams: variables grouped by identical q.
  const byQ = new Map<number, number[]>();
  for (let v = 0; v < variableCount; v += 1) {
    const q = parameters.unavailability[v] as number;
    if (q <= 0) continue;
    const members = byQ.get(q);
    if (members) members.push(v);
    else byQ.set(q, [v]);
  }
  // Gap to the next failure: ⌊ln u / ln(1 − q)⌋, as a multiplication by the precomputed 1 / ln(1 − q).
  const groups = [...byQ].map(([q, members]) => ({ members: Int32Array.from(members), perLogP: 1 / Math.log1p(-q), next: 0 }));
  for (const group of groups) group.next = Math.floor(Math.log(rng.nextOpenUnit()) * group.perLogP);

  const weights = parameters.rootWeights;
  const rootNodes = Int32Array.from(rootRefs);
  const failed = new Uint8Array(nodeCount);
  failed[alwaysFails] = 1;
  const count = new Int32Array(nodeCount);
  const touched = new Int32Array(nodeCount);
  const stack = new Int32Array(nodeCount);
  const rootFailures = new Float64Array(rootRefs.length);
  let baseValue = 0;
  rootRefs.forEach((ref, r) => {
    if (ref === alwaysFails) baseValue += weights[r] as number;
  });

  let failVar = new Int32Array(1024);
  let failNext = new Int32Array(1024);
  const head = new Int32Array(blockTrials);
  let sum = 0;
  let sumSquares = 0;
  let sampled = 0;
  let baseTrials = 0;

  for (let blockStart = 0; blockStart < trials; blockStart += blockTrials) {
    const blockEnd = Math.min(trials, blockStart + blockTrials);
    head.fill(-1);
    let failures = 0;
    for (const group of groups) {
      const { members, perLogP } = group;
      const m = members.length;
      const limit = blockEnd * m;
      let next = group.next;
      while (next < limit) {
        const trial = Math.floor(next / m);
        if (failures === failVar.length) {
          failVar = growInt32(failVar);
          failNext = growInt32(failNext);
        }
        failVar[failures] = members[next - trial * m] as number;
        failNext[failures] = head[trial - blockStart] as number;
        head[trial - blockStart] = failures;
        failures += 1;
        next += 1 + Math.floor(Math.log(rng.nextOpenUnit()) * perLogP);
      }
      group.next = next;
    }
    sampled += failures;

    for (let t = 0; t < blockEnd - blockStart; t += 1) {
      let item = head[t] as number;
      if (item < 0) {
        baseTrials += 1;
        continue;
      }
      let touchedCount = 0;
      for (; item >= 0; item = failNext[item] as number) {
        const node = variableBase + (failVar[item] as number);
        failed[node] = 1;
        touched[touchedCount++] = node;
        let top = 0;
        stack[top++] = node;
        while (top > 0) {
          const current = stack[--top] as number;
          for (let k = parentStart[current] as number; k < (parentStart[current + 1] as number); k += 1) {
            const gate = parents[k] as number;
            const c = (count[gate] as number) + 1;
            count[gate] = c;
            if (c === 1) touched[touchedCount++] = gate;
            if (c === threshold[gate]) {
              failed[gate] = 1;
              stack[top++] = gate;
            }
          }
        }
      }
      let x = 0;
      for (let r = 0; r < rootNodes.length; r += 1) {
        if (failed[rootNodes[r] as number]) {
          x += weights[r] as number;
          rootFailures[r]! += 1;
        }
      }
      sum += x;
      sumSquares += x * x;
      for (let i = 0; i < touchedCount; i += 1) {
        const node = touched[i] as number;
        failed[node] = 0;
        count[node] = 0;
      }
    }
  }

  rootRefs.forEach((ref, r) => {
    if (ref === alwaysFails) rootFailures[r]! += baseTrials;
  });
  sum += baseValue * baseTrials;
  sumSquares += baseValue * baseValue * baseTrials;
  const mean = sum / trials;
  const variance = trials > 1 ? Math.max(0, (sumSquares - trials * mean * mean) / (trials - 1)) : 0;
  const standardError = Math.sqrt(variance / trials);
  const confidenceInterval95: [number, number] = sum === 0 ? [0, 3 / trials] : [Math.max(0, mean - 1.96 * standardError), mean + 1.96 * standardError];
  return {
    trials,
    unavailability: mean,
    standardError,
    confidenceInterval95,
    byRoot: rootFailures.map((f) => f / trials),
    sampledFailures: sampled,
  };
}

function growInt32(array: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}
