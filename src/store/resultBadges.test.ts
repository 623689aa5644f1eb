import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import { loadTemplate } from '../engine/test/templateFixtures';
import { createExampleScenario } from '../model';
import { elementBadges } from './resultBadges';

describe('SPOF marks on the canvas badges', () => {
  it('separate a single box from a managed service, each with its share of the downtime and its rank', () => {
    const report = evaluate(loadTemplate('monolith-one-vm.json'));
    const badges = elementBadges(report, {});
    const { singlePoints, unavailability } = report.availability;
    const [first, second] = singlePoints;
    // By hand from the report: the VM and its database are single boxes that each cause 47 % of the downtime.
    expect(first?.shareOfDowntime).toBeCloseTo(0.47, 2);
    expect(badges[first?.id ?? '']?.spof).toEqual({ kind: 'box', unavailability: first?.unavailability, shareOfDowntime: first?.shareOfDowntime, rank: 1, count: 6, designUnavailability: unavailability });
    expect(badges[second?.id ?? '']?.spof).toMatchObject({ kind: 'box', rank: 2 });
    const dns = singlePoints.find((point) => point.kind === 'managedService');
    expect(badges[dns?.id ?? '']?.spof).toMatchObject({ kind: 'managedService', rank: 6 });
  });

  it('mark zones and regions by their kind; a redundant element carries none', () => {
    const report = evaluate(createExampleScenario());
    const badges = elementBadges(report, {});
    expect(badges['zone-a']?.spof).toMatchObject({ kind: 'zone', rank: 1 });
    expect(badges['zone-a']?.spof?.shareOfDowntime).toBeCloseTo(4.532e-4 / 7.849e-4, 3);
    expect(badges['cache']?.spof).toMatchObject({ kind: 'managedService', unavailability: 1e-4 });
    expect(badges['app-a']?.spof).toBeNull();
  });
});
