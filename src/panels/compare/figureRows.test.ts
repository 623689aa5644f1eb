import { describe, expect, it } from 'vitest';
import { compareTradeoffs, type Report, type TradeoffRow } from '../../engine';
import { figureCell, figureRows } from './figureRows';

/** A report holding only a reliability row, which is all these lines read. */
const reliability = (values: TradeoffRow['values']): Report => ({ tradeoffs: { rows: [{ concern: 'reliability', values, summary: '' }] } }) as unknown as Report;

describe('tradeoff table lines', () => {
  // Pilot light, warm standby, active/active: told apart by the region loss (20 m + DNS, 5 m + DNS, DNS only).
  const compared = compareTradeoffs(
    [
      reliability({ nines: 4, 'rtoSeconds.region': 1350, 'rpoSeconds.region': 1, 'rtoSeconds.provider': 'not survivable by construction' }),
      reliability({ nines: 4, 'rtoSeconds.region': 450, 'rpoSeconds.region': 1, 'rtoSeconds.provider': 'not survivable by construction' }),
      reliability({ nines: 4, 'rtoSeconds.region': 150, 'rpoSeconds.region': 0, 'rtoSeconds.provider': 'not survivable by construction' }),
    ],
    0,
  ).find((row) => row.concern === 'reliability');
  const rows = figureRows(compared?.figures ?? []);

  it('a failure class is one line, its RTO and RPO side by side; the class beyond the design is its own line', () => {
    expect(rows.map((row) => [row.key, row.figures.map((f) => f.key)])).toEqual([
      ['nines', ['nines']],
      ['rtoSeconds.region', ['rtoSeconds.region', 'rpoSeconds.region']],
      ['rtoSeconds.provider', ['rtoSeconds.provider']],
    ]);
    expect(compared?.winners).toEqual([2]);
  });

  it('cells: both values, both differences, and a tone only when they agree', () => {
    const region = rows[1];
    if (!region) throw new Error('no region line');
    expect(figureCell(region, 0, 0)).toEqual({ value: '22 m 30 s / 1 s', delta: '', tone: null });
    expect(figureCell(region, 1, 0)).toEqual({ value: '7 m 30 s / 1 s', delta: '−15 m / ±0', tone: 'better' });
    expect(figureCell(region, 2, 0)).toEqual({ value: '2 m 30 s / 0 s', delta: '−20 m / −1 s', tone: 'better' });
    expect(figureCell(rows[2] ?? region, 1, 0)).toEqual({ value: 'not survivable by construction', delta: '', tone: null });
  });
});
