import type { Report } from '../engine';
import { availabilityRow, availabilitySection, notConnected, recoverySection } from './reliabilitySections';
import { reportNames, type ReportNames, type ReportScenario } from './reportNames';
import { tableBlock, type ReportSection } from './reportSection';
import { costSection, latencyRow } from './reportSections';

/** Latency and availability side by side, one row per population, the whole design first. */
function populationSection({ latency, availability }: Report, { nameOf }: ReportNames): ReportSection {
  const row = (name: string, id?: string) => {
    const latencyFigure = id === undefined ? latency.overall : latency.byPopulation[id];
    const availabilityFigure = id === undefined ? availability : availability.byPopulation[id];
    if (!latencyFigure || !availabilityFigure || latencyFigure.connected === false) return [name, notConnected, '', '', '', '', '', '', ''];
    return [...latencyRow(name, latencyFigure), ...availabilityRow(name, availabilityFigure).slice(1)];
  };
  const rows = [row('overall'), ...Object.keys(latency.byPopulation).map((id) => row(nameOf(id), id))];
  return { title: 'Latency and availability per population', blocks: [tableBlock(['population', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'availability', 'nines', 'U', 'min/month down'], rows)] };
}

/**
 * The sections of a scenario's page in the printed report, short enough to share one page with the
 * drawing and the headline cards: latency and availability per population, the weakest links and
 * single points of failure, recovery by failure class (the events one by one stay in the Markdown
 * export) and cost by category.
 */
export function printSections(report: Report, scenario: ReportScenario): ReportSection[] {
  const names = reportNames(scenario);
  return [
    populationSection(report, names),
    availabilitySection(report.availability, names, { byPopulation: false }),
    recoverySection(report.recovery, names, scenario.recovery?.targets, { events: false }),
    costSection(report.cost, names, { byComponent: false }),
  ];
}
