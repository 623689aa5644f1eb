import type { SinglePoint } from '../engine';
import { availabilityPercent } from '../format';

/**
 * What a single point of failure is, in words: a single box apart from a managed service with the
 * availability its provider promises, and the zone, region or provider whose outage alone stops service.
 */
export function singlePointKindText(point: Pick<SinglePoint, 'kind' | 'unavailability'>): string {
  switch (point.kind) {
    case 'box':
      return 'single box';
    case 'managedService':
      return `managed service, ${availabilityPercent(point.unavailability)} SLA`;
    default:
      return `${point.kind} outage`;
  }
}

/** A share of downtime: "41.2 %", "< 0.1 %" for a share too small to print, "–" when there is no downtime. */
export function downtimeShareText(share: number, unavailability: number): string {
  if (unavailability <= 0) return '–';
  if (share > 0 && share < 1e-3) return '< 0.1 %';
  return `${(share * 100).toFixed(1)} %`;
}
