import type { CallEdge, Component, Group, Scenario } from '../../model';
import { componentAvailabilityDefault, domainAvailabilityDefault, domainMttrHours, managedServiceMttrHours } from '../catalog/reliability';
import { binomialUpperTail, type Unavailability } from '../numeric';
import type { CompiledAvailability } from './compileAvailability';
import { failoverPenaltyTerms, type FailoverTerm } from './failoverPenalty';
import type { FailureVariable } from './faultTree';
import { isFleet } from './scenarioGraph';
import { rootTrafficShares, type TrafficShares } from './trafficShares';
import { compileScenario } from '../compile/compileScenario';
import type { PopulationTraffic } from '../capacity/populationTraffic';
import { populationTrafficOf } from '../performanceStructure';
import { machineRepair, resolveUnitReliability, type RepairModel, type UnitReliability } from './unitReliability';

const domainRepair: RepairModel = { kind: 'repairable', mttrHours: domainMttrHours };
const managedRepair: RepairModel = { kind: 'repairable', mttrHours: managedServiceMttrHours };

/** Everything the probability pass needs that a parameter-only edit can change. */
export interface AvailabilityParameters extends RootParameters {
  /** Per fault-tree variable: probability of being down (or, for request variables, of the event). */
  unavailability: Float64Array;
  /** Per fault-tree variable: failures per hour of one unit (one instance for a fleet, one copy for a database). */
  failuresPerHour: Float64Array;
  /** Per variable: how the figure was obtained (null for request variables). */
  reliability: ReadonlyArray<UnitReliability | null>;
}

/** The parameters of the roots (population × request class): what their requests weigh and where they go. */
export interface RootParameters {
  /** Per root: fraction of its population's requests in its request class (readFraction or 1 − readFraction). */
  rootClassFraction: Float64Array;
  /** Per root: its share of all requests, normalised share(population) × class fraction. */
  rootWeights: Float64Array;
  /** Per root: where its requests go while everything is up (`rootTrafficShares` of the traffic plan), which failover and recovery read. */
  rootShares: TrafficShares[];
  failover: FailoverTerm[];
  monthHours: number;
}

/** The element a fault-tree variable stands for: a group (domain), a call edge (callMade) or a component. */
export type VariableElement = Group | Scenario['edges'][number] | Component;

/** One variable's parameters (see {@link AvailabilityParameters}), a function of its variable and its element alone. */
export interface VariableParameters {
  unavailability: number;
  failuresPerHour: number;
  reliability: UnitReliability | null;
}

/**
 * The element of variable `v` in `scenario`, found by the index compiled for it (no lookup by id).
 * Throws when the scenario no longer has it there: the structure is stale.
 */
export function variableElementOf(compiled: CompiledAvailability, scenario: Scenario, v: number): VariableElement {
  const variable = compiled.structure.tree.variables[v] as FailureVariable;
  const index = compiled.variableElement[v] as number;
  const kind = variable.kind;
  const element = kind === 'provider' || kind === 'region' || kind === 'zone' ? scenario.groups[index] : kind === 'callMade' ? scenario.edges[index] : scenario.components[index];
  if (element?.id !== variable.elementId) {
    throw new Error(`Availability parameters: "${variable.elementId}" is not where the compiled structure has it; compile the scenario again after a structural edit (see sameAvailabilityStructure).`);
  }
  return element;
}

/** Binomial upper tails of fleets, the last one kept: most fleets repeat their neighbour's (n, failures, q). */
export function fleetTails(): (n: number, failures: number, q: Unavailability) => number {
  let last = { n: -1, failures: -1, q: -1, tail: 0 };
  return (n, failures, q) => {
    if (n !== last.n || failures !== last.failures || q !== last.q) last = { n, failures, q, tail: binomialUpperTail(n, failures, q) };
    return last.tail;
  };
}

