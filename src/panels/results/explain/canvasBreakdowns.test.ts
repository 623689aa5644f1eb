import { describe, expect, it } from 'vitest';
import { createEngineSession } from '../../../engine';
import { createExampleScenario } from '../../../model';
import { resultLabels } from '../resultLabels';
import { breakdownOf } from './breakdown';

const scenario = createExampleScenario();
const report = createEngineSession().evaluate(scenario);
const labels = resultLabels(scenario);

describe('breakdowns opened from the canvas', () => {
  it('shows a p99 as a waterfall of components and network that adds up to it, with the clicked node emphasised', () => {
    const breakdown = breakdownOf(report, { figure: 'p99Waterfall', populationId: 'users-eu', componentId: 'app-a' }, labels);
    const section = breakdown?.sections[0];
    expect(breakdown?.title).toBe('Where the p99 of Users in Europe goes');
    expect(section).toMatchObject({ waterfall: true, highlight: 'app-a', headline: { value: report.latency.byPopulation['users-eu']?.p99Ms } });
    expect(section?.sum).toBeCloseTo(report.latency.byPopulation['users-eu']?.p99Ms ?? Number.NaN, 9);
    expect(section?.terms.find((term) => term.elementId === 'app-a')?.label).toBe('App servers (zone a): queueing + service');
  });

  it('lists an edge’s data-transfer items under the names of its ends', () => {
    const breakdown = breakdownOf(report, { figure: 'edgeTransfer', edgeId: 'e-dns-lb' }, labels);
    expect(breakdown?.title).toBe('Data transfer on Route 53 → Application LB');
    expect(breakdown?.sections[0]?.terms).toEqual(report.cost.transferByEdge['e-dns-lb']);
  });
});
