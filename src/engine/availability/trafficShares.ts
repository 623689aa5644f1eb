import type { CallEdge, Component, Scenario } from '../../model';
import { isFleet } from './scenarioGraph';
import type { RootTraffic } from './trafficPlan';
import { routerKindSet } from '../compile/callPlans';

/** Where one root's requests go while everything is up. */
export interface TrafficShares {
  /** Per component: share of the root's requests that reach it, capped at 1. */
  component: Float64Array;
  /** Per slot of the root's call graph: share of the root's requests that the call carries. */
  slot: Float64Array;
  /** Components that receive traffic, in the order they first received it. */
  reached: number[];
}

/** Splits `split[start..end)` in proportion to its values (evenly when they sum to 0). */
function proportional(split: Float64Array, start: number, end: number): void {
  let total = 0;
  for (let s = start; s < end; s += 1) total += split[s] as number;
  for (let s = start; s < end; s += 1) split[s] = total > 0 ? (split[s] as number) / total : 1 / (end - start);
}

/** Targets tied for the lowest score share evenly; the rest get nothing. */
function lowest(split: Float64Array, start: number, end: number): void {
  let min = Infinity;
  for (let s = start; s < end; s += 1) min = Math.min(min, split[s] as number);
  for (let s = start; s < end; s += 1) split[s] = split[s] === min ? 1 : 0;
  proportional(split, start, end);
}

/**
 * Fraction of a router's traffic that each of its slots `[start, end)` carries while everything is up,
 * written into `split`. failover (and a CDN's origins): the lowest `failoverPriority` (ties share);
 * weighted (DNS, global LB, or an LB with the weighted algorithm): edge `weight` ÷ Σ weights;
 * latency / geo: the target whose region is nearest to the population (great-circle distance;
 * targets with no region are not chosen unless none has one); other LB algorithms spread over
 * instances, so a fleet target's share ∝ its instances.
 */
export function routerTrafficSplit(scenario: Scenario, router: Component, root: RootTraffic, start: number, end: number, split: Float64Array): void {
  const { slotEdge, slotTo } = root.calls;
  const edge = (s: number) => scenario.edges[slotEdge[s] as number] as CallEdge;
  const routing = router.kind === 'dns' || router.kind === 'globalLb' ? router.routing : router.kind === 'loadBalancer' && router.algorithm === 'weighted' ? 'weighted' : null;
  if (router.kind === 'cdn' || routing === 'failover') {
    for (let s = start; s < end; s += 1) split[s] = edge(s).failoverPriority;
    lowest(split, start, end);
  } else if (routing === 'weighted') {
    for (let s = start; s < end; s += 1) split[s] = edge(s).weight;
    proportional(split, start, end);
  } else if (routing === 'latency' || routing === 'geo') {
    let known = false;
    for (let s = start; s < end; s += 1) {
      split[s] = root.slotDistanceKm[s] as number;
      known ||= split[s] !== Infinity;
    }
    if (known) lowest(split, start, end);
    else split.fill(1 / (end - start), start, end);
  } else {
    for (let s = start; s < end; s += 1) {
      const target = scenario.components[slotTo[s] as number] as Component;
      split[s] = isFleet(target) ? target.instances : 1;
    }
    proportional(split, start, end);
  }
}

/** Per edge of the scenario: min(1, callsPerRequest) for a call (the share of requests that make it), 0 otherwise. */
export function callShares(scenario: Scenario): Float64Array {
  // A loop, not Float64Array.from: the iterator protocol costs more than the work on thousands of edges.
  const shares = new Float64Array(scenario.edges.length);
  scenario.edges.forEach((edge, e) => {
    if (edge.kind === 'call') shares[e] = Math.min(1, edge.callsPerRequest);
  });
  return shares;
}

/**
 * Share of one root's requests (a population's reads or writes) that reach each component and each
 * call while everything is up. Routers split (see {@link routerTrafficSplit}); a CDN or a cache with
 * callees forwards its misses (1 − hitRatio for reads, all writes); any other component forwards to
 * every callee, scaled by min(1, callsPerRequest). One pass in the plan's order, O(components + calls).
 */
export function rootTrafficShares(root: RootTraffic, scenario: Scenario, callShare: Float64Array = callShares(scenario)): TrafficShares {
  const { order, outStart, slotEdge, slotTo } = root.calls;
  const component = new Float64Array(scenario.components.length);
  const slot = new Float64Array(slotEdge.length);
  const reached: number[] = [];
  const reach = (to: number, share: number) => {
    const before = component[to] as number;
    if (before === 0) reached.push(to);
    component[to] = Math.min(1, before + share);
  };
  const write = root.calls.requestClass === 'write';
  root.entryEdge.forEach((e, i) => {
    const share = callShare[e] as number;
    if (share > 0) reach(root.entryTo[i] as number, share);
  });
  for (let i = 0; i < order.length; i += 1) {
    const c = order[i] as number;
    const share = component[c] as number;
    const start = outStart[c] as number;
    const end = outStart[c + 1] as number;
    if (share <= 0 || end === start) continue;
    const current = scenario.components[c] as Component;
    const missShare = write ? 1 : current.kind === 'cdn' || current.kind === 'cache' ? 1 - current.hitRatio : 1;
    if (routerKindSet.has(current.kind)) {
      routerTrafficSplit(scenario, current, root, start, end, slot);
      const scale = current.kind === 'cdn' ? missShare : 1;
      for (let s = start; s < end; s += 1) slot[s] = share * scale * (slot[s] as number);
    } else {
      const scale = current.kind === 'cache' ? missShare : 1;
      for (let s = start; s < end; s += 1) slot[s] = share * scale * (callShare[slotEdge[s] as number] as number);
    }
    for (let s = start; s < end; s += 1) if ((slot[s] as number) > 0) reach(slotTo[s] as number, slot[s] as number);
  }
  return { component, slot, reached };
}
