import type { CallEdge, ClientPopulation, Component } from '../../model';
import { findCatalogRegion } from '../../model';
import { callEdgeApplies, type RequestClass } from './requestClass';
import { isFleet, type ScenarioGraph } from './scenarioGraph';

const earthRadiusKm = 6371;

function greatCircleKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

function clientCoordinates(client: ClientPopulation): { latDeg: number; lonDeg: number } | null {
  if (client.location.kind === 'coordinates') return client.location;
  return findCatalogRegion(client.location.regionId) ?? null;
}

const evenly = (count: number) => new Array<number>(count).fill(count === 0 ? 0 : 1 / count);

function proportional(values: number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  return total > 0 ? values.map((v) => v / total) : evenly(values.length);
}

/** Targets tied for the best score share evenly; the rest get nothing. */
function best(scores: number[]): number[] {
  const min = Math.min(...scores);
  return proportional(scores.map((s) => (s === min ? 1 : 0)));
}

/**
 * Fraction of a router's traffic that each target edge carries while everything is up.
 * failover: the lowest `failoverPriority` (ties share); weighted (DNS, global LB, or an LB with the
 * weighted algorithm): edge `weight` ÷ Σ weights; latency / geo: the target whose region is nearest
 * to the population (great-circle distance; targets with no region are not chosen unless none has
 * one); other LB algorithms spread over instances, so a fleet target's share ∝ its instances.
 */
export function routerTrafficSplit(graph: ScenarioGraph, router: Component, targets: readonly CallEdge[], client: ClientPopulation): number[] {
  const routing = router.kind === 'dns' || router.kind === 'globalLb' ? router.routing : router.kind === 'loadBalancer' && router.algorithm === 'weighted' ? 'weighted' : null;
  if (router.kind === 'cdn' || routing === 'failover') return best(targets.map((edge) => edge.failoverPriority));
  if (routing === 'weighted') return proportional(targets.map((edge) => edge.weight));
  if (routing === 'latency' || routing === 'geo') {
    const origin = clientCoordinates(client);
    const distances = targets.map((edge) => {
      const region = graph.placements.get(edge.to)?.region;
      return origin && region ? greatCircleKm(origin.latDeg, origin.lonDeg, region.latDeg, region.lonDeg) : Infinity;
    });
    return distances.every((d) => d === Infinity) ? evenly(targets.length) : best(distances);
  }
  return proportional(targets.map((edge) => {
    const target = graph.componentsById.get(edge.to);
    return target && isFleet(target) ? target.instances : 1;
  }));
}

/**
 * Share of a population's requests of one class that reach each component while everything is up
 * (capped at 1), and the share each router edge carries. Routers split (see {@link routerTrafficSplit});
 * a CDN or a cache with callees forwards its misses (1 − hitRatio for reads, all writes); any other
 * component forwards to every callee, scaled by min(1, callsPerRequest). Components on a synchronous
 * cycle are left out (the cycle is reported by the fault tree).
 */
export function populationTrafficShares(graph: ScenarioGraph, client: ClientPopulation, requestClass: RequestClass): { component: Map<string, number>; edge: Map<string, number> } {
  const component = new Map<string, number>();
  const edge = new Map<string, number>();
  const add = (callEdge: CallEdge, share: number) => {
    if (share <= 0) return;
    edge.set(callEdge.id, (edge.get(callEdge.id) ?? 0) + share);
    component.set(callEdge.to, Math.min(1, (component.get(callEdge.to) ?? 0) + share));
  };
  const applicable = (id: string) => (graph.callsFrom.get(id) ?? []).filter((e) => callEdgeApplies(e, requestClass));
  for (const callEdge of applicable(client.id)) add(callEdge, Math.min(1, callEdge.callsPerRequest));

  const pending = new Map<string, number>();
  for (const c of graph.scenario.components) {
    pending.set(c.id, (graph.callsTo.get(c.id) ?? []).filter((e) => callEdgeApplies(e, requestClass) && graph.componentsById.has(e.from)).length);
  }
  const ready = graph.scenario.components.filter((c) => pending.get(c.id) === 0).map((c) => c.id);
  while (ready.length > 0) {
    const id = ready.pop() as string;
    const current = graph.componentsById.get(id) as Component;
    const share = component.get(id) ?? 0;
    const out = applicable(id);
    if (share > 0 && out.length > 0) {
      const missShare = requestClass === 'write' ? 1 : current.kind === 'cdn' || current.kind === 'cache' ? 1 - current.hitRatio : 1;
      if (current.kind === 'dns' || current.kind === 'globalLb' || current.kind === 'loadBalancer' || current.kind === 'cdn') {
        const split = routerTrafficSplit(graph, current, out, client);
        const scale = current.kind === 'cdn' ? missShare : 1;
        out.forEach((e, i) => add(e, share * scale * (split[i] as number)));
      } else {
        const scale = current.kind === 'cache' ? missShare : 1;
        for (const e of out) add(e, share * scale * Math.min(1, e.callsPerRequest));
      }
    }
    for (const e of out) {
      const left = (pending.get(e.to) ?? 0) - 1;
      pending.set(e.to, left);
      if (left === 0) ready.push(e.to);
    }
  }
  return { component, edge };
}
