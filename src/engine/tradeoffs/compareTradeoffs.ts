import type { Report, TradeoffRow } from '../report';
import { tradeoffFigureRule, tradeoffWinnerKeys } from './tradeoffFigures';

type Concern = TradeoffRow['concern'];

/** One figure of one concern across the compared scenarios. */
export interface ComparedFigure {
  /** The key in the row's `values` (`monthlyUsd`, `p99Ms.users-eu`, a data store's id…). */
  key: string;
  /** Per scenario, in the order given; undefined where that scenario's row lacks the figure. */
  values: Array<number | string | undefined>;
  /** value − baseline's value per scenario; null where either is not a finite number. */
  deltas: Array<number | null>;
  /** Which way is better for this figure; null when it is not a score (a name, a description, a plain count). */
  better: 'lower' | 'higher' | null;
}

/** One concern of the SPEC §2.7 table across the compared scenarios. */
export interface ComparedConcern {
  concern: Concern;
  summaries: string[];
  figures: ComparedFigure[];
  /**
   * Indices of the scenarios that win the row: best on the concern's first deciding figure, ties broken
   * by the next (`tradeoffWinnerKeys`); empty when every scenario ties on all of them.
   */
  winners: number[];
  /** The figures that decided the row, in order. */
  decidedBy: string[];
}

const concernOrder: readonly Concern[] = ['scalability', 'reliability', 'performance', 'cost', 'operationalComplexity', 'security', 'consistency'];

const deltaOf = (value: number | string | undefined, base: number | string | undefined): number | null =>
  typeof value === 'number' && typeof base === 'number' && Number.isFinite(value) && Number.isFinite(base) ? value - base : null;

/** −1 when a is better than b, 1 when worse, 0 when equal; a missing figure is worse than any. */
function compareFigure(a: number | string | undefined, b: number | string | undefined, better: 'lower' | 'higher'): number {
  const x = typeof a === 'number' ? a : Number.NaN;
  const y = typeof b === 'number' ? b : Number.NaN;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? 0 : Number.isNaN(x) ? 1 : -1;
  if (x === y) return 0;
  return (x < y) === (better === 'lower') ? -1 : 1;
}

function winnersOf(figures: readonly ComparedFigure[], decidingKeys: readonly string[], count: number): number[] {
  let candidates = Array.from({ length: count }, (_, i) => i);
  for (const key of decidingKeys) {
    const figure = figures.find((f) => f.key === key);
    if (!figure?.better) continue;
    const { better, values } = figure;
    const best = candidates.reduce((a, b) => (compareFigure(values[b], values[a], better) < 0 ? b : a));
    candidates = candidates.filter((i) => compareFigure(values[i], values[best], better) === 0);
    if (candidates.length === 1) return candidates;
  }
  return candidates.length === count ? [] : candidates;
}

/**
 * The tradeoff table of several scenarios side by side (SPEC §2.7, issue 7): for each concern, every
 * figure any scenario reports, its difference from the baseline scenario's, and the row's winners.
 * Figures are the reports' own values, unchanged, so the table shows exactly what the engine computed.
 */
export function compareTradeoffs(reports: readonly Report[], baselineIndex: number): ComparedConcern[] {
  const rowOf = (report: Report, concern: Concern) => report.tradeoffs.rows.find((row) => row.concern === concern);
  return concernOrder.map((concern) => {
    const rows = reports.map((report) => rowOf(report, concern));
    const keys = [...new Set(rows.flatMap((row) => (row ? Object.keys(row.values) : [])))];
    const figures = keys.map((key): ComparedFigure => {
      const values = rows.map((row) => row?.values[key]);
      const base = values[baselineIndex];
      return { key, values, deltas: values.map((value) => deltaOf(value, base)), better: tradeoffFigureRule(concern, key) };
    });
    const decidedBy = tradeoffWinnerKeys[concern].filter((key) => keys.includes(key));
    return { concern, summaries: rows.map((row) => row?.summary ?? ''), figures, winners: winnersOf(figures, decidedBy, reports.length), decidedBy };
  });
}
