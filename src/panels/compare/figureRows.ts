import type { ComparedFigure } from '../../engine';
import type { Scenario } from '../../model';
import { deltaText, figureText } from './tradeoffText';

/** A line of the tradeoff table: one figure, or a failure class's RTO and RPO side by side. */
export interface FigureRow {
  /** The first figure's key: names the row (`rtoSeconds.region` → "Region loss (RTO / RPO)"). */
  key: string;
  figures: ComparedFigure[];
}

/** One scenario's cell of a row: its value(s), the difference from the baseline, and whether that is better. */
export interface FigureCell {
  value: string;
  delta: string;
  tone: 'better' | 'worse' | null;
}

/**
 * The table's lines from a concern's figures, in order: a class's `rpoSeconds.<class>` joins its
 * `rtoSeconds.<class>` on one line (one row per failure class), every other figure has its own.
 */
export function figureRows(figures: readonly ComparedFigure[]): FigureRow[] {
  const byKey = new Map(figures.map((figure) => [figure.key, figure]));
  return figures.flatMap((figure): FigureRow[] => {
    if (figure.key.startsWith('rpoSeconds.') && byKey.has(`rtoSeconds.${figure.key.slice('rpoSeconds.'.length)}`)) return [];
    const rpo = figure.key.startsWith('rtoSeconds.') ? byKey.get(`rpoSeconds.${figure.key.slice('rtoSeconds.'.length)}`) : undefined;
    return [{ key: figure.key, figures: rpo ? [figure, rpo] : [figure] }];
  });
}

/** Better or worse than the baseline by `delta` on `figure`, or null (no difference, or not a score). */
export function deltaTone(figure: ComparedFigure, delta: number | null): 'better' | 'worse' | null {
  if (delta === null || delta === 0 || figure.better === null) return null;
  return (delta < 0) === (figure.better === 'lower') ? 'better' : 'worse';
}

/**
 * Scenario `i`'s cell of `row`: values joined by " / " ("7 m 30 s / 1 s"), their differences from the
 * baseline likewise ("−15 m / ±0", empty when none differs or `i` is the baseline), and a tone when
 * every difference that has one agrees. `document` (scenario `i`'s) names the elements a value names.
 */
export function figureCell(row: FigureRow, i: number, baselineIndex: number, document?: Scenario): FigureCell {
  const value = row.figures.map((figure) => figureText(figure.key, figure.values[i], document)).join(' / ');
  if (i === baselineIndex) return { value, delta: '', tone: null };
  const deltas = row.figures.map((figure) => deltaText(figure.key, figure.deltas[i] ?? null));
  const tones = new Set(row.figures.map((figure) => deltaTone(figure, figure.deltas[i] ?? null)).filter((tone) => tone !== null));
  const delta = deltas.every((text) => text === '') ? '' : row.figures.length === 1 ? (deltas[0] ?? '') : deltas.map((text) => text || '±0').join(' / ');
  return { value, delta, tone: tones.size === 1 ? ([...tones][0] ?? null) : null };
}
