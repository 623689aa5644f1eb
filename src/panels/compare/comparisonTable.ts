import type { ComparedConcern } from '../../engine';
import { concernLabels, formatCsv, formatMarkdownTable } from '../../export';
import type { Scenario } from '../../model';
import { figureCell, figureRows } from './figureRows';
import { figureLabel, figureText } from './tradeoffText';

interface TableInput {
  documents: readonly Scenario[];
  concerns: readonly ComparedConcern[];
  baselineIndex: number;
}

const header = ({ documents, baselineIndex }: TableInput) => ['Concern', 'Figure', ...documents.map((d, i) => (i === baselineIndex ? `${d.name} (baseline)` : d.name)), 'Best'];
const best = ({ documents }: TableInput, concern: ComparedConcern) => concern.winners.map((i) => documents[i]?.name ?? '').join(', ');

/**
 * The tradeoff table as Markdown, as on screen: each figure (a failure class's RTO and RPO on one line)
 * with its unit and its difference from the baseline in parentheses, and the row's best scenario(s) on
 * the concern's first line.
 */
export function comparisonMarkdown(input: TableInput): string {
  const rows = input.concerns.flatMap((concern) =>
    figureRows(concern.figures).map((row, f) => [
      f === 0 ? concernLabels[concern.concern] : '',
      figureLabel(row.key, input.documents),
      ...input.documents.map((_, i) => {
        const { value, delta } = figureCell(row, i, input.baselineIndex, input.documents[i]);
        return delta === '' ? value : `${value} (${delta})`;
      }),
      f === 0 ? best(input, concern) : '',
    ]),
  );
  return `${formatMarkdownTable(header(input), rows)}\n`;
}

/** The tradeoff table as CSV, for spreadsheets: the engine's raw values (ms, USD, seconds…), keyed by figure. */
export function comparisonCsv(input: TableInput): string {
  const rows = input.concerns.flatMap((concern) =>
    concern.figures.map((figure) => [concern.concern, figure.key, ...figure.values.map((value, i) => (typeof value === 'string' ? figureText(figure.key, value, input.documents[i]) : value === undefined ? '' : String(value))), best(input, concern)]),
  );
  return formatCsv(header(input), rows);
}
