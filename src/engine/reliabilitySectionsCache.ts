import type { Scenario } from '../model';
import type { CompiledAvailability } from './availability';
import type { PopulationTraffic } from './capacity/populationTraffic';
import { reliabilitySections, type ReliabilitySections } from './evaluate';
import { readsHold, recordReads, type ReadRecord } from './readRecord';

/**
 * The reliability sections of the latest evaluation (an engine session holds one cache), served again
 * while the availability structure is the same object and every field of the scenario and of the
 * traffic plan that computing them read (`recordReads`) keeps its value: a service-time edit, which
 * no availability or recovery figure reads (a standby's scale-out does, and then it is read), costs a
 * key check instead of the probability, importance and recovery passes.
 */
export class ReliabilitySectionsCache {
  private latest: { availability: CompiledAvailability; sections: ReliabilitySections; reads: ReadRecord } | null = null;

  /** `reliabilitySections(availability, scenario, traffic)`, computed or kept. */
  sectionsOf(availability: CompiledAvailability, scenario: Scenario, traffic: PopulationTraffic): ReliabilitySections {
    const { latest } = this;
    const input = { scenario, traffic };
    if (latest && latest.availability === availability && readsHold(latest.reads, input)) return latest.sections;
    const { result, record } = recordReads(input, (seen) => reliabilitySections(availability, seen.scenario, seen.traffic));
    this.latest = { availability, sections: result, reads: record };
    return result;
  }
}
