import { describe, expect, it } from 'vitest';
import { formatAvailability, formatMs, formatNines, formatRps, formatSeconds, formatUsd } from '../../charts';
import { createEngineSession } from '../../engine';
import { createExampleScenario } from '../../model';
import { headlines } from './headlines';
import { resultLabels } from './resultLabels';

const scenario = createExampleScenario();
const labels = resultLabels(scenario);
const byKey = (list: ReturnType<typeof headlines>) => Object.fromEntries(list.map((headline) => [headline.key, headline]));

// Figures come from the engine (which may be refined); these tests check what the cards make of them.
describe('headline cards', () => {
  it('give each population its p99, and availability, recovery, cost and capacity, with units', () => {
    const report = createEngineSession().evaluate(scenario);
    const cards = byKey(headlines(report, labels, 400));
    const eu = report.latency.byPopulation['users-eu'];
    expect(Object.keys(cards)).toEqual(['p99.users-eu', 'p99.users-us', 'availability', 'recovery', 'cost', 'capacity']);
    expect(cards['p99.users-eu']).toMatchObject({ label: 'p99 · Users in Europe', value: formatMs(eu?.p99Ms ?? NaN), tone: 'neutral', testId: 'results.card.p99.users-eu' });
    expect(cards.availability).toMatchObject({
      value: formatAvailability(report.availability.availability, report.availability.unavailability),
      detail: `${formatNines(report.availability.nines)} · ${formatSeconds(report.availability.downtimeMinutesPerMonth * 60)} down / month`,
    });
    const missing = report.recovery.events.filter((event) => !event.meetsTargets).length;
    expect(cards.recovery).toMatchObject({
      value: `${formatSeconds(report.recovery.worstRtoSeconds)} / ${formatSeconds(report.recovery.worstRpoSeconds)}`,
      verdict: missing > 0 ? 'fail' : 'pass',
    });
    expect(cards.cost).toMatchObject({ value: formatUsd(report.cost.monthlyUsd), unit: '/ month', detail: `${formatUsd(report.cost.perMillionRequestsUsd)} per million requests` });
    expect(cards.capacity).toMatchObject({ value: formatRps(report.capacity.maxRequestsPerSecond), explain: null });
    expect(cards.capacity?.detail).toContain('today’s load · bottleneck App servers');
  });

  it('say “saturated at N req/s” in red when the load is past what the design sustains', () => {
    const overloaded = { ...scenario, workload: { ...scenario.workload, requestsPerSecond: 50_000 } };
    const report = createEngineSession().evaluate(overloaded);
    const cards = byKey(headlines(report, labels, 50_000));
    expect(cards['p99.users-eu']).toMatchObject({ value: `saturated at ${formatRps(report.latency.byPopulation['users-eu']?.saturatesAtRequestsPerSecond ?? NaN)}`, tone: 'bad' });
    expect(cards.capacity).toMatchObject({ tone: 'bad' });
    expect(cards.capacity?.detail).toMatch(/^saturated: offered 50k req\/s/);
  });
});
