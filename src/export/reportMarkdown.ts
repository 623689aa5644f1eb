import type { Report } from '../engine';
import { markdownText } from './markdownText';
import type { ReportBlock, ReportSection } from './reportSection';
import { reportSections } from './reportSections';
import { formatMarkdownTable } from './table';

function blockMarkdown(block: ReportBlock): string {
  if (block.kind === 'table') return formatMarkdownTable(block.header, block.rows);
  if (block.kind === 'list') return block.items.map((item) => `- ${markdownText(item)}`).join('\n');
  return markdownText(block.text);
}

function sectionMarkdown(section: ReportSection): string {
  const summary = section.summary ? [`**${markdownText(section.summary)}**`] : [];
  return [`## ${markdownText(section.title)}`, ...summary, ...section.blocks.map(blockMarkdown)].join('\n\n');
}

/**
 * The report (SPEC §4) as a Markdown document: the scenario as the title, then one `##` section each
 * for latency, capacity, availability, recovery, cost, tradeoffs and warnings, with the same figures
 * and tables as `meridian evaluate`. All text from the scenario is escaped, so it renders as text.
 */
export function reportMarkdown(report: Report, recoveryTargets?: { rtoSec: number; rpoSec: number }): string {
  const title = `# ${markdownText(report.scenario.name)}`;
  const subtitle = `Meridian report for scenario ${markdownText(report.scenario.id)}.`;
  return `${[title, subtitle, ...reportSections(report, recoveryTargets).map(sectionMarkdown)].join('\n\n')}\n`;
}
