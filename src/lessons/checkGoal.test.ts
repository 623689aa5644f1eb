import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import { createExampleScenario, type GoalCondition } from '../model';
import { checkGoal } from './checkGoal';

// The built-in example, evaluated by the real engine: EU p99 159.5 ms, US p99 399.7 ms, 99.92 %,
// zone a a single point of failure, zone b survived, ≈ $4 518 / month.
const report = evaluate(createExampleScenario());
const figure = (path: string, comparator: '<' | '<=' | '>' | '>=', value: number, unit: string): GoalCondition =>
  ({ kind: 'figure', figure: path, comparator, threshold: { value, unit } }) as GoalCondition;

describe('checkGoal on the example report', () => {
  it('passes and fails each condition on its own, and the goal only when all pass', () => {
    const result = checkGoal({ conditions: [figure('latency.population.users-eu.p99Ms', '<', 200, 'ms'), figure('latency.population.users-us.p99Ms', '<', 200, 'ms')] }, report);
    expect(result.conditions.map((c) => c.passed)).toEqual([true, false]);
    expect(result.passed).toBe(false);
    expect(result.conditions[0]?.actual).toBeCloseTo(report.latency.byPopulation['users-eu']?.p99Ms ?? NaN, 9);
    expect(result.conditions[0]?.actual).toBeGreaterThan(150);
  });

  it('reads availability as a percentage from the exact unavailability', () => {
    const [high, low] = checkGoal({ conditions: [figure('availability.overall.percent', '>=', 99.99, '%'), figure('availability.overall.percent', '>=', 99.9, '%')] }, report).conditions;
    expect(high?.passed).toBe(false);
    expect(low?.passed).toBe(true);
    expect(low?.actual).toBeCloseTo(100 - report.availability.unavailability * 100, 12);
    expect(low?.unit).toBe('%');
  });

  it('converts time thresholds into the figure unit (1 h = 3 600 s)', () => {
    const rto = report.recovery.events.find((e) => e.id === 'region:eu-west-1')?.rtoSeconds;
    expect(rto).toBe(7350);
    const [hours, minutes] = checkGoal({ conditions: [figure('recovery.event.region:eu-west-1.rtoSeconds', '<=', 3, 'h'), figure('recovery.event.region:eu-west-1.rtoSeconds', '<=', 2, 'h')] }, report).conditions;
    expect(hours?.passed).toBe(true);
    expect(minutes?.passed).toBe(false);
  });

  it('checks survive conditions on recovery events', () => {
    const result = checkGoal({ conditions: [{ kind: 'survive', event: 'zone:zone-b' }, { kind: 'survive', event: 'zone:zone-a' }] }, report);
    expect(result.conditions.map((c) => [c.passed, c.actual])).toEqual([[true, 1], [false, 0]]);
  });

  it('reads cost, capacity and single points of failure', () => {
    const result = checkGoal({ conditions: [
      figure('cost.monthlyUsd', '<=', 3000, 'USD/month'),
      figure('cost.category.dataTransfer', '>', 3000, 'USD/month'),
      figure('capacity.maxRequestsPerSecond', '>=', 2400, 'req/s'),
      figure('availability.singlePointsOfFailure', '<=', 6, 'count'),
      figure('capacity.utilization.app-a', '<', 20, '%'),
    ] }, report);
    expect(result.conditions.map((c) => c.passed)).toEqual([false, true, true, true, true]);
    expect(result.conditions[3]?.actual).toBe(6);
    expect(result.conditions[4]?.actual).toBeCloseTo((report.capacity.utilization['app-a'] ?? NaN) * 100, 9);
  });

  it('fails, with the reason, a condition on something the design does not have', () => {
    const [missing, event] = checkGoal({ conditions: [figure('latency.population.users-tokyo.p99Ms', '<', 150, 'ms'), { kind: 'survive', event: 'region:us-east-1' }] }, report).conditions;
    expect(missing).toMatchObject({ passed: false, actual: null, problem: 'no client population "users-tokyo" in this design' });
    expect(event).toMatchObject({ passed: false, actual: null, problem: 'no failure "region:us-east-1" in this design' });
  });

  it('fails an upper bound on a saturated path, whose latency is unbounded', () => {
    const saturated = evaluate({ ...createExampleScenario(), workload: { ...createExampleScenario().workload, requestsPerSecond: 5000 } });
    const [p99] = checkGoal({ conditions: [figure('latency.overall.p99Ms', '<', 10_000, 'ms')] }, saturated).conditions;
    expect(p99).toMatchObject({ passed: false, actual: Infinity });
  });

  it('shows a tiny unavailability as its nines, never 100 %, and a population that reaches nothing as not connected', () => {
    const unavailability = 1e-18;
    const tiny = { ...report, availability: { ...report.availability, unavailability, availability: 1 - unavailability, downtimeMinutesPerMonth: unavailability * 43_800 } };
    const [percent, downtime] = checkGoal({ conditions: [figure('availability.overall.percent', '>=', 99.99, '%'), figure('availability.overall.downtimeMinutesPerMonth', '<=', 1, 'min/month')] }, tiny).conditions;
    expect(percent?.actualText).toBe('99.9999999999999999 %');
    expect(downtime?.actualText).toBe('4.4e-14 min/month');
    const scenario = createExampleScenario();
    const cut = evaluate({ ...scenario, edges: scenario.edges.filter((edge) => edge.from !== 'users-us') });
    const [latency, availability] = checkGoal({ conditions: [figure('latency.population.users-us.p99Ms', '<', 200, 'ms'), figure('availability.population.users-us.percent', '>=', 0, '%')] }, cut).conditions;
    expect(latency).toMatchObject({ passed: false, actualText: 'not connected' });
    expect(availability).toMatchObject({ passed: false, actualText: 'not connected' });
  });
});
