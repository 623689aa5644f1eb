import type { Report } from '../engine';
import { markdownText } from './markdownText';
import type { ReportBlock, ReportSection } from './reportSection';
import type { ReportScenario } from './reportNames';
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
 * and tables as `meridian evaluate`, elements by their names. All text from the scenario is escaped, so it renders as text.
 */
export function reportMarkdown(report: Report, scenario: ReportScenario): string {
  const title = `# ${markdownText(report.scenario.name)}`;
  return `${[title, 'Meridian report.', ...reportSections(report, scenario).map(sectionMarkdown)].join('\n\n')}\n`;
}
