import { describe, expect, it } from 'vitest';
import type { SpofMark } from '../../store';
import { spofBadgeText, spofHint } from './spofText';

const mark = (change: Partial<SpofMark>): SpofMark => ({ kind: 'box', unavailability: 5e-3, shareOfDowntime: 0.47, rank: 1, count: 6, designUnavailability: 0.0106, ...change });

describe('SPOF badge text', () => {
  it('says the kind of single point and its share of the downtime', () => {
    expect(spofBadgeText(mark({}))).toBe('SPOF box 47.0 %');
    expect(spofBadgeText(mark({ kind: 'managedService', unavailability: 1e-4, shareOfDowntime: 0.115 }))).toBe('SPOF managed 11.5 %');
    expect(spofBadgeText(mark({ kind: 'zone', shareOfDowntime: 0.577 }))).toBe('SPOF 57.7 %');
    expect(spofBadgeText(mark({ kind: 'provider', shareOfDowntime: 2e-4 }))).toBe('SPOF < 0.1 %');
  });

  it('explains it in the tooltip, with the SLA of a managed service and the rank among the single points', () => {
    expect(spofHint(mark({}))).toBe('Single point of failure, single box: 47.0 % of the downtime (1st of 6 single points by share of downtime). If it fails alone, at least one population loses service.');
    expect(spofHint(mark({ kind: 'managedService', unavailability: 1e-4, shareOfDowntime: 0.115, rank: 3 }))).toBe(
      'Single point of failure, managed service, 99.99 % SLA: 11.5 % of the downtime (3rd of 6 single points by share of downtime). If it fails alone, at least one population loses service.',
    );
    expect(spofHint(mark({ count: 1 }))).toBe('Single point of failure, single box: 47.0 % of the downtime. If it fails alone, at least one population loses service.');
  });
});