/**
 * The parameters of one variable from its element (`variableElementOf`). A fleet's variable is
 * P(fewer than minHealthy of n instances up) = P(Binomial(n, q_i) ≥ n − k + 1), exact in U.
 */
export function variableParameters(variable: FailureVariable, element: VariableElement, fleetTail: ReturnType<typeof fleetTails>): VariableParameters {
  if (variable.kind === 'provider' || variable.kind === 'region' || variable.kind === 'zone') {
    const group = element as Group;
    const unit = resolveUnitReliability(group.availability, domainAvailabilityDefault(group.kind), domainRepair);
    return { unavailability: unit.unavailability, failuresPerHour: unit.failuresPerHour, reliability: unit };
  }
  if (variable.kind === 'callMade') return { unavailability: (element as CallEdge).callsPerRequest, failuresPerHour: 0, reliability: null };
  const component = element as Component;
  if (variable.kind === 'cacheMiss') return { unavailability: component.kind === 'cdn' || component.kind === 'cache' ? 1 - component.hitRatio : 1, failuresPerHour: 0, reliability: null };
  const fleet = isFleet(component);
  const unit = resolveUnitReliability(component.availability, componentAvailabilityDefault(component), variable.kind === 'databaseCopy' || fleet ? machineRepair : managedRepair);
  const unavailability = fleet ? fleetTail(component.instances, component.instances - component.minHealthy + 1, unit.unavailability) : unit.unavailability;
  return { unavailability, failuresPerHour: unit.failuresPerHour, reliability: unit };
}

/**
 * The roots' parameters: class fractions, weights (population shares normalised to sum to 1, equal
 * when all are 0), where requests go (the design's one traffic plan, `traffic`) and the failover terms,
 * which read each unit's failures per hour (`failuresPerHour`, per variable).
 */
export function rootParameters(compiled: CompiledAvailability, scenario: Scenario, traffic: PopulationTraffic, failuresPerHour: Float64Array): RootParameters {
  const { clients } = scenario;
  const shareTotal = clients.reduce((sum, c) => sum + c.share, 0);
  const { readFraction } = scenario.workload;
  const { roots, tree } = compiled.structure;
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
    rootClassFraction,
    rootWeights,
    rootShares,
    failover: failoverPenaltyTerms(compiled.traffic, tree.variables, scenario, failuresPerHour, rootShares),
    monthHours: scenario.settings.monthHours,
  };
}

/**
 * Reads the parameters of `scenario` for a compiled structure (the same structure, as
 * {@link sameAvailabilityStructure} decides: only availability specs, instance counts, hit ratios,
 * call rates, weights, priorities, routing policies, shares, read fraction and failover timings
 * may differ): each variable's (`variableParameters`), then the roots' (`rootParameters`). Every
 * element is found by the index compiled for it, so the pass is O(variables + calls per root) with
 * no lookups by id. Where requests go is the design's one traffic plan (`traffic`, computed from the
 * scenario unless the caller has it).
 */
export function availabilityParameters(compiled: CompiledAvailability, scenario: Scenario, traffic: PopulationTraffic = populationTrafficOf(compileScenario(scenario))): AvailabilityParameters {
  const { variables } = compiled.structure.tree;
  const unavailability = new Float64Array(variables.length);
  const failuresPerHour = new Float64Array(variables.length);
  const reliability: Array<UnitReliability | null> = new Array<UnitReliability | null>(variables.length).fill(null);
  const fleetTail = fleetTails();
  for (let v = 0; v < variables.length; v += 1) {
    const row = variableParameters(variables[v] as FailureVariable, variableElementOf(compiled, scenario, v), fleetTail);
    unavailability[v] = row.unavailability;
    failuresPerHour[v] = row.failuresPerHour;
    reliability[v] = row.reliability;
  }
  return { unavailability, failuresPerHour, reliability, ...rootParameters(compiled, scenario, traffic, failuresPerHour) };
}
