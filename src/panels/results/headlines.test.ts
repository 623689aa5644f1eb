import { describe, expect, it } from 'vitest';
import { formatAvailability, formatDowntime, formatMs, formatNines, formatRps, formatSeconds, formatUsd } from '../../charts';
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
      value: formatAvailability(report.availability.unavailability),
      detail: `${formatNines(report.availability.nines)} · ${formatDowntime(report.availability.downtimeMinutesPerMonth)} down / month`,
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

  it('say “not connected” for a population that reaches nothing, never p99 0 ms or 0.00 %', () => {
    const cut = { ...scenario, edges: scenario.edges.filter((edge) => edge.from !== 'users-us') };
    const cards = byKey(headlines(createEngineSession().evaluate(cut), labels, 400));
    expect(cards['p99.users-us']).toMatchObject({ value: 'not connected', tone: 'bad', explain: null });
    expect(cards.availability?.detail).toContain('Users in US East not connected');
    const alone = { ...scenario, edges: scenario.edges.filter((edge) => !scenario.clients.some((client) => client.id === edge.from)) };
    expect(byKey(headlines(createEngineSession().evaluate(alone), labels, 400)).availability).toMatchObject({ value: 'not connected' });
  });

  it('show a tiny unavailability as its nines and downtime, not 100 % and 0 s', () => {
    const report = createEngineSession().evaluate(scenario);
    const unavailability = 1e-18;
    const tiny = { ...report, availability: { ...report.availability, unavailability, availability: 1 - unavailability, nines: 18, downtimeMinutesPerMonth: unavailability * 43_800 } };
    expect(byKey(headlines(tiny, labels, 400)).availability).toMatchObject({ value: '99.9999999999999999 %', detail: '18.0 nines · 4.4e-14 min down / month' });
  });
});
