import type { Report } from '../engine';
import type { Edge, Scenario } from '../model';

/** How many messages one request reaching the sender puts on this edge (replication carries none). */
function multiplicity(edge: Edge, readFraction: number): number {
  switch (edge.kind) {
    case 'call':
      return edge.callsPerRequest * (edge.appliesTo === 'reads' ? readFraction : edge.appliesTo === 'writes' ? 1 - readFraction : 1);
    case 'async':
      return edge.messagesPerRequest;
    case 'replication':
      return 0;
  }
}

/**
 * Requests per second along each call and async edge. The report gives the load each component
 * receives (after routing, cache misses and retries); that load is apportioned among the edges
 * into the component by what each would send: the sender's load × calls per request × the share of
 * requests the call applies to. Client populations send `requestsPerSecond × share`.
 */
export function edgeTrafficRps(scenario: Scenario, report: Report): Record<string, number> {
  const loads = report.capacity.loadRequestsPerSecond;
  const totalShare = scenario.clients.reduce((sum, client) => sum + client.share, 0);
  const clientRps = new Map(scenario.clients.map((client) => [client.id, totalShare > 0 ? (scenario.workload.requestsPerSecond * client.share) / totalShare : 0]));
  const senderRps = (id: string) => clientRps.get(id) ?? loads[id] ?? 0;

  const offered = new Map<string, number>();
  const offeredInto = new Map<string, number>();
  for (const edge of scenario.edges) {
    if (edge.kind === 'replication') continue;
    const rps = senderRps(edge.from) * multiplicity(edge, scenario.workload.readFraction);
    offered.set(edge.id, rps);
    offeredInto.set(edge.to, (offeredInto.get(edge.to) ?? 0) + rps);
  }

  const traffic: Record<string, number> = {};
  for (const edge of scenario.edges) {
    const rps = offered.get(edge.id);
    if (rps === undefined) continue;
    const received = loads[edge.to];
    const into = offeredInto.get(edge.to) ?? 0;
    traffic[edge.id] = received === undefined ? rps : into > 0 ? (received * rps) / into : 0;
  }
  return traffic;
}
