import type { Report, SweepPoint } from '../engine';
import { msText, percentText, reportSections, usdText, type ReportBlock, type ReportScenario, type ReportSection } from '../export';
import { table } from './formatTable';

function blockText(block: ReportBlock): string {
  if (block.kind === 'table') return table(block.header, block.rows);
  if (block.kind === 'list') return block.items.map((item) => `- ${item}`).join('\n');
  return block.text;
}

/** A section as terminal text: the title line (with its summary), then its blocks; a blank line between two tables. */
function sectionText(section: ReportSection): string {
  const lines = [section.summary ? `${section.title}: ${section.summary}` : section.title];
  section.blocks.forEach((block, i) => {
    if (block.kind === 'table' && section.blocks[i - 1]?.kind === 'table') lines.push('');
    lines.push(blockText(block));
  });
  return lines.join('\n');
}

/**
 * The report as readable text for a terminal (`meridian evaluate` without --json), elements named as
 * `scenario` names them; its recovery targets are printed above the recovery table.
 */
export function formatReport(report: Report, scenario: ReportScenario): string {
  return [report.scenario.name, ...reportSections(report, scenario).map(sectionText)].join('\n\n');
}

/** A load sweep as readable text. */
export function formatSweep(points: readonly SweepPoint[]): string {
  const rows = points.map((p) => [p.x.toFixed(0), msText(p.p50Ms), msText(p.p95Ms), msText(p.p99Ms), msText(p.meanMs), percentText(p.maxUtilization), usdText(p.monthlyUsd)]);
  return table(['requests/s', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'max util.', 'USD/month'], rows);
}
