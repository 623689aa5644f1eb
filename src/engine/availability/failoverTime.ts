import type { Component } from '../../model';
import type { ExplainTerm } from '../report';

/** Seconds of failed requests after a target fails, until the router stops sending to it. */
export interface FailoverTime {
  seconds: number;
  terms: ExplainTerm[];
}

/**
 * Detection + switch time of a router (SPEC §1 "Failover is not free"):
 * loadBalancer: healthCheckIntervalSeconds × healthCheckFailureThreshold;
 * dns: the same plus ttlSeconds (clients keep the failed answer for a TTL; docs/sources.md §4.2);
 * globalLb: failoverSeconds. Returns null for a CDN (it retries the next origin within the failing
 * request, so an origin failure opens no window of errors — an assumption) and for non-routers.
 */
export function routerFailoverTime(router: Component): FailoverTime | null {
  switch (router.kind) {
    case 'loadBalancer':
    case 'dns': {
      const detection = router.healthCheckIntervalSeconds * router.healthCheckFailureThreshold;
      const terms = [secondsTerm(router, `${router.name}: health check ${router.healthCheckIntervalSeconds} s × ${router.healthCheckFailureThreshold} failures`, detection)];
      if (router.kind === 'dns') terms.push(secondsTerm(router, `${router.name}: DNS TTL`, router.ttlSeconds));
      return { seconds: terms.reduce((sum, t) => sum + t.value, 0), terms };
    }
    case 'globalLb':
      return { seconds: router.failoverSeconds, terms: [secondsTerm(router, `${router.name}: failover`, router.failoverSeconds)] };
    default:
      return null;
  }
}

function secondsTerm(router: Component, label: string, value: number): ExplainTerm {
  return { label, value, unit: 's', elementId: router.id };
}

/** {@link routerFailoverTime} by component index, each computed once (passes that visit routers many times). */
export function failoverTimesOf(components: readonly Component[]): (componentIndex: number) => FailoverTime | null {
  const times = new Map<number, FailoverTime | null>();
  return (c) => {
    if (!times.has(c)) times.set(c, routerFailoverTime(components[c] as Component));
    return times.get(c) ?? null;
  };
}
