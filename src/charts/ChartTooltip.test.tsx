import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartTooltip } from './ChartTooltip';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('ChartTooltip', () => {
  it('heads the readout with where the cursor is, then one row per series, "Design name — figure"', () => {
    const html = renderToStaticMarkup(
      <ChartTooltip
        heading="offered load: 2.3k req/s"
        rows={[
          { key: 'a', name: 'Edge + serverless', value: '153 ms', colour: '#4f46e5' },
          { key: 'b', name: 'Monolith', value: '204 ms', colour: '#db2777' },
        ]}
      />,
    );
    expect(text(html)).toBe('offered load: 2.3k req/sEdge + serverless — 153 msMonolith — 204 ms');
    expect(html.match(/data-testid="chart.tooltip.row"/g)).toHaveLength(2);
    expect(html).toContain('style="background:#4f46e5"');
  });

  it('is set above the point it is anchored at, so it never covers the plot', () => {
    const html = renderToStaticMarkup(<ChartTooltip heading="Shop" rows={[{ key: 'x', name: 'USD / month', value: '$5.7k' }]} />);
    expect(html).toMatch(/^<div class="chart-tooltip chart-tooltip--above/);
    expect(html).not.toContain('chart-tooltip__swatch');
  });
});
