import type { CompiledTopology } from './compile/compiledModel';
import type { AvailabilityReport, LatencyReport } from './report';

/** Ids of the populations that send requests somewhere (at least one edge to an entry point). */
export function connectedPopulations(topology: CompiledTopology): Set<string> {
  return new Set(topology.populationIds.filter((_, q) => (topology.clientOutStart[q + 1] ?? 0) > (topology.clientOutStart[q] ?? 0)));
}

/**
 * The latency and availability sections with each population marked `connected` or not: a
 * population that reaches nothing has p99 0 ms and U = 1, figures that describe no design and that
 * people must be told apart ("not connected"). New objects: the sections may be shared with earlier reports.
 */
export function markConnections(latency: LatencyReport, availability: AvailabilityReport, connected: ReadonlySet<string>): { latency: LatencyReport; availability: AvailabilityReport } {
  const mark = <T extends object>(table: Record<string, T>): Record<string, T & { connected: boolean }> =>
    Object.fromEntries(Object.entries(table).map(([id, figure]) => [id, { ...figure, connected: connected.has(id) }]));
  return { latency: { ...latency, byPopulation: mark(latency.byPopulation) }, availability: { ...availability, byPopulation: mark(availability.byPopulation) } };
}
