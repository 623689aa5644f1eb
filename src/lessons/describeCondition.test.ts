import { describe, expect, it } from 'vitest';
import type { GoalCondition } from '../model';
import { describeCondition, formatFigure } from './describeCondition';

const names: Record<string, string> = { 'users-eu': 'Users in Europe', 'eu-west-1': 'Europe (Ireland)', db: 'Orders DB' };
const nameOf = (id: string) => names[id] ?? id;
const figure = (path: string, comparator: string, value: number, unit: string) => ({ kind: 'figure', figure: path, comparator, threshold: { value, unit } }) as GoalCondition;

describe('describeCondition', () => {
  it('reads figure conditions with the design names and the comparator as a symbol', () => {
    expect(describeCondition(figure('latency.population.users-eu.p99Ms', '<', 150, 'ms'), nameOf)).toBe('P99 for Users in Europe < 150 ms');
    expect(describeCondition(figure('availability.overall.percent', '>=', 99.99, '%'), nameOf)).toBe('Availability overall ≥ 99.99 %');
    expect(describeCondition(figure('cost.monthlyUsd', '<=', 3000, 'USD/month'), nameOf)).toBe('Cost per month ≤ $3 000 / month');
    expect(describeCondition(figure('recovery.event.region:eu-west-1.rpoSeconds', '<=', 60, 's'), nameOf)).toBe('RPO after the loss of region Europe (Ireland) ≤ 60 s');
  });

  it('reads survive conditions, and prefers the author label', () => {
    expect(describeCondition({ kind: 'survive', event: 'databasePrimary:db' }, nameOf)).toBe('Survive the loss of the primary of Orders DB');
    expect(describeCondition({ kind: 'survive', event: 'zone:zone-a', label: 'Keep serving without zone a' }, nameOf)).toBe('Keep serving without zone a');
  });
});

describe('formatFigure', () => {
  it('formats each unit as people read it', () => {
    expect(formatFigure(2906.4, 'USD/month')).toBe('$2 906 / month');
    expect(formatFigure(99.97234, '%')).toBe('99.9723 %');
    expect(formatFigure(1350, 's')).toBe('1 350 s');
    expect(formatFigure(159.49, 'ms')).toBe('159.5 ms');
    expect(formatFigure(Infinity, 'ms')).toBe('∞ (saturated)');
  });
});
