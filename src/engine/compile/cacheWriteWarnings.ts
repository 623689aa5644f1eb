import type { Scenario } from '../../model';
import type { ReportWarning } from '../report';

/**
 * A warning per call into a cache or CDN set to serve all requests from what it holds: only reads can
 * be, since a write has to reach the data's origin to change it, so the engine passes writes through
 * whatever the edge says (`CallPlan.servedOnHit`).
 */
export function cacheWriteWarnings(scenario: Scenario): ReportWarning[] {
  const servedAll = scenario.edges.filter((edge) => edge.kind === 'call' && edge.servedFromCache === 'all' && edge.appliesTo !== 'reads');
  // Most designs have no such call: the lookup of every element (O(elements) per edit) only when one does.
  if (servedAll.length === 0) return [];
  const byId = new Map<string, { name: string; kind: string }>([...scenario.components, ...scenario.clients.map((c) => ({ ...c, kind: 'client' }))].map((e) => [e.id, e]));
  const warnings: ReportWarning[] = [];
  for (const edge of servedAll) {
    const callee = byId.get(edge.to);
    if (callee?.kind !== 'cache' && callee?.kind !== 'cdn') continue;
    const what = callee.kind === 'cdn' ? 'A CDN' : 'A cache';
    const origin = callee.kind === 'cdn' ? 'origin' : 'database';
    warnings.push({
      code: 'cache.writesServed',
      message: `${byId.get(edge.from)?.name ?? edge.from} → ${callee.name} is set to be served from cache for all requests. ${what} cannot answer a write: the write has to reach the ${origin} to change the data, so writes pass through to it and only reads can hit. Set "Served from cache" to reads.`,
      elementId: edge.id,
    });
  }
  return warnings;
}
