import { describe, expect, it } from 'vitest';
import { lineReadout } from './lineReadout';

const format = { formatX: (x: number) => `${x} req/s`, formatY: (y: number) => `${y} ms`, xName: 'Offered load' };
const monolithEnd = { x: 2000, y: 420, colour: '#db2777', label: 'saturates at 2190 req/s', seriesName: 'Monolith' };
const edge = { graphicalItemId: 'edge', name: 'Edge + serverless', value: 153, stroke: '#4f46e5' };

describe('lineReadout', () => {
  it('names the hovered x, then each curve there in the series order', () => {
    const readout = lineReadout({ label: 1000, payload: [edge, { graphicalItemId: 'monolith', name: 'Monolith', value: 204, stroke: '#db2777' }] }, { ...format, ends: [monolithEnd] });
    expect(readout?.heading).toBe('Offered load: 1000 req/s');
    expect(readout?.rows.map((row) => `${row.name} — ${row.value}`)).toEqual(['Edge + serverless — 153 ms', 'Monolith — 204 ms']);
  });

  it('says why a curve is missing past its end: its design saturates there', () => {
    const readout = lineReadout({ label: 2300, payload: [edge] }, { ...format, ends: [monolithEnd] });
    expect(readout?.rows.map((row) => `${row.name} — ${row.value}`)).toEqual(['Edge + serverless — 153 ms', 'Monolith — saturates at 2190 req/s']);
    expect(readout?.rows[1]?.colour).toBe('#db2777');
  });

  it('reads past every curve’s end when all have saturated, and shows nothing where there is nothing', () => {
    expect(lineReadout({ label: 2300, payload: [] }, { ...format, ends: [monolithEnd] })?.rows.map((row) => row.value)).toEqual(['saturates at 2190 req/s']);
    expect(lineReadout({ label: 1000, payload: [] }, { ...format, ends: [monolithEnd] })).toBeNull();
    // An end without its series' name (a chart that does not name them) adds no row.
    expect(lineReadout({ label: 2300, payload: [edge] }, { ...format, ends: [{ ...monolithEnd, seriesName: undefined }] })?.rows).toHaveLength(1);
  });
});
