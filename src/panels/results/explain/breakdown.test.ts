import { describe, expect, it } from 'vitest';
import { createEngineSession, regionalPremiumText } from '../../../engine';
import { createExampleScenario } from '../../../model';
import { resultLabels } from '../resultLabels';
import { breakdownOf } from './breakdown';

const scenario = createExampleScenario();
const report = createEngineSession().evaluate(scenario);
const labels = resultLabels(scenario);

describe('breakdowns of the headline figures', () => {
  it('lists the availability terms, which add up to the unavailability', () => {
    const breakdown = breakdownOf(report, { figure: 'availability' }, labels);
    const [weakest, overall, ...populations] = breakdown?.sections ?? [];
    // Led by the weakest links, largest share of downtime first, single points of failure marked by kind.
    expect(weakest).toMatchObject({ ranking: true, headline: { value: report.availability.unavailability } });
    expect(weakest?.terms.map((term) => term.value)).toEqual(Object.values(report.availability.importance).sort((a, b) => b - a).slice(0, weakest?.terms.length));
    expect(weakest?.terms[0]?.label).toMatch(/^eu-west-1a: \d+\.\d % of downtime · single point of failure \(zone outage\)$/);
    expect(overall?.terms).toEqual(report.availability.explain);
    expect(overall?.sum).toBeCloseTo(report.availability.unavailability, 15);
    expect(populations.map((section) => section.title)).toEqual(['Requests from Users in Europe', 'Requests from Users in US East']);
  });

  it('lists every cost line item by category, totals first, adding up to the monthly cost', () => {
    const sections = breakdownOf(report, { figure: 'cost' }, labels)?.sections ?? [];
    const [total, byRegion, ...categories] = sections;
    expect(total?.sum).toBeCloseTo(report.cost.monthlyUsd, 6);
    expect(categories.map((section) => section.sum)).toEqual([...categories.map((section) => section.sum)].sort((a, b) => b - a));
    expect(categories.flatMap((section) => section.terms)).toHaveLength(report.cost.lineItems.length);
    expect(categories.find((section) => section.title === 'Compute')?.terms[0]?.label).toBe('App servers (zone a): 3 × aws:m6i.large (onDemand), eu-west-1 at $0.107/h');
    // By region: the example's lines in eu-west-1 and its global DNS, each beside the same lines at us-east-1 prices.
    expect(byRegion?.sum).toBeCloseTo(report.cost.monthlyUsd, 6);
    expect(byRegion?.terms.map((term) => term.label.replace(/ \(.*/, ''))).toEqual(['eu-west-1', 'global services and explicit prices']);
    expect(byRegion?.references).toEqual([
      { label: 'The same bill at us-east-1 prices', value: report.cost.usEast1MonthlyUsd },
      { label: `Regional premium: ${regionalPremiumText(report.cost)}`, value: report.cost.monthlyUsd - report.cost.usEast1MonthlyUsd },
    ]);
    expect(regionalPremiumText(report.cost)).toMatch(/^\+\d+\.\d % for eu-west-1 prices$/);
  });

  it('shows the latency as a waterfall of the path: p99, p50 and mean, each column adding up to its figure', () => {
    const figure = report.latency.byPopulation['users-eu'];
    const sections = breakdownOf(report, { figure: 'latency', populationId: 'users-eu' }, labels)?.sections ?? [];
    expect(sections.map((s) => [s.title, s.headline.label])).toEqual([
      ['p99, step by step', 'p99'],
      ['p50, step by step', 'p50'],
      ['Mean, step by step', 'Mean latency'],
    ]);
    expect(sections.map((s) => s.headline.value)).toEqual([figure?.p99Ms, figure?.p50Ms, figure?.meanMs]);
    for (const s of sections) {
      expect(s.waterfall).toBe(true);
      expect(s.terms.map((term) => term.label)).toEqual(figure?.waterfall.map((step) => step.label));
      expect(Math.abs(s.sum - s.headline.value)).toBeLessThan(1e-9 * s.headline.value);
    }
    expect(breakdownOf(report, { figure: 'latency', populationId: 'gone' }, labels)).toBeNull();
  });

  it('gives each failure its RTO and RPO terms against the targets, worst first', () => {
    const sections = breakdownOf(report, { figure: 'recovery' }, labels)?.sections ?? [];
    const worst = [...report.recovery.events].sort((a, b) => b.rtoSeconds - a.rtoSeconds)[0];
    if (!worst) throw new Error('the example has failure events');
    expect(sections).toHaveLength(report.recovery.events.length * 2);
    expect(sections[0]).toMatchObject({ title: `${labels.describeEvent(worst)}: RTO`, headline: { value: worst.rtoSeconds }, target: { value: 3600, met: worst.rtoSeconds <= 3600 } });
    expect(sections[0]?.sum).toBeCloseTo(worst.rtoSeconds, 9);
    expect(sections[1]).toMatchObject({ title: `${labels.describeEvent(worst)}: RPO`, target: { value: 300 } });
  });
});
