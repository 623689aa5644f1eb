import type { ComponentKind } from '../../model';
import type { Site } from '../network/site';
import type { CompiledTopology } from './compiledModel';

/** Kinds that pass a client's request on without terminating it near the user's side (DNS answers, anycast LB). */
const clientSideKinds: ReadonlySet<ComponentKind> = new Set(['dns', 'globalLb']);

/**
 * Where a request is when it reaches a component. Placed components are their own context; a global
 * component (DNS, CDN, global LB, external API) answers from its caller's context: a population's
 * location (ids 0 … P − 1) or the calling placed component (P + index). So do DNS and an anycast
 * global LB drawn inside a region: they answer at the client's edge, and the client's connection goes
 * on from there (the latency walk reads the population from that context).
 */
export function contextOfComponent(topology: CompiledTopology, component: number, callerContext: number): number {
  const kind = topology.kinds[component];
  return topology.sites[component] === null || (kind !== undefined && clientSideKinds.has(kind)) ? callerContext : topology.populationIds.length + component;
}

/** The site of a context id. */
export function contextSite(topology: CompiledTopology, context: number): Site {
  const populations = topology.populationIds.length;
  const site = context < populations ? topology.populationSites[context] : topology.sites[context - populations];
  if (!site) throw new RangeError(`context ${context} has no site`);
  return site;
}

/**
 * Whether a callee is still on the client's side of the network: reached from a population through
 * DNS or an anycast global LB only. Its onward hop is the one that crosses the Internet (egress) and,
 * after DNS, the one that opens the client's connection (last mile, handshakes).
 */
export function calleeIsClientSide(callerIsPopulation: boolean, callerKind: ComponentKind | null, callerClientSide: boolean, calleeKind: ComponentKind): boolean {
  const callerPasses = callerIsPopulation || (callerClientSide && callerKind !== null && clientSideKinds.has(callerKind));
  return callerPasses && clientSideKinds.has(calleeKind);
}
