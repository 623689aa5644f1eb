import { describe, expect, it } from 'vitest';
import type { CostReport } from '../report';
import { regionalPremiumText } from './regionalPremiumText';

/** A cost report of lines by region, each beside the same lines at us-east-1 prices. */
function cost(byRegion: Record<string, number>, usEast1ByRegion: Record<string, number>): CostReport {
  const sum = (byKey: Record<string, number>) => Object.values(byKey).reduce((a, b) => a + b, 0);
  const monthlyUsd = sum(byRegion);
  const usEast1MonthlyUsd = sum(usEast1ByRegion);
  return { monthlyUsd, perMillionRequestsUsd: 0, byComponent: {}, byCategory: {}, byRegion, usEast1MonthlyUsd, usEast1ByRegion, regionalPremium: monthlyUsd / usEast1MonthlyUsd - 1, lineItems: [], transferByEdge: {} };
}

describe('the regional premium, as the compare view and the cost explanation write it', () => {
  it('names the region whose prices make it: 1100 against 1000 is +10.0 %', () => {
    expect(regionalPremiumText(cost({ 'aws:eu-west-1': 1050, global: 50 }, { 'aws:eu-west-1': 950, global: 50 }))).toBe('+10.0 % for eu-west-1 prices');
  });

  it('names every region that differs, the largest difference first', () => {
    const text = regionalPremiumText(cost({ 'aws:eu-west-1': 110, 'aws:ap-northeast-1': 130, 'aws:us-east-1': 100 }, { 'aws:eu-west-1': 100, 'aws:ap-northeast-1': 100, 'aws:us-east-1': 100 }));
    expect(text).toBe('+13.3 % for ap-northeast-1 and eu-west-1 prices');
  });

  it('says none where no region prices differently, and a minus sign where one is cheaper', () => {
    expect(regionalPremiumText(cost({ 'aws:us-east-1': 100, global: 5 }, { 'aws:us-east-1': 100, global: 5 }))).toBe('none');
    expect(regionalPremiumText(cost({ 'aws:us-east-2': 90 }, { 'aws:us-east-2': 100 }))).toBe('−10.0 % for us-east-2 prices');
  });

  it('says a region without price data is unknown, not free of a premium', () => {
    const report = cost({ 'aws:eu-north-1': 100, 'aws:eu-west-1': 110 }, { 'aws:eu-north-1': 100, 'aws:eu-west-1': 100 });
    report.lineItems = [{ label: 'x', value: 100, unit: 'USD/month', elementId: 'a', category: 'compute', regionId: 'aws:eu-north-1', usEast1StandIn: true }];
    expect(regionalPremiumText(report)).toBe('+5.0 % for eu-west-1 prices; eu-north-1 unknown: no price data, us-east-1 prices stand in');
    const alone = cost({ 'aws:eu-north-1': 100 }, { 'aws:eu-north-1': 100 });
    alone.lineItems = report.lineItems;
    expect(regionalPremiumText(alone)).toBe('none; eu-north-1 unknown: no price data, us-east-1 prices stand in');
  });
});
