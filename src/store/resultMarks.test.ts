import { describe, expect, it } from 'vitest';
import { createEngineSession, type Report } from '../engine';
import { createExampleScenario } from '../model';
import { elementBadges } from './resultBadges';
import { edgeTransferUsd, elementIssues } from './resultMarks';

const report = createEngineSession().evaluate(createExampleScenario());

describe('result marks on the canvas', () => {
  it('gives each edge the sum of its data-transfer line items', () => {
    const usd = edgeTransferUsd(report);
    const items = report.cost.transferByEdge['e-dns-lb'] ?? [];
    expect(items.length).toBeGreaterThan(0);
    expect(usd['e-dns-lb']).toBe(items.reduce((sum, item) => sum + item.value, 0));
    expect(Object.keys(usd).sort()).toEqual(Object.keys(report.cost.transferByEdge).sort());
  });

  it('gives a component its largest share of a population’s p99', () => {
    const badge = elementBadges(report, {})['app-a'];
    const shares = Object.entries(report.latency.byPopulation).map(([id, figure]) => ({ id, share: (figure.p99Breakdown.find((t) => t.elementId === 'app-a')?.value ?? 0) / figure.p99Ms }));
    const largest = shares.reduce((a, b) => (b.share > a.share ? b : a));
    expect(badge?.p99Share).toMatchObject({ populationId: largest.id, share: largest.share });
  });

  it('joins an element’s problems and leaves out what the canvas already draws (saturation)', () => {
    const warned: Report = {
      ...report,
      warnings: [
        { code: 'graph.cycle', message: 'Edge e1 closes a cycle.', elementId: 'e1' },
        { code: 'availability.callCycle', message: 'Call e1 closes a synchronous cycle.', elementId: 'e1' },
        { code: 'capacity.saturated', message: 'app-a is saturated.', elementId: 'app-a' },
        { code: 'cost.regionPrices', message: 'Prices are us-east-1 prices.' },
      ],
    };
    expect(elementIssues(warned)).toEqual({ e1: 'Edge e1 closes a cycle.\nCall e1 closes a synchronous cycle.' });
  });
});
