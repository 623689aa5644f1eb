import type { AvailabilitySpec } from '../../model';
import { machineFailuresPerHour, managedServiceMttrHours } from '../catalog/reliability';
import type { Sourced } from '../catalog/sourced';
import { asAvailability, asUnavailability, unavailabilityFromAvailability, type Unavailability } from '../numeric';

/** How a unit fails over time: its steady-state unavailability, failure rate and repair time (shared: never mutate). */
export interface UnitReliability {
  /** Probability the unit is down at a random instant. */
  unavailability: Unavailability;
  /** Failures per hour (λ = 1 / MTBF). */
  failuresPerHour: number;
  /** Mean time to repair, hours. */
  mttrHours: number;
  /** Where the unavailability comes from ("scenario" when the person entered it). */
  source: string;
  /** True when the unavailability is a catalog assumption rather than a sourced figure or user input. */
  assumption: boolean;
}

/**
 * How the failure rate of a unit is known when its spec gives only an availability:
 * a machine (fleet instance, database copy) fails at the measured per-machine rate of
 * docs/sources.md §4.1; anything else is repaired in `mttrHours`, so λ = U / ((1 − U) · MTTR)
 * (steady state of an alternating renewal process: U = MTTR / (MTBF + MTTR)).
 */
export type RepairModel = { kind: 'machine' } | { kind: 'repairable'; mttrHours: Sourced };

/** The repair model of a machine (see {@link RepairModel}). */
export const machineRepair: RepairModel = { kind: 'machine' };

/** Resolved catalog defaults, by catalog figure and repair model: most units use them, so a parameter pass builds none. */
const catalogUnits = new Map<Sourced<Unavailability>, Map<RepairModel | Sourced, UnitReliability>>();

/**
 * Resolves an availability spec against its catalog default.
 * U: catalog → the default; direct → 1 − A; unavailability → as given; mtbf → MTTR / (MTBF + MTTR).
 * λ: mtbf → 1 / MTBF; otherwise from `repair` (see {@link RepairModel}).
 * The catalog U of a machine is an SLA floor while its λ is a measured rate, so U ≠ λ · MTTR there.
 */
export function resolveUnitReliability(spec: AvailabilitySpec, catalog: Sourced<Unavailability>, repair: RepairModel): UnitReliability {
  switch (spec.source) {
    case 'catalog': {
      let byRepair = catalogUnits.get(catalog);
      if (!byRepair) {
        byRepair = new Map();
        catalogUnits.set(catalog, byRepair);
      }
      const key = repair.kind === 'machine' ? machineRepair : repair.mttrHours;
      const known = byRepair.get(key);
      if (known) return known;
      const unit = fromUnavailability(catalog.value, repair, catalog.source, catalog.assumption === true);
      byRepair.set(key, unit);
      return unit;
    }
    case 'direct':
      return fromUnavailability(unavailabilityFromAvailability(asAvailability(spec.availability)), repair, 'scenario', false);
    case 'unavailability':
      return fromUnavailability(asUnavailability(spec.unavailability), repair, 'scenario', false);
    case 'mtbf':
      return {
        unavailability: asUnavailability(spec.mttrHours / (spec.mtbfHours + spec.mttrHours)),
        failuresPerHour: 1 / spec.mtbfHours,
        mttrHours: spec.mttrHours,
        source: 'scenario',
        assumption: false,
      };
  }
}

function fromUnavailability(u: Unavailability, repair: RepairModel, source: string, assumption: boolean): UnitReliability {
  const repairHours = repair.kind === 'machine' ? managedServiceMttrHours.value : repair.mttrHours.value;
  return {
    unavailability: u,
    failuresPerHour: repair.kind === 'machine' ? machineFailuresPerHour.value : u >= 1 ? Infinity : u / ((1 - u) * repairHours),
    mttrHours: repairHours,
    source,
    assumption,
  };
}
