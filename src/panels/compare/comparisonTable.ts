import type { ComparedConcern } from '../../engine';
import { formatCsv, formatMarkdownTable } from '../../export';
import type { Scenario } from '../../model';
import { concernLabels, deltaText, figureLabel, figureText } from './tradeoffText';

interface TableInput {
  documents: readonly Scenario[];
  concerns: readonly ComparedConcern[];
  baselineIndex: number;
}

const header = ({ documents, baselineIndex }: TableInput) => ['Concern', 'Figure', ...documents.map((d, i) => (i === baselineIndex ? `${d.name} (baseline)` : d.name)), 'Best'];
const best = ({ documents }: TableInput, concern: ComparedConcern) => concern.winners.map((i) => documents[i]?.name ?? '').join(', ');

/**
 * The tradeoff table as Markdown, as on screen: each figure with its unit and its difference from the
 * baseline in parentheses, and the row's best scenario(s) on the concern's first line.
 */
export function comparisonMarkdown(input: TableInput): string {
  const rows = input.concerns.flatMap((concern) =>
    concern.figures.map((figure, f) => [
      f === 0 ? concernLabels[concern.concern] : '',
      figureLabel(figure.key, input.documents),
      ...figure.values.map((value, i) => {
        const delta = i === input.baselineIndex ? '' : deltaText(figure.key, figure.deltas[i] ?? null);
        return delta === '' ? figureText(figure.key, value) : `${figureText(figure.key, value)} (${delta})`;
      }),
      f === 0 ? best(input, concern) : '',
    ]),
  );
  return `${formatMarkdownTable(header(input), rows)}\n`;
}

/** The tradeoff table as CSV, for spreadsheets: the engine's raw values (ms, USD, seconds…), keyed by figure. */
export function comparisonCsv(input: TableInput): string {
  const rows = input.concerns.flatMap((concern) =>
    concern.figures.map((figure) => [concern.concern, figure.key, ...figure.values.map((value) => (value === undefined ? '' : String(value))), best(input, concern)]),
  );
  return formatCsv(header(input), rows);
}
