import type { Group, Scenario } from '../../model';
import { componentAvailabilityDefault, domainAvailabilityDefault, domainMttrHours, managedServiceMttrHours } from '../catalog/reliability';
import { binomialUpperTail } from '../numeric';
import type { CompiledAvailability } from './compileAvailability';
import { failoverPenaltyTerms, type FailoverTerm } from './failoverPenalty';
import { buildScenarioGraph, isFleet } from './scenarioGraph';
import { resolveUnitReliability, type UnitReliability } from './unitReliability';

/** Everything the probability pass needs that a parameter-only edit can change. */
export interface AvailabilityParameters {
  /** Per fault-tree variable: probability of being down (or, for request variables, of the event). */
  unavailability: Float64Array;
  /** Per fault-tree variable: failures per hour of one unit (one instance for a fleet, one copy for a database). */
  failuresPerHour: Float64Array;
  /** Per variable: how the figure was obtained (null for request variables). */
  reliability: ReadonlyArray<UnitReliability | null>;
  /** Per root: fraction of its population's requests in its request class (readFraction or 1 − readFraction). */
  rootClassFraction: Float64Array;
  /** Per root: its share of all requests, normalised share(population) × class fraction. */
  rootWeights: Float64Array;
  failover: FailoverTerm[];
  monthHours: number;
}

/**
 * Reads the parameters of `scenario` for a compiled structure (the same structure: same elements,
 * placements and edges; only availability specs, instance counts, hit ratios, weights, shares,
 * read fraction and failover timings may differ). O(components + edges) per population.
 * A fleet's variable is P(fewer than minHealthy of n instances up) = P(Binomial(n, q_i) ≥ n − k + 1),
 * exact in U; population shares are normalised to sum to 1 (equal when all are 0).
 */
export function availabilityParameters(compiled: CompiledAvailability, scenario: Scenario): AvailabilityParameters {
  const graph = buildScenarioGraph(scenario);
  const { variables } = compiled.structure.tree;
  const unavailability = new Float64Array(variables.length);
  const failuresPerHour = new Float64Array(variables.length);
  const reliability: Array<UnitReliability | null> = new Array<UnitReliability | null>(variables.length).fill(null);
  const callRates = new Map(scenario.edges.map((e) => [e.id, e.kind === 'call' ? e.callsPerRequest : 0]));

  variables.forEach((variable, v) => {
    if (variable.kind === 'provider' || variable.kind === 'region' || variable.kind === 'zone') {
      const group = graph.groupsById.get(variable.elementId) as Group;
      const unit = resolveUnitReliability(group.availability, domainAvailabilityDefault(group.kind), { kind: 'repairable', mttrHours: domainMttrHours });
      reliability[v] = unit;
      unavailability[v] = unit.unavailability;
      failuresPerHour[v] = unit.failuresPerHour;
      return;
    }
    if (variable.kind === 'callMade') {
      unavailability[v] = callRates.get(variable.elementId) ?? 0;
      return;
    }
    const component = graph.componentsById.get(variable.elementId);
    if (!component) throw new Error(`Availability parameters: "${variable.elementId}" is not in this scenario; recompile after structural edits.`);
    if (variable.kind === 'cacheMiss') {
      unavailability[v] = component.kind === 'cdn' || component.kind === 'cache' ? 1 - component.hitRatio : 1;
      return;
    }
    const machine = variable.kind === 'databaseCopy' || isFleet(component);
    const unit = resolveUnitReliability(
      component.availability,
      componentAvailabilityDefault(component),
      machine ? { kind: 'machine' } : { kind: 'repairable', mttrHours: managedServiceMttrHours },
    );
    reliability[v] = unit;
    failuresPerHour[v] = unit.failuresPerHour;
    unavailability[v] = isFleet(component)
      ? binomialUpperTail(component.instances, component.instances - component.minHealthy + 1, unit.unavailability)
      : unit.unavailability;
  });

  const shares = scenario.clients.map((c) => c.share);
  const shareTotal = shares.reduce((a, b) => a + b, 0);
  const populationWeight = new Map(scenario.clients.map((c, i) => [c.id, shareTotal > 0 ? (shares[i] as number) / shareTotal : 1 / scenario.clients.length]));
  const { readFraction } = scenario.workload;
  const rootClassFraction = Float64Array.from(compiled.structure.roots, (root) => (root.requestClass === 'read' ? readFraction : 1 - readFraction));
  const rootWeights = Float64Array.from(compiled.structure.roots, (root, r) => (populationWeight.get(root.populationId) ?? 0) * (rootClassFraction[r] as number));
  return {
    unavailability,
    failuresPerHour,
    reliability,
    rootClassFraction,
    rootWeights,
    failover: failoverPenaltyTerms(graph, compiled.structure, failuresPerHour),
    monthHours: scenario.settings.monthHours,
  };
}
