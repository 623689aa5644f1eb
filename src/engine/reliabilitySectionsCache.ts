import type { Scenario } from '../model';
import type { CompiledAvailability } from './availability';
import type { PopulationTraffic } from './capacity/populationTraffic';
import { reliabilitySections, type ReliabilitySections } from './evaluate';
import { keptWhileReadsHold, type ReadsMemo } from './readRecord';

/**
 * The reliability sections of the latest evaluation (an engine session holds one cache), served again
 * while the availability structure is the same object and every field of the scenario and of the
 * traffic plan that computing them read (`recordReads`) keeps its value: a service-time edit, which
 * no availability or recovery figure reads (a standby's scale-out does, and then it is read), costs a
 * key check instead of the probability, importance and recovery passes.
 */
export class ReliabilitySectionsCache {
  /** The availability structure the kept sections were computed on: another one starts a new memo. */
  private availability: CompiledAvailability | null = null;
  private latest: ReadsMemo<ReliabilitySections> = {};

  /** `reliabilitySections(availability, scenario, traffic)`, computed or kept. */
  sectionsOf(availability: CompiledAvailability, scenario: Scenario, traffic: PopulationTraffic): ReliabilitySections {
    if (availability !== this.availability) {
      this.availability = availability;
      this.latest = {};
    }
    return keptWhileReadsHold(this.latest, { scenario, traffic }, (seen) => reliabilitySections(availability, seen.scenario, seen.traffic));
  }
}
