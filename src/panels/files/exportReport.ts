import type { Report } from '../../engine';
import { reportCsv, reportMarkdown } from '../../export';
import type { Scenario } from '../../model';
import { downloadBlob } from './downloadFile';
import { scenarioFileName } from './exportScenario';

export type ReportFormat = 'markdown' | 'csv';

const formats = {
  markdown: { extension: 'report.md', type: 'text/markdown', write: (report: Report, scenario: Scenario) => reportMarkdown(report, scenario) },
  csv: { extension: 'report.csv', type: 'text/csv', write: (report: Report, scenario: Scenario) => reportCsv(report, scenario) },
} as const;

/** Downloads the engine's report on the scenario as Markdown or CSV, named after the scenario. */
export function exportReport(report: Report, scenario: Scenario, format: ReportFormat): void {
  const { extension, type, write } = formats[format];
  downloadBlob(new Blob([write(report, scenario)], { type: `${type};charset=utf-8` }), scenarioFileName(scenario.name, extension));
}
