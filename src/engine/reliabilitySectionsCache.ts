import type { Scenario } from '../model';
import { availabilityReportFrom, availabilityStructureWarnings, reliabilityTradeoffRow, type AvailabilityParameters, type CompiledAvailability } from './availability';
import { AvailabilityParametersCache } from './availability/availabilityParametersCache';
import { BddProbabilityPasses } from './availability/bddProbabilityPasses';
import { ImportanceRanking } from './availability/importanceRanking';
import type { PopulationTraffic } from './capacity/populationTraffic';
import type { ReliabilitySections } from './evaluate';
import { keptWhileReadsHold, sameData, type ReadsMemo } from './readRecord';
import { recoveryReportFrom } from './recovery';
import type { AvailabilityReport, RecoveryReport, ReportWarning } from './report';

/**
 * The reliability sections of the latest evaluation (an engine session holds one cache), each part kept
 * while what it depends on holds, so that an edit pays only for the parts it touches:
 *  • the parameters, per variable while its element is the same object (`AvailabilityParametersCache`);
 *  • the availability section, a function of the structure and the parameters alone: kept while the
 *    parameters are the same object (nothing changed), and taken back when they equal (`sameData`) those
 *    of the section before it (an edit set back: undo, a value tried and left, the next edit elsewhere
 *    after an instance-count edit) — an instance-count edit reruns only it, its probability pass only for
 *    the nodes that read the changed fleet (`BddProbabilityPasses`), its importance ranked from the last
 *    ranking (`ImportanceRanking`);
 *  • the recovery events and the structure's warnings, while every field of the scenario and of the
 *    parameters they read (`recordReads`) keeps its value: they read a fleet's size only as whether it
 *    survives an instance loss (`readDerived`), and the probabilities only as which are 0;
 * and the sections object itself while all three parts are the ones kept. A service-time edit, which no
 * availability or recovery figure reads (a standby's scale-out does, and then it is read), costs key checks.
 */
export class ReliabilitySectionsCache {
  /** The availability structure the kept parts were computed on: another one starts afresh. */
  private availability: CompiledAvailability | null = null;
  private readonly parameters = new AvailabilityParametersCache();
  /** The availability sections of the latest parameters and of the ones before them (an edit set back takes it). */
  private report: KeptReport | null = null;
  private reportBefore: KeptReport | null = null;
  private passes: BddProbabilityPasses | null = null;
  private readonly ranking = new ImportanceRanking();
  private recovery: ReadsMemo<RecoveryReport> = {};
  private warnings: ReadsMemo<ReportWarning[]> = {};
  private latest: ReliabilitySections | null = null;

  /** `reliabilitySections(availability, scenario, traffic)`, computed or kept. */
  sectionsOf(availability: CompiledAvailability, scenario: Scenario, traffic: PopulationTraffic): ReliabilitySections {
    if (availability !== this.availability) {
      this.availability = availability;
      this.report = null;
      this.reportBefore = null;
      this.recovery = {};
      this.warnings = {};
      this.latest = null;
    }
    const parameters = this.parameters.parametersOf(availability, scenario, traffic);
    const report = this.availabilityReportOf(availability, parameters);
    const recovery = keptWhileReadsHold(this.recovery, { scenario, parameters }, (seen) => recoveryReportFrom(availability, seen.parameters, seen.scenario));
    const warnings = keptWhileReadsHold(this.warnings, scenario, (seen) => availabilityStructureWarnings(availability, seen));
    const { latest } = this;
    if (latest?.availability === report && latest.recovery === recovery && latest.warnings === warnings) return latest;
    this.latest = { availability: report, recovery, row: reliabilityTradeoffRow(report, recovery), warnings };
    return this.latest;
  }

  /** `availabilityReportFrom(availability, parameters)`: the latest, the one before it when its parameters are the same data, or computed. */
  private availabilityReportOf(availability: CompiledAvailability, parameters: AvailabilityParameters): AvailabilityReport {
    const { report: latest, reportBefore: before } = this;
    if (latest?.parameters === parameters) return latest.report;
    let report: AvailabilityReport;
    if (before && sameData(before.parameters, parameters)) {
      report = before.report;
    } else {
      if (this.passes?.bdd !== availability.bdd) this.passes = new BddProbabilityPasses(availability.bdd);
      report = availabilityReportFrom(availability, parameters, this.passes, this.ranking);
    }
    this.reportBefore = latest;
    this.report = { parameters, report };
    return report;
  }
}

interface KeptReport {
  parameters: AvailabilityParameters;
  report: AvailabilityReport;
}
