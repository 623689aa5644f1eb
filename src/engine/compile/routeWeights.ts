import { greatCircleKm } from '../network/greatCircle';
import type { Site } from '../network/site';
import { siteRtt } from '../network/siteRtt';
import type { CompiledModel } from './compiledModel';

function equalAmong(count: number, chosen: (i: number) => boolean): Float64Array {
  const weights = new Float64Array(count);
  let n = 0;
  for (let i = 0; i < count; i += 1) if (chosen(i)) n += 1;
  for (let i = 0; i < count; i += 1) weights[i] = n === 0 ? 1 / count : chosen(i) ? 1 / n : 0;
  return weights;
}

function proportional(values: readonly number[]): Float64Array {
  const total = values.reduce((sum, value) => sum + value, 0);
  return total > 0 ? Float64Array.from(values, (value) => value / total) : equalAmong(values.length, () => true);
}

/** Where a router's target answers: its placement, a database's primary, or (global) the router's context. */
function targetSite(model: CompiledModel, component: number, contextSite: Site): Site {
  const t = model.topology;
  if (t.kinds[component] === 'database' && (t.copyCount[component] ?? 0) > 0) return t.copySites[t.copyStart[component] ?? 0] ?? contextSite;
  return t.sites[component] ?? contextSite;
}

/**
 * Share of a router's requests that each of `edges` receives (sums to 1), by routing policy:
 * - dns / globalLb `latency`: the target(s) with the lowest RTT from `contextSite` (ties split evenly);
 *   `geo`: the nearest by great-circle distance; `weighted`: ∝ edge weight; `failover`: the targets
 *   with the lowest `failoverPriority` (all healthy: the primary takes everything);
 * - cdn: origins in failover order (an origin group serves from its primary);
 * - loadBalancer: `weighted` ∝ weight; round robin, least connections, IP hash and least response
 *   time all spread evenly across alike targets at steady state.
 */
export function routeWeights(model: CompiledModel, router: number, edges: readonly number[], contextSite: Site): Float64Array {
  const { topology: t, parameters: p, scenario } = model;
  const component = scenario.components[router];
  const count = edges.length;
  if (count === 0) return new Float64Array(0);
  const policy =
    component?.kind === 'dns' || component?.kind === 'globalLb'
      ? component.routing
      : component?.kind === 'cdn'
        ? 'failover'
        : component?.kind === 'loadBalancer' && component.algorithm === 'weighted'
          ? 'weighted'
          : 'even';
  const edgeAt = (i: number) => edges[i] ?? 0;
  switch (policy) {
    case 'weighted':
      return proportional(edges.map((e) => p.edgeWeight[e] ?? 0));
    case 'failover': {
      const best = Math.min(...edges.map((e) => p.edgeFailoverPriority[e] ?? 0));
      return equalAmong(count, (i) => (p.edgeFailoverPriority[edgeAt(i)] ?? 0) === best);
    }
    case 'latency':
    case 'geo': {
      const cost = edges.map((e) => {
        const site = targetSite(model, t.edgeTo[e] ?? 0, contextSite);
        if (site === contextSite) return 0;
        return policy === 'latency' ? siteRtt(contextSite, site).value : greatCircleKm(contextSite.latDeg, contextSite.lonDeg, site.latDeg, site.lonDeg);
      });
      const best = Math.min(...cost);
      return equalAmong(count, (i) => (cost[i] ?? 0) <= best + 1e-9);
    }
    default:
      return equalAmong(count, () => true);
  }
}
