import { Trophy } from 'lucide-react';
import type { ComparedConcern } from '../../engine';
import { figureCell, figureRows, type FigureRow } from './figureRows';
import type { CompareColumn } from './useComparison';
import { concernLabels } from '../../export';
import { figureLabel } from './tradeoffText';

interface TradeoffTableProps {
  columns: readonly CompareColumn[];
  concerns: readonly ComparedConcern[];
  baselineIndex: number;
}

function FigureRowLine({ concern, row, columns, baselineIndex }: { concern: string; row: FigureRow; columns: readonly CompareColumn[]; baselineIndex: number }) {
  const testId = `compare.table.cell.${concern}.${row.key}`;
  return (
    <tr className="compare-table__figure" data-testid={`compare.table.figure.${concern}.${row.key}`}>
      <th scope="row">{figureLabel(row.key, columns.map((c) => c.document))}</th>
      {columns.map((column, i) => {
        const { value, delta, tone } = figureCell(row, i, baselineIndex, column.document);
        const raw = row.figures.map((figure) => figure.values[i]);
        return (
          <td key={column.tabId} data-testid={`${testId}.${i}`} data-value={raw.map((v) => (v === undefined ? '' : String(v))).join('/')}>
            <span className="compare-table__value">{value}</span>
            {i !== baselineIndex && <span className={`compare-delta${tone ? ` compare-delta--${tone}` : ''}`}>{delta}</span>}
          </td>
        );
      })}
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
          {figureRows(row.figures).map((line) => (
            <FigureRowLine key={line.key} concern={row.concern} row={line} columns={columns} baselineIndex={baselineIndex} />
          ))}
        </tbody>
      ))}
    </table>
  );
}
