import { Trophy } from 'lucide-react';
import type { ComparedConcern, ComparedFigure } from '../../engine';
import type { CompareColumn } from './useComparison';
import { concernLabels, deltaText, figureLabel, figureText } from './tradeoffText';

interface TradeoffTableProps {
  columns: readonly CompareColumn[];
  concerns: readonly ComparedConcern[];
  baselineIndex: number;
}

function deltaTone(figure: ComparedFigure, delta: number | null): string {
  if (delta === null || delta === 0 || figure.better === null) return '';
  return (delta < 0) === (figure.better === 'lower') ? ' compare-delta--better' : ' compare-delta--worse';
}

function FigureRow({ concern, figure, columns, baselineIndex }: { concern: string; figure: ComparedFigure; columns: readonly CompareColumn[]; baselineIndex: number }) {
  const testId = `compare.table.cell.${concern}.${figure.key}`;
  return (
    <tr className="compare-table__figure" data-testid={`compare.table.figure.${concern}.${figure.key}`}>
      <th scope="row">{figureLabel(figure.key, columns.map((c) => c.document))}</th>
      {figure.values.map((value, i) => (
        <td key={columns[i]?.tabId ?? i} data-testid={`${testId}.${i}`} data-value={value === undefined ? '' : String(value)}>
          <span className="compare-table__value">{figureText(figure.key, value)}</span>
          {i !== baselineIndex && <span className={`compare-delta${deltaTone(figure, figure.deltas[i] ?? null)}`}>{deltaText(figure.key, figure.deltas[i] ?? null)}</span>}
        </td>
      ))}
    </tr>
  );
}

/**
 * The SPEC §2.7 table of the compared scenarios: per concern a heading row with each scenario's summary
 * and the winner's trophy, then every figure with its difference from the baseline (green when better).
 */
export function TradeoffTable({ columns, concerns, baselineIndex }: TradeoffTableProps) {
  return (
    <table className="compare-table" data-testid="compare.table">
      <thead>
        <tr>
          <th scope="col">Concern</th>
          {columns.map((column, i) => (
            <th key={column.tabId} scope="col" data-testid={`compare.table.head.${i}`}>
              {column.document.name}
              {i === baselineIndex && <span className="compare-table__baseline">baseline</span>}
            </th>
          ))}
        </tr>
      </thead>
      {concerns.map((row) => (
        <tbody key={row.concern}>
          <tr className="compare-table__concern" data-testid={`compare.table.row.${row.concern}`} data-winners={row.winners.join(',')}>
            <th scope="row" title={row.decidedBy.length > 0 ? `Best: decided by ${row.decidedBy.map((key) => figureLabel(key, [])).join(', then ')}` : undefined}>
              {concernLabels[row.concern]}
            </th>
            {row.summaries.map((summary, i) => (
              <td key={columns[i]?.tabId ?? i} title={summary}>
                {row.winners.includes(i) && (
                  <span className="compare-table__winner" data-testid={`compare.table.winner.${row.concern}.${i}`}>
                    <Trophy size={12} aria-hidden /> best
                  </span>
                )}
              </td>
            ))}
          </tr>
          {row.figures.map((figure) => (
            <FigureRow key={figure.key} concern={row.concern} figure={figure} columns={columns} baselineIndex={baselineIndex} />
          ))}
        </tbody>
      ))}
    </table>
  );
}
