import { describe, expect, it } from 'vitest';
import { createComponent, componentKinds } from '../../model';
import { componentAvailabilityDefault, domainAvailabilityDefault, domainMttrHours, machineFailuresPerHour, managedServiceMttrHours } from './reliability';

describe('reliability catalog', () => {
  it('gives every component kind a sourced or assumed default, each with source and asOf', () => {
    for (const kind of componentKinds) {
      const figure = componentAvailabilityDefault(createComponent(kind, 'x', 'x'));
      expect(figure.value).toBeGreaterThanOrEqual(0);
      expect(figure.value).toBeLessThan(1);
      expect(figure.source.length).toBeGreaterThan(0);
      expect(figure.asOf.length).toBeGreaterThan(0);
      if (figure.assumption) expect(figure.rationale?.length).toBeGreaterThan(0);
    }
  });

  it('uses the published SLAs of docs/sources.md §2.1 as unavailability (100 − SLA %) / 100', () => {
    expect(componentAvailabilityDefault(createComponent('compute', 'x', 'x')).value).toBe(0.005); // EC2 instance 99.5 %
    expect(componentAvailabilityDefault({ ...createComponent('loadBalancer', 'x', 'x'), multiAz: true }).value).toBe(1e-4); // ELB 99.99 %
    expect(componentAvailabilityDefault({ ...createComponent('loadBalancer', 'x', 'x'), multiAz: false }).value).toBe(1e-3); // 99.9 %
    expect(componentAvailabilityDefault(createComponent('dns', 'x', 'x')).value).toBe(0); // Route 53 100 %
    expect(componentAvailabilityDefault({ ...createComponent('compute', 'x', 'x'), flavor: 'serverless' }).value).toBe(5e-4); // Lambda 99.95 %
  });

  it('marks zone, region and provider availability as named assumptions (no provider publishes one)', () => {
    for (const kind of ['zone', 'region', 'provider'] as const) {
      const figure = domainAvailabilityDefault(kind);
      expect(figure.assumption).toBe(true);
      expect(figure.rationale?.length).toBeGreaterThan(20);
    }
    expect(domainMttrHours.assumption).toBe(true);
    expect(managedServiceMttrHours.assumption).toBe(true);
  });

  it('derives the machine failure rate from ~0.55 events per machine-year (docs/sources.md §4.1)', () => {
    expect(machineFailuresPerHour.value * 8766).toBeCloseTo(0.55, 12);
    expect(machineFailuresPerHour.assumption).toBe(false);
  });
});
