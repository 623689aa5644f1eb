import type { CallEdge, Component, Group, Scenario } from '../../model';
import { componentAvailabilityDefault, domainAvailabilityDefault, domainMttrHours, managedServiceMttrHours } from '../catalog/reliability';
import { binomialUpperTail, type Unavailability } from '../numeric';
import type { CompiledAvailability } from './compileAvailability';
import { failoverPenaltyTerms, type FailoverTerm } from './failoverPenalty';
import { isFleet } from './scenarioGraph';
import { rootTrafficShares, type TrafficShares } from './trafficShares';
import { compileScenario } from '../compile/compileScenario';
import type { PopulationTraffic } from '../capacity/populationTraffic';
import { populationTrafficOf } from '../performanceStructure';
import { machineRepair, resolveUnitReliability, type RepairModel, type UnitReliability } from './unitReliability';

const domainRepair: RepairModel = { kind: 'repairable', mttrHours: domainMttrHours };
const managedRepair: RepairModel = { kind: 'repairable', mttrHours: managedServiceMttrHours };

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
  /** Per root: where its requests go while everything is up (`rootTrafficShares` of the traffic plan), which failover and recovery read. */
  rootShares: TrafficShares[];
  failover: FailoverTerm[];
  monthHours: number;
}

const staleStructure = (id: string) =>
  new Error(`Availability parameters: "${id}" is not where the compiled structure has it; compile the scenario again after a structural edit (see sameAvailabilityStructure).`);

/**
 * Reads the parameters of `scenario` for a compiled structure (the same structure, as
 * {@link sameAvailabilityStructure} decides: only availability specs, instance counts, hit ratios,
 * call rates, weights, priorities, routing policies, shares, read fraction and failover timings
 * may differ). Every element is found by the index compiled for it, so the pass is
 * O(variables + calls per root) with no lookups by id.
 * A fleet's variable is P(fewer than minHealthy of n instances up) = P(Binomial(n, q_i) ≥ n − k + 1),
 * exact in U; population shares are normalised to sum to 1 (equal when all are 0). Where requests go
 * is the design's one traffic plan (`traffic`, computed from the scenario unless the caller has it).
 */
export function availabilityParameters(compiled: CompiledAvailability, scenario: Scenario, traffic: PopulationTraffic = populationTrafficOf(compileScenario(scenario))): AvailabilityParameters {
  const { variables } = compiled.structure.tree;
  const { variableElement } = compiled;
  const unavailability = new Float64Array(variables.length);
  const failuresPerHour = new Float64Array(variables.length);
  const reliability: Array<UnitReliability | null> = new Array<UnitReliability | null>(variables.length).fill(null);
  // Most fleets repeat their neighbour's (n, failures, q): reuse the last binomial tail.
  let last = { n: -1, failures: -1, q: -1, tail: 0 };
  const fleetTail = (n: number, failures: number, q: Unavailability): number => {
    if (n !== last.n || failures !== last.failures || q !== last.q) last = { n, failures, q, tail: binomialUpperTail(n, failures, q) };
    return last.tail;
  };

  for (let v = 0; v < variables.length; v += 1) {
    const variable = variables[v] as (typeof variables)[number];
    const element = variableElement[v] as number;
    if (variable.kind === 'provider' || variable.kind === 'region' || variable.kind === 'zone') {
      const group = scenario.groups[element] as Group | undefined;
      if (group?.id !== variable.elementId) throw staleStructure(variable.elementId);
      const unit = resolveUnitReliability(group.availability, domainAvailabilityDefault(group.kind), domainRepair);
      reliability[v] = unit;
      unavailability[v] = unit.unavailability;
      failuresPerHour[v] = unit.failuresPerHour;
      continue;
    }
    if (variable.kind === 'callMade') {
      const edge = scenario.edges[element] as CallEdge | undefined;
      if (edge?.id !== variable.elementId) throw staleStructure(variable.elementId);
      unavailability[v] = edge.callsPerRequest;
      continue;
    }
    const component = scenario.components[element] as Component | undefined;
    if (component?.id !== variable.elementId) throw staleStructure(variable.elementId);
    if (variable.kind === 'cacheMiss') {
      unavailability[v] = component.kind === 'cdn' || component.kind === 'cache' ? 1 - component.hitRatio : 1;
      continue;
    }
    const fleet = isFleet(component);
    const unit = resolveUnitReliability(component.availability, componentAvailabilityDefault(component), variable.kind === 'databaseCopy' || fleet ? machineRepair : managedRepair);
    reliability[v] = unit;
    failuresPerHour[v] = unit.failuresPerHour;
    unavailability[v] = fleet ? fleetTail(component.instances, component.instances - component.minHealthy + 1, unit.unavailability) : unit.unavailability;
  }

  const { clients } = scenario;
  const shareTotal = clients.reduce((sum, c) => sum + c.share, 0);
  const { readFraction } = scenario.workload;
  const { roots } = compiled.structure;
  const rootClassFraction = Float64Array.from(roots, (root) => (root.requestClass === 'read' ? readFraction : 1 - readFraction));
  const rootWeights = Float64Array.from(compiled.traffic.roots, (root, r) => {
    const share = clients[root.populationIndex]?.share ?? 0;
    return (shareTotal > 0 ? share / shareTotal : 1 / clients.length) * (rootClassFraction[r] as number);
  });
  const rootShares = compiled.traffic.roots.map((root) => {
    const edgeCalls = traffic.edgeCalls[root.populationIndex * 2 + (root.calls.requestClass === 'read' ? 0 : 1)];
    return rootTrafficShares(root, edgeCalls ?? new Float64Array(scenario.edges.length), scenario.components.length);
  });
  return {
    unavailability,
    failuresPerHour,
    reliability,
    rootClassFraction,
    rootWeights,
    rootShares,
    failover: failoverPenaltyTerms(compiled.traffic, variables, scenario, failuresPerHour, rootShares),
    monthHours: scenario.settings.monthHours,
  };
}
