import type { Scenario } from '../../model';
import type { PopulationTraffic } from '../capacity/populationTraffic';
import { keptWhileReadsHold, type ReadsMemo } from '../readRecord';
import { fleetTails, rootParameters, variableElementOf, variableParameters, type AvailabilityParameters, type RootParameters, type VariableElement } from './availabilityParameters';
import type { CompiledAvailability } from './compileAvailability';
import type { FailureVariable } from './faultTree';
import type { UnitReliability } from './unitReliability';

/** Whether two resolved units say the same (a spec the person entered resolves to a new object each time). */
function sameUnit(a: UnitReliability | null, b: UnitReliability | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const keys = Object.keys(a) as Array<keyof UnitReliability>;
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

/**
 * The availability parameters of the scenarios an engine session evaluates one after another, each equal
 * to `availabilityParameters` of the same scenario, whatever came before. A variable's parameters are a
 * function of its element alone (`variableParameters`), and the scenario is immutable data edited by
 * copying: a variable whose element is the same object keeps its row, so an instance-count edit
 * recomputes one row. The roots' parameters (weights, traffic shares, failover terms) are kept while
 * everything they read holds. When nothing changed, the same parameters object is returned, so the passes
 * that read only it can be kept by it.
 */
export class AvailabilityParametersCache {
  private compiled: CompiledAvailability | null = null;
  /** Per variable: the element its row was computed from. */
  private elements: VariableElement[] = [];
  private latest: AvailabilityParameters | null = null;
  private roots: ReadsMemo<RootParameters> = {};
  private latestRoots: RootParameters | null = null;

  /** `availabilityParameters(compiled, scenario, traffic)`, computed for the rows whose element changed. */
  parametersOf(compiled: CompiledAvailability, scenario: Scenario, traffic: PopulationTraffic): AvailabilityParameters {
    if (compiled !== this.compiled) {
      this.compiled = compiled;
      this.elements = [];
      this.latest = null;
      this.roots = {};
      this.latestRoots = null;
    }
    try {
      return this.update(compiled, scenario, traffic);
    } catch (error) {
      // A stale structure stops the pass half way: start afresh next time rather than trust half-kept rows.
      this.compiled = null;
      throw error;
    }
  }

  private update(compiled: CompiledAvailability, scenario: Scenario, traffic: PopulationTraffic): AvailabilityParameters {
    const { latest, elements } = this;
    const { variables } = compiled.structure.tree;
    let unavailability = latest?.unavailability;
    let failuresPerHour = latest?.failuresPerHour;
    let reliability = latest?.reliability;
    let copied = false;
    const fleetTail = fleetTails();
    for (let v = 0; v < variables.length; v += 1) {
      const element = variableElementOf(compiled, scenario, v);
      if (element === elements[v]) continue;
      elements[v] = element;
      const row = variableParameters(variables[v] as FailureVariable, element, fleetTail);
      if (unavailability && failuresPerHour && reliability && Object.is(unavailability[v], row.unavailability) && Object.is(failuresPerHour[v], row.failuresPerHour) && sameUnit(reliability[v] ?? null, row.reliability)) continue;
      if (!copied || !unavailability || !failuresPerHour || !reliability) {
        // Copied on the first change: a kept parameters object is never written to.
        unavailability = unavailability ? unavailability.slice() : new Float64Array(variables.length);
        failuresPerHour = failuresPerHour ? failuresPerHour.slice() : new Float64Array(variables.length);
        reliability = reliability ? reliability.slice() : new Array<UnitReliability | null>(variables.length).fill(null);
        copied = true;
      }
      unavailability[v] = row.unavailability;
      failuresPerHour[v] = row.failuresPerHour;
      (reliability as Array<UnitReliability | null>)[v] = row.reliability;
    }
    const rows = { unavailability: unavailability ?? new Float64Array(0), failuresPerHour: failuresPerHour ?? new Float64Array(0), reliability: reliability ?? [] };
    const roots = keptWhileReadsHold(this.roots, { scenario, traffic, failuresPerHour: rows.failuresPerHour }, (seen) => rootParameters(compiled, seen.scenario, seen.traffic, seen.failuresPerHour));
    if (latest && !copied && roots === this.latestRoots) return latest;
    this.latestRoots = roots;
    this.latest = { ...rows, ...roots };
    return this.latest;
  }
}
