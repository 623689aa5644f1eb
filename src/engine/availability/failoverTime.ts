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
 * dns: the same plus ttlSeconds (clients keep the failed answer for a TTL; cloud-facts §4.2);
 * globalLb: failoverSeconds. Returns null for a CDN (it retries the next origin within the failing
 * request, so an origin failure opens no window of errors — an assumption) and for non-routers.
 */
export function routerFailoverTime(router: Component): FailoverTime | null {
  const term = (label: string, value: number): ExplainTerm => ({ label, value, unit: 's', elementId: router.id });
  switch (router.kind) {
    case 'loadBalancer':
    case 'dns': {
      const detection = router.healthCheckIntervalSeconds * router.healthCheckFailureThreshold;
      const terms = [term(`${router.name}: health check ${router.healthCheckIntervalSeconds} s × ${router.healthCheckFailureThreshold} failures`, detection)];
      if (router.kind === 'dns') terms.push(term(`${router.name}: DNS TTL`, router.ttlSeconds));
      return { seconds: terms.reduce((sum, t) => sum + t.value, 0), terms };
    }
    case 'globalLb':
      return { seconds: router.failoverSeconds, terms: [term(`${router.name}: failover`, router.failoverSeconds)] };
    default:
      return null;
  }
}
