import type { RootTraffic } from './trafficPlan';

/** Where one root's requests go while everything is up. */
export interface TrafficShares {
  /** Per component: share of the root's requests that reach it, capped at 1. */
  component: Float64Array;
  /** Per slot of the root's call graph: share of the root's requests that the call carries, capped at 1. */
  slot: Float64Array;
  /** Components that receive traffic, in the order they first received it. */
  reached: number[];
}

/**
 * Share of one root's requests (a population's reads or writes) that reach each component and each
 * call while everything is up, read from the design's one traffic plan (`populationTraffic`: `edgeCalls`,
 * the root's calls per request on each edge), so availability and recovery route a population exactly
 * as latency, capacity and cost do. A call's share is min(1, its calls per request); a component's,
 * min(1, Σ the shares of the calls into it). O(components + calls).
 */
export function rootTrafficShares(root: RootTraffic, edgeCalls: Float64Array, componentCount: number): TrafficShares {
  const { order, outStart, slotEdge, slotTo } = root.calls;
  const component = new Float64Array(componentCount);
  const slot = new Float64Array(slotEdge.length);
  const reached: number[] = [];
  const reach = (to: number, share: number) => {
    if (!(share > 0)) return;
    const before = component[to] as number;
    if (before === 0) reached.push(to);
    component[to] = Math.min(1, before + share);
  };
  root.entryEdge.forEach((e, i) => reach(root.entryTo[i] as number, Math.min(1, edgeCalls[e] ?? 0)));
  for (let i = 0; i < order.length; i += 1) {
    const c = order[i] as number;
    if (!((component[c] as number) > 0)) continue;
    for (let s = outStart[c] as number; s < (outStart[c + 1] as number); s += 1) {
      slot[s] = Math.min(1, edgeCalls[slotEdge[s] as number] ?? 0);
      reach(slotTo[s] as number, slot[s] as number);
    }
  }
  return { component, slot, reached };
}
