import type { CompiledModel } from '../compile/compiledModel';
import { contextSite } from '../compile/requestContext';
import { routeWeights } from '../compile/routeWeights';
import type { Xoshiro128StarStar } from '../random';

/**
 * How a simulated router picks a target: the analytic engine's routing shares (`routeWeights`: latency,
 * geo, weighted, failover, even) over the targets its health checks still believe up. A target is
 * dropped only once the router has detected its failure (`believedUp`), so requests keep going to a
 * dead target for the detection time, and failover policies move to the next priority only then.
 * With every target believed down a router fails open and spreads over all of them, as Route 53 and
 * Elastic Load Balancing do (so service returns as soon as a target is repaired, not a detection later).
 * Shares are cached per (router, request class, context) until the router's beliefs change.
 */
export class Router {
  /** Per edge: 1 while the router calling through it believes the target up. */
  readonly believedUp: Uint8Array;
  private readonly cache = new Map<number, { edges: number[]; cumulative: Float64Array }>();

  constructor(private readonly model: CompiledModel) {
    this.believedUp = new Uint8Array(model.topology.edgeIds.length).fill(1);
  }

  /** Sets what the router believes of the target of `edge`; clears cached shares when it changes. */
  believe(edge: number, up: boolean): void {
    if ((this.believedUp[edge] === 1) === up) return;
    this.believedUp[edge] = up ? 1 : 0;
    this.cache.clear();
  }

  /** The edge a request of `router` takes from `context`, or −1 when it has no targets. */
  choose(router: number, classIndex: number, routeEdges: readonly number[], context: number, rng: Xoshiro128StarStar): number {
    const key = (router * 2 + classIndex) * (this.model.topology.populationIds.length + this.model.topology.componentIds.length) + context;
    let entry = this.cache.get(key);
    if (!entry) {
      const believed = routeEdges.filter((e) => this.believedUp[e] === 1);
      const edges = believed.length > 0 ? believed : [...routeEdges];
      const weights = routeWeights(this.model, router, edges, contextSite(this.model.topology, context));
      const cumulative = new Float64Array(weights.length);
      let sum = 0;
      weights.forEach((w, i) => (cumulative[i] = sum += w));
      entry = { edges, cumulative };
      this.cache.set(key, entry);
    }
    const { edges, cumulative } = entry;
    if (edges.length === 0) return -1;
    const u = rng.nextOpenUnit() * (cumulative[cumulative.length - 1] as number);
    for (let i = 0; i < edges.length; i += 1) if (u <= (cumulative[i] as number)) return edges[i] as number;
    return edges[edges.length - 1] as number;
  }
}
